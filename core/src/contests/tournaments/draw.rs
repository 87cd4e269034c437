//! 编排: the draw of an activity's players (the whole round robin, or the first round of a
//! knockout, of a Swiss tournament or the groups), the knockout after the groups, each next Swiss
//! round, and 重新编排 while no result is in. The draw ends the activity's sign-up.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::groups::{group_draw, group_standings};
use super::model::*;
use super::store::{self, drawn, from_json, to_json, Planned};
use super::swiss::swiss_round;
use super::view::view;
use crate::activities::{self, ActivityState, SignupStatus};
use crate::contests::{
    chess_standings, default_rounds, first_round, max_rounds, qualifiers, round_robin,
    ContestError, RoundRobinOptions, RoundRobinRound,
};
use crate::store::write;
use crate::time::time_text;

/// 编排对阵: fixes the players (the activity's confirmed individual sign-ups) and their seeds, and
/// stores the whole schedule.
pub fn make_draw(
    conn: &mut Connection,
    activity_id: i64,
    input: &DrawInput,
    now: NaiveDateTime,
) -> Result<Tournament, TournamentError> {
    let tx = write(conn)?;
    let activity = activities::get_activity(&tx, activity_id, now)?;
    let sport = Sport::of_kind(activity.kind)
        .ok_or_else(|| TournamentError::NotATournamentKind(activity.kind.label().into()))?;
    if activity.state == ActivityState::Cancelled {
        return Err(TournamentError::ActivityCancelled(activity.title));
    }
    if activity.team_mode {
        return Err(TournamentError::TeamsNotSupported);
    }
    if store::tournament_of_activity(&tx, activity_id)?.is_some() {
        return Err(TournamentError::AlreadyDrawn);
    }
    if input.rules.sport() != sport {
        return Err(TournamentError::WrongRules(sport.label()));
    }
    // A knockout, or groups then a knockout: the 季军赛 applies to both.
    let knockout = matches!(
        input.format,
        TournamentFormat::Knockout | TournamentFormat::GroupsKnockout
    );
    if input.double && (sport == Sport::TableTennis || input.format != TournamentFormat::RoundRobin)
    {
        return Err(TournamentError::DoubleNotSupported);
    }

    let entries: Vec<TournamentPlayer> = activities::signups(&tx, activity_id)?
        .into_iter()
        .filter(|s| s.status == SignupStatus::Confirmed)
        .filter_map(|s| s.members.into_iter().next())
        .map(|m| TournamentPlayer {
            staff_id: m.staff_id,
            seed: 0,
            name: m.name,
            department_name: m.department_name,
            group: None,
        })
        .collect();
    let players = seeded(entries, &input.seeds)?;
    // The players are fixed now: a later sign-up would be in no match.
    activities::fix_contest_field(&tx, activity_id, now)?;
    let ids: Vec<i64> = players.iter().map(|p| p.staff_id).collect();
    match &input.rules {
        TournamentRules::TableTennis(r) => r.check()?,
        TournamentRules::Chess(r) => {
            chess_standings(&ids, &[], &[], r, &[])?;
        }
    }
    let (schedule, planned) = first_schedule(input, &ids)?;
    let grouped = match input.format {
        TournamentFormat::GroupsKnockout => Some(group_draw(input, &ids)?),
        _ => None,
    };
    let plan = grouped
        .as_ref()
        .and(input.groups)
        .map(|g| (g.groups, g.advance));
    let rules = to_json(&input.rules);
    let new = store::NewTournament {
        activity_id,
        sport,
        format: input.format,
        double: input.double,
        third_place: input.third_place && knockout,
        rounds: planned,
        groups: plan,
        rules: &rules,
    };
    let id = store::insert_tournament(&tx, &new, &time_text(now))?;
    for p in &players {
        let group = grouped.as_ref().and_then(|(groups, _)| {
            groups
                .iter()
                .find(|(_, members)| members.contains(&p.staff_id))
                .map(|(label, _)| label.clone())
        });
        store::insert_player(&tx, id, &TournamentPlayer { group, ..p.clone() })?;
    }
    for (at, first, second) in schedule {
        store::insert_match(&tx, id, at, first, second)?;
    }
    for (at, group, first, second) in grouped.map(|(_, m)| m).unwrap_or_default() {
        store::insert_group_match(&tx, id, at, &group, first, second)?;
    }
    let row = store::tournament(&tx, id)?.ok_or(TournamentError::NotDrawn)?;
    let view = view(&tx, row)?;
    tx.commit()?;
    Ok(view)
}

