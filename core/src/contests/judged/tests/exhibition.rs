//! 书画展览: works as entrants, the popular vote with one-time codes and its secrecy, the blend.

use super::*;
use crate::contests::AwardLevel;

/// An exhibition with three works by people 0–2 and five outside judges who scored them all.
pub(super) fn exhibition() -> (Contest, Vec<i64>, Vec<i64>) {
    let mut c = contest_of(ActivityKind::Exhibition);
    let mut works = Vec::new();
    for (p, title) in [(0, "春山"), (1, "墨竹"), (2, "兰亭临本")] {
        let input = EntryInput {
            title: title.into(),
            staff_id: c.people[p],
            medium: "国画".into(),
            photo_file_id: None,
        };
        let got = add_entry(&mut c.conn, c.activity, &input, now()).unwrap();
        works.push(got.exhibition.unwrap().entries.last().unwrap().id);
    }
    let judges = c.outside_judges(5);
    let table: [[&str; 5]; 3] = [
        ["90", "90", "90", "90", "90"],
        ["80", "80", "80", "80", "80"],
        ["85", "85", "85", "85", "85"],
    ];
    for (w, row) in table.iter().enumerate() {
        for (j, total) in row.iter().enumerate() {
            let sheet = ScoreSheet {
                judge_id: judges[j],
                entrant_id: works[w],
                marks: marks(total),
            };
            enter_score(&mut c.conn, c.activity, &sheet, now()).unwrap();
        }
    }
    (c, works, judges)
}

#[test]
fn the_works_are_the_entrants_with_their_authors_department() {
    let (c, _, _) = exhibition();
    let got = c.get();
    let names: Vec<(&str, &str)> = got
        .entrants
        .iter()
        .map(|e| (e.name.as_str(), e.department_name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("《春山》职工1", "办公室"),
            ("《墨竹》职工2", "宣传科"),
            ("《兰亭临本》职工3", "办公室")
        ]
    );
    let x = got.exhibition.unwrap();
    assert_eq!(x.vote.state, VoteState::Ready);
    assert_eq!(x.vote.weight, 30);
}

#[test]
fn a_work_needs_a_title_an_active_author_and_a_photo_from_the_activity() {
    let mut c = contest_of(ActivityKind::Exhibition);
    let before = c.fingerprint();
    let mut input = EntryInput {
        title: " ".into(),
        staff_id: c.people[0],
        medium: String::new(),
        photo_file_id: None,
    };
    let err = add_entry(&mut c.conn, c.activity, &input, now()).unwrap_err();
    assert_eq!(err.to_string(), "作品名称不能为空");
    input.title = "春山".into();
    input.photo_file_id = Some(99);
    let err = add_entry(&mut c.conn, c.activity, &input, now()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "作品照片须是本活动“照片与文件”中的一张图片"
    );
    assert_eq!(c.fingerprint(), before);
    let dir = tempfile::tempdir().unwrap();
    let png = activities::add_file(
        &mut c.conn,
        dir.path(),
        c.activity,
        "春山.png",
        b"png",
        now(),
    )
    .unwrap();
    input.photo_file_id = Some(png.id);
    let got = add_entry(&mut c.conn, c.activity, &input, now()).unwrap();
    assert_eq!(
        got.exhibition.unwrap().entries[0].photo_file_id,
        Some(png.id)
    );
}

#[test]
fn only_an_exhibition_has_works_and_a_vote() {
    let mut c = contest();
    let input = EntryInput {
        title: "春山".into(),
        staff_id: c.people[0],
        medium: String::new(),
        photo_file_id: None,
    };
    let err = add_entry(&mut c.conn, c.activity, &input, now()).unwrap_err();
    assert_eq!(code(err), "contests.not_exhibition");
    assert!(c.get().exhibition.is_none());
}

