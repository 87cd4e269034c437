//! 报名表 and 签到表: the same rows for the .xlsx export and for the print view.

use rusqlite::Connection;
use rust_xlsxwriter::{Format, FormatBorder, Workbook};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::*;
use super::{get_activity, show_time, store, ActivityError};
use crate::exports::pdf::{PrintDoc, PrintSection, PrintTable};
use crate::exports::{self, ExportedFile};
use crate::labelled::labelled;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SheetKind {
    /// 报名表: everyone holding a place or waiting, in order of arrival.
    Signup,
    /// 签到表: the people holding a place, with an empty 签名 column for paper sign-in.
    SignIn,
}

labelled!(SheetKind {
    Signup => "报名表";
    SignIn => "签到表";
});

/// A table ready to print or save: title, a line about the activity, columns and rows.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Sheet {
    pub kind: SheetKind,
    pub unit_name: String,
    pub title: String,
    pub subtitle: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn sheet(
    conn: &Connection,
    activity_id: i64,
    kind: SheetKind,
    now: chrono::NaiveDateTime,
) -> Result<Sheet, ActivityError> {
    let a = get_activity(conn, activity_id, now)?;
    let unit_name = crate::settings::unit_info(conn)?.unit_name;
    let team = a.team_mode;
    let mut columns: Vec<&str> = vec!["序号", "姓名", "工号", "科室"];
    if team {
        columns.push("队伍");
    }
    match kind {
        SheetKind::Signup => columns.extend(["报名时间", "状态", "备注"]),
        SheetKind::SignIn => columns.extend(["签到时间", "签名"]),
    }
    let mut rows = Vec::new();
    for s in store::signups(conn, activity_id)? {
        let wanted = match kind {
            SheetKind::Signup => s.status.is_active(),
            SheetKind::SignIn => s.status == SignupStatus::Confirmed,
        };
        if !wanted {
            continue;
        }
        for m in &s.members {
            let mut row = vec![
                (rows.len() + 1).to_string(),
                m.name.clone(),
                m.employee_no.clone(),
                m.department_name.clone(),
            ];
            if team {
                row.push(s.team_name.clone().unwrap_or_default());
            }
            match kind {
                SheetKind::Signup => {
                    let status = match s.waitlist_position {
                        Some(p) => format!("候补第 {p} 位"),
                        None => s.status.label().to_string(),
                    };
                    row.extend([
                        show_time(s.signed_up_at),
                        status,
                        if s.by_organizer {
                            "代报名".into()
                        } else {
                            String::new()
                        },
                    ]);
                }
                SheetKind::SignIn => {
                    row.extend([
                        m.checked_in_at.map(show_time).unwrap_or_default(),
                        String::new(),
                    ]);
                }
            }
            rows.push(row);
        }
    }
    let place = if a.place.is_empty() {
        String::new()
    } else {
        format!("　地点：{}", a.place)
    };
    Ok(Sheet {
        kind,
        title: format!("{}{}", a.title, kind.label()),
        subtitle: format!(
            "时间：{} 至 {}{place}",
            show_time(a.schedule.starts_at),
            show_time(a.schedule.ends_at)
        ),
        unit_name,
        columns: columns.into_iter().map(String::from).collect(),
        rows,
    })
}

fn xlsx(sheet: &Sheet) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(match sheet.kind {
        SheetKind::Signup => "报名表",
        SheetKind::SignIn => "签到表",
    })?;
    let last = sheet.columns.len().saturating_sub(1) as u16;
    let title = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(rust_xlsxwriter::FormatAlign::Center);
    let cell = Format::new().set_border(FormatBorder::Thin);
    let head = cell.clone().set_bold();
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
        let width = match name.as_str() {
            "序号" => 6.0,
            "签名" => 22.0,
            "报名时间" | "签到时间" => 20.0,
            _ => 12.0,
        };
        ws.set_column_width(c as u16, width)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        ws.set_row_height(r as u32 + 3, 24)?;
        for (c, text) in row.iter().enumerate() {
            ws.write_string_with_format(r as u32 + 3, c as u16, text, &cell)?;
        }
    }
    ws.set_paper_size(9); // A4
    ws.set_print_fit_to_pages(1, 0);
    wb.save_to_buffer()
}

/// Writes the 报名表 or 签到表 as .xlsx into `dir`.
pub fn export_sheet(
    conn: &Connection,
    activity_id: i64,
    kind: SheetKind,
    dir: &std::path::Path,
    now: chrono::NaiveDateTime,
) -> Result<ExportedFile, crate::AppError> {
    let s = sheet(conn, activity_id, kind, now)?;
    let bytes = xlsx(&s).map_err(|e| ActivityError::SheetFailed(e.to_string()))?;
    Ok(exports::save(dir, &s.title, "xlsx", &bytes, now)?)
}

/// The sheet as the print view lays it out, for a PDF: on the 签到表 the 签名 column takes 38 % of
/// the width and rows are 11 mm tall to sign in.
pub fn sheet_doc(s: &Sheet) -> PrintDoc {
    let mut table = PrintTable::new(&s.columns, s.rows.clone(), "暂无人员");
    if s.kind == SheetKind::SignIn {
        if let Some(sign) = table.columns.last_mut() {
            sign.share = Some(0.38);
        }
        table.row_mm = 11.0;
    }
    PrintDoc {
        unit_name: s.unit_name.clone(),
        sections: vec![PrintSection {
            title: s.title.clone(),
            subtitle: s.subtitle.clone(),
            table: Some(table),
            ..PrintSection::default()
        }],
    }
}
