//! Role cases of 比赛: tournaments, timed contests, judged contests and the 书画展览.

use serde_json::json;
use wenming_core::contests::{
    Centi, ChessResult, JudgeInput, JudgeSheet, JudgeSheetRow, JudgingRules, MatchResult,
    ResultSheetKind, ScoreSheet, TimedSettings,
};

use super::*;
use crate::common::ipc::Body;

pub fn list(f: &Fixture) -> Vec<Row> {
    use Access::*;
    let (a, ex) = (f.activity, f.exhibition);
    let sheet = ScoreSheet {
        judge_id: 1,
        entrant_id: 1,
        marks: [40, 30, 20, 10].map(Centi::points).to_vec(),
    };
    vec![
        // 比赛: tournaments
        (
            "get_tournament",
            Everyone(None),
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "make_tournament_draw",
            Organizer,
            Body::Json(json!({ "activityId": a, "input": v(chess_draw()) })),
        ),
        (
            "cancel_tournament_draw",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "record_match_result",
            Organizer,
            Body::Json(json!({ "matchId": 1, "result": v(MatchResult::Chess(ChessResult::Draw)) })),
        ),
        (
            "pair_next_round",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "start_knockout",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "finish_tournament",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "set_tournament_lots",
            Organizer,
            Body::Json(json!({ "activityId": a, "lots": [1, 2] })),
        ),
        // 比赛: timed contests (the fixture's activity is a reading, so the read says it is not timed)
        (
            "timed_contest",
            Everyone(Some("timed.not_timed_kind")),
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "set_timed_settings",
            Organizer,
            Body::Json(json!({ "activityId": a, "settings": v(TimedSettings::default()) })),
        ),
        (
            "issue_bibs",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "set_runner_group",
            Organizer,
            Body::Json(json!({ "activityId": a, "staffId": 1, "group": "青年组" })),
        ),
        (
            "start_timed",
            Organizer,
            Body::Json(json!({ "activityId": a, "group": null })),
        ),
        (
            "record_finish",
            Organizer,
            Body::Json(json!({ "activityId": a, "code": "1" })),
        ),
        (
            "correct_finish",
            Organizer,
            Body::Json(
                json!({ "activityId": a, "input": { "staff_id": 1, "finish": "10:00:00", "reason": "核对" } }),
            ),
        ),
        (
            "set_runner_out",
            Organizer,
            Body::Json(
                json!({ "activityId": a, "input": { "staff_id": 1, "out": "dnf", "reason": "下山" } }),
            ),
        ),
        (
            "publish_timed",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "unlock_timed",
            Organizer,
            Body::Json(json!({ "activityId": a, "reason": "原因" })),
        ),
        // 比赛: judged contests and the 书画展览
        (
            "judged_contest",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "set_judging_rules",
            Organizer,
            Body::Json(
                json!({ "activityId": a, "rules": v(JudgingRules::default()), "awards": null }),
            ),
        ),
        (
            "add_judge",
            Organizer,
            Body::Json(
                json!({ "activityId": a, "input": v(JudgeInput { staff_id: None, name: "评委".into() }) }),
            ),
        ),
        (
            "remove_judge",
            Organizer,
            Body::Json(json!({ "judgeId": 1 })),
        ),
        (
            "enter_score",
            Organizer,
            Body::Json(json!({ "activityId": a, "sheet": v(&sheet) })),
        ),
        (
            "save_judge_sheet",
            Organizer,
            Body::Json(json!({ "activityId": a, "sheet": v(JudgeSheet {
                judge_id: 1,
                rows: vec![JudgeSheetRow { entrant_id: 1, marks: vec![Some(40.0), Some(30.0), Some(20.0), Some(10.0)] }],
            }) })),
        ),
        (
            "export_judge_sheet",
            Organizer,
            Body::Json(json!({ "activityId": a, "judgeId": 1 })),
        ),
        (
            "preview_judge_sheet",
            Organizer,
            Body::Json(json!({ "activityId": a, "bytes": [80, 75, 3, 4] })),
        ),
        (
            "publish_results",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "unlock_results",
            Organizer,
            Body::Json(json!({ "activityId": a, "reason": "原因" })),
        ),
        // Unpublished results are, to staff, an activity that does not exist.
        (
            "result_sheet",
            Everyone(Some("activities.not_found")),
            Body::Json(json!({ "activityId": a, "kind": v(ResultSheetKind::Scores) })),
        ),
        (
            "export_result_sheet",
            Organizer,
            Body::Json(json!({ "activityId": a, "kind": v(ResultSheetKind::Awards) })),
        ),
        (
            "certificates",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "staff_contest_places",
            Everyone(None),
            Body::Json(json!({ "staffId": 1 })),
        ),
        (
            "add_exhibition_entry",
            Organizer,
            Body::Json(json!({ "activityId": ex, "input": v(entry_input(None)) })),
        ),
        (
            "remove_exhibition_entry",
            Organizer,
            Body::Json(json!({ "entryId": f.entry })),
        ),
        (
            "set_vote_weight",
            Organizer,
            Body::Json(json!({ "activityId": ex, "weight": 20 })),
        ),
        (
            "issue_vote_codes",
            Organizer,
            Body::Json(json!({ "activityId": ex, "count": 5 })),
        ),
        (
            "unused_vote_codes",
            Organizer,
            Body::Json(json!({ "activityId": ex })),
        ),
        (
            "reprint_vote_codes",
            Organizer,
            Body::Json(json!({ "activityId": ex, "reason": "选票受潮" })),
        ),
        (
            "close_vote",
            Organizer,
            Body::Json(json!({ "activityId": ex })),
        ),
        (
            "enter_vote_kiosk",
            Organizer,
            Body::Json(json!({ "activityId": ex })),
        ),
        ("vote_ballot", Kiosk, Body::Json(json!({}))),
        (
            "vote_photo",
            Kiosk,
            Body::Json(json!({ "entryId": f.entry })),
        ),
        (
            "cast_exhibition_vote",
            Kiosk,
            Body::Json(json!({ "code": f.vote_codes[0], "entryId": f.entry })),
        ),
    ]
}
