//! SQL of the activities that took place, read by the 创建台账 as evidence.

use std::sync::Arc;

use chrono::NaiveDateTime;
use rusqlite::{params, Connection};

use super::super::model::{ActivityKind, HeldActivity};
use crate::store::memo::Memo;
use crate::time::{time_column, time_text};

/// [`held_between`] kept until the next write ([`crate::store::memo`]): the organizer's 首页 asks
/// for the year's 台账 coverage on every visit, and counting each activity's present and files is
/// most of that (docs/PERFORMANCE.md). The caller takes the ones already started: `now` moves
/// without a write, the span's activities do not.
pub fn held_between_kept(
    conn: &Connection,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> rusqlite::Result<Arc<Vec<HeldActivity>>> {
    static KEPT: Memo<(NaiveDateTime, NaiveDateTime), Vec<HeldActivity>> = Memo::new();
    KEPT.get(conn, (from, until), |conn| held_between(conn, from, until))
}

/// Activities published or finished that started in `[from, until)`, oldest first, with the number
/// of people present and of files attached.
fn held_between(
    conn: &Connection,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> rusqlite::Result<Vec<HeldActivity>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.kind, a.title, a.starts_at,
                (SELECT COUNT(*) FROM signup_member m
                  WHERE m.activity_id = a.id AND m.attendance = 'present'),
                (SELECT COUNT(*) FROM activity_file f WHERE f.activity_id = a.id)
         FROM activity a
         WHERE a.phase IN ('published', 'finished') AND a.starts_at >= ?1 AND a.starts_at < ?2
         ORDER BY a.starts_at, a.id",
    )?;
    let rows = stmt.query_map(params![time_text(from), time_text(until)], |r| {
        let kind: String = r.get(1)?;
        Ok(HeldActivity {
            id: r.get(0)?,
            kind: ActivityKind::from_sql(&kind).unwrap_or(ActivityKind::Study),
            title: r.get(2)?,
            starts_at: time_column(r, 3)?,
            present: r.get(4)?,
            files: r.get(5)?,
        })
    })?;
    rows.collect()
}
