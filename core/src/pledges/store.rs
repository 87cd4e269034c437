//! The SQL of 亮诺 · 践诺 (`pledge_kind`, `pledge`, `pledge_item`, `pledge_item_edit`,
//! `pledge_progress`, `pledge_progress_file`). Rules call these inside their one transaction.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::*;
use crate::time::{date_column, date_text, time_column, time_text};

/// The kinds the organizer added, in the order added.
pub fn added_kinds(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM pledge_kind ORDER BY id")?;
    let kinds = stmt.query_map([], |r| r.get(0))?.collect();
    kinds
}

pub fn insert_kind(conn: &Connection, name: &str, now: NaiveDateTime) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO pledge_kind (name, created_at) VALUES (?1, ?2)",
        params![name, time_text(now)],
    )?;
    Ok(())
}

/// A person's name, 科室 and whether they are active.
pub fn person(conn: &Connection, staff_id: i64) -> rusqlite::Result<Option<(String, i64, bool)>> {
    Ok(crate::roster::store::staff_by_id(conn, staff_id)?
        .map(|s| (s.name, s.department_id, s.active)))
}

pub fn department_name(conn: &Connection, id: i64) -> rusqlite::Result<Option<String>> {
    crate::roster::store::department_name(conn, id)
}

fn owner_columns(owner: Owner) -> (Option<i64>, Option<i64>) {
    match owner {
        Owner::Person { staff_id } => (Some(staff_id), None),
        Owner::Department { department_id } => (None, Some(department_id)),
    }
}

/// The id of the owner's pledge of `year`, if published.
pub fn pledge_id_of(conn: &Connection, owner: Owner, year: i32) -> rusqlite::Result<Option<i64>> {
    let (staff, dept) = owner_columns(owner);
    conn.query_row(
        "SELECT id FROM pledge WHERE year = ?1 AND staff_id IS ?2 AND department_id IS ?3",
        params![year, staff, dept],
        |r| r.get(0),
    )
    .optional()
}

pub fn insert_pledge(
    conn: &Connection,
    owner: Owner,
    year: i32,
    by_self: bool,
    now: NaiveDateTime,
) -> rusqlite::Result<i64> {
    let (staff, dept) = owner_columns(owner);
    conn.execute(
        "INSERT INTO pledge (year, staff_id, department_id, published_by, published_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            year,
            staff,
            dept,
            if by_self { "self" } else { "organizer" },
            time_text(now)
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn insert_item(
    conn: &Connection,
    pledge_id: i64,
    position: u32,
    item: &ItemInput,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO pledge_item (pledge_id, position, kind, content, due_on)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            pledge_id,
            position,
            item.kind,
            item.content,
            date_text(item.due_on)
        ],
    )?;
    Ok(())
}

/// Which pledges a read returns.
pub enum Filter {
    One(i64),
    /// A year, optionally one 科室 (its own pledge and its people's).
    Year(i32, Option<i64>),
}

impl Filter {
    fn sql(&self) -> &'static str {
        match self {
            Filter::One(_) => "p.id = ?1 AND ?2 IS NULL",
            Filter::Year(..) => {
                "p.year = ?1 AND (?2 IS NULL OR COALESCE(s.department_id, p.department_id) = ?2)"
            }
        }
    }

    fn params(&self) -> (i64, Option<i64>) {
        match *self {
            Filter::One(id) => (id, None),
            Filter::Year(year, dept) => (i64::from(year), dept),
        }
    }
}

