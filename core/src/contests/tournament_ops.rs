//! Tournaments in the store: the draw of an activity's players, results entered match by match,
//! the standings worked out from the results on every read, finishing.
//!
//! Every write runs in one IMMEDIATE transaction and changes nothing when it refuses. The pure
//! rules of [`super`] do the work: [`round_robin`] makes the schedule, [`first_round`] the first
//! round of a knockout (the rest in `tournament_knockout`), `pair_round` each Swiss round (in
//! `tournament_swiss`); [`match_summary`] checks a 乒乓球 result, [`tt_group_standings`] and
//! [`chess_standings`] place the players. In a round robin with an odd number of players the bye
//! (轮空) scores nothing, since everybody has one; a Swiss bye counts as a win.

use chrono::NaiveDateTime;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use serde::de::DeserializeOwned;

use super::tournament::*;
use super::tournament_groups::{group_draw, group_standings};
use super::tournament_knockout::{advance, knockout_places, winner_of};
use super::tournament_store::{self as store, MatchRow, TournamentRow};
use super::tournament_swiss::{swiss_games, swiss_round};
use super::{
    chess_standings, match_summary, round_robin, tt_group_standings, ChessGame, RoundRobinOptions,
    TtMatch, TtRules,
};
use super::{default_rounds, first_round, max_rounds, ContestError, RoundRobinRound};
use crate::activities::{self, ActivityKind, ActivityState, SignupStatus, TIME_FORMAT};
use crate::error::StoreError;

pub(super) fn write(conn: &mut Connection) -> Result<Transaction<'_>, TournamentError> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

fn time_text(t: NaiveDateTime) -> String {
    t.format(TIME_FORMAT).to_string()
}

pub(super) fn from_json<T: DeserializeOwned>(s: &str) -> Result<T, TournamentError> {
    serde_json::from_str(s).map_err(|e| {
        StoreError::Sql(rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            Box::new(e),
        ))
        .into()
    })
}

fn to_json<T: serde::Serialize>(x: &T) -> String {
    serde_json::to_string(x).expect("rules and results always serialize")
}

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
    let sport = match activity.kind {
        ActivityKind::TableTennis => Sport::TableTennis,
        ActivityKind::Chess => Sport::Chess,
        other => return Err(TournamentError::NotATournamentKind(other.label().into())),
    };
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

/// A match to store: (round, cycle, board, third place), first, second (`None`: a bye).
pub(super) type Planned = ((u32, u32, u32, bool), i64, Option<i64>);

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

/// The tournament of an activity, if its draw has been made.
pub fn get_tournament(
    conn: &Connection,
    activity_id: i64,
) -> Result<Option<Tournament>, TournamentError> {
    match store::tournament_of_activity(conn, activity_id)? {
        Some(row) => Ok(Some(view(conn, row)?)),
        None => Ok(None),
    }
}

pub(super) fn drawn(conn: &Connection, activity_id: i64) -> Result<TournamentRow, TournamentError> {
    store::tournament_of_activity(conn, activity_id)?.ok_or(TournamentError::NotDrawn)
}

