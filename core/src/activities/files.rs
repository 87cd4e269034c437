//! Photos and files of an activity, copied into the data folder under their SHA-256
//! (`files/ab/abcdef…`), so that the same file attached twice is stored once.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use super::model::ActivityFile;
use super::{store, write, ActivityError};
use crate::store::now_text;

pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;
const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "gif", "webp", "bmp"];

/// Where attached files live: `files/` beside the database file.
pub fn files_dir(db_path: &Path) -> PathBuf {
    db_path.parent().unwrap_or(Path::new(".")).join("files")
}

fn blob_path(dir: &Path, sha256: &str) -> PathBuf {
    dir.join(&sha256[..2]).join(sha256)
}

fn file_from_row(r: &rusqlite::Row) -> rusqlite::Result<ActivityFile> {
    let file_name: String = r.get(3)?;
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_default();
    Ok(ActivityFile {
        id: r.get(0)?,
        activity_id: r.get(1)?,
        sha256: r.get(2)?,
        is_image: IMAGE_EXTENSIONS.contains(&ext.as_str()),
        file_name,
        size: r.get(4)?,
    })
}

const COLUMNS: &str = "id, activity_id, sha256, file_name, size";

/// Attaches a file. The same content attached again to the same activity returns the existing
/// entry; the bytes are written once whichever activities share them.
pub fn add_file(
    conn: &mut Connection,
    dir: &Path,
    activity_id: i64,
    file_name: &str,
    bytes: &[u8],
) -> Result<ActivityFile, ActivityError> {
    let file_name = crate::text::required(
        "文件名",
        file_name.rsplit(['/', '\\']).next().unwrap_or(""),
        120,
    )
    .map_err(ActivityError::Invalid)?;
    if bytes.is_empty() {
        return Err(ActivityError::File(format!("“{file_name}”是空文件")));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ActivityError::File(format!(
            "“{file_name}”超过 {} MB，请压缩后再上传",
            MAX_FILE_BYTES / 1024 / 1024
        )));
    }
    store::activity(conn, activity_id)?.ok_or(ActivityError::NotFound)?;
    let sha256 = format!("{:x}", Sha256::digest(bytes));
    let path = blob_path(dir, &sha256);
    if !path.exists() {
        let io = |e: std::io::Error| ActivityError::File(format!("无法保存文件到数据文件夹：{e}"));
        std::fs::create_dir_all(path.parent().expect("blob paths have a parent")).map_err(io)?;
        let tmp = path.with_extension("part");
        std::fs::write(&tmp, bytes).map_err(io)?;
        std::fs::rename(&tmp, &path).map_err(io)?;
    }
    let tx = write(conn)?;
    store::activity(&tx, activity_id)?.ok_or(ActivityError::NotFound)?;
    tx.execute(
        "INSERT INTO activity_file (activity_id, sha256, file_name, size, added_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (activity_id, sha256) DO NOTHING",
        params![activity_id, sha256, file_name, bytes.len() as i64, now_text()],
    )?;
    let file = tx.query_row(
        &format!("SELECT {COLUMNS} FROM activity_file WHERE activity_id = ?1 AND sha256 = ?2"),
        params![activity_id, sha256],
        file_from_row,
    )?;
    tx.commit()?;
    Ok(file)
}

pub fn files(conn: &Connection, activity_id: i64) -> Result<Vec<ActivityFile>, ActivityError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM activity_file WHERE activity_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([activity_id], file_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn file(conn: &Connection, id: i64) -> Result<ActivityFile, ActivityError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM activity_file WHERE id = ?1"),
        [id],
        file_from_row,
    )
    .optional()?
    .ok_or_else(|| ActivityError::File("找不到这个文件，可能已被删除".into()))
}

/// The file and its bytes, checked against its hash.
pub fn file_bytes(
    conn: &Connection,
    dir: &Path,
    id: i64,
) -> Result<(ActivityFile, Vec<u8>), ActivityError> {
    let f = file(conn, id)?;
    let bytes = std::fs::read(blob_path(dir, &f.sha256))
        .map_err(|e| ActivityError::File(format!("数据文件夹中找不到“{}”：{e}", f.file_name)))?;
    if format!("{:x}", Sha256::digest(&bytes)) != f.sha256 {
        return Err(ActivityError::File(format!(
            "“{}”已损坏（内容与登记的不符）",
            f.file_name
        )));
    }
    Ok((f, bytes))
}

/// Detaches a file; its bytes go once no activity uses them.
pub fn remove_file(conn: &mut Connection, dir: &Path, id: i64) -> Result<(), ActivityError> {
    let tx = write(conn)?;
    let f = file(&tx, id)?;
    tx.execute("DELETE FROM activity_file WHERE id = ?1", [id])?;
    let still_used: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM activity_file WHERE sha256 = ?1)",
        [&f.sha256],
        |r| r.get(0),
    )?;
    tx.commit()?;
    if !still_used {
        let _ = std::fs::remove_file(blob_path(dir, &f.sha256));
    }
    Ok(())
}
