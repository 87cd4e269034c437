//! SQL for activities only (the activities here, sign-ups and their people in `signups`). Nothing
//! here commits; the rule functions own the transactions.

use chrono::NaiveDateTime;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

use super::model::*;
use crate::time::{time_column as time, time_text};

/// The stored row of an activity, before its state is worked out.
pub struct ActivityRow {
    pub activity: Activity,
    pub phase: Phase,
    /// A contest's field is fixed (drawn, or results published): the list neither grows nor shrinks.
    pub field_fixed: bool,
}

const ACTIVITY_COLUMNS: &str = "a.id, a.kind, a.title, a.description, a.place, a.starts_at, a.ends_at,
    a.signup_opens_at, a.signup_deadline, a.cancel_cutoff, a.capacity, a.party_members_only, a.team_mode,
    a.phase, a.cancel_reason, a.field_fixed_at IS NOT NULL";

fn activity_from_row(r: &Row) -> rusqlite::Result<ActivityRow> {
    let kind: String = r.get(1)?;
    Ok(ActivityRow {
        phase: r.get::<_, Phase>(13)?,
        field_fixed: r.get(15)?,
        activity: Activity {
            id: r.get(0)?,
            kind: ActivityKind::from_sql(&kind).unwrap_or(ActivityKind::Study),
            title: r.get(2)?,
            description: r.get(3)?,
            place: r.get(4)?,
            schedule: Schedule {
                starts_at: time(r, 5)?,
                ends_at: time(r, 6)?,
                signup_opens_at: time(r, 7)?,
                signup_deadline: time(r, 8)?,
                cancel_cutoff: time(r, 9)?,
            },
            capacity: r.get(10)?,
            department_ids: Vec::new(),
            department_names: Vec::new(),
            party_members_only: r.get(11)?,
            team_mode: r.get(12)?,
            state: ActivityState::Draft,
            cancel_reason: r.get(14)?,
            confirmed: 0,
            waitlisted: 0,
            allowed: ActivityPermits::default(),
        },
    })
}

pub fn activity(conn: &Connection, id: i64) -> rusqlite::Result<Option<ActivityRow>> {
    let sql = format!("SELECT {ACTIVITY_COLUMNS} FROM activity a WHERE a.id = ?1");
    let Some(mut row) = conn
        .prepare_cached(&sql)?
        .query_row([id], activity_from_row)
        .optional()?
    else {
        return Ok(None);
    };
    fill_details(conn, std::slice::from_mut(&mut row))?;
    Ok(Some(row))
}

/// Adds each activity's eligible 科室 (ids and names) and its confirmed and waitlisted counts.
pub fn fill_details(conn: &Connection, rows: &mut [ActivityRow]) -> rusqlite::Result<()> {
    let mut counts = conn.prepare_cached(
        "SELECT count(*) FILTER (WHERE status = 'confirmed'), count(*) FILTER (WHERE status = 'waitlisted')
         FROM signup WHERE activity_id = ?1 AND status IN ('confirmed', 'waitlisted')",
    )?;
    let mut stmt = conn.prepare_cached(
        "SELECT ad.department_id, d.name FROM activity_department ad JOIN department d ON d.id = ad.department_id
         WHERE ad.activity_id = ?1 ORDER BY d.sort_order, d.id",
    )?;
    for row in rows {
        let a = &mut row.activity;
        (a.confirmed, a.waitlisted) = counts.query_row([a.id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        for pair in stmt.query_map([a.id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })? {
            let (id, name) = pair?;
            a.department_ids.push(id);
            a.department_names.push(name);
        }
    }
    Ok(())
}

/// The columns an activity takes from what the organizer typed, in the order of [`input_values`].
const INPUT_COLUMNS: [&str; 12] = [
    "kind",
    "title",
    "description",
    "place",
    "starts_at",
    "ends_at",
    "signup_opens_at",
    "signup_deadline",
    "cancel_cutoff",
    "capacity",
    "party_members_only",
    "team_mode",
];

/// What the organizer typed, as stored, in the order of [`INPUT_COLUMNS`].
fn input_values(a: &ActivityInput) -> [Value; 12] {
    let s = &a.schedule;
    [
        a.kind.as_sql().to_string().into(),
        a.title.clone().into(),
        a.description.clone().into(),
        a.place.clone().into(),
        time_text(s.starts_at).into(),
        time_text(s.ends_at).into(),
        time_text(s.signup_opens_at).into(),
        time_text(s.signup_deadline).into(),
        time_text(s.cancel_cutoff).into(),
        a.capacity.into(),
        a.party_members_only.into(),
        a.team_mode.into(),
    ]
}

pub fn insert_activity(
    conn: &Connection,
    a: &ActivityInput,
    phase: Phase,
    now: NaiveDateTime,
) -> rusqlite::Result<i64> {
    let sql = format!(
        "INSERT INTO activity ({}, phase, created_at, updated_at) VALUES ({}?, ?, ?)",
        INPUT_COLUMNS.join(", "),
        "?, ".repeat(INPUT_COLUMNS.len()),
    );
    let now = Value::from(time_text(now));
    let more = [phase.as_sql().to_string().into(), now.clone(), now];
    conn.execute(
        &sql,
        params_from_iter(input_values(a).into_iter().chain(more)),
    )?;
    let id = conn.last_insert_rowid();
    set_departments(conn, id, &a.department_ids)?;
    Ok(id)
}

pub fn update_activity(
    conn: &Connection,
    id: i64,
    a: &ActivityInput,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    let sql = format!(
        "UPDATE activity SET {} = ?, updated_at = ? WHERE id = ?",
        INPUT_COLUMNS.join(" = ?, "),
    );
    let more = [time_text(now).into(), id.into()];
    conn.execute(
        &sql,
        params_from_iter(input_values(a).into_iter().chain(more)),
    )?;
    set_departments(conn, id, &a.department_ids)
}

fn set_departments(conn: &Connection, id: i64, departments: &[i64]) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM activity_department WHERE activity_id = ?1",
        [id],
    )?;
    let mut stmt = conn.prepare_cached(
        "INSERT OR IGNORE INTO activity_department (activity_id, department_id) VALUES (?1, ?2)",
    )?;
    for d in departments {
        stmt.execute([id, *d])?;
    }
    Ok(())
}

pub fn set_phase(
    conn: &Connection,
    id: i64,
    phase: Phase,
    cancel_reason: &str,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE activity SET phase = ?2, cancel_reason = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, phase.as_sql(), cancel_reason, time_text(now)],
    )?;
    Ok(())
}

/// Moves the sign-up deadline (报名截止 now) or the start (开始 now) earlier.
pub fn set_time(
    conn: &Connection,
    id: i64,
    column: &str,
    t: NaiveDateTime,
) -> rusqlite::Result<()> {
    debug_assert!(matches!(
        column,
        "signup_deadline" | "starts_at" | "signup_opens_at"
    ));
    conn.execute(
        &format!("UPDATE activity SET {column} = ?2 WHERE id = ?1"),
        params![id, time_text(t)],
    )?;
    Ok(())
}

pub fn set_field_fixed(
    conn: &Connection,
    id: i64,
    at: Option<NaiveDateTime>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE activity SET field_fixed_at = ?2 WHERE id = ?1",
        params![id, at.map(time_text)],
    )?;
    Ok(())
}

// ---- the list ----

pub mod list;
pub use list::{activity_page, activity_total};

// ---- sign-ups ----

pub mod participation;
mod signups;
pub use signups::*;

// ---- activities held, for the 创建台账 ----

mod records;
pub use records::held_between_kept;
