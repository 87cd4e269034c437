//! Group standings by ITTF Handbook 3.7.5 (see [`super`]).

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{match_summary, TtMatch, TtMatchPoints, TtMatchSummary, TtRules};
use crate::contests::ContestError;

/// Why a player stands where he does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TtTieBreak {
    /// By match points in the whole group (no tie).
    MatchPoints,
    /// By match points in the matches among the tied players.
    HeadToHeadMatchPoints,
    /// By games ratio among the tied players.
    GamesRatio,
    /// By points ratio among the tied players.
    PointsRatio,
    /// By the organizer's drawing of lots.
    Lots,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TtStandingRow {
    /// Shared only by players still equal after every step and without lots.
    pub place: u32,
    #[ts(type = "number")]
    pub player: i64,
    pub played: u32,
    pub won: u32,
    pub lost: u32,
    pub match_points: u32,
    pub games_won: u32,
    pub games_lost: u32,
    pub points_won: u32,
    pub points_lost: u32,
    /// `false` when some of the player's matches were recorded by games only: the points above
    /// leave them out.
    pub points_kept: bool,
    /// The step that placed this player; `null` while the place is shared.
    pub decided_by: Option<TtTieBreak>,
}

/// won ÷ lost compared exactly; n ÷ 0 is above every finite ratio, 0 ÷ 0 counts as 0.
#[derive(Debug, Clone, Copy)]
struct Ratio(u64, u64);

impl Ord for Ratio {
    fn cmp(&self, other: &Self) -> Ordering {
        let inf = |r: &Ratio| r.1 == 0 && r.0 > 0;
        match (inf(self), inf(other)) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            _ => (self.0 * other.1.max(1)).cmp(&(other.0 * self.1.max(1))),
        }
    }
}
impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl PartialEq for Ratio {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Ratio {}

#[derive(Debug, Clone, Copy, Default)]
struct Line {
    played: u32,
    won: u32,
    lost: u32,
    match_points: u32,
    games: (u32, u32),
    points: (u32, u32),
    /// A match of this player was recorded by games only.
    points_missing: bool,
}

fn lines(players: &[i64], matches: &[&TtMatchSummary], mp: &TtMatchPoints) -> HashMap<i64, Line> {
    let mut out: HashMap<i64, Line> = players.iter().map(|&p| (p, Line::default())).collect();
    for m in matches {
        for (me, won) in [(m.winner, true), (m.loser, false)] {
            let l = out.get_mut(&me).expect("a known player");
            let (gf, ga, pf, pa) = if won {
                (m.games.0, m.games.1, m.points.0, m.points.1)
            } else {
                (m.games.1, m.games.0, m.points.1, m.points.0)
            };
            l.played += 1;
            if won {
                l.won += 1;
                l.match_points += mp.win;
            } else {
                l.lost += 1;
                l.match_points += if m.forfeited {
                    mp.forfeit_loss
                } else {
                    mp.loss
                };
            }
            l.games = (l.games.0 + gf, l.games.1 + ga);
            l.points = (l.points.0 + pf, l.points.1 + pa);
            l.points_missing |= !m.points_kept;
        }
    }
    out
}

/// Sorts `class` by `key` (high first, then id) and cuts it where the key changes.
fn split<K: Ord>(class: &[i64], key: impl Fn(i64) -> K) -> Vec<Vec<i64>> {
    let mut sorted = class.to_vec();
    sorted.sort_by(|&x, &y| key(y).cmp(&key(x)).then(x.cmp(&y)));
    let mut runs: Vec<Vec<i64>> = Vec::new();
    for p in sorted {
        match runs.last_mut() {
            Some(run) if key(run[0]) == key(p) => run.push(p),
            _ => runs.push(vec![p]),
        }
    }
    runs
}

/// ITTF 3.7.5.2–3.7.5.3 for one class of players with equal match points.
fn resolve(
    class: Vec<i64>,
    all: &[TtMatchSummary],
    mp: &TtMatchPoints,
) -> Vec<(Vec<i64>, Option<TtTieBreak>)> {
    let among: Vec<&TtMatchSummary> = all
        .iter()
        .filter(|m| class.contains(&m.winner) && class.contains(&m.loser))
        .collect();
    let l = lines(&class, &among, mp);
    let key = |step: TtTieBreak, p: i64| {
        let x = &l[&p];
        match step {
            TtTieBreak::GamesRatio => Ratio(x.games.0 as u64, x.games.1 as u64),
            TtTieBreak::PointsRatio => Ratio(x.points.0 as u64, x.points.1 as u64),
            _ => Ratio(x.match_points as u64, 1),
        }
    };
    // Points are compared only when every match among them kept its points (see [`super`]).
    let points_known = among.iter().all(|m| m.points_kept);
    for step in [
        TtTieBreak::HeadToHeadMatchPoints,
        TtTieBreak::GamesRatio,
        TtTieBreak::PointsRatio,
    ] {
        if step == TtTieBreak::PointsRatio && !points_known {
            continue;
        }
        let runs = split(&class, |p| key(step, p));
        if runs.len() > 1 {
            return runs
                .into_iter()
                .flat_map(|run| {
                    if run.len() == 1 {
                        vec![(run, Some(step))]
                    } else {
                        resolve(run, all, mp)
                    }
                })
                .collect();
        }
    }
    vec![(class, None)]
}

/// The standings of a group: every player once, by place.
pub fn tt_group_standings(
    players: &[i64],
    matches: &[TtMatch],
    rules: &TtRules,
    lots: &[i64],
) -> Result<Vec<TtStandingRow>, ContestError> {
    rules.check()?;
    crate::contests::check_distinct(players)?;
    let lot_pos = crate::contests::lot_positions(players, lots)?;
    let mut pairs = HashSet::new();
    let mut summaries = Vec::with_capacity(matches.len());
    for m in matches {
        for p in [m.a, m.b] {
            if !players.contains(&p) {
                return Err(ContestError::UnknownPlayer(p));
            }
        }
        if !pairs.insert((m.a.min(m.b), m.a.max(m.b))) {
            return Err(ContestError::DuplicateMatch { a: m.a, b: m.b });
        }
        summaries.push(match_summary(m, rules)?);
    }
    let mp = rules.match_points;
    let all: Vec<&TtMatchSummary> = summaries.iter().collect();
    let totals = lines(players, &all, &mp);

    let mut placed: Vec<(Vec<i64>, Option<TtTieBreak>)> = Vec::new();
    for run in split(players, |p| totals[&p].match_points) {
        if run.len() == 1 {
            placed.push((run, Some(TtTieBreak::MatchPoints)));
        } else {
            placed.extend(resolve(run, &summaries, &mp));
        }
    }

    let mut rows = Vec::with_capacity(players.len());
    let mut place = 1;
    for (mut class, decided_by) in placed {
        let by_lot = class.len() > 1 && class.iter().all(|p| lot_pos.contains_key(p));
        if by_lot {
            class.sort_by_key(|p| lot_pos[p]);
        }
        for (i, &p) in class.iter().enumerate() {
            let l = totals[&p];
            rows.push(TtStandingRow {
                place: if by_lot { place + i as u32 } else { place },
                player: p,
                played: l.played,
                won: l.won,
                lost: l.lost,
                match_points: l.match_points,
                games_won: l.games.0,
                games_lost: l.games.1,
                points_won: l.points.0,
                points_lost: l.points.1,
                points_kept: !l.points_missing,
                decided_by: if by_lot {
                    Some(TtTieBreak::Lots)
                } else {
                    decided_by
                },
            });
        }
        place += class.len() as u32;
    }
    Ok(rows)
}
