//! Import of a 花名册 (.xlsx, .xls, .csv): find the header, map columns to fields, preview every row
//! with its problems, then import the valid rows in one transaction. Re-importing updates people by
//! 工号; columns the file does not have keep their stored values.

mod footer;
mod parse;
mod rows;

use std::collections::BTreeSet;

use chrono::NaiveDateTime;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::store;
use crate::error::{Coded, StoreError};
use crate::store::write;
use rows::{plan_rows, PlannedRow};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("“{0}”不是可识别的表格文件，请选择 .xlsx、.xls 或 .csv 文件")]
    NotASpreadsheet(String),
    #[error("表格文件已损坏或无法读取：{0}")]
    Unreadable(String),
    #[error("表格是空的，没有任何数据")]
    EmptySheet,
    #[error("没有找到表头：前 10 行中应有一行列名，如“工号”“姓名”“科室”")]
    NoHeader,
    #[error("缺少必需的列：{}；请在“列对应”中指定", .0.join("、"))]
    MissingColumns(Vec<String>),
    #[error("表格太大（{0}），请分批导入")]
    TooLarge(String),
    #[error("列对应与表格的列数不一致，请重新选择文件")]
    BadMapping,
    #[error("没有可以导入的有效行，请按预览中的提示修改表格后重试")]
    NothingToImport,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for ImportError {
    fn code(&self) -> &'static str {
        match self {
            ImportError::NotASpreadsheet(_) => "roster.import.not_a_spreadsheet",
            ImportError::Unreadable(_) => "roster.import.unreadable",
            ImportError::EmptySheet => "roster.import.empty_sheet",
            ImportError::NoHeader => "roster.import.no_header",
            ImportError::MissingColumns(_) => "roster.import.missing_columns",
            ImportError::TooLarge(_) => "roster.import.too_large",
            ImportError::BadMapping => "roster.import.bad_mapping",
            ImportError::NothingToImport => "roster.import.nothing_to_import",
            ImportError::Store(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for ImportError {
    fn from(e: rusqlite::Error) -> Self {
        ImportError::Store(e.into())
    }
}

/// A roster field a column can be mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ImportField {
    EmployeeNo,
    Name,
    Gender,
    Department,
    Position,
    PoliticalStatus,
    IsVeteran,
    Phone,
    Active,
}

impl ImportField {
    pub const ALL: [ImportField; 9] = [
        ImportField::EmployeeNo,
        ImportField::Name,
        ImportField::Gender,
        ImportField::Department,
        ImportField::Position,
        ImportField::PoliticalStatus,
        ImportField::IsVeteran,
        ImportField::Phone,
        ImportField::Active,
    ];
    pub const REQUIRED: [ImportField; 3] = [
        ImportField::EmployeeNo,
        ImportField::Name,
        ImportField::Department,
    ];

    /// The column name used in exports and the first alias recognised on import.
    pub fn label(self) -> &'static str {
        self.aliases()[0]
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            ImportField::EmployeeNo => &["工号", "职工编号", "人员编号", "职工号", "编号"],
            ImportField::Name => &["姓名", "职工姓名", "名字"],
            ImportField::Gender => &["性别"],
            ImportField::Department => &[
                "科室",
                "部门",
                "所在科室",
                "所在部门",
                "科室/单位",
                "科室（单位）",
                "单位",
            ],
            ImportField::Position => &["职务", "职位", "岗位", "职务（岗位）"],
            ImportField::PoliticalStatus => &["政治面貌"],
            ImportField::IsVeteran => &["退役军人", "是否退役军人"],
            ImportField::Phone => &["手机号", "手机", "手机号码", "联系电话", "电话"],
            ImportField::Active => &["在职", "是否在职", "在职状态", "状态"],
        }
    }

    fn recognise(header: &str) -> Option<ImportField> {
        let h: String = header
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '*' && *c != '＊')
            .collect();
        ImportField::ALL
            .into_iter()
            .find(|f| f.aliases().contains(&h.as_str()))
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportOptions {
    /// One entry per column (`null` = ignore the column); absent = recognise from the header.
    pub mapping: Option<Vec<Option<ImportField>>>,
    /// Create the 科室 the file names that do not exist yet.
    pub create_departments: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RowAction {
    Create,
    Update,
    Skip,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportRow {
    /// The row's line number in the file, as Excel shows it.
    pub line: u32,
    pub cells: Vec<String>,
    pub action: RowAction,
    pub errors: Vec<String>,
    /// A footer line under the data (制表人, 审核人, 日期, 合计, or text in one cell only):
    /// skipped, not an error.
    pub footer: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportPreview {
    pub sheet_name: String,
    pub header_line: u32,
    pub headers: Vec<String>,
    pub mapping: Vec<Option<ImportField>>,
    pub missing_fields: Vec<ImportField>,
    pub rows: Vec<ImportRow>,
    /// 科室 named in the file that do not exist (created on import when asked).
    pub unknown_departments: Vec<String>,
    pub creates: u32,
    pub updates: u32,
    /// Rows skipped, footer lines included.
    pub skips: u32,
    /// Of the skipped rows, the footer lines under the data.
    pub footers: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportReport {
    pub created: u32,
    pub updated: u32,
    pub skipped: u32,
    pub departments_created: Vec<String>,
}

struct Plan {
    preview: ImportPreview,
    planned: Vec<PlannedRow>,
}

/// Reads the file and says what an import would do with each row. Changes nothing.
pub fn preview_import(
    conn: &Connection,
    bytes: &[u8],
    file_name: &str,
    options: &ImportOptions,
) -> Result<ImportPreview, ImportError> {
    Ok(plan(conn, bytes, file_name, options)?.preview)
}

/// Imports every valid row in one transaction; invalid rows are skipped and counted.
pub fn apply_import(
    conn: &mut Connection,
    bytes: &[u8],
    file_name: &str,
    options: &ImportOptions,
    now: NaiveDateTime,
) -> Result<ImportReport, ImportError> {
    let tx = write(conn)?;
    let Plan { preview, planned } = plan(&tx, bytes, file_name, options)?;
    if !preview.missing_fields.is_empty() {
        let names = preview
            .missing_fields
            .iter()
            .map(|f| f.label().to_string())
            .collect();
        return Err(ImportError::MissingColumns(names));
    }
    if preview.creates + preview.updates == 0 {
        return Err(ImportError::NothingToImport);
    }
    let mut departments_created = Vec::new();
    if options.create_departments {
        let first = store::next_department_sort_order(&tx)?;
        for (sort_order, name) in (first..).zip(&preview.unknown_departments) {
            let input = super::DepartmentInput {
                name: name.clone(),
                kind: super::DepartmentKind::Office,
                sort_order,
            };
            store::insert_department(&tx, &input, now)?;
            departments_created.push(name.clone());
        }
    }
    for row in &planned {
        let Some(fields) = &row.fields else { continue };
        let department_id = store::department_id_by_name(&tx, &row.department)?
            .expect("rows naming an unknown 科室 are skipped unless it was just created");
        let input = super::StaffInput {
            department_id,
            ..fields.input.clone()
        };
        let id = match row.existing {
            Some(id) => {
                store::update_staff(&tx, id, &input, now)?;
                id
            }
            None => store::insert_staff(&tx, &input, now)?,
        };
        if let Some(active) = fields.active {
            store::set_staff_active(&tx, id, active, now)?;
        }
    }
    tx.commit()?;
    Ok(ImportReport {
        created: preview.creates,
        updated: preview.updates,
        skipped: preview.skips,
        departments_created,
    })
}

fn plan(
    conn: &Connection,
    bytes: &[u8],
    file_name: &str,
    options: &ImportOptions,
) -> Result<Plan, ImportError> {
    let sheet = parse::read(bytes, file_name)?;
    let header_at = find_header(&sheet.rows).ok_or(ImportError::NoHeader)?;
    let header = &sheet.rows[header_at];
    let header_line: u32 = header[0].parse().unwrap_or(1);
    let headers: Vec<String> = header[1..].to_vec();
    let mapping = match &options.mapping {
        Some(m) if m.len() == headers.len() => m.clone(),
        Some(_) => return Err(ImportError::BadMapping),
        None => headers.iter().map(|h| ImportField::recognise(h)).collect(),
    };
    let mapped: BTreeSet<ImportField> = mapping.iter().flatten().copied().collect();
    let missing_fields: Vec<ImportField> = ImportField::REQUIRED
        .into_iter()
        .filter(|f| !mapped.contains(f))
        .collect();
    let rows_after_header = &sheet.rows[header_at + 1..];
    let (data, footer) = rows_after_header.split_at(footer::footer_start(rows_after_header));
    let (mut planned, unknown_departments) = if missing_fields.is_empty() {
        plan_rows(conn, data, &mapping, options.create_departments)?
    } else {
        (
            data.iter()
                .map(|r| PlannedRow::skipped(r, Vec::new()))
                .collect(),
            Vec::new(),
        )
    };
    planned.extend(footer.iter().map(|r| PlannedRow::footer(r)));
    let count = |a: RowAction| planned.iter().filter(|r| r.row.action == a).count() as u32;
    let preview = ImportPreview {
        sheet_name: sheet.name,
        header_line,
        headers,
        mapping,
        missing_fields,
        creates: count(RowAction::Create),
        updates: count(RowAction::Update),
        skips: count(RowAction::Skip),
        footers: footer.len() as u32,
        rows: planned.iter().map(|p| p.row.clone()).collect(),
        unknown_departments,
    };
    Ok(Plan { preview, planned })
}

/// The header is the row among the first 10 that names the most known fields (the first such row
/// on a tie), so that a title row such as “XX局干部职工花名册” above it is skipped. A row naming no
/// known field is never a header.
fn find_header(rows: &[Vec<String>]) -> Option<usize> {
    let known = |r: &Vec<String>| {
        r[1..]
            .iter()
            .filter_map(|h| ImportField::recognise(h))
            .collect::<BTreeSet<_>>()
            .len()
    };
    let (at, count) = rows
        .iter()
        .take(10)
        .map(known)
        .enumerate()
        .fold(
            (0, 0),
            |best, (i, n)| if n > best.1 { (i, n) } else { best },
        );
    (count > 0).then_some(at)
}
