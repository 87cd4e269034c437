//! Backups in `backups/` beside the database, restore from one of them, and export / import of
//! the whole data as one archive.
//!
//! A backup's file name says when and why it was made: `wenming-20261202-080000-daily.zip`.
//! Only names of that form are listed, restored from or removed; the last [`KEEP`] are kept.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::{Connection, MAIN_DB};
use serde::Serialize;
use ts_rs::TS;

use super::archive::{self, check_archive, write_archive, ArchiveInfo, FILES_DIR};
use super::SafetyError;
use crate::error::{AppError, StoreError};
use crate::{files, store};

/// How many backups are kept; older ones are removed after each new one.
pub const KEEP: usize = 14;
const PREFIX: &str = "wenming-";
const SUFFIX: &str = ".zip";
const STAMP_FORMAT: &str = "%Y%m%d-%H%M%S";

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BackupReason {
    /// The first start of the day.
    Daily,
    /// 立即备份.
    Manual,
    /// Before this program upgraded the database.
    BeforeUpgrade,
    /// Before a restore or an import replaced the data.
    BeforeRestore,
}

impl BackupReason {
    const ALL: [BackupReason; 4] = [
        BackupReason::Daily,
        BackupReason::Manual,
        BackupReason::BeforeUpgrade,
        BackupReason::BeforeRestore,
    ];

    fn tag(self) -> &'static str {
        match self {
            BackupReason::Daily => "daily",
            BackupReason::Manual => "manual",
            BackupReason::BeforeUpgrade => "before-upgrade",
            BackupReason::BeforeRestore => "before-restore",
        }
    }
}

/// One backup as the settings screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BackupInfo {
    pub file_name: String,
    /// `YYYY-MM-DDTHH:MM:SS`, the unit's local time.
    pub created: String,
    pub reason: BackupReason,
    #[ts(type = "number")]
    pub size: u64,
}

/// `backups/` beside the database.
pub fn backups_dir(db_path: &Path) -> PathBuf {
    db_path.parent().unwrap_or(Path::new(".")).join("backups")
}

fn parse_name(name: &str) -> Option<(NaiveDateTime, BackupReason)> {
    let rest = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let stamp = rest.get(..15)?;
    let created = NaiveDateTime::parse_from_str(stamp, STAMP_FORMAT).ok()?;
    let tail = rest.get(15..)?.strip_prefix('-')?;
    let reason = BackupReason::ALL.into_iter().find(|r| {
        tail.strip_prefix(r.tag())
            .is_some_and(|n| n.is_empty() || n.strip_prefix('-').is_some_and(is_number))
    })?;
    Some((created, reason))
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Every backup in the folder, newest first.
pub fn list_backups(db_path: &Path) -> Result<Vec<BackupInfo>, SafetyError> {
    let dir = backups_dir(db_path);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(SafetyError::ReadFailed {
                path: dir.display().to_string(),
                reason: e.to_string(),
            })
        }
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some((created, reason)) = parse_name(&file_name) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.is_file() {
            continue;
        }
        out.push(BackupInfo {
            file_name,
            created: crate::time::time_text(created),
            reason,
            size: meta.len(),
        });
    }
    out.sort_by(|a, b| b.file_name.cmp(&a.file_name));
    Ok(out)
}

/// Backs up the database behind `conn` and the attached files now; removes the oldest beyond
/// [`KEEP`].
pub fn back_up(
    conn: &Connection,
    db_path: &Path,
    now: NaiveDateTime,
    reason: BackupReason,
) -> Result<BackupInfo, SafetyError> {
    let dir = backups_dir(db_path);
    let base = format!("{PREFIX}{}-{}", now.format(STAMP_FORMAT), reason.tag());
    let mut file_name = format!("{base}{SUFFIX}");
    let mut n = 2;
    while dir.join(&file_name).exists() {
        file_name = format!("{base}-{n}{SUFFIX}");
        n += 1;
    }
    let dest = dir.join(&file_name);
    write_archive(conn, &files::files_dir(db_path), &dest, now)?;
    prune(db_path);
    let size = std::fs::metadata(&dest).map(|m| m.len()).unwrap_or(0);
    Ok(BackupInfo {
        file_name,
        created: crate::time::time_text(now),
        reason,
        size,
    })
}

/// Removes backups beyond the newest [`KEEP`] (best effort).
fn prune(db_path: &Path) {
    let Ok(all) = list_backups(db_path) else {
        return;
    };
    for old in all.iter().skip(KEEP) {
        let _ = std::fs::remove_file(backups_dir(db_path).join(&old.file_name));
    }
}

/// The backup at the first start of a day: none when a backup was already made today.
pub fn daily_backup(
    conn: &Connection,
    db_path: &Path,
    now: NaiveDateTime,
) -> Result<Option<BackupInfo>, SafetyError> {
    if made_on(db_path, now.date())? {
        return Ok(None);
    }
    back_up(conn, db_path, now, BackupReason::Daily).map(Some)
}

/// Whether a backup was made on `day`.
fn made_on(db_path: &Path, day: chrono::NaiveDate) -> Result<bool, SafetyError> {
    Ok(list_backups(db_path)?
        .iter()
        .filter_map(|b| parse_name(&b.file_name))
        .any(|(created, _)| created.date() == day))
}

