//! 数据安全: backups, restore and moving the whole data to another machine.
//!
//! One format for all of them — the data archive (`archive`): a zip holding `manifest.json`,
//! `wenming.db` (a consistent copy made with SQLite's online backup API while the app runs) and
//! the attached files under `files/`. Backups are such archives in `backups/` beside the database
//! (`backups`): one at the first start of each day, one before every upgrade of the database and
//! before every restore, and one whenever the organizer asks; the last [`backups::KEEP`] are kept.
//!
//! Reading an archive (restore, import) checks everything before anything changes: a zip with our
//! manifest, only the expected entries, every file matching its SHA-256 name, a database that
//! passes `PRAGMA integrity_check`, is ours (it has the unit's tables) and is not newer than this
//! program. Only then is the current data backed up and the archive's data put in its place.
//!
//! The 操作日志 (`audit`) records organizer writes, kiosk open / close and points adjustments in a
//! hash chain, checked line by line.

mod archive;
pub mod audit;
pub mod backups;

pub use archive::{check_archive, write_archive, ArchiveInfo, MANIFEST_FORMAT};
pub use backups::{
    back_up, backups_dir, daily_backup, daily_backup_apart, export_data, import_data, list_backups,
    open_backed_up, restore_backup, BackupInfo, BackupReason,
};

use crate::error::Coded;

#[derive(Debug, thiserror::Error)]
pub enum SafetyError {
    #[error("“{0}”不是本工作台的数据备份（可能是别的软件的文件），未做任何更改")]
    Foreign(String),
    #[error("“{name}”已损坏，不能用来恢复（{reason}），未做任何更改；请换一个备份")]
    Damaged { name: String, reason: String },
    #[error("“{name}”由更新版本的工作台写入（数据版本 {found}，本程序支持到 {supported}），请先安装新版本，未做任何更改")]
    TooNew {
        name: String,
        found: i64,
        supported: i64,
    },
    #[error("找不到备份“{0}”，请刷新列表后再试")]
    NotFound(String),
    #[error("无法写入备份文件夹 {path}：{reason}；请检查磁盘空间和权限")]
    WriteFailed { path: String, reason: String },
    #[error("无法读取 {path}：{reason}")]
    ReadFailed { path: String, reason: String },
}

impl Coded for SafetyError {
    fn code(&self) -> &'static str {
        match self {
            SafetyError::Foreign(_) => "safety.foreign",
            SafetyError::Damaged { .. } => "safety.damaged",
            SafetyError::TooNew { .. } => "safety.too_new",
            SafetyError::NotFound(_) => "safety.not_found",
            SafetyError::WriteFailed { .. } => "safety.write_failed",
            SafetyError::ReadFailed { .. } => "safety.read_failed",
        }
    }
}

impl SafetyError {
    fn write(path: &std::path::Path, e: impl std::fmt::Display) -> Self {
        SafetyError::WriteFailed {
            path: path.display().to_string(),
            reason: e.to_string(),
        }
    }
}

#[cfg(test)]
mod tests;
