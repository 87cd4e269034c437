//! 推荐附件: files attached to a nomination, kept in the shared file store ([`crate::files`]).
//! They can be added and removed until the category's voting starts, like the nomination itself.

use std::path::Path;

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::categories::{category_row, voting_started};
use super::model::*;
use super::nominations::nomination_row;
use super::{time_text, write, HonorError};
use crate::auth::Role;
use crate::files;

const COLUMNS: &str = "id, nomination_id, sha256, file_name, size";

fn from_row(r: &Row) -> rusqlite::Result<(NominationFile, String)> {
    let file_name: String = r.get(3)?;
    Ok((
        NominationFile {
            id: r.get(0)?,
            nomination_id: r.get(1)?,
            is_image: files::is_image(&file_name),
            file_name,
            size: r.get(4)?,
        },
        r.get(2)?,
    ))
}

/// Refuses changes once the nomination's category has started voting.
fn check_open(conn: &Connection, nomination_id: i64) -> Result<(), HonorError> {
    let n = nomination_row(conn, nomination_id)?;
    if voting_started(conn, n.category_id)? {
        let c = category_row(conn, n.category_id)?;
        return Err(HonorError::ReviewLocked(c.name));
    }
    Ok(())
}

fn file(conn: &Connection, id: i64) -> Result<(NominationFile, String), HonorError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM honor_nomination_file WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(HonorError::FileNotFound)
}

/// Attaches a file to a nomination; the same content attached again returns the existing entry.
pub fn add_nomination_file(
    conn: &mut Connection,
    dir: &Path,
    nomination_id: i64,
    file_name: &str,
    bytes: &[u8],
    now: NaiveDateTime,
) -> Result<NominationFile, HonorError> {
    let tx = write(conn)?;
    check_open(&tx, nomination_id)?;
    let staged = files::stage(dir, file_name, bytes)?;
    let stored = &staged.stored;
    tx.execute(
        "INSERT INTO honor_nomination_file (nomination_id, sha256, file_name, size, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (nomination_id, sha256) DO NOTHING",
        params![
            nomination_id,
            stored.sha256,
            stored.file_name,
            stored.size,
            time_text(now)
        ],
    )?;
    let (added, _) = tx.query_row(
        &format!(
            "SELECT {COLUMNS} FROM honor_nomination_file WHERE nomination_id = ?1 AND sha256 = ?2"
        ),
        params![nomination_id, stored.sha256],
        from_row,
    )?;
    tx.commit()?;
    staged.keep();
    Ok(added)
}

pub fn nomination_files(
    conn: &Connection,
    nomination_id: i64,
) -> Result<Vec<NominationFile>, HonorError> {
    nomination_row(conn, nomination_id)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM honor_nomination_file WHERE nomination_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([nomination_id], from_row)?;
    Ok(rows.map(|r| r.map(|(f, _)| f)).collect::<Result<_, _>>()?)
}

/// Staff mode sees the 事迹 attachments of passed nominations only; the organizer sees all.
fn check_visible(conn: &Connection, nomination_id: i64, viewer: Role) -> Result<(), HonorError> {
    if viewer == Role::Staff && nomination_row(conn, nomination_id)?.review != Review::Passed {
        return Err(HonorError::FilesHidden);
    }
    Ok(())
}

/// [`nomination_files`] as `viewer` may see them.
pub fn nomination_files_for(
    conn: &Connection,
    nomination_id: i64,
    viewer: Role,
) -> Result<Vec<NominationFile>, HonorError> {
    check_visible(conn, nomination_id, viewer)?;
    nomination_files(conn, nomination_id)
}

/// [`nomination_file_bytes`] as `viewer` may see them.
pub fn nomination_file_bytes_for(
    conn: &Connection,
    dir: &Path,
    id: i64,
    viewer: Role,
) -> Result<(NominationFile, Vec<u8>), HonorError> {
    let (f, _) = file(conn, id)?;
    check_visible(conn, f.nomination_id, viewer)?;
    nomination_file_bytes(conn, dir, id)
}

/// The bytes of an attached file, checked against its hash.
pub fn nomination_file_bytes(
    conn: &Connection,
    dir: &Path,
    id: i64,
) -> Result<(NominationFile, Vec<u8>), HonorError> {
    let (f, sha256) = file(conn, id)?;
    let bytes = files::read(dir, &sha256, &f.file_name)?;
    Ok((f, bytes))
}

/// Detaches a file; its bytes go once nothing refers to them.
pub fn remove_nomination_file(
    conn: &mut Connection,
    dir: &Path,
    id: i64,
) -> Result<(), HonorError> {
    let tx = write(conn)?;
    let (f, sha256) = file(&tx, id)?;
    check_open(&tx, f.nomination_id)?;
    tx.execute("DELETE FROM honor_nomination_file WHERE id = ?1", [id])?;
    let still_used = files::in_use(&tx, &sha256)?;
    tx.commit()?;
    if !still_used {
        files::delete(dir, &sha256);
    }
    Ok(())
}
