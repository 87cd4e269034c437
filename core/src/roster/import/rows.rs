//! Turning each data row into a 职工 to create or update, or into the reasons it is skipped.

use std::collections::{BTreeSet, HashMap};

use rusqlite::Connection;

use super::{ImportError, ImportField, ImportRow, RowAction};
use crate::roster::model::{Gender, PoliticalStatus, Staff, StaffInput};
use crate::roster::{store, validate};

pub struct RowFields {
    pub input: StaffInput,
    pub active: Option<bool>,
}

pub struct PlannedRow {
    pub row: ImportRow,
    pub existing: Option<i64>,
    pub department: String,
    /// `None` when the row is skipped.
    pub fields: Option<RowFields>,
}

impl PlannedRow {
    pub fn skipped(raw: &[String], errors: Vec<String>) -> Self {
        PlannedRow {
            row: ImportRow {
                line: line_of(raw),
                cells: raw[1..].to_vec(),
                action: RowAction::Skip,
                errors,
                footer: false,
            },
            existing: None,
            department: String::new(),
            fields: None,
        }
    }

    /// A footer line under the data (制表人, 合计 …): skipped, and not an error.
    pub fn footer(raw: &[String]) -> Self {
        let mut planned = PlannedRow::skipped(raw, Vec::new());
        planned.row.footer = true;
        planned
    }
}

fn line_of(raw: &[String]) -> u32 {
    raw[0].parse().unwrap_or(0)
}

/// Plans every data row (each starts with its line number). Returns the rows and the 科室 names
/// that do not exist yet.
pub fn plan_rows(
    conn: &Connection,
    data: &[Vec<String>],
    mapping: &[Option<ImportField>],
    create_departments: bool,
) -> Result<(Vec<PlannedRow>, Vec<String>), ImportError> {
    let existing: HashMap<String, Staff> = store::all_staff(conn)?
        .into_iter()
        .map(|s| (s.employee_no.clone(), s))
        .collect();
    let departments: HashMap<String, i64> = store::departments(conn)?
        .into_iter()
        .map(|d| (d.name, d.id))
        .collect();
    let columns: HashMap<ImportField, usize> = mapping
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.map(|f| (f, i + 1)))
        .collect();
    let col = |f: ImportField| columns.get(&f).copied();

    let mut lines_by_no: HashMap<String, Vec<u32>> = HashMap::new();
    for raw in data {
        if let Some(no) = cell_in(raw, col(ImportField::EmployeeNo)).filter(|n| !n.is_empty()) {
            lines_by_no
                .entry(no.to_string())
                .or_default()
                .push(line_of(raw));
        }
    }

    let mut unknown = BTreeSet::new();
    let mut planned = Vec::with_capacity(data.len());
    for raw in data {
        let mut errors = Vec::new();
        let no = cell_in(raw, col(ImportField::EmployeeNo)).unwrap_or("");
        let current = existing.get(no);
        let mut input = current.map(input_of).unwrap_or_else(|| blank_input(no));
        input.employee_no = no.to_string();
        if let Some(others) = lines_by_no.get(no).filter(|l| l.len() > 1) {
            let others: Vec<String> = others
                .iter()
                .filter(|l| **l != line_of(raw))
                .map(|l| format!("第 {l} 行"))
                .collect();
            errors.push(format!(
                "工号 {no} 在文件中重复（{}也是这个工号）",
                others.join("、")
            ));
        }
        if let Some(v) = cell_in(raw, col(ImportField::Name)) {
            input.name = v.to_string();
        }
        if let Some(v) = cell_in(raw, col(ImportField::Position)) {
            input.position = v.to_string();
        }
        if let Some(v) = cell_in(raw, col(ImportField::Phone)) {
            input.phone = v.to_string();
        }
        if let Some(v) = cell_in(raw, col(ImportField::Gender)) {
            match Gender::parse_label(v) {
                Some(g) => input.gender = g,
                None => errors.push(format!("性别“{v}”无法识别，应为“男”或“女”")),
            }
        }
        if let Some(v) = cell_in(raw, col(ImportField::PoliticalStatus)) {
            match PoliticalStatus::parse_label(v) {
                Some(p) => input.political_status = p,
                None => errors.push(format!(
                    "政治面貌“{v}”无法识别，应为{}之一",
                    PoliticalStatus::ALL
                        .iter()
                        .map(|p| p.label())
                        .collect::<Vec<_>>()
                        .join("、")
                )),
            }
        }
        if let Some(v) = cell_in(raw, col(ImportField::IsVeteran)) {
            match yes_no(v, &["是", "退役军人"], &["否"]) {
                Some(b) => input.is_veteran = b,
                None => errors.push(format!("退役军人“{v}”无法识别，应为“是”或“否”")),
            }
        }
        let active = match cell_in(raw, col(ImportField::Active)) {
            Some(v) => match yes_no(v, &["是", "在职"], &["否", "离职", "停用", "退休", "调出"])
            {
                Some(b) => Some(b),
                None => {
                    errors.push(format!("在职“{v}”无法识别，应为“是”或“否”"));
                    None
                }
            },
            None => None,
        };
        let department = cell_in(raw, col(ImportField::Department))
            .unwrap_or("")
            .to_string();
        match departments.get(&department) {
            Some(id) => input.department_id = *id,
            None if department.is_empty() => errors.push("科室不能为空".into()),
            None => {
                unknown.insert(department.clone());
                if !create_departments {
                    errors.push(format!(
                        "科室“{department}”不存在；可勾选“自动创建不存在的科室”"
                    ));
                }
            }
        }
        match validate::check_staff(&input) {
            Ok(clean) => input = clean,
            Err(problems) => errors.extend(problems),
        }
        planned.push(if errors.is_empty() {
            PlannedRow {
                row: ImportRow {
                    line: line_of(raw),
                    cells: raw[1..].to_vec(),
                    action: if current.is_some() {
                        RowAction::Update
                    } else {
                        RowAction::Create
                    },
                    errors,
                    footer: false,
                },
                existing: current.map(|s| s.id),
                department,
                fields: Some(RowFields { input, active }),
            }
        } else {
            PlannedRow::skipped(raw, errors)
        });
    }
    Ok((planned, unknown.into_iter().collect()))
}

/// The trimmed text of column `at` (already offset past the line number), if the field is mapped.
fn cell_in(raw: &[String], at: Option<usize>) -> Option<&str> {
    at.map(|i| raw.get(i).map(|s| s.trim()).unwrap_or(""))
}

fn yes_no(v: &str, yes: &[&str], no: &[&str]) -> Option<bool> {
    let v = v.trim();
    if v.is_empty() || no.contains(&v) || matches!(v, "0" | "N" | "n" | "否" | "×") {
        Some(false)
    } else if yes.contains(&v) || matches!(v, "1" | "Y" | "y" | "是" | "√") {
        Some(true)
    } else {
        None
    }
}

fn input_of(s: &Staff) -> StaffInput {
    StaffInput {
        employee_no: s.employee_no.clone(),
        name: s.name.clone(),
        gender: s.gender,
        department_id: s.department_id,
        position: s.position.clone(),
        political_status: s.political_status,
        is_veteran: s.is_veteran,
        phone: s.phone.clone(),
    }
}

fn blank_input(no: &str) -> StaffInput {
    StaffInput {
        employee_no: no.to_string(),
        name: String::new(),
        gender: Gender::Unspecified,
        department_id: 0,
        position: String::new(),
        political_status: PoliticalStatus::Masses,
        is_veteran: false,
        phone: String::new(),
    }
}
