//! The secret ballot on its own: codes, the single-use cast, counters that never grow, reprints.
//! The proofs that the file keeps no order go through the features' own cast functions (honors
//! `tests/secrecy.rs`, judging `tests/exhibition.rs`) with the helpers below.

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::*;
use crate::error::Coded;
use crate::store::open_in_memory;

/// The database file's bytes, and whether its write-ahead log is empty (or gone), once every
/// connection to it is closed.
pub(crate) fn closed_file(path: &Path) -> (Vec<u8>, bool) {
    let wal = path.with_extension("db-wal");
    let wal_empty = std::fs::metadata(&wal).map_or(true, |m| m.len() == 0);
    (std::fs::read(path).unwrap(), wal_empty)
}

const TEST_BOX: BoxRef = BoxRef {
    kind: BoxKind::HonorRound,
    ref_id: 7,
};

fn now() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 6, 1)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

/// A box with subjects 1–3 (marks 0 and 1) and `codes` codes.
fn opened(conn: &Connection, codes: u32) -> Vec<String> {
    let slots: Vec<Slot> = (1..=3)
        .flat_map(|s| [Slot::new(s, 0), Slot::new(s, 1)])
        .collect();
    open_box(conn, TEST_BOX, &slots).unwrap();
    add_codes(conn, TEST_BOX, codes).unwrap()
}

fn vote(conn: &mut Connection, code: &str, slots: &[Slot]) -> Result<(), BallotError> {
    let slots = slots.to_vec();
    cast(conn, TEST_BOX, code, |_| Ok(slots), |e| e)
}

