//! Swiss pairing (瑞士制) for 象棋: one round at a time, from the results so far.
//!
//! The rules, a simplified Dutch system:
//! - Players are ranked by score, then by seed (their place in the entry list, 1 = strongest).
//! - **Bye** (odd count): the lowest-ranked player who has not had one sits out and scores
//!   [`ChessPoints::bye`](super::chess::ChessPoints) (a win by default). If the others cannot then
//!   be paired without rematches, the next lowest-ranked player without a bye is tried.
//! - **Round 1**: top half against bottom half by seed (1 v n/2+1, 2 v n/2+2, …).
//! - **Later rounds**: score groups are paired from the highest down, the top half of a group
//!   against its bottom half. With an odd group, the lowest-ranked unpaired player floats down and
//!   meets the highest-ranked player of the next group he has not met.
//! - **No rematches**: two players never meet twice (a forfeited game counts as met). When the
//!   preferred pairing would force a rematch, the search backtracks to the next best opponent, top
//!   half first, then the rest of the group, then lower groups.
//! - **Colours**: the player who has had 红方 fewer times gets 红方; when equal, the higher-ranked
//!   player gets 红方 on odd boards and 黑方 on even boards.
//!
//! The same inputs always give the same pairing.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::chess::{tally, ChessBye, ChessGame, ChessPoints};
use super::ContestError;

pub const MIN_PLAYERS: usize = 4;
pub const MAX_PLAYERS: usize = 256;

/// Steps the pairing search may take before giving up (it never comes near this in practice).
const SEARCH_BUDGET: u64 = 2_000_000;

/// A player as the pairing sees him after the rounds played so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SwissPlayer {
    #[ts(type = "number")]
    pub id: i64,
    pub score: u32,
    /// Everyone met so far (forfeits included).
    #[ts(type = "number[]")]
    pub opponents: Vec<i64>,
    pub byes: u32,
    /// Games as 红方 minus games as 黑方.
    pub colour_balance: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SwissBoard {
    pub board: u32,
    #[ts(type = "number")]
    pub red: i64,
    #[ts(type = "number")]
    pub black: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SwissRound {
    pub round: u32,
    pub boards: Vec<SwissBoard>,
    #[ts(type = "number | null")]
    pub bye: Option<i64>,
}

/// The most rounds without a rematch: n − 1 for an even count, n for an odd one.
pub fn max_rounds(players: usize) -> u32 {
    (if players.is_multiple_of(2) {
        players.saturating_sub(1)
    } else {
        players
    }) as u32
}

/// ⌈log₂ n⌉ + 1 rounds, at most [`max_rounds`].
pub fn default_rounds(players: usize) -> u32 {
    let log = players.max(1).next_power_of_two().trailing_zeros();
    (log + 1).min(max_rounds(players))
}

/// The players (in seed order) with their scores, opponents, byes and colours from the results.
pub fn swiss_players(
    players: &[i64],
    games: &[ChessGame],
    byes: &[ChessBye],
    points: &ChessPoints,
) -> Result<Vec<SwissPlayer>, ContestError> {
    let tallies = tally(players, games, byes, points)?;
    Ok(players
        .iter()
        .map(|&id| {
            let t = &tallies[&id];
            SwissPlayer {
                id,
                score: t.score,
                opponents: t.games.iter().map(|(o, _)| *o).collect(),
                byes: t.byes,
                colour_balance: t.colour_balance,
            }
        })
        .collect())
}

/// Pairs round `round` for `players` given in seed order (the first is seed 1).
pub fn pair_round(players: &[SwissPlayer], round: u32) -> Result<SwissRound, ContestError> {
    let n = players.len();
    if !(MIN_PLAYERS..=MAX_PLAYERS).contains(&n) {
        return Err(ContestError::PlayerCount {
            format: "瑞士制",
            min: MIN_PLAYERS,
            max: MAX_PLAYERS,
            found: n,
        });
    }
    let ids: Vec<i64> = players.iter().map(|p| p.id).collect();
    super::check_distinct(&ids)?;
    if round == 0 || round > max_rounds(n) {
        return Err(ContestError::TooManyRounds {
            rounds: round,
            max: max_rounds(n),
            players: n,
        });
    }
    let mut met = HashSet::new();
    for p in players {
        for &o in &p.opponents {
            if !ids.contains(&o) {
                return Err(ContestError::UnknownPlayer(o));
            }
            met.insert(key(p.id, o));
        }
    }

    // Ranking order: score high to low, then seed.
    let mut ranked: Vec<usize> = (0..n).collect();
    ranked.sort_by_key(|&i| (std::cmp::Reverse(players[i].score), i));

    let search = Search { players, met: &met };
    let mut budget = SEARCH_BUDGET;
    let bye_candidates: Vec<Option<usize>> = if n.is_multiple_of(2) {
        vec![None]
    } else {
        let mut c: Vec<usize> = ranked
            .iter()
            .rev()
            .copied()
            .filter(|&i| players[i].byes == 0)
            .collect();
        if c.is_empty() {
            c = ranked.iter().rev().copied().collect();
        }
        c.into_iter().map(Some).collect()
    };
    for bye in bye_candidates {
        let rest: Vec<usize> = ranked.iter().copied().filter(|&i| Some(i) != bye).collect();
        if let Some(pairs) = search.pair(&rest, &mut budget) {
            let boards = pairs
                .iter()
                .enumerate()
                .map(|(b, &(high, low))| search.board(b as u32 + 1, high, low))
                .collect();
            return Ok(SwissRound {
                round,
                boards,
                bye: bye.map(|i| players[i].id),
            });
        }
        if budget == 0 {
            break;
        }
    }
    Err(ContestError::PairingImpossible(round))
}

fn key(a: i64, b: i64) -> (i64, i64) {
    (a.min(b), a.max(b))
}

struct Search<'a> {
    players: &'a [SwissPlayer],
    met: &'a HashSet<(i64, i64)>,
}

