//! Groups then knockout (小组赛 + 淘汰赛, as in 乒乓球): groups drawn by snake seeding, and the
//! top places of each group going through.
//!
//! Snake seeding: seeds 1…g go into groups A…, the next g back from the last group to A, and so on,
//! so with 4 groups A gets seeds 1, 8, 9, 16, B gets 2, 7, 10, 15. Groups differ in size by at most
//! one. The qualifiers come out as all group winners (A1, B1, …), then all runners-up (A2, B2, …),
//! ready to be seeded into [`super::knockout::first_round`].

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ContestError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DrawnGroup {
    /// "A", "B", …
    pub label: String,
    /// In seed order.
    #[ts(type = "number[]")]
    pub players: Vec<i64>,
}

/// A player going through: `place` in group `group`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Qualifier {
    pub group: String,
    pub place: u32,
    #[ts(type = "number")]
    pub player: i64,
}

/// The label of the `i`-th group (0-based): A, B, …, Z.
pub fn group_label(i: usize) -> String {
    match u8::try_from(i) {
        Ok(n) if (i) < MAX_GROUPS => char::from(b'A' + n).to_string(),
        _ => (i + 1).to_string(),
    }
}

/// Groups are named A to Z.
pub const MAX_GROUPS: usize = 26;

/// Draws `players` (seed order, the first is seed 1) into `groups` groups by snake seeding.
/// Every group gets at least 2 players; at most [`MAX_GROUPS`] groups.
pub fn snake_groups(players: &[i64], groups: usize) -> Result<Vec<DrawnGroup>, ContestError> {
    if groups == 0 || groups > MAX_GROUPS || players.len() < 2 * groups {
        return Err(ContestError::InvalidGroups {
            groups,
            players: players.len(),
        });
    }
    super::check_distinct(players)?;
    let mut drawn: Vec<DrawnGroup> = (0..groups)
        .map(|i| DrawnGroup {
            label: group_label(i),
            players: Vec::new(),
        })
        .collect();
    for (i, &p) in players.iter().enumerate() {
        let (pass, pos) = (i / groups, i % groups);
        let g = if pass % 2 == 0 { pos } else { groups - 1 - pos };
        drawn[g].players.push(p);
    }
    Ok(drawn)
}

/// The top `k` of each group, given each group's final order (as from the group standings):
/// all winners first in group order, then all runners-up, and so on.
pub fn qualifiers(standings: &[Vec<i64>], k: usize) -> Result<Vec<Qualifier>, ContestError> {
    for (i, g) in standings.iter().enumerate() {
        if g.len() < k {
            return Err(ContestError::TooManyQualifiers {
                group: group_label(i),
                size: g.len(),
                k,
            });
        }
    }
    Ok((0..k)
        .flat_map(|place| {
            standings.iter().enumerate().map(move |(i, g)| Qualifier {
                group: group_label(i),
                place: place as u32 + 1,
                player: g[place],
            })
        })
        .collect())
}
