//! Knockout (淘汰赛): the standard seeding of a bracket, byes to the top seeds, advancing winners
//! round by round, and an optional match for third place (季军赛).
//!
//! The bracket has 2, 4, …, 64 lines: the smallest power of two that holds the field. Seeds sit on
//! the lines in the standard order (for 16: 1 v 16, 8 v 9, 5 v 12, 4 v 13, 3 v 14, 6 v 11, 7 v 10,
//! 2 v 15; see `core/tests/data/seeding.txt`), so seed s first meets seed size + 1 − s, and 1 and 2
//! can meet only in the final. Empty lines are byes: with 12 players in 16 lines, seeds 1–4 have a
//! bye in the first round. The winner of match 2k−1 meets the winner of match 2k in the next round.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ContestError;

pub const MAX_BRACKET: usize = 64;

/// A match of the bracket. In the first round an empty side (`null`) is a bye: the other player
/// goes through without playing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BracketMatch {
    /// 1 = first round.
    pub round: u32,
    /// 1-based, top to bottom within the round; the 季军赛 follows the final as number 2.
    pub number: u32,
    #[ts(type = "number | null")]
    pub first: Option<i64>,
    #[ts(type = "number | null")]
    pub second: Option<i64>,
    /// The match for third place between the semi-final losers.
    pub third_place: bool,
}

impl BracketMatch {
    /// A bye: only one side has a player.
    pub fn is_bye(&self) -> bool {
        self.first.is_none() != self.second.is_none()
    }
}

/// Who won match `number` of the round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MatchWinner {
    pub number: u32,
    #[ts(type = "number")]
    pub winner: i64,
}

/// The seeds on the lines of a bracket of `size` lines (2, 4, …, 64), top to bottom; read in pairs
/// they are the first-round matches, the better seed first.
pub fn seeding_order(size: usize) -> Result<Vec<u32>, ContestError> {
    if !size.is_power_of_two() || !(2..=MAX_BRACKET).contains(&size) {
        return Err(ContestError::PlayerCount {
            format: "淘汰赛签表",
            min: 2,
            max: MAX_BRACKET,
            found: size,
        });
    }
    // Each line s of the half-size bracket becomes the match s v (2·len + 1 − s), the pair turned
    // round on every other line so that the halves mirror each other.
    let mut lines = vec![1u32, 2];
    while lines.len() < size {
        let top = 2 * lines.len() as u32 + 1;
        lines = lines
            .iter()
            .enumerate()
            .flat_map(|(i, &s)| {
                if i % 2 == 0 {
                    [s, top - s]
                } else {
                    [top - s, s]
                }
            })
            .collect();
    }
    for pair in lines.chunks_mut(2) {
        pair.sort_unstable();
    }
    Ok(lines)
}

/// The name of a round by its number of matches: 决赛, 半决赛, 1/4 决赛, …
pub fn round_name(matches: usize) -> String {
    match matches {
        0 | 1 => "决赛".to_string(),
        2 => "半决赛".to_string(),
        m => format!("1/{m} 决赛"),
    }
}

/// The first round for `players` in seed order (the first is seed 1), 2 to 64 players.
pub fn first_round(players: &[i64]) -> Result<Vec<BracketMatch>, ContestError> {
    if !(2..=MAX_BRACKET).contains(&players.len()) {
        return Err(ContestError::PlayerCount {
            format: "淘汰赛",
            min: 2,
            max: MAX_BRACKET,
            found: players.len(),
        });
    }
    super::check_distinct(players)?;
    let lines = seeding_order(players.len().next_power_of_two())?;
    let seed = |s: u32| players.get(s as usize - 1).copied();
    Ok(lines
        .chunks(2)
        .enumerate()
        .map(|(i, pair)| BracketMatch {
            round: 1,
            number: i as u32 + 1,
            first: seed(pair[0]),
            second: seed(pair[1]),
            third_place: false,
        })
        .collect())
}

/// The next round's matches from this round's matches and winners. Byes go through by
/// themselves; every played match needs its winner. After the semi-finals, and when
/// `third_place` is set, the two losers meet in the 季军赛 (if both semi-finals were played).
pub fn next_round(
    round: &[BracketMatch],
    winners: &[MatchWinner],
    third_place: bool,
) -> Result<Vec<BracketMatch>, ContestError> {
    let mut main: Vec<&BracketMatch> = round.iter().filter(|m| !m.third_place).collect();
    main.sort_by_key(|m| m.number);
    if main.len() <= 1 {
        return Err(ContestError::TournamentOver);
    }
    let mut won: HashMap<u32, i64> = HashMap::new();
    for w in winners {
        let m = round
            .iter()
            .find(|m| m.number == w.number && !m.third_place)
            .ok_or(ContestError::UnknownMatchNumber(w.number))?;
        if m.first != Some(w.winner) && m.second != Some(w.winner) {
            return Err(ContestError::WinnerNotInMatch {
                number: w.number,
                winner: w.winner,
            });
        }
        won.insert(w.number, w.winner);
    }

    let mut advancing = Vec::with_capacity(main.len());
    let mut losers = Vec::new();
    for m in &main {
        let (winner, loser) = match (m.first, m.second) {
            (Some(a), Some(b)) => {
                let w = *won
                    .get(&m.number)
                    .ok_or(ContestError::MissingWinner(m.number))?;
                (Some(w), Some(if w == a { b } else { a }))
            }
            (one, other) => (one.or(other), None),
        };
        advancing.push(winner);
        losers.push(loser);
    }
    let next = main
        .first()
        .and_then(|m| m.round.checked_add(1))
        .ok_or_else(|| ContestError::InvalidMatch("轮次编号超出范围".to_string()))?;
    let mut matches: Vec<BracketMatch> = advancing
        .chunks(2)
        .enumerate()
        .map(|(i, pair)| BracketMatch {
            round: next,
            number: i as u32 + 1,
            first: pair[0],
            second: pair.get(1).copied().flatten(),
            third_place: false,
        })
        .collect();
    if third_place && main.len() == 2 {
        if let [Some(a), Some(b)] = losers[..] {
            matches.push(BracketMatch {
                round: next,
                number: 2,
                first: Some(a),
                second: Some(b),
                third_place: true,
            });
        }
    }
    Ok(matches)
}
