//! SQL for activities only. Nothing here commits; the rule functions own the transactions.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::*;
use crate::time::{opt_time_column as opt_time, time_column as time, time_text};

/// The stored row of an activity, before its state is worked out.
pub struct ActivityRow {
    pub activity: Activity,
    pub phase: Phase,
}

const ACTIVITY_COLUMNS: &str = "a.id, a.kind, a.title, a.description, a.place, a.starts_at, a.ends_at,
    a.signup_opens_at, a.signup_deadline, a.cancel_cutoff, a.capacity, a.party_members_only, a.team_mode,
    a.phase, a.cancel_reason";

fn activity_from_row(r: &Row) -> rusqlite::Result<ActivityRow> {
    let kind: String = r.get(1)?;
    Ok(ActivityRow {
        phase: r.get::<_, Phase>(13)?,
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

/// Activities matching the stored-side filters (kind, month, 科室, text), newest start first.
/// The state filter is applied by the caller, since state depends on the clock.
pub fn activities(conn: &Connection, q: &ActivityQuery) -> rusqlite::Result<Vec<ActivityRow>> {
    let text = format!(
        "%{}%",
        q.text
            .trim()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let sql = format!(
        "SELECT {ACTIVITY_COLUMNS} FROM activity a
         WHERE (?1 IS NULL OR a.kind = ?1)
           AND (?2 IS NULL OR substr(a.starts_at, 1, 7) = ?2)
           AND (?3 IS NULL OR NOT EXISTS (SELECT 1 FROM activity_department x WHERE x.activity_id = a.id)
                OR EXISTS (SELECT 1 FROM activity_department x WHERE x.activity_id = a.id AND x.department_id = ?3))
           AND (?4 = '%%' OR a.title LIKE ?4 ESCAPE '\\' OR a.place LIKE ?4 ESCAPE '\\')
         ORDER BY a.starts_at DESC, a.id DESC"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        params![q.kind.map(|k| k.as_sql()), q.month, q.department_id, text],
        activity_from_row,
    )?;
    rows.collect()
}

pub fn insert_activity(
    conn: &Connection,
    a: &ActivityInput,
    phase: Phase,
    now: NaiveDateTime,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO activity (kind, title, description, place, starts_at, ends_at, signup_opens_at,
             signup_deadline, cancel_cutoff, capacity, party_members_only, team_mode, phase, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
        params![
            a.kind.as_sql(),
            a.title,
            a.description,
            a.place,
            time_text(a.schedule.starts_at),
            time_text(a.schedule.ends_at),
            time_text(a.schedule.signup_opens_at),
            time_text(a.schedule.signup_deadline),
            time_text(a.schedule.cancel_cutoff),
            a.capacity,
            a.party_members_only,
            a.team_mode,
            phase.as_sql(),
            time_text(now)
        ],
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
    conn.execute(
        "UPDATE activity SET kind = ?2, title = ?3, description = ?4, place = ?5, starts_at = ?6, ends_at = ?7,
             signup_opens_at = ?8, signup_deadline = ?9, cancel_cutoff = ?10, capacity = ?11,
             party_members_only = ?12, team_mode = ?13, updated_at = ?14
         WHERE id = ?1",
        params![
            id,
            a.kind.as_sql(),
            a.title,
            a.description,
            a.place,
            time_text(a.schedule.starts_at),
            time_text(a.schedule.ends_at),
            time_text(a.schedule.signup_opens_at),
            time_text(a.schedule.signup_deadline),
            time_text(a.schedule.cancel_cutoff),
            a.capacity,
            a.party_members_only,
            a.team_mode,
            time_text(now)
        ],
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

// ---- sign-ups ----

pub struct SignupRow {
    pub id: i64,
    pub activity_id: i64,
    pub status: SignupStatus,
    pub queue_seq: i64,
    /// A 科室 team rather than one person.
    pub team: bool,
}

const SIGNUP_COLUMNS: &str =
    "s.id, s.activity_id, s.status, s.queue_seq, s.department_id IS NOT NULL";

fn signup_from_row(r: &Row) -> rusqlite::Result<SignupRow> {
    Ok(SignupRow {
        id: r.get(0)?,
        activity_id: r.get(1)?,
        status: r.get::<_, SignupStatus>(2)?,
        queue_seq: r.get(3)?,
        team: r.get(4)?,
    })
}

pub fn signup(conn: &Connection, id: i64) -> rusqlite::Result<Option<SignupRow>> {
    conn.query_row(
        &format!("SELECT {SIGNUP_COLUMNS} FROM signup s WHERE s.id = ?1"),
        [id],
        signup_from_row,
    )
    .optional()
}

/// The active entry (confirmed or waitlisted) of `staff_id` on `activity_id`, if any.
pub fn active_signup_of(
    conn: &Connection,
    activity_id: i64,
    staff_id: i64,
) -> rusqlite::Result<Option<SignupRow>> {
    conn.prepare_cached(&format!(
        "SELECT {SIGNUP_COLUMNS} FROM signup_member m JOIN signup s ON s.id = m.signup_id
         WHERE m.activity_id = ?1 AND m.staff_id = ?2 AND s.status IN ('confirmed', 'waitlisted')"
    ))?
    .query_row([activity_id, staff_id], signup_from_row)
    .optional()
}

pub fn active_team_signup(
    conn: &Connection,
    activity_id: i64,
    department_id: i64,
) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM signup WHERE activity_id = ?1 AND department_id = ?2 AND status IN ('confirmed', 'waitlisted'))",
        [activity_id, department_id],
        |r| r.get(0),
    )
}

pub fn confirmed_count(conn: &Connection, activity_id: i64) -> rusqlite::Result<u32> {
    conn.prepare_cached(
        "SELECT count(*) FROM signup WHERE activity_id = ?1 AND status = 'confirmed'",
    )?
    .query_row([activity_id], |r| r.get(0))
}

/// 1-based place of a waitlisted entry.
pub fn waitlist_position(
    conn: &Connection,
    activity_id: i64,
    queue_seq: i64,
) -> rusqlite::Result<u32> {
    conn.prepare_cached("SELECT count(*) FROM signup WHERE activity_id = ?1 AND status = 'waitlisted' AND queue_seq <= ?2")?
        .query_row([activity_id, queue_seq], |r| r.get(0))
}

pub fn insert_signup(
    conn: &Connection,
    activity_id: i64,
    team_department: Option<i64>,
    status: SignupStatus,
    by_organizer: bool,
    now: NaiveDateTime,
    members: &[i64],
) -> rusqlite::Result<i64> {
    let seq: i64 = conn
        .prepare_cached(
            "SELECT coalesce(max(queue_seq), 0) + 1 FROM signup WHERE activity_id = ?1",
        )?
        .query_row([activity_id], |r| r.get(0))?;
    conn.prepare_cached(
        "INSERT INTO signup (activity_id, department_id, status, queue_seq, by_organizer, signed_up_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![activity_id, team_department, status.as_sql(), seq, by_organizer, time_text(now)])?;
    let id = conn.last_insert_rowid();
    let mut stmt = conn.prepare_cached(
        "INSERT INTO signup_member (signup_id, activity_id, staff_id) VALUES (?1, ?2, ?3)",
    )?;
    for m in members {
        stmt.execute([id, activity_id, *m])?;
    }
    Ok(id)
}

pub fn set_signup_status(
    conn: &Connection,
    id: i64,
    status: SignupStatus,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    let column = if status == SignupStatus::Confirmed {
        "promoted_at"
    } else {
        "ended_at"
    };
    conn.prepare_cached(&format!(
        "UPDATE signup SET status = ?2, {column} = ?3 WHERE id = ?1"
    ))?
    .execute(params![id, status.as_sql(), time_text(now)])?;
    Ok(())
}

/// The first waitlisted entry, in order of arrival.
pub fn first_waitlisted(conn: &Connection, activity_id: i64) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached("SELECT id FROM signup WHERE activity_id = ?1 AND status = 'waitlisted' ORDER BY queue_seq LIMIT 1")?
        .query_row([activity_id], |r| r.get(0))
        .optional()
}

pub fn end_active_signups(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE signup SET status = 'cancelled_by_organizer', ended_at = ?2
         WHERE activity_id = ?1 AND status IN ('confirmed', 'waitlisted')",
        params![activity_id, time_text(now)],
    )
}

/// The whole list of an activity, in order of arrival, with the people of each entry.
pub fn signups(conn: &Connection, activity_id: i64) -> rusqlite::Result<Vec<Signup>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.activity_id, s.department_id, d.name, s.status, s.by_organizer, s.signed_up_at, s.promoted_at
         FROM signup s LEFT JOIN department d ON d.id = s.department_id
         WHERE s.activity_id = ?1 ORDER BY s.queue_seq",
    )?;
    let mut list = stmt
        .query_map([activity_id], |r| {
            Ok(Signup {
                id: r.get(0)?,
                activity_id: r.get(1)?,
                team_department_id: r.get(2)?,
                team_name: r.get(3)?,
                status: r.get::<_, SignupStatus>(4)?,
                waitlist_position: None,
                by_organizer: r.get(5)?,
                signed_up_at: time(r, 6)?,
                promoted_at: opt_time(r, 7)?,
                members: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut position = 0;
    for s in &mut list {
        if s.status == SignupStatus::Waitlisted {
            position += 1;
            s.waitlist_position = Some(position);
        }
    }
    let mut members = conn.prepare_cached(&format!(
        "SELECT {MEMBER_COLUMNS} WHERE m.activity_id = ?1 ORDER BY m.id"
    ))?;
    let all = members.query_map([activity_id], |r| {
        Ok((r.get::<_, i64>(9)?, member_from_row(r)?))
    })?;
    let index: std::collections::HashMap<i64, usize> =
        list.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    for m in all {
        let (signup_id, member) = m?;
        if let Some(i) = index.get(&signup_id) {
            list[*i].members.push(member);
        }
    }
    Ok(list)
}

const MEMBER_COLUMNS: &str = "m.id, m.staff_id, st.name, st.employee_no, d.name, m.attendance, m.checked_in_at,
     m.reflection, m.hours, m.signup_id
     FROM signup_member m JOIN staff st ON st.id = m.staff_id JOIN department d ON d.id = st.department_id";

fn member_from_row(r: &Row) -> rusqlite::Result<Member> {
    Ok(Member {
        id: r.get(0)?,
        staff_id: r.get(1)?,
        name: r.get(2)?,
        employee_no: r.get(3)?,
        department_name: r.get(4)?,
        attendance: r
            .get::<_, Option<String>>(5)?
            .as_deref()
            .and_then(Attendance::from_sql),
        checked_in_at: opt_time(r, 6)?,
        reflection: r.get(7)?,
        hours: r.get(8)?,
    })
}

/// A member, with their entry.
pub fn member(conn: &Connection, id: i64) -> rusqlite::Result<Option<(Member, SignupRow)>> {
    let sql = format!("SELECT {MEMBER_COLUMNS} WHERE m.id = ?1");
    let Some((member, signup_id)) = conn
        .query_row(&sql, [id], |r| {
            Ok((member_from_row(r)?, r.get::<_, i64>(9)?))
        })
        .optional()?
    else {
        return Ok(None);
    };
    Ok(signup(conn, signup_id)?.map(|s| (member, s)))
}

pub fn set_attendance(
    conn: &Connection,
    member_id: i64,
    a: Option<Attendance>,
    at: Option<NaiveDateTime>,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE signup_member SET attendance = ?2, checked_in_at = ?3 WHERE id = ?1",
    )?
    .execute(params![member_id, a.map(|a| a.as_sql()), at.map(time_text)])?;
    Ok(())
}

/// Marks every confirmed member without attendance as absent.
pub fn mark_absent(conn: &Connection, activity_id: i64) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE signup_member SET attendance = 'absent'
         WHERE activity_id = ?1 AND attendance IS NULL
           AND signup_id IN (SELECT id FROM signup WHERE activity_id = ?1 AND status = 'confirmed')",
        [activity_id],
    )
}

pub fn insert_correction(
    conn: &Connection,
    member_id: i64,
    old: Option<Attendance>,
    new: Attendance,
    reason: &str,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO attendance_correction (member_id, old_value, new_value, reason, corrected_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![member_id, old.map(|a| a.as_sql()), new.as_sql(), reason, time_text(now)],
    )?;
    Ok(())
}

pub fn set_reflection(conn: &Connection, member_id: i64, text: &str) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE signup_member SET reflection = ?2 WHERE id = ?1",
        params![member_id, text],
    )?;
    Ok(())
}

