//! The organizer's sheet of a challenge: the template (.xlsx: 工号, 姓名, one column per day of the
//! period, the counts already in filled in) and the import of a filled one. The import is
//! previewed first — every bad cell named by its row and column with the reason — and saves only
//! when confirmed and only when no cell is bad: all of it or nothing.

use std::collections::{HashMap, HashSet};
use std::io::Cursor;

use calamine::{Data, Reader};
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use rust_xlsxwriter::{Format, Workbook};

use super::board::{participants, Participant};
use super::error::ChallengeError;
use super::model::*;
use super::rules::{check_day, in_unit, may_enter, parse_amount};
use super::store::{self, ChallengeRow};
use crate::activities;
use crate::exports::ExportedFile;
use crate::store::write;
use crate::time::date_text;
use crate::AppError;

/// Refuse files larger than this before reading them.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// Refuse sheets with more rows than this.
pub const MAX_ROWS: usize = 20_000;

const EMPLOYEE_NO: &str = "工号";
const NAME: &str = "姓名";

/// The template as bytes: one line per participant with the counts already entered.
pub fn challenge_template(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<u8>, ChallengeError> {
    let activity = activities::get_activity(conn, activity_id, now)?;
    let row = store::challenge_of(conn, activity_id)?.ok_or(ChallengeError::NotSetUp)?;
    let days: Vec<NaiveDate> = days_of(&row);
    let amounts = store::amounts(conn, row.id)?;
    let failed = |e: rust_xlsxwriter::XlsxError| ChallengeError::SheetFailed(e.to_string());
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet();
    sheet.set_name("填报").map_err(failed)?;
    let bold = Format::new().set_bold();
    sheet
        .write_string_with_format(0, 0, EMPLOYEE_NO, &bold)
        .map_err(failed)?;
    sheet
        .write_string_with_format(0, 1, NAME, &bold)
        .map_err(failed)?;
    sheet.set_column_width(0, 10.0).map_err(failed)?;
    sheet.set_column_width(1, 10.0).map_err(failed)?;
    for (i, day) in days.iter().enumerate() {
        let col = i as u16 + 2;
        sheet
            .write_string_with_format(0, col, date_text(*day), &bold)
            .map_err(failed)?;
        sheet.set_column_width(col, 11.0).map_err(failed)?;
    }
    for (r, p) in participants(conn, activity_id)?.iter().enumerate() {
        let line = r as u32 + 1;
        sheet
            .write_string(line, 0, &p.employee_no)
            .map_err(failed)?;
        sheet.write_string(line, 1, &p.name).map_err(failed)?;
        for (i, day) in days.iter().enumerate() {
            if let Some(a) = amounts.get(&(p.staff_id, *day)) {
                sheet
                    .write_number(line, i as u16 + 2, in_unit(row.unit, *a))
                    .map_err(failed)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 2).map_err(failed)?;
    let note = wb.add_worksheet();
    note.set_name("说明").map_err(failed)?;
    let lines = [
        format!(
            "{}：每人每天填一个数，单位为{}。",
            activity.title,
            row.unit.label()
        ),
        format!(
            "每天 0–{} {}；{}",
            row.unit.daily_max(),
            row.unit.label(),
            match row.unit {
                ChallengeUnit::Steps => "步数须为整数。",
                ChallengeUnit::Km => "公里数最多两位小数。",
            }
        ),
        "空着的格子不导入；与已有的数不同的格子会覆盖原数（预览中会列出）。".into(),
        "不要改动第一行的表头和“工号”列；未来的日期不能填写。".into(),
    ];
    for (i, text) in lines.iter().enumerate() {
        note.write_string(i as u32, 0, text).map_err(failed)?;
    }
    note.set_column_width(0, 70.0).map_err(failed)?;
    wb.save_to_buffer().map_err(failed)
}

/// 下载模板: the template written into `dir`.
pub fn export_challenge_template(
    conn: &Connection,
    activity_id: i64,
    dir: &std::path::Path,
    now: NaiveDateTime,
) -> Result<ExportedFile, AppError> {
    let bytes = challenge_template(conn, activity_id, now)?;
    let title = activities::get_activity(conn, activity_id, now)?.title;
    Ok(crate::exports::save(
        dir,
        &format!("{title}填报表"),
        "xlsx",
        &bytes,
        now,
    )?)
}

/// What a filled sheet would import, checked cell by cell; nothing is saved.
pub fn preview_challenge_import(
    conn: &Connection,
    activity_id: i64,
    bytes: &[u8],
    file_name: &str,
    now: NaiveDateTime,
) -> Result<ChallengeImportPreview, ChallengeError> {
    let activity = activities::get_activity(conn, activity_id, now)?;
    let row = store::challenge_of(conn, activity_id)?.ok_or(ChallengeError::NotSetUp)?;
    may_enter(&activity)?;
    Ok(plan(conn, activity_id, &row, bytes, file_name, now)?.preview)
}

/// 确认导入: saves every count of the sheet (replacing different ones) in one transaction, or
/// nothing when any cell is bad.
pub fn apply_challenge_import(
    conn: &mut Connection,
    activity_id: i64,
    bytes: &[u8],
    file_name: &str,
    now: NaiveDateTime,
) -> Result<ChallengeImportReport, ChallengeError> {
    let tx = write(conn)?;
    let activity = activities::get_activity(&tx, activity_id, now)?;
    let row = store::challenge_of(&tx, activity_id)?.ok_or(ChallengeError::NotSetUp)?;
    may_enter(&activity)?;
    let planned = plan(&tx, activity_id, &row, bytes, file_name, now)?;
    if !planned.preview.problems.is_empty() {
        return Err(ChallengeError::BadCells(planned.preview.problems.len()));
    }
    if planned.counts.is_empty() {
        return Err(ChallengeError::NothingToImport);
    }
    for (staff_id, day, amount) in &planned.counts {
        store::put_entry(&tx, row.id, *staff_id, *day, *amount, true, now)?;
    }
    tx.commit().map_err(crate::error::StoreError::from)?;
    Ok(ChallengeImportReport {
        saved: planned.counts.len() as u32,
        replaced: planned.preview.replaces,
    })
}

fn days_of(row: &ChallengeRow) -> Vec<NaiveDate> {
    row.starts_on
        .iter_days()
        .take_while(|d| *d <= row.ends_on)
        .collect()
}

struct Planned {
    preview: ChallengeImportPreview,
    /// (person, day, amount) of every filled cell.
    counts: Vec<(i64, NaiveDate, i64)>,
}

/// Excel's name of a 0-based column: A … Z, AA …
pub(crate) fn column_name(mut col: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// A cell as people read it.
fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => excel_day(dt.as_f64())
            .map(date_text)
            .unwrap_or_else(|| dt.to_string()),
        other => other.to_string().trim().to_string(),
    }
}

/// The day of an Excel date serial (the 1900 date system, as Excel saves by default).
fn excel_day(serial: f64) -> Option<NaiveDate> {
    if !(1.0..3_000_000.0).contains(&serial) {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(serial as u64))
}

/// A header cell as a day: `2026-11-05` (or with `/`) as text, or a date cell.
fn header_day(d: &Data) -> Option<NaiveDate> {
    match d {
        Data::DateTime(dt) => excel_day(dt.as_f64()),
        Data::DateTimeIso(s) => NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok(),
        Data::String(s) => {
            let s = s.trim().replace('/', "-");
            NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()
        }
        _ => None,
    }
}

fn read_rows(bytes: &[u8], file_name: &str) -> Result<Vec<Vec<Data>>, ChallengeError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ChallengeError::TooLarge(format!(
            "文件超过 {} MB",
            MAX_FILE_BYTES / 1024 / 1024
        )));
    }
    if !(bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0")) {
        return Err(ChallengeError::NotASpreadsheet(file_name.to_string()));
    }
    let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| ChallengeError::Unreadable(e.to_string()))?;
    let first = wb
        .sheet_names()
        .first()
        .cloned()
        .ok_or(ChallengeError::EmptySheet)?;
    let range = wb
        .worksheet_range(&first)
        .map_err(|e| ChallengeError::Unreadable(e.to_string()))?;
    if range.height() > MAX_ROWS {
        return Err(ChallengeError::TooLarge(format!("超过 {MAX_ROWS} 行")));
    }
    // Keep the rows and columns where Excel shows them.
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows: Vec<Vec<Data>> = vec![Vec::new(); top as usize];
    for r in range.rows() {
        let mut line = vec![Data::Empty; left as usize];
        line.extend(r.iter().cloned());
        rows.push(line);
    }
    if !rows
        .iter()
        .any(|r| r.iter().any(|c| !cell_text(c).is_empty()))
    {
        return Err(ChallengeError::EmptySheet);
    }
    Ok(rows)
}

