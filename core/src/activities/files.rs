//! Photos and files of an activity, copied into the data folder under their SHA-256
//! (`files/ab/abcdef…`), so that the same file attached twice is stored once.

use std::path::Path;

use chrono::NaiveDateTime;

use rusqlite::{params, Connection, OptionalExtension};

use super::model::ActivityFile;
use super::{activity_for, store, write, ActivityError};
use crate::auth::Role;
use crate::files;
use crate::time::time_text;

pub use crate::files::files_dir;

fn file_from_row(r: &rusqlite::Row) -> rusqlite::Result<ActivityFile> {
    let file_name: String = r.get(3)?;
    Ok(ActivityFile {
        id: r.get(0)?,
        activity_id: r.get(1)?,
        sha256: r.get(2)?,
        is_image: files::is_image(&file_name),
        file_name,
        size: r.get(4)?,
    })
}

const COLUMNS: &str = "id, activity_id, sha256, file_name, size";

/// Attaches a file. The same content attached again to the same activity returns the existing
/// entry; the bytes are written once whichever activities share them, synced before the row
/// commits, and removed again when the attachment is refused.
pub fn add_file(
    conn: &mut Connection,
    dir: &Path,
    activity_id: i64,
    file_name: &str,
    bytes: &[u8],
    now: NaiveDateTime,
) -> Result<ActivityFile, ActivityError> {
    let tx = write(conn)?;
    store::activity(&tx, activity_id)?.ok_or(ActivityError::NotFound)?;
    let staged = files::stage(dir, file_name, bytes)?;
    let stored = &staged.stored;
    tx.execute(
        "INSERT INTO activity_file (activity_id, sha256, file_name, size, added_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (activity_id, sha256) DO NOTHING",
        params![activity_id, stored.sha256, stored.file_name, stored.size, time_text(now)],
    )?;
    let file = tx.query_row(
        &format!("SELECT {COLUMNS} FROM activity_file WHERE activity_id = ?1 AND sha256 = ?2"),
        params![activity_id, stored.sha256],
        file_from_row,
    )?;
    tx.commit()?;
    staged.keep();
    Ok(file)
}

pub fn files(conn: &Connection, activity_id: i64) -> Result<Vec<ActivityFile>, ActivityError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM activity_file WHERE activity_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([activity_id], file_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// [`files`] as `viewer` may see them: staff are told of no draft activity, so not of its files
/// either.
pub fn files_for(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<Vec<ActivityFile>, ActivityError> {
    activity_for(conn, activity_id, now, viewer)?;
    files(conn, activity_id)
}

/// [`file_bytes`] as `viewer` may see them: a file of a draft activity is, for staff, a file that
/// does not exist.
pub fn file_bytes_for(
    conn: &Connection,
    dir: &Path,
    id: i64,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<(ActivityFile, Vec<u8>), ActivityError> {
    let f = file(conn, id)?;
    match activity_for(conn, f.activity_id, now, viewer) {
        Err(ActivityError::NotFound) => Err(ActivityError::File(files::FileError::NotFound)),
        Err(e) => Err(e),
        Ok(_) => file_bytes(conn, dir, id),
    }
}

fn file(conn: &Connection, id: i64) -> Result<ActivityFile, ActivityError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM activity_file WHERE id = ?1"),
        [id],
        file_from_row,
    )
    .optional()?
    .ok_or(ActivityError::File(files::FileError::NotFound))
}

/// The file and its bytes, checked against its hash.
pub fn file_bytes(
    conn: &Connection,
    dir: &Path,
    id: i64,
) -> Result<(ActivityFile, Vec<u8>), ActivityError> {
    let f = file(conn, id)?;
    let bytes = files::read(dir, &f.sha256, &f.file_name)?;
    Ok((f, bytes))
}

/// Detaches a file; its bytes go once nothing refers to them.
pub fn remove_file(conn: &mut Connection, dir: &Path, id: i64) -> Result<(), ActivityError> {
    let tx = write(conn)?;
    let f = file(&tx, id)?;
    tx.execute("DELETE FROM activity_file WHERE id = ?1", [id])?;
    let still_used = files::in_use(&tx, &f.sha256)?;
    tx.commit()?;
    if !still_used {
        files::delete(dir, &f.sha256);
    }
    Ok(())
}
