//! Results kept until the data changes: a read that scans the year (the attendance tally behind the
//! leaderboard and the 首页) is computed once and served again while no write has happened.
//!
//! A result is stamped with what identifies the data its connection saw:
//! - a random token kept in the connection's own temporary schema: a new connection, or one
//!   whose data was replaced by a restore ([`forget`], called from `store::reopened`), gets a
//!   new token, so nothing computed before is served to it;
//! - `sqlite3_total_changes`: every INSERT, UPDATE or DELETE this connection runs moves it (the
//!   rows a trigger or a foreign-key cascade touches come with a statement that counts);
//! - `PRAGMA data_version`: it moves when another connection commits to the file.
//!
//! Inside a transaction nothing is kept or served (a rolled-back write leaves the change count
//! moved but the data as before; a result computed in between would describe data that never was).

use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension};

/// How many results a [`Memo`] keeps (e.g. a year's board and a quarter's).
const KEEP: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    token: i64,
    changes: u64,
    data_version: i64,
}

fn stamp(conn: &Connection) -> rusqlite::Result<Stamp> {
    let token = match conn
        .query_row("SELECT token FROM temp.memo_token", [], |r| r.get(0))
        .optional()
    {
        Ok(Some(t)) => t,
        Ok(None) | Err(_) => {
            let t: i64 = rand::random();
            conn.execute_batch(
                "CREATE TEMP TABLE IF NOT EXISTS memo_token (token INTEGER NOT NULL);
                 DELETE FROM temp.memo_token;",
            )?;
            conn.execute("INSERT INTO temp.memo_token (token) VALUES (?1)", [t])?;
            t
        }
    };
    Ok(Stamp {
        token,
        // Read after the token: creating it counts as a change.
        changes: conn.total_changes(),
        data_version: conn.query_row("PRAGMA data_version", [], |r| r.get(0))?,
    })
}

/// Makes every result computed on `conn` so far unservable (its data was replaced wholesale).
pub fn forget(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("DROP TABLE IF EXISTS temp.memo_token")
}

/// Results of one read, by its arguments `K`, kept for the data they were computed on.
pub struct Memo<K, V> {
    kept: Mutex<Vec<(Stamp, K, Arc<V>)>>,
}

impl<K: PartialEq + Clone, V> Default for Memo<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: PartialEq + Clone, V> Memo<K, V> {
    pub const fn new() -> Self {
        Memo {
            kept: Mutex::new(Vec::new()),
        }
    }

    /// The result of `read(conn)` for `key`: the kept one when nothing has changed since it was
    /// computed on this connection, else computed now (and kept, outside a transaction).
    pub fn get<E: From<rusqlite::Error>>(
        &self,
        conn: &Connection,
        key: K,
        read: impl FnOnce(&Connection) -> Result<V, E>,
    ) -> Result<Arc<V>, E> {
        if !conn.is_autocommit() {
            return read(conn).map(Arc::new);
        }
        let stamp = stamp(conn)?;
        if let Some(v) = self
            .lock()
            .iter()
            .find(|(s, k, _)| *s == stamp && *k == key)
        {
            return Ok(v.2.clone());
        }
        let value = Arc::new(read(conn)?);
        let mut kept = self.lock();
        kept.retain(|(s, k, _)| s.token != stamp.token || (*s == stamp && *k != key));
        if kept.len() >= KEEP {
            kept.remove(0);
        }
        kept.push((stamp, key, value.clone()));
        Ok(value)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(Stamp, K, Arc<V>)>> {
        // A panic while holding the lock leaves only kept results behind; they are still valid.
        self.kept.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;

    static SUMS: Memo<i64, i64> = Memo::new();

    fn sum_over(conn: &Connection, min: i64) -> Result<Arc<i64>, rusqlite::Error> {
        SUMS.get(conn, min, |c| {
            c.query_row(
                "SELECT coalesce(sum(x), 0) FROM t WHERE x >= ?1",
                [min],
                |r| r.get(0),
            )
        })
    }

    fn table(conn: &Connection) {
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS t (x INTEGER); INSERT INTO t VALUES (1), (2);",
        )
        .unwrap();
    }

    #[test]
    fn a_kept_result_is_served_until_this_connection_writes() {
        let conn = store::open_in_memory().unwrap();
        table(&conn);
        let first = sum_over(&conn, 0).unwrap();
        assert_eq!(*first, 3);
        assert!(
            Arc::ptr_eq(&first, &sum_over(&conn, 0).unwrap()),
            "served again"
        );
        assert_eq!(
            *sum_over(&conn, 2).unwrap(),
            2,
            "another key is its own result"
        );
        conn.execute("INSERT INTO t VALUES (4)", []).unwrap();
        assert_eq!(*sum_over(&conn, 0).unwrap(), 7);
        conn.execute("DELETE FROM t WHERE x = 1", []).unwrap();
        assert_eq!(*sum_over(&conn, 0).unwrap(), 6);
    }

    #[test]
    fn another_connections_commit_is_seen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("memo.db");
        let reader = store::open(&path).unwrap();
        table(&reader);
        assert_eq!(*sum_over(&reader, 0).unwrap(), 3);
        let writer = store::open(&path).unwrap();
        writer
            .execute("UPDATE t SET x = 10 WHERE x = 2", [])
            .unwrap();
        assert_eq!(*sum_over(&reader, 0).unwrap(), 11);
    }

    #[test]
    fn nothing_read_inside_a_rolled_back_transaction_is_served_after_it() {
        let mut conn = store::open_in_memory().unwrap();
        table(&conn);
        assert_eq!(*sum_over(&conn, 0).unwrap(), 3);
        {
            let tx = conn.transaction().unwrap();
            tx.execute("INSERT INTO t VALUES (100)", []).unwrap();
            assert_eq!(
                *sum_over(&tx, 0).unwrap(),
                103,
                "the transaction sees its own write"
            );
            tx.rollback().unwrap();
        }
        assert_eq!(*sum_over(&conn, 0).unwrap(), 3);
    }

    #[test]
    fn forgetting_serves_nothing_kept_before() {
        let conn = store::open_in_memory().unwrap();
        table(&conn);
        let first = sum_over(&conn, 0).unwrap();
        forget(&conn).unwrap();
        let again = sum_over(&conn, 0).unwrap();
        assert_eq!(*again, 3);
        assert!(!Arc::ptr_eq(&first, &again), "recomputed after forget");
    }
}
