//! The 台账 export for a year range: what 材料审核 reads. One folder with
//!
//! - `台账索引.xlsx` (every piece of evidence, 标准 by 标准) and `说明报告.txt` (the organizer's text);
//! - one sub-folder per 测评项目, and in it one per 指标, holding `证据索引.xlsx` (the evidence of
//!   its 标准), the 签到表 / 成绩表 / 计票结果 sheets and 公示 of its records, the 承诺汇总 and
//!   评诺结果 of its 评诺 rounds (each sheet with a print view also as a print-ready PDF beside it,
//!   `export_records.rs`), the profiles of the role models its study sessions studied, their
//!   photos under `照片/` and the uploaded documents under `材料/`.
//!
//! The PDFs need a Chinese font on the machine (`crate::exports::font`); without one everything
//! else is written, and the result ([`LedgerExport::pdf_missing`]) and the title of the
//! `台账索引.xlsx` say why there are no PDFs.
//!
//! Names are Chinese, numbered for order, safe on Windows (no reserved characters or device
//! names) and bounded in length. Everything is written into a hidden `.part` folder beside the
//! target and renamed at the end, so a cancelled or failed export leaves no half folder. On
//! request the folder is also packed into one .zip beside it (`export_zip`), likewise whole or
//! absent.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::Connection;
use rust_xlsxwriter::{Format, Workbook};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::evidence::{check_years, filed};
use super::export_folder::{io, short, Folder};
use super::export_records::{record_files, Pdfs};
use super::model::*;
use super::report::check_report;
use super::tree::{all_rows, build};
use super::{documents, LedgerError};
use crate::exports::pdf::CjkFont;

/// What the organizer chose for the export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExportInput {
    pub from_year: i32,
    pub to_year: i32,
    /// The 说明报告 as edited (at most 500 characters; blank for none).
    pub report: String,
    /// Also pack the folder into one .zip beside it.
    #[serde(default)]
    pub zip: bool,
}

/// How far the export is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExportProgress {
    pub done: u32,
    pub total: u32,
    /// What is being written now, e.g. `学雷锋活动 / 学雷锋活动常态化`.
    pub step: String,
}

/// The finished export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LedgerExport {
    pub path: String,
    pub folder_name: String,
    pub files: u32,
    #[ts(type = "number")]
    pub bytes: u64,
    /// The .zip beside the folder and its size, when asked for.
    pub zip_path: Option<String>,
    #[ts(type = "number | null")]
    pub zip_bytes: Option<u64>,
    /// How many print-ready PDFs were written beside the sheets.
    pub pdfs: u32,
    /// Why no PDF was written (no Chinese font on this machine), to show to the organizer;
    /// `None` when every sheet with a print view has its PDF.
    pub pdf_missing: Option<String>,
}

/// Removes the `.part` folder unless the export finished.
struct Unfinished(Option<PathBuf>);

impl Drop for Unfinished {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = std::fs::remove_dir_all(p);
        }
    }
}

/// One line of an evidence index.
struct IndexRow {
    item: String,
    indicator: String,
    standard: String,
    kind: &'static str,
    title: String,
    date: String,
    detail: String,
    how: String,
    files: String,
}

const INDEX_COLUMNS: [&str; 9] = [
    "测评项目",
    "指标",
    "标准",
    "类型",
    "名称",
    "日期",
    "说明",
    "归档方式",
    "文件",
];

fn index_xlsx(title: &str, rows: &[IndexRow]) -> Result<Vec<u8>, LedgerError> {
    let fail =
        |e: rust_xlsxwriter::XlsxError| LedgerError::ExportFailed(format!("无法生成索引表：{e}"));
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("证据索引").map_err(fail)?;
    let bold = Format::new().set_bold();
    ws.write_string_with_format(0, 0, title, &Format::new().set_bold().set_font_size(14))
        .map_err(fail)?;
    for (c, name) in INDEX_COLUMNS.iter().enumerate() {
        ws.write_string_with_format(1, c as u16, *name, &bold)
            .map_err(fail)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let cells = [
            &row.item,
            &row.indicator,
            &row.standard,
            &row.kind.to_string(),
            &row.title,
            &row.date,
            &row.detail,
            &row.how,
            &row.files,
        ];
        for (c, v) in cells.iter().enumerate() {
            ws.write_string(r as u32 + 2, c as u16, v.as_str())
                .map_err(fail)?;
        }
    }
    for (c, w) in [14, 16, 30, 10, 28, 12, 24, 16, 30].iter().enumerate() {
        ws.set_column_width(c as u16, *w).map_err(fail)?;
    }
    ws.set_paper_size(9);
    ws.set_landscape();
    wb.save_to_buffer().map_err(fail)
}

