//! SQL for the roster only. Functions here take a connection or transaction and never commit;
//! the public functions in `mod.rs` own the transactions.

use std::sync::Arc;

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::*;
use crate::paging::Window;
use crate::store::memo::Memo;
use crate::time::time_text;

const STAFF_COLUMNS: &str =
    "s.id, s.employee_no, s.name, s.gender, s.department_id, d.name, s.position,
     s.political_status, s.is_veteran, s.phone, s.active";

fn staff_from_row(r: &Row) -> rusqlite::Result<Staff> {
    Ok(Staff {
        id: r.get(0)?,
        employee_no: r.get(1)?,
        name: r.get(2)?,
        gender: Gender::from_sql(&r.get::<_, String>(3)?).unwrap_or(Gender::Unspecified),
        department_id: r.get(4)?,
        department_name: r.get(5)?,
        position: r.get(6)?,
        political_status: PoliticalStatus::from_sql(&r.get::<_, String>(7)?)
            .unwrap_or(PoliticalStatus::Masses),
        is_veteran: r.get(8)?,
        phone: r.get(9)?,
        active: r.get(10)?,
    })
}

/// Every 科室 with its head counts, in list order. Kept until the next write
/// ([`crate::store::memo`]): the 首页, the boards and each screen's 科室 choice ask for it, and its
/// counts group the whole roster.
pub fn departments(conn: &Connection) -> rusqlite::Result<Vec<Department>> {
    static KEPT: Memo<(), Vec<Department>> = Memo::new();
    Ok(KEPT.get(conn, (), read_departments)?.as_ref().clone())
}

fn read_departments(conn: &Connection) -> rusqlite::Result<Vec<Department>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, d.name, d.kind, d.sort_order,
                count(s.id) FILTER (WHERE s.active), count(s.id)
         FROM department d LEFT JOIN staff s ON s.department_id = d.id
         GROUP BY d.id ORDER BY d.sort_order, d.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Department {
            id: r.get(0)?,
            name: r.get(1)?,
            kind: r.get::<_, DepartmentKind>(2)?,
            sort_order: r.get(3)?,
            active_staff: r.get(4)?,
            total_staff: r.get(5)?,
        })
    })?;
    rows.collect()
}

pub fn department_id_by_name(conn: &Connection, name: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row("SELECT id FROM department WHERE name = ?1", [name], |r| {
        r.get(0)
    })
    .optional()
}

pub fn department_name(conn: &Connection, id: i64) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT name FROM department WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .optional()
}

pub fn insert_department(
    conn: &Connection,
    d: &DepartmentInput,
    now: NaiveDateTime,
) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO department (name, kind, sort_order, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        d.name,
        d.kind.as_sql(),
        d.sort_order,
        time_text(now)
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn update_department(
    conn: &Connection,
    id: i64,
    d: &DepartmentInput,
) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE department SET name = ?2, kind = ?3, sort_order = ?4 WHERE id = ?1",
        params![id, d.name, d.kind.as_sql(), d.sort_order],
    )
}

pub fn delete_department(conn: &Connection, id: i64) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM department WHERE id = ?1", [id])
}

pub fn next_department_sort_order(conn: &Connection) -> rusqlite::Result<i32> {
    conn.query_row(
        "SELECT coalesce(max(sort_order), 0) + 1 FROM department",
        [],
        |r| r.get(0),
    )
}

pub fn staff_count_in_department(conn: &Connection, id: i64) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM staff WHERE department_id = ?1",
        [id],
        |r| r.get(0),
    )
}