/// 录入成绩, or corrects one: the standings follow at once; the schedule never changes.
pub fn record_result(
    conn: &mut Connection,
    match_id: i64,
    result: &MatchResult,
    now: NaiveDateTime,
) -> Result<Tournament, TournamentError> {
    let tx = write(conn)?;
    let m = store::one_match(&tx, match_id)?.ok_or(TournamentError::MatchNotFound)?;
    let row = store::tournament(&tx, m.tournament_id)?.ok_or(TournamentError::NotDrawn)?;
    if row.finished_at.is_some() {
        return Err(TournamentError::Finished);
    }
    let Some(second) = m.second else {
        let name = store::players(&tx, row.id)?
            .into_iter()
            .find(|p| p.staff_id == m.first)
            .map(|p| p.name)
            .unwrap_or_default();
        return Err(TournamentError::ByeHasNoResult(name));
    };
    let rules: TournamentRules = from_json(&row.rules)?;
    match (&rules, result) {
        (TournamentRules::TableTennis(r), MatchResult::TableTennis(outcome)) => {
            let tt = TtMatch {
                a: m.first,
                b: second,
                outcome: outcome.clone(),
            };
            match_summary(&tt, r)?;
        }
        (TournamentRules::Chess(_), MatchResult::Chess(_)) => {}
        _ => {
            return Err(TournamentError::WrongSport {
                expected: row.sport.label(),
            })
        }
    }
    let knockout = match row.format {
        TournamentFormat::Knockout => true,
        TournamentFormat::GroupsKnockout if m.group.is_none() => true,
        TournamentFormat::GroupsKnockout => {
            let stored = store::matches(&tx, row.id)?;
            if stored.iter().any(|k| k.group.is_none()) {
                // The knockout was drawn from the group results: they are final now.
                return Err(TournamentError::KnockoutStarted);
            }
            false
        }
        _ => false,
    };
    if knockout {
        winner_of(m.first, second, result, &rules)?;
    }
    store::set_result(&tx, match_id, &to_json(result), &time_text(now))?;
    if knockout {
        advance(&tx, &row, &rules)?;
    }
    let view = view(&tx, row)?;
    tx.commit()?;
    Ok(view)
}

