//! SQL for timed contests only. Nothing here commits; the functions of `race` own the transactions
//! ([`crate::store::write`]). The settings are stored as JSON of their serde form.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension};

use super::model::{TimedAction, TimedError, TimedLogEntry, TimedSettings};
use crate::time::{opt_time_column, time_column, time_text};

/// The stored row of a contest: its settings and when it was published.
pub struct ContestRow {
    pub settings: TimedSettings,
    pub published_at: Option<NaiveDateTime>,
}

pub fn contest(conn: &Connection, activity_id: i64) -> Result<Option<ContestRow>, TimedError> {
    let row = conn
        .query_row(
            "SELECT settings, published_at FROM timed_contest WHERE activity_id = ?1",
            [activity_id],
            |r| Ok((r.get::<_, String>(0)?, opt_time_column(r, 1)?)),
        )
        .optional()?;
    row.map(|(settings, published_at)| {
        let settings = serde_json::from_str(&settings).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })?;
        Ok(ContestRow {
            settings,
            published_at,
        })
    })
    .transpose()
}

pub fn save_settings(
    conn: &Connection,
    activity_id: i64,
    settings: &TimedSettings,
) -> rusqlite::Result<()> {
    let json = serde_json::to_string(settings).expect("settings always serialize");
    conn.execute(
        "INSERT INTO timed_contest (activity_id, settings) VALUES (?1, ?2)
         ON CONFLICT (activity_id) DO UPDATE SET settings = excluded.settings",
        params![activity_id, json],
    )?;
    Ok(())
}

/// A stored runner.
#[derive(Debug, Clone)]
pub struct RunnerRow {
    pub staff_id: i64,
    pub bib: u32,
    pub name: String,
    pub employee_no: String,
    pub department_id: Option<i64>,
    pub department_name: String,
    pub group: Option<String>,
    pub finished_at: Option<NaiveDateTime>,
    /// `dnf` or `dns`.
    pub out: Option<String>,
}

pub fn runners(conn: &Connection, activity_id: i64) -> rusqlite::Result<Vec<RunnerRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT staff_id, bib, name, employee_no, department_id, department_name, group_label,
                finished_at, out
         FROM timed_runner WHERE activity_id = ?1 ORDER BY bib",
    )?;
    let rows = stmt.query_map([activity_id], |r| {
        Ok(RunnerRow {
            staff_id: r.get(0)?,
            bib: r.get(1)?,
            name: r.get(2)?,
            employee_no: r.get(3)?,
            department_id: r.get(4)?,
            department_name: r.get(5)?,
            group: r.get(6)?,
            finished_at: opt_time_column(r, 7)?,
            out: r.get(8)?,
        })
    })?;
    rows.collect()
}

pub fn insert_runner(conn: &Connection, activity_id: i64, r: &RunnerRow) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO timed_runner (activity_id, staff_id, bib, name, employee_no, department_id,
                                   department_name, group_label)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            activity_id,
            r.staff_id,
            r.bib,
            r.name,
            r.employee_no,
            r.department_id,
            r.department_name,
            r.group
        ],
    )?;
    Ok(())
}

pub fn set_group(
    conn: &Connection,
    activity_id: i64,
    staff_id: i64,
    group: Option<&str>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE timed_runner SET group_label = ?3 WHERE activity_id = ?1 AND staff_id = ?2",
        params![activity_id, staff_id, group],
    )?;
    Ok(())
}

pub fn set_finish(
    conn: &Connection,
    activity_id: i64,
    staff_id: i64,
    at: Option<NaiveDateTime>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE timed_runner SET finished_at = ?3 WHERE activity_id = ?1 AND staff_id = ?2",
        params![activity_id, staff_id, at.map(time_text)],
    )?;
    Ok(())
}

pub fn set_out(
    conn: &Connection,
    activity_id: i64,
    staff_id: i64,
    out: Option<&str>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE timed_runner SET out = ?3 WHERE activity_id = ?1 AND staff_id = ?2",
        params![activity_id, staff_id, out],
    )?;
    Ok(())
}

/// The starts given: ('' for the whole field, or the group) → when.
pub fn starts(
    conn: &Connection,
    activity_id: i64,
) -> rusqlite::Result<Vec<(String, NaiveDateTime)>> {
    let mut stmt = conn
        .prepare_cached("SELECT group_label, started_at FROM timed_start WHERE activity_id = ?1")?;
    let rows = stmt.query_map([activity_id], |r| Ok((r.get(0)?, time_column(r, 1)?)))?;
    rows.collect()
}

pub fn insert_start(
    conn: &Connection,
    activity_id: i64,
    group: &str,
    at: NaiveDateTime,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO timed_start (activity_id, group_label, started_at) VALUES (?1, ?2, ?3)",
        params![activity_id, group, time_text(at)],
    )?;
    Ok(())
}

pub fn add_log(
    conn: &Connection,
    activity_id: i64,
    action: TimedAction,
    detail: &str,
    reason: &str,
    at: NaiveDateTime,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO timed_log (activity_id, action, detail, reason, at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![activity_id, action.as_sql(), detail, reason, time_text(at)],
    )?;
    Ok(())
}

pub fn log(conn: &Connection, activity_id: i64) -> rusqlite::Result<Vec<TimedLogEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT action, detail, reason, at FROM timed_log WHERE activity_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([activity_id], |r| {
        Ok(TimedLogEntry {
            action: r.get(0)?,
            detail: r.get(1)?,
            reason: r.get(2)?,
            at: time_column(r, 3)?,
        })
    })?;
    rows.collect()
}