/// What is paired at the draw: the whole round robin, the first round of a knockout or of a Swiss
/// tournament (with the number of Swiss rounds planned).
fn first_schedule(
    input: &DrawInput,
    ids: &[i64],
) -> Result<(Vec<Planned>, Option<u32>), TournamentError> {
    let mut schedule = Vec::new();
    match input.format {
        TournamentFormat::Knockout => {
            for m in first_round(ids)? {
                if let Some(first) = m.first {
                    schedule.push(((1, 1, m.number, false), first, m.second));
                }
            }
            Ok((schedule, None))
        }
        TournamentFormat::Swiss => {
            let TournamentRules::Chess(rules) = &input.rules else {
                return Err(TournamentError::SwissForChessOnly);
            };
            let planned = input.rounds.unwrap_or_else(|| default_rounds(ids.len()));
            let schedule = swiss_round(ids, &[], rules, 1)?;
            if planned == 0 || planned > max_rounds(ids.len()) {
                return Err(ContestError::TooManyRounds {
                    rounds: planned,
                    max: max_rounds(ids.len()),
                    players: ids.len(),
                }
                .into());
            }
            Ok((schedule, Some(planned)))
        }
        TournamentFormat::GroupsKnockout => Ok((schedule, None)),
        TournamentFormat::RoundRobin => {
            let options = RoundRobinOptions {
                double: input.double,
                swap_last_two_rounds: input.double,
            };
            for RoundRobinRound {
                round,
                cycle,
                fixtures,
                bye,
            } in round_robin(ids, &options)?
            {
                for f in &fixtures {
                    schedule.push(((round, cycle, f.board, false), f.first, Some(f.second)));
                }
                if let Some(bye) = bye {
                    let board = fixtures.len() as u32 + 1;
                    schedule.push(((round, cycle, board, false), bye, None));
                }
            }
            Ok((schedule, None))
        }
    }
}

/// The players in seed order: `seeds` (staff ids) or, when empty, the order of sign-up.
fn seeded(
    mut entries: Vec<TournamentPlayer>,
    seeds: &[i64],
) -> Result<Vec<TournamentPlayer>, TournamentError> {
    if !seeds.is_empty() {
        let expected = entries.len();
        let invalid = |reason: String| TournamentError::InvalidSeeds { expected, reason };
        if seeds.len() != entries.len() {
            return Err(invalid(format!("现在列了 {} 名", seeds.len())));
        }
        let mut ordered = Vec::with_capacity(seeds.len());
        for &s in seeds {
            let i = entries
                .iter()
                .position(|p| p.staff_id == s)
                .ok_or_else(|| invalid(format!("编号 {s} 不是已报名选手或重复了")))?;
            ordered.push(entries.remove(i));
        }
        entries = ordered;
    }
    for (i, p) in entries.iter_mut().enumerate() {
        p.seed = i as u32 + 1;
    }
    Ok(entries)
}

/// 重新编排: removes a draw on which no result has been entered yet.
pub fn cancel_draw(conn: &mut Connection, activity_id: i64) -> Result<(), TournamentError> {
    let tx = write(conn)?;
    let row = drawn(&tx, activity_id)?;
    let recorded = store::matches(&tx, row.id)?
        .iter()
        .filter(|m| m.result.is_some())
        .count();
    if recorded > 0 {
        return Err(TournamentError::HasResults(recorded as u32));
    }
    store::delete_tournament(&tx, row.id)?;
    activities::release_contest_field(&tx, activity_id)?;
    tx.commit()?;
    Ok(())
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

/// 编排下一轮 of a Swiss tournament, once every game of the current round has its result.
pub fn pair_next_round(
    conn: &mut Connection,
    activity_id: i64,
) -> Result<Tournament, TournamentError> {
    let tx = write(conn)?;
    let row = drawn(&tx, activity_id)?;
    if row.finished_at.is_some() {
        return Err(TournamentError::Finished);
    }
    let (Some(planned), TournamentFormat::Swiss) = (row.rounds, row.format) else {
        return Err(TournamentError::NotSwiss);
    };
    let TournamentRules::Chess(rules) = from_json(&row.rules)? else {
        return Err(TournamentError::SwissForChessOnly);
    };
    let stored = store::matches(&tx, row.id)?;
    let current = stored.iter().map(|m| m.round).max().unwrap_or(0);
    let open = stored
        .iter()
        .filter(|m| m.round == current && m.second.is_some() && m.result.is_none())
        .count();
    if open > 0 {
        return Err(TournamentError::RoundNotComplete {
            round: current,
            open: open as u32,
        });
    }
    if current >= planned {
        return Err(TournamentError::AllRoundsPaired(planned));
    }
    let ids: Vec<i64> = store::players(&tx, row.id)?
        .iter()
        .map(|p| p.staff_id)
        .collect();
    for (at, first, second) in swiss_round(&ids, &stored, &rules, current + 1)? {
        store::insert_match(&tx, row.id, at, first, second)?;
    }
    let view = view(&tx, row)?;
    tx.commit()?;
    Ok(view)
}
