//! SQL for 全民健身挑战 only (`challenge`, `challenge_entry`). Nothing here commits; the writes of
//! `setup`, `entries` and `sheet` own their transactions ([`crate::store::write`]).

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension};

use super::model::{ChallengeInput, ChallengeUnit, DayEntry};
use crate::time::{date_column, date_text, time_column, time_text};

/// The stored challenge of an activity.
#[derive(Debug, Clone, Copy)]
pub(super) struct ChallengeRow {
    pub id: i64,
    pub unit: ChallengeUnit,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

pub(super) fn challenge_of(
    conn: &Connection,
    activity_id: i64,
) -> rusqlite::Result<Option<ChallengeRow>> {
    conn.query_row(
        "SELECT id, unit, starts_on, ends_on FROM challenge WHERE activity_id = ?1",
        [activity_id],
        |r| {
            Ok(ChallengeRow {
                id: r.get(0)?,
                unit: r.get(1)?,
                starts_on: date_column(r, 2)?,
                ends_on: date_column(r, 3)?,
            })
        },
    )
    .optional()
}

pub(super) fn insert_challenge(
    conn: &Connection,
    activity_id: i64,
    input: &ChallengeInput,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO challenge (activity_id, unit, starts_on, ends_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![
            activity_id,
            input.unit.as_sql(),
            date_text(input.starts_on),
            date_text(input.ends_on),
            time_text(now)
        ],
    )?;
    Ok(())
}

pub(super) fn update_challenge(
    conn: &Connection,
    id: i64,
    input: &ChallengeInput,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE challenge SET unit = ?2, starts_on = ?3, ends_on = ?4, updated_at = ?5
         WHERE id = ?1",
        params![
            id,
            input.unit.as_sql(),
            date_text(input.starts_on),
            date_text(input.ends_on),
            time_text(now)
        ],
    )?;
    Ok(())
}

/// How many entries the challenge holds, and its first and last entered day.
pub(super) fn entry_span(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<(u32, Option<NaiveDate>, Option<NaiveDate>)> {
    conn.query_row(
        "SELECT COUNT(*), MIN(day), MAX(day) FROM challenge_entry WHERE challenge_id = ?1",
        [id],
        |r| {
            let day = |i: usize| -> rusqlite::Result<Option<NaiveDate>> {
                match r.get::<_, Option<String>>(i)? {
                    None => Ok(None),
                    Some(_) => date_column(r, i).map(Some),
                }
            };
            Ok((r.get(0)?, day(1)?, day(2)?))
        },
    )
}

/// The amount a person entered for a day, if any.
pub(super) fn amount_on(
    conn: &Connection,
    id: i64,
    staff_id: i64,
    day: NaiveDate,
) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT amount FROM challenge_entry WHERE challenge_id = ?1 AND staff_id = ?2 AND day = ?3",
        params![id, staff_id, date_text(day)],
        |r| r.get(0),
    )
    .optional()
}

/// Stores a day's count, replacing the one there (the rules decided it may).
pub(super) fn put_entry(
    conn: &Connection,
    id: i64,
    staff_id: i64,
    day: NaiveDate,
    amount: i64,
    by_organizer: bool,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO challenge_entry (challenge_id, staff_id, day, amount, by_organizer, entered_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (challenge_id, staff_id, day) DO UPDATE SET
           amount = excluded.amount, by_organizer = excluded.by_organizer,
           entered_at = excluded.entered_at",
        params![
            id,
            staff_id,
            date_text(day),
            amount,
            by_organizer,
            time_text(now)
        ],
    )?;
    Ok(())
}

/// One person's days, newest first.
pub(super) fn entries_of(
    conn: &Connection,
    id: i64,
    staff_id: i64,
    unit: ChallengeUnit,
) -> rusqlite::Result<Vec<DayEntry>> {
    let mut stmt = conn.prepare(
        "SELECT day, amount, by_organizer, entered_at FROM challenge_entry
         WHERE challenge_id = ?1 AND staff_id = ?2 ORDER BY day DESC",
    )?;
    let rows = stmt.query_map(params![id, staff_id], |r| {
        Ok(DayEntry {
            day: date_column(r, 0)?,
            amount: super::rules::in_unit(unit, r.get(1)?),
            by_organizer: r.get(2)?,
            entered_at: time_column(r, 3)?,
        })
    })?;
    rows.collect()
}

/// Every stored amount of the challenge, by (person, day).
pub(super) fn amounts(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<HashMap<(i64, NaiveDate), i64>> {
    let mut stmt =
        conn.prepare("SELECT staff_id, day, amount FROM challenge_entry WHERE challenge_id = ?1")?;
    let rows = stmt.query_map([id], |r| Ok(((r.get(0)?, date_column(r, 1)?), r.get(2)?)))?;
    rows.collect()
}

/// Each person's total and days entered.
pub(super) fn totals(conn: &Connection, id: i64) -> rusqlite::Result<HashMap<i64, (i64, u32)>> {
    let mut stmt = conn.prepare(
        "SELECT staff_id, SUM(amount), COUNT(*) FROM challenge_entry
         WHERE challenge_id = ?1 GROUP BY staff_id",
    )?;
    let rows = stmt.query_map([id], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    rows.collect()
}
