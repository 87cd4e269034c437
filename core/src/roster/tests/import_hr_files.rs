//! Roster files as HR systems and units write them: mobile numbers grouped with dashes or
//! spaces, 政治面貌 as the national code table GB/T 4762 labels it (and the short forms units
//! type), and a footer under the data.

use super::*;

const HEADER: &[&str] = &["工号", "姓名", "科室", "政治面貌", "手机号"];

/// Each GB/T 4762 label (code 01–13, in order) with the 政治面貌 it reads as, then the short forms.
const STATUSES: &[(&str, PoliticalStatus)] = &[
    ("中共党员", PoliticalStatus::CpcMember),
    ("中共预备党员", PoliticalStatus::CpcProbationary),
    ("共青团员", PoliticalStatus::CylMember),
    ("民革党员", PoliticalStatus::RckmtMember),
    ("民盟盟员", PoliticalStatus::CdlMember),
    ("民建会员", PoliticalStatus::CndcaMember),
    ("民进会员", PoliticalStatus::CapdMember),
    ("农工党党员", PoliticalStatus::CpwdpMember),
    ("致公党党员", PoliticalStatus::CzgpMember),
    ("九三学社社员", PoliticalStatus::JiusanMember),
    ("台盟盟员", PoliticalStatus::TdslMember),
    ("无党派人士", PoliticalStatus::NonPartisan),
    ("群众", PoliticalStatus::Masses),
    ("党员", PoliticalStatus::CpcMember),
    ("预备党员", PoliticalStatus::CpcProbationary),
    ("团员", PoliticalStatus::CylMember),
    ("民革", PoliticalStatus::RckmtMember),
    ("民盟", PoliticalStatus::CdlMember),
    ("民建", PoliticalStatus::CndcaMember),
    ("民进", PoliticalStatus::CapdMember),
    ("农工党", PoliticalStatus::CpwdpMember),
    ("致公党", PoliticalStatus::CzgpMember),
    ("九三", PoliticalStatus::JiusanMember),
    ("台盟", PoliticalStatus::TdslMember),
    ("无党派", PoliticalStatus::NonPartisan),
];

/// The phone of row `i`, grouped the ways people type it, and the number it is stored as.
fn phone(i: usize) -> (String, String) {
    let digits = format!("1380013{:04}", 8000 + i);
    let typed = match i % 4 {
        0 => format!("{}-{}-{}", &digits[..3], &digits[3..7], &digits[7..]),
        1 => format!("{} {} {}", &digits[..3], &digits[3..7], &digits[7..]),
        2 => format!("+86 {}-{}", &digits[..3], &digits[3..]),
        _ => digits.clone(),
    };
    (typed, digits)
}

/// A 花名册 as an HR system exports it: a person for each 政治面貌 label, a landline, and a
/// footer of 合计, 制表人/审核人/日期 and a one-cell note.
fn hr_rows() -> Vec<Vec<String>> {
    let mut rows = vec![HEADER.iter().map(|s| s.to_string()).collect::<Vec<_>>()];
    for (i, (label, _)) in STATUSES.iter().enumerate() {
        rows.push(vec![
            format!("H{:03}", i + 1),
            format!("职工{}", i + 1),
            "办公室".into(),
            label.to_string(),
            phone(i).0,
        ]);
    }
    rows.push(vec![
        "H100".into(),
        "座机人".into(),
        "办公室".into(),
        "群众".into(),
        "0931-8123456".into(),
    ]);
    let footer: [&[&str]; 4] = [
        &["合计", "", "", "", "26 人"],
        &["制表人：王芳", "", "审核人：李强", "", ""],
        &["日期：2026年11月30日", "", "", "", ""],
        &["", "", "", "注：本表由人事系统导出", ""],
    ];
    rows.extend(
        footer
            .iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect()),
    );
    rows
}

fn as_xlsx(rows: &[Vec<String>]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

fn as_csv(rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        w.write_record(row).unwrap();
    }
    w.into_inner().unwrap()
}

