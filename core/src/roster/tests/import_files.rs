use super::*;

fn preview(bytes: &[u8], name: &str) -> Result<ImportPreview, AppError> {
    let conn = open_in_memory().unwrap();
    preview_import(&conn, bytes, name, &ImportOptions::default()).map_err(AppError::from)
}

#[test]
fn a_file_that_is_not_a_spreadsheet_is_refused_by_name() {
    let png = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../icons/32x32.png")).unwrap();
    let err = preview(&png, "照片.png").unwrap_err();
    assert_eq!(err.code, "roster.import.not_a_spreadsheet");
    assert!(err.message.contains("照片.png"));
    let err = preview(b"%PDF-1.7 ...", "名单.pdf").unwrap_err();
    assert_eq!(err.code, "roster.import.not_a_spreadsheet");
}

#[test]
fn a_broken_workbook_or_a_zip_that_is_not_one_is_unreadable() {
    let mut broken = xlsx(&[&["工号", "姓名"], &["1", "张三"]]);
    broken.truncate(broken.len() / 2);
    assert_eq!(
        preview(&broken, "花名册.xlsx").unwrap_err().code,
        "roster.import.unreadable"
    );
    let png_named_csv =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../icons/32x32.png")).unwrap();
    assert_eq!(
        preview(&png_named_csv, "花名册.csv").unwrap_err().code,
        "roster.import.not_a_spreadsheet"
    );
}

#[test]
fn an_empty_sheet_or_file_says_it_is_empty() {
    assert_eq!(
        preview(&xlsx(&[]), "空.xlsx").unwrap_err().code,
        "roster.import.empty_sheet"
    );
    assert_eq!(
        preview(b"", "空.csv").unwrap_err().code,
        "roster.import.empty_sheet"
    );
    assert_eq!(
        preview(b"\xEF\xBB\xBF\n,,\n", "空.csv")
            .unwrap_err()
            .message,
        "表格是空的，没有任何数据"
    );
}

#[test]
fn a_sheet_without_a_recognisable_header_says_what_is_missing() {
    let err = preview(&xlsx(&[&["序号", "备注"], &["1", "无"]]), "a.xlsx").unwrap_err();
    assert_eq!(err.code, "roster.import.no_header");
    assert!(err.message.contains("工号") && err.message.contains("姓名"));
}

#[test]
fn a_title_row_above_the_header_and_blank_rows_keep_excel_line_numbers() {
    let file = xlsx(&[
        &["市X局干部职工花名册"],
        &[],
        &["工号", "姓名", "科室"],
        &["W001", "张三", "办公室"],
        &[],
        &["", "李四", "办公室"],
    ]);
    let p = preview(&file, "a.xlsx").unwrap();
    assert_eq!(p.header_line, 3);
    assert_eq!(p.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [4, 6]);
}

#[test]
fn numbers_typed_as_numbers_in_excel_read_as_plain_text() {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let s = wb.add_worksheet();
    for (c, h) in ["工号", "姓名", "科室", "手机号"].iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    s.write_number(1, 0, 1001.0).unwrap();
    s.write_string(1, 1, "张三").unwrap();
    s.write_string(1, 2, "办公室").unwrap();
    s.write_number(1, 3, 13912345678.0).unwrap();
    let p = preview(&wb.save_to_buffer().unwrap(), "a.xlsx").unwrap();
    assert_eq!(p.rows[0].cells, ["1001", "张三", "办公室", "13912345678"]);
}

#[test]
fn csv_in_utf8_with_bom_and_in_gbk_from_chinese_excel_both_read() {
    let (mut conn, _) = unit_with(&["办公室"]);
    let utf8 = "\u{feff}工号,姓名,科室,手机号\nW001,张三,办公室,13912345678\n";
    let r = apply_import(
        &mut conn,
        utf8.as_bytes(),
        "花名册.csv",
        &ImportOptions::default(),
        now(),
    )
    .unwrap();
    assert_eq!(r.created, 1);
    let (gbk, _, _) = encoding_rs::GBK.encode("工号,姓名,科室\nW002,李四,办公室\n");
    let r = apply_import(
        &mut conn,
        &gbk,
        "花名册.csv",
        &ImportOptions::default(),
        now(),
    )
    .unwrap();
    assert_eq!(r.created, 1);
    assert_eq!(
        roster_of(&conn)
            .iter()
            .map(|r| r.1.as_str())
            .collect::<Vec<_>>(),
        ["张三", "李四"]
    );
}

#[test]
fn headers_with_spaces_or_required_marks_are_recognised() {
    let p = preview(
        &xlsx(&[
            &["*工号", " 姓 名 ", "所在科室", "联系电话"],
            &["1", "张三", "办公室", ""],
        ]),
        "a.xlsx",
    )
    .unwrap();
    assert_eq!(
        p.mapping,
        [
            Some(ImportField::EmployeeNo),
            Some(ImportField::Name),
            Some(ImportField::Department),
            Some(ImportField::Phone)
        ]
    );
}
