//! 象棋 results and standings: win / draw / loss (2 / 1 / 0 by default), forfeits (弃权) and byes
//! (轮空), and the order of places with the organizer's chosen tie-breaks ([`tie_breaks`]: what
//! each one measures and the orders of 中国象棋竞赛规则 (2011); [`standings`]: the places).

mod standings;
mod tie_breaks;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ContestError;

pub use standings::{chess_standings, ChessStandingRow, TieBreakValue};
pub use tie_breaks::{
    ChessRules, ChessTieBreak, ChessTieBreakPreset, DirectEncounterScope, TieBreakPresetFacts,
};

/// Points for each outcome. 弃权 and 轮空 are scored separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChessPoints {
    pub win: u32,
    pub draw: u32,
    pub loss: u32,
    /// For the player whose opponent did not play.
    pub forfeit_win: u32,
    /// For the player who did not play.
    pub forfeit_loss: u32,
    /// For a bye (轮空), counted as a win by default.
    pub bye: u32,
}

impl Default for ChessPoints {
    fn default() -> Self {
        ChessPoints {
            win: 2,
            draw: 1,
            loss: 0,
            forfeit_win: 2,
            forfeit_loss: 0,
            bye: 2,
        }
    }
}

/// The most points one game can give (win, forfeit win or bye); keeps standings far from overflow.
pub const CHESS_POINTS_MAX: u32 = 10;

impl ChessPoints {
    pub fn check(&self) -> Result<(), ContestError> {
        let most = self.win.max(self.forfeit_win).max(self.bye);
        if most > CHESS_POINTS_MAX {
            return Err(ContestError::InvalidPoints(format!(
                "一局记 {most} 分太多，每局最多 {CHESS_POINTS_MAX} 分"
            )));
        }
        if !(self.win > self.loss && self.win >= self.draw && self.draw >= self.loss) {
            return Err(ContestError::InvalidPoints(format!(
                "胜、和、负分别记 {}、{}、{} 分，须胜 > 负且胜 ≥ 和 ≥ 负",
                self.win, self.draw, self.loss
            )));
        }
        if self.forfeit_loss > self.loss {
            return Err(ContestError::InvalidPoints(
                "弃权的一方得分不能多于正常负局".to_string(),
            ));
        }
        Ok(())
    }
}

/// The outcome of a game, from 红方's side first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ChessResult {
    /// 红胜
    RedWins,
    /// 和棋
    Draw,
    /// 黑胜
    BlackWins,
    /// 黑方弃权，红方判胜
    RedWinsByForfeit,
    /// 红方弃权，黑方判胜
    BlackWinsByForfeit,
}

impl ChessResult {
    /// 弃权: the game was not played.
    pub fn is_forfeit(self) -> bool {
        matches!(
            self,
            ChessResult::RedWinsByForfeit | ChessResult::BlackWinsByForfeit
        )
    }

    /// (红方, 黑方) points.
    pub fn points(self, p: &ChessPoints) -> (u32, u32) {
        match self {
            ChessResult::RedWins => (p.win, p.loss),
            ChessResult::Draw => (p.draw, p.draw),
            ChessResult::BlackWins => (p.loss, p.win),
            ChessResult::RedWinsByForfeit => (p.forfeit_win, p.forfeit_loss),
            ChessResult::BlackWinsByForfeit => (p.forfeit_loss, p.forfeit_win),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChessGame {
    pub round: u32,
    /// 红方 (moves first).
    #[ts(type = "number")]
    pub red: i64,
    #[ts(type = "number")]
    pub black: i64,
    pub result: ChessResult,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChessBye {
    pub round: u32,
    #[ts(type = "number")]
    pub player: i64,
}

/// Per-player tallies from the results.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tally {
    pub score: u32,
    pub wins: u32,
    pub draws: u32,
    pub losses: u32,
    pub byes: u32,
    /// (round, points earned) of every game and bye.
    pub by_round: Vec<(u32, u32)>,
    /// (opponent, points earned) of every game, forfeits included.
    pub games: Vec<(i64, u32)>,
    /// Opponents beaten (forfeits included) and drawn with, for 小分.
    pub beaten: Vec<i64>,
    pub drawn: Vec<i64>,
    /// Games played as 黑方 (后走), forfeits not included: (round, 红方).
    pub as_black: Vec<(u32, i64)>,
    /// 红方 games minus 黑方 games (forfeits included).
    pub colour_balance: i32,
}

/// Checks the results and adds them up per player (in the order of `players`).
pub(crate) fn tally(
    players: &[i64],
    games: &[ChessGame],
    byes: &[ChessBye],
    points: &ChessPoints,
) -> Result<HashMap<i64, Tally>, ContestError> {
    points.check()?;
    super::check_distinct(players)?;
    let mut t: HashMap<i64, Tally> = players.iter().map(|&p| (p, Tally::default())).collect();
    let mut booked: HashSet<(u32, i64)> = HashSet::new();
    let mut book = |round: u32, player: i64| {
        if !booked.insert((round, player)) {
            return Err(ContestError::DoubleBooked { round, player });
        }
        Ok(())
    };
    for g in games {
        if g.red == g.black {
            return Err(ContestError::SamePlayer(g.red));
        }
        for p in [g.red, g.black] {
            if !t.contains_key(&p) {
                return Err(ContestError::UnknownPlayer(p));
            }
            book(g.round, p)?;
        }
        let (r, b) = g.result.points(points);
        let (red_outcome, black_outcome) = match g.result {
            ChessResult::RedWins | ChessResult::RedWinsByForfeit => (1, -1),
            ChessResult::Draw => (0, 0),
            ChessResult::BlackWins | ChessResult::BlackWinsByForfeit => (-1, 1),
        };
        for (me, other, pts, outcome, colour) in [
            (g.red, g.black, r, red_outcome, 1),
            (g.black, g.red, b, black_outcome, -1),
        ] {
            let Some(e) = t.get_mut(&me) else {
                return Err(ContestError::UnknownPlayer(me));
            };
            e.score += pts;
            match outcome {
                1 => {
                    e.wins += 1;
                    e.beaten.push(other);
                }
                0 => {
                    e.draws += 1;
                    e.drawn.push(other);
                }
                _ => e.losses += 1,
            }
            if colour < 0 && !g.result.is_forfeit() {
                e.as_black.push((g.round, other));
            }
            e.by_round.push((g.round, pts));
            e.games.push((other, pts));
            e.colour_balance += colour;
        }
    }
    for b in byes {
        let e = t
            .get_mut(&b.player)
            .ok_or(ContestError::UnknownPlayer(b.player))?;
        e.score += points.bye;
        e.byes += 1;
        e.by_round.push((b.round, points.bye));
        book(b.round, b.player)?;
    }
    Ok(t)
}
