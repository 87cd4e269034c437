//! The watch: temporary triggers note what a command changes, and the notes become log lines.

use chrono::NaiveDateTime;
use rusqlite::types::Value;
use rusqlite::Connection;

use super::{record, shorten, AuditMode};
use crate::error::StoreError;
use crate::store::write;

/// Most record ids named in one line.
const IDS_NAMED: usize = 20;
/// Never watched: the secret ballot (codes, counters, boxes, reprints — nothing that could order
/// or link ballots), the log itself, the counts kept by triggers from watched tables (the lists'
/// pagers) and SQLite's bookkeeping.
const UNWATCHED_PREFIXES: &[&str] = &["ballot_", "audit_", "tally_", "sqlite_"];
const HIDDEN: &str = "（已隐去）";

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
