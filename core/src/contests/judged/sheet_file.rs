//! A judge's score sheet as an .xlsx file: the template to download (entrants and criteria filled
//! in, each criterion's full marks in its column head, the contest and the judge named with their
//! numbers) and the reading of the filled-in file back.
//!
//! Reading never writes: [`preview_judge_sheet`] says what it read, line by line as Excel numbers
//! them, and every problem with its row and column in plain Chinese (a number over the full marks,
//! text where a number belongs, an entrant not in this contest, a row half filled …). A file of
//! another contest, of a judge no longer on the panel, or with other criteria is refused whole.
//! What was read is saved by [`super::save_judge_sheet`], which checks every cell again.
//!
//! The reader goes cell by cell (calamine's cell reader), so a damaged file that claims a huge
//! sheet costs nothing, and stops at [`MAX_ROW`] / [`MAX_COL`].

use std::collections::{BTreeMap, HashMap};
use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};
use chrono::NaiveDateTime;
use rust_xlsxwriter::{
    DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder, Formula, Workbook,
};
use serde::Serialize;
use ts_rs::TS;

use super::judge_sheet::{cell_mark, show_number, JudgeSheet, JudgeSheetRow};
use super::model::JudgedContest;
use super::{judged_contest, JudgingError};
use crate::contests::Criterion;
use crate::exports::{self, ExportedFile};
use rusqlite::Connection;

/// Larger files are refused before reading.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Cells below this row or right of this column are not part of a score sheet.
const MAX_ROW: u32 = 5_000;
const MAX_COL: u32 = 100;

const SHEET_NAME: &str = "评分表";
const CONTEST_NO: &str = "比赛编号";
const JUDGE_NO: &str = "评委编号";
const ENTRANT_NO: &str = "参赛编号";
const RECUSED: &str = "回避";
/// The columns before the criteria: 参赛编号, 参赛者, 科室.
const FIRST_MARK_COL: u16 = 3;

fn column_head(c: &Criterion) -> String {
    format!("{}（满分 {}）", c.name, c.weight)
}

/// What was read from a judge's filled-in sheet, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct JudgeSheetRead {
    #[ts(type = "number")]
    pub judge_id: i64,
    pub judge_name: String,
    /// The criteria's column heads: 内容（满分 40）.
    pub columns: Vec<String>,
    pub lines: Vec<ReadLine>,
    /// Each names its row (as Excel numbers it) and column; importing needs none.
    pub problems: Vec<String>,
    /// Entrants with no line in the file: their scores by this judge stay as they are.
    pub not_in_file: Vec<String>,
    /// What 导入 saves (the lines of this contest's entrants, 回避 left out).
    pub sheet: JudgeSheet,
}

/// A line of the file as read: the cells as text, as the judge wrote them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReadLine {
    /// The row as Excel numbers it.
    pub line: u32,
    pub entrant_name: String,
    pub cells: Vec<String>,
    pub recused: bool,
}

