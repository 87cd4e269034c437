//! 比赛成绩 (`contests`): the rules of contests and tournaments, and the contests kept in the store.
//!
//! Pure functions (no database, no clock, the same answer for the same input): `chess`, `decimal`,
//! `groups`, `knockout`, `ranking`, `round_robin`, `swiss`, `table_tennis/` and
//! `judged/scoring.rs`:
//! - Judged contests (演讲、公文写作、歌咏、书画): [`judge_contest`] turns [`ScoreSheet`]s into
//!   [`JudgedResult`]s — weighted criteria, one highest and one lowest dropped from 5 judges on
//!   (shown, never hidden), 回避 by 科室 ([`recusals`]), ranks shared at the configured decimals
//!   ([`competition_ranks`]) and awards by count or share ([`AwardPlan`]). Exact arithmetic in
//!   hundredths ([`Centi`]).
//! - Draws: [`round_robin`] from the FIDE Berger tables, [`first_round`] / [`next_round`] of a
//!   seeded knockout with byes and a 季军赛, [`pair_round`] for the Swiss system (象棋), and
//!   [`snake_groups`] / [`qualifiers`] for groups then knockout (乒乓球).
//! - Results and standings: [`match_summary`] and [`tt_group_standings`] for 乒乓球 (ITTF 3.7.5),
//!   [`chess_standings`] for 象棋 with the organizer's order of tie-breaks.
//!
//! In the store (SQL, transactions, the clock passed in as `now`):
//! - `judged/` — judged contests: criteria, judges, scores, publish/unlock log, 成绩表 / 获奖名单,
//!   奖状, and the 书画展览 works with their popular vote ([`judged_contest`], [`enter_score`],
//!   [`publish_results`], [`cast_vote`] …). Errors are [`JudgingError`]s (codes `contests.*`).
//! - `timed/` — 爬山 and 全民健身 raced against the clock: 号码布, starts, the finish line (a bib or
//!   工号 at the machine's clock), corrections with a reason, 未完赛 / 弃权, places by time within
//!   groups and the 科室 team ranking ([`issue_bibs`], [`start_timed`], [`record_finish`],
//!   [`timed_contest`] …). Errors are [`TimedError`]s (codes `timed.*`).
//! - `tournaments/` — 乒乓球 and 象棋 tournaments attached to an activity: draws, results,
//!   standings worked out on every read, knockout advancement, Swiss pairing round by round
//!   ([`make_draw`], [`record_result`], [`pair_next_round`], [`start_knockout`],
//!   [`finish_tournament`], [`get_tournament`]). Errors are [`TournamentError`]s (codes
//!   `tournament.*`, or the rule's own `contests.*`).
//!
//! Players and entrants are identified by `i64` ids chosen by the caller (a 职工 or an entry id);
//! every error of the rules is a [`ContestError`] with a stable code. Published tables used by
//! tests are in `core/tests/data/` with their sources.

mod chess;
mod decimal;
mod error;
mod facts;
mod groups;
mod judged;
mod knockout;
mod published;
mod ranking;
mod results_lock;
mod round_robin;
mod sheet;
mod swiss;
mod table_tennis;
mod timed;
mod tournaments;

