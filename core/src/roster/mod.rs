//! 人员与科室 (`roster`): 科室 and 职工, the list with search and paging, import from .xlsx/.csv
//! with a preview, and export to .xlsx.
//!
//! Main types: [`Department`], [`Staff`], [`StaffInput`], [`StaffQuery`], and for imports
//! [`ImportPreview`]. People who leave are deactivated; a 职工 can only be deleted while nothing
//! else refers to them (a foreign key from any later feature's table blocks the delete).

mod export;
mod import;
mod model;
pub(crate) mod store;
mod validate;

pub use export::export_xlsx;
pub use import::{
    apply_import, preview_import, ImportError, ImportField, ImportOptions, ImportPreview,
    ImportReport, ImportRow, RowAction,
};
pub use model::*;
pub use validate::{check_employee_no, check_phone};

use chrono::NaiveDateTime;
use rusqlite::Connection;

use crate::auth::Role;
use crate::error::{Coded, StoreError};
use crate::exports::ExportedFile;
use crate::paging::{PageError, Window};
use crate::store::write;
use crate::AppError;

#[derive(Debug, thiserror::Error)]
pub enum RosterError {
    #[error("{0}")]
    Invalid(String),
    #[error("工号 {employee_no} 已被 {holder} 使用，请换一个工号")]
    DuplicateEmployeeNo { employee_no: String, holder: String },
    #[error("科室“{0}”已存在")]
    DuplicateDepartment(String),
    #[error(transparent)]
    Page(#[from] PageError),
    #[error("排序号 {value} 不在 0–{max} 之间")]
    SortOrderOutOfRange { value: i32, max: i32 },
    #[error("找不到这个科室，可能已被删除，请刷新后再试")]
    DepartmentNotFound,
    #[error("找不到这名职工，可能已被删除，请刷新后再试")]
    StaffNotFound,
    #[error("科室“{name}”还有 {count} 名职工（含已停用），不能删除；请先把他们调到其他科室")]
    DepartmentNotEmpty { name: String, count: i64 },
    #[error("{name} 已有活动、评选等记录，不能删除；人员离开时请改为“停用”")]
    StaffHasRecords { name: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for RosterError {
    fn code(&self) -> &'static str {
        match self {
            RosterError::Invalid(_) => "roster.invalid",
            RosterError::DuplicateEmployeeNo { .. } => "roster.duplicate_employee_no",
            RosterError::DuplicateDepartment(_) => "roster.duplicate_department",
            RosterError::SortOrderOutOfRange { .. } => "roster.sort_order_out_of_range",
            RosterError::Page(e) => e.code(),
            RosterError::DepartmentNotFound => "roster.department_not_found",
            RosterError::StaffNotFound => "roster.staff_not_found",
            RosterError::DepartmentNotEmpty { .. } => "roster.department_not_empty",
            RosterError::StaffHasRecords { .. } => "roster.staff_has_records",
            RosterError::Store(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for RosterError {
    fn from(e: rusqlite::Error) -> Self {
        RosterError::Store(e.into())
    }
}

pub fn list_departments(conn: &Connection) -> Result<Vec<Department>, RosterError> {
    Ok(store::departments(conn)?)
}

/// The name as typed, and a sort order within 0..=[`SORT_ORDER_MAX`].
fn check_department(input: &DepartmentInput) -> Result<DepartmentInput, RosterError> {
    if !(0..=SORT_ORDER_MAX).contains(&input.sort_order) {
        return Err(RosterError::SortOrderOutOfRange {
            value: input.sort_order,
            max: SORT_ORDER_MAX,
        });
    }
    validate::check_department(input).map_err(RosterError::Invalid)
}

pub fn create_department(
    conn: &mut Connection,
    input: &DepartmentInput,
    now: NaiveDateTime,
) -> Result<Department, RosterError> {
    let input = check_department(input)?;
    let tx = write(conn)?;
    if store::department_id_by_name(&tx, &input.name)?.is_some() {
        return Err(RosterError::DuplicateDepartment(input.name));
    }
    let id = store::insert_department(&tx, &input, now)?;
    tx.commit()?;
    department(conn, id)
}

pub fn update_department(
    conn: &mut Connection,
    id: i64,
    input: &DepartmentInput,
) -> Result<Department, RosterError> {
    let input = check_department(input)?;
    let tx = write(conn)?;
    if store::department_id_by_name(&tx, &input.name)?.is_some_and(|other| other != id) {
        return Err(RosterError::DuplicateDepartment(input.name));
    }
    if store::update_department(&tx, id, &input)? == 0 {
        return Err(RosterError::DepartmentNotFound);
    }
    tx.commit()?;
    department(conn, id)
}

/// Deletes an empty 科室; one that ever had staff is refused.
pub fn delete_department(conn: &mut Connection, id: i64) -> Result<(), RosterError> {
    let tx = write(conn)?;
    let name = store::department_name(&tx, id)?.ok_or(RosterError::DepartmentNotFound)?;
    let count = store::staff_count_in_department(&tx, id)?;
    if count > 0 {
        return Err(RosterError::DepartmentNotEmpty { name, count });
    }
    store::delete_department(&tx, id)?;
    tx.commit()?;
    Ok(())
}

fn department(conn: &Connection, id: i64) -> Result<Department, RosterError> {
    store::departments(conn)?
        .into_iter()
        .find(|d| d.id == id)
        .ok_or(RosterError::DepartmentNotFound)
}

/// One page of the staff list. In staff mode phone numbers are masked (138****5678): colleagues may
/// browse the roster, but only the organizer sees how to reach everyone.
pub fn list_staff(
    conn: &Connection,
    query: &StaffQuery,
    viewer: Role,
) -> Result<StaffPage, RosterError> {
    let window = Window::of(query.page, query.page_size)?;
    let mut page = store::staff_page(conn, query, window)?;
    if viewer != Role::Organizer {
        for s in &mut page.items {
            s.phone = mask_phone(&s.phone);
        }
    }
    Ok(page)
}

fn mask_phone(phone: &str) -> String {
    let chars: Vec<char> = phone.chars().collect();
    if chars.len() < 7 {
        return "*".repeat(chars.len());
    }
    let (head, tail) = (3, 4);
    chars[..head]
        .iter()
        .chain(std::iter::repeat_n(&'*', chars.len() - head - tail))
        .chain(&chars[chars.len() - tail..])
        .collect()
}

/// Writes the roster (.xlsx) into `dir` and says where.
pub fn export_file(
    conn: &Connection,
    dir: &std::path::Path,
    now: NaiveDateTime,
) -> Result<ExportedFile, AppError> {
    let unit = crate::settings::unit_info(conn)?.unit_name;
    let bytes = export_xlsx(conn, &unit)?;
    Ok(crate::exports::save(
        dir,
        &format!("{unit}花名册"),
        "xlsx",
        &bytes,
        now,
    )?)
}

pub fn get_staff(conn: &Connection, id: i64) -> Result<Staff, RosterError> {
    store::staff_by_id(conn, id)?.ok_or(RosterError::StaffNotFound)
}

pub fn create_staff(
    conn: &mut Connection,
    input: &StaffInput,
    now: NaiveDateTime,
) -> Result<Staff, RosterError> {
    let input = validate::check_staff(input).map_err(|p| RosterError::Invalid(p.join("；")))?;
    let tx = write(conn)?;
    check_unique_and_department(&tx, None, &input)?;
    let id = store::insert_staff(&tx, &input, now)?;
    tx.commit()?;
    get_staff(conn, id)
}

pub fn update_staff(
    conn: &mut Connection,
    id: i64,
    input: &StaffInput,
    now: NaiveDateTime,
) -> Result<Staff, RosterError> {
    let input = validate::check_staff(input).map_err(|p| RosterError::Invalid(p.join("；")))?;
    let tx = write(conn)?;
    check_unique_and_department(&tx, Some(id), &input)?;
    if store::update_staff(&tx, id, &input, now)? == 0 {
        return Err(RosterError::StaffNotFound);
    }
    tx.commit()?;
    get_staff(conn, id)
}

fn check_unique_and_department(
    conn: &Connection,
    id: Option<i64>,
    input: &StaffInput,
) -> Result<(), RosterError> {
    if store::department_name(conn, input.department_id)?.is_none() {
        return Err(RosterError::DepartmentNotFound);
    }
    match store::staff_by_employee_no(conn, &input.employee_no)? {
        Some((other, holder)) if Some(other) != id => Err(RosterError::DuplicateEmployeeNo {
            employee_no: input.employee_no.clone(),
            holder,
        }),
        _ => Ok(()),
    }
}

/// 停用 / 启用: people who leave stay on record, hidden from the default list.
pub fn set_staff_active(
    conn: &mut Connection,
    id: i64,
    active: bool,
    now: NaiveDateTime,
) -> Result<Staff, RosterError> {
    let tx = write(conn)?;
    if store::set_staff_active(&tx, id, active, now)? == 0 {
        return Err(RosterError::StaffNotFound);
    }
    tx.commit()?;
    get_staff(conn, id)
}

/// Deletes a 职工 entered by mistake. Anyone with records elsewhere is refused (deactivate instead).
pub fn delete_staff(conn: &mut Connection, id: i64) -> Result<(), RosterError> {
    let name = get_staff(conn, id)?.name;
    let tx = write(conn)?;
    match store::delete_staff(&tx, id) {
        Ok(_) => {}
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            return Err(RosterError::StaffHasRecords { name });
        }
        Err(e) => return Err(e.into()),
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests;
