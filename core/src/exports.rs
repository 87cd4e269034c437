//! Where exported files go: `$WENMING_EXPORT_DIR` if set, else the user's 下载 folder, else the
//! data folder. File names carry the date and time so that nothing is overwritten.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::error::Coded;

pub const EXPORT_DIR_ENV: &str = "WENMING_EXPORT_DIR";

#[derive(Debug, thiserror::Error)]
#[error("无法保存导出文件到 {path}：{reason}")]
pub struct ExportError {
    pub path: String,
    pub reason: String,
}

impl Coded for ExportError {
    fn code(&self) -> &'static str {
        "export.write_failed"
    }
}

/// A file the app wrote for the user.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ExportedFile {
    pub path: String,
    pub file_name: String,
}

pub fn export_dir() -> PathBuf {
    if let Some(p) = std::env::var_os(EXPORT_DIR_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    dirs::download_dir()
        .or_else(|| dirs::data_dir().map(|d| d.join("wenming").join("exports")))
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Saves `bytes` as `<stem>_<YYYYMMDD-HHMMSS>.<ext>` in `dir`.
pub fn save(dir: &Path, stem: &str, ext: &str, bytes: &[u8]) -> Result<ExportedFile, ExportError> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut file_name = format!("{stem}_{stamp}.{ext}");
    let mut n = 2;
    while dir.join(&file_name).exists() {
        file_name = format!("{stem}_{stamp}_{n}.{ext}");
        n += 1;
    }
    let path = dir.join(&file_name);
    let fail = |e: std::io::Error| ExportError {
        path: dir.display().to_string(),
        reason: e.to_string(),
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    std::fs::write(&path, bytes).map_err(fail)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
        file_name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saving_twice_in_the_same_second_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let a = save(dir.path(), "花名册", "xlsx", b"one").unwrap();
        let b = save(dir.path(), "花名册", "xlsx", b"two").unwrap();
        assert_ne!(a.path, b.path);
        assert!(a.file_name.starts_with("花名册_"));
        assert_eq!(std::fs::read(&a.path).unwrap(), b"one");
        assert_eq!(std::fs::read(&b.path).unwrap(), b"two");
    }

    #[test]
    fn an_unwritable_folder_is_reported_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"x").unwrap();
        let err: crate::AppError = save(&blocker.join("sub"), "花名册", "xlsx", b"x")
            .unwrap_err()
            .into();
        assert_eq!(err.code, "export.write_failed");
        assert!(err.message.contains("file"));
    }
}