fn check_file(bytes: &[u8], name: &str) {
    let (mut conn, _) = unit_with(&["办公室"]);
    let p = preview_import(&conn, bytes, name, &ImportOptions::default()).unwrap();
    let people = STATUSES.len() as u32 + 1;
    assert_eq!(
        (p.creates, p.updates, p.skips, p.footers),
        (people, 0, 4, 4),
        "{name}"
    );
    let footer_lines: Vec<u32> = p.rows.iter().filter(|r| r.footer).map(|r| r.line).collect();
    let first_footer = people + 2;
    assert_eq!(
        footer_lines,
        (first_footer..first_footer + 4).collect::<Vec<_>>()
    );
    for r in p.rows.iter().filter(|r| r.footer) {
        assert_eq!(r.action, RowAction::Skip);
        assert!(r.errors.is_empty(), "line {}: {:?}", r.line, r.errors);
    }
    assert!(p.rows.iter().all(|r| r.errors.is_empty()), "{name}");

    let report = apply_import(
        &mut conn,
        bytes,
        name,
        &ImportOptions::default(),
        testkit::november(1, 8),
    )
    .unwrap();
    assert_eq!((report.created, report.skipped), (people, 4));
    let stored = store::all_staff(&conn).unwrap();
    assert_eq!(
        stored.len(),
        people as usize,
        "no footer line became a person"
    );
    for (i, (label, status)) in STATUSES.iter().enumerate() {
        let s = stored
            .iter()
            .find(|s| s.employee_no == format!("H{:03}", i + 1))
            .unwrap();
        assert_eq!(s.political_status, *status, "{name}: {label}");
        assert_eq!(s.phone, phone(i).1, "{name}: {}", phone(i).0);
    }
    let landline = stored.iter().find(|s| s.employee_no == "H100").unwrap();
    assert_eq!(landline.phone, "0931-8123456");
}

#[test]
fn an_hr_system_xlsx_with_grouped_phones_party_labels_and_a_footer_imports_cleanly() {
    check_file(&as_xlsx(&hr_rows()), "人事系统导出.xlsx");
}

#[test]
fn the_same_roster_saved_as_csv_imports_the_same_way() {
    check_file(&as_csv(&hr_rows()), "人事系统导出.csv");
}

#[test]
fn each_of_the_eight_parties_keeps_its_own_label_when_exported_and_read_back() {
    for (label, status) in &STATUSES[3..11] {
        assert_eq!(status.label(), *label);
        assert_eq!(PoliticalStatus::from_sql(status.as_sql()), Some(*status));
    }
    // People entered as 民主党派 before the parties were told apart still read and export.
    assert_eq!(
        PoliticalStatus::parse_label("民主党派"),
        Some(PoliticalStatus::DemocraticParty)
    );
    assert_eq!(
        PoliticalStatus::from_sql("democratic_party"),
        Some(PoliticalStatus::DemocraticParty)
    );
}

#[test]
fn a_footer_line_between_people_is_still_an_error_row() {
    let (conn, _) = unit_with(&["办公室"]);
    let file = xlsx(&[
        &["工号", "姓名", "科室"],
        &["W001", "张三", "办公室"],
        &["小计", "", "1 人"],
        &["W002", "李四", "办公室"],
    ]);
    let p = preview_import(&conn, &file, "a.xlsx", &ImportOptions::default()).unwrap();
    assert_eq!((p.creates, p.skips, p.footers), (2, 1, 0));
    let middle = p.rows.iter().find(|r| r.line == 3).unwrap();
    assert!(!middle.footer);
    assert!(!middle.errors.is_empty());
}

#[test]
fn a_last_person_with_two_cells_filled_is_not_taken_for_a_footer() {
    let (conn, _) = unit_with(&["办公室"]);
    let file = xlsx(&[
        &["工号", "姓名", "科室"],
        &["W001", "张三", "办公室"],
        &["W002", "李四", ""],
    ]);
    let p = preview_import(&conn, &file, "a.xlsx", &ImportOptions::default()).unwrap();
    assert_eq!(p.footers, 0);
    assert!(p.rows[1].errors.join("").contains("科室不能为空"));
}