fn rows(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn codes_are_8_symbols_of_the_unambiguous_alphabet_and_read_back_however_typed() {
    let code = new_code().unwrap();
    assert_eq!(code.len(), CODE_LEN);
    assert!(code.bytes().all(|b| CODE_ALPHABET.contains(&b)), "{code}");
    assert!(!CODE_ALPHABET.iter().any(|b| b"01OI".contains(b)));
    assert_eq!(normalize_code(" ab3d-ef 9h\t"), "AB3DEF9H");
}

#[test]
fn a_ballot_adds_one_to_its_slots_and_the_total_and_spends_its_code_once() {
    let mut conn = open_in_memory().unwrap();
    let codes = opened(&conn, 3);
    vote(
        &mut conn,
        &codes[0].to_lowercase(),
        &[Slot::new(1, 0), Slot::new(2, 1)],
    )
    .unwrap();
    vote(&mut conn, &codes[1], &[Slot::new(1, 0), Slot::new(1, 0)]).unwrap();
    let err = vote(&mut conn, &codes[0], &[Slot::new(3, 0)]).unwrap_err();
    assert_eq!(err.code(), "ballot.code_used");
    let c = counts(&conn, TEST_BOX).unwrap();
    assert_eq!(c.total(), 2);
    assert_eq!(
        c.get(Slot::new(1, 0)),
        2,
        "a slot named twice counts once per ballot"
    );
    assert_eq!(c.get(Slot::new(2, 1)), 1);
    assert_eq!(
        c.get(Slot::new(3, 0)),
        0,
        "the refused ballot counted nowhere"
    );
    assert_eq!(turnout(&conn, TEST_BOX).unwrap(), (3, 2));
}

#[test]
fn a_code_of_another_vote_or_an_unknown_code_is_refused_and_nothing_changes() {
    let mut conn = open_in_memory().unwrap();
    opened(&conn, 2);
    let other = BoxRef::exhibition(7);
    open_box(&conn, other, &[]).unwrap();
    let foreign = add_codes(&conn, other, 1).unwrap();
    let err = vote(&mut conn, &foreign[0], &[Slot::new(1, 0)]).unwrap_err();
    assert_eq!(err.code(), "ballot.wrong_round");
    let err = vote(&mut conn, "AAAA-AAAA", &[Slot::new(1, 0)]).unwrap_err();
    assert_eq!(err.code(), "ballot.unknown_code");
    assert_eq!(counts(&conn, TEST_BOX).unwrap().total(), 0);
    assert_eq!(turnout(&conn, other).unwrap(), (1, 0));
}

#[test]
fn casting_inserts_no_row_and_only_overwrites_the_counters_created_at_open() {
    let mut conn = open_in_memory().unwrap();
    let codes = opened(&conn, 5);
    let before = (rows(&conn, "ballot_counter"), rows(&conn, "ballot_code"));
    assert_eq!(before, (7, 5), "6 counters and the total, all at open");
    for code in &codes {
        vote(&mut conn, code, &[Slot::new(2, 1)]).unwrap();
    }
    assert_eq!(
        (rows(&conn, "ballot_counter"), rows(&conn, "ballot_code")),
        before
    );
    // SQLite stores an integer of 2^47 or more in its 8-byte form (serial type 6), whatever
    // the count: so every counter record keeps its size from 0 ballots to 5.
    let eight_byte: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM ballot_counter
             WHERE typeof(n) = 'integer' AND n >= 140737488355328",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(eight_byte, 7);
}

#[test]
fn a_slot_without_a_counter_refuses_the_ballot_and_spends_no_code() {
    let mut conn = open_in_memory().unwrap();
    let codes = opened(&conn, 1);
    let err = vote(&mut conn, &codes[0], &[Slot::new(9, 0)]).unwrap_err();
    assert_eq!(err.code(), "ballot.corrupt");
    assert_eq!(turnout(&conn, TEST_BOX).unwrap(), (1, 0));
    assert_eq!(
        rows(&conn, "ballot_counter"),
        7,
        "no counter was added mid-vote"
    );
}

#[test]
fn a_full_counter_refuses_the_ballot_instead_of_wrapping() {
    let mut conn = open_in_memory().unwrap();
    let codes = opened(&conn, 2);
    conn.execute(
        "UPDATE ballot_counter SET n = ?1 WHERE subject = 1 AND mark = 0",
        [OFFSET + i64::from(MAX_COUNT)],
    )
    .unwrap();
    let err = vote(&mut conn, &codes[0], &[Slot::new(1, 0)]).unwrap_err();
    assert_eq!(err.code(), "ballot.counter_full");
    assert_eq!(
        turnout(&conn, TEST_BOX).unwrap(),
        (2, 0),
        "the code is not spent"
    );
    assert_eq!(
        counts(&conn, TEST_BOX).unwrap().get(Slot::new(1, 0)),
        MAX_COUNT
    );
    vote(&mut conn, &codes[1], &[Slot::new(1, 1)]).unwrap();
}

#[test]
fn a_counter_outside_its_range_is_reported_as_damaged_not_counted() {
    let conn = open_in_memory().unwrap();
    opened(&conn, 1);
    // Below the offset is refused by the table itself …
    let below = conn.execute("UPDATE ballot_counter SET n = 5 WHERE subject = 1", []);
    assert!(below.is_err());
    // … and a value beyond what a count holds by the reader.
    conn.execute(
        "UPDATE ballot_counter SET n = ?1 WHERE subject = 1 AND mark = 0",
        [OFFSET + i64::from(MAX_COUNT) + 1],
    )
    .unwrap();
    assert_eq!(
        counts(&conn, TEST_BOX).unwrap_err().code(),
        "ballot.corrupt"
    );
}

#[test]
fn unused_codes_are_listed_until_the_first_ballot_then_only_reprinted_with_a_logged_reason() {
    let mut conn = open_in_memory().unwrap();
    let codes = opened(&conn, 3);
    assert_eq!(unused_codes(&conn, TEST_BOX).unwrap(), codes);
    assert_eq!(reprints(&conn, TEST_BOX).unwrap(), 0);
    vote(&mut conn, &codes[1], &[]).unwrap();
    let err = unused_codes(&conn, TEST_BOX).unwrap_err();
    assert_eq!(err.code(), "ballot.reprint_needs_reason");
    let err = reprint_codes(&conn, TEST_BOX, "  ", now()).unwrap_err();
    assert_eq!(err.code(), "ballot.reprint_needs_reason");
    assert_eq!(rows(&conn, "ballot_reprint"), 0);
    let again = reprint_codes(&conn, TEST_BOX, "第三科室选票受潮", now()).unwrap();
    assert_eq!(again, [codes[0].clone(), codes[2].clone()]);
    let logged: (String, i64, String) = conn
        .query_row(
            "SELECT reason, slips, printed_at FROM ballot_reprint",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        logged,
        ("第三科室选票受潮".into(), 2, "2026-06-01T09:00:00".into())
    );
    assert_eq!(reprints(&conn, TEST_BOX).unwrap(), 1);
}

#[test]
fn a_vote_not_opened_has_no_codes_no_counts_and_takes_no_ballot() {
    let mut conn = open_in_memory().unwrap();
    assert_eq!(turnout(&conn, TEST_BOX).unwrap(), (0, 0));
    assert_eq!(counts(&conn, TEST_BOX).unwrap(), Counts::default());
    assert_eq!(
        unused_codes(&conn, TEST_BOX).unwrap_err().code(),
        "ballot.not_open"
    );
    assert_eq!(
        vote(&mut conn, "ABCDEFGH", &[]).unwrap_err().code(),
        "ballot.unknown_code"
    );
}

#[test]
fn every_connection_overwrites_deleted_content_with_zeros() {
    let dir = tempfile::tempdir().unwrap();
    let conn = crate::store::open(&dir.path().join("a.db")).unwrap();
    let on: i64 = conn
        .pragma_query_value(None, "secure_delete", |r| r.get(0))
        .unwrap();
    assert_eq!(on, 1);
}
