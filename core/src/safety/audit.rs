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

use chrono::NaiveDateTime;
use rusqlite::types::Value;
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::StoreError;
use crate::labelled::labelled;
use crate::store::write;
use crate::time::time_text;

/// The hash before the first line.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
/// Longest before / after text kept in a line.
const SHORT: usize = 300;
/// Most record ids named in one line.
const IDS_NAMED: usize = 20;
/// Never watched: the secret ballot (codes, counters, boxes, reprints — nothing that could order
/// or link ballots), the log itself and SQLite's bookkeeping.
const UNWATCHED_PREFIXES: &[&str] = &["ballot_", "audit_", "sqlite_"];
const HIDDEN: &str = "（已隐去）";

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

/// One row changed by a command, as the connection's watch saw it.
#[derive(Debug, Clone)]
pub struct Change {
    table: String,
    kind: ChangeKind,
    /// None for a table WITHOUT ROWID (its key is among the values).
    rowid: Option<i64>,
    old: Vec<Value>,
    new: Vec<Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum ChangeKind {
    Insert,
    Update,
    Delete,
}

impl ChangeKind {
    const ALL: [ChangeKind; 3] = [ChangeKind::Insert, ChangeKind::Update, ChangeKind::Delete];

    fn label(self) -> &'static str {
        match self {
            ChangeKind::Insert => "新增",
            ChangeKind::Update => "修改",
            ChangeKind::Delete => "删除",
        }
    }

    fn sql(self) -> &'static str {
        match self {
            ChangeKind::Insert => "INSERT",
            ChangeKind::Update => "UPDATE",
            ChangeKind::Delete => "DELETE",
        }
    }
}

fn watched(table: &str) -> bool {
    !UNWATCHED_PREFIXES.iter().any(|p| table.starts_with(p))
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Starts (or, after the schema changed, renews) the watch on `conn`: temporary triggers — they
/// live in the connection, never in the file — note every row an INSERT, UPDATE or DELETE on a
/// watched table touches in `temp.audit_pending`, inside the writing transaction, so a refused
/// write leaves nothing noted. Hash columns are noted as hidden, BLOBs by their length.
pub fn watch(conn: &Connection) -> Result<(), StoreError> {
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS audit_pending (
             seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, kind TEXT NOT NULL,
             rid INTEGER, old TEXT, new TEXT);",
    )?;
    let old_triggers: Vec<String> = conn
        .prepare("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_watch_%'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for t in old_triggers {
        conn.execute_batch(&format!("DROP TRIGGER temp.{}", quoted(&t)))?;
    }
    let tables: Vec<(String, bool)> = conn
        .prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (table, without_rowid) in tables.into_iter().filter(|(t, _)| watched(t)) {
        let columns = column_names(conn, &table)?;
        let values = |row: &str| -> String {
            let parts: Vec<String> = columns
                .iter()
                .map(|c| {
                    if c.contains("hash") {
                        format!("'{HIDDEN}'")
                    } else {
                        let v = format!("{row}.{}", quoted(c));
                        format!(
                            "CASE typeof({v}) WHEN 'blob' THEN '<' || length({v}) || ' 字节>' ELSE {v} END"
                        )
                    }
                })
                .collect();
            format!("json_array({})", parts.join(", "))
        };
        for kind in ChangeKind::ALL {
            let (row, old, new) = match kind {
                ChangeKind::Insert => ("NEW", "NULL".to_string(), values("NEW")),
                ChangeKind::Update => ("NEW", values("OLD"), values("NEW")),
                ChangeKind::Delete => ("OLD", values("OLD"), "NULL".to_string()),
            };
            let rid = if without_rowid {
                "NULL".to_string()
            } else {
                format!("{row}.rowid")
            };
            let name = quoted(&format!("audit_watch_{}_{table}", kind.sql()));
            conn.execute_batch(&format!(
                "CREATE TEMP TRIGGER {name} AFTER {} ON main.{} BEGIN
                     INSERT INTO temp.audit_pending (tbl, kind, rid, old, new)
                     VALUES ({}, '{}', {rid}, {old}, {new});
                 END;",
                kind.sql(),
                quoted(&table),
                sql_text(&table),
                kind.sql(),
            ))?;
        }
    }
    Ok(())
}

fn sql_text(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// A row of `temp.audit_pending`: table, kind, rowid, old and new values (JSON arrays).
type PendingRow = (String, String, Option<i64>, Option<String>, Option<String>);

/// The rows noted since the last call, forgotten as they are read.
pub fn take_changes(conn: &Connection) -> Result<Vec<Change>, StoreError> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE name = 'audit_pending')",
        [],
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(Vec::new());
    }
    let rows: Vec<PendingRow> = conn
        .prepare("SELECT tbl, kind, rid, old, new FROM temp.audit_pending ORDER BY seq")?
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    conn.execute("DELETE FROM temp.audit_pending", [])?;
    Ok(rows
        .into_iter()
        .filter_map(|(table, kind, rowid, old, new)| {
            let kind = ChangeKind::ALL.into_iter().find(|k| k.sql() == kind)?;
            Some(Change {
                table,
                kind,
                rowid,
                old: json_values(old.as_deref()),
                new: json_values(new.as_deref()),
            })
        })
        .collect())
}

