//! 象棋 results and standings: win / draw / loss (2 / 1 / 0 by default), forfeits (弃权) and byes
//! (轮空), and the order of places with the organizer's chosen tie-breaks.
//!
//! Standings sort by score, then by the tie-breaks in the order the organizer lists them:
//! - 对手分: the sum of the final scores of everyone the player met (forfeited games count, a bye
//!   has no opponent and adds nothing);
//! - 累进分: the sum of the player's running score after each round (early points weigh more);
//! - 直胜: points scored in the games among the players still tied at that step;
//! - 索伯分 (Sonneborn-Berger): for each game, the points the player earned times the opponent's
//!   final score (with 2 / 1 / 0 this is twice the classic value; the order is the same).
//!
//! Each tie-break only splits the players still tied after the ones before it. Players tied after
//! all of them are ordered by the organizer's drawing of lots (抽签) when one is recorded for all of
//! them; otherwise they share the place. Rows of a shared place are listed by player id, so the
//! standings never depend on the order of the input lists.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ContestError;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ChessTieBreak {
    /// 对手分
    OpponentScore,
    /// 累进分
    Progressive,
    /// 直胜
    DirectEncounter,
    /// 索伯分
    SonnebornBerger,
}

impl ChessTieBreak {
    pub fn label(self) -> &'static str {
        match self {
            ChessTieBreak::OpponentScore => "对手分",
            ChessTieBreak::Progressive => "累进分",
            ChessTieBreak::DirectEncounter => "直胜",
            ChessTieBreak::SonnebornBerger => "索伯分",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChessRules {
    pub points: ChessPoints,
    /// Applied in this order to players with equal scores.
    pub tie_breaks: Vec<ChessTieBreak>,
}

impl Default for ChessRules {
    fn default() -> Self {
        ChessRules {
            points: ChessPoints::default(),
            tie_breaks: vec![
                ChessTieBreak::OpponentScore,
                ChessTieBreak::Progressive,
                ChessTieBreak::DirectEncounter,
                ChessTieBreak::SonnebornBerger,
            ],
        }
    }
}

/// A tie-break value as shown in the standings; 直胜 is `null` unless the player was still tied
/// when it was applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TieBreakValue {
    pub kind: ChessTieBreak,
    #[ts(type = "number | null")]
    pub value: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChessStandingRow {
    /// Shared by players still tied after every tie-break and without lots.
    pub place: u32,
    #[ts(type = "number")]
    pub player: i64,
    pub score: u32,
    pub wins: u32,
    pub draws: u32,
    pub losses: u32,
    /// Byes (轮空) received.
    pub byes: u32,
    /// In the order of the rules' tie-breaks.
    pub tie_breaks: Vec<TieBreakValue>,
    /// Placed by the organizer's drawing of lots.
    pub by_lot: bool,
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
            let e = t.get_mut(&me).expect("checked above");
            e.score += pts;
            match outcome {
                1 => e.wins += 1,
                0 => e.draws += 1,
                _ => e.losses += 1,
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

/// The standings: places with the tie-breaks of `rules`, then `lots` (an order of players drawn by
/// the organizer, used only for players it lists all of).
pub fn chess_standings(
    players: &[i64],
    games: &[ChessGame],
    byes: &[ChessBye],
    rules: &ChessRules,
    lots: &[i64],
) -> Result<Vec<ChessStandingRow>, ContestError> {
    let tallies = tally(players, games, byes, &rules.points)?;
    let mut seen = HashSet::new();
    for tb in &rules.tie_breaks {
        if !seen.insert(tb) {
            return Err(ContestError::InvalidPoints(format!(
                "破同分规则“{}”重复了",
                tb.label()
            )));
        }
    }
    let lot_pos = super::lot_positions(players, lots)?;

    let last_round = tallies
        .values()
        .flat_map(|t| t.by_round.iter().map(|(r, _)| *r))
        .max()
        .unwrap_or(0);
    let score = |p: i64| tallies[&p].score as i64;
    let global = |kind: ChessTieBreak, p: i64| -> i64 {
        let t = &tallies[&p];
        match kind {
            ChessTieBreak::OpponentScore => t.games.iter().map(|(o, _)| score(*o)).sum(),
            ChessTieBreak::Progressive => (1..=last_round)
                .map(|r| {
                    t.by_round
                        .iter()
                        .filter(|(round, _)| *round <= r)
                        .map(|(_, pts)| *pts as i64)
                        .sum::<i64>()
                })
                .sum(),
            ChessTieBreak::SonnebornBerger => {
                t.games.iter().map(|(o, pts)| *pts as i64 * score(*o)).sum()
            }
            ChessTieBreak::DirectEncounter => 0,
        }
    };
    let mut direct: HashMap<i64, i64> = HashMap::new();

    // Split classes of tied players step by step.
    let mut all: Vec<i64> = players.to_vec();
    all.sort_by_key(|&p| (std::cmp::Reverse(score(p)), p));
    let mut classes: Vec<Vec<i64>> = split_by(&all, score);
    for &kind in &rules.tie_breaks {
        classes = classes
            .into_iter()
            .flat_map(|class| {
                if class.len() == 1 {
                    return vec![class];
                }
                let value = |p: i64| {
                    if kind == ChessTieBreak::DirectEncounter {
                        tallies[&p]
                            .games
                            .iter()
                            .filter(|(o, _)| class.contains(o))
                            .map(|(_, pts)| *pts as i64)
                            .sum()
                    } else {
                        global(kind, p)
                    }
                };
                if kind == ChessTieBreak::DirectEncounter {
                    for &p in &class {
                        direct.insert(p, value(p));
                    }
                }
                let mut sorted = class.clone();
                sorted.sort_by_key(|&p| (std::cmp::Reverse(value(p)), p));
                split_by(&sorted, value)
            })
            .collect();
    }

    let mut rows = Vec::with_capacity(players.len());
    let mut place = 1u32;
    for class in classes {
        let by_lot = class.len() > 1 && class.iter().all(|p| lot_pos.contains_key(p));
        let mut ordered = class.clone();
        if by_lot {
            ordered.sort_by_key(|p| lot_pos[p]);
        }
        for (i, &p) in ordered.iter().enumerate() {
            let t = &tallies[&p];
            rows.push(ChessStandingRow {
                place: if by_lot { place + i as u32 } else { place },
                player: p,
                score: t.score,
                wins: t.wins,
                draws: t.draws,
                losses: t.losses,
                byes: t.byes,
                tie_breaks: rules
                    .tie_breaks
                    .iter()
                    .map(|&kind| TieBreakValue {
                        kind,
                        value: match kind {
                            ChessTieBreak::DirectEncounter => direct.get(&p).copied(),
                            _ => Some(global(kind, p)),
                        },
                    })
                    .collect(),
                by_lot,
            });
        }
        place += class.len() as u32;
    }
    Ok(rows)
}

/// Consecutive runs of equal `key` in an already sorted list.
pub(crate) fn split_by(sorted: &[i64], key: impl Fn(i64) -> i64) -> Vec<Vec<i64>> {
    let mut out: Vec<Vec<i64>> = Vec::new();
    for &p in sorted {
        match out.last_mut() {
            Some(run) if key(run[0]) == key(p) => run.push(p),
            _ => out.push(vec![p]),
        }
    }
    out
}
