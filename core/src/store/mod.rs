//! The SQLite store: where the database file lives, how every connection is opened, and the
//! embedded, numbered migrations (`core/migrations/NNNN_*.sql`, never edited once landed).
//!
//! Every connection gets WAL, foreign keys, a busy timeout and `secure_delete` (deleted content is
//! overwritten with zeros, so freed space keeps no old record). A database whose schema version is
//! newer than this binary knows is refused with [`StoreError::TooNew`] and left untouched. Every
//! write of the core runs in one transaction opened by [`write`].

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use rusqlite::Connection;
use rusqlite::{Transaction, TransactionBehavior};
use rusqlite_migration::{Migrations, M};

use crate::error::StoreError;

pub mod memo;

/// Environment variable that overrides the database path (tests give each run its own file).
pub const DB_ENV: &str = "WENMING_DB";

const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../../migrations/0001_roster.sql")),
    M::up(include_str!("../../migrations/0002_activities.sql")),
    M::up(include_str!("../../migrations/0003_honors.sql")),
    M::up(include_str!("../../migrations/0004_honors_publicity.sql")),
    M::up(include_str!("../../migrations/0005_contests.sql")),
    M::up(include_str!("../../migrations/0006_tournaments.sql")),
    M::up(include_str!("../../migrations/0007_honor_files.sql")),
    M::up(include_str!("../../migrations/0008_pin_lockout.sql")),
    M::up(include_str!("../../migrations/0009_ballot.sql")),
    M::up(include_str!("../../migrations/0010_pledges.sql")),
    M::up(include_str!("../../migrations/0011_pledge_rounds.sql")),
    M::up(include_str!("../../migrations/0012_points.sql")),
    M::up(include_str!("../../migrations/0013_ledger.sql")),
    M::up(include_str!("../../migrations/0014_exemplars.sql")),
    M::up(include_str!("../../migrations/0015_audit.sql")),
    M::up(include_str!("../../migrations/0016_challenges.sql")),
    M::up(include_str!("../../migrations/0017_field_fixed.sql")),
    M::up(include_str!("../../migrations/0018_timed.sql")),
    M::up(include_str!("../../migrations/0019_staff_list.sql")),
    M::up(include_str!("../../migrations/0020_activity_list.sql")),
    M::up(include_str!("../../migrations/0021_audit_list.sql")),
];

/// The schema version this binary writes: the number of migrations it carries.
pub fn schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// `$WENMING_DB` if set, else `wenming.db` in the user's data folder
/// (`~/.local/share/wenming/` on Linux, `%APPDATA%\wenming\` on Windows).
pub fn default_db_path() -> PathBuf {
    if let Some(p) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("wenming")
        .join("wenming.db")
}

/// Opens (creating if needed) the database at `path` and brings its schema up to date.
pub fn open(path: &Path) -> Result<Connection, StoreError> {
    open_with(path, |_| Ok(()))
}

/// [`open`], calling `before_upgrade` first when a database with data is about to be upgraded
/// (the safety feature backs it up there). An error from it leaves the database as it was.
pub fn open_with(
    path: &Path,
    before_upgrade: impl FnOnce(&Connection) -> Result<(), String>,
) -> Result<Connection, StoreError> {
    let open_err = |reason: String| StoreError::Open {
        path: path.display().to_string(),
        reason,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| open_err(e.to_string()))?;
    }
    let mut conn = Connection::open(path).map_err(|e| open_err(e.to_string()))?;
    configure(&conn)?;
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > 0 && found < schema_version() {
        before_upgrade(&conn).map_err(StoreError::BackupBeforeUpgrade)?;
    }
    migrate(&mut conn)?;
    Ok(conn)
}

/// After the data behind `conn` was replaced (a restore): the connection's settings again and
/// the schema brought up to date, as for a freshly opened file.
pub fn reopened(conn: &mut Connection) -> Result<(), StoreError> {
    memo::forget(conn)?;
    configure(conn)?;
    migrate(conn)
}

/// An in-memory database with the full schema, for tests.
pub fn open_in_memory() -> Result<Connection, StoreError> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn)?;
    migrate(&mut conn)?;
    Ok(conn)
}

fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // An acknowledged write survives a power cut: the write-ahead log is synced at every commit
    // (NORMAL would sync only at checkpoints). The cost is measured in docs/RELIABILITY.md.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > schema_version() {
        return Err(StoreError::TooNew {
            found,
            supported: schema_version(),
        });
    }
    Migrations::from_slice(MIGRATIONS)
        .to_latest(conn)
        .map_err(|e| StoreError::Migration(e.to_string()))?;
    // A migration may have dropped old records: leave none of them in the write-ahead log.
    empty_write_ahead_log(conn);
    Ok(())
}

/// Folds the write-ahead log into the database and truncates it, so that no frame of an earlier
/// commit stays on disk. Best effort: a busy reader only delays this to the next call.
pub fn empty_write_ahead_log(conn: &Connection) {
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
}

/// An in-memory database at schema `version`, to test a later migration on old data.
#[cfg(test)]
pub(crate) fn open_in_memory_at(version: usize) -> Result<Connection, StoreError> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn)?;
    Migrations::from_slice(MIGRATIONS)
        .to_version(&mut conn, version)
        .map_err(|e| StoreError::Migration(e.to_string()))?;
    Ok(conn)
}

/// Brings a database opened with [`open_in_memory_at`] up to date.
#[cfg(test)]
pub(crate) fn migrate_to_latest(conn: &mut Connection) -> Result<(), StoreError> {
    migrate(conn)
}

/// Opens a write: one transaction that takes the write lock at once (`BEGIN IMMEDIATE`), so that
/// a rule's checks and its writes see the same database even when two windows write at once.
/// Dropped without `commit` — a refusal returned with `?` — it changes nothing.
pub fn write(conn: &mut Connection) -> Result<Transaction<'_>, StoreError> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

pub(crate) mod setting;

#[cfg(test)]
mod tests;
