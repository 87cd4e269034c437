//! SQL for the roster only. Functions here take a connection or transaction and never commit;
//! the public functions in `mod.rs` own the transactions.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::*;
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

pub fn departments(conn: &Connection) -> rusqlite::Result<Vec<Department>> {
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
    conn.query_row(&sql, [id], staff_from_row).optional()
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

/// One page of the staff list, ordered by 科室 then 工号, with the total count for the pager.
pub fn staff_page(conn: &Connection, q: &StaffQuery) -> rusqlite::Result<StaffPage> {
    let pattern = format!("%{}%", escape_like(q.text.trim()));
    let filter = "FROM staff s JOIN department d ON d.id = s.department_id
         WHERE (?1 = '%%' OR s.name LIKE ?1 ESCAPE '\\' OR s.employee_no LIKE ?1 ESCAPE '\\' OR d.name LIKE ?1 ESCAPE '\\')
           AND (?2 IS NULL OR s.department_id = ?2)
           AND (?3 OR s.active)";
    let total: i64 = conn
        .prepare_cached(&format!("SELECT count(*) {filter}"))?
        .query_row(params![pattern, q.department_id, q.include_inactive], |r| {
            r.get(0)
        })?;
    // `list_staff` has refused any other size; the clamp keeps this query safe on its own.
    let size = q.page_size.clamp(1, PAGE_SIZE_MAX);
    let offset = (q.page.max(1) - 1) as i64 * size as i64;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {STAFF_COLUMNS} {filter} ORDER BY s.active DESC, d.sort_order, d.id, s.employee_no LIMIT ?4 OFFSET ?5"
    ))?;
    let items = stmt
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

pub fn staff_count(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT count(*) FROM staff", [], |r| r.get(0))
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
