//! 责任分解: each 标准 names a responsible 科室 and person and a due date (the 实施方案's task
//! breakdown). A 科室 sees its own tasks; a task is overdue when its date has passed and nothing
//! is filed under its 标准 for that year. Prints as the 责任分解表.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDateTime};
use rusqlite::{params, Connection};

use super::evidence::{filed, paths};
use super::model::*;
use super::tree::{all_rows, row};
use super::{documents, LedgerError};
use crate::roster;
use crate::store::write;
use crate::time::date_text;

/// Sets (or clears, with `None`s) the responsible 科室, person and due date of a 标准. A person
/// named with a 科室 must belong to it.
pub fn set_duty(
    conn: &mut Connection,
    standard_id: i64,
    duty: &DutyInput,
) -> Result<Node, LedgerError> {
    let tx = write(conn)?;
    if row(&tx, standard_id)?.node.level != Level::Standard {
        return Err(LedgerError::NotAStandard);
    }
    let department = match duty.department_id {
        None => None,
        Some(id) => Some(
            roster::list_departments(&tx)
                .map_err(|_| LedgerError::UnknownDepartment)?
                .into_iter()
                .find(|d| d.id == id)
                .ok_or(LedgerError::UnknownDepartment)?,
        ),
    };
    if let Some(staff_id) = duty.staff_id {
        let staff = roster::get_staff(&tx, staff_id).map_err(|_| LedgerError::UnknownStaff)?;
        if let Some(d) = &department {
            if staff.department_id != d.id {
                return Err(LedgerError::StaffNotInDepartment {
                    staff: staff.name,
                    department: d.name.clone(),
                });
            }
        }
    }
    tx.execute(
        "UPDATE ledger_node SET department_id = ?2, staff_id = ?3, due_on = ?4 WHERE id = ?1",
        params![
            standard_id,
            duty.department_id,
            duty.staff_id,
            duty.due_on.map(date_text)
        ],
    )?;
    let node = row(&tx, standard_id)?.node;
    tx.commit()?;
    Ok(node)
}

/// The 责任分解表: every 标准 in tree order (only those of `department_id` when given), with the
/// evidence filed for the year of its due date (this year without one) and whether it is overdue.
pub fn duties(
    conn: &Connection,
    department_id: Option<i64>,
    now: NaiveDateTime,
) -> Result<Vec<Duty>, LedgerError> {
    let rows = all_rows(conn)?;
    let tree = super::tree::build(rows);
    let mut standards: Vec<&Node> = Vec::new();
    for item in &tree {
        for ind in &item.children {
            for st in &ind.children {
                if department_id.is_none() || st.department_id == department_id {
                    standards.push(st);
                }
            }
        }
    }
    let departments: HashMap<i64, String> = roster::list_departments(conn)
        .map_err(|_| LedgerError::UnknownDepartment)?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect();
    let paths = paths(conn)?;
    // Evidence per year, computed once for each year a task falls in.
    let mut per_year: HashMap<i32, HashMap<i64, u32>> = HashMap::new();
    let mut out = Vec::with_capacity(standards.len());
    for st in standards {
        let year = st.due_on.map_or(now.year(), |d| d.year());
        let counts = match per_year.entry(year) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                let mut counts: HashMap<i64, u32> = filed(conn, year, year, now)?
                    .records
                    .into_iter()
                    .map(|(s, r)| (s, r.len() as u32))
                    .collect();
                for (s, n) in documents::counts(conn, year, year)? {
                    *counts.entry(s).or_default() += n;
                }
                e.insert(counts)
            }
        };
        let evidence = counts.get(&st.id).copied().unwrap_or(0);
        let staff_name = match st.staff_id {
            Some(id) => roster::get_staff(conn, id)
                .map(|s| s.name)
                .unwrap_or_default(),
            None => String::new(),
        };
        let (item, indicator, standard) = paths.get(&st.id).cloned().unwrap_or_default();
        out.push(Duty {
            standard_id: st.id,
            item,
            indicator,
            standard,
            points: st.points,
            methods: st.methods.clone(),
            department_id: st.department_id,
            department_name: st
                .department_id
                .and_then(|d| departments.get(&d).cloned())
                .unwrap_or_default(),
            staff_id: st.staff_id,
            staff_name,
            due_on: st.due_on,
            evidence,
            overdue: st.due_on.is_some_and(|d| d < now.date()) && evidence == 0,
        });
    }
    Ok(out)
}