/// Opens the database as [`store::open`] does, backing it up first when its schema is about to be
/// upgraded (that backup must exist before the upgrade, so the caller waits for it).
pub fn open_backed_up(db_path: &Path, now: NaiveDateTime) -> Result<Connection, StoreError> {
    store::open_with(db_path, |conn| {
        back_up(conn, db_path, now, BackupReason::BeforeUpgrade)
            .map(|_| ())
            .map_err(|e| e.to_string())
    })
}

/// The day's backup ([`daily_backup`]) on a connection of its own, for a thread of its own: the
/// app need not wait while a large unit's data is copied and compressed. When one is due it is
/// made once `until_quiet` returns (the app's window set up), of the data as it is then; the app
/// goes on writing meanwhile. It takes its copy of the database and of the attached files in one
/// go, as every backup does: a copy taken earlier would have to hold a read transaction, which
/// keeps each ballot in the write-ahead log (see `ballot::store::forget_write_order`), while the
/// files it names could be removed before they are packed. When today's backup is already made,
/// no wait.
pub fn daily_backup_apart(
    db_path: &Path,
    now: NaiveDateTime,
    until_quiet: impl FnOnce(),
) -> Result<Option<BackupInfo>, SafetyError> {
    if made_on(db_path, now.date())? {
        return Ok(None);
    }
    until_quiet();
    let conn = store::open(db_path).map_err(|e| SafetyError::write(db_path, e))?;
    back_up(&conn, db_path, now, BackupReason::Daily).map(Some)
}

/// Writes the whole data (database and attached files) into `dest`, an archive to carry to
/// another machine.
pub fn export_data(
    conn: &Connection,
    db_path: &Path,
    dest: &Path,
    now: NaiveDateTime,
) -> Result<(), SafetyError> {
    write_archive(conn, &files::files_dir(db_path), dest, now)
}

/// Restores the backup `file_name` from the backups folder (see [`import_data`]).
pub fn restore_backup(
    conn: &mut Connection,
    db_path: &Path,
    file_name: &str,
    now: NaiveDateTime,
) -> Result<ArchiveInfo, AppError> {
    let known = list_backups(db_path)?
        .into_iter()
        .any(|b| b.file_name == file_name);
    if !known {
        return Err(SafetyError::NotFound(file_name.to_string()).into());
    }
    import_data(conn, db_path, &backups_dir(db_path).join(file_name), now)
}

/// Replaces the current data with the archive at `src`, after checking it (see
/// [`check_archive`]) and backing up the current data. A refused archive changes nothing.
/// The caller ends organizer mode: the restored data has its own password.
pub fn import_data(
    conn: &mut Connection,
    db_path: &Path,
    src: &Path,
    now: NaiveDateTime,
) -> Result<ArchiveInfo, AppError> {
    let data_dir = db_path.parent().unwrap_or(Path::new("."));
    let staging = Staging(data_dir.join(format!(".restore-{}", now.format(STAMP_FORMAT))));
    let _ = std::fs::remove_dir_all(&staging.0);
    let info = check_archive(src, &staging.0)?;
    back_up(conn, db_path, now, BackupReason::BeforeRestore)?;

    let files_dir = files::files_dir(db_path);
    copy_missing_blobs(&staging.0.join(FILES_DIR), &files_dir)?;
    conn.restore(
        MAIN_DB,
        staging.0.join(archive::DB_ENTRY),
        None::<fn(rusqlite::backup::Progress)>,
    )
    .map_err(StoreError::from)?;
    store::reopened(conn)?;
    super::audit::watch(conn)?;
    remove_unused_blobs(conn, &files_dir);
    let name = src
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    super::audit::record_now(
        conn,
        now,
        super::audit::AuditMode::Organizer,
        "数据 · 恢复",
        &format!("{name}（{} 的数据）", info.created.replace('T', " ")),
    )?;
    Ok(info)
}

/// Removes the staging folder however the restore ends.
struct Staging(PathBuf);

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Blobs are named by their content: one already present is the same file.
fn copy_missing_blobs(from: &Path, to: &Path) -> Result<(), SafetyError> {
    let Ok(shards) = std::fs::read_dir(from) else {
        return Ok(());
    };
    for shard in shards.flatten() {
        for blob in std::fs::read_dir(shard.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let target = to.join(shard.file_name()).join(blob.file_name());
            if target.exists() {
                continue;
            }
            let bytes = std::fs::read(blob.path()).map_err(|e| SafetyError::write(to, e))?;
            files::write_synced(&target, &bytes).map_err(|e| SafetyError::write(to, e))?;
        }
    }
    Ok(())
}

/// After a restore, blobs that only the replaced data referred to are removed (best effort).
fn remove_unused_blobs(conn: &Connection, files_dir: &Path) {
    let Ok(shards) = std::fs::read_dir(files_dir) else {
        return;
    };
    for shard in shards.flatten() {
        for blob in std::fs::read_dir(shard.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let sha = blob.file_name().to_string_lossy().into_owned();
            if sha.len() == 64 && matches!(files::in_use(conn, &sha), Ok(false)) {
                files::delete(files_dir, &sha);
            }
        }
    }
}

#[cfg(test)]
pub(super) fn name_parses(name: &str) -> bool {
    parse_name(name).is_some()
}

#[cfg(test)]
pub(super) fn staging_dirs(db_path: &Path) -> usize {
    let dir = db_path.parent().unwrap_or(Path::new("."));
    std::fs::read_dir(dir)
        .map(|it| {
            it.flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with(".restore-"))
                .count()
        })
        .unwrap_or(0)
}
