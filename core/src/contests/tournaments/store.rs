//! SQL for tournaments only. Nothing here commits; the functions of `draw` and `results` own the
//! transactions ([`crate::store::write`]). Rules and results are stored as JSON of their serde form.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::de::DeserializeOwned;

use super::model::{Sport, TournamentError, TournamentFormat, TournamentPlayer};
use crate::error::StoreError;

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

pub(super) fn to_json<T: serde::Serialize>(x: &T) -> String {
    serde_json::to_string(x).expect("rules and results always serialize")
}

/// A match to store: (round, cycle, board, third place), first, second (`None`: a bye).
pub(super) type Planned = ((u32, u32, u32, bool), i64, Option<i64>);

pub(super) fn drawn(conn: &Connection, activity_id: i64) -> Result<TournamentRow, TournamentError> {
    tournament_of_activity(conn, activity_id)?.ok_or(TournamentError::NotDrawn)
}

/// The stored row of a tournament.
pub struct TournamentRow {
    pub id: i64,
    pub activity_id: i64,
    pub sport: Sport,
    pub format: TournamentFormat,
    pub double: bool,
    pub third_place: bool,
    pub rounds: Option<u32>,
    pub groups: Option<u32>,
    pub advance: Option<u32>,
    pub rules: String,
    pub lots: String,
    pub finished_at: Option<String>,
}

/// A stored match; `second` is `None` for a bye.
#[derive(Clone)]
pub struct MatchRow {
    pub id: i64,
    pub tournament_id: i64,
    pub round: u32,
    pub cycle: u32,
    pub board: u32,
    pub third_place: bool,
    pub group: Option<String>,
    pub first: i64,
    pub second: Option<i64>,
    pub result: Option<String>,
}

fn bad_text(i: usize, what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        i,
        rusqlite::types::Type::Text,
        format!("unknown {what}").into(),
    )
}

fn tournament_row(r: &Row) -> rusqlite::Result<TournamentRow> {
    Ok(TournamentRow {
        id: r.get(0)?,
        activity_id: r.get(1)?,
        sport: Sport::from_sql(&r.get::<_, String>(2)?).ok_or_else(|| bad_text(2, "sport"))?,
        format: TournamentFormat::from_sql(&r.get::<_, String>(3)?)
            .ok_or_else(|| bad_text(3, "format"))?,
        double: r.get(4)?,
        rules: r.get(5)?,
        lots: r.get(6)?,
        finished_at: r.get(7)?,
        third_place: r.get(8)?,
        rounds: r.get(9)?,
        groups: r.get(10)?,
        advance: r.get(11)?,
    })
}

const TOURNAMENT: &str = "SELECT id, activity_id, sport, format, double_round, rules, lots, \
                          finished_at, third_place, rounds, groups, advance FROM tournament";

/// The tournament whose `key` column (`id`, or `activity_id`: one tournament an activity) is `value`.
fn tournament_by(
    conn: &Connection,
    key: &'static str,
    value: i64,
) -> rusqlite::Result<Option<TournamentRow>> {
    conn.query_row(
        &format!("{TOURNAMENT} WHERE {key} = ?1"),
        [value],
        tournament_row,
    )
    .optional()
}

pub fn tournament_of_activity(
    conn: &Connection,
    activity_id: i64,
) -> rusqlite::Result<Option<TournamentRow>> {
    tournament_by(conn, "activity_id", activity_id)
}

pub fn tournament(conn: &Connection, id: i64) -> rusqlite::Result<Option<TournamentRow>> {
    tournament_by(conn, "id", id)
}

/// A new tournament row: what the organizer chose at the draw.
pub struct NewTournament<'a> {
    pub activity_id: i64,
    pub sport: Sport,
    pub format: TournamentFormat,
    pub double: bool,
    pub third_place: bool,
    /// Swiss rounds planned.
    pub rounds: Option<u32>,
    /// (groups, advancing from each)
    pub groups: Option<(u32, u32)>,
    pub rules: &'a str,
}

pub fn insert_tournament(conn: &Connection, t: &NewTournament, now: &str) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO tournament (activity_id, sport, format, double_round, third_place, rounds,
                                 groups, advance, rules, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            t.activity_id,
            t.sport.as_sql(),
            t.format.as_sql(),
            t.double,
            t.third_place,
            t.rounds,
            t.groups.map(|g| g.0),
            t.groups.map(|g| g.1),
            t.rules,
            now
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn insert_player(
    conn: &Connection,
    tournament_id: i64,
    p: &TournamentPlayer,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO tournament_player (tournament_id, staff_id, seed, name, department_name,
                                        group_label)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            tournament_id,
            p.staff_id,
            p.seed,
            p.name,
            p.department_name,
            p.group
        ],
    )?;
    Ok(())
}

