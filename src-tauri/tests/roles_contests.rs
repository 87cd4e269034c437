//! Contests: every organizer command of judged contests, exhibitions and tournaments is refused in
//! staff mode and changes nothing.

mod common;

use tauri::Manager;
use wenming_core::contests::{
    Centi, ChessResult, ChessRules, DrawInput, EntryInput, JudgeInput, JudgingRules, MatchResult,
    ResultSheetKind, ScoreSheet, TournamentFormat, TournamentRules,
};
use wenming_lib::commands::contests::{self, tournaments};
use wenming_lib::state::AppState;

fn chess_draw() -> DrawInput {
    DrawInput {
        format: TournamentFormat::RoundRobin,
        double: false,
        third_place: false,
        rounds: None,
        groups: None,
        rules: TournamentRules::Chess(ChessRules::default()),
        seeds: Vec::new(),
    }
}

#[test]
fn every_contests_command_refuses_staff_mode_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = common::app_with_sample_unit(dir.path());
    let before = common::fingerprint(dir.path());
    tauri::async_runtime::block_on(async {
        let s = || app.state::<AppState>();
        let results = vec![
            (
                "make_tournament_draw",
                tournaments::make_tournament_draw(s(), 1, chess_draw())
                    .await
                    .err(),
            ),
            (
                "cancel_tournament_draw",
                tournaments::cancel_tournament_draw(s(), 1).await.err(),
            ),
            (
                "record_match_result",
                tournaments::record_match_result(s(), 1, MatchResult::Chess(ChessResult::Draw))
                    .await
                    .err(),
            ),
            (
                "pair_next_round",
                tournaments::pair_next_round(s(), 1).await.err(),
            ),
            (
                "start_knockout",
                tournaments::start_knockout(s(), 1).await.err(),
            ),
            (
                "finish_tournament",
                tournaments::finish_tournament(s(), 1).await.err(),
            ),
            (
                "set_tournament_lots",
                tournaments::set_tournament_lots(s(), 1, vec![1, 2])
                    .await
                    .err(),
            ),
            (
                "judged_contest",
                contests::judged::judged_contest(s(), 1).await.err(),
            ),
            (
                "set_judging_rules",
                contests::judged::set_judging_rules(s(), 1, JudgingRules::default(), None)
                    .await
                    .err(),
            ),
            (
                "add_judge",
                contests::judged::add_judge(
                    s(),
                    1,
                    JudgeInput {
                        staff_id: None,
                        name: "评委".into(),
                    },
                )
                .await
                .err(),
            ),
            (
                "remove_judge",
                contests::judged::remove_judge(s(), 1).await.err(),
            ),
            (
                "enter_score",
                contests::judged::enter_score(
                    s(),
                    1,
                    ScoreSheet {
                        judge_id: 1,
                        entrant_id: 1,
                        marks: [40, 30, 20, 10].map(Centi::points).to_vec(),
                    },
                )
                .await
                .err(),
            ),
            (
                "publish_results",
                contests::judged::publish_results(s(), 1).await.err(),
            ),
            (
                "unlock_results",
                contests::judged::unlock_results(s(), 1, "原因".into())
                    .await
                    .err(),
            ),
            (
                "result_sheet",
                contests::judged::result_sheet(s(), 1, ResultSheetKind::Scores)
                    .await
                    .err(),
            ),
            (
                "export_result_sheet",
                contests::judged::export_result_sheet(s(), 1, ResultSheetKind::Awards)
                    .await
                    .err(),
            ),
            (
                "certificates",
                contests::judged::certificates(s(), 1).await.err(),
            ),
            (
                "add_exhibition_entry",
                contests::judged::add_exhibition_entry(
                    s(),
                    1,
                    EntryInput {
                        title: "春山".into(),
                        staff_id: 1,
                        medium: String::new(),
                        photo_file_id: None,
                    },
                )
                .await
                .err(),
            ),
            (
                "remove_exhibition_entry",
                contests::judged::remove_exhibition_entry(s(), 1)
                    .await
                    .err(),
            ),
            (
                "set_vote_weight",
                contests::judged::set_vote_weight(s(), 1, 20).await.err(),
            ),
            (
                "issue_vote_codes",
                contests::judged::issue_vote_codes(s(), 1, 5).await.err(),
            ),
            (
                "unused_vote_codes",
                contests::judged::unused_vote_codes(s(), 1).await.err(),
            ),
            (
                "close_vote",
                contests::judged::close_vote(s(), 1).await.err(),
            ),
        ];
        common::assert_all_refused(results);
    });
    assert_eq!(common::fingerprint(dir.path()), before);
}
