//! Ranks with ties shared, and award levels (一等奖 / 二等奖 / 三等奖 / 优秀奖) by count or share.
//!
//! Ranking is "competition ranking" (1224): equal values share a rank and the next rank skips, so
//! a rank always says how many did better (rank = 1 + the number strictly better).
//!
//! Awards are given by cumulative places. A plan of 1 / 2 / 3 means places 1, 2–3 and 4–6; a share
//! plan of 10 % / 20 % / 30 % of `n` ranked entrants means places up to `n × 10 %`, `n × 30 %` and
//! `n × 60 %`, each rounded half up (四舍五入). An entrant whose rank is within a level's last place
//! gets that level, so **ties across a boundary all get the better award** and the next level
//! shrinks by as many places (two tied firsts under 1 / 2 / 3 leave one 二等奖). With `excellent`
//! left empty, every other ranked entrant gets 优秀奖.
//!
//! A plan is usually set before the field is known, so a level with more places than there are
//! ranked entrants simply ends with the last one (a plan of 1 / 2 / 3 over four entrants gives one
//! 一等奖, two 二等奖 and one 三等奖). What no contest of a real unit needs is refused: more than
//! [`AWARD_PLACES_MAX`] places for one level, or shares adding up to over 100 %.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ContestError;

use crate::labelled::labelled;

/// A share plan's levels add up to at most all (100 %) of the ranked entrants.
pub const AWARD_SHARE_MAX: u32 = 100;

/// Competition ranks (1, 2, 2, 4) of `values`, higher is better, in the order given.
pub fn competition_ranks(values: &[i64]) -> Vec<u32> {
    let mut sorted: Vec<i64> = values.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    values
        .iter()
        .map(|v| sorted.partition_point(|s| s > v) as u32 + 1)
        .collect()
}

/// The award levels, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AwardLevel {
    /// 一等奖
    First,
    /// 二等奖
    Second,
    /// 三等奖
    Third,
    /// 优秀奖
    Excellent,
}

labelled!(AwardLevel {
    First => "一等奖";
    Second => "二等奖";
    Third => "三等奖";
    Excellent => "优秀奖";
});

/// The most places one award level may have in a count plan.
pub const AWARD_PLACES_MAX: u32 = 1000;

/// How many get each award: by number of places, or by share (whole percent) of the ranked.
/// `excellent: null` gives 优秀奖 to every other ranked entrant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "by", rename_all = "snake_case")]
#[ts(export)]
pub enum AwardPlan {
    Count {
        first: u32,
        second: u32,
        third: u32,
        excellent: Option<u32>,
    },
    Share {
        first: u32,
        second: u32,
        third: u32,
        excellent: Option<u32>,
    },
}

impl AwardPlan {
    /// Refuses a level of more than [`AWARD_PLACES_MAX`] places, and shares adding up to over
    /// 100 %.
    pub fn check(&self) -> Result<(), ContestError> {
        self.cutoffs(0).map(|_| ())
    }

    /// The last place of each level (cumulative), for `n` ranked entrants.
    fn cutoffs(&self, n: u32) -> Result<[u32; 4], ContestError> {
        let (sizes, excellent, share) = match *self {
            AwardPlan::Count {
                first,
                second,
                third,
                excellent,
            } => ([first, second, third], excellent, false),
            AwardPlan::Share {
                first,
                second,
                third,
                excellent,
            } => ([first, second, third], excellent, true),
        };
        if !share {
            let names = [
                AwardLevel::First,
                AwardLevel::Second,
                AwardLevel::Third,
                AwardLevel::Excellent,
            ];
            for (level, s) in names.iter().zip(sizes.iter().chain(excellent.as_ref())) {
                if *s > AWARD_PLACES_MAX {
                    return Err(ContestError::TooManyAwardPlaces {
                        level: level.label(),
                        found: *s,
                        max: AWARD_PLACES_MAX,
                    });
                }
            }
        }
        let mut cumulative = [0u64; 4];
        let mut total = 0u64;
        for (i, s) in sizes.iter().chain(excellent.as_ref()).enumerate() {
            total += *s as u64;
            cumulative[i] = total;
        }
        if excellent.is_none() {
            cumulative[3] = if share {
                AWARD_SHARE_MAX as u64
            } else {
                n as u64
            };
        }
        if share && total > AWARD_SHARE_MAX as u64 {
            return Err(ContestError::InvalidAwardPlan(format!(
                "各奖项比例合计 {total}% 超过了 100%"
            )));
        }
        Ok(cumulative.map(|c| {
            let places = if share {
                (2 * n as u64 * c + 100) / 200
            } else {
                c
            };
            places.min(n as u64) as u32
        }))
    }
}

/// The award of each entrant from its rank (`None` = not ranked, e.g. no score: no award).
pub fn award_levels(
    ranks: &[Option<u32>],
    plan: &AwardPlan,
) -> Result<Vec<Option<AwardLevel>>, ContestError> {
    let n = ranks.iter().flatten().count() as u32;
    let cutoffs = plan.cutoffs(n)?;
    let levels = [
        AwardLevel::First,
        AwardLevel::Second,
        AwardLevel::Third,
        AwardLevel::Excellent,
    ];
    Ok(ranks
        .iter()
        .map(|rank| {
            let r = (*rank)?;
            levels
                .iter()
                .zip(cutoffs)
                .find(|(_, last_place)| r <= *last_place)
                .map(|(level, _)| *level)
        })
        .collect())
}
