//! 操作日志: who changed what, hash-chained so that a changed or removed line is found.
//!
//! Two ways in:
//! - [`watch`] puts temporary triggers on the connection that note every row a command inserts,
//!   updates or deletes, inside the command's own transaction; after an organizer command
//!   succeeds the shell takes them ([`take_changes`]) and calls [`record_changes`], which writes
//!   one line per table and kind of change, with the records' ids and a short before / after.
//!   Tables of the secret ballot, the log itself and SQLite's own are never watched; PIN and
//!   password hashes are never written out.
//! - [`record`] writes one line inside the caller's transaction, for what a table change does not
//!   say by itself (a kiosk opened or closed, a points adjustment).
//!
//! Each line holds the SHA-256 of the line before it and its own hash over its fields; [`verify`]
//! recomputes the chain and names the first line that does not match.
#[cfg(test)]
mod tests;
mod watch;

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
pub use watch::{record_changes, take_changes, watch, Change};

use crate::error::StoreError;
use crate::labelled::labelled;
use crate::paging::Window;
pub use crate::paging::PAGE_SIZE_MAX;
use crate::store::write;
use crate::time::time_text;

/// Longest before / after text kept in a line.
const SHORT: usize = 300;
/// The hash before the first line.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// In which mode a change was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AuditMode {
    Organizer,
    Kiosk,
    Staff,
}

labelled!(AuditMode {
    Organizer => "organizer", "组织者";
    Kiosk => "kiosk", "投票终端";
    Staff => "staff", "职工";
});

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AuditEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub at: String,
    pub mode: AuditMode,
    pub what: String,
    pub record: String,
    pub before: String,
    pub after: String,
}

/// What the chain check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ChainCheck {
    pub entries: u32,
    /// The first line whose hash or link does not match, if any.
    #[ts(type = "number | null")]
    pub first_broken: Option<i64>,
}

/// Writes one line inside `tx`, chained to the last one.
pub fn record(
    tx: &Transaction<'_>,
    now: NaiveDateTime,
    mode: AuditMode,
    what: &str,
    record: &str,
    before: &str,
    after: &str,
) -> Result<(), StoreError> {
    let prev: Option<(i64, String)> = tx
        .query_row(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })?;
    let (id, prev_hash) = match prev {
        Some((id, hash)) => (id + 1, hash),
        None => (1, GENESIS.to_string()),
    };
    let entry = AuditEntry {
        id,
        at: time_text(now),
        mode,
        what: shorten(what),
        record: shorten(record),
        before: shorten(before),
        after: shorten(after),
    };
    let hash = entry_hash(&prev_hash, &entry);
    tx.execute(
        "INSERT INTO audit_log (id, at, mode, what, record, before, after, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            entry.id,
            entry.at,
            entry.mode.as_sql(),
            entry.what,
            entry.record,
            entry.before,
            entry.after,
            prev_hash,
            hash
        ],
    )?;
    Ok(())
}

/// [`record`] in a transaction of its own.
pub fn record_now(
    conn: &mut Connection,
    now: NaiveDateTime,
    mode: AuditMode,
    what: &str,
    which: &str,
) -> Result<(), StoreError> {
    let tx = write(conn)?;
    record(&tx, now, mode, what, which, "", "")?;
    tx.commit()?;
    Ok(())
}

/// SHA-256 over the previous hash and every field, each field length-prefixed so that no two
/// different lines hash the same text.
fn entry_hash(prev_hash: &str, e: &AuditEntry) -> String {
    let mut h = Sha256::new();
    let id = e.id.to_string();
    for part in [
        prev_hash,
        &id,
        &e.at,
        e.mode.as_sql(),
        &e.what,
        &e.record,
        &e.before,
        &e.after,
    ] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    format!("{:x}", h.finalize())
}

/// What the log view asks for: text anywhere in a line, one mode, or everything; one page of it.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct AuditQuery {
    pub text: String,
    pub mode: Option<AuditMode>,
    /// 1-based.
    pub page: u32,
    pub page_size: u32,
}

