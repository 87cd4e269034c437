//! 录入成绩 and after: results entered match by match (a knockout advances by itself), the
//! organizer's drawing of lots for shared places, and finishing, after which nothing changes.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::knockout::{advance, winner_of};
use super::model::*;
use super::store::{self, drawn, from_json, to_json};
use super::view::view;
use crate::contests::{match_summary, TtMatch};
use crate::store::write;
use crate::time::time_text;

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
