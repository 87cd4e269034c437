//! SQL for sign-ups, their people (attendance, 心得, hours, corrections) and a person's entries.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::activities::model::*;
use crate::time::{opt_time_column as opt_time, time_column as time, time_text};

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
                allowed: SignupPermits::default(),
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
        allowed: MemberPermits::default(),
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

/// The line of `staff_id` on the entry `signup_id`, if they are on it.
pub fn member_on(
    conn: &Connection,
    signup_id: i64,
    staff_id: i64,
) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT id FROM signup_member WHERE signup_id = ?1 AND staff_id = ?2",
        [signup_id, staff_id],
        |r| r.get(0),
    )
    .optional()
}

/// The member of the activity with this 工号 (any case), preferring a place held over an ended
/// entry, then the latest.
pub fn member_by_employee_no(
    conn: &Connection,
    activity_id: i64,
    employee_no: &str,
) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT m.id FROM signup_member m
           JOIN staff st ON st.id = m.staff_id
           JOIN signup s ON s.id = m.signup_id
          WHERE m.activity_id = ?1 AND st.employee_no = ?2 COLLATE NOCASE
          ORDER BY s.status = 'confirmed' DESC, m.id DESC
          LIMIT 1",
        params![activity_id, employee_no],
        |r| r.get(0),
    )
    .optional()
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
    /// A 科室 team rather than one person.
    pub team: bool,
}

/// Every entry a person has been on, newest activity first.
pub fn entries_of(conn: &Connection, staff_id: i64) -> rusqlite::Result<Vec<PersonEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.activity_id, s.id, s.status, s.queue_seq, m.attendance, s.department_id IS NOT NULL
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
            team: r.get(5)?,
        })
    })?;
    rows.collect()
}