#[test]
fn one_code_casts_one_vote_and_nothing_links_the_vote_to_the_code() {
    let (mut c, works, _) = exhibition();
    let codes = issue_vote_codes(&mut c.conn, c.activity, 3, now()).unwrap();
    assert_eq!(codes.len(), 3);
    let typed = format!(" {}-{} ", &codes[0][..4], codes[0][4..].to_lowercase());
    cast_vote(&mut c.conn, c.activity, &typed, works[1]).unwrap();
    let err = cast_vote(&mut c.conn, c.activity, &codes[0], works[0]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "这个投票码已经用过了，每个投票码只能投一次"
    );
    let err = cast_vote(&mut c.conn, c.activity, "AAAAAAAA", works[0]).unwrap_err();
    assert_eq!(code(err), "contests.unknown_code");
    let err = cast_vote(&mut c.conn, c.activity, &codes[1], works[0] + 100).unwrap_err();
    assert_eq!(code(err), "contests.entrant_not_found");
    // The votes are counters per work: no row per vote, no column for a code, a voter or a time.
    let columns: Vec<String> = c
        .conn
        .prepare("SELECT name FROM pragma_table_info('ballot_counter')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(columns, ["box_id", "subject", "mark", "n"]);
    let counters: i64 = c
        .conn
        .query_row("SELECT count(*) FROM ballot_counter", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        counters, 4,
        "one per work and the total, whatever the votes"
    );
    for old in ["exhibition_vote", "exhibition_vote_code"] {
        let gone: bool = c
            .conn
            .query_row(
                "SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE name = ?1)",
                [old],
                |r| r.get(0),
            )
            .unwrap();
        assert!(gone, "{old}");
    }
}

#[test]
fn unused_codes_are_listed_until_the_first_vote_then_only_reprinted_with_a_logged_reason() {
    let (mut c, works, _) = exhibition();
    let codes = issue_vote_codes(&mut c.conn, c.activity, 3, now()).unwrap();
    assert_eq!(unused_vote_codes(&c.conn, c.activity).unwrap(), codes);
    cast_vote(&mut c.conn, c.activity, &codes[0], works[0]).unwrap();
    let err = unused_vote_codes(&c.conn, c.activity).unwrap_err();
    assert_eq!(code(err), "contests.unused_codes_hidden");

    let before = c.fingerprint();
    let log = |c: &Contest| -> i64 {
        c.conn
            .query_row("SELECT count(*) FROM ballot_reprint", [], |r| r.get(0))
            .unwrap()
    };
    for blank in ["", "  \n "] {
        let err = reprint_vote_codes(&mut c.conn, c.activity, blank, now()).unwrap_err();
        assert_eq!(err.code(), "contests.reprint_reason_required");
        assert_eq!(err.to_string(), "补印投票码须写明原因，如：选票受潮、遗失");
    }
    let long = "很".repeat(REASON_MAX + 1);
    let err = reprint_vote_codes(&mut c.conn, c.activity, &long, now()).unwrap_err();
    assert_eq!(err.code(), "contests.invalid");
    assert_eq!((c.fingerprint(), log(&c)), (before, 0), "nothing logged");

    let again = reprint_vote_codes(&mut c.conn, c.activity, " 展区二的选票受潮 ", now()).unwrap();
    assert_eq!(again, codes[1..].to_vec(), "the unused codes, sorted");
    let (reason, slips, at): (String, i64, String) = c
        .conn
        .query_row(
            "SELECT reason, slips, printed_at FROM ballot_reprint",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((reason.as_str(), slips), ("展区二的选票受潮", 2));
    assert_eq!(at, crate::time::time_text(now()));
    assert_eq!(c.get().exhibition.unwrap().vote.reprints, 1);
    let sheet = result_sheet(&c.conn, c.activity, ResultSheetKind::Scores, now()).unwrap();
    assert!(
        sheet.subtitle.contains("开始投票后补印投票码 1 次"),
        "{}",
        sheet.subtitle
    );

    close_vote(&mut c.conn, c.activity, now()).unwrap();
    let err = reprint_vote_codes(&mut c.conn, c.activity, "再印一次", now()).unwrap_err();
    assert_eq!(err.code(), "contests.vote_not_open");
    assert_eq!(log(&c), 1);
}

/// An exhibition with its vote opened (12 codes) in `dir/a.db`, closed and copied to `b.db`.
fn opened_vote_in_two_copies(dir: &std::path::Path) -> (i64, Vec<String>, Vec<i64>) {
    let a = dir.join("a.db");
    let (activity, works) = {
        let (c, works, _) = exhibition();
        c.conn
            .execute("VACUUM INTO ?1", [a.to_str().unwrap()])
            .unwrap();
        (c.activity, works)
    };
    let codes = {
        let mut conn = crate::store::open(&a).unwrap();
        issue_vote_codes(&mut conn, activity, 12, now()).unwrap()
    };
    std::fs::copy(&a, dir.join("b.db")).unwrap();
    (activity, codes, works)
}

#[test]
fn the_database_file_is_byte_for_byte_the_same_whatever_order_the_votes_were_cast_in() {
    use crate::ballot::tests::closed_file;
    let dir = tempfile::tempdir().unwrap();
    let (activity, codes, works) = opened_vote_in_two_copies(dir.path());
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
    let before = closed_file(&a).0;
    // 10 votes: 春山 ×5, 墨竹 ×3, 兰亭临本 ×2; in b the codes come in reverse, each for another work.
    let picks: Vec<i64> = [0, 0, 0, 0, 0, 1, 1, 1, 2, 2].map(|w| works[w]).to_vec();
    let cast_all = |path: &std::path::Path, votes: Vec<(&String, i64)>| {
        let mut conn = crate::store::open(path).unwrap();
        for (code, work) in votes {
            cast_vote(&mut conn, activity, code, work).unwrap();
        }
    };
    cast_all(&a, codes.iter().zip(picks.iter().copied()).collect());
    cast_all(
        &b,
        codes[..10]
            .iter()
            .rev()
            .enumerate()
            .map(|(i, code)| (code, picks[(i * 3 + 1) % 10]))
            .collect(),
    );
    let (bytes_a, wal_a_empty) = closed_file(&a);
    let (bytes_b, wal_b_empty) = closed_file(&b);
    assert!(wal_a_empty && wal_b_empty, "no write-ahead log is left");
    assert_ne!(bytes_a, before, "the votes are in the file");
    assert!(bytes_a == bytes_b, "the two files differ");
    // A different set of votes makes a different file: the comparison can fail.
    let c = dir.path().join("c.db");
    std::fs::copy(&b, &c).unwrap();
    cast_all(&c, vec![(&codes[10], works[0])]);
    assert!(closed_file(&c).0 != bytes_b);
}

#[test]
fn no_vote_stays_in_the_write_ahead_log() {
    let dir = tempfile::tempdir().unwrap();
    let (activity, codes, works) = opened_vote_in_two_copies(dir.path());
    let path = dir.path().join("a.db");
    let wal = path.with_extension("db-wal");
    let mut conn = crate::store::open(&path).unwrap();
    for code in &codes {
        cast_vote(&mut conn, activity, code, works[1]).unwrap();
        assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0, "after each vote");
    }
}

#[test]
fn upgrading_turns_stored_votes_into_counters_and_a_closed_vote_keeps_its_result() {
    let mut c = contest_stored_at(7, ActivityKind::Exhibition);
    // The works, as version 7 stored them (its functions read tables that are gone now).
    let works: Vec<i64> = [(0, "春山"), (1, "墨竹")]
        .iter()
        .map(|(p, title)| {
            c.conn
                .execute(
                    "INSERT INTO exhibition_entry (activity_id, title, staff_id, medium, created_at)
                     VALUES (?1, ?2, ?3, '国画', '2026-11-20T09:00:00')",
                    rusqlite::params![c.activity, title, c.people[*p]],
                )
                .unwrap();
            c.conn.last_insert_rowid()
        })
        .collect();
    // As version 7 stored them: 6 codes, 5 used, and a row per vote (墨竹 ×3, 春山 ×2).
    c.conn
        .execute(
            "INSERT INTO exhibition_vote_round (activity_id, state, weight) VALUES (?1, 'closed', 30)",
            [c.activity],
        )
        .unwrap();
    for i in 0..6 {
        c.conn
            .execute(
                "INSERT INTO exhibition_vote_code (code, activity_id, used) VALUES (?1, ?2, ?3)",
                rusqlite::params![format!("CODE{i:04}"), c.activity, i < 5],
            )
            .unwrap();
    }
    for (i, w) in [1, 0, 1, 0, 1].iter().enumerate() {
        c.conn
            .execute(
                "INSERT INTO exhibition_vote (id, activity_id, entry_id) VALUES (?1, ?2, ?3)",
                rusqlite::params![format!("{i:032x}"), c.activity, works[*w]],
            )
            .unwrap();
    }
    crate::store::migrate_to_latest(&mut c.conn).unwrap();
    let ex = c.get().exhibition.unwrap();
    assert_eq!((ex.vote.codes_issued, ex.vote.votes_cast), (6, 5));
    let counted =
        crate::ballot::counts(&c.conn, crate::ballot::BoxRef::exhibition(c.activity)).unwrap();
    assert_eq!(counted.get(crate::ballot::Slot::new(works[1], 0)), 3);
    assert_eq!(counted.get(crate::ballot::Slot::new(works[0], 0)), 2);
}

#[test]
fn the_closed_vote_is_blended_at_its_weight_and_decides_ranks_and_awards() {
    let (mut c, works, _) = exhibition();
    let codes = issue_vote_codes(&mut c.conn, c.activity, 10, now()).unwrap();
    // 墨竹 (judges 80) gets 8 votes, 兰亭临本 (85) 2, 春山 (90) none.
    for (i, code) in codes.iter().enumerate() {
        let work = if i < 8 { works[1] } else { works[2] };
        cast_vote(&mut c.conn, c.activity, code, work).unwrap();
    }
    assert_eq!(c.get().exhibition.unwrap().blend, []);
    let err = publish_results(&mut c.conn, c.activity, now()).unwrap_err();
    assert_eq!(code(err), "contests.vote_still_open");
    let got = close_vote(&mut c.conn, c.activity, now()).unwrap();
    let blend: Vec<(String, u32, String, String)> = got
        .exhibition
        .unwrap()
        .blend
        .into_iter()
        .map(|b| {
            (
                b.judge_text.unwrap(),
                b.votes,
                b.popular_text,
                b.final_text.unwrap(),
            )
        })
        .collect();
    // 墨竹: 80 × 70% + 100 × 30% = 86.00; 春山: 90 × 70% + 0 = 63.00; 兰亭: 85 × 70% + 25 × 30% = 67.00
    assert_eq!(
        blend,
        [
            ("80.00".into(), 8, "100.00".into(), "86.00".into()),
            ("85.00".into(), 2, "25.00".into(), "67.00".into()),
            ("90.00".into(), 0, "0.00".into(), "63.00".into()),
        ]
    );
    let ranked: Vec<(String, Option<u32>, Option<AwardLevel>)> = got
        .results
        .iter()
        .map(|r| (r.entrant_name.clone(), r.rank, r.award))
        .collect();
    assert_eq!(
        ranked,
        [
            ("《墨竹》职工2".into(), Some(1), Some(AwardLevel::First)),
            (
                "《兰亭临本》职工3".into(),
                Some(2),
                Some(AwardLevel::Second)
            ),
            ("《春山》职工1".into(), Some(3), Some(AwardLevel::Second)),
        ]
    );
    let err = cast_vote(&mut c.conn, c.activity, &codes[0], works[0]).unwrap_err();
    assert_eq!(code(err), "contests.vote_not_open");
    publish_results(&mut c.conn, c.activity, now()).unwrap();
    let certs = certificates(&c.conn, c.activity, now()).unwrap();
    assert_eq!(
        (
            certs[0].entrant_name.as_str(),
            certs[0].work_title.as_deref()
        ),
        ("职工2", Some("墨竹"))
    );
    let s = result_sheet(&c.conn, c.activity, ResultSheetKind::Scores, now()).unwrap();
    assert_eq!(
        s.columns[8..],
        ["评委得分", "人气票数", "人气分", "综合得分", "奖项"]
    );
    assert!(
        s.subtitle
            .contains("综合得分 = 评委得分 × 70% + 人气分 × 30%"),
        "{}",
        s.subtitle
    );
}

#[test]
fn the_weight_is_at_most_50_percent_and_works_are_fixed_once_voting_starts() {
    let (mut c, works, _) = exhibition();
    let err = set_vote_weight(&mut c.conn, c.activity, 60, now()).unwrap_err();
    assert_eq!(err.to_string(), "人气投票的权重最多 50%，现在是 60%");
    let got = set_vote_weight(&mut c.conn, c.activity, 20, now()).unwrap();
    assert_eq!(got.exhibition.unwrap().vote.weight, 20);
    issue_vote_codes(&mut c.conn, c.activity, 2, now()).unwrap();
    let before = c.fingerprint();
    let err = remove_entry(&mut c.conn, works[0], now()).unwrap_err();
    assert_eq!(code(err), "contests.vote_started");
    assert_eq!(c.fingerprint(), before);
}

#[test]
fn popular_and_blended_scores_round_half_up() {
    // 1 of 3 votes: 33.333… → 33.33; 2 of 3: 66.666… → 66.67.
    assert_eq!(popular_scaled(1, 3, 2), 3333);
    assert_eq!(popular_scaled(2, 3, 2), 6667);
    assert_eq!(popular_scaled(0, 0, 2), 0);
    // 87.67 × 70% + 66.67 × 30% = 61.369 + 20.001 = 81.37
    assert_eq!(blend_scaled(8767, 6667, 30), 8137);
    assert_eq!(blend_scaled(9000, 0, 0), 9000);
}

#[test]
fn one_code_casts_one_vote_when_two_kiosks_submit_it_at_once() {
    use std::sync::{Arc, Barrier};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.db");
    let (activity, codes, work) = {
        let (mut c, works, _) = exhibition();
        let codes = issue_vote_codes(&mut c.conn, c.activity, 5, now()).unwrap();
        c.conn
            .execute("VACUUM INTO ?1", [path.to_str().unwrap()])
            .unwrap();
        // Turn the copy into WAL once, here: two connections switching the journal mode at the
        // same moment can fail with "database is locked", which is not the race under test.
        drop(crate::store::open(&path).unwrap());
        (c.activity, codes, works[0])
    };
    for slip in &codes {
        let barrier = Arc::new(Barrier::new(2));
        let handles: Vec<_> = (0..2)
            .map(|_| {
                let (path, barrier, slip) = (path.clone(), barrier.clone(), slip.clone());
                std::thread::spawn(move || {
                    let mut conn = crate::store::open(&path).unwrap();
                    barrier.wait();
                    cast_vote(&mut conn, activity, &slip, work).map_err(code)
                })
            })
            .collect();
        let mut outcomes: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        outcomes.sort();
        assert_eq!(outcomes, [Ok(()), Err("contests.code_used".to_string())]);
    }
    let conn = crate::store::open(&path).unwrap();
    let votes = crate::ballot::counts(&conn, crate::ballot::BoxRef::exhibition(activity)).unwrap();
    assert_eq!(votes.total(), 5);
}
