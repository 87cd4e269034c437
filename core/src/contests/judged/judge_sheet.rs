//! One judge's whole score sheet saved at once: the grid of the 录入评分 page (a row per entrant,
//! a column per criterion) and the .xlsx sheet a judge filled in (read in `sheet_file`) both end
//! here.
//!
//! Every cell is checked against its criterion (a number, not negative, at most two decimals, at
//! most the criterion's full marks); a row is either complete or all empty. A row all empty means
//! "not scored": a score stored for that entrant by this judge is taken back. Rows of entrants not
//! in the sheet are left as they are. Any bad cell refuses the whole sheet — the message names the
//! entrant, the criterion and why, and how many other cells are wrong — and nothing changes; the
//! results are worked out again from what was written (回避 included) before the one transaction
//! commits.

use std::collections::HashSet;

use chrono::NaiveDateTime;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::contest::{finish, writable};
use super::model::JudgedContest;
use super::{store, JudgingError};
use crate::contests::{Centi, ContestError, Criterion, ScoreSheet};

/// One judge's marks for the entrants, as typed in the grid or read from their .xlsx sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JudgeSheet {
    #[ts(type = "number")]
    pub judge_id: i64,
    pub rows: Vec<JudgeSheetRow>,
}

/// An entrant's line: a mark per criterion, in the order of the criteria; `null` for an empty cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JudgeSheetRow {
    #[ts(type = "number")]
    pub entrant_id: i64,
    pub marks: Vec<Option<f64>>,
}

/// Why `value` cannot be a mark under `c` ("超过满分 40"), or the mark.
pub(super) fn cell_mark(value: f64, c: &Criterion) -> Result<Centi, String> {
    let shown = show_number(value);
    if !value.is_finite() {
        return Err("不是数字".into());
    }
    if value < 0.0 {
        return Err(format!("{shown} 不能为负数"));
    }
    let mark = Centi::from_f64(value).map_err(|_| format!("{shown} 最多保留两位小数"))?;
    if mark > Centi::points(c.weight) {
        return Err(format!("{shown} 超过满分 {}", c.weight));
    }
    Ok(mark)
}

/// A number as people write it: 35, 35.5, -2, 35.255 (no binary noise for two decimals).
pub(super) fn show_number(value: f64) -> String {
    let scaled = value.abs() * 100.0;
    if value.is_finite() && (scaled - scaled.round()).abs() < 1e-6 && scaled < u32::MAX as f64 {
        let shown = Centi(scaled.round() as u32).to_string();
        if value < 0.0 && shown != "0" {
            format!("-{shown}")
        } else {
            shown
        }
    } else {
        format!("{value}")
    }
}

/// What a row asks for: a score, or no score.
enum RowAsk {
    Score(Vec<Centi>),
    Clear,
}

/// Checks one row against the criteria; the problems are (criterion, reason).
fn check_row(
    criteria: &[Criterion],
    marks: &[Option<f64>],
) -> Result<RowAsk, Vec<(String, String)>> {
    if marks.iter().all(Option::is_none) {
        return Ok(RowAsk::Clear);
    }
    let mut out = Vec::with_capacity(criteria.len());
    let mut problems = Vec::new();
    for (c, m) in criteria.iter().zip(marks) {
        match m {
            None => problems.push((
                c.name.clone(),
                "未填写（一行要么填完整，要么整行留空）".to_string(),
            )),
            Some(v) => match cell_mark(*v, c) {
                Ok(mark) => out.push(mark),
                Err(reason) => problems.push((c.name.clone(), reason)),
            },
        }
    }
    if problems.is_empty() {
        Ok(RowAsk::Score(out))
    } else {
        Err(problems)
    }
}

/// Saves one judge's whole sheet in one transaction (see the module's summary).
pub fn save_judge_sheet(
    conn: &mut Connection,
    activity_id: i64,
    sheet: &JudgeSheet,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let (tx, before) = writable(conn, activity_id, now)?;
    let judge = before
        .judges
        .iter()
        .find(|j| j.id == sheet.judge_id)
        .ok_or(JudgingError::JudgeNotFound)?;
    let criteria = &before.rules.criteria;
    let mut seen = HashSet::new();
    let mut asks = Vec::with_capacity(sheet.rows.len());
    let mut bad: Vec<(String, String, String)> = Vec::new();
    for row in &sheet.rows {
        let entrant = before
            .entrants
            .iter()
            .find(|e| e.id == row.entrant_id)
            .ok_or(JudgingError::EntrantNotFound)?;
        if !seen.insert(row.entrant_id) {
            return Err(ContestError::DuplicateSheet {
                judge: judge.name.clone(),
                entrant: entrant.name.clone(),
            }
            .into());
        }
        if row.marks.len() != criteria.len() {
            return Err(ContestError::WrongMarkCount {
                who: format!("评委 {} 给 {} 的", judge.name, entrant.name),
                expected: criteria.len(),
                found: row.marks.len(),
            }
            .into());
        }
        match check_row(criteria, &row.marks) {
            Ok(ask) => asks.push((row.entrant_id, ask)),
            Err(problems) => bad.extend(
                problems
                    .into_iter()
                    .map(|(c, reason)| (entrant.name.clone(), c, reason)),
            ),
        }
    }
    if let Some((entrant, criterion, reason)) = bad.first().cloned() {
        let more = match bad.len() - 1 {
            0 => String::new(),
            n => format!("（另有 {n} 处有误）"),
        };
        return Err(JudgingError::BadCell {
            entrant,
            criterion,
            reason,
            more,
        });
    }
    for (entrant_id, ask) in asks {
        match ask {
            RowAsk::Score(marks) => {
                let s = ScoreSheet {
                    judge_id: sheet.judge_id,
                    entrant_id,
                    marks,
                };
                store::save_sheet(&tx, &s, now)?;
            }
            RowAsk::Clear => store::delete_sheet(&tx, sheet.judge_id, entrant_id)?,
        }
    }
    // The results again, 回避 included: a score from a recused judge refuses the whole sheet.
    finish(tx, activity_id, now)
}
