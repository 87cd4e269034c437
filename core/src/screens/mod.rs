//! 大屏 (`screens`): what a projector or second display shows in the meeting room — the live
//! turnout of a voting round, a tournament's standings and current matches, the 荣誉榜 of a year,
//! the 亮诺墙 — read through the features' public functions and shaped for a room full of people:
//! counts only (never a partial tally), names and 科室, no phones, nothing an organizer-only list
//! shows, and drafts refused as to staff.
//!
//! The shell opens one screen window at a time for one [`ScreenView`] and keeps it; the screen's
//! reads answer only for that view ([`require_open`]), so the screen window cannot read anything
//! the organizer did not put on it.

mod model;
mod read;

pub use model::*;
pub use read::{check_view, honors, phone_qr, pledge_wall, require_open, tournament, turnout};

use crate::error::{Coded, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ScreenError {
    #[error("大屏没有打开这一页，请在工作台重新打开大屏")]
    NotOpen,
    #[error("大屏只用来显示，不能在大屏上操作；请回到工作台窗口")]
    WindowReadOnly,
    #[error("“{0}”不是乒乓球或象棋比赛，没有对阵可以上大屏")]
    NotATournament(String),
    #[error(transparent)]
    Honor(#[from] crate::honors::HonorError),
    #[error(transparent)]
    Tournament(#[from] crate::contests::TournamentError),
    #[error(transparent)]
    Activity(#[from] crate::activities::ActivityError),
    #[error(transparent)]
    Pledge(#[from] crate::pledges::PledgeError),
    #[error(transparent)]
    Roster(#[from] crate::roster::RosterError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for ScreenError {
    fn code(&self) -> &'static str {
        match self {
            ScreenError::NotOpen => "screens.not_open",
            ScreenError::WindowReadOnly => "screens.window_read_only",
            ScreenError::NotATournament(_) => "screens.not_a_tournament",
            ScreenError::Honor(e) => e.code(),
            ScreenError::Tournament(e) => e.code(),
            ScreenError::Activity(e) => e.code(),
            ScreenError::Pledge(e) => e.code(),
            ScreenError::Roster(e) => e.code(),
            ScreenError::Store(e) => e.code(),
        }
    }
}

#[cfg(test)]
mod tests;
