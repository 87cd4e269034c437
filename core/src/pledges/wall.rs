//! Reading pledges back: the 亮诺墙 by 科室, an owner's timeline, and the 践诺 summary per 科室
//! (also as .xlsx).

use chrono::NaiveDateTime;
use rusqlite::Connection;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};

use super::model::*;
use super::store::{self, Filter};
use super::PledgeError;
use crate::exports::pdf::{PrintColumn, PrintDoc, PrintSection, PrintTable};
use crate::exports::{self, ExportedFile};

/// 亮诺墙: every published pledge of the year grouped by 科室 (the 科室's own first, then its
/// people by 工号), or only the 科室 `department_id`. 科室 without pledges are left out.
pub fn wall(
    conn: &Connection,
    year: i32,
    department_id: Option<i64>,
    now: NaiveDateTime,
) -> Result<Vec<WallSection>, PledgeError> {
    let mut sections: Vec<WallSection> = Vec::new();
    for p in store::pledges(conn, &Filter::Year(year, department_id), now.date())? {
        match sections.last_mut() {
            Some(s) if s.department_id == p.department_id => s.pledges.push(p),
            _ => sections.push(WallSection {
                department_id: p.department_id,
                department_name: p.department_name.clone(),
                pledges: vec![p],
            }),
        }
    }
    Ok(sections)
}

/// An owner's pledge and what happened to it, oldest first: published, progress, edits.
pub fn timeline(
    conn: &Connection,
    pledge_id: i64,
    now: NaiveDateTime,
) -> Result<PledgeTimeline, PledgeError> {
    let pledge = super::publish::read(conn, pledge_id, now)?;
    let position = |item_id: i64| {
        pledge
            .items
            .iter()
            .find(|i| i.id == item_id)
            .map_or(0, |i| i.position)
    };
    let mut dated: Vec<(NaiveDateTime, TimelineEntry)> = vec![(
        pledge.published_at,
        TimelineEntry::Published {
            at: pledge.published_at,
            items: pledge.items.len() as u32,
        },
    )];
    for entry in store::progress(conn, pledge_id)? {
        let day = entry
            .entry_on
            .and_hms_opt(0, 0, 0)
            .unwrap_or(entry.added_at);
        dated.push((
            day.max(pledge.published_at),
            TimelineEntry::Progress {
                item_position: position(entry.item_id),
                entry,
            },
        ));
    }
    for edit in store::edits(conn, pledge_id)? {
        dated.push((
            edit.edited_at,
            TimelineEntry::Edited {
                item_position: position(edit.item_id),
                edit,
            },
        ));
    }
    dated.sort_by_key(|(at, _)| *at);
    Ok(PledgeTimeline {
        pledge,
        entries: dated.into_iter().map(|(_, e)| e).collect(),
    })
}

/// 践诺 summary of the year, one row per 科室.
pub fn summary(
    conn: &Connection,
    year: i32,
    now: NaiveDateTime,
) -> Result<Vec<SummaryRow>, PledgeError> {
    Ok(store::summary(conn, year, now.date())?)
}

fn xlsx(unit: &str, year: i32, rows: &[SummaryRow]) -> Result<Vec<u8>, XlsxError> {
    let head = [
        "科室",
        "承诺份数",
        "承诺事项",
        "已兑现",
        "兑现率",
        "逾期未兑现",
    ];
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("践诺汇总")?;
    let title = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center);
    let cell = Format::new().set_border(FormatBorder::Thin);
    let bold = cell.clone().set_bold();
    ws.merge_range(0, 0, 0, 5, &format!("{unit}　{year}年践诺情况汇总"), &title)?;
    for (c, name) in head.iter().enumerate() {
        ws.write_string_with_format(1, c as u16, *name, &bold)?;
        ws.set_column_width(c as u16, if c == 0 { 20.0 } else { 12.0 })?;
    }
    for (r, row) in rows.iter().enumerate() {
        let at = r as u32 + 2;
        ws.write_string_with_format(at, 0, &row.department_name, &cell)?;
        for (c, n) in [row.pledges, row.items, row.fulfilled].iter().enumerate() {
            ws.write_number_with_format(at, c as u16 + 1, f64::from(*n), &cell)?;
        }
        ws.write_string_with_format(at, 4, format!("{}%", row.fulfilled_percent), &cell)?;
        ws.write_number_with_format(at, 5, f64::from(row.overdue), &cell)?;
    }
    ws.set_paper_size(9); // A4
    ws.set_print_fit_to_pages(1, 0);
    wb.save_to_buffer()
}

/// The summary as .xlsx bytes, with its file name stem.
pub fn summary_xlsx(
    conn: &Connection,
    year: i32,
    now: NaiveDateTime,
) -> Result<(String, Vec<u8>), PledgeError> {
    let rows = summary(conn, year, now)?;
    let unit = crate::settings::unit_info(conn)?.unit_name;
    let bytes =
        xlsx(&unit, year, &rows).map_err(|e| PledgeError::Invalid(format!("无法生成表格：{e}")))?;
    Ok((format!("{year}年践诺情况汇总"), bytes))
}

/// Writes the summary as .xlsx into `dir` (the 下载 folder unless set otherwise).
pub fn export_summary(
    conn: &Connection,
    year: i32,
    dir: &std::path::Path,
    now: NaiveDateTime,
) -> Result<ExportedFile, crate::AppError> {
    let (stem, bytes) = summary_xlsx(conn, year, now)?;
    Ok(exports::save(dir, &stem, "xlsx", &bytes, now)?)
}

/// The 公开承诺栏 of the year as the print view lays it out, for a PDF: one section per 科室 with
/// every item (序号, 承诺人, 类别, 内容, 完成时限, 状态), signed 欢迎监督 by the unit.
pub fn board_doc(
    conn: &Connection,
    year: i32,
    now: NaiveDateTime,
) -> Result<PrintDoc, PledgeError> {
    let unit_name = crate::settings::unit_info(conn)?.unit_name;
    let columns = ["序号", "承诺人", "类别", "承诺内容", "完成时限", "状态"];
    let sections = wall(conn, year, None, now)?
        .into_iter()
        .map(|s| {
            let mut rows = Vec::new();
            for p in &s.pledges {
                for (i, item) in p.items.iter().enumerate() {
                    let overdue = if item.overdue { "（逾期）" } else { "" };
                    rows.push(vec![
                        (rows.len() + 1).to_string(),
                        if i == 0 {
                            p.owner_name.clone()
                        } else {
                            String::new()
                        },
                        item.kind.clone(),
                        item.content.clone(),
                        crate::time::show_date(item.due_on),
                        format!("{}{overdue}", item.status.label()),
                    ]);
                }
            }
            let mut table = PrintTable::new(&columns.map(String::from), rows, "暂无承诺");
            table.columns[3] = PrintColumn {
                name: columns[3].into(),
                share: Some(0.45),
            };
            PrintSection {
                title: format!("{year}年度公开承诺栏"),
                subtitle: s.department_name,
                table: Some(table),
                after: vec![format!("欢迎监督　　{unit_name}")],
                ..PrintSection::default()
            }
        })
        .collect();
    Ok(PrintDoc {
        unit_name,
        sections,
    })
}