fn template(c: &JudgedContest, judge_id: i64) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let judge = c.judges.iter().find(|j| j.id == judge_id);
    let judge_name = judge.map(|j| j.name.as_str()).unwrap_or_default();
    let n = c.rules.criteria.len() as u16;
    let last = FIRST_MARK_COL + n;
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(SHEET_NAME)?;
    let title = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center);
    let label = Format::new().set_bold();
    let cell = Format::new().set_border(FormatBorder::Thin);
    let head = cell.clone().set_bold().set_align(FormatAlign::Center);
    let mark = cell.clone();
    let grey = cell.clone().set_font_color(rust_xlsxwriter::Color::Gray);
    let head_text = format!("{}　评分表（评委：{judge_name}）", c.activity_title);
    ws.merge_range(0, 0, 0, last, &head_text, &title)?;
    ws.write_string_with_format(1, 0, CONTEST_NO, &label)?;
    ws.write_number(1, 1, c.activity_id as f64)?;
    ws.write_string(1, 2, &c.activity_title)?;
    ws.write_string_with_format(2, 0, JUDGE_NO, &label)?;
    ws.write_number(2, 1, judge_id as f64)?;
    ws.write_string(2, 2, judge_name)?;
    let note =
        "每项填 0 到该项满分之间的分数，最多两位小数；标“回避”的参赛者不填。请勿改动编号和表头。";
    ws.merge_range(3, 0, 3, last, note, &Format::new())?;
    let header_row = 5;
    for (col, text) in [ENTRANT_NO, "参赛者", "科室"].iter().enumerate() {
        ws.write_string_with_format(header_row, col as u16, *text, &head)?;
    }
    for (i, k) in c.rules.criteria.iter().enumerate() {
        let col = FIRST_MARK_COL + i as u16;
        ws.write_string_with_format(header_row, col, column_head(k), &head)?;
        ws.set_column_width(col, 14.0)?;
    }
    ws.write_string_with_format(header_row, last, "合计", &head)?;
    ws.set_column_width(1, 14.0)?;
    ws.set_column_width(2, 14.0)?;
    let recused: Vec<i64> = c
        .recusals
        .iter()
        .filter(|r| r.judge_id == judge_id)
        .map(|r| r.entrant_id)
        .collect();
    let stored: HashMap<i64, &Vec<crate::contests::Centi>> = c
        .sheets
        .iter()
        .filter(|s| s.judge_id == judge_id)
        .map(|s| (s.entrant_id, &s.marks))
        .collect();
    for (i, e) in c.entrants.iter().enumerate() {
        let row = header_row + 1 + i as u32;
        ws.write_number_with_format(row, 0, e.id as f64, &grey)?;
        ws.write_string_with_format(row, 1, &e.name, &cell)?;
        ws.write_string_with_format(row, 2, &e.department_name, &cell)?;
        for (k, criterion) in c.rules.criteria.iter().enumerate() {
            let col = FIRST_MARK_COL + k as u16;
            if recused.contains(&e.id) {
                ws.write_string_with_format(row, col, RECUSED, &grey)?;
                continue;
            }
            match stored.get(&e.id).and_then(|m| m.get(k)) {
                Some(m) => ws.write_number_with_format(row, col, m.as_f64(), &mark)?,
                None => ws.write_blank(row, col, &mark)?,
            };
            let rule = DataValidationRule::Between(0.0, f64::from(criterion.weight));
            let check = DataValidation::new()
                .allow_decimal_number(rule)
                .set_error_title("分数超出范围")?
                .set_error_message(format!(
                    "“{}”须在 0 到 {} 之间",
                    criterion.name, criterion.weight
                ))?;
            ws.add_data_validation(row, col, row, col, &check)?;
        }
        if !recused.contains(&e.id) && n > 0 {
            let from = rust_xlsxwriter::utility::row_col_to_cell(row, FIRST_MARK_COL);
            let to = rust_xlsxwriter::utility::row_col_to_cell(row, last - 1);
            let sum = Formula::new(format!("=IF(COUNT({from}:{to})=0,\"\",SUM({from}:{to}))"));
            ws.write_formula_with_format(row, last, sum, &cell)?;
        }
    }
    ws.set_freeze_panes(header_row + 1, FIRST_MARK_COL)?;
    ws.set_paper_size(9); // A4
    ws.set_print_fit_to_pages(1, 0);
    wb.save_to_buffer()
}

/// 下载评分表: one judge's sheet as .xlsx in `dir`, the marks already stored filled in.
pub fn export_judge_sheet_template(
    conn: &Connection,
    activity_id: i64,
    judge_id: i64,
    dir: &std::path::Path,
    now: NaiveDateTime,
) -> Result<ExportedFile, crate::AppError> {
    let c = judged_contest(conn, activity_id, now)?;
    let judge = c
        .judges
        .iter()
        .find(|j| j.id == judge_id)
        .ok_or(JudgingError::JudgeNotFound)?;
    let bytes =
        template(&c, judge_id).map_err(|e| JudgingError::File(format!("无法生成表格：{e}")))?;
    let title = format!("{}_评分表_{}", c.activity_title, judge.name);
    Ok(exports::save(dir, &title, "xlsx", &bytes, now)?)
}

/// A cell as read.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Number(f64),
    Text(String),
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Number(v) => show_number(*v),
            Cell::Text(t) => t.clone(),
        }
    }

    /// A whole number (an id), whether typed as a number or as text.
    fn id(&self) -> Option<i64> {
        match self {
            Cell::Number(v) if v.fract() == 0.0 && v.abs() < 1e15 => Some(*v as i64),
            Cell::Text(t) => t.trim().parse().ok(),
            _ => None,
        }
    }
}

type Grid = BTreeMap<(u32, u32), Cell>;