impl Default for AuditQuery {
    /// The whole log's first page of the largest size.
    fn default() -> Self {
        AuditQuery {
            text: String::new(),
            mode: None,
            page: 1,
            page_size: PAGE_SIZE_MAX,
        }
    }
}

/// One page of the log, newest first, with the number of lines the filter matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AuditPage {
    pub items: Vec<AuditEntry>,
    #[ts(type = "number")]
    pub total: i64,
}

/// One page of the lines matching `q`, newest first. Without a search text the page is read by
/// the rowid (or, for one mode, the index `audit_by_mode`) and the total from `tally_audit`, kept
/// by triggers: a page costs the same in a log of a hundred lines or a hundred thousand. A search
/// reads every line it matches against.
pub fn list(conn: &Connection, q: &AuditQuery) -> Result<AuditPage, crate::AppError> {
    let window = Window::of(q.page, q.page_size)?;
    Ok(read_page(conn, q, window.limit, window.offset)?)
}

/// The whole log's page, by the rowid.
const PAGE_SQL: &str = "SELECT id, at, mode, what, record, before, after FROM audit_log
     ORDER BY id DESC LIMIT ?1 OFFSET ?2";
/// One mode's page, by `audit_by_mode`.
const MODE_PAGE_SQL: &str = "SELECT id, at, mode, what, record, before, after FROM audit_log
     WHERE mode = ?3 ORDER BY id DESC LIMIT ?1 OFFSET ?2";
/// A search: what a line's texts must hold (?1, a LIKE pattern), and its mode if one (?2).
const MATCHES: &str = "(what LIKE ?1 ESCAPE '\\' OR record LIKE ?1 ESCAPE '\\'
     OR before LIKE ?1 ESCAPE '\\' OR after LIKE ?1 ESCAPE '\\') AND (?2 IS NULL OR mode = ?2)";

fn read_page(
    conn: &Connection,
    q: &AuditQuery,
    size: i64,
    offset: i64,
) -> Result<AuditPage, StoreError> {
    let mode = q.mode.map(AuditMode::as_sql);
    let text = q.text.trim();
    if text.is_empty() {
        let items = match mode {
            None => conn
                .prepare_cached(PAGE_SQL)?
                .query_map(params![size, offset], read_entry)?
                .collect::<rusqlite::Result<Vec<_>>>()?,
            Some(mode) => conn
                .prepare_cached(MODE_PAGE_SQL)?
                .query_map(params![size, offset, mode], read_entry)?
                .collect::<rusqlite::Result<Vec<_>>>()?,
        };
        let total = conn
            .prepare_cached(
                "SELECT coalesce(sum(n), 0) FROM tally_audit WHERE ?1 IS NULL OR mode = ?1",
            )?
            .query_row([mode], |r| r.get(0))?;
        return Ok(AuditPage { items, total });
    }
    let like = format!(
        "%{}%",
        text.replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let items = conn
        .prepare(&format!(
            "SELECT id, at, mode, what, record, before, after FROM audit_log WHERE {MATCHES}
             ORDER BY id DESC LIMIT ?3 OFFSET ?4"
        ))?
        .query_map(params![like, mode, size, offset], read_entry)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let total = conn.query_row(
        &format!("SELECT count(*) FROM audit_log WHERE {MATCHES}"),
        params![like, mode],
        |r| r.get(0),
    )?;
    Ok(AuditPage { items, total })
}

/// How SQLite reads a page of the whole log and of one mode (`EXPLAIN QUERY PLAN`, one line per
/// step).
#[cfg(test)]
fn page_plans(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let plan = |sql: &str, params: &[&dyn rusqlite::ToSql]| -> rusqlite::Result<String> {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        let steps = stmt
            .query_map(params, |r| r.get::<_, String>(3))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(steps.join("; "))
    };
    Ok(vec![
        plan(PAGE_SQL, &[&20, &0])?,
        plan(MODE_PAGE_SQL, &[&20, &0, &"kiosk"])?,
    ])
}

fn read_entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        id: r.get(0)?,
        at: r.get(1)?,
        mode: r.get(2)?,
        what: r.get(3)?,
        record: r.get(4)?,
        before: r.get(5)?,
        after: r.get(6)?,
    })
}

