//! SQL for the lock on a judged or a timed contest's results, the same for both: when they were
//! published (`published_at`, NULL while open) in each kind's own table. Nothing here commits; the
//! callers own the transactions.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection};

use crate::time::{date_text, time_column, time_text};

/// The contests whose results are published and locked until unlocked with a reason.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Locked {
    Judged,
    Timed,
}

impl Locked {
    fn table(self) -> &'static str {
        match self {
            Locked::Judged => "judged_contest",
            Locked::Timed => "timed_contest",
        }
    }
}

/// Publishes (`Some(when)`) or unlocks (`None`) the contest's results.
pub(crate) fn set_published(
    conn: &Connection,
    kind: Locked,
    activity_id: i64,
    at: Option<NaiveDateTime>,
) -> rusqlite::Result<()> {
    let sql = format!(
        "UPDATE {} SET published_at = ?2 WHERE activity_id = ?1",
        kind.table()
    );
    conn.prepare_cached(&sql)?
        .execute(params![activity_id, at.map(time_text)])?;
    Ok(())
}

/// The activities of the contests of `kind` whose results are published, starting in
/// `[from, to)`, in order of their start.
pub(crate) fn published_in(
    conn: &Connection,
    kind: Locked,
    from: NaiveDate,
    to: NaiveDate,
) -> rusqlite::Result<Vec<i64>> {
    let sql = format!(
        "SELECT c.activity_id FROM {} c JOIN activity a ON a.id = c.activity_id
         WHERE c.published_at IS NOT NULL AND a.starts_at >= ?1 AND a.starts_at < ?2
         ORDER BY a.starts_at, a.id",
        kind.table()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![date_text(from), date_text(to)], |r| r.get(0))?;
    rows.collect()
}

/// Every contest of `kind` whose results are published, with when: (activity, published at).
pub(crate) fn published(
    conn: &Connection,
    kind: Locked,
) -> rusqlite::Result<Vec<(i64, NaiveDateTime)>> {
    let sql = format!(
        "SELECT activity_id, published_at FROM {} WHERE published_at IS NOT NULL
         ORDER BY activity_id",
        kind.table()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, time_column(r, 1)?)))?;
    rows.collect()
}
