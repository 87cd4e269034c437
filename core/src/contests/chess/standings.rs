//! 象棋 standings: score, then the organizer's tie-breaks ([`super::tie_breaks`]) in order.
//!
//! Each tie-break only splits the players still tied after the ones before it. Players tied after
//! all of them are ordered by the organizer's drawing of lots (抽签) when one is recorded for all of
//! them; otherwise they share the place and their rows say so. Rows of a shared place are listed by
//! player id, so the standings never depend on the order of the input lists.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::tie_breaks::{ChessRules, ChessTieBreak, DirectEncounterScope};
use super::{tally, ChessBye, ChessGame, Tally};
use crate::contests::ContestError;

/// A tie-break value as shown in the standings. 直胜 and 对局时后走 are `null` unless the player
/// was still tied (with the number of players the rules ask for) when they were applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TieBreakValue {
    pub kind: ChessTieBreak,
    /// What is compared first (小分 in half points).
    #[ts(type = "number | null")]
    pub value: Option<i64>,
    /// How it reads: “12.5” for 小分, “—” when it was not applied.
    pub shown: String,
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
    /// Still tied with another player after every tie-break (and no lots drawn for them).
    pub shared: bool,
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
    let lot_pos = crate::contests::lot_positions(players, lots)?;
    let measure = Measure::new(&tallies, rules.direct_encounter);
    let score = |p: i64| measure.score(p);

    // Split classes of tied players step by step, noting each value as it is applied.
    let mut shown: HashMap<(i64, ChessTieBreak), Vec<i64>> = HashMap::new();
    let mut all: Vec<i64> = players.to_vec();
    all.sort_by_key(|&p| (std::cmp::Reverse(score(p)), p));
    let mut classes: Vec<Vec<i64>> = split_by(&all, |p| vec![score(p)]);
    for &kind in &rules.tie_breaks {
        let mut next = Vec::with_capacity(classes.len());
        for class in classes {
            let keys: HashMap<i64, Vec<i64>> = class
                .iter()
                .map(|&p| (p, measure.key(kind, p, &class)))
                .collect();
            for (&p, key) in &keys {
                if !key.is_empty() && (class.len() > 1 || measure.is_global(kind)) {
                    shown.insert((p, kind), key.clone());
                }
            }
            if class.len() == 1 {
                next.push(class);
                continue;
            }
            let mut sorted = class.clone();
            sorted.sort_by(|a, b| keys[b].cmp(&keys[a]).then(a.cmp(b)));
            next.extend(split_by(&sorted, |p| keys[&p].clone()));
        }
        classes = next;
    }

    let mut rows = Vec::with_capacity(players.len());
    let mut place = 1u32;
    for class in classes {
        let by_lot = class.len() > 1 && class.iter().all(|p| lot_pos.contains_key(p));
        let mut ordered = class.clone();
        if by_lot {
            ordered.sort_by_key(|p| lot_pos.get(p).copied());
        }
        for (i, &p) in ordered.iter().enumerate() {
            let Some(t) = tallies.get(&p) else {
                return Err(ContestError::UnknownPlayer(p));
            };
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
                    .map(|&kind| {
                        let value = shown.get(&(p, kind)).and_then(|k| k.first().copied());
                        TieBreakValue {
                            kind,
                            value,
                            shown: show(kind, value),
                        }
                    })
                    .collect(),
                by_lot,
                shared: class.len() > 1 && !by_lot,
            });
        }
        place += class.len() as u32;
    }
    Ok(rows)
}

fn show(kind: ChessTieBreak, value: Option<i64>) -> String {
    match (kind, value) {
        (_, None) => "—".to_string(),
        (ChessTieBreak::SmallScore, Some(halves)) if halves % 2 != 0 => {
            format!("{}.5", halves.div_euclid(2))
        }
        (ChessTieBreak::SmallScore, Some(halves)) => (halves / 2).to_string(),
        (_, Some(v)) => v.to_string(),
    }
}

/// What each tie-break measures, from the tallies.
struct Measure<'a> {
    tallies: &'a HashMap<i64, Tally>,
    direct: DirectEncounterScope,
    last_round: u32,
    /// 14.4: a bye's 对手分 is the lowest score among the players who have scored.
    bye_opponent: i64,
}

