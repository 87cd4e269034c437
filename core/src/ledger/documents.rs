//! Documents that are not app records (会议记录, 规章制度, 正式文件, 简报, photos) filed under a 标准
//! for a year, stored once per content through `crate::files`. SQL of `ledger_document`.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension};

use super::model::*;
use super::tree::row;
use super::LedgerError;
use crate::files;
use crate::store::write;
use crate::time::time_text;

const COLUMNS: &str = "id, standard_id, doc_kind, year, file_name, size, sha256";

fn document_row(r: &rusqlite::Row) -> rusqlite::Result<(LedgerDocument, String)> {
    let file_name: String = r.get(4)?;
    let kind: String = r.get(2)?;
    Ok((
        LedgerDocument {
            id: r.get(0)?,
            standard_id: r.get(1)?,
            kind: DocKind::from_sql(&kind).unwrap_or(DocKind::Other),
            year: r.get(3)?,
            is_image: files::is_image(&file_name),
            file_name,
            size: r.get(5)?,
        },
        r.get(6)?,
    ))
}

/// A document to file: under which 标准, what it is, the year it belongs to, and the file.
#[derive(Debug, Clone, Copy)]
pub struct NewDocument<'a> {
    pub standard_id: i64,
    pub kind: DocKind,
    pub year: i32,
    pub file_name: &'a str,
    pub bytes: &'a [u8],
}

/// Files a document under a 标准 for a year. The bytes are stored once whatever else shares
/// them, synced before the row commits, and removed again when the upload is refused.
pub fn add_document(
    conn: &mut Connection,
    dir: &Path,
    doc: &NewDocument,
    now: NaiveDateTime,
) -> Result<LedgerDocument, LedgerError> {
    let NewDocument {
        standard_id,
        kind,
        year,
        file_name,
        bytes,
    } = *doc;
    if !(1000..=9999).contains(&year) {
        return Err(LedgerError::BadYear(year));
    }
    let tx = write(conn)?;
    if row(&tx, standard_id)?.node.level != Level::Standard {
        return Err(LedgerError::NotAStandard);
    }
    let staged = files::stage(dir, file_name, bytes)?;
    let s = &staged.stored;
    tx.execute(
        "INSERT INTO ledger_document (standard_id, doc_kind, year, sha256, file_name, size, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![standard_id, kind.as_sql(), year, s.sha256, s.file_name, s.size, time_text(now)],
    )?;
    let id = tx.last_insert_rowid();
    let (doc, _) = document(&tx, id)?;
    tx.commit()?;
    staged.keep();
    Ok(doc)
}

fn document(conn: &Connection, id: i64) -> Result<(LedgerDocument, String), LedgerError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM ledger_document WHERE id = ?1"),
        [id],
        document_row,
    )
    .optional()?
    .ok_or(LedgerError::DocumentNotFound)
}

/// The documents of a 标准 for the years `from..=to`.
pub fn documents(
    conn: &Connection,
    standard_id: i64,
    from: i32,
    to: i32,
) -> Result<Vec<LedgerDocument>, LedgerError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM ledger_document
         WHERE standard_id = ?1 AND year BETWEEN ?2 AND ?3 ORDER BY year, id"
    ))?;
    let rows = stmt.query_map(params![standard_id, from, to], document_row)?;
    Ok(rows
        .map(|r| r.map(|(d, _)| d))
        .collect::<rusqlite::Result<_>>()?)
}

/// How many documents each 标准 holds for the years `from..=to`.
pub(crate) fn counts(conn: &Connection, from: i32, to: i32) -> rusqlite::Result<HashMap<i64, u32>> {
    let mut stmt = conn.prepare_cached(
        "SELECT standard_id, COUNT(*) FROM ledger_document
         WHERE year BETWEEN ?1 AND ?2 GROUP BY standard_id",
    )?;
    let rows = stmt.query_map([from, to], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// The document and its bytes, checked against their hash.
pub fn document_bytes(
    conn: &Connection,
    dir: &Path,
    id: i64,
) -> Result<(LedgerDocument, Vec<u8>), LedgerError> {
    let (doc, sha256) = document(conn, id)?;
    let bytes = files::read(dir, &sha256, &doc.file_name)?;
    Ok((doc, bytes))
}

/// Removes a document; its bytes go once nothing refers to them.
pub fn remove_document(conn: &mut Connection, dir: &Path, id: i64) -> Result<(), LedgerError> {
    let tx = write(conn)?;
    let (_, sha256) = document(&tx, id)?;
    tx.execute("DELETE FROM ledger_document WHERE id = ?1", [id])?;
    let still_used = files::in_use(&tx, &sha256)?;
    tx.commit()?;
    if !still_used {
        files::delete(dir, &sha256);
    }
    Ok(())
}
