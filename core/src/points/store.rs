//! SQL for points only: the policy versions and the manual adjustments. Nothing here commits.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection};

use super::model::*;
use crate::time::{date_text, parse_date, time_column, time_text};

fn json_err(i: usize, e: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
}

fn date_column(r: &rusqlite::Row, i: usize) -> rusqlite::Result<NaiveDate> {
    let s: String = r.get(i)?;
    parse_date(&s).map_err(|e| json_err(i, e))
}

/// The saved versions of a year's policy, newest first.
pub fn versions(conn: &Connection, year: i32) -> rusqlite::Result<Vec<PolicyVersion>> {
    let mut stmt = conn.prepare_cached(
        "SELECT version, rules, note, created_at FROM points_policy WHERE year = ?1
         ORDER BY version DESC",
    )?;
    let rows = stmt.query_map([year], |r| {
        let rules: String = r.get(1)?;
        Ok(PolicyVersion {
            version: r.get(0)?,
            rules: serde_json::from_str(&rules).map_err(|e| json_err(1, e))?,
            note: r.get(2)?,
            created_at: Some(time_column(r, 3)?),
        })
    })?;
    rows.collect()
}

pub fn insert_version(
    conn: &Connection,
    year: i32,
    version: u32,
    rules: &PointsRules,
    note: &str,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    let json = serde_json::to_string(rules).map_err(|e| json_err(1, e))?;
    conn.execute(
        "INSERT INTO points_policy (year, version, rules, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![year, version, json, note, time_text(now)],
    )?;
    Ok(())
}

pub fn insert_adjustment(
    conn: &Connection,
    input: &AdjustmentInput,
    reason: &str,
    now: NaiveDateTime,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO points_adjustment (staff_id, on_date, points, reason, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            input.staff_id,
            date_text(input.on_date),
            input.points,
            reason,
            time_text(now)
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The sum of adjustments per person on the days `[from, to)`.
pub fn adjustment_sums(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> rusqlite::Result<Vec<(i64, f64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT staff_id, total(points) FROM points_adjustment
         WHERE on_date >= ?1 AND on_date < ?2 GROUP BY staff_id",
    )?;
    let rows = stmt.query_map(params![date_text(from), date_text(to)], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    rows.collect()
}

/// The adjustments on the days `[from, to)`, of one person or everyone, newest first.
pub fn adjustments(
    conn: &Connection,
    staff_id: Option<i64>,
    from: NaiveDate,
    to: NaiveDate,
) -> rusqlite::Result<Vec<Adjustment>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.staff_id, s.name, d.name, p.on_date, p.points, p.reason, p.created_at
         FROM points_adjustment p JOIN staff s ON s.id = p.staff_id
         JOIN department d ON d.id = s.department_id
         WHERE p.on_date >= ?1 AND p.on_date < ?2 AND (?3 IS NULL OR p.staff_id = ?3)
         ORDER BY p.on_date DESC, p.id DESC",
    )?;
    let rows = stmt.query_map(params![date_text(from), date_text(to), staff_id], |r| {
        Ok(Adjustment {
            id: r.get(0)?,
            staff_id: r.get(1)?,
            name: r.get(2)?,
            department_name: r.get(3)?,
            on_date: date_column(r, 4)?,
            points: r.get(5)?,
            reason: r.get(6)?,
            created_at: time_column(r, 7)?,
        })
    })?;
    rows.collect()
}

pub fn adjustment(conn: &Connection, id: i64) -> rusqlite::Result<Adjustment> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.staff_id, s.name, d.name, p.on_date, p.points, p.reason, p.created_at
         FROM points_adjustment p JOIN staff s ON s.id = p.staff_id
         JOIN department d ON d.id = s.department_id WHERE p.id = ?1",
    )?;
    stmt.query_row([id], |r| {
        Ok(Adjustment {
            id: r.get(0)?,
            staff_id: r.get(1)?,
            name: r.get(2)?,
            department_name: r.get(3)?,
            on_date: date_column(r, 4)?,
            points: r.get(5)?,
            reason: r.get(6)?,
            created_at: time_column(r, 7)?,
        })
    })
}