/// Writes the 台账 of `input`'s years into a new folder in `out_dir` and returns it, with PDFs
/// set in the Chinese font found on the machine ([`CjkFont::find`]); without one it writes the
/// rest and says why there are no PDFs. `progress` is told each step; when it answers `false`
/// the export stops, leaving nothing behind, and [`LedgerError::ExportCancelled`] is returned.
pub fn export_ledger(
    conn: &Connection,
    files_dir: &Path,
    out_dir: &Path,
    input: &ExportInput,
    now: NaiveDateTime,
    progress: &mut dyn FnMut(&ExportProgress) -> bool,
) -> Result<LedgerExport, LedgerError> {
    export_ledger_with(
        conn,
        files_dir,
        out_dir,
        input,
        CjkFont::find(),
        now,
        progress,
    )
}

/// [`export_ledger`] with the font given: the font, or why there is none.
pub(super) fn export_ledger_with(
    conn: &Connection,
    files_dir: &Path,
    out_dir: &Path,
    input: &ExportInput,
    font: Result<CjkFont, String>,
    now: NaiveDateTime,
    progress: &mut dyn FnMut(&ExportProgress) -> bool,
) -> Result<LedgerExport, LedgerError> {
    let (from, to) = (input.from_year, input.to_year);
    check_years(from, to)?;
    let report = check_report(&input.report)?;
    let years = if from == to {
        format!("{from}年")
    } else {
        format!("{from}-{to}年")
    };
    let stamp = now.format("%Y%m%d-%H%M%S");
    let mut folder_name = format!("创建台账_{years}_{stamp}");
    let mut n = 2;
    while out_dir.join(&folder_name).exists() || out_dir.join(format!("{folder_name}.zip")).exists()
    {
        folder_name = format!("创建台账_{years}_{stamp}_{n}");
        n += 1;
    }
    let part = out_dir.join(format!(".{folder_name}.part"));
    if part.exists() {
        std::fs::remove_dir_all(&part).map_err(io(&part))?;
    }
    let mut root = Folder::new(part.clone())?;
    let mut guard = Unfinished(Some(part.clone()));

    let tree = build(all_rows(conn)?);
    let mut f = filed(conn, from, to, now)?;
    let total =
        tree.iter().map(|i| i.children.len() as u32).sum::<u32>() + 1 + u32::from(input.zip);
    let mut done = 0u32;
    let mut step = |done: u32, step: String| {
        if progress(&ExportProgress { done, total, step }) {
            Ok(())
        } else {
            Err(LedgerError::ExportCancelled)
        }
    };
    step(0, "准备".into())?;

    let unit = crate::settings::unit_info(conn)?.unit_name;
    let mut pdfs = Pdfs {
        font: font.map_err(|why| format!("未生成 PDF：{why}")),
        written: 0,
    };
    let mut all_rows_index = Vec::new();
    for (i, item) in tree.iter().enumerate() {
        let item_dir = root.sub(&format!("{:02}_{}", i + 1, short(&item.name)))?;
        for (j, ind) in item.children.iter().enumerate() {
            let mut dir = item_dir.sub(&format!("{:02}_{}", j + 1, short(&ind.name)))?;
            let mut photos: Option<Folder> = None;
            let mut materials: Option<Folder> = None;
            let mut rows = Vec::new();
            let mut written: BTreeSet<(RecordKind, i64)> = BTreeSet::new();
            let mut names_of: std::collections::HashMap<(RecordKind, i64), String> =
                std::collections::HashMap::new();
            for st in &ind.children {
                for e in f.records.remove(&st.id).unwrap_or_default() {
                    let key = (e.kind, e.record_id);
                    if written.insert(key) {
                        let names = record_files(
                            conn,
                            files_dir,
                            &mut dir,
                            &mut photos,
                            &mut pdfs,
                            &e,
                            now,
                        )?;
                        names_of.insert(key, names.join("；"));
                    }
                    rows.push(IndexRow {
                        item: item.name.clone(),
                        indicator: ind.name.clone(),
                        standard: st.name.clone(),
                        kind: e.kind.label(),
                        title: e.title.clone(),
                        date: crate::time::show_date(e.on),
                        detail: e.detail.clone(),
                        how: if e.by_hand {
                            format!("手工归档：{}", e.note)
                        } else {
                            "按类别归档".into()
                        },
                        files: names_of.get(&key).cloned().unwrap_or_default(),
                    });
                }
                for d in documents::documents(conn, st.id, from, to)? {
                    let (_, bytes) = documents::document_bytes(conn, files_dir, d.id)?;
                    let m = match &mut materials {
                        Some(m) => m,
                        None => materials.insert(dir.sub("材料")?),
                    };
                    let (stem, ext) = d
                        .file_name
                        .rsplit_once('.')
                        .unwrap_or((&d.file_name, "bin"));
                    let name = m.put(
                        &format!("{}年_{}_{stem}", d.year, d.kind.label()),
                        ext,
                        &bytes,
                    )?;
                    rows.push(IndexRow {
                        item: item.name.clone(),
                        indicator: ind.name.clone(),
                        standard: st.name.clone(),
                        kind: d.kind.label(),
                        title: d.file_name.clone(),
                        date: format!("{}年", d.year),
                        detail: String::new(),
                        how: "上传材料".into(),
                        files: format!("材料/{name}"),
                    });
                }
                if rows.iter().all(|r| r.standard != st.name) {
                    rows.push(IndexRow {
                        item: item.name.clone(),
                        indicator: ind.name.clone(),
                        standard: st.name.clone(),
                        kind: "",
                        title: "（暂无材料）".into(),
                        date: String::new(),
                        detail: String::new(),
                        how: String::new(),
                        files: String::new(),
                    });
                }
            }
            let title = format!("{unit} {years} {} · {} 证据索引", item.name, ind.name);
            dir.put("证据索引", "xlsx", &index_xlsx(&title, &rows)?)?;
            all_rows_index.extend(rows);
            done += 1;
            step(done, format!("{} / {}", item.name, ind.name))?;
        }
    }
    let mut title = format!("{unit} {years} 创建台账索引");
    if let Err(why) = &pdfs.font {
        title.push_str(&format!("（{why}）"));
    }
    root.put("台账索引", "xlsx", &index_xlsx(&title, &all_rows_index)?)?;
    if !report.is_empty() {
        let mut bytes = "\u{feff}".as_bytes().to_vec();
        bytes.extend_from_slice(report.replace('\n', "\r\n").as_bytes());
        root.put("说明报告", "txt", &bytes)?;
    }
    let (files, bytes) = size_of(&part).map_err(io(&part))?;
    let packed = if input.zip {
        step(total - 1, "打包 .zip".into())?;
        let zip_part = out_dir.join(format!(".{folder_name}.zip.part"));
        let (size, partial) = super::export_zip::zip_folder(&part, &folder_name, &zip_part)?;
        Some((zip_part, size, partial))
    } else {
        None
    };
    step(total, "完成".into())?;

    let zip = match packed {
        Some((zip_part, size, partial)) => {
            let zip_path = out_dir.join(format!("{folder_name}.zip"));
            std::fs::rename(&zip_part, &zip_path).map_err(io(&zip_path))?;
            partial.keep();
            Some((zip_path, size))
        }
        None => None,
    };
    let target = out_dir.join(&folder_name);
    if let Err(e) = std::fs::rename(&part, &target) {
        if let Some((zip_path, _)) = &zip {
            let _ = std::fs::remove_file(zip_path);
        }
        return Err(io(&target)(e));
    }
    guard.0 = None;
    crate::exports::remember(&target);
    if let Some((zip_path, _)) = &zip {
        crate::exports::remember(zip_path);
    }
    Ok(LedgerExport {
        path: target.display().to_string(),
        folder_name,
        files,
        bytes,
        zip_path: zip.as_ref().map(|(p, _)| p.display().to_string()),
        zip_bytes: zip.map(|(_, size)| size),
        pdfs: pdfs.written,
        pdf_missing: pdfs.font.err(),
    })
}

fn size_of(dir: &Path) -> std::io::Result<(u32, u64)> {
    let mut files = 0;
    let mut bytes = 0;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            let (f, b) = size_of(&entry.path())?;
            files += f;
            bytes += b;
        } else {
            files += 1;
            bytes += entry.metadata()?.len();
        }
    }
    Ok((files, bytes))
}
