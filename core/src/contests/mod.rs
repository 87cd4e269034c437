//! 比赛成绩 (`contests`): the rules of contests and tournaments as pure functions — no database,
//! no clock, the same answer for the same input.
//!
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
//! - Tournaments in the store ([`make_draw`], [`record_result`], [`pair_next_round`],
//!   [`set_tournament_lots`], [`finish_tournament`], [`get_tournament`]): a 乒乓球 or 象棋
//!   activity's confirmed individual sign-ups, seeded in the organizer's order, are drawn into a
//!   round robin (all rounds stored at once, byes included), a knockout (winners advance by
//!   themselves, 季军赛 optional), a Swiss tournament (象棋; each next round paired on request
//!   once the current one is complete) or groups then knockout (乒乓球; [`start_knockout`] once
//!   the groups are over). Results are checked by the rules above and the
//!   [`Standings`] are worked out from them on every read, so a corrected result shows at once;
//!   rounds already paired never change (a knockout correction re-pairs only an unplayed match).
//!   Errors of the stored part are [`TournamentError`]s (codes `tournament.*`, or the rule's own
//!   `contests.*`).
//!
//! - Judged contests in the store ([`judged_contest`], [`set_judging_rules`], [`add_judge`],
//!   [`enter_score`], [`publish_results`], [`unlock_results`]): an activity's criteria, judges
//!   (职工 or outside names) and score sheets, with the results worked out by [`judge_contest`] on
//!   every read and every write (a write that would not judge cleanly is refused and rolled back);
//!   publishing locks them, unlocking needs a reason and is logged. After the results: the 获奖名单
//!   and 成绩表 ([`result_sheet`], [`export_result_sheet`]) and the 奖状 ([`certificates`]). Errors
//!   of the stored part are [`JudgingError`]s (codes `contests.*`).
//! - 书画展览 ([`add_entry`], [`issue_vote_codes`], [`cast_vote`], [`close_vote`]): the works are
//!   the entrants; a popular vote with one-time codes (the honors code generator and the same
//!   secrecy) is blended with the judges' score at a weight of at most 50 % (default 30 %), and
//!   the blend decides ranks and awards once the vote is closed ([`BlendLine`]).
//!
//! Players and entrants are identified by `i64` ids chosen by the caller (a 职工 or an entry id);
//! every error is a [`ContestError`] with a stable code. Published tables used by tests are in
//! `core/tests/data/` with their sources.

mod chess;
mod decimal;
mod error;
mod groups;
mod judged;
mod judging;
mod knockout;
mod ranking;
mod round_robin;
mod swiss;
mod table_tennis;
mod tournament;
mod tournament_groups;
mod tournament_knockout;
mod tournament_ops;
mod tournament_store;
mod tournament_swiss;

pub use chess::{
    chess_standings, ChessBye, ChessGame, ChessPoints, ChessResult, ChessRules, ChessStandingRow,
    ChessTieBreak, TieBreakValue,
};
pub use decimal::{round_mean, show_scaled, Centi};
pub use error::ContestError;
pub use groups::{group_label, qualifiers, snake_groups, DrawnGroup, Qualifier};
pub use judged::{
    check_criteria, judge_contest, recusals, sheet_total, trim_extremes, CountedScore, Criterion,
    DropReason, Judge, JudgedEntrant, JudgedResult, JudgingRules, Recusal, ScoreSheet, Trimmed,
};
pub use judging::{
    add_entry, add_judge, blend_scaled, cast_vote, certificates, close_vote, default_awards,
    enter_score, export_result_sheet, is_judged_kind, issue_vote_codes, judged_contest,
    popular_scaled, publish_results, remove_entry, remove_judge, result_sheet, set_judging_rules,
    set_vote_weight, unlock_results, unused_vote_codes, vote_ballot, BlendLine, Certificate,
    ContestJudge, Entrant, EntryInput, Exhibition, ExhibitionEntry, JudgeInput, JudgedContest,
    JudgingError, PopularVote, ResultAction, ResultCell, ResultLogEntry, ResultSheet,
    ResultSheetKind, VoteBallot, VoteState, DROPPED_NOTE,
};
pub use knockout::{
    first_round, next_round, round_name, seeding_order, BracketMatch, MatchWinner, MAX_BRACKET,
};
pub use ranking::{award_levels, competition_ranks, AwardLevel, AwardPlan};
pub use round_robin::{berger_table, round_robin, Fixture, RoundRobinOptions, RoundRobinRound};
pub use swiss::{
    default_rounds, max_rounds, pair_round, swiss_players, SwissBoard, SwissPlayer, SwissRound,
};
pub use table_tennis::{
    check_game, match_summary, tt_group_standings, GameScore, TtMatch, TtMatchPoints,
    TtMatchSummary, TtOutcome, TtRules, TtStandingRow, TtTieBreak,
};
pub use tournament::{
    DrawInput, GroupStandings, GroupsPlan, KnockoutPlace, MatchResult, Sport, Standings,
    Tournament, TournamentError, TournamentFormat, TournamentMatch, TournamentPlayer,
    TournamentRound, TournamentRules,
};
pub use tournament_groups::start_knockout;
pub use tournament_ops::{
    cancel_draw, finish_tournament, get_tournament, make_draw, record_result, set_tournament_lots,
};
pub use tournament_swiss::pair_next_round;

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

#[cfg(test)]
mod tests;
