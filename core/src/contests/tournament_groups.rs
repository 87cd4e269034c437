//! Groups then knockout (乒乓球): the players are drawn into groups by snake seeding, each group
//! plays a round robin (stored at the draw, rounds numbered across the groups), and when every
//! group match has its result the organizer starts the knockout: the top `advance` of each group
//! by the ITTF group rule, group winners first ([`qualifiers`]), seeded into [`first_round`]. From
//! then on the group results are final, so the knockout never changes under the players' feet.

use rusqlite::Connection;

use super::tournament::*;
use super::tournament_ops::{drawn, from_json, view, write};
use super::tournament_store::{self as store, MatchRow};
use super::{
    first_round, qualifiers, round_robin, snake_groups, tt_group_standings, RoundRobinOptions,
    TtMatch, TtRules,
};

/// The groups (label, players in seed order) and their matches: (round, board), group, first,
/// second (`None`: a bye).
pub(super) type GroupDraw = (
    Vec<(String, Vec<i64>)>,
    Vec<((u32, u32), String, i64, Option<i64>)>,
);

/// Draws the groups and their round robins for `ids` in seed order.
pub(super) fn group_draw(input: &DrawInput, ids: &[i64]) -> Result<GroupDraw, TournamentError> {
    let (TournamentRules::TableTennis(_), Some(plan)) = (&input.rules, input.groups) else {
        return Err(TournamentError::GroupsForTableTennisOnly);
    };
    let groups = snake_groups(ids, plan.groups as usize)?;
    let orders: Vec<Vec<i64>> = groups.iter().map(|g| g.players.clone()).collect();
    let through: Vec<i64> = qualifiers(&orders, plan.advance as usize)?
        .iter()
        .map(|q| q.player)
        .collect();
    first_round(&through)?;

    let mut matches = Vec::new();
    let mut boards: Vec<u32> = Vec::new();
    for g in &groups {
        for r in round_robin(&g.players, &RoundRobinOptions::default())? {
            let i = r.round as usize - 1;
            if boards.len() <= i {
                boards.push(0);
            }
            for f in &r.fixtures {
                boards[i] += 1;
                matches.push((
                    (r.round, boards[i]),
                    g.label.clone(),
                    f.first,
                    Some(f.second),
                ));
            }
            if let Some(bye) = r.bye {
                boards[i] += 1;
                matches.push(((r.round, boards[i]), g.label.clone(), bye, None));
            }
        }
    }
    let groups = groups.into_iter().map(|g| (g.label, g.players)).collect();
    Ok((groups, matches))
}

/// Each group's standings from its results (lots counted for the group's own players).
pub(super) fn group_standings(
    players: &[TournamentPlayer],
    stored: &[MatchRow],
    rules: &TtRules,
    lots: &[i64],
) -> Result<Vec<GroupStandings>, TournamentError> {
    let mut labels: Vec<String> = players.iter().filter_map(|p| p.group.clone()).collect();
    labels.sort();
    labels.dedup();
    let mut out = Vec::new();
    for label in labels {
        let ids: Vec<i64> = players
            .iter()
            .filter(|p| p.group.as_ref() == Some(&label))
            .map(|p| p.staff_id)
            .collect();
        let mut matches = Vec::new();
        for m in stored.iter().filter(|m| m.group.as_ref() == Some(&label)) {
            if let (Some(b), Some(result)) = (m.second, &m.result) {
                if let MatchResult::TableTennis(outcome) = from_json(result)? {
                    matches.push(TtMatch {
                        a: m.first,
                        b,
                        outcome,
                    });
                }
            }
        }
        let lots: Vec<i64> = lots.iter().copied().filter(|p| ids.contains(p)).collect();
        let rows = tt_group_standings(&ids, &matches, rules, &lots)?;
        out.push(GroupStandings { label, rows });
    }
    Ok(out)
}

/// 进入淘汰赛: every group match has its result and the places that go through are decided.
pub fn start_knockout(
    conn: &mut Connection,
    activity_id: i64,
) -> Result<Tournament, TournamentError> {
    let tx = write(conn)?;
    let row = drawn(&tx, activity_id)?;
    if row.finished_at.is_some() {
        return Err(TournamentError::Finished);
    }
    let (TournamentFormat::GroupsKnockout, Some(advance)) = (row.format, row.advance) else {
        return Err(TournamentError::GroupsForTableTennisOnly);
    };
    let TournamentRules::TableTennis(rules) = from_json(&row.rules)? else {
        return Err(TournamentError::GroupsForTableTennisOnly);
    };
    let stored = store::matches(&tx, row.id)?;
    if stored.iter().any(|m| m.group.is_none()) {
        return Err(TournamentError::KnockoutStarted);
    }
    let open = stored
        .iter()
        .filter(|m| m.second.is_some() && m.result.is_none())
        .count();
    if open > 0 {
        return Err(TournamentError::GroupsNotComplete(open as u32));
    }
    let lots: Vec<i64> = from_json(&row.lots)?;
    let players = store::players(&tx, row.id)?;
    let mut orders = Vec::new();
    for g in group_standings(&players, &stored, &rules, &lots)? {
        let k = advance as usize;
        // Every place up to the first one left out must be decided, for qualifying and seeding.
        for (i, r) in g.rows.iter().enumerate().take(k) {
            let shared = g.rows.iter().filter(|o| o.place == r.place).count() > 1;
            if shared && (i + 1 < g.rows.len()) {
                return Err(TournamentError::QualifierTied {
                    group: g.label.clone(),
                    place: r.place,
                });
            }
        }
        orders.push(g.rows.iter().map(|r| r.player).collect::<Vec<i64>>());
    }
    let through: Vec<i64> = qualifiers(&orders, advance as usize)?
        .iter()
        .map(|q| q.player)
        .collect();
    let next = stored.iter().map(|m| m.round).max().unwrap_or(0) + 1;
    for m in first_round(&through)? {
        if let Some(first) = m.first {
            store::insert_match(&tx, row.id, (next, 1, m.number, false), first, m.second)?;
        }
    }
    let view = view(&tx, row)?;
    tx.commit()?;
    Ok(view)
}