fn read_grid(bytes: &[u8]) -> Result<Grid, JudgingError> {
    if bytes.len() > MAX_FILE_BYTES {
        let mb = MAX_FILE_BYTES / 1024 / 1024;
        return Err(JudgingError::SheetUnreadable(format!(
            "文件超过 {mb} MB，不像一份评分表"
        )));
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(JudgingError::SheetUnreadable(
            "它不是 .xlsx 格式的表格；请上传下载的评分表（如用 WPS 或 Excel 另存过，请存为 .xlsx）"
                .into(),
        ));
    }
    let damaged = || JudgingError::SheetUnreadable("文件已损坏，或不是 Excel 表格".into());
    let mut wb = Xlsx::new(Cursor::new(bytes)).map_err(|_| damaged())?;
    let name = wb.sheet_names().first().cloned().ok_or_else(damaged)?;
    let mut cells = wb.worksheet_cells_reader(&name).map_err(|_| damaged())?;
    let mut grid = Grid::new();
    while let Some(c) = cells.next_cell().map_err(|_| damaged())? {
        let (row, col) = c.get_position();
        if row >= MAX_ROW || col >= MAX_COL {
            continue;
        }
        let value = match c.get_value() {
            DataRef::Empty => continue,
            DataRef::Int(i) => Cell::Number(*i as f64),
            DataRef::Float(f) => Cell::Number(*f),
            DataRef::String(s) => Cell::Text(s.trim().to_string()),
            DataRef::SharedString(s) => Cell::Text(s.trim().to_string()),
            DataRef::Bool(b) => Cell::Text(if *b { "TRUE" } else { "FALSE" }.into()),
            DataRef::Error(e) => Cell::Text(format!("{e}")),
            other => Cell::Text(
                calamine::Data::from(other.clone())
                    .to_string()
                    .trim()
                    .to_string(),
            ),
        };
        if value != Cell::Text(String::new()) {
            grid.insert((row, col), value);
        }
    }
    Ok(grid)
}

/// The value right of the label `label` in the first column of the top rows.
fn labelled<'g>(grid: &'g Grid, label: &str, header_row: u32) -> Option<(u32, Option<&'g Cell>)> {
    (0..header_row)
        .find(|&r| grid.get(&(r, 0)).is_some_and(|c| c.text() == label))
        .map(|r| (r, grid.get(&(r, 1))))
}

/// Reads a judge's filled-in sheet for this contest (see the module's summary).
pub fn preview_judge_sheet(
    conn: &Connection,
    activity_id: i64,
    bytes: &[u8],
    now: NaiveDateTime,
) -> Result<JudgeSheetRead, JudgingError> {
    let c = judged_contest(conn, activity_id, now)?;
    let grid = read_grid(bytes)?;
    let header_row = (0..MAX_ROW.min(50))
        .find(|&r| grid.get(&(r, 0)).is_some_and(|c| c.text() == ENTRANT_NO))
        .ok_or_else(|| JudgingError::NotOurSheet(format!("找不到“{ENTRANT_NO}”表头")))?;
    let id_of = |label: &str| {
        let (row, cell) = labelled(&grid, label, header_row)
            .ok_or_else(|| JudgingError::NotOurSheet(format!("找不到“{label}”")))?;
        cell.and_then(Cell::id).map(|id| (row, id)).ok_or_else(|| {
            JudgingError::NotOurSheet(format!("第 {} 行的“{label}”不是编号", row + 1))
        })
    };
    let (contest_row, contest_no) = id_of(CONTEST_NO)?;
    if contest_no != activity_id {
        let file = grid
            .get(&(contest_row, 2))
            .map(Cell::text)
            .unwrap_or_else(|| format!("编号 {contest_no} 的比赛"));
        return Err(JudgingError::SheetOfAnotherContest {
            file,
            this: c.activity_title.clone(),
        });
    }
    let (judge_row, judge_id) = id_of(JUDGE_NO)?;
    let judge = c.judges.iter().find(|j| j.id == judge_id).ok_or_else(|| {
        let named = grid.get(&(judge_row, 2)).map(Cell::text);
        JudgingError::SheetJudgeUnknown(named.unwrap_or_else(|| format!("编号 {judge_id}")))
    })?;
    let columns: Vec<String> = c.rules.criteria.iter().map(column_head).collect();
    let found: Vec<String> = (0..columns.len() as u32)
        .map(|k| {
            let at = (header_row, u32::from(FIRST_MARK_COL) + k);
            grid.get(&at).map(Cell::text).unwrap_or_default()
        })
        .collect();
    if found != columns {
        return Err(JudgingError::NotOurSheet(format!(
            "表头的评分项是“{}”，本次比赛现在是“{}”（评分项改过后请重新下载评分表）",
            found.join("、"),
            columns.join("、")
        )));
    }
    Ok(read_lines(
        &c,
        judge_id,
        &judge.name,
        columns,
        &grid,
        header_row,
    ))
}

