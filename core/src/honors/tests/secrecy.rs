use std::path::{Path, PathBuf};

use super::*;
use crate::ballot::tests::closed_file;
use crate::store::{migrate_to_latest, open_in_memory_at};

fn columns(conn: &Connection, table: &str) -> Vec<String> {
    let mut stmt = conn
        .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
        .unwrap();
    let names = stmt.query_map([], |r| r.get(0)).unwrap();
    names.collect::<Result<_, _>>().unwrap()
}

fn without_rowid(conn: &Connection, table: &str) -> bool {
    // A WITHOUT ROWID table has no rowid to select.
    conn.prepare(&format!("SELECT rowid FROM {table}")).is_err()
}

#[test]
fn no_column_links_a_ballot_to_a_code_a_voter_or_a_time() {
    let u = unit(0);
    let counter = columns(&u.conn, "ballot_counter");
    assert_eq!(counter, ["box_id", "subject", "mark", "n"]);
    let code = columns(&u.conn, "ballot_code");
    assert_eq!(code, ["code", "box_id", "used"]);
    let linking = [
        "code", "voter", "staff", "time", "_at", "ballot", "seq", "order",
    ];
    for c in &counter {
        assert!(!linking.iter().any(|l| c.contains(l)), "counter column {c}");
    }
    for c in &code {
        assert!(
            c == "code" || !linking.iter().any(|l| c.contains(l)),
            "code column {c}"
        );
    }
    assert!(
        without_rowid(&u.conn, "ballot_counter"),
        "counters have no rowid"
    );
    assert!(without_rowid(&u.conn, "ballot_code"), "codes have no rowid");
    let voter = columns(&u.conn, "honor_round_voter");
    assert_eq!(voter, ["round_id", "staff_id"], "voters know no code");
    for old in ["honor_ballot", "honor_ballot_code"] {
        assert!(columns(&u.conn, old).is_empty(), "{old} is gone");
    }
}

/// A round of 先进个人 (2 seats, 李四 王五 赵六, approve form, 46 voters) saved in a file database
/// at `dir/a.db`, opened there; the database is closed and copied to `b.db` before any ballot.
fn opened_round_in_two_copies(dir: &Path) -> (Round, Vec<String>, PathBuf, PathBuf) {
    let (a, b) = (dir.join("a.db"), dir.join("b.db"));
    let round = {
        let mut u = unit(40);
        let c = u.candidates(2, &[LI, WANG, ZHAO]);
        let r = u.round(&c, BallotForm::Approve, MajorityBase::Cast);
        u.conn
            .execute("VACUUM INTO ?1", [a.to_str().unwrap()])
            .unwrap();
        r
    };
    let codes = {
        let mut conn = crate::store::open(&a).unwrap();
        open_round(&mut conn, round.id, now()).unwrap()
    };
    std::fs::copy(&a, &b).unwrap();
    (round, codes, a, b)
}

/// 30 canonical ballots with many mixes of 赞成 / 反对 / 弃权 over the three candidates (a ballot
/// that would approve all three, more than the 2 seats, is all 弃权 instead).
fn thirty_ballots(r: &Round) -> Vec<Ballot> {
    let ids: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
    let canonical = |marks: Vec<Mark>| {
        check_ballot(
            BallotForm::Approve,
            2,
            &r.candidates,
            &Ballot::Approve { marks },
        )
    };
    (0..30usize)
        .map(|i| {
            let marks = ids
                .iter()
                .enumerate()
                .map(|(k, id)| Mark {
                    nomination_id: *id,
                    vote: match (i / 3usize.pow(k as u32) + k) % 3 {
                        0 => Approval::For,
                        1 => Approval::Against,
                        _ => Approval::Abstain,
                    },
                })
                .collect();
            canonical(marks).unwrap_or_else(|_| canonical(Vec::new()).unwrap())
        })
        .collect()
}

fn cast_all(path: &Path, round: i64, votes: &[(&String, &Ballot)]) {
    let mut conn = crate::store::open(path).unwrap();
    for (code, ballot) in votes {
        cast_ballot(&mut conn, round, code, ballot).unwrap();
    }
}

