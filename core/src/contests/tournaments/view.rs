//! What the window shows of a stored tournament: the rounds with their matches and byes, and the
//! standings worked out from the results as they are now, on every read.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::groups::group_standings;
use super::knockout::knockout_places;
use super::model::*;
use super::store::{self, from_json, MatchRow, TournamentRow};
use super::swiss::swiss_games;
use crate::auth::Role;
use crate::contests::{
    chess_standings, match_summary, tt_group_standings, ChessGame, TtMatch, TtRules,
};

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

/// [`get_tournament`] as `viewer` may see it: staff are told of no draft activity, so not of its
/// draw either.
pub fn tournament_for(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<Option<Tournament>, TournamentError> {
    crate::activities::activity_for(conn, activity_id, now, viewer)?;
    get_tournament(conn, activity_id)
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