fn read_lines(
    c: &JudgedContest,
    judge_id: i64,
    judge_name: &str,
    columns: Vec<String>,
    grid: &Grid,
    header_row: u32,
) -> JudgeSheetRead {
    let criteria = &c.rules.criteria;
    let recused: Vec<i64> = c
        .recusals
        .iter()
        .filter(|r| r.judge_id == judge_id)
        .map(|r| r.entrant_id)
        .collect();
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    let mut rows = Vec::new();
    let mut seen: HashMap<i64, u32> = HashMap::new();
    let last_row = grid.keys().map(|(r, _)| *r).max().unwrap_or(0);
    for row in header_row + 1..=last_row {
        let line = row + 1;
        let at = |col: u32| grid.get(&(row, col));
        let marks: Vec<Option<&Cell>> = (0..criteria.len() as u32)
            .map(|k| at(u32::from(FIRST_MARK_COL) + k))
            .collect();
        if (0..u32::from(FIRST_MARK_COL)).all(|col| at(col).is_none())
            && marks.iter().all(Option::is_none)
        {
            continue;
        }
        let name_in_file = at(1).map(Cell::text).unwrap_or_default();
        let cells: Vec<String> = marks
            .iter()
            .map(|m| m.map(Cell::text).unwrap_or_default())
            .collect();
        let mut push_line = |name: &str, recused: bool| {
            lines.push(ReadLine {
                line,
                entrant_name: name.to_string(),
                cells: cells.clone(),
                recused,
            })
        };
        let Some(no) = at(0) else {
            push_line(&name_in_file, false);
            problems.push(format!(
                "第 {line} 行：没有{ENTRANT_NO}，请从下载的评分表里复制这一行"
            ));
            continue;
        };
        let Some(entrant) = no
            .id()
            .and_then(|id| c.entrants.iter().find(|e| e.id == id))
        else {
            push_line(&name_in_file, false);
            problems.push(format!(
                "第 {line} 行：{ENTRANT_NO} {} 不是本次比赛的参赛者（可能已取消报名，或这一行是从别的表复制来的）",
                no.text()
            ));
            continue;
        };
        let is_recused = recused.contains(&entrant.id);
        push_line(&entrant.name, is_recused);
        if !name_in_file.is_empty() && name_in_file != entrant.name {
            problems.push(format!(
                "第 {line} 行：{ENTRANT_NO} {} 是“{}”，表上写的是“{name_in_file}”；请核对这一行",
                entrant.id, entrant.name
            ));
            continue;
        }
        if let Some(first) = seen.insert(entrant.id, line) {
            problems.push(format!(
                "第 {line} 行：“{}”在第 {first} 行已经有一行了，请只留一行",
                entrant.name
            ));
            continue;
        }
        if is_recused {
            if marks.iter().flatten().any(|m| m.text() != RECUSED) {
                problems.push(format!(
                    "第 {line} 行：按回避规定，评委 {judge_name} 不给同科室的“{}”评分，这一行请留空",
                    entrant.name
                ));
            }
            continue;
        }
        let mut values = Vec::with_capacity(criteria.len());
        for (k, m) in marks.iter().enumerate() {
            let criterion = &criteria[k];
            let place = format!("第 {line} 行“{}”列", criterion.name);
            let value = match m {
                None => None,
                Some(Cell::Number(v)) => Some(*v),
                Some(Cell::Text(t)) => match t.parse::<f64>() {
                    Ok(v) if v.is_finite() => Some(v),
                    _ => {
                        problems.push(format!("{place}：“{t}”不是数字"));
                        values.push(None);
                        continue;
                    }
                },
            };
            if let Some(v) = value {
                if let Err(reason) = cell_mark(v, criterion) {
                    problems.push(format!("{place}：{reason}"));
                }
            }
            values.push(value);
        }
        let filled = marks.iter().filter(|m| m.is_some()).count();
        if filled > 0 && filled < criteria.len() {
            for (k, m) in marks.iter().enumerate() {
                if m.is_none() {
                    problems.push(format!(
                        "第 {line} 行“{}”列：未填写（一行要么填完整，要么整行留空）",
                        criteria[k].name
                    ));
                }
            }
        }
        rows.push(JudgeSheetRow {
            entrant_id: entrant.id,
            marks: values,
        });
    }
    let not_in_file = c
        .entrants
        .iter()
        .filter(|e| !seen.contains_key(&e.id))
        .map(|e| e.name.clone())
        .collect();
    JudgeSheetRead {
        judge_id,
        judge_name: judge_name.to_string(),
        columns,
        lines,
        problems,
        not_in_file,
        sheet: JudgeSheet { judge_id, rows },
    }
}