pub fn staff_by_id(conn: &Connection, id: i64) -> rusqlite::Result<Option<Staff>> {
    let sql = format!("SELECT {STAFF_COLUMNS} FROM staff s JOIN department d ON d.id = s.department_id WHERE s.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], staff_from_row)
        .optional()
}

/// The 职工 of `ids` that still exist, in the order of `ids`, read in one query (a board's page
/// names its rows this way).
pub fn staff_by_ids(conn: &Connection, ids: &[i64]) -> rusqlite::Result<Vec<Staff>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; ids.len()].join(",");
    let sql = format!(
        "SELECT {STAFF_COLUMNS} FROM staff s JOIN department d ON d.id = s.department_id WHERE s.id IN ({marks})"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut found: std::collections::HashMap<i64, Staff> = stmt
        .query_map(rusqlite::params_from_iter(ids), staff_from_row)?
        .map(|s| s.map(|s| (s.id, s)))
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

/// The id and 姓名 of whoever holds `employee_no`.
pub fn staff_by_employee_no(
    conn: &Connection,
    employee_no: &str,
) -> rusqlite::Result<Option<(i64, String)>> {
    conn.prepare_cached("SELECT id, name FROM staff WHERE employee_no = ?1")?
        .query_row([employee_no], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
}

pub fn insert_staff(
    conn: &Connection,
    s: &StaffInput,
    now: NaiveDateTime,
) -> rusqlite::Result<i64> {
    let now = time_text(now);
    conn.prepare_cached(
        "INSERT INTO staff (employee_no, name, gender, department_id, position, political_status,
                            is_veteran, phone, active, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, ?9, ?9)",
    )?
    .execute(params![
        s.employee_no,
        s.name,
        s.gender.as_sql(),
        s.department_id,
        s.position,
        s.political_status.as_sql(),
        s.is_veteran,
        s.phone,
        now
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn update_staff(
    conn: &Connection,
    id: i64,
    s: &StaffInput,
    now: NaiveDateTime,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "UPDATE staff SET employee_no = ?2, name = ?3, gender = ?4, department_id = ?5, position = ?6,
                          political_status = ?7, is_veteran = ?8, phone = ?9, updated_at = ?10
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        s.employee_no,
        s.name,
        s.gender.as_sql(),
        s.department_id,
        s.position,
        s.political_status.as_sql(),
        s.is_veteran,
        s.phone,
        time_text(now)
    ])
}

pub fn set_staff_active(
    conn: &Connection,
    id: i64,
    active: bool,
    now: NaiveDateTime,
) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE staff SET active = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, active, time_text(now)],
    )
}

pub fn delete_staff(conn: &Connection, id: i64) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM staff WHERE id = ?1", [id])
}

/// One page of the staff list in list order (在职 first, then by 科室 order and 工号), with the
/// total for the pager. Without a search text the counts come from `tally_staff` (kept by
/// triggers) and the rows from the list-order indexes, so a page costs the same in a unit of 500
/// or 50 000; a search reads every name it matches against.
pub fn staff_page(
    conn: &Connection,
    q: &StaffQuery,
    window: Window,
) -> rusqlite::Result<StaffPage> {
    let Window {
        limit: size,
        offset,
    } = window;
    let text = q.text.trim();
    if !text.is_empty() {
        return searched_page(conn, q, text, size, offset);
    }
    let runs = runs(conn, q)?;
    let total = runs.iter().map(|r| r.n).sum();
    let mut items = Vec::new();
    let mut skip = offset;
    for active in [true, false] {
        let Some(start) = runs.iter().filter(|r| r.active == active).find(|r| {
            let here = skip < r.n;
            if !here {
                skip -= r.n;
            }
            here
        }) else {
            continue;
        };
        let want = size - items.len() as i64;
        items.extend(run_rows(conn, start, q.department_id, want, skip)?);
        skip = 0;
        if items.len() as i64 >= size {
            break;
        }
    }
    Ok(StaffPage { items, total })
}

/// The 职工 of one 科室 who are (or are not) 在职: a stretch of the list, in list order.
struct Run {
    active: bool,
    department_id: i64,
    sort_order: i32,
    n: i64,
}

/// The list's runs with anybody in them, in list order, from the tally: one row per 科室 and state.
fn runs(conn: &Connection, q: &StaffQuery) -> rusqlite::Result<Vec<Run>> {
    conn.prepare_cached(
        "SELECT t.active, d.id, d.sort_order, t.n FROM tally_staff t JOIN department d ON d.id = t.department_id
         WHERE t.n > 0 AND (?1 IS NULL OR d.id = ?1) AND (?2 OR t.active)
         ORDER BY t.active DESC, d.sort_order, d.id",
    )?
    .query_map(params![q.department_id, q.include_inactive], |r| {
        Ok(Run {
            active: r.get(0)?,
            department_id: r.get(1)?,
            sort_order: r.get(2)?,
            n: r.get(3)?,
        })
    })?
    .collect()
}

/// Up to `limit` rows of the list from the `skip`-th of `start` on, through the following 科室 of
/// the same state (`department` keeps to one). The department loop is written first so that each
/// 科室's people come from `staff_in_list_order` already in order.
fn run_rows(
    conn: &Connection,
    start: &Run,
    department: Option<i64>,
    limit: i64,
    skip: i64,
) -> rusqlite::Result<Vec<Staff>> {
    conn.prepare_cached(&run_rows_sql())?
        .query_map(
            params![
                start.active,
                start.sort_order,
                start.department_id,
                department,
                limit,
                skip
            ],
            staff_from_row,
        )?
        .collect()
}