impl<'a> Measure<'a> {
    fn new(tallies: &'a HashMap<i64, Tally>, direct: DirectEncounterScope) -> Self {
        let last_round = tallies
            .values()
            .flat_map(|t| t.by_round.iter().map(|(r, _)| *r))
            .max()
            .unwrap_or(0);
        let bye_opponent = tallies
            .values()
            .map(|t| t.score as i64)
            .filter(|s| *s > 0)
            .min()
            .unwrap_or(0);
        Measure {
            tallies,
            direct,
            last_round,
            bye_opponent,
        }
    }

    fn score(&self, p: i64) -> i64 {
        self.tallies.get(&p).map_or(0, |t| t.score as i64)
    }

    /// The tie-break does not depend on who else is tied.
    fn is_global(&self, kind: ChessTieBreak) -> bool {
        !matches!(
            kind,
            ChessTieBreak::DirectEncounter | ChessTieBreak::BlackInDirectGame
        )
    }

    /// The running score after round `r`.
    fn after_round(&self, t: &Tally, r: u32) -> i64 {
        t.by_round
            .iter()
            .filter(|(round, _)| *round <= r)
            .map(|(_, pts)| *pts as i64)
            .sum()
    }

    /// What `p` is compared by, largest first, element after element; empty when the tie-break
    /// does not apply to `class` (the players still tied with `p`).
    fn key(&self, kind: ChessTieBreak, p: i64, class: &[i64]) -> Vec<i64> {
        let Some(t) = self.tallies.get(&p) else {
            return Vec::new();
        };
        let last = self.last_round;
        let progressive: i64 = (1..=last).map(|r| self.after_round(t, r)).sum();
        match kind {
            ChessTieBreak::SmallScore => {
                let beaten: i64 = t.beaten.iter().map(|o| self.score(*o)).sum();
                let drawn: i64 = t.drawn.iter().map(|o| self.score(*o)).sum();
                vec![2 * beaten + drawn]
            }
            ChessTieBreak::OpponentScore => {
                let met: i64 = t.games.iter().map(|(o, _)| self.score(*o)).sum();
                vec![met + t.byes as i64 * self.bye_opponent]
            }
            ChessTieBreak::Progressive => vec![progressive],
            ChessTieBreak::Wins => vec![t.wins as i64],
            ChessTieBreak::BlackGames => vec![t.as_black.len() as i64],
            ChessTieBreak::SonnebornBerger => {
                vec![t
                    .games
                    .iter()
                    .map(|(o, pts)| *pts as i64 * self.score(*o))
                    .sum()]
            }
            ChessTieBreak::DirectEncounter => {
                if class.len() < 2
                    || (self.direct == DirectEncounterScope::TwoTied && class.len() != 2)
                {
                    return Vec::new();
                }
                vec![t
                    .games
                    .iter()
                    .filter(|(o, _)| class.contains(o))
                    .map(|(_, pts)| *pts as i64)
                    .sum()]
            }
            ChessTieBreak::BlackInDirectGame => {
                if class.len() != 2 {
                    return Vec::new();
                }
                let other = class.iter().copied().find(|o| *o != p);
                vec![t
                    .as_black
                    .iter()
                    .filter(|(_, red)| Some(*red) == other)
                    .count() as i64]
            }
            ChessTieBreak::EarlierRounds => {
                (1..last).rev().map(|r| self.after_round(t, r)).collect()
            }
            ChessTieBreak::ProgressiveCut => {
                let mut cut = progressive;
                (1..last)
                    .map(|r| {
                        cut -= self.after_round(t, r);
                        cut
                    })
                    .collect()
            }
        }
    }
}

/// Consecutive runs of equal `key` in an already sorted list.
fn split_by(sorted: &[i64], key: impl Fn(i64) -> Vec<i64>) -> Vec<Vec<i64>> {
    let mut out: Vec<Vec<i64>> = Vec::new();
    for &p in sorted {
        match out.last_mut() {
            Some(run) if run.first().map(|&q| key(q)) == Some(key(p)) => run.push(p),
            _ => out.push(vec![p]),
        }
    }
    out
}
