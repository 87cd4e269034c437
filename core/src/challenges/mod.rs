//! 全民健身挑战 (`challenges`): a challenge over a period of days on a 全民健身 or 爬山 activity —
//! 健步走 for a month — where each participant's count per day (步 or 公里) is entered by the person
//! in 职工自助 or imported by the organizer from a sheet, and people and 科室 are ranked.
//!
//! Main types: [`ChallengeInput`] / [`ChallengeSetup`] (unit and period), [`ChallengeEntryInput`] (a day's
//! count), [`ChallengeBoard`] (the standings: [`ChallengePersonStanding`] by total, [`ChallengeDepartmentStanding`]
//! by total per 在职 head), [`MyChallenge`] (a person's own days and place) and the sheet's
//! [`ChallengeImportPreview`]. Who may enter: the people holding a place on the activity's list
//! (sign-up carries the activity's eligibility and 名额; the organizer can 代报名). One count per
//! person per day; a second one replaces the first only when asked to (`ChallengeEntryInput::replace`, or a
//! confirmed import that lists what it replaces). Every refusal is a [`ChallengeError`] (codes
//! `challenge.*`).
//!
//! Files, each using only the ones above it: `model` and `error` (types), `rules` (the checks of
//! period, day and count, without the store), `rankings` (the standings, without the store),
//! `store` (SQL), `board` (设置挑战, the board, 我的挑战), `entries` (填报) and `sheet` (template and
//! import).

mod board;
mod entries;
mod error;
mod model;
mod rankings;
mod rules;
mod sheet;
mod store;

pub use board::{challenge_board, my_challenge, set_challenge};
pub use entries::enter_count;
pub use error::ChallengeError;
pub use model::*;
pub use sheet::{
    apply_challenge_import, challenge_template, export_challenge_template, preview_challenge_import,
};

#[cfg(test)]
mod tests;