/// The pledges the filter names, with their items, in the order of the 科室 (as the roster sorts
/// them), each 科室's own pledge first, then its people by 工号. `today` decides what is overdue.
pub fn pledges(conn: &Connection, f: &Filter, today: NaiveDate) -> rusqlite::Result<Vec<Pledge>> {
    let (a, b) = f.params();
    let mut items: HashMap<i64, Vec<PledgeItem>> = HashMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT i.id, i.pledge_id, i.position, i.kind, i.content, i.due_on, i.status, i.progress,
                (SELECT COUNT(*) FROM pledge_item_edit e WHERE e.item_id = i.id)
         FROM pledge p
         LEFT JOIN staff s ON s.id = p.staff_id
         JOIN pledge_item i ON i.pledge_id = p.id
         WHERE {} ORDER BY i.pledge_id, i.position",
        f.sql()
    ))?;
    let mut rows = stmt.query(params![a, b])?;
    while let Some(r) = rows.next()? {
        let due_on = date_column(r, 5)?;
        let status: Status = r.get(6)?;
        let item = PledgeItem {
            id: r.get(0)?,
            pledge_id: r.get(1)?,
            position: r.get(2)?,
            kind: r.get(3)?,
            content: r.get(4)?,
            due_on,
            status,
            progress: r.get(7)?,
            overdue: is_overdue(due_on, status, today),
            edits: r.get(8)?,
        };
        items.entry(item.pledge_id).or_default().push(item);
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT p.id, p.year, p.staff_id, p.department_id, p.published_by, p.published_at,
                COALESCE(s.name, d.name), od.id, od.name
         FROM pledge p
         LEFT JOIN staff s ON s.id = p.staff_id
         LEFT JOIN department d ON d.id = p.department_id
         JOIN department od ON od.id = COALESCE(s.department_id, p.department_id)
         WHERE {}
         ORDER BY od.sort_order, od.id, p.staff_id IS NOT NULL, s.employee_no, p.id",
        f.sql()
    ))?;
    let found = stmt
        .query_map(params![a, b], |r| {
            let staff: Option<i64> = r.get(2)?;
            let owner = match staff {
                Some(staff_id) => Owner::Person { staff_id },
                None => Owner::Department {
                    department_id: r.get(3)?,
                },
            };
            let published_by: String = r.get(4)?;
            Ok(Pledge {
                id: r.get(0)?,
                year: r.get(1)?,
                owner,
                by_self: published_by == "self",
                published_at: time_column(r, 5)?,
                owner_name: r.get(6)?,
                department_id: r.get(7)?,
                department_name: r.get(8)?,
                items: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(found
        .into_iter()
        .map(|mut p| {
            p.items = items.remove(&p.id).unwrap_or_default();
            p
        })
        .collect())
}

/// Past its due date and not 已兑现.
pub fn is_overdue(due_on: NaiveDate, status: Status, today: NaiveDate) -> bool {
    due_on < today && status != Status::Fulfilled
}

/// An item's stored fields: (pledge id, position, kind, content, due on).
pub fn item(conn: &Connection, id: i64) -> rusqlite::Result<Option<(i64, u32, ItemInput)>> {
    conn.query_row(
        "SELECT pledge_id, position, kind, content, due_on FROM pledge_item WHERE id = ?1",
        [id],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                ItemInput {
                    kind: r.get(2)?,
                    content: r.get(3)?,
                    due_on: date_column(r, 4)?,
                },
            ))
        },
    )
    .optional()
}

/// The owner of a pledge.
pub fn pledge_owner(conn: &Connection, pledge_id: i64) -> rusqlite::Result<Option<Owner>> {
    conn.query_row(
        "SELECT staff_id, department_id FROM pledge WHERE id = ?1",
        [pledge_id],
        |r| {
            Ok(match r.get::<_, Option<i64>>(0)? {
                Some(staff_id) => Owner::Person { staff_id },
                None => Owner::Department {
                    department_id: r.get(1)?,
                },
            })
        },
    )
    .optional()
}

/// Keeps the item's old text with the reason, then writes the new one.
pub fn edit_item(
    conn: &Connection,
    id: i64,
    old: &ItemInput,
    new: &ItemInput,
    reason: &str,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO pledge_item_edit (item_id, old_kind, old_content, old_due_on, reason, edited_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            id,
            old.kind,
            old.content,
            date_text(old.due_on),
            reason,
            time_text(now)
        ],
    )?;
    conn.execute(
        "UPDATE pledge_item SET kind = ?2, content = ?3, due_on = ?4 WHERE id = ?1",
        params![id, new.kind, new.content, date_text(new.due_on)],
    )?;
    Ok(())
}

/// The kept edits of a pledge's items, oldest first.
pub fn edits(conn: &Connection, pledge_id: i64) -> rusqlite::Result<Vec<ItemEdit>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.item_id, e.old_kind, e.old_content, e.old_due_on, e.reason, e.edited_at
         FROM pledge_item_edit e JOIN pledge_item i ON i.id = e.item_id
         WHERE i.pledge_id = ?1 ORDER BY e.edited_at, e.id",
    )?;
    let rows = stmt.query_map([pledge_id], |r| {
        Ok(ItemEdit {
            item_id: r.get(0)?,
            old_kind: r.get(1)?,
            old_content: r.get(2)?,
            old_due_on: date_column(r, 3)?,
            reason: r.get(4)?,
            edited_at: time_column(r, 5)?,
        })
    })?;
    rows.collect()
}

/// Adds a progress entry and sets the item's status and progress to it.
pub fn insert_progress(
    conn: &Connection,
    p: &ProgressInput,
    by_self: bool,
    now: NaiveDateTime,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO pledge_progress (item_id, entry_on, text, status, progress, by_self, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            p.item_id,
            date_text(p.entry_on),
            p.text,
            p.status.as_sql(),
            p.progress,
            by_self,
            time_text(now)
        ],
    )?;
    let id = conn.last_insert_rowid();
    conn.execute(
        "UPDATE pledge_item SET status = ?2, progress = ?3 WHERE id = ?1",
        params![p.item_id, p.status.as_sql(), p.progress],
    )?;
    Ok(id)
}

const FILE_COLUMNS: &str = "id, progress_id, file_name, size, sha256";