/// Recomputes the chain from the first line; names the first line that was changed, or whose
/// predecessor was removed or changed.
pub fn verify(conn: &Connection) -> Result<ChainCheck, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, at, mode, what, record, before, after, prev_hash, hash FROM audit_log ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut expected_prev = GENESIS.to_string();
    let mut expected_id = 1;
    let mut entries = 0u32;
    let mut first_broken = None;
    while let Some(r) = rows.next()? {
        entries += 1;
        if first_broken.is_some() {
            continue;
        }
        let id: i64 = r.get(0)?;
        let mode_text: String = r.get(2)?;
        let prev_hash: String = r.get(7)?;
        let hash: String = r.get(8)?;
        let ok = AuditMode::from_sql(&mode_text).is_some_and(|mode| {
            let e = AuditEntry {
                id,
                at: r.get(1).unwrap_or_default(),
                mode,
                what: r.get(3).unwrap_or_default(),
                record: r.get(4).unwrap_or_default(),
                before: r.get(5).unwrap_or_default(),
                after: r.get(6).unwrap_or_default(),
            };
            id == expected_id && prev_hash == expected_prev && entry_hash(&prev_hash, &e) == hash
        });
        if !ok {
            first_broken = Some(id);
        }
        expected_prev = hash;
        expected_id = id + 1;
    }
    Ok(ChainCheck {
        entries,
        first_broken,
    })
}

/// The whole log as an .xlsx file in `dir` (oldest first).
pub fn export_file(
    conn: &Connection,
    dir: &std::path::Path,
    now: NaiveDateTime,
) -> Result<crate::exports::ExportedFile, crate::AppError> {
    let bytes = export_xlsx(conn)?;
    Ok(crate::exports::save(dir, "操作日志", "xlsx", &bytes, now)?)
}

/// The whole log as an .xlsx workbook (oldest first).
pub fn export_xlsx(conn: &Connection) -> Result<Vec<u8>, crate::AppError> {
    use rust_xlsxwriter::{Format, Workbook};
    let entries = (|| {
        conn.prepare("SELECT id, at, mode, what, record, before, after FROM audit_log ORDER BY id")?
            .query_map([], read_entry)?
            .collect::<rusqlite::Result<Vec<_>>>()
    })()
    .map_err(StoreError::from)?;
    let fail = |e: rust_xlsxwriter::XlsxError| super::SafetyError::WriteFailed {
        path: "操作日志.xlsx".into(),
        reason: e.to_string(),
    };
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet();
    sheet.set_name("操作日志").map_err(fail)?;
    let bold = Format::new().set_bold();
    let head = ["序号", "时间", "模式", "操作", "记录", "修改前", "修改后"];
    let widths = [8.0, 20.0, 10.0, 18.0, 28.0, 50.0, 50.0];
    for (col, (h, w)) in head.iter().zip(widths).enumerate() {
        sheet
            .write_string_with_format(0, col as u16, *h, &bold)
            .map_err(fail)?;
        sheet.set_column_width(col as u16, w).map_err(fail)?;
    }
    for (i, e) in entries.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_number(row, 0, e.id as f64).map_err(fail)?;
        for (col, text) in [
            e.at.replace('T', " "),
            e.mode.label().to_string(),
            e.what.clone(),
            e.record.clone(),
            e.before.clone(),
            e.after.clone(),
        ]
        .iter()
        .enumerate()
        {
            sheet
                .write_string(row, col as u16 + 1, text)
                .map_err(fail)?;
        }
    }
    Ok(wb.save_to_buffer().map_err(fail)?)
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= SHORT {
        return s.to_string();
    }
    let mut out: String = s.chars().take(SHORT).collect();
    out.push('…');
    out
}
