use super::*;

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
    let ballot = columns(&u.conn, "honor_ballot");
    assert_eq!(ballot, ["id", "round_id", "choices"]);
    let code = columns(&u.conn, "honor_ballot_code");
    assert_eq!(code, ["code", "round_id", "used"]);
    let linking = [
        "code", "voter", "staff", "time", "_at", "ballot", "seq", "order",
    ];
    for c in &ballot {
        assert!(
            c == "id" || !linking.iter().any(|l| c.contains(l)),
            "ballot column {c}"
        );
    }
    for c in &code {
        assert!(
            c == "code" || !linking.iter().any(|l| c.contains(l)),
            "code column {c}"
        );
    }
    assert!(
        without_rowid(&u.conn, "honor_ballot"),
        "ballots have no rowid"
    );
    assert!(
        without_rowid(&u.conn, "honor_ballot_code"),
        "codes have no rowid"
    );
    let voter = columns(&u.conn, "honor_round_voter");
    assert_eq!(voter, ["round_id", "staff_id"], "voters know no code");
}

#[test]
fn ballots_are_not_stored_in_the_order_they_were_cast() {
    let mut u = unit(44);
    let c = u.candidates(1, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(codes.len(), 50);
    // The first 25 ballots cast choose 李四, the last 25 王五: stored in insertion order, every
    // 李四 ballot would come first.
    let (li, wang) = (r.candidates[0].nomination_id, r.candidates[1].nomination_id);
    for (i, code) in codes.iter().enumerate() {
        let who = if i < 25 { li } else { wang };
        cast_ballot(&mut u.conn, r.id, code, &choose(&[who]), now()).unwrap();
    }
    let mut stmt = u.conn.prepare("SELECT * FROM honor_ballot").unwrap();
    let stored: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(2))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(stored.len(), 50);
    let first_half_li = stored[..25]
        .iter()
        .filter(|s| s.contains(&format!("[{li}]")))
        .count();
    // In insertion order this would be 25; random keys put about half of them there. The chance
    // that 22 or more of 25 land in the first half by accident is below one in a million.
    assert!(
        first_half_li < 22,
        "{first_half_li} of 25 first ballots in front"
    );
}

#[test]
fn ballot_keys_are_random_128_bit_hex() {
    let mut u = unit(4);
    let c = u.candidates(1, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    for code in &codes {
        cast_ballot(&mut u.conn, r.id, code, &choose(&[]), now()).unwrap();
    }
    let mut stmt = u.conn.prepare("SELECT id FROM honor_ballot").unwrap();
    let keys: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(keys.len(), 10);
    assert!(keys
        .iter()
        .all(|k| k.len() == 32 && k.bytes().all(|b| b.is_ascii_hexdigit())));
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
        cast_ballot(&mut conn, round.id, code, &choose(&[]), now()).unwrap();
        assert_eq!(
            std::fs::metadata(&wal).unwrap().len(),
            0,
            "after each ballot"
        );
    }
    close_round(&mut conn, round.id, now()).unwrap();
    assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
}
