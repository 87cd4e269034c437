//! Reads of attendance over a span of days, for the points ledger and the home page: totals per
//! person in one pass (covered by the index `signup_member_attendance`), one person's records,
//! and counts by month.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activities::model::{ActivityKind, Attendance};
use crate::store::memo::Memo;
use crate::time::{date_text, time_column};

/// One person's attendance over a span: activities attended, absences after signing up, and the
/// hours of 志愿服务 attended.
#[derive(Debug, Clone, PartialEq)]
pub struct AttendanceTally {
    pub staff_id: i64,
    pub present: u32,
    pub absent: u32,
    pub volunteer_hours: f64,
}

/// One attendance of one person: the activity and what was recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct AttendanceRecord {
    pub activity_id: i64,
    pub title: String,
    pub kind: ActivityKind,
    pub starts_at: NaiveDateTime,
    pub attendance: Attendance,
    pub hours: Option<f64>,
}

/// Attendance per person of the activities starting in `[from, to)` (cancelled ones left out), by
/// staff id. One pass over the period's attendance rows (covered by the index
/// `signup_member_attendance`) and one over its 志愿服务 only, summed here: SQLite's
/// `GROUP BY staff_id` sorts every row first, which took twice as long on the large unit
/// (docs/PERFORMANCE.md). The result is kept until the
/// next write ([`crate::store::memo`]): the 首页 and the leaderboards ask for the same year.
pub fn attendance_tally(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> rusqlite::Result<Arc<Vec<AttendanceTally>>> {
    static KEPT: Memo<(NaiveDate, NaiveDate), Vec<AttendanceTally>> = Memo::new();
    KEPT.get(conn, (from, to), |conn| {
        read_attendance_tally(conn, from, to)
    })
}

fn read_attendance_tally(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> rusqlite::Result<Vec<AttendanceTally>> {
    let span = params![date_text(from), date_text(to)];
    // Both passes read one snapshot (a deferred transaction, rolled back: nothing is written).
    let _snapshot = match conn.is_autocommit() {
        true => Some(conn.unchecked_transaction()?),
        false => None,
    };
    let mut at: HashMap<i64, usize> = HashMap::new();
    let mut out: Vec<AttendanceTally> = Vec::new();
    let mut entry = |staff_id: i64| {
        let i = *at.entry(staff_id).or_insert_with(|| {
            out.push(AttendanceTally {
                staff_id,
                present: 0,
                absent: 0,
                volunteer_hours: 0.0,
            });
            out.len() - 1
        });
        i
    };
    // Present or absent, from the index alone: testing the activity's kind on each of these rows
    // would decode the activity's row once per member (a third of the time on the large unit).
    let mut tally = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT m.staff_id, m.attendance = 'present'
             FROM activity a JOIN signup_member m ON m.activity_id = a.id
             WHERE a.starts_at >= ?1 AND a.starts_at < ?2 AND a.phase <> 'cancelled'
               AND m.attendance IS NOT NULL",
        )?;
        let mut rows = stmt.query(span)?;
        while let Some(r) = rows.next()? {
            tally.push((entry(r.get(0)?), r.get::<_, bool>(1)?));
        }
    }
    // The hours of 志愿服务 attended: the kind is tested once per activity.
    let mut hours = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT m.staff_id, m.hours
             FROM activity a JOIN signup_member m ON m.activity_id = a.id
             WHERE a.starts_at >= ?1 AND a.starts_at < ?2 AND a.phase <> 'cancelled'
               AND a.kind = 'volunteer' AND m.attendance = 'present' AND m.hours IS NOT NULL",
        )?;
        let mut rows = stmt.query(span)?;
        while let Some(r) = rows.next()? {
            hours.push((entry(r.get(0)?), r.get::<_, f64>(1)?));
        }
    }
    for (i, present) in tally {
        if present {
            out[i].present += 1;
        } else {
            out[i].absent += 1;
        }
    }
    for (i, h) in hours {
        out[i].volunteer_hours += h;
    }
    out.sort_by_key(|t| t.staff_id);
    Ok(out)
}

