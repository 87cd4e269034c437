use calamine::{Data, Reader};

use super::*;

/// A sheet with these rows (text cells; numbers where the text parses as one).
fn sheet(rows: &[&[&str]]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let s = wb.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            match cell.parse::<f64>() {
                Ok(n) if r > 0 && c > 1 => s.write_number(r as u32, c as u16, n).unwrap(),
                _ => s.write_string(r as u32, c as u16, *cell).unwrap(),
            };
        }
    }
    wb.save_to_buffer().unwrap()
}

fn preview(u: &Unit, bytes: &[u8]) -> Result<ChallengeImportPreview, ChallengeError> {
    preview_challenge_import(&u.conn, u.activity, bytes, "填报.xlsx", at(10, 12))
}

fn apply(u: &mut Unit, bytes: &[u8]) -> Result<ChallengeImportReport, ChallengeError> {
    apply_challenge_import(&mut u.conn, u.activity, bytes, "填报.xlsx", at(10, 12))
}

#[test]
fn the_template_has_a_column_a_day_and_a_line_a_participant_with_counts_already_in() {
    let mut u = with_challenge();
    let p = u.people[0];
    u.enter(p, 2, 6000.0).unwrap();
    let bytes = challenge_template(&u.conn, u.activity, at(10, 12)).unwrap();
    let mut wb = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        wb.sheet_names(),
        vec!["填报".to_string(), "说明".to_string()]
    );
    let range = wb.worksheet_range("填报").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(rows[0].len(), 32, "工号, 姓名 and 30 days");
    assert_eq!(rows[0][0], Data::String("工号".into()));
    assert_eq!(rows[0][2], Data::String("2026-11-01".into()));
    assert_eq!(rows[0][31], Data::String("2026-11-30".into()));
    assert_eq!(rows.len(), 7, "the header and the six signed up");
    assert_eq!(rows[1][1], Data::String("张一".into()));
    assert_eq!(rows[1][3], Data::Float(6000.0));
}

#[test]
fn a_filled_sheet_is_previewed_then_saved_only_when_confirmed() {
    let mut u = with_challenge();
    let bytes = sheet(&[
        &["工号", "姓名", "2026-11-01", "2026-11-02"],
        &["P001", "张一", "8000", "9000"],
        &["P005", "钱一", "", "12000"],
    ]);
    let p = preview(&u, &bytes).unwrap();
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    assert!(p.can_import);
    assert_eq!((p.cells, p.replaces), (3, 0));
    assert_eq!(p.lines[0].total, 17_000.0);
    assert!(u.all_entries().is_empty(), "a preview saves nothing");

    let report = apply(&mut u, &bytes).unwrap();
    assert_eq!((report.saved, report.replaced), (3, 0));
    let board = u.board();
    assert_eq!(board.people[0].name, "张一");
    assert_eq!(board.people[0].total, 17_000.0);
    assert!(
        u.all_entries().iter().all(|e| e.3),
        "marked as the organizer's"
    );
}

#[test]
fn each_bad_cell_is_named_by_row_and_column_with_its_reason_and_nothing_is_saved() {
    let mut u = with_challenge();
    let bytes = sheet(&[
        &["工号", "姓名", "2026-11-01", "2026-11-02", "2026-11-11"],
        &["P001", "张一", "8000", "120000", ""],
        &["P007", "任一", "5000", "", ""],
        &["P999", "", "5000", "", ""],
        &["P002", "李四", "abc", "", "3000"],
        &["P001", "张一", "1", "", ""],
        &["P004", "张四", "8000.5", "", ""],
    ]);
    let p = preview(&u, &bytes).unwrap();
    let named: Vec<(u32, &str, &str, &str)> = p
        .problems
        .iter()
        .map(|x| {
            (
                x.row,
                x.column.as_str(),
                x.header.as_str(),
                x.reason.as_str(),
            )
        })
        .collect();
    assert_eq!(
        named,
        vec![
            (
                2,
                "D",
                "2026-11-02",
                "120000 步超出了每天 0–100000 步的合理范围，请核对后重新填写"
            ),
            (3, "A", "工号", "任一 没有报名本活动，报名后才能填报"),
            (4, "A", "工号", "花名册中没有工号 P999"),
            (5, "B", "姓名", "工号 P002 是 张二，不是 李四"),
            (5, "C", "2026-11-01", "“abc”不是数字，请填写步数"),
            (
                5,
                "E",
                "2026-11-11",
                "2026-11-11 还没有到，只能填报今天或之前的数"
            ),
            (
                6,
                "A",
                "工号",
                "工号 P001 在第 2 行已出现过，每人只能有一行"
            ),
            (7, "C", "2026-11-01", "步数须是整数（填写的是 8000.5）"),
        ]
    );
    assert!(!p.can_import);
    let e = apply(&mut u, &bytes).unwrap_err();
    assert_eq!(
        e.to_string(),
        "表格中有 8 处错误，什么也没有保存；请按预览中的提示修改后重新导入"
    );
    assert_eq!(code(e), "challenge.import.bad_cells");
    assert!(u.all_entries().is_empty(), "not even the good cells");
}

