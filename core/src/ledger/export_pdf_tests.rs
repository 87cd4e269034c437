//! The 台账 export's PDFs: a long 签到表 over numbered pages, and an export on a machine without a
//! Chinese font (the helpers are `export_tests.rs`').

use std::path::Path;

use super::export_tests::*;
use crate::activities::{self, Actor};
use crate::testkit::{self, november};

#[test]
fn a_long_sign_in_sheet_prints_on_numbered_pages_each_with_the_unit_the_title_and_the_header() {
    let mut u = unit("全员经典诵读");
    let d = testkit::departments(&mut u.conn, &["财务科"]);
    let people = testkit::staff(
        &mut u.conn,
        testkit::people(80, "读者", &d).into_iter().map(|mut p| {
            p.employee_no = format!("R{}", p.employee_no);
            p
        }),
    );
    let a = activities::held_activities(&u.conn, 2026, 2026, now()).unwrap()[0].id;
    for p in &people {
        activities::sign_up(&mut u.conn, a, *p, Actor::Organizer, november(10, 9)).unwrap();
    }
    let done = export(&u, &input("")).unwrap();
    let root = Path::new(&done.path);
    let pages = sign_in_pdf(
        &root.join("07_道德经典诵读/01_经典诵读活动"),
        "全员经典诵读",
    );
    // 81 people in 11 mm rows: about 20 on the first page, 22 on each further one.
    assert_eq!(pages.len(), 4, "{pages:?}");
    for (i, p) in pages.iter().enumerate() {
        assert!(
            p.contains("某某局") && p.contains("全员经典诵读签到表"),
            "page {}",
            i + 1
        );
        assert!(
            p.contains("序号姓名工号科室签到时间签名"),
            "page {}: {p}",
            i + 1
        );
        assert!(
            p.contains(&format!("第{}页，共4页", i + 1)),
            "page {}: {p}",
            i + 1
        );
    }
    let all = pages.concat();
    assert!(all.contains("职工1") && all.contains("读者1") && all.contains("81读者80"));
}

#[test]
fn without_a_chinese_font_the_export_writes_everything_else_and_says_why_there_is_no_pdf() {
    let u = unit("经典诵读会");
    let no_font = crate::exports::pdf::CjkFont::find_in([u.out.path().join("无字体.ttc")]);
    let done = super::export::export_ledger_with(
        &u.conn,
        u.files.path(),
        u.out.path(),
        &zipped(""),
        no_font,
        now(),
        &mut |_| true,
    )
    .unwrap();
    let why = done.pdf_missing.clone().unwrap();
    assert!(
        why.starts_with("未生成 PDF：这台电脑上找不到中文字体"),
        "{why}"
    );
    assert!(why.contains("fonts-noto-cjk"), "{why}");
    assert_eq!(done.pdfs, 0);
    let root = Path::new(&done.path);
    let paths = tree_of(root);
    let reading = "07_道德经典诵读/01_经典诵读活动";
    assert!(paths.contains(&format!("{reading}/经典诵读会签到表_20261202-100000.xlsx")));
    let pdfs: Vec<&String> = paths
        .iter()
        .filter(|p| p.ends_with(".pdf") && !p.contains("/材料/"))
        .collect();
    assert!(pdfs.is_empty(), "{pdfs:?}");
    let all = rows(&root.join("台账索引.xlsx"));
    assert!(
        all[0][0]
            .starts_with("某某局 2024-2026年 创建台账索引（未生成 PDF：这台电脑上找不到中文字体"),
        "{}",
        all[0][0]
    );
    assert!(done.zip_bytes.is_some(), "the .zip is still packed");
}
