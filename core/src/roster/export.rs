//! Export of the roster to .xlsx, with the same column names the import recognises.

use rusqlite::Connection;
use rust_xlsxwriter::{Format, Workbook};

use super::{store, Gender, ImportField, RosterError};

/// Writes every 职工 (在职 first) to an .xlsx workbook and returns its bytes.
pub fn export_xlsx(conn: &Connection, unit_name: &str) -> Result<Vec<u8>, RosterError> {
    let staff = store::all_staff(conn)?;
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet();
    let xlsx_err =
        |e: rust_xlsxwriter::XlsxError| RosterError::Invalid(format!("无法生成表格：{e}"));
    sheet.set_name("花名册").map_err(xlsx_err)?;
    let bold = Format::new().set_bold();
    for (col, field) in ImportField::ALL.iter().enumerate() {
        sheet
            .write_string_with_format(0, col as u16, field.label(), &bold)
            .map_err(xlsx_err)?;
    }
    let widths = [10.0, 10.0, 6.0, 18.0, 16.0, 14.0, 10.0, 16.0, 6.0];
    for (col, w) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, *w).map_err(xlsx_err)?;
    }
    let yes_no = |b: bool| if b { "是" } else { "否" };
    for (i, s) in staff.iter().enumerate() {
        let row = i as u32 + 1;
        let gender = if s.gender == Gender::Unspecified {
            ""
        } else {
            s.gender.label()
        };
        let cells = [
            s.employee_no.as_str(),
            &s.name,
            gender,
            &s.department_name,
            &s.position,
            s.political_status.label(),
            yes_no(s.is_veteran),
            &s.phone,
            yes_no(s.active),
        ];
        for (col, text) in cells.iter().enumerate() {
            sheet
                .write_string(row, col as u16, *text)
                .map_err(xlsx_err)?;
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(xlsx_err)?;
    wb.set_properties(
        &rust_xlsxwriter::DocProperties::new().set_title(format!("{unit_name}花名册")),
    );
    wb.save_to_buffer().map_err(xlsx_err)
}
