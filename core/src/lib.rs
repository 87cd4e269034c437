//! wenming-core: the rules and the store of 文明创建工作台.
//!
//! Every rule and every check of the app lives here, tested without a window; the Tauri shell only
//! parses arguments, checks the role (through [`auth::Session`]) and calls one function of a feature
//! module. Features: [`roster`] (人员与科室), [`auth`] (组织者模式 and staff PINs), [`activities`]
//! (活动与报名), [`challenges`] (全民健身挑战: counts per day over a period, ranked),
//! [`contests`] (比赛成绩: the scoring, pairing and standings rules), [`honors`]
//! (评先选优: nominations, secret ballot rounds, tally and 公示), [`pledges`] (亮诺 · 践诺 · 评诺),
//! [`points`] (综合量化考核: the derived points ledger and leaderboards), [`dashboard`] (首页),
//! [`exemplars`] (学树身边典型: role-model profiles and who studied them), [`ledger`] (创建台账:
//! the 测评体系 and the evidence filed under it), [`ballot`] (the secret ballot shared by every
//! anonymous vote: one-time codes and order-free counters), [`settings`]
//! (单位设置) and [`sample`] (示例数据). Errors of every feature convert into [`AppError`], the
//! `{code, message}` that crosses IPC. The SQLite store and its migrations are in [`store`].

pub mod activities;
pub mod auth;
pub mod ballot;
pub mod challenges;
pub mod contests;
pub mod dashboard;
pub mod error;
pub mod exemplars;
pub mod exports;
pub mod facts;
pub mod files;
pub mod honors;
mod labelled;
pub mod lan;
pub mod ledger;
pub mod paging;
pub mod permit;
pub mod pledges;
pub mod points;
pub mod roster;
pub mod safety;
pub mod sample;
pub mod screens;
pub mod settings;
pub mod store;
#[cfg(test)]
mod testkit;
pub mod text;
pub mod time;

pub use error::AppError;
