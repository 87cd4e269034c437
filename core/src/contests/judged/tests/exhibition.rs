//! 书画展览: works as entrants, the popular vote with one-time codes and its secrecy, the blend.

use super::*;
use crate::contests::AwardLevel;

/// An exhibition with three works by people 0–2 and five outside judges who scored them all.
fn exhibition() -> (Contest, Vec<i64>, Vec<i64>) {
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
    assert_eq!(unused_vote_codes(&c.conn, c.activity).unwrap().len(), 2);
    // The vote row holds a random key, the activity and the work — nothing else.
    let columns: Vec<String> = c
        .conn
        .prepare("SELECT name FROM pragma_table_info('exhibition_vote')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(columns, ["id", "activity_id", "entry_id"]);
    let sql: String = c
        .conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'exhibition_vote'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(sql.contains("WITHOUT ROWID"), "{sql}");
    let code_columns: Vec<String> = c
        .conn
        .prepare("SELECT name FROM pragma_table_info('exhibition_vote_code')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(code_columns, ["code", "activity_id", "used"]);
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
    let votes: i64 = conn
        .query_row("SELECT count(*) FROM exhibition_vote", [], |r| r.get(0))
        .unwrap();
    assert_eq!(votes, 5);
}