pub fn insert_match(
    conn: &Connection,
    tournament_id: i64,
    (round, cycle, board, third_place): (u32, u32, u32, bool),
    first: i64,
    second: Option<i64>,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO tournament_match (tournament_id, round, cycle, board, third_place, first,
                                       second)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            tournament_id,
            round,
            cycle,
            board,
            third_place,
            first,
            second
        ],
    )?;
    Ok(())
}

/// A group-stage match (`second` `None`: a bye within the group).
pub fn insert_group_match(
    conn: &Connection,
    tournament_id: i64,
    (round, board): (u32, u32),
    group: &str,
    first: i64,
    second: Option<i64>,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO tournament_match (tournament_id, round, board, group_label, first, second)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![tournament_id, round, board, group, first, second],
    )?;
    Ok(())
}

/// Puts other players into a match not yet played (a knockout pairing after a correction).
pub fn set_match_players(
    conn: &Connection,
    match_id: i64,
    first: i64,
    second: Option<i64>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE tournament_match SET first = ?2, second = ?3 WHERE id = ?1 AND result IS NULL",
        params![match_id, first, second],
    )?;
    Ok(())
}

pub fn players(conn: &Connection, tournament_id: i64) -> rusqlite::Result<Vec<TournamentPlayer>> {
    let mut st = conn.prepare(
        "SELECT staff_id, seed, name, department_name, group_label FROM tournament_player
         WHERE tournament_id = ?1 ORDER BY seed",
    )?;
    let rows = st.query_map([tournament_id], |r| {
        Ok(TournamentPlayer {
            staff_id: r.get(0)?,
            seed: r.get(1)?,
            name: r.get(2)?,
            department_name: r.get(3)?,
            group: r.get(4)?,
        })
    })?;
    rows.collect()
}

fn match_row(r: &Row) -> rusqlite::Result<MatchRow> {
    Ok(MatchRow {
        id: r.get(0)?,
        tournament_id: r.get(1)?,
        round: r.get(2)?,
        cycle: r.get(3)?,
        board: r.get(4)?,
        first: r.get(5)?,
        second: r.get(6)?,
        result: r.get(7)?,
        third_place: r.get(8)?,
        group: r.get(9)?,
    })
}

const MATCH: &str = "SELECT id, tournament_id, round, cycle, board, first, second, result, \
                     third_place, group_label FROM tournament_match";

/// Every match of a tournament, by round and board.
pub fn matches(conn: &Connection, tournament_id: i64) -> rusqlite::Result<Vec<MatchRow>> {
    let mut st = conn.prepare(&format!(
        "{MATCH} WHERE tournament_id = ?1 ORDER BY round, board"
    ))?;
    let rows = st.query_map([tournament_id], match_row)?;
    rows.collect()
}

pub fn one_match(conn: &Connection, id: i64) -> rusqlite::Result<Option<MatchRow>> {
    conn.query_row(&format!("{MATCH} WHERE id = ?1"), [id], match_row)
        .optional()
}

pub fn set_result(
    conn: &Connection,
    match_id: i64,
    result: &str,
    now: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE tournament_match SET result = ?2, recorded_at = ?3 WHERE id = ?1",
        params![match_id, result, now],
    )?;
    Ok(())
}

pub fn set_finished(conn: &Connection, id: i64, now: &str) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE tournament SET finished_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}

pub fn set_lots(conn: &Connection, id: i64, lots: &str) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE tournament SET lots = ?2 WHERE id = ?1",
        params![id, lots],
    )?;
    Ok(())
}

/// Removes a draw with its players and matches.
pub fn delete_tournament(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM tournament_match WHERE tournament_id = ?1",
        [id],
    )?;
    conn.execute(
        "DELETE FROM tournament_player WHERE tournament_id = ?1",
        [id],
    )?;
    conn.execute("DELETE FROM tournament WHERE id = ?1", [id])?;
    Ok(())
}

/// Every finished tournament: (activity, when finished).
pub fn finished(conn: &Connection) -> rusqlite::Result<Vec<(i64, chrono::NaiveDateTime)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT activity_id, finished_at FROM tournament
         WHERE finished_at IS NOT NULL ORDER BY activity_id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, crate::time::time_column(r, 1)?)))?;
    rows.collect()
}

/// The finished tournaments of activities starting on the days `[from, to)`, in time order:
/// (activity, its title, its start).
pub fn finished_in(
    conn: &Connection,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> rusqlite::Result<Vec<(i64, String, chrono::NaiveDateTime)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.activity_id, a.title, a.starts_at FROM tournament t
         JOIN activity a ON a.id = t.activity_id
         WHERE t.finished_at IS NOT NULL AND a.starts_at >= ?1 AND a.starts_at < ?2
         ORDER BY a.starts_at, a.id",
    )?;
    let rows = stmt.query_map(
        params![crate::time::date_text(from), crate::time::date_text(to)],
        |r| Ok((r.get(0)?, r.get(1)?, crate::time::time_column(r, 2)?)),
    )?;
    rows.collect()
}
