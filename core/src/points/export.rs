//! The leaderboards as .xlsx: one sheet of people, one of 科室.

use std::path::Path;

use chrono::NaiveDateTime;
use rusqlite::Connection;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook};

use super::model::*;
use super::{boards, PointsError};
use crate::exports::{self, ExportedFile};

/// The workbook of a leaderboard, titled with the unit's name and the period.
pub fn leaderboard_xlsx(board: &Leaderboard, unit: &str) -> Result<Vec<u8>, PointsError> {
    let fail = |e: rust_xlsxwriter::XlsxError| PointsError::SheetFailed(e.to_string());
    let mut wb = Workbook::new();
    let title_format = Format::new()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center);
    let cell = Format::new().set_border(FormatBorder::Thin);
    let head = cell.clone().set_bold();
    let title = format!("{unit}{}综合量化考核积分", board.period_label);

    let ws = wb.add_worksheet();
    ws.set_name("个人积分").map_err(fail)?;
    ws.merge_range(0, 0, 0, 4, &format!("{title}（个人）"), &title_format)
        .map_err(fail)?;
    for (c, h) in ["名次", "工号", "姓名", "科室", "积分"].iter().enumerate() {
        ws.write_with_format(1, c as u16, *h, &head).map_err(fail)?;
    }
    for (i, p) in board.people.iter().enumerate() {
        let r = i as u32 + 2;
        ws.write_with_format(r, 0, p.rank, &cell).map_err(fail)?;
        ws.write_with_format(r, 1, &p.employee_no, &cell)
            .map_err(fail)?;
        ws.write_with_format(r, 2, &p.name, &cell).map_err(fail)?;
        ws.write_with_format(r, 3, &p.department_name, &cell)
            .map_err(fail)?;
        ws.write_with_format(r, 4, p.total, &cell).map_err(fail)?;
    }
    ws.set_column_width(3, 20).map_err(fail)?;

    let ws = wb.add_worksheet();
    ws.set_name("科室积分").map_err(fail)?;
    ws.merge_range(
        0,
        0,
        0,
        4,
        &format!("{title}（科室，按人均）"),
        &title_format,
    )
    .map_err(fail)?;
    for (c, h) in ["名次", "科室", "在职人数", "总积分", "人均积分"]
        .iter()
        .enumerate()
    {
        ws.write_with_format(1, c as u16, *h, &head).map_err(fail)?;
    }
    for (i, d) in board.departments.iter().enumerate() {
        let r = i as u32 + 2;
        ws.write_with_format(r, 0, d.rank, &cell).map_err(fail)?;
        ws.write_with_format(r, 1, &d.name, &cell).map_err(fail)?;
        ws.write_with_format(r, 2, d.headcount, &cell)
            .map_err(fail)?;
        ws.write_with_format(r, 3, d.total, &cell).map_err(fail)?;
        ws.write_with_format(r, 4, d.per_head, &cell)
            .map_err(fail)?;
    }
    ws.set_column_width(1, 20).map_err(fail)?;
    wb.save_to_buffer().map_err(fail)
}

/// Writes the leaderboards of a period as .xlsx into `dir`.
pub fn export_leaderboard(
    conn: &Connection,
    period: Period,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<ExportedFile, PointsError> {
    let board = boards::leaderboard(conn, period, now)?;
    let unit = crate::settings::unit_info(conn)?.unit_name;
    let bytes = leaderboard_xlsx(&board, &unit)?;
    Ok(exports::save(
        dir,
        &format!("{}积分排行", board.period_label),
        "xlsx",
        &bytes,
        now,
    )?)
}