pub fn set_hours(conn: &Connection, member_id: i64, hours: Option<f64>) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE signup_member SET hours = ?2 WHERE id = ?1",
        params![member_id, hours],
    )?;
    Ok(())
}

/// One entry a person has been on.
pub struct PersonEntry {
    pub activity_id: i64,
    pub signup_id: i64,
    pub status: SignupStatus,
    pub queue_seq: i64,
    pub attendance: Option<Attendance>,
}

/// Every entry a person has been on, newest activity first.
pub fn entries_of(conn: &Connection, staff_id: i64) -> rusqlite::Result<Vec<PersonEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.activity_id, s.id, s.status, s.queue_seq, m.attendance
         FROM signup_member m JOIN signup s ON s.id = m.signup_id JOIN activity a ON a.id = s.activity_id
         WHERE m.staff_id = ?1 ORDER BY a.starts_at DESC, s.id DESC",
    )?;
    let rows = stmt.query_map([staff_id], |r| {
        Ok(PersonEntry {
            activity_id: r.get(0)?,
            signup_id: r.get(1)?,
            status: r.get::<_, SignupStatus>(2)?,
            queue_seq: r.get(3)?,
            attendance: r
                .get::<_, Option<String>>(4)?
                .as_deref()
                .and_then(Attendance::from_sql),
        })
    })?;
    rows.collect()
}
