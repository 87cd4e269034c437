//! A draft activity is the organizer's until it is published: staff mode is told nothing of it,
//! not in the lists and not when a command is called with its id by hand — its sign-ups, its
//! files (list and bytes) and its draw are refused exactly as for an id that does not exist, so
//! a guessed id tells a draft from a gap in the numbering no better than the list does. Results
//! likewise: a contest's 成绩表 / 获奖名单 are refused to staff as a missing id until they are
//! published.

mod common;

use common::ipc::{window, Refusal, Window};
use serde_json::{json, Value};

/// A draft with a photo attached, beside the published activity 1 of the sample unit: the draft's
/// id and the photo's id.
fn draft_with_a_photo(dir: &std::path::Path) -> (i64, i64) {
    let path = dir.join("roles.db");
    let mut conn = wenming_core::store::open(&path).unwrap();
    let now = wenming_core::time::now();
    let mut input = common::activity();
    input.title = "尚未公布的读书会".into();
    let draft = wenming_core::activities::create_activity(&mut conn, &input, false, now).unwrap();
    let dir = wenming_core::activities::files_dir(&path);
    let photo = wenming_core::activities::add_file(
        &mut conn,
        &dir,
        draft.id,
        "会场布置.png",
        b"\x89PNG\r\n\x1a\n draft photo",
        now,
    )
    .unwrap();
    (draft.id, photo.id)
}

/// Each read of an activity by id, as the page would call it.
fn reads(w: &Window, activity: i64, file: i64) -> Vec<(&'static str, Result<Value, Refusal>)> {
    vec![
        (
            "get_activity",
            w.json("get_activity", json!({ "id": activity })),
        ),
        (
            "activity_signups",
            w.json("activity_signups", json!({ "id": activity })),
        ),
        (
            "activity_files",
            w.json("activity_files", json!({ "activityId": activity })),
        ),
        (
            "activity_file_bytes",
            w.json("activity_file_bytes", json!({ "fileId": file })),
        ),
        (
            "get_tournament",
            w.json("get_tournament", json!({ "activityId": activity })),
        ),
        (
            "result_sheet",
            w.json(
                "result_sheet",
                json!({ "activityId": activity, "kind": "awards" }),
            ),
        ),
    ]
}

fn codes(results: Vec<(&'static str, Result<Value, Refusal>)>) -> Vec<(&'static str, String)> {
    results
        .into_iter()
        .map(|(name, r)| match r {
            Ok(v) => panic!("{name} answered staff mode about a draft: {v}"),
            Err(e) => {
                assert!(e.message.contains("找不到"), "{name}: {}", e.message);
                (name, e.code)
            }
        })
        .collect()
}

#[test]
fn staff_asking_for_a_draft_by_id_get_the_same_refusal_as_for_an_id_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    common::sample_unit(&dir.path().join("roles.db"));
    let (draft, photo) = draft_with_a_photo(dir.path());
    let w = window(&dir.path().join("roles.db"));

    let refused = codes(reads(&w, draft, photo));
    assert_eq!(
        refused,
        [
            ("get_activity", "activities.not_found".to_string()),
            ("activity_signups", "activities.not_found".into()),
            ("activity_files", "activities.not_found".into()),
            ("activity_file_bytes", "file.not_found".into()),
            ("get_tournament", "activities.not_found".into()),
            ("result_sheet", "activities.not_found".into()),
        ]
    );
    assert_eq!(
        codes(reads(&w, draft + 1000, photo + 1000)),
        refused,
        "a draft looks like a missing id"
    );

    // The published activity stays open to staff, and the organizer sees the draft.
    for (name, r) in reads(&w, 1, photo).into_iter().take(3) {
        assert!(r.is_ok(), "{name} refused a published activity: {r:?}");
    }
    w.json("login", json!({ "password": "organizer-pw" }))
        .unwrap();
    let seen: Vec<&str> = reads(&w, draft, photo)
        .into_iter()
        .map(|(name, r)| {
            r.unwrap_or_else(|e| panic!("{name} refused the organizer: {e:?}"));
            name
        })
        .collect();
    assert_eq!(seen.len(), 6);
    let files = w
        .json("activity_files", json!({ "activityId": draft }))
        .unwrap();
    assert_eq!(files[0]["file_name"], "会场布置.png");
}

/// Scores activity 1 (道德经典诵读, staff 1 its one entrant) by one outside judge.
fn scored(path: &std::path::Path) -> chrono::NaiveDateTime {
    use wenming_core::contests::{self, Centi, JudgeInput, ScoreSheet};
    let mut conn = wenming_core::store::open(path).unwrap();
    let at = chrono::NaiveDate::from_ymd_opt(2030, 1, 22)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    let judge = JudgeInput {
        staff_id: None,
        name: "外请评委".into(),
    };
    let c = contests::add_judge(&mut conn, 1, &judge, at).unwrap();
    let sheet = ScoreSheet {
        judge_id: c.judges[0].id,
        entrant_id: c.entrants[0].id,
        marks: [40, 30, 20, 10].map(Centi::points).to_vec(),
    };
    contests::enter_score(&mut conn, 1, &sheet, at).unwrap();
    at
}

#[test]
fn staff_get_a_contests_results_only_once_published_and_before_as_for_a_missing_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roles.db");
    common::sample_unit(&path);
    let at = scored(&path);
    let w = window(&path);
    let sheet = |id: i64| {
        w.json(
            "result_sheet",
            json!({ "activityId": id, "kind": "scores" }),
        )
    };

    let unpublished = sheet(1).unwrap_err();
    let missing = sheet(9999).unwrap_err();
    assert_eq!(unpublished.code, "activities.not_found");
    assert_eq!(
        (&unpublished.code, &unpublished.message),
        (&missing.code, &missing.message),
        "unpublished results look like a missing id"
    );
    assert_eq!(
        w.json("staff_contest_places", json!({ "staffId": 1 }))
            .unwrap(),
        json!([]),
        "nothing on the record either"
    );

    {
        let mut conn = wenming_core::store::open(&path).unwrap();
        wenming_core::contests::publish_results(&mut conn, 1, at).unwrap();
    }
    let published = sheet(1).unwrap();
    assert_eq!(published["title"], "道德经典诵读成绩表");
    assert_eq!(published["rows"].as_array().unwrap().len(), 1);
}