fn run_rows_sql() -> String {
    format!(
        "SELECT {STAFF_COLUMNS} FROM department d CROSS JOIN staff s
         WHERE s.department_id = d.id AND s.active = ?1
           AND (d.sort_order > ?2 OR (d.sort_order = ?2 AND d.id >= ?3))
           AND (?4 IS NULL OR d.id = ?4)
         ORDER BY d.sort_order, d.id, s.employee_no LIMIT ?5 OFFSET ?6"
    )
}

/// How SQLite reads a stretch of the list (`EXPLAIN QUERY PLAN`, one line per step).
#[cfg(test)]
pub fn list_plans(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    conn.prepare(&format!("EXPLAIN QUERY PLAN {}", run_rows_sql()))?
        .query_map(params![true, 0, 0, None::<i64>, 50, 0], |r| r.get(3))?
        .collect()
}

/// A page of the people whose 姓名, 工号 or 科室 contains `text`, counted as it is read.
fn searched_page(
    conn: &Connection,
    q: &StaffQuery,
    text: &str,
    size: i64,
    offset: i64,
) -> rusqlite::Result<StaffPage> {
    let pattern = format!("%{}%", escape_like(text));
    let filter = "FROM staff s JOIN department d ON d.id = s.department_id
         WHERE (s.name LIKE ?1 ESCAPE '\\' OR s.employee_no LIKE ?1 ESCAPE '\\' OR d.name LIKE ?1 ESCAPE '\\')
           AND (?2 IS NULL OR s.department_id = ?2)
           AND (?3 OR s.active)";
    let total: i64 = conn
        .prepare_cached(&format!("SELECT count(*) {filter}"))?
        .query_row(params![pattern, q.department_id, q.include_inactive], |r| {
            r.get(0)
        })?;
    let items = conn
        .prepare_cached(&format!(
            "SELECT {STAFF_COLUMNS} {filter} ORDER BY s.active DESC, d.sort_order, d.id, s.employee_no LIMIT ?4 OFFSET ?5"
        ))?
        .query_map(
            params![pattern, q.department_id, q.include_inactive, size, offset],
            staff_from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(StaffPage { items, total })
}

/// Every 职工, in list order, for the export.
pub fn all_staff(conn: &Connection) -> rusqlite::Result<Vec<Staff>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {STAFF_COLUMNS} FROM staff s JOIN department d ON d.id = s.department_id
         ORDER BY s.active DESC, d.sort_order, d.id, s.employee_no"
    ))?;
    let rows = stmt.query_map([], staff_from_row)?;
    rows.collect()
}

/// A person as the boards rank them, before any name is read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Member {
    pub id: i64,
    pub department_id: i64,
    pub active: bool,
}

impl Member {
    pub fn of(s: &Staff) -> Member {
        Member {
            id: s.id,
            department_id: s.department_id,
            active: s.active,
        }
    }
}

/// Every 职工 in list order (the order of [`all_staff`]), three numbers each: the boards rank the
/// whole unit and read names only for the rows they show. Kept until the next write
/// ([`crate::store::memo`]): each page of 量化考核's board and the 首页 rank the same unit, and
/// reading and sorting it was half of a board page's time on the large unit (docs/PERFORMANCE.md).
pub fn members_in_order(conn: &Connection) -> rusqlite::Result<Arc<Vec<Member>>> {
    static KEPT: Memo<(), Vec<Member>> = Memo::new();
    KEPT.get(conn, (), read_members_in_order)
}

fn read_members_in_order(conn: &Connection) -> rusqlite::Result<Vec<Member>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.department_id, s.active FROM staff s JOIN department d ON d.id = s.department_id
         ORDER BY s.active DESC, d.sort_order, d.id, s.employee_no",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Member {
            id: r.get(0)?,
            department_id: r.get(1)?,
            active: r.get(2)?,
        })
    })?;
    rows.collect()
}

/// The ids of the 职工 whose 姓名, 工号 or 科室 contains `text` (as typed, case and all).
pub fn ids_matching(
    conn: &Connection,
    text: &str,
) -> rusqlite::Result<std::collections::HashSet<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id FROM staff s JOIN department d ON d.id = s.department_id
         WHERE instr(s.name, ?1) > 0 OR instr(s.employee_no, ?1) > 0 OR instr(d.name, ?1) > 0",
    )?;
    let rows = stmt.query_map([text], |r| r.get(0))?;
    rows.collect()
}

pub fn staff_count(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT count(*) FROM staff", [], |r| r.get(0))
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
