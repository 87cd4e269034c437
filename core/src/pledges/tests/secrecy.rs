use std::path::Path;

use super::*;
use crate::ballot::tests::closed_file;

/// An anonymous round over 职工1's and 职工2's pledges with four leaders, opened in `dir/a.db`
/// and copied to `b.db` before any rating; returns the round, both pledges and the leaders' codes.
fn opened_in_two_copies(dir: &Path) -> (i64, i64, i64, Vec<String>) {
    let (a_db, b_db) = (dir.join("a.db"), dir.join("b.db"));
    let (round, a, b) = {
        let mut u = unit();
        let a = u.publish_own(0);
        let b = u.publish_own(1);
        let input = PledgeRoundInput {
            leader_ids: u.people[2..6].to_vec(),
            ..round_input(RatingMode::Anonymous)
        };
        let r = create_round(&mut u.conn, &input, at(11, 30)).unwrap();
        u.conn
            .execute("VACUUM INTO ?1", [a_db.to_str().unwrap()])
            .unwrap();
        (r.id, a.id, b.id)
    };
    let codes = {
        let mut conn = crate::store::open(&a_db).unwrap();
        open_round(&mut conn, round, at(12, 1)).unwrap();
        round_codes(&conn, round).unwrap()[0].codes.clone()
    };
    std::fs::copy(&a_db, &b_db).unwrap();
    (round, a, b, codes)
}

fn cast_all(path: &Path, round: i64, sheets: &[(&String, Vec<SheetMark>)]) {
    let mut conn = crate::store::open(path).unwrap();
    for (code, marks) in sheets {
        kiosk_rate(&mut conn, round, code, marks).unwrap();
    }
}

#[test]
fn the_database_file_is_byte_for_byte_the_same_whatever_order_the_ratings_were_cast_in() {
    let dir = tempfile::tempdir().unwrap();
    let (round, a, b, codes) = opened_in_two_copies(dir.path());
    let before = closed_file(&dir.path().join("a.db")).0;
    let sheet = |x: Rating, y: Rating| {
        vec![
            SheetMark {
                pledge_id: a,
                rating: x,
            },
            SheetMark {
                pledge_id: b,
                rating: y,
            },
        ]
    };
    let sheets = [
        sheet(Rating::Satisfied, Rating::Basic),
        sheet(Rating::Basic, Rating::Unsatisfied),
        sheet(Rating::Satisfied, Rating::Satisfied),
        sheet(Rating::Unsatisfied, Rating::Basic),
    ];
    // In a, code i casts sheet i in that order; in b the codes come in reverse, each with
    // another sheet of the same set.
    let forward: Vec<(&String, Vec<SheetMark>)> =
        codes.iter().zip(sheets.iter().cloned()).collect();
    let shuffled: Vec<(&String, Vec<SheetMark>)> = codes
        .iter()
        .rev()
        .enumerate()
        .map(|(i, c)| (c, sheets[(i * 3 + 1) % 4].clone()))
        .collect();
    let (a_db, b_db) = (dir.path().join("a.db"), dir.path().join("b.db"));
    cast_all(&a_db, round, &forward);
    cast_all(&b_db, round, &shuffled);
    let (bytes_a, wal_a_empty) = closed_file(&a_db);
    let (bytes_b, wal_b_empty) = closed_file(&b_db);
    assert!(wal_a_empty && wal_b_empty, "no write-ahead log is left");
    assert_ne!(bytes_a, before, "the ratings are in the file");
    assert!(bytes_a == bytes_b, "the two files differ");

    let mut conn = crate::store::open(&a_db).unwrap();
    close_round(&mut conn, round, at(12, 5)).unwrap();
    let result = round_result(&conn, round).unwrap();
    let leaders = |id: i64| {
        let r = result.results.iter().find(|o| o.pledge_id == id).unwrap();
        let g = &r.groups[0];
        (g.satisfied, g.basic, g.unsatisfied)
    };
    assert_eq!((leaders(a), leaders(b)), ((2, 1, 1), (1, 2, 1)));
}

#[test]
fn no_sheet_stays_in_the_write_ahead_log_where_commits_keep_the_order_cast() {
    let dir = tempfile::tempdir().unwrap();
    let (round, a, b, codes) = opened_in_two_copies(dir.path());
    let path = dir.path().join("a.db");
    let wal = path.with_extension("db-wal");
    let mut conn = crate::store::open(&path).unwrap();
    for (i, code) in codes.iter().enumerate() {
        let rating = [Rating::Satisfied, Rating::Basic, Rating::Unsatisfied][i % 3];
        let marks = [a, b].map(|pledge_id| SheetMark { pledge_id, rating });
        kiosk_rate(&mut conn, round, code, &marks).unwrap();
        assert_eq!(
            std::fs::metadata(&wal).unwrap().len(),
            0,
            "after sheet {i} the log still holds it"
        );
    }
    close_round(&mut conn, round, at(12, 5)).unwrap();
    assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0, "after closing");
}