/// One person's recorded attendance at activities starting in `[from, to)`, oldest first.
pub fn attendance_records(
    conn: &Connection,
    staff_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> rusqlite::Result<Vec<AttendanceRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.title, a.kind, a.starts_at, m.attendance, m.hours
         FROM signup_member m JOIN activity a ON a.id = m.activity_id
         WHERE m.staff_id = ?1 AND a.starts_at >= ?2 AND a.starts_at < ?3
           AND a.phase <> 'cancelled' AND m.attendance IS NOT NULL
         ORDER BY a.starts_at, a.id",
    )?;
    let rows = stmt.query_map(params![staff_id, date_text(from), date_text(to)], |r| {
        let kind: String = r.get(2)?;
        Ok(AttendanceRecord {
            activity_id: r.get(0)?,
            title: r.get(1)?,
            kind: ActivityKind::from_sql(&kind).unwrap_or(ActivityKind::Study),
            starts_at: time_column(r, 3)?,
            attendance: r.get(4)?,
            hours: r.get(5)?,
        })
    })?;
    rows.collect()
}

/// Activities (published or finished) starting in `[from, to)`, counted by month `1..=12`.
pub fn activities_by_month(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> rusqlite::Result<Vec<(u32, u32)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT CAST(substr(starts_at, 6, 2) AS INTEGER), count(*)
         FROM activity
         WHERE starts_at >= ?1 AND starts_at < ?2 AND phase IN ('published', 'finished')
         GROUP BY 1 ORDER BY 1",
    )?;
    let rows = stmt.query_map(params![date_text(from), date_text(to)], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    rows.collect()
}

/// An activity as the home page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ActivityBrief {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: ActivityKind,
    pub title: String,
    pub place: String,
    pub starts_at: NaiveDateTime,
    pub signup_deadline: NaiveDateTime,
    pub capacity: Option<u32>,
    /// People with a confirmed place.
    pub confirmed: u32,
}

const BRIEF: &str =
    "SELECT a.id, a.kind, a.title, a.place, a.starts_at, a.signup_deadline, a.capacity,
        (SELECT count(*) FROM signup_member m JOIN signup s ON s.id = m.signup_id
         WHERE m.activity_id = a.id AND s.status = 'confirmed')
     FROM activity a";

fn briefs(
    conn: &Connection,
    sql: &str,
    now: NaiveDateTime,
    limit: u32,
) -> rusqlite::Result<Vec<ActivityBrief>> {
    let mut stmt = conn.prepare_cached(&format!("{BRIEF} {sql}"))?;
    let rows = stmt.query_map(params![crate::time::time_text(now), limit], |r| {
        let kind: String = r.get(1)?;
        Ok(ActivityBrief {
            id: r.get(0)?,
            kind: ActivityKind::from_sql(&kind).unwrap_or(ActivityKind::Study),
            title: r.get(2)?,
            place: r.get(3)?,
            starts_at: time_column(r, 4)?,
            signup_deadline: time_column(r, 5)?,
            capacity: r.get(6)?,
            confirmed: r.get(7)?,
        })
    })?;
    rows.collect()
}

/// The next published activities that have not started yet, soonest first.
pub fn upcoming_activities(
    conn: &Connection,
    now: NaiveDateTime,
    limit: u32,
) -> rusqlite::Result<Vec<ActivityBrief>> {
    briefs(
        conn,
        "WHERE a.phase = 'published' AND a.starts_at > ?1 ORDER BY a.starts_at, a.id LIMIT ?2",
        now,
        limit,
    )
}

/// Published activities taking sign-ups now, the nearest deadline first.
pub fn open_for_signup(
    conn: &Connection,
    now: NaiveDateTime,
    limit: u32,
) -> rusqlite::Result<Vec<ActivityBrief>> {
    briefs(
        conn,
        "WHERE a.phase = 'published' AND a.signup_opens_at <= ?1 AND a.signup_deadline > ?1
         ORDER BY a.signup_deadline, a.id LIMIT ?2",
        now,
        limit,
    )
}