#[test]
fn a_header_that_is_not_a_day_of_the_period_is_a_bad_cell() {
    let u = with_challenge();
    let bytes = sheet(&[
        &[
            "工号",
            "姓名",
            "11月1日",
            "2026-12-01",
            "2026/11/02",
            "2026-11-02",
        ],
        &["P001", "张一", "1", "1", "1", "1"],
    ]);
    let p = preview(&u, &bytes).unwrap();
    let named: Vec<(u32, &str)> = p
        .problems
        .iter()
        .map(|x| (x.row, x.column.as_str()))
        .collect();
    assert_eq!(named, vec![(1, "C"), (1, "D"), (1, "F")]);
    assert!(p.problems[2].reason.contains("出现了两次"));
}

#[test]
fn an_import_that_changes_a_stored_count_says_so_and_replaces_it_when_confirmed() {
    let mut u = with_challenge();
    let p = u.people[0];
    u.enter(p, 1, 8000.0).unwrap();
    u.enter(p, 2, 5000.0).unwrap();
    let bytes = sheet(&[
        &["工号", "姓名", "2026-11-01", "2026-11-02"],
        &["P001", "张一", "8000", "6000"],
    ]);
    let pv = preview(&u, &bytes).unwrap();
    assert_eq!((pv.cells, pv.replaces, pv.lines[0].replaces), (2, 1, 1));
    let report = apply(&mut u, &bytes).unwrap();
    assert_eq!((report.saved, report.replaced), (2, 1));
    assert_eq!(u.board().people[0].total, 14_000.0);
}

#[test]
fn an_empty_template_imports_nothing_and_says_so() {
    let mut u = with_challenge();
    let bytes = challenge_template(&u.conn, u.activity, at(10, 12)).unwrap();
    assert_eq!(
        code(apply(&mut u, &bytes).unwrap_err()),
        "challenge.import.nothing_to_import"
    );
}

#[test]
fn a_file_that_is_not_a_sheet_or_has_no_header_is_refused() {
    let u = with_challenge();
    assert_eq!(
        code(preview(&u, b"hello").unwrap_err()),
        "challenge.import.not_a_spreadsheet"
    );
    assert_eq!(
        code(preview(&u, b"PK\x03\x04 broken").unwrap_err()),
        "challenge.import.unreadable"
    );
    let no_header = sheet(&[&["名字", "步数"], &["张一", "1"]]);
    assert_eq!(
        code(preview(&u, &no_header).unwrap_err()),
        "challenge.import.no_header"
    );
    let empty = sheet(&[]);
    assert_eq!(
        code(preview(&u, &empty).unwrap_err()),
        "challenge.import.empty_sheet"
    );
}

#[test]
fn a_sheet_for_a_finished_activity_is_refused() {
    let mut u = with_challenge();
    activities::finish_activity(&mut u.conn, u.activity, at(30, 23)).unwrap();
    let bytes = sheet(&[&["工号", "姓名", "2026-11-01"], &["P001", "张一", "1"]]);
    let e =
        apply_challenge_import(&mut u.conn, u.activity, &bytes, "x.xlsx", at(30, 23)).unwrap_err();
    assert_eq!(code(e), "challenge.activity_finished");
}

#[test]
fn excel_columns_are_named_as_excel_names_them() {
    use super::super::sheet::column_name;
    assert_eq!(column_name(0), "A");
    assert_eq!(column_name(25), "Z");
    assert_eq!(column_name(26), "AA");
    assert_eq!(column_name(31), "AF");
    assert_eq!(column_name(701), "ZZ");
    assert_eq!(column_name(702), "AAA");
}