#[test]
fn the_database_file_is_byte_for_byte_the_same_whatever_order_the_ballots_were_cast_in() {
    let dir = tempfile::tempdir().unwrap();
    let (r, codes, a, b) = opened_round_in_two_copies(dir.path());
    let before = closed_file(&a).0;
    let ballots = thirty_ballots(&r);
    // The same 30 codes and the same 30 ballots: in a, code i casts ballot i in that order; in b
    // the codes come in reverse, each with another ballot of the set.
    let forward: Vec<(&String, &Ballot)> = codes.iter().zip(&ballots).collect();
    let shuffled: Vec<(&String, &Ballot)> = codes[..30]
        .iter()
        .rev()
        .enumerate()
        .map(|(i, code)| (code, &ballots[(i * 7 + 3) % 30]))
        .collect();
    cast_all(&a, r.id, &forward);
    cast_all(&b, r.id, &shuffled);
    let (bytes_a, wal_a_empty) = closed_file(&a);
    let (bytes_b, wal_b_empty) = closed_file(&b);
    assert!(wal_a_empty && wal_b_empty, "no write-ahead log is left");
    assert_ne!(bytes_a, before, "the ballots are in the file");
    assert!(bytes_a == bytes_b, "the two files differ");
    let tally = {
        let mut conn = crate::store::open(&a).unwrap();
        close_round(&mut conn, r.id, now()).unwrap();
        tally_round(&conn, r.id).unwrap()
    };
    assert_eq!(tally.cast, 30);
}

#[test]
fn a_different_set_of_ballots_gives_a_different_file_so_the_comparison_can_fail() {
    let dir = tempfile::tempdir().unwrap();
    let (r, codes, a, b) = opened_round_in_two_copies(dir.path());
    let ballots = thirty_ballots(&r);
    let mut other = ballots.clone();
    other[0] = Ballot::Approve { marks: Vec::new() };
    assert_ne!(other[0], ballots[0]);
    let votes_a: Vec<_> = codes.iter().zip(&ballots).collect();
    let votes_b: Vec<_> = codes.iter().zip(&other).collect();
    cast_all(&a, r.id, &votes_a);
    cast_all(&b, r.id, &votes_b);
    assert!(closed_file(&a).0 != closed_file(&b).0);
}

#[test]
fn the_file_keeps_no_record_per_ballot_that_an_attacker_could_order() {
    // The old leak: each ballot was a new record, placed in its page in the order cast. Now 20
    // ballots change neither the file's size nor more bytes than the counters and code flags
    // they overwrite (3 candidates × 3 marks + the total, 8 bytes each; a flag byte per code;
    // the file header's change counters).
    let dir = tempfile::tempdir().unwrap();
    let (r, codes, a, _) = opened_round_in_two_copies(dir.path());
    let before = closed_file(&a).0;
    let ballots = thirty_ballots(&r);
    let votes: Vec<_> = codes.iter().zip(&ballots).take(20).collect();
    cast_all(&a, r.id, &votes);
    let after = closed_file(&a).0;
    assert_eq!(after.len(), before.len(), "no page was added");
    let changed = before.iter().zip(&after).filter(|(x, y)| x != y).count();
    assert!(
        changed <= 10 * 8 + 20 + 100,
        "{changed} bytes changed: more than the counters and flags"
    );
    // Nothing of a ballot's content is written out as text, as the old JSON ballots were.
    let text = String::from_utf8_lossy(&after);
    assert!(!text.contains("{\"form\"") && !text.contains("\"marks\":["));
}

#[test]
fn no_ballot_stays_in_the_write_ahead_log_where_commits_keep_the_order_cast() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wal.db");
    let round = {
        let mut u = unit(4);
        let c = u.candidates(1, &[LI, WANG]);
        let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
        u.conn
            .execute("VACUUM INTO ?1", [path.to_str().unwrap()])
            .unwrap();
        r
    };
    let mut conn = crate::store::open(&path).unwrap();
    let codes = open_round(&mut conn, round.id, now()).unwrap();
    let wal = path.with_extension("db-wal");
    for code in &codes {
        cast_ballot(&mut conn, round.id, code, &choose(&[])).unwrap();
        assert_eq!(
            std::fs::metadata(&wal).unwrap().len(),
            0,
            "after each ballot"
        );
    }
    close_round(&mut conn, round.id, now()).unwrap();
    assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
}

