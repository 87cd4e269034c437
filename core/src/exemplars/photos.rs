//! Photos of a profile, kept in the shared file store ([`crate::files`]); pictures only. The first
//! one is the card's photo. Staff mode sees the photos of published profiles only.

use std::path::Path;

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::ExemplarFile;
use super::store::{row, visible_row};
use super::{write, ExemplarError};
use crate::auth::Role;
use crate::files;
use crate::time::time_text;

const COLUMNS: &str = "id, exemplar_id, sha256, file_name, size";

fn from_row(r: &Row) -> rusqlite::Result<(ExemplarFile, String)> {
    let file_name: String = r.get(3)?;
    Ok((
        ExemplarFile {
            id: r.get(0)?,
            exemplar_id: r.get(1)?,
            is_image: files::is_image(&file_name),
            file_name,
            size: r.get(4)?,
        },
        r.get(2)?,
    ))
}

fn file(conn: &Connection, id: i64) -> Result<(ExemplarFile, String), ExemplarError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM exemplar_file WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(ExemplarError::FileNotFound)
}

/// Adds a photo to a profile; the same picture added again returns the existing entry.
pub fn add_exemplar_file(
    conn: &mut Connection,
    dir: &Path,
    exemplar_id: i64,
    file_name: &str,
    bytes: &[u8],
    now: NaiveDateTime,
) -> Result<ExemplarFile, ExemplarError> {
    let tx = write(conn)?;
    row(&tx, exemplar_id)?;
    let name = files::check(file_name, bytes)?;
    if !files::is_image(&name) {
        return Err(ExemplarError::PhotoNotImage(name));
    }
    let staged = files::stage(dir, file_name, bytes)?;
    let stored = &staged.stored;
    tx.execute(
        "INSERT INTO exemplar_file (exemplar_id, sha256, file_name, size, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (exemplar_id, sha256) DO NOTHING",
        params![
            exemplar_id,
            stored.sha256,
            stored.file_name,
            stored.size,
            time_text(now)
        ],
    )?;
    let (added, _) = tx.query_row(
        &format!("SELECT {COLUMNS} FROM exemplar_file WHERE exemplar_id = ?1 AND sha256 = ?2"),
        params![exemplar_id, stored.sha256],
        from_row,
    )?;
    tx.commit()?;
    staged.keep();
    Ok(added)
}

/// The photos of a profile as `viewer` may see them.
pub fn exemplar_files(
    conn: &Connection,
    exemplar_id: i64,
    viewer: Role,
) -> Result<Vec<ExemplarFile>, ExemplarError> {
    visible_row(conn, exemplar_id, viewer)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM exemplar_file WHERE exemplar_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([exemplar_id], from_row)?;
    Ok(rows.map(|r| r.map(|(f, _)| f)).collect::<Result<_, _>>()?)
}

/// The bytes of a photo, checked against its hash, as `viewer` may see them.
pub fn exemplar_file_bytes(
    conn: &Connection,
    dir: &Path,
    id: i64,
    viewer: Role,
) -> Result<(ExemplarFile, Vec<u8>), ExemplarError> {
    let (f, sha256) = file(conn, id)?;
    visible_row(conn, f.exemplar_id, viewer).map_err(|_| ExemplarError::FileNotFound)?;
    let bytes = files::read(dir, &sha256, &f.file_name)?;
    Ok((f, bytes))
}

/// Removes a photo; its bytes go once nothing refers to them.
pub fn remove_exemplar_file(
    conn: &mut Connection,
    dir: &Path,
    id: i64,
) -> Result<(), ExemplarError> {
    let tx = write(conn)?;
    let (_, sha256) = file(&tx, id)?;
    tx.execute("DELETE FROM exemplar_file WHERE id = ?1", [id])?;
    let still_used = files::in_use(&tx, &sha256)?;
    tx.commit()?;
    if !still_used {
        files::delete(dir, &sha256);
    }
    Ok(())
}
