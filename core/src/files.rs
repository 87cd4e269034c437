//! The store of attached files (活动照片, 推荐附件, 践诺附件): each content once under its SHA-256 in
//! `files/ab/abcdef…` beside the database, whichever feature attached it. Features keep their own
//! table of attachments; a blob is deleted once none of those tables refers to it.
//!
//! What it guarantees:
//! - a file is checked (name, size, type) before a byte is written;
//! - a blob is on disk for good (file and folder synced) before the row that names it commits:
//!   features call [`stage`] inside their write transaction, insert the row, commit, then
//!   [`Staged::keep`]. A blob that this call created and that was not kept (the transaction
//!   failed or was refused) is removed again, so a refused upload leaves no orphan file;
//! - blobs are created only inside a write transaction, so two uploads of the same content
//!   cannot remove each other's blob.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use sha2::{Digest, Sha256};

use crate::error::Coded;

pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;
const FILE_NAME_MAX: usize = 120;
const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "gif", "webp", "bmp"];
/// What can be attached besides pictures: documents (PDF, OFD, Word, Excel, PowerPoint, WPS),
/// plain text and short videos. Programs, scripts and web pages are refused.
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "pdf", "ofd", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "dps", "txt", "csv",
    "rtf", "mp4", "mov",
];
/// Every table that refers to a blob by its `sha256` column.
const REFERRING_TABLES: &[&str] = &[
    "activity_file",
    "honor_nomination_file",
    "pledge_progress_file",
    "ledger_document",
    "exemplar_file",
];

#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{0}")]
    BadName(String),
    #[error("“{0}”是空文件")]
    Empty(String),
    #[error("“{name}”超过 {max_mb} MB，请压缩后再上传")]
    TooLarge { name: String, max_mb: usize },
    #[error(
        "“{0}”不是可以附加的文件类型；可以附加图片、PDF、Word、Excel、PPT、WPS 文档、文本或视频"
    )]
    BadType(String),
    #[error("无法保存文件到数据文件夹：{0}")]
    WriteFailed(String),
    #[error("找不到这个文件，可能已被删除，请刷新后再试")]
    NotFound,
    #[error("数据文件夹中找不到“{0}”")]
    Missing(String),
    #[error("“{0}”已损坏（内容与登记的不符）")]
    Corrupt(String),
}

impl Coded for FileError {
    fn code(&self) -> &'static str {
        match self {
            FileError::BadName(_) => "file.bad_name",
            FileError::Empty(_) => "file.empty",
            FileError::TooLarge { .. } => "file.too_large",
            FileError::BadType(_) => "file.bad_type",
            FileError::WriteFailed(_) => "file.write_failed",
            FileError::NotFound => "file.not_found",
            FileError::Missing(_) => "file.missing",
            FileError::Corrupt(_) => "file.corrupt",
        }
    }
}

/// Where attached files live: `files/` beside the database file.
pub fn files_dir(db_path: &Path) -> PathBuf {
    db_path.parent().unwrap_or(Path::new(".")).join("files")
}

fn blob_path(dir: &Path, sha256: &str) -> PathBuf {
    dir.join(&sha256[..2]).join(sha256)
}

fn extension(file_name: &str) -> String {
    file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_default()
}

/// Whether the file name says it is a picture the window can show.
pub fn is_image(file_name: &str) -> bool {
    IMAGE_EXTENSIONS.contains(&extension(file_name).as_str())
}

/// A file checked and written to the store: its hash, its cleaned name (no folders) and size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub sha256: String,
    pub file_name: String,
    pub size: i64,
}

/// Checks what a file may be: a name without folders or control characters, not empty, at most
/// [`MAX_FILE_BYTES`], a picture or a document. Returns the cleaned name.
pub fn check(file_name: &str, bytes: &[u8]) -> Result<String, FileError> {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or("");
    if base.chars().any(char::is_control) {
        return Err(FileError::BadName("文件名不能含有控制字符".into()));
    }
    let name = crate::text::required("文件名", base, FILE_NAME_MAX).map_err(FileError::BadName)?;
    if name.trim_matches('.').is_empty() {
        return Err(FileError::BadName("文件名不能为空".into()));
    }
    let ext = extension(&name);
    if !IMAGE_EXTENSIONS.contains(&ext.as_str()) && !DOCUMENT_EXTENSIONS.contains(&ext.as_str()) {
        return Err(FileError::BadType(name));
    }
    if bytes.is_empty() {
        return Err(FileError::Empty(name));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            name,
            max_mb: MAX_FILE_BYTES / 1024 / 1024,
        });
    }
    Ok(name)
}

/// A blob written (and synced) for a row that is not committed yet. Dropped without
/// [`Staged::keep`], it removes the blob again if this call created it.
#[must_use = "call keep() after the row that names the blob has committed"]
pub struct Staged {
    pub stored: Stored,
    created: Option<PathBuf>,
}

impl Staged {
    /// The row naming the blob has committed: the blob stays.
    pub fn keep(mut self) -> Stored {
        self.created = None;
        self.stored.clone()
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let Some(path) = self.created.take() {
            let _ = std::fs::remove_file(&path);
            if let Some(parent) = path.parent() {
                // Only succeeds when the folder is empty again.
                let _ = std::fs::remove_dir(parent);
            }
        }
    }
}

/// Checks the file and writes its bytes (once per content), synced to disk. Call it inside the
/// write transaction that inserts the row naming the blob, and [`Staged::keep`] after commit.
pub fn stage(dir: &Path, file_name: &str, bytes: &[u8]) -> Result<Staged, FileError> {
    let file_name = check(file_name, bytes)?;
    let sha256 = format!("{:x}", Sha256::digest(bytes));
    let path = blob_path(dir, &sha256);
    let created = if path.exists() {
        None
    } else {
        write_synced(&path, bytes).map_err(|e| FileError::WriteFailed(e.to_string()))?;
        Some(path)
    };
    Ok(Staged {
        stored: Stored {
            sha256,
            file_name,
            size: bytes.len() as i64,
        },
        created,
    })
}

/// Writes `bytes` to a temporary name beside `path`, syncs it, renames it into place and syncs
/// the folder, so that after a crash the file is either whole or absent.
pub(crate) fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let parent = path.parent().expect("stored paths have a parent");
    std::fs::create_dir_all(parent)?;
    let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(".part");
    let tmp = parent.join(tmp_name);
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        sync_dir(parent)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Makes a rename in `dir` durable. Windows cannot open a folder as a file; NTFS journals the
/// rename itself.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
    Ok(())
}

/// The bytes of a stored file, checked against its hash.
pub fn read(dir: &Path, sha256: &str, file_name: &str) -> Result<Vec<u8>, FileError> {
    let bytes = std::fs::read(blob_path(dir, sha256))
        .map_err(|_| FileError::Missing(file_name.to_string()))?;
    if format!("{:x}", Sha256::digest(&bytes)) != sha256 {
        return Err(FileError::Corrupt(file_name.to_string()));
    }
    Ok(bytes)
}

/// Whether any attachment still refers to the blob.
pub fn in_use(conn: &Connection, sha256: &str) -> rusqlite::Result<bool> {
    for table in REFERRING_TABLES {
        let used: bool = conn.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE sha256 = ?1)"),
            [sha256],
            |r| r.get(0),
        )?;
        if used {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Deletes the blob (best effort), after the caller found it no longer [`in_use`].
pub fn delete(dir: &Path, sha256: &str) {
    let _ = std::fs::remove_file(blob_path(dir, sha256));
}

#[cfg(test)]
mod tests;