#[test]
fn a_different_set_of_ratings_gives_a_different_file() {
    let dir = tempfile::tempdir().unwrap();
    let (round, a, b, codes) = opened_in_two_copies(dir.path());
    let one = |x| {
        vec![
            SheetMark {
                pledge_id: a,
                rating: x,
            },
            SheetMark {
                pledge_id: b,
                rating: Rating::Basic,
            },
        ]
    };
    cast_all(
        &dir.path().join("a.db"),
        round,
        &[(&codes[0], one(Rating::Satisfied))],
    );
    cast_all(
        &dir.path().join("b.db"),
        round,
        &[(&codes[0], one(Rating::Unsatisfied))],
    );
    assert!(closed_file(&dir.path().join("a.db")).0 != closed_file(&dir.path().join("b.db")).0);
}

#[test]
fn the_ballot_tables_keep_their_rows_through_the_upgrade_that_adds_the_pledge_sheet() {
    // Honors boxes, codes, counters and reprints made before the upgrade read back the same.
    let mut conn =
        crate::store::open_in_memory_at(crate::store::schema_version() as usize - 1).unwrap();
    conn.execute_batch(
        "INSERT INTO ballot_box (id, kind, ref_id) VALUES (3, 'honor_round', 7);
         INSERT INTO ballot_code (code, box_id, used) VALUES ('ABCDEFGH', 3, 1);
         INSERT INTO ballot_counter (box_id, subject, mark, n) VALUES (3, 0, 0, 4611686018427387905);
         INSERT INTO ballot_reprint (id, box_id, reason, slips, printed_at)
         VALUES (1, 3, '打印不清', 4, '2026-06-01T09:00:00');",
    )
    .unwrap();
    crate::store::migrate_to_latest(&mut conn).unwrap();
    let b = crate::ballot::BoxRef::honor_round(7);
    assert_eq!(crate::ballot::counts(&conn, b).unwrap().total(), 1);
    assert_eq!(crate::ballot::turnout(&conn, b).unwrap(), (1, 1));
    assert_eq!(crate::ballot::reprints(&conn, b).unwrap(), 1);
    let fk: i64 = conn
        .query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk, 0);
    let refers: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'ballot_code'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        refers.contains("REFERENCES ballot_box (id)")
            || refers.contains("REFERENCES \"ballot_box\""),
        "{refers}"
    );
}

#[test]
fn the_audit_log_of_an_anonymous_round_holds_no_code_and_nothing_of_the_ratings() {
    use crate::safety::audit::{self, AuditMode, AuditQuery};
    let mut u = unit();
    audit::watch(&u.conn).unwrap();
    // Everything is logged as if it were the organizer's: even then no code and no rating shows.
    let log = |conn: &mut Connection, hour: u32| {
        let changes = audit::take_changes(conn).unwrap();
        let at = at(12, 1) + chrono::Duration::hours(i64::from(hour));
        audit::record_changes(conn, at, AuditMode::Organizer, changes).unwrap();
    };
    let (r, _, _) = u.open_round_of_two(RatingMode::Anonymous);
    log(&mut u.conn, 0);
    let codes: Vec<String> = round_codes(&u.conn, r.id)
        .unwrap()
        .into_iter()
        .flat_map(|s| s.codes)
        .collect();
    assert!(!codes.is_empty());
    let lines_before_rating = audit::list(&u.conn, &AuditQuery::default()).unwrap().total;
    assert!(lines_before_rating > 0, "opening the round is logged");

    for (i, code) in codes.iter().enumerate() {
        let rating = [Rating::Satisfied, Rating::Unsatisfied][i % 2];
        let marks: Vec<SheetMark> = kiosk_sheet(&u.conn, r.id, code, at(12, 2))
            .unwrap()
            .owners
            .iter()
            .map(|o| SheetMark {
                pledge_id: o.pledge_id,
                rating,
            })
            .collect();
        kiosk_rate(&mut u.conn, r.id, code, &marks).unwrap();
        log(&mut u.conn, 1 + i as u32);
    }
    let lines = audit::list(&u.conn, &AuditQuery::default()).unwrap();
    assert_eq!(
        lines.total, lines_before_rating,
        "a rating leaves no line, so nothing can order them"
    );
    close_round(&mut u.conn, r.id, at(12, 5)).unwrap();
    log(&mut u.conn, 9);

    let text: String = audit::list(&u.conn, &AuditQuery::default())
        .unwrap()
        .items
        .iter()
        .map(|e| format!("{}|{}|{}|{}\n", e.what, e.record, e.before, e.after))
        .collect();
    for code in &codes {
        assert!(!text.contains(code.as_str()), "code {code} in the log");
    }
    assert!(!text.contains("ballot_"), "{text}");
    assert!(text.contains("pledge_round"), "{text}");
}