/// Reads the sheet against the challenge, the roster and the stored counts.
fn plan(
    conn: &Connection,
    activity_id: i64,
    row: &ChallengeRow,
    bytes: &[u8],
    file_name: &str,
    now: NaiveDateTime,
) -> Result<Planned, ChallengeError> {
    let rows = read_rows(bytes, file_name)?;
    // The header: the first of the first 10 rows with a 工号 cell.
    let (head_at, head) = rows
        .iter()
        .enumerate()
        .take(10)
        .find(|(_, r)| r.iter().any(|c| cell_text(c) == EMPLOYEE_NO))
        .ok_or(ChallengeError::NoHeader)?;
    let mut problems: Vec<CellProblem> = Vec::new();
    let problem =
        |row: usize, col: usize, header: &str, text: String, reason: String| CellProblem {
            row: row as u32 + 1,
            column: column_name(col),
            header: header.to_string(),
            text,
            reason,
        };
    let mut no_col = None;
    let mut name_col = None;
    let mut day_cols: Vec<(usize, NaiveDate)> = Vec::new();
    let mut seen_days = HashSet::new();
    for (c, cell) in head.iter().enumerate() {
        let text = cell_text(cell);
        if text.is_empty() {
            continue;
        }
        if text == EMPLOYEE_NO && no_col.is_none() {
            no_col = Some(c);
        } else if text == NAME && name_col.is_none() {
            name_col = Some(c);
        } else if let Some(day) = header_day(cell) {
            let reason = if day < row.starts_on || day > row.ends_on {
                Some(format!(
                    "{} 不在挑战期内（{} 至 {}）",
                    date_text(day),
                    date_text(row.starts_on),
                    date_text(row.ends_on)
                ))
            } else if !seen_days.insert(day) {
                Some(format!("{} 这一天的列出现了两次", date_text(day)))
            } else {
                None
            };
            match reason {
                Some(r) => problems.push(problem(head_at, c, "表头", text, r)),
                None => day_cols.push((c, day)),
            }
        } else {
            problems.push(problem(
                head_at,
                c,
                "表头",
                text,
                "不是“工号”“姓名”或日期（应为 2026-11-05 这样的日期）".into(),
            ));
        }
    }
    let no_col = no_col.ok_or(ChallengeError::NoHeader)?;
    let people: HashMap<String, Participant> = participants(conn, activity_id)?
        .into_iter()
        .map(|p| (p.employee_no.clone(), p))
        .collect();
    let stored = store::amounts(conn, row.id)?;
    let today = now.date();
    let mut lines = Vec::new();
    let mut counts = Vec::new();
    let mut seen_people: HashMap<String, usize> = HashMap::new();
    let (mut cells, mut replaces) = (0u32, 0u32);
    for (r, cells_of_row) in rows.iter().enumerate().skip(head_at + 1) {
        let at = |c: usize| cells_of_row.get(c).unwrap_or(&Data::Empty);
        if cells_of_row.iter().all(|c| cell_text(c).is_empty()) {
            continue;
        }
        let employee_no = cell_text(at(no_col));
        let name = name_col.map(|c| cell_text(at(c))).unwrap_or_default();
        let person = if employee_no.is_empty() {
            problems.push(problem(
                r,
                no_col,
                EMPLOYEE_NO,
                String::new(),
                "缺少工号".into(),
            ));
            None
        } else if let Some(first) = seen_people.insert(employee_no.clone(), r) {
            problems.push(problem(
                r,
                no_col,
                EMPLOYEE_NO,
                employee_no.clone(),
                format!(
                    "工号 {employee_no} 在第 {} 行已出现过，每人只能有一行",
                    first + 1
                ),
            ));
            None
        } else if let Some(p) = people.get(&employee_no) {
            if !name.is_empty() && name != p.name {
                problems.push(problem(
                    r,
                    name_col.unwrap_or(no_col),
                    NAME,
                    name.clone(),
                    format!("工号 {employee_no} 是 {}，不是 {name}", p.name),
                ));
            }
            Some(p)
        } else {
            let reason = match crate::roster::store::staff_by_employee_no(conn, &employee_no)? {
                Some((_, name)) => format!("{name} 没有报名本活动，报名后才能填报"),
                None => format!("花名册中没有工号 {employee_no}"),
            };
            problems.push(problem(r, no_col, EMPLOYEE_NO, employee_no.clone(), reason));
            None
        };
        let (mut days, mut total, mut line_replaces) = (0u32, 0i64, 0u32);
        for &(c, day) in &day_cols {
            let text = cell_text(at(c));
            if text.is_empty() {
                continue;
            }
            let header = date_text(day);
            let checked = check_day(row.starts_on, row.ends_on, day, today)
                .and_then(|_| parse_amount(row.unit, &text));
            match checked {
                Err(e) => problems.push(problem(r, c, &header, text, e.to_string())),
                Ok(amount) => {
                    cells += 1;
                    days += 1;
                    total += amount;
                    if let Some(p) = person {
                        match stored.get(&(p.staff_id, day)) {
                            Some(old) if *old != amount => line_replaces += 1,
                            _ => {}
                        }
                        counts.push((p.staff_id, day, amount));
                    }
                }
            }
        }
        replaces += line_replaces;
        lines.push(ImportLine {
            row: r as u32 + 1,
            employee_no,
            name: person.map(|p| p.name.clone()).unwrap_or(name),
            days,
            total: in_unit(row.unit, total),
            replaces: line_replaces,
        });
    }
    let can_import = problems.is_empty() && !counts.is_empty();
    Ok(Planned {
        preview: ChallengeImportPreview {
            lines,
            problems,
            cells,
            replaces,
            can_import,
        },
        counts,
    })
}
