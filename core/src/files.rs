//! The store of attached files (活动照片, 推荐附件): each content once under its SHA-256 in
//! `files/ab/abcdef…` beside the database, whichever feature attached it. Features keep their own
//! table of attachments; a blob is deleted once none of those tables refers to it.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use sha2::{Digest, Sha256};

pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;
const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "gif", "webp", "bmp"];
/// Every table that refers to a blob by its `sha256` column.
const REFERRING_TABLES: &[&str] = &["activity_file", "honor_nomination_file"];

/// Where attached files live: `files/` beside the database file.
pub fn files_dir(db_path: &Path) -> PathBuf {
    db_path.parent().unwrap_or(Path::new(".")).join("files")
}

fn blob_path(dir: &Path, sha256: &str) -> PathBuf {
    dir.join(&sha256[..2]).join(sha256)
}

/// Whether the file name says it is a picture the window can show.
pub fn is_image(file_name: &str) -> bool {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_default();
    IMAGE_EXTENSIONS.contains(&ext.as_str())
}

/// A file written to the store: its hash, its cleaned name (no folders) and its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub sha256: String,
    pub file_name: String,
    pub size: i64,
}

/// Checks the name and size and writes the bytes (once per content). The error is a plain
/// Chinese sentence for the feature's own error type.
pub fn store(dir: &Path, file_name: &str, bytes: &[u8]) -> Result<Stored, String> {
    let file_name = crate::text::required(
        "文件名",
        file_name.rsplit(['/', '\\']).next().unwrap_or(""),
        120,
    )?;
    if bytes.is_empty() {
        return Err(format!("“{file_name}”是空文件"));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "“{file_name}”超过 {} MB，请压缩后再上传",
            MAX_FILE_BYTES / 1024 / 1024
        ));
    }
    let sha256 = format!("{:x}", Sha256::digest(bytes));
    let path = blob_path(dir, &sha256);
    if !path.exists() {
        let io = |e: std::io::Error| format!("无法保存文件到数据文件夹：{e}");
        std::fs::create_dir_all(path.parent().expect("blob paths have a parent")).map_err(io)?;
        let tmp = path.with_extension("part");
        std::fs::write(&tmp, bytes).map_err(io)?;
        std::fs::rename(&tmp, &path).map_err(io)?;
    }
    Ok(Stored {
        sha256,
        file_name,
        size: bytes.len() as i64,
    })
}

/// The bytes of a stored file, checked against its hash.
pub fn read(dir: &Path, sha256: &str, file_name: &str) -> Result<Vec<u8>, String> {
    let bytes = std::fs::read(blob_path(dir, sha256))
        .map_err(|e| format!("数据文件夹中找不到“{file_name}”：{e}"))?;
    if format!("{:x}", Sha256::digest(&bytes)) != sha256 {
        return Err(format!("“{file_name}”已损坏（内容与登记的不符）"));
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
