//! Groups then knockout (乒乓球): the players are drawn into groups by snake seeding, each group
//! plays a round robin (stored at the draw, rounds numbered across the groups), and when every
//! group match has its result the organizer starts the knockout: the top `advance` of each group
//! by the ITTF group rule, group winners first ([`qualifiers`]), seeded into [`first_round`]. From
//! then on the group results are final, so the knockout never changes under the players' feet.

use super::model::*;
use super::store::{from_json, MatchRow};
use crate::contests::{
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
