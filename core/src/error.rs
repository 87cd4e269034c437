//! The one error that crosses IPC: a stable `code` and a plain Chinese `message`.
//!
//! Each feature has its own `thiserror` enum whose `Display` is the Chinese message; it implements
//! [`Coded`] for its stable code, and converts into [`AppError`] through the blanket `From`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An error as the UI sees it: `code` is stable and tested, `message` is for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[ts(export)]
#[error("{message}")]
pub struct AppError {
    pub code: String,
    pub message: String,
}

impl AppError {
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
        }
    }
}

/// A feature error with a stable machine-readable code (e.g. `roster.duplicate_employee_no`).
pub trait Coded: std::fmt::Display {
    fn code(&self) -> &'static str;
}

impl<E: Coded> From<E> for AppError {
    fn from(e: E) -> Self {
        AppError::new(e.code(), e.to_string())
    }
}

/// Errors of the store itself, shared by every feature.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("数据库文件由更新版本的工作台写入（数据版本 {found}，本程序支持到 {supported}），请安装新版本后再打开，以免损坏数据")]
    TooNew { found: i64, supported: i64 },
    #[error("无法打开数据库文件 {path}：{reason}")]
    Open { path: String, reason: String },
    #[error("数据库操作失败：{0}")]
    Sql(#[from] rusqlite::Error),
    #[error("数据库升级失败：{0}")]
    Migration(String),
    #[error("升级数据库之前的备份没有成功（{0}），数据库未升级；请检查磁盘空间后重新启动")]
    BackupBeforeUpgrade(String),
}

impl Coded for StoreError {
    fn code(&self) -> &'static str {
        match self {
            StoreError::TooNew { .. } => "store.too_new",
            StoreError::Open { .. } => "store.open",
            StoreError::Sql(_) => "store.sql",
            StoreError::Migration(_) => "store.migration",
            StoreError::BackupBeforeUpgrade(_) => "store.backup_before_upgrade",
        }
    }
}