pub use chess::{
    chess_standings, ChessBye, ChessGame, ChessPoints, ChessResult, ChessRules, ChessStandingRow,
    ChessTieBreak, ChessTieBreakPreset, DirectEncounterScope, TieBreakPresetFacts, TieBreakValue,
    CHESS_POINTS_MAX,
};
pub use decimal::{round_mean, show_scaled, Centi};
pub use error::ContestError;
pub use facts::{
    contest_form, tournament_facts, ContestForm, JudgingLimits, SwissRounds, TimedLimits,
    TournamentFacts,
};
pub use groups::{group_label, qualifiers, snake_groups, DrawnGroup, Qualifier};
pub use judged::{
    add_entry, add_judge, blend_scaled, cast_vote, check_criteria, close_vote, default_awards,
    enter_score, export_judge_sheet_template, is_judged_kind, issue_vote_codes, judge_contest,
    judged_contest, popular_scaled, preview_judge_sheet, publish_results, published_awards,
    recusals, remove_entry, remove_judge, reprint_vote_codes, save_judge_sheet, set_judging_rules,
    set_vote_weight, sheet_total, trim_extremes, unlock_results, unused_vote_codes, vote_ballot,
    BlendLine, ContestJudge, CountedScore, Criterion, DropReason, Entrant, EntryInput, Exhibition,
    ExhibitionEntry, Judge, JudgeInput, JudgeSheet, JudgeSheetRead, JudgeSheetRow, JudgedContest,
    JudgedEntrant, JudgedResult, JudgingError, JudgingRules, PersonAward, PopularVote, ReadLine,
    Recusal, ResultAction, ResultLogEntry, ScoreSheet, Trimmed, VoteBallot, VoteState,
    CRITERION_NAME_MAX, DECIMALS_MAX, DROPPED_NOTE, JUDGES_MAX, TRIM_FROM_MAX, TRIM_FROM_MIN,
    WEIGHTS_TOTAL,
};
pub use knockout::{
    first_round, next_round, round_name, seeding_order, BracketMatch, MatchWinner, MAX_BRACKET,
};
pub use published::{
    certificates, export_result_sheet, result_sheet_for, staff_places, ContestPlace,
};
pub use ranking::{award_levels, competition_ranks, AwardLevel, AwardPlan, AWARD_PLACES_MAX};
pub use round_robin::{berger_table, round_robin, Fixture, RoundRobinOptions, RoundRobinRound};
pub use sheet::{export_sheet, result_doc, Certificate, ResultCell, ResultSheet, ResultSheetKind};
pub use swiss::{
    default_rounds, max_rounds, pair_round, swiss_players, SwissBoard, SwissPlayer, SwissRound,
};
pub use table_tennis::{
    check_game, match_summary, tt_group_standings, GameScore, TtMatch, TtMatchPoints,
    TtMatchSummary, TtOutcome, TtRules, TtStandingRow, TtTieBreak, GAME_SCORE_MAX,
    MATCH_POINTS_MAX,
};
pub use timed::{
    clock_text, correct_finish, is_timed_kind, issue_bibs, place_by_time, publish_timed,
    published_timed_awards, record_finish, set_runner_group, set_runner_out, set_timed_settings,
    start_timed, team_ranking, timed_certificates, timed_contest, timed_contest_for, timed_sheet,
    unlock_timed, Arrival, FinishCorrection, GroupResults, GroupRule, OutInput, Placed, Runner,
    RunnerPermits, RunnerStatus, StartMode, TeamPlaced, TeamResult, TeamScore, TimedAction,
    TimedContest, TimedError, TimedLogEntry, TimedPermits, TimedResult, TimedSettings, TimedStart,
    Timing,
};
pub use tournaments::{
    cancel_draw, finish_tournament, finished_places, get_tournament, make_draw, pair_next_round,
    place_title, record_result, set_tournament_lots, start_knockout, tournament_for, DrawInput,
    GroupStandings, GroupsPlan, KnockoutPlace, MatchResult, PersonPlace, Sport, Standings,
    Tournament, TournamentError, TournamentFormat, TournamentMatch, TournamentPlayer,
    TournamentRound, TournamentRules, PLACES_COUNTED,
};
pub use tournaments::{tournament_certificates, tournament_sheet};

use std::collections::{HashMap, HashSet};

/// Every player listed once.
fn check_distinct(players: &[i64]) -> Result<(), ContestError> {
    let mut seen = HashSet::new();
    for &p in players {
        if !seen.insert(p) {
            return Err(ContestError::DuplicateId {
                what: "选手",
                id: p,
            });
        }
    }
    Ok(())
}

/// The position of each player in the organizer's drawing of lots (抽签), checked.
fn lot_positions(players: &[i64], lots: &[i64]) -> Result<HashMap<i64, usize>, ContestError> {
    let mut pos = HashMap::new();
    for (i, &p) in lots.iter().enumerate() {
        if !players.contains(&p) {
            return Err(ContestError::InvalidLots(format!(
                "选手（编号 {p}）不在参赛名单中"
            )));
        }
        if pos.insert(p, i).is_some() {
            return Err(ContestError::InvalidLots(format!(
                "选手（编号 {p}）出现了两次"
            )));
        }
    }
    Ok(pos)
}

/// A contest whose results are decided: a judged or timed contest published or a tournament
/// finished.
#[derive(Debug, Clone, PartialEq)]
pub struct DecidedContest {
    pub activity_id: i64,
    pub decided_at: chrono::NaiveDateTime,
}

/// Every decided contest (成绩 published or 比赛 finished), by activity: the contest results the
/// 创建台账 files as evidence.
pub fn decided_contests(
    conn: &rusqlite::Connection,
) -> Result<Vec<DecidedContest>, crate::error::StoreError> {
    let mut all: Vec<DecidedContest> = results_lock::published(conn, results_lock::Locked::Judged)?
        .into_iter()
        .chain(tournaments::finished_tournaments(conn)?)
        .chain(results_lock::published(conn, results_lock::Locked::Timed)?)
        .map(|(activity_id, decided_at)| DecidedContest {
            activity_id,
            decided_at,
        })
        .collect();
    all.sort_by_key(|c| c.activity_id);
    Ok(all)
}

#[cfg(test)]
mod tests;
