//! 综合量化考核 (`points`): a points policy per year that the organizer edits (defaults as the
//! product brief: attend +1, absent after signing up −1, 一等奖 +5 …, a tournament's 冠军 +5 /
//! 亚军 +3 / 季军 +2, confirmed honor +10, 评诺 优秀 +5 / 良好 +3, 志愿服务 hours × rate), versioned
//! so that a policy in use keeps its history, and previewed person by person before a change is
//! saved.
//!
//! The ledger is derived, never typed: on every read it is worked out from the source records —
//! attendance (activities), awards of published contests (judged and timed) and the 冠军 / 亚军 / 季军 of finished
//! tournaments (contests), confirmed honors (honors), the 评诺 grades of people in closed rounds
//! (pledges) — through those features' public functions, under the year's policy, plus manual
//! adjustments with a required reason. Each [`LedgerRow`] names its source (kind + id + title), so
//! a correction to a source shows at once. Leaderboards for people and for 科室 (total and per
//! head) by year, quarter or month; .xlsx export.

mod boards;
mod error;
mod export;
mod ledger;
mod model;
mod policy;
mod store;
mod tally;

pub use boards::{board_page, glance, leaderboard, Glance};
pub use error::PointsError;
pub use export::{export_leaderboard, leaderboard_xlsx};
pub use ledger::{add_adjustment, adjustments, person_ledger};
pub use model::*;
pub use policy::{policy, preview_policy, rules_for, set_policy};

#[cfg(test)]
mod tests;
