//! 计票结果 as a spreadsheet: the counts of a closed round per candidate, the ballots issued,
//! cast, valid and invalid, who is elected, and lines for the 计票人 and 监票人 to sign.

use rusqlite::Connection;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};

use super::model::*;
use super::rounds::round_row;
use super::tally::tally_round;
use super::HonorError;
use crate::exports::pdf::{PrintDoc, PrintSection, PrintTable};
use crate::exports::{self, ExportedFile};

/// The rows of the tally sheet: a header, then one row per candidate in rank order.
pub fn tally_rows(round: &Round, t: &Tally) -> (Vec<String>, Vec<Vec<String>>) {
    let approve = round.form == BallotForm::Approve;
    let mut head = vec!["名次", "候选人", "科室"];
    head.extend(if approve {
        vec!["赞成", "反对", "弃权"]
    } else {
        vec!["得票"]
    });
    head.extend(["是否过半数", "结果"]);
    let rows = t
        .results
        .iter()
        .map(|r| {
            let department = round
                .candidates
                .iter()
                .find(|c| c.nomination_id == r.nomination_id)
                .map(|c| c.department_name.clone())
                .unwrap_or_default();
            let mut row = vec![r.rank.to_string(), r.name.clone(), department];
            row.push(r.votes_for.to_string());
            if approve {
                row.push(r.against.to_string());
                row.push(r.abstain.to_string());
            }
            row.push(if r.has_majority { "是" } else { "否" }.into());
            row.push(r.outcome.label().into());
            row
        })
        .collect();
    (head.into_iter().map(String::from).collect(), rows)
}

/// One line with the ballots: 应到、发出、收回、有效、无效, the votes a majority needs, and how
/// often unused codes were reprinted after voting began (only when they were).
pub fn summary_line(t: &Tally) -> String {
    let mut line = format!(
        "发出选票 {} 张，收回 {} 张，有效 {} 张，无效 {} 张；过半数以{}计，当选至少需 {} 票",
        t.issued,
        t.cast,
        t.valid,
        t.invalid,
        t.majority_base.label(),
        t.majority_needed
    );
    if t.reprints > 0 {
        line.push_str(&format!("；开始投票后补印选票码 {} 次", t.reprints));
    }
    line
}

fn xlsx(unit: &str, category: &str, round: &Round, t: &Tally) -> Result<Vec<u8>, XlsxError> {
    let (head, rows) = tally_rows(round, t);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("计票结果")?;
    let last = head.len().saturating_sub(1) as u16;
    let title = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center);
    let cell = Format::new().set_border(FormatBorder::Thin);
    let bold = cell.clone().set_bold();
    ws.merge_range(
        0,
        0,
        0,
        last,
        &format!("{unit}　{category}　{}计票结果", round.title),
        &title,
    )?;
    ws.merge_range(1, 0, 1, last, &summary_line(t), &Format::new())?;
    for (c, name) in head.iter().enumerate() {
        ws.write_string_with_format(2, c as u16, name, &bold)?;
        ws.set_column_width(
            c as u16,
            if c == 2 || c == head.len() - 1 {
                18.0
            } else {
                10.0
            },
        )?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            let at = (r as u32 + 3, c as u16);
            match text.parse::<f64>() {
                Ok(n) if c != 1 && c != 2 => ws.write_number_with_format(at.0, at.1, n, &cell)?,
                _ => ws.write_string_with_format(at.0, at.1, text, &cell)?,
            };
        }
    }
    let sign = rows.len() as u32 + 5;
    ws.write_string(sign, 0, "计票人（签名）：")?;
    ws.write_string(sign, 3, "监票人（签名）：")?;
    ws.write_string(sign + 2, 0, "日期：")?;
    ws.set_paper_size(9); // A4
    ws.set_print_fit_to_pages(1, 0);
    wb.save_to_buffer()
}

/// The tally of a closed round as .xlsx bytes (refused while the round is open).
pub fn tally_xlsx(conn: &Connection, round_id: i64) -> Result<(String, Vec<u8>), HonorError> {
    let round = round_row(conn, round_id)?;
    let t = tally_round(conn, round_id)?;
    let category = super::categories::category_row(conn, round.category_id)?;
    let unit = crate::settings::unit_info(conn)?.unit_name;
    let bytes = xlsx(&unit, &category.name, &round, &t)
        .map_err(|e| HonorError::Invalid(format!("无法生成表格：{e}")))?;
    Ok((format!("{}计票结果", round.title), bytes))
}

/// Writes the tally of a closed round as .xlsx into `dir`.
pub fn export_tally(
    conn: &Connection,
    round_id: i64,
    dir: &std::path::Path,
    now: chrono::NaiveDateTime,
) -> Result<ExportedFile, crate::AppError> {
    let (stem, bytes) = tally_xlsx(conn, round_id)?;
    Ok(exports::save(dir, &stem, "xlsx", &bytes, now)?)
}

/// The 计票结果报告 of a closed round as the print view lays it out, for a PDF: the ballots, the
/// table, and lines for the 计票人 and 监票人 to sign.
pub fn tally_doc(conn: &Connection, round_id: i64) -> Result<PrintDoc, HonorError> {
    let round = round_row(conn, round_id)?;
    let t = tally_round(conn, round_id)?;
    let category = super::categories::category_row(conn, round.category_id)?;
    let (head, rows) = tally_rows(&round, &t);
    Ok(PrintDoc {
        unit_name: crate::settings::unit_info(conn)?.unit_name,
        sections: vec![PrintSection {
            title: format!("{}计票结果报告", category.name),
            subtitle: round.title.clone(),
            before: vec![summary_line(&t)],
            table: Some(PrintTable::new(&head, rows, "没有候选人")),
            after: vec![
                "计票人（签名）：　　　　　　　　监票人（签名）：".into(),
                "日期：".into(),
            ],
        }],
    })
}

/// The 公示 of a category's result as a PDF document: its title and text (`None` before one was
/// issued).
pub fn publicity_doc(conn: &Connection, category_id: i64) -> Result<Option<PrintDoc>, HonorError> {
    let Some(p) = super::publicity(conn, category_id)? else {
        return Ok(None);
    };
    Ok(Some(PrintDoc {
        unit_name: crate::settings::unit_info(conn)?.unit_name,
        sections: vec![PrintSection {
            title: p.notice.title.clone(),
            before: p
                .notice
                .text
                .split('\n')
                .filter(|l| !l.trim().is_empty())
                .map(String::from)
                .collect(),
            ..PrintSection::default()
        }],
    }))
}
