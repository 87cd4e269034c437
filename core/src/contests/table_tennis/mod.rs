//! 乒乓球 results and group standings (ITTF rules).
//!
//! **A match** is best of 3, 5 or 7 games of 11 points; at 10 平 a game goes on until one side leads
//! by 2. Every game score is checked ("第 3 局比分 11:10 无效：10 平后须领先 2 分"), and no game may
//! follow the one that decided the match.
//!
//! **Walkover (弃权)** and **retirement (中途退赛)**, following ITTF 3.7.5.1: the winner gets 2 match
//! points and the loser 0 (a loss in an unplayed or unfinished match), against 1 for an ordinary
//! loss. For the games and points ratios the app counts a walkover as won by the games needed, each
//! 11:0; a retirement keeps the games and points played, the unfinished game is completed for the
//! winner (to 11, or 2 ahead after 10 平) and any further games needed are 11:0. (This crediting is
//! the app's own convention, written here so that every figure can be checked by hand.)
//!
//! **Games only (按局数记)**: a match may be recorded as its games alone (3:1) when the points of
//! each game were not kept. The score must end the match: one side has exactly the games needed
//! and the other fewer (3:3 and 4:1 in 五局三胜 are refused). Such a match counts fully for match
//! points and the games ratio, and has no points.
//!
//! **Group standings**, ITTF Handbook 3.7.5: places by match points; players with equal match
//! points are ordered only by the matches among them — match points, then games ratio (won ÷ lost),
//! then points ratio. As soon as a step separates some of them, those are placed and the others
//! still equal are compared again **from the start**, among themselves only (3.7.5.3). Players still
//! equal after all of it are placed by the organizer's drawing of lots (3.7.5.4) when one is
//! recorded for all of them; otherwise they share the place.
//!
//! **Points ratio and matches without points**: the points ratio is compared among tied players
//! only when every match among them has its points. When one of those matches was recorded by
//! games only, the app does not guess its points, nor compare the others' points without it (that
//! would favour whoever kept score): the step is skipped and the players stay equal — placed by
//! lots if recorded, else sharing the place. A player's point totals leave such matches out, and
//! the row says so (`points_kept: false`).

mod matches;
mod standings;

pub use matches::{check_game, match_summary};
pub use standings::{tt_group_standings, TtStandingRow, TtTieBreak};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ContestError;

/// A game's score never goes beyond this (even a long deuce); keeps the point sums far from
/// overflow.
pub const GAME_SCORE_MAX: u32 = 99;
/// The most standing points a match can give the winner.
pub const MATCH_POINTS_MAX: u32 = 10;

/// Match points per result (ITTF: 2 / 1 / 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TtMatchPoints {
    pub win: u32,
    pub loss: u32,
    /// Loss by walkover or retirement.
    pub forfeit_loss: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TtRules {
    /// 3, 5 or 7.
    pub best_of: u32,
    /// Points to win a game (11).
    pub game_points: u32,
    pub match_points: TtMatchPoints,
}

impl Default for TtRules {
    fn default() -> Self {
        TtRules {
            best_of: 5,
            game_points: 11,
            match_points: TtMatchPoints {
                win: 2,
                loss: 1,
                forfeit_loss: 0,
            },
        }
    }
}

impl TtRules {
    /// Games needed to win the match.
    pub fn games_to_win(&self) -> u32 {
        self.best_of / 2 + 1
    }

    /// 五局三胜
    pub fn format_name(&self) -> String {
        const DIGITS: [&str; 8] = ["零", "一", "两", "三", "四", "五", "六", "七"];
        let n = |x: u32| DIGITS.get(x as usize).copied().unwrap_or("多");
        format!("{}局{}胜", n(self.best_of), n(self.games_to_win()))
    }

    pub fn check(&self) -> Result<(), ContestError> {
        if ![3, 5, 7].contains(&self.best_of) {
            return Err(ContestError::InvalidPoints(format!(
                "每场须为三局两胜、五局三胜或七局四胜，不能是 {} 局",
                self.best_of
            )));
        }
        if !(5..=21).contains(&self.game_points) {
            return Err(ContestError::InvalidPoints(format!(
                "每局 {} 分不合规则，一般为 11 分",
                self.game_points
            )));
        }
        let mp = self.match_points;
        if mp.win > MATCH_POINTS_MAX {
            return Err(ContestError::InvalidPoints(format!(
                "胜一场记 {} 分太多，最多 {MATCH_POINTS_MAX} 分",
                mp.win
            )));
        }
        if !(mp.win > mp.loss && mp.loss >= mp.forfeit_loss) {
            return Err(ContestError::InvalidPoints(
                "积分须胜 > 负 ≥ 弃权负".to_string(),
            ));
        }
        Ok(())
    }
}

/// A game's points, from the side of the match's first player `a`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GameScore {
    pub a: u32,
    pub b: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum TtOutcome {
    /// Played to the end.
    Played { games: Vec<GameScore> },
    /// 弃权: not played.
    Walkover {
        #[ts(type = "number")]
        winner: i64,
    },
    /// 按局数记: the games won by each side (3:1), the points of each game not kept.
    GamesOnly { a: u32, b: u32 },
    /// 中途退赛: the games played, the last one possibly unfinished.
    Retired {
        #[ts(type = "number")]
        retired: i64,
        games: Vec<GameScore>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TtMatch {
    #[ts(type = "number")]
    pub a: i64,
    #[ts(type = "number")]
    pub b: i64,
    pub outcome: TtOutcome,
}

/// A checked match as counted in the standings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TtMatchSummary {
    pub winner: i64,
    pub loser: i64,
    /// (winner, loser)
    pub games: (u32, u32),
    /// (winner, loser)
    pub points: (u32, u32),
    /// Walkover or retirement: the loser gets `forfeit_loss` match points.
    pub forfeited: bool,
    /// `false` for a match recorded by games only: `points` is (0, 0) and means nothing.
    pub points_kept: bool,
}
