//! Timed contests (计时赛): a 爬山 or 全民健身 activity raced against the clock.
//!
//! The organizer issues 号码布 to the confirmed sign-ups (in the order they signed up; the field is
//! fixed and the sign-up ends), sets the groups (不分组, 按性别, or 自定 such as 年龄段), the start
//! (集体出发, or 分组出发 by group), the 科室 team rule (best N, total or mean) and the awards of
//! each group, then gives the start. At the finish line a 号码布 or a 工号 typed or scanned records
//! the arrival at the machine's clock (`now` from the shell; the page never sends a time of
//! arrival). A typed time is only a correction, with a reason kept in the log; 未完赛 and 弃权
//! likewise. The rankings are worked out on every read; publishing locks them (unlocking needs a
//! reason), and the published awards count in the points ledger like a judged contest's.
//!
//! Files, each using only the ones above it: `ranking` (the pure rules: places by time, the team
//! ranking), `model` (types, [`TimedError`]), `store` (SQL), `state` (the contest as read and
//! every write's check, also the permits), `view` (what the window shows), `race` (the writes),
//! `sheets` (成绩表, 获奖名单, 科室团体成绩 in the shared sheet form, 奖状, awards for the points;
//! printed, exported and refused to staff until published through `contests::published`). Errors are
//! [`TimedError`]s (codes `timed.*`, or the award plan's `contests.*`).

mod model;
mod race;
mod ranking;
mod sheets;
mod state;
mod store;
mod view;

pub use model::*;
pub use race::{
    correct_finish, issue_bibs, publish_timed, record_finish, set_runner_group, set_runner_out,
    set_timed_settings, start_timed, unlock_timed,
};
pub use ranking::{
    clock_text, place_by_time, team_ranking, Placed, RunnerStatus, TeamPlaced, TeamScore, Timing,
};
pub(crate) use sheets::timed_published;
pub use sheets::{published_timed_awards, timed_certificates, timed_sheet};
pub use view::{timed_contest, timed_contest_for};

#[cfg(test)]
mod tests;
