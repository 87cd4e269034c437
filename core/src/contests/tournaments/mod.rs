//! Tournaments in the store (乒乓球, 象棋): a 乒乓球 or 象棋 activity's confirmed individual
//! sign-ups, seeded in the organizer's order, are drawn into a round robin (all rounds stored at
//! once, byes included), a knockout (winners advance by themselves, 季军赛 optional), a Swiss
//! tournament (象棋; each next round paired on request once the current one is complete) or
//! groups then knockout (乒乓球; [`start_knockout`] once the groups are over).
//!
//! Every write runs in one IMMEDIATE transaction and changes nothing when it refuses. The pure
//! rules of [`crate::contests`] do the work: `round_robin` makes the schedule, `first_round` the
//! first round of a knockout (the rest in `knockout`), `pair_round` each Swiss round (in `swiss`);
//! `match_summary` checks a 乒乓球 result, `tt_group_standings` and `chess_standings` place the
//! players. The [`Standings`] are worked out from the results on every read (`view`), so a
//! corrected result shows at once; rounds already paired never change (a knockout correction
//! re-pairs only an unplayed match). In a round robin with an odd number of players the bye (轮空)
//! scores nothing, since everybody has one; a Swiss bye counts as a win.
//!
//! Files, each using only the ones above it: `model` (types, [`TournamentError`]) and `store`
//! (SQL, the write transaction, JSON columns); `groups`, `knockout` and `swiss` (each format over
//! the stored matches); `view` (what the window shows); `draw` (编排, 重新编排, the knockout
//! after the groups, each next Swiss round), `results` (录入成绩, 抽签, 结束比赛) and `places` (the
//! final places of finished tournaments, for the points ledger), `sheets` (成绩表, 获奖名单 and 奖状 in
//! the shared form of [`crate::contests`]' result sheets). Errors are
//! [`TournamentError`]s (codes `tournament.*`, or the rule's own `contests.*`).

mod draw;
mod groups;
mod knockout;
mod model;
mod places;
mod results;
mod sheets;
mod store;
mod swiss;
mod view;

pub use draw::{cancel_draw, make_draw, pair_next_round, start_knockout};
pub use model::{
    DrawInput, GroupStandings, GroupsPlan, KnockoutPlace, MatchResult, Sport, Standings,
    Tournament, TournamentError, TournamentFormat, TournamentMatch, TournamentPlayer,
    TournamentRound, TournamentRules,
};
pub use places::{finished_places, place_title, PersonPlace, PLACES_COUNTED};
pub use results::{finish_tournament, record_result, set_tournament_lots};
pub(crate) use sheets::tournament_finished;
pub use sheets::{tournament_certificates, tournament_sheet};
/// Finished tournaments, for the 创建台账.
pub(crate) use store::finished as finished_tournaments;
pub use view::{get_tournament, tournament_for};

#[cfg(test)]
mod tests;