impl Search<'_> {
    fn can_meet(&self, a: usize, b: usize) -> bool {
        !self
            .met
            .contains(&key(self.players[a].id, self.players[b].id))
    }

    /// Pairs `rest` (indices in ranking order) completely, or `None`. Each pair is (higher, lower).
    fn pair(&self, rest: &[usize], budget: &mut u64) -> Option<Vec<(usize, usize)>> {
        let Some(&top) = rest.first() else {
            return Some(Vec::new());
        };
        for opponent in self.preferences(rest) {
            if *budget == 0 {
                return None;
            }
            *budget -= 1;
            if !self.can_meet(top, opponent) {
                continue;
            }
            let remaining: Vec<usize> = rest
                .iter()
                .copied()
                .filter(|&i| i != top && i != opponent)
                .collect();
            // Quick check: everyone left still has someone to play.
            if remaining
                .iter()
                .any(|&a| !remaining.iter().any(|&b| a != b && self.can_meet(a, b)))
            {
                continue;
            }
            if let Some(mut pairs) = self.pair(&remaining, budget) {
                pairs.insert(0, (top, opponent));
                return Some(pairs);
            }
        }
        None
    }

    /// Opponents for the top player of `rest`, best first: in his score group the top half meets
    /// the bottom half (the ideal opponent is the one half a group below him, then the rest of the
    /// bottom half, then the top half from the bottom up); then the lower groups in ranking order.
    /// A player alone in his group (a floater) meets the highest-ranked below first.
    fn preferences(&self, rest: &[usize]) -> Vec<usize> {
        let top = rest[0];
        let score = self.players[top].score;
        let group: Vec<usize> = rest
            .iter()
            .copied()
            .filter(|&i| self.players[i].score == score)
            .collect();
        let half = group.len() / 2;
        let mut order: Vec<usize> = Vec::with_capacity(rest.len());
        if group.len() >= 2 {
            order.extend_from_slice(&group[half..]);
            order.extend(group[1..half].iter().rev());
        }
        order.extend(
            rest.iter()
                .copied()
                .filter(|&i| self.players[i].score != score),
        );
        order
    }

    fn board(&self, board: u32, high: usize, low: usize) -> SwissBoard {
        let (h, l) = (&self.players[high], &self.players[low]);
        let high_red = match h.colour_balance.cmp(&l.colour_balance) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Greater => false,
            std::cmp::Ordering::Equal => board % 2 == 1,
        };
        let (red, black) = if high_red { (h.id, l.id) } else { (l.id, h.id) };
        SwissBoard { board, red, black }
    }
}