fn file_row(r: &Row) -> rusqlite::Result<(ProgressFile, String)> {
    let file_name: String = r.get(2)?;
    Ok((
        ProgressFile {
            id: r.get(0)?,
            progress_id: r.get(1)?,
            is_image: crate::files::is_image(&file_name),
            file_name,
            size: r.get(3)?,
        },
        r.get(4)?,
    ))
}

/// The progress entries of a pledge with their files, by date then entry order.
pub fn progress(conn: &Connection, pledge_id: i64) -> rusqlite::Result<Vec<ProgressEntry>> {
    let mut files: HashMap<i64, Vec<ProgressFile>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT f.id, f.progress_id, f.file_name, f.size, f.sha256
         FROM pledge_progress_file f
         JOIN pledge_progress g ON g.id = f.progress_id
         JOIN pledge_item i ON i.id = g.item_id
         WHERE i.pledge_id = ?1 ORDER BY f.id",
    )?;
    for row in stmt.query_map([pledge_id], file_row)? {
        let (f, _) = row?;
        files.entry(f.progress_id).or_default().push(f);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT g.id, g.item_id, g.entry_on, g.text, g.status, g.progress, g.by_self, g.added_at
         FROM pledge_progress g JOIN pledge_item i ON i.id = g.item_id
         WHERE i.pledge_id = ?1 ORDER BY g.entry_on, g.id",
    )?;
    let rows = stmt.query_map([pledge_id], |r| {
        let id: i64 = r.get(0)?;
        Ok(ProgressEntry {
            id,
            item_id: r.get(1)?,
            entry_on: date_column(r, 2)?,
            text: r.get(3)?,
            status: r.get(4)?,
            progress: r.get(5)?,
            by_self: r.get(6)?,
            added_at: time_column(r, 7)?,
            files: files.remove(&id).unwrap_or_default(),
        })
    })?;
    rows.collect()
}

/// The pledge a progress entry belongs to.
pub fn progress_pledge(conn: &Connection, progress_id: i64) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT i.pledge_id FROM pledge_progress g JOIN pledge_item i ON i.id = g.item_id
         WHERE g.id = ?1",
        [progress_id],
        |r| r.get(0),
    )
    .optional()
}

/// Names a stored blob on a progress entry; the same content twice keeps one row.
pub fn insert_file(
    conn: &Connection,
    progress_id: i64,
    stored: &crate::files::Stored,
    now: NaiveDateTime,
) -> rusqlite::Result<ProgressFile> {
    conn.execute(
        "INSERT INTO pledge_progress_file (progress_id, sha256, file_name, size, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (progress_id, sha256) DO NOTHING",
        params![
            progress_id,
            stored.sha256,
            stored.file_name,
            stored.size,
            time_text(now)
        ],
    )?;
    conn.query_row(
        &format!(
            "SELECT {FILE_COLUMNS} FROM pledge_progress_file WHERE progress_id = ?1 AND sha256 = ?2"
        ),
        params![progress_id, stored.sha256],
        |r| file_row(r).map(|(f, _)| f),
    )
}

/// A file and its blob's hash.
pub fn file(conn: &Connection, id: i64) -> rusqlite::Result<Option<(ProgressFile, String)>> {
    conn.query_row(
        &format!("SELECT {FILE_COLUMNS} FROM pledge_progress_file WHERE id = ?1"),
        [id],
        file_row,
    )
    .optional()
}

pub fn delete_file(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM pledge_progress_file WHERE id = ?1", [id])?;
    Ok(())
}

/// Per 科室 (every 科室, in the roster's order): pledges, items, 已兑现, overdue.
pub fn summary(
    conn: &Connection,
    year: i32,
    today: NaiveDate,
) -> rusqlite::Result<Vec<SummaryRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, d.name,
                (SELECT COUNT(*) FROM pledge p LEFT JOIN staff s ON s.id = p.staff_id
                 WHERE p.year = ?1 AND COALESCE(s.department_id, p.department_id) = d.id),
                COUNT(i.id),
                COALESCE(SUM(i.status = 'fulfilled'), 0),
                COALESCE(SUM(i.status <> 'fulfilled' AND i.due_on < ?2), 0)
         FROM department d
         LEFT JOIN (pledge p LEFT JOIN staff s ON s.id = p.staff_id
                    JOIN pledge_item i ON i.pledge_id = p.id)
           ON p.year = ?1 AND COALESCE(s.department_id, p.department_id) = d.id
         GROUP BY d.id ORDER BY d.sort_order, d.id",
    )?;
    let rows = stmt.query_map(params![year, date_text(today)], |r| {
        let items: u32 = r.get(3)?;
        let fulfilled: u32 = r.get(4)?;
        Ok(SummaryRow {
            department_id: r.get(0)?,
            department_name: r.get(1)?,
            pledges: r.get(2)?,
            items,
            fulfilled,
            fulfilled_percent: (fulfilled * 100).checked_div(items).unwrap_or(0),
            overdue: r.get(5)?,
        })
    })?;
    rows.collect()
}