/// 结束比赛: every match has its result; afterwards results can no longer change.
pub fn finish_tournament(
    conn: &mut Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<Tournament, TournamentError> {
    let tx = write(conn)?;
    let row = drawn(&tx, activity_id)?;
    if row.finished_at.is_some() {
        return Err(TournamentError::Finished);
    }
    let stored = store::matches(&tx, row.id)?;
    let open = stored
        .iter()
        .filter(|m| m.second.is_some() && m.result.is_none())
        .count();
    if open > 0 {
        return Err(TournamentError::NotComplete(open as u32));
    }
    if row.format == TournamentFormat::GroupsKnockout && stored.iter().all(|m| m.group.is_some()) {
        return Err(TournamentError::KnockoutNotStarted);
    }
    if let Some(planned) = row.rounds {
        let paired = stored.iter().map(|m| m.round).max().unwrap_or(0);
        if paired < planned {
            return Err(TournamentError::RoundsLeft {
                planned,
                left: planned - paired,
            });
        }
    }
    store::set_finished(&tx, row.id, &time_text(now))?;
    let row = drawn(&tx, activity_id)?;
    let view = view(&tx, row)?;
    tx.commit()?;
    Ok(view)
}

/// Records the organizer's drawing of lots (抽签) for players still sharing a place; checked
/// against the players and used for those it lists all of.
pub fn set_tournament_lots(
    conn: &mut Connection,
    activity_id: i64,
    lots: &[i64],
) -> Result<Tournament, TournamentError> {
    let tx = write(conn)?;
    let row = drawn(&tx, activity_id)?;
    if row.finished_at.is_some() {
        return Err(TournamentError::Finished);
    }
    let started = row.format == TournamentFormat::GroupsKnockout
        && store::matches(&tx, row.id)?
            .iter()
            .any(|m| m.group.is_none());
    if started {
        // The knockout was drawn from the group places: they are final now.
        return Err(TournamentError::KnockoutStarted);
    }
    store::set_lots(&tx, row.id, &to_json(&lots))?;
    let row = drawn(&tx, activity_id)?;
    let view = view(&tx, row)?;
    tx.commit()?;
    Ok(view)
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
    tx.commit()?;
    Ok(())
}

/// What the window shows, with the standings worked out from the results as they are now.
pub(super) fn view(conn: &Connection, row: TournamentRow) -> Result<Tournament, TournamentError> {
    let rules: TournamentRules = from_json(&row.rules)?;
    let lots: Vec<i64> = from_json(&row.lots)?;
    let players = store::players(conn, row.id)?;
    let ids: Vec<i64> = players.iter().map(|p| p.staff_id).collect();
    let stored = store::matches(conn, row.id)?;

    let mut rounds: Vec<TournamentRound> = Vec::new();
    let mut tt_matches = Vec::new();
    let mut chess_games = Vec::new();
    let (mut recorded, mut total) = (0, 0);
    for m in &stored {
        if rounds.last().is_none_or(|r| r.round != m.round) {
            rounds.push(TournamentRound {
                round: m.round,
                cycle: m.cycle,
                matches: Vec::new(),
                byes: Vec::new(),
                complete: true,
            });
        }
        let round = rounds.last_mut().expect("just pushed");
        let Some(second) = m.second else {
            round.byes.push(m.first);
            continue;
        };
        total += 1;
        let result: Option<MatchResult> = m.result.as_deref().map(from_json).transpose()?;
        let games = match (&result, &rules) {
            (Some(MatchResult::TableTennis(outcome)), TournamentRules::TableTennis(r)) => {
                let tt = TtMatch {
                    a: m.first,
                    b: second,
                    outcome: outcome.clone(),
                };
                let games = tt_games(&tt, r)?;
                tt_matches.push(tt);
                Some(games)
            }
            (Some(MatchResult::Chess(result)), TournamentRules::Chess(_)) => {
                chess_games.push(ChessGame {
                    round: m.round,
                    red: m.first,
                    black: second,
                    result: *result,
                });
                None
            }
            _ => None,
        };
        if result.is_some() {
            recorded += 1;
        } else {
            round.complete = false;
        }
        round.matches.push(to_match(m, second, result, games));
    }

    let knockout_started = stored.iter().any(|m| m.group.is_none());
    let standings = match &rules {
        _ if row.format == TournamentFormat::Knockout => {
            Standings::Knockout(knockout_places(&ids, stored, &rules)?)
        }
        TournamentRules::TableTennis(r) if row.format == TournamentFormat::GroupsKnockout => {
            let knockout: Vec<MatchRow> = stored
                .iter()
                .filter(|m| m.group.is_none())
                .cloned()
                .collect();
            let mut through: Vec<i64> = Vec::new();
            for m in &knockout {
                for p in [Some(m.first), m.second].into_iter().flatten() {
                    if !through.contains(&p) {
                        through.push(p);
                    }
                }
            }
            through.sort_by_key(|p| ids.iter().position(|x| x == p));
            Standings::Groups {
                groups: group_standings(&players, &stored, r, &lots)?,
                knockout: knockout_places(&through, knockout, &rules)?,
            }
        }
        TournamentRules::TableTennis(r) => {
            Standings::TableTennis(tt_group_standings(&ids, &tt_matches, r, &lots)?)
        }
        TournamentRules::Chess(r) => {
            // A round-robin bye scores nothing (everybody has one); a Swiss bye counts as a win.
            let byes = if row.format == TournamentFormat::Swiss {
                swiss_games(&stored)?.1
            } else {
                Vec::new()
            };
            Standings::Chess(chess_standings(&ids, &chess_games, &byes, r, &lots)?)
        }
    };
    Ok(Tournament {
        id: row.id,
        activity_id: row.activity_id,
        format: row.format,
        double: row.double,
        third_place: row.third_place,
        planned_rounds: row.rounds,
        groups: row
            .groups
            .zip(row.advance)
            .map(|(groups, advance)| GroupsPlan { groups, advance }),
        knockout_started: row.format == TournamentFormat::GroupsKnockout && knockout_started,
        rules,
        players,
        rounds,
        standings,
        lots,
        recorded,
        total,
        finished_at: row.finished_at,
    })
}

/// Games won (first, second) as counted in the standings.
fn tt_games(m: &TtMatch, rules: &TtRules) -> Result<(u32, u32), TournamentError> {
    let s = match_summary(m, rules)?;
    Ok(if s.winner == m.a {
        s.games
    } else {
        (s.games.1, s.games.0)
    })
}

fn to_match(
    m: &MatchRow,
    second: i64,
    result: Option<MatchResult>,
    games: Option<(u32, u32)>,
) -> TournamentMatch {
    TournamentMatch {
        id: m.id,
        round: m.round,
        board: m.board,
        third_place: m.third_place,
        group: m.group.clone(),
        first: m.first,
        second,
        result,
        games,
    }
}
