//! Reading a 花名册 file into rows of text: .xlsx / .xls through calamine, .csv through the csv
//! crate (UTF-8 with or without BOM, or GBK as saved by Chinese Excel).

use std::io::Cursor;

use calamine::{Data, Reader};

use super::ImportError;

/// Refuse files larger than this before parsing.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Refuse sheets with more data rows than this.
pub const MAX_ROWS: usize = 20_000;

pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

pub fn read(bytes: &[u8], file_name: &str) -> Result<Sheet, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge(format!(
            "文件超过 {} MB",
            MAX_FILE_BYTES / 1024 / 1024
        )));
    }
    let lower = file_name.to_lowercase();
    let sheet = if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        read_workbook(bytes)?
    } else if lower.ends_with(".csv") || lower.ends_with(".txt") {
        read_csv(bytes, file_name)?
    } else {
        return Err(ImportError::NotASpreadsheet(file_name.to_string()));
    };
    let rows: Vec<Vec<String>> = sheet
        .rows
        .into_iter()
        .filter(|r| r.iter().any(|c| !c.is_empty()))
        .collect();
    if rows.is_empty() {
        return Err(ImportError::EmptySheet);
    }
    if rows.len() > MAX_ROWS + 10 {
        return Err(ImportError::TooLarge(format!("超过 {MAX_ROWS} 行")));
    }
    Ok(Sheet {
        name: sheet.name,
        rows,
    })
}

fn read_workbook(bytes: &[u8]) -> Result<Sheet, ImportError> {
    let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| ImportError::Unreadable(e.to_string()))?;
    let names = wb.sheet_names().to_vec();
    for name in names {
        let range = wb
            .worksheet_range(&name)
            .map_err(|e| ImportError::Unreadable(e.to_string()))?;
        // Keep blank rows in place so that line numbers match what the user sees in Excel.
        let start_row = range.start().map(|(r, _)| r as usize).unwrap_or(0);
        let mut rows: Vec<Vec<String>> = vec![Vec::new(); start_row];
        rows.extend(range.rows().map(|r| r.iter().map(cell_text).collect()));
        if rows
            .iter()
            .any(|r| r.iter().any(|c: &String| !c.is_empty()))
        {
            return Ok(Sheet {
                name,
                rows: number_lines(rows),
            });
        }
    }
    Err(ImportError::EmptySheet)
}

fn read_csv(bytes: &[u8], file_name: &str) -> Result<Sheet, ImportError> {
    if bytes.contains(&0) {
        return Err(ImportError::NotASpreadsheet(file_name.to_string()));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => {
            let (t, _, had_errors) = encoding_rs::GBK.decode(bytes);
            if had_errors {
                return Err(ImportError::Unreadable(
                    "文字编码无法识别（请另存为 UTF-8 或 GBK 编码的 CSV）".into(),
                ));
            }
            t.into_owned()
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| ImportError::Unreadable(e.to_string()))?;
        rows.push(rec.iter().map(|c| c.trim().to_string()).collect());
    }
    Ok(Sheet {
        name: file_name.to_string(),
        rows: number_lines(rows),
    })
}

/// Prepends each row's 1-based line number as its first cell, so that dropping blank rows keeps
/// the numbers the user sees in Excel.
fn number_lines(rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    rows.into_iter()
        .enumerate()
        .map(|(i, mut r)| {
            if r.iter().all(|c| c.is_empty()) {
                return Vec::new();
            }
            r.insert(0, (i + 1).to_string());
            r
        })
        .collect()
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "是" } else { "否" }.to_string(),
        other => other.to_string().trim().to_string(),
    }
}
