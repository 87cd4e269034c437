//! Roster behaviour, one file per group: 科室 and 职工 editing, the list, import, export.

mod departments;
mod export;
mod import;
mod import_files;
mod import_hr_files;
mod list;
mod staff;

use rusqlite::Connection;

use super::*;
use crate::store::open_in_memory;
use crate::testkit;

/// A unit with the given 科室 (all 机关科室) and nobody in them yet.
pub(super) fn unit_with(departments: &[&str]) -> (Connection, Vec<i64>) {
    let mut conn = testkit::database();
    let ids = testkit::departments(&mut conn, departments);
    (conn, ids)
}

/// A 中共党员 科员 with a phone number.
pub(super) fn person(no: &str, name: &str, department_id: i64) -> StaffInput {
    StaffInput {
        employee_no: no.into(),
        position: "科员".into(),
        political_status: PoliticalStatus::CpcMember,
        phone: "13912345678".into(),
        ..testkit::person(0, name, department_id)
    }
}

/// When the roster tests write.
pub(super) fn now() -> chrono::NaiveDateTime {
    testkit::november(1, 8)
}

/// [`person`] added to the roster.
pub(super) fn hire(conn: &mut Connection, no: &str, name: &str, department_id: i64) -> Staff {
    create_staff(conn, &person(no, name, department_id), now()).unwrap()
}

/// Every 职工 as (工号, 姓名, 科室) in list order, to compare whole rosters.
pub(super) fn roster_of(conn: &Connection) -> Vec<(String, String, String)> {
    store::all_staff(conn)
        .unwrap()
        .into_iter()
        .map(|s| (s.employee_no, s.name, s.department_name))
        .collect()
}

/// An .xlsx file with one sheet holding `rows`.
pub(super) fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string(r as u32, c as u16, *cell).unwrap();
            }
        }
    }
    wb.save_to_buffer().unwrap()
}
