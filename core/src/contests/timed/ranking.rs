//! The rules of a timed contest, pure (no database, no clock): places by time within a group and
//! the 科室 team ranking over each 科室's best N.
//!
//! - Within a group, finishers are placed by their time, fastest first, in whole seconds (the
//!   machine's clock at the finish line); equal times share a place and the next place skips
//!   (1, 2, 2, 4: a place says how many were faster). Runners still on the course, 未完赛 and
//!   弃权 get no place and come after the finishers, in that order, each by bib.
//! - A 科室's team score is the total of its best N finishers' times, whatever their group; with
//!   fewer than N finishers the 科室 is not placed (listed after the placed ones, most finishers
//!   first). Placed by the total, smallest first, equal totals sharing a place; 平均 shows the
//!   mean of the N (to the second, half up) and places by the same total, since N is the same.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::labelled::labelled;

/// Where a runner is in the race.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RunnerStatus {
    /// 已到达: has a time.
    Finished,
    /// 未出发: their start (the whole field or their group) has not been given.
    Waiting,
    /// 比赛中: started, not yet at the finish.
    Running,
    /// 未完赛 (DNF): started and did not finish.
    Dnf,
    /// 弃权 (DNS): did not start.
    Dns,
}

labelled!(RunnerStatus {
    Finished => "finished", "已到达";
    Waiting => "waiting", "未出发";
    Running => "running", "比赛中";
    Dnf => "dnf", "未完赛";
    Dns => "dns", "弃权";
});

/// One runner as the rules see them: an id (the bib orders the unplaced), a time in seconds when
/// finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub id: i64,
    pub bib: u32,
    pub status: RunnerStatus,
    /// Seconds from the start to the finish; `Some` exactly when `status` is `Finished`.
    pub seconds: Option<u32>,
}

/// A runner placed: `place` is `None` for everyone without a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub timing: Timing,
    pub place: Option<u32>,
}

/// Places one group: finishers by time (equal times share a place), then the rest unplaced.
pub fn place_by_time(runners: &[Timing]) -> Vec<Placed> {
    let mut sorted: Vec<Timing> = runners.to_vec();
    sorted.sort_by_key(|t| (t.seconds.is_none(), t.seconds, t.status, t.bib, t.id));
    let times: Vec<u32> = sorted.iter().filter_map(|t| t.seconds).collect();
    sorted
        .into_iter()
        .map(|timing| Placed {
            timing,
            place: timing
                .seconds
                .map(|s| times.partition_point(|&x| x < s) as u32 + 1),
        })
        .collect()
}

/// How a 科室's best N make its team score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TeamScore {
    /// 合计: the total of the best N times.
    Sum,
    /// 平均: their mean.
    Average,
}

labelled!(TeamScore {
    Sum => "sum", "合计用时";
    Average => "average", "平均用时";
});

/// A 科室 in the team ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamPlaced {
    pub team: i64,
    /// `None` with fewer than N finishers.
    pub place: Option<u32>,
    /// The runners counted (its best N, fastest first), or all its finishers when short.
    pub counted: Vec<i64>,
    /// The total of the counted times (placed teams only).
    pub total: Option<u64>,
    /// The score shown: the total, or the mean of the N rounded half up.
    pub score: Option<u64>,
    pub finishers: u32,
}

/// The team ranking: `finishers` are (team, runner, seconds), any order; teams are placed by the
/// total of their best `best` times. `best` is at least 1.
pub fn team_ranking(finishers: &[(i64, i64, u32)], best: u32, score: TeamScore) -> Vec<TeamPlaced> {
    let best = best.max(1) as usize;
    let mut teams: Vec<i64> = finishers.iter().map(|f| f.0).collect();
    teams.sort_unstable();
    teams.dedup();
    let mut out: Vec<TeamPlaced> = teams
        .into_iter()
        .map(|team| {
            let mut mine: Vec<(u32, i64)> = finishers
                .iter()
                .filter(|f| f.0 == team)
                .map(|f| (f.2, f.1))
                .collect();
            mine.sort_unstable();
            let finishers = mine.len() as u32;
            let full = mine.len() >= best;
            mine.truncate(best);
            let total: u64 = mine.iter().map(|m| u64::from(m.0)).sum();
            let n = best as u64;
            TeamPlaced {
                team,
                place: None,
                counted: mine.iter().map(|m| m.1).collect(),
                total: full.then_some(total),
                score: full.then_some(match score {
                    TeamScore::Sum => total,
                    TeamScore::Average => (2 * total + n) / (2 * n),
                }),
                finishers,
            }
        })
        .collect();
    let totals: Vec<u64> = {
        let mut t: Vec<u64> = out.iter().filter_map(|t| t.total).collect();
        t.sort_unstable();
        t
    };
    for t in &mut out {
        t.place = t
            .total
            .map(|x| totals.partition_point(|&y| y < x) as u32 + 1);
    }
    out.sort_by_key(|t| {
        (
            t.total.is_none(),
            t.total,
            std::cmp::Reverse(t.finishers),
            t.team,
        )
    });
    out
}

/// `1:02:03` (hours not padded), for times and team scores alike.
pub fn clock_text(seconds: u64) -> String {
    format!(
        "{}:{:02}:{:02}",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}