fn json_values(text: Option<&str>) -> Vec<Value> {
    let Some(text) = text else { return Vec::new() };
    let parsed: Vec<serde_json::Value> = serde_json::from_str(text).unwrap_or_default();
    parsed
        .into_iter()
        .map(|v| match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Integer(b as i64),
            serde_json::Value::Number(n) => n
                .as_i64()
                .map(Value::Integer)
                .unwrap_or_else(|| Value::Real(n.as_f64().unwrap_or(0.0))),
            serde_json::Value::String(s) => Value::Text(s),
            other => Value::Text(other.to_string()),
        })
        .collect()
}

/// Writes one line for each table and kind of change in `changes` (a command that succeeded).
pub fn record_changes(
    conn: &mut Connection,
    now: NaiveDateTime,
    mode: AuditMode,
    changes: Vec<Change>,
) -> Result<(), StoreError> {
    if changes.is_empty() {
        return Ok(());
    }
    let mut groups: Vec<((String, ChangeKind), Vec<Change>)> = Vec::new();
    for c in changes {
        let key = (c.table.clone(), c.kind);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(c),
            None => groups.push((key, vec![c])),
        }
    }
    let tx = write(conn)?;
    for ((table, kind), rows) in groups {
        let columns = column_names(&tx, &table)?;
        let mut ids: Vec<String> = rows
            .iter()
            .take(IDS_NAMED)
            .filter_map(|r| r.rowid.map(|id| format!("#{id}")))
            .collect();
        if rows.len() > IDS_NAMED {
            ids.push(format!("…共 {} 条", rows.len()));
        } else if ids.is_empty() {
            ids.push(format!("{} 条", rows.len()));
        }
        let first = &rows[0];
        let (before, after) = describe(&table, &columns, first);
        record(
            &tx,
            now,
            mode,
            &format!("{} · {}", table_label(&table), kind.label()),
            &format!("{table} {}", ids.join(", ")),
            &before,
            &after,
        )?;
    }
    tx.commit()?;
    Ok(())
}

fn column_names(conn: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let names = stmt
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(names)
}

/// A short before / after of one row: for an update only the columns that changed.
fn describe(table: &str, columns: &[String], c: &Change) -> (String, String) {
    let hidden_row = table == "setting"
        && [&c.old, &c.new].iter().any(|vals| {
            matches!(vals.first(), Some(Value::Text(k)) if k.contains("hash") || k.contains("password"))
        });
    let text = |i: usize, v: &Value| -> String {
        let name = columns.get(i).map(String::as_str).unwrap_or("?");
        let value = if hidden_row && i > 0 {
            HIDDEN.to_string()
        } else {
            show(v)
        };
        format!("{name}={value}")
    };
    let join = |vals: &[Value], only: &dyn Fn(usize) -> bool| -> String {
        let parts: Vec<String> = vals
            .iter()
            .enumerate()
            .filter(|(i, _)| only(*i))
            .map(|(i, v)| text(i, v))
            .collect();
        shorten(&parts.join("，"))
    };
    match c.kind {
        ChangeKind::Insert => (String::new(), join(&c.new, &|_| true)),
        ChangeKind::Delete => (join(&c.old, &|_| true), String::new()),
        ChangeKind::Update => {
            let changed = |i: usize| c.old.get(i) != c.new.get(i);
            (join(&c.old, &changed), join(&c.new, &changed))
        }
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::Null => "空".into(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(t) => t.clone(),
        Value::Blob(b) => format!("<{} 字节>", b.len()),
    }
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= SHORT {
        return s.to_string();
    }
    let mut out: String = s.chars().take(SHORT).collect();
    out.push('…');
    out
}

/// The Chinese name of a table people recognise; the table's own name otherwise.
fn table_label(table: &str) -> &str {
    match table {
        "department" => "科室",
        "staff" => "职工",
        "setting" => "设置",
        "activity" => "活动",
        "signup" => "报名",
        "activity_file" => "活动附件",
        "honor_category" => "评选项目",
        "honor_nomination" => "推荐",
        "honor_nomination_file" => "推荐附件",
        "honor_round" => "投票",
        "honor_publicity" => "公示",
        "honor_objection" => "异议",
        "honor_award" => "荣誉",
        _ => table,
    }
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

/// What the log view asks for: text anywhere in a line, one mode, or everything.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[ts(export)]
pub struct AuditQuery {
    pub text: String,
    pub mode: Option<AuditMode>,
}

/// Most lines one request lists (newest first).
pub const LIST_MAX: usize = 500;

/// The lines matching `q`, newest first, at most [`LIST_MAX`].
pub fn list(conn: &Connection, q: &AuditQuery) -> Result<Vec<AuditEntry>, StoreError> {
    let text = q.text.trim();
    let like = format!(
        "%{}%",
        text.replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let mut stmt = conn.prepare(
        "SELECT id, at, mode, what, record, before, after FROM audit_log
         WHERE (?1 = '' OR what LIKE ?2 ESCAPE '\\' OR record LIKE ?2 ESCAPE '\\'
                OR before LIKE ?2 ESCAPE '\\' OR after LIKE ?2 ESCAPE '\\')
           AND (?3 IS NULL OR mode = ?3)
         ORDER BY id DESC LIMIT ?4",
    )?;
    let rows = stmt.query_map(
        params![text, like, q.mode.map(AuditMode::as_sql), LIST_MAX as i64],
        read_entry,
    )?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
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