/// Stores ballots as version 7 did: the codes, and each ballot as JSON under a random key.
fn store_as_version_7(conn: &Connection, r: &Round, state: &str, ballots: &[Ballot], unused: u32) {
    conn.execute(
        "UPDATE honor_round SET state = ?2 WHERE id = ?1",
        rusqlite::params![r.id, state],
    )
    .unwrap();
    for (i, b) in ballots.iter().enumerate() {
        let code = format!("A{:07}", r.id * 1000 + i as i64);
        conn.execute(
            "INSERT INTO honor_ballot_code (code, round_id, used) VALUES (?1, ?2, 1)",
            rusqlite::params![code, r.id],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO honor_ballot (id, round_id, choices) VALUES (?1, ?2, ?3)",
            rusqlite::params![
                format!("{:032x}", r.id * 1000 + i as i64),
                r.id,
                serde_json::to_string(b).unwrap()
            ],
        )
        .unwrap();
    }
    for i in 0..unused {
        conn.execute(
            "INSERT INTO honor_ballot_code (code, round_id) VALUES (?1, ?2)",
            rusqlite::params![format!("B{:07}", r.id * 1000 + i as i64), r.id],
        )
        .unwrap();
    }
}

#[test]
fn upgrading_turns_stored_ballots_into_counters_and_closed_rounds_keep_their_tally() {
    let mut u = unit_on(open_in_memory_at(7).unwrap(), 10);
    let c = u.candidates(2, &[LI, WANG, ZHAO]);
    let approve = u.round(&c, BallotForm::Approve, MajorityBase::Cast);
    // A second round of the same candidates and voters, as version 7 could hold it.
    let choose_round = {
        let copy = |sql: &str| u.conn.execute(sql, [approve.id]).unwrap();
        copy(
            "INSERT INTO honor_round (category_id, title, form, majority_base, seats, state, created_at)
             SELECT category_id, '第二轮', 'choose', 'entitled', seats, 'draft', created_at
             FROM honor_round WHERE id = ?1",
        );
        let id = u.conn.last_insert_rowid();
        copy(&format!(
            "INSERT INTO honor_round_candidate SELECT {id}, nomination_id
             FROM honor_round_candidate WHERE round_id = ?1"
        ));
        copy(&format!(
            "INSERT INTO honor_round_voter SELECT {id}, staff_id
             FROM honor_round_voter WHERE round_id = ?1"
        ));
        get_round(&u.conn, id).unwrap()
    };
    let ids: Vec<i64> = approve.candidates.iter().map(|c| c.nomination_id).collect();
    let approve_ballots: Vec<Ballot> = thirty_ballots(&approve).into_iter().take(12).collect();
    let choose_ballots: Vec<Ballot> = (0..9)
        .map(|i| {
            let mut chosen = vec![ids[i % 3], ids[(i + 1) % 3]];
            chosen.truncate(i % 3);
            chosen.sort_unstable();
            choose(&chosen)
        })
        .collect();
    store_as_version_7(&u.conn, &approve, "closed", &approve_ballots, 4);
    store_as_version_7(&u.conn, &choose_round, "open", &choose_ballots, 7);
    migrate_to_latest(&mut u.conn).unwrap();

    let t = tally_round(&u.conn, approve.id).unwrap();
    let counted = count_ballots(&approve.candidates, &approve_ballots);
    for c in &counted {
        let got = t
            .results
            .iter()
            .find(|x| x.nomination_id == c.nomination_id)
            .unwrap();
        assert_eq!(
            (got.votes_for, got.against, got.abstain),
            (c.votes_for, c.against, c.abstain)
        );
    }
    assert_eq!((t.issued, t.cast), (16, 12));
    // The open round goes on after the upgrade: its unused codes still vote.
    let left = unused_codes(&u.conn, choose_round.id).unwrap_err();
    assert_eq!(AppError::from(left).code, "ballot.reprint_needs_reason");
    let unused_code = format!("B{:07}", choose_round.id * 1000);
    cast_ballot(
        &mut u.conn,
        choose_round.id,
        &unused_code,
        &choose(&[ids[0]]),
    )
    .unwrap();
    close_round(&mut u.conn, choose_round.id, now()).unwrap();
    let t = tally_round(&u.conn, choose_round.id).unwrap();
    let mut all = choose_ballots.clone();
    all.push(choose(&[ids[0]]));
    let counted = count_ballots(&choose_round.candidates, &all);
    for c in &counted {
        let got = t
            .results
            .iter()
            .find(|x| x.nomination_id == c.nomination_id)
            .unwrap();
        assert_eq!(got.votes_for, c.votes_for);
    }
    assert_eq!((t.issued, t.cast), (16, 10));
    for old in ["honor_ballot", "honor_ballot_code"] {
        assert!(columns(&u.conn, old).is_empty(), "{old} is dropped");
    }
}
