//! The printed and exported results of every kind of contest: the 成绩表, the 获奖名单 and (timed
//! contests with a 科室 ranking) the 科室团体成绩 as one [`ResultSheet`] (a title, columns and rows
//! of text, a note), written to A4 print views and to .xlsx by [`export_sheet`], and the
//! [`Certificate`]s (奖状). Judged contests, tournaments and timed contests each fill these from
//! their own results; this file knows none of them.

use chrono::NaiveDateTime;
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contests::AwardLevel;
use crate::exports::pdf::{PrintCell, PrintDoc, PrintSection, PrintTable};
use crate::exports::{self, ExportedFile};
use crate::labelled::labelled;

/// A 奖状: one per awarded entrant (a judged or timed contest's award, a tournament's 冠军 / 亚军 /
/// 季军), printed one per page.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Certificate {
    pub unit_name: String,
    pub entrant_name: String,
    /// The work, for a 书画展览.
    pub work_title: Option<String>,
    pub department_name: String,
    pub activity_title: String,
    /// The award level of a judged contest; `null` for a tournament's place.
    pub award: Option<AwardLevel>,
    /// 一等奖, 冠军 …
    pub award_label: String,
    /// 2026年11月30日: the day the results were published (a tournament: finished).
    pub date_text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ResultSheetKind {
    /// 获奖名单: the awarded (a tournament: the places that win a title), best first.
    Awards,
    /// 成绩表: every entrant with their scores (a tournament: the standings; a timed contest:
    /// each group by time).
    Scores,
    /// 科室团体成绩: the 科室 ranked over their best N (timed contests only).
    Teams,
}

labelled!(ResultSheetKind {
    Awards => "获奖名单";
    Scores => "成绩表";
    Teams => "科室团体成绩";
});

/// A cell of a result sheet; `dropped` marks a score left out of the mean.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ResultCell {
    pub text: String,
    pub dropped: bool,
}

impl ResultCell {
    pub fn plain(text: impl Into<String>) -> ResultCell {
        ResultCell {
            text: text.into(),
            dropped: false,
        }
    }
}

/// A result sheet ready to print or save.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ResultSheet {
    pub kind: ResultSheetKind,
    pub unit_name: String,
    pub title: String,
    pub subtitle: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<ResultCell>>,
    /// What the marks mean, printed under the table, one line per `\n` ("" when nothing to
    /// explain).
    pub note: String,
}

fn xlsx(sheet: &ResultSheet) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(sheet.kind.label())?;
    let last = sheet.columns.len().saturating_sub(1) as u16;
    let title = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center);
    let plain = Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center);
    let head = plain.clone().set_bold();
    let dropped = plain
        .clone()
        .set_font_strikethrough()
        .set_font_color(Color::Gray);
    ws.merge_range(
        0,
        0,
        0,
        last,
        &format!("{}　{}", sheet.unit_name, sheet.title),
        &title,
    )?;
    ws.merge_range(1, 0, 1, last, &sheet.subtitle, &Format::new())?;
    for (c, name) in sheet.columns.iter().enumerate() {
        ws.write_string_with_format(2, c as u16, name, &head)?;
        ws.set_column_width(c as u16, if name == "名次" { 6.0 } else { 12.0 })?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let f = if v.dropped { &dropped } else { &plain };
            ws.write_string_with_format(r as u32 + 3, c as u16, &v.text, f)?;
        }
    }
    let below = sheet.rows.len() as u32 + 4;
    for (i, line) in sheet.note.lines().enumerate() {
        let at = below + i as u32;
        ws.merge_range(at, 0, at, last, line, &Format::new())?;
    }
    ws.set_paper_size(9); // A4
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    wb.save_to_buffer()
}

/// Writes the sheet as .xlsx into `dir`, named by its title.
pub fn export_sheet(
    sheet: &ResultSheet,
    dir: &std::path::Path,
    now: NaiveDateTime,
) -> Result<ExportedFile, crate::AppError> {
    let bytes = xlsx(sheet)
        .map_err(|e| crate::AppError::new("contests.file", format!("无法生成表格：{e}")))?;
    Ok(exports::save(dir, &sheet.title, "xlsx", &bytes, now)?)
}

/// The sheet as its print view lays it out, for a PDF: dropped scores struck through and the
/// note under the table, one line per `\n`.
pub fn result_doc(sheet: &ResultSheet) -> PrintDoc {
    let mut table = PrintTable::new(&sheet.columns, Vec::new(), "暂无数据");
    table.rows = sheet
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| PrintCell {
                    text: c.text.clone(),
                    struck: c.dropped,
                })
                .collect()
        })
        .collect();
    PrintDoc {
        unit_name: sheet.unit_name.clone(),
        sections: vec![PrintSection {
            title: sheet.title.clone(),
            subtitle: sheet.subtitle.clone(),
            table: Some(table),
            after: sheet.note.lines().map(String::from).collect(),
            ..PrintSection::default()
        }],
    }
}
