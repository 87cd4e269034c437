//! The 台账 export: its folder tree, its indexes read back, names safe on Windows, cancelling,
//! and the draft 说明报告.

use std::path::Path;

use calamine::Reader;
use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::activities::{self, ActivityKind, Actor};
use crate::error::Coded;
use crate::testkit::{self, november};

pub(super) fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 2)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

pub(super) struct Unit {
    pub(super) conn: rusqlite::Connection,
    pub(super) files: tempfile::TempDir,
    pub(super) out: tempfile::TempDir,
}

/// The 示例 tree; a 诵读 activity with one person present and a photo; a document under the
/// 学雷锋 plan.
pub(super) fn unit(title: &str) -> Unit {
    let mut conn = testkit::database();
    crate::settings::set_unit_name(&mut conn, "某某局").unwrap();
    let d = testkit::departments(&mut conn, &["办公室"]);
    let people = testkit::staff(&mut conn, testkit::people(2, "职工", &d));
    load_sample_tree(&mut conn).unwrap();
    let files = tempfile::tempdir().unwrap();
    let a = testkit::publish(
        &mut conn,
        &testkit::activity_input(ActivityKind::Reading, title),
    )
    .id;
    let s =
        activities::sign_up(&mut conn, a, people[0], Actor::Organizer, november(10, 9)).unwrap();
    activities::check_in(&mut conn, s.members[0].id, november(25, 9)).unwrap();
    activities::add_file(
        &mut conn,
        files.path(),
        a,
        "合影.png",
        PNG,
        november(25, 12),
    )
    .unwrap();
    let plan = tree(&conn).unwrap().items[0].children[0].children[0].id;
    add_document(
        &mut conn,
        files.path(),
        &NewDocument {
            standard_id: plan,
            kind: DocKind::Official,
            year: 2026,
            file_name: "学雷锋活动计划.pdf",
            bytes: b"%PDF-1.4",
        },
        now(),
    )
    .unwrap();
    Unit {
        conn,
        files,
        out: tempfile::tempdir().unwrap(),
    }
}

pub(super) fn input(report: &str) -> ExportInput {
    ExportInput {
        from_year: 2024,
        to_year: 2026,
        report: report.into(),
        zip: false,
    }
}

/// Every path below `dir`, relative, sorted, with `/` between folders.
pub(super) fn tree_of(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let rel = e
                .path()
                .strip_prefix(base)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push(rel);
            if e.file_type().unwrap().is_dir() {
                walk(base, &e.path(), out);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

pub(super) fn rows(path: &Path) -> Vec<Vec<String>> {
    let mut wb = calamine::open_workbook_auto(path).unwrap();
    let range = wb.worksheet_range("证据索引").unwrap();
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

/// The sign-in sheet's PDF in `folder` (its name as the .xlsx's, stamped with the export's time).
pub(super) fn sign_in_pdf(folder: &Path, title: &str) -> Vec<String> {
    let path = folder.join(format!("{title}签到表_20261202-100000.pdf"));
    crate::exports::pdf::read_pages(
        &std::fs::read(&path).unwrap_or_else(|e| panic!("{path:?}: {e}")),
    )
}

pub(super) fn export(u: &Unit, input: &ExportInput) -> Result<LedgerExport, LedgerError> {
    export_ledger(
        &u.conn,
        u.files.path(),
        u.out.path(),
        input,
        now(),
        &mut |_| true,
    )
}

#[test]
fn the_export_has_a_folder_per_item_and_indicator_with_index_sheets_photos_and_documents() {
    let u = unit("经典诵读会");
    let done = export(&u, &input("说明报告正文")).unwrap();
    assert_eq!(done.folder_name, "创建台账_2024-2026年_20261202-100000");
    let root = Path::new(&done.path);
    let paths = tree_of(root);
    let top: Vec<&String> = paths.iter().filter(|p| !p.contains('/')).collect();
    assert_eq!(top.len(), 14 + 2, "{top:?}");
    assert_eq!(top[0], "01_学雷锋活动");
    assert!(top.iter().any(|p| *p == "13_优美环境建设") && top.iter().any(|p| *p == "14_特色指标"));
    assert!(
        paths.contains(&"台账索引.xlsx".to_string()) && paths.contains(&"说明报告.txt".to_string())
    );

    let reading = "07_道德经典诵读/01_经典诵读活动";
    assert!(paths.contains(&format!("{reading}/证据索引.xlsx")));
    assert!(
        paths
            .iter()
            .any(|p| p.starts_with(&format!("{reading}/道德经典诵读签到表_"))
                || p.starts_with(&format!("{reading}/经典诵读会签到表_"))),
        "{paths:?}"
    );
    assert!(paths.contains(&format!("{reading}/经典诵读会签到表_20261202-100000.xlsx")));
    assert!(paths.contains(&format!("{reading}/经典诵读会签到表_20261202-100000.pdf")));
    assert!(paths.contains(&format!("{reading}/照片/经典诵读会_合影.png")));
    assert_eq!(done.pdf_missing, None);
    let pdfs = paths
        .iter()
        .filter(|p| p.ends_with(".pdf") && !p.contains("/材料/"))
        .count();
    assert_eq!(done.pdfs as usize, pdfs);
    assert_eq!(
        pdfs, 2,
        "the 签到表 under 道德经典诵读 and under 学习型单位建设: {paths:?}"
    );
    let pages = sign_in_pdf(&root.join(reading), "经典诵读会");
    assert_eq!(pages.len(), 1);
    assert!(
        pages[0].starts_with("某某局经典诵读会签到表时间：2026年11月25日"),
        "{}",
        pages[0]
    );
    assert!(
        pages[0].contains("序号姓名工号科室签到时间签名"),
        "{}",
        pages[0]
    );
    assert!(pages[0].contains("1职工1"), "{}", pages[0]);
    assert_eq!(
        std::fs::read(root.join(reading).join("照片/经典诵读会_合影.png")).unwrap(),
        PNG
    );
    assert!(paths.contains(
        &"01_学雷锋活动/01_学雷锋活动常态化/材料/2026年_正式文件_学雷锋活动计划.pdf".to_string()
    ));
    for p in &paths {
        assert_eq!(exports_safe(p), *p, "{p}");
    }
    let counted = tree_of(root)
        .iter()
        .filter(|p| root.join(p).is_file())
        .count() as u32;
    assert_eq!(done.files, counted);
    assert!(done.bytes > 0);

    let index = rows(&root.join(reading).join("证据索引.xlsx"));
    assert!(index[0][0].contains("某某局") && index[0][0].contains("道德经典诵读"));
    assert_eq!(
        index[1],
        [
            "测评项目",
            "指标",
            "标准",
            "类型",
            "名称",
            "日期",
            "说明",
            "归档方式",
            "文件"
        ]
    );
    let line = index.iter().find(|r| r[4] == "经典诵读会").unwrap();
    assert_eq!(
        &line[..4],
        [
            "道德经典诵读",
            "经典诵读活动",
            "定期组织道德经典诵读活动",
            "活动"
        ]
    );
    assert_eq!(line[5], "2026年11月25日");
    assert!(line[6].contains("到场 1 人"));
    assert_eq!(line[7], "按类别归档");
    assert!(line[8].contains("照片/经典诵读会_合影.png"));
    assert!(
        line[8].contains("经典诵读会签到表_20261202-100000.pdf"),
        "{}",
        line[8]
    );
    let empty = index
        .iter()
        .find(|r| r[2] == "诵读活动有计划、有记录、有影像资料")
        .unwrap();
    assert_eq!(empty[4], "（暂无材料）");

    let all = rows(&root.join("台账索引.xlsx"));
    let reading_lines = all.iter().filter(|r| r[4] == "经典诵读会").count();
    assert_eq!(
        reading_lines, 2,
        "filed under 道德经典诵读 and 学习型单位建设"
    );
    assert!(all
        .iter()
        .any(|r| r[4] == "学雷锋活动计划.pdf" && r[7] == "上传材料"));
    let report = std::fs::read_to_string(root.join("说明报告.txt")).unwrap();
    assert_eq!(report, "\u{feff}说明报告正文");
}

fn exports_safe(p: &str) -> String {
    p.split('/')
        .map(crate::exports::safe_stem)
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn titles_with_characters_windows_refuses_become_safe_short_names() {
    let u = unit("CON:诵读<会>?|第二场*很长很长很长很长很长很长很长很长很长很长很长很长的标题");
    let done = export(&u, &input("")).unwrap();
    let paths = tree_of(Path::new(&done.path));
    let photo = paths.iter().find(|p| p.contains("/照片/")).unwrap();
    let name = photo.rsplit('/').next().unwrap();
    assert!(!name.contains([':', '<', '>', '?', '|', '*']), "{name}");
    assert!(!name.to_uppercase().starts_with("CON.") && !name.to_uppercase().starts_with("CON:"));
    assert!(name.len() <= 48 + 4, "{name}");
    assert!(
        !paths.iter().any(|p| p == "说明报告.txt"),
        "a blank report writes none"
    );
}

#[test]
fn cancelling_leaves_no_folder_at_all() {
    let u = unit("诵读会");
    let mut calls = 0;
    let e = export_ledger(
        &u.conn,
        u.files.path(),
        u.out.path(),
        &input(""),
        now(),
        &mut |p| {
            calls += 1;
            p.done < 3
        },
    )
    .unwrap_err();
    assert_eq!(e.code(), "ledger.export_cancelled");
    assert_eq!(calls, 4);
    assert!(std::fs::read_dir(u.out.path()).unwrap().next().is_none());
}

#[test]
fn progress_counts_every_indicator_up_to_the_total() {
    let u = unit("诵读会");
    let mut seen = Vec::new();
    export_ledger(
        &u.conn,
        u.files.path(),
        u.out.path(),
        &input(""),
        now(),
        &mut |p| {
            seen.push((p.done, p.total));
            true
        },
    )
    .unwrap();
    let total = seen[0].1;
    assert_eq!(total, 15, "14 indicators and the index");
    assert_eq!(seen.first(), Some(&(0, total)));
    assert_eq!(seen.last(), Some(&(total, total)));
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0));
}

#[test]
fn a_report_over_500_characters_or_a_bad_range_is_refused_before_anything_is_written() {
    let u = unit("诵读会");
    let long = "字".repeat(501);
    assert_eq!(
        export(&u, &input(&long)).unwrap_err().code(),
        "ledger.report_too_long"
    );
    let backwards = ExportInput {
        from_year: 2027,
        to_year: 2026,
        report: String::new(),
        zip: false,
    };
    assert_eq!(
        export(&u, &backwards).unwrap_err().code(),
        "ledger.bad_years"
    );
    assert!(std::fs::read_dir(u.out.path()).unwrap().next().is_none());
    assert!(export(&u, &input(&"字".repeat(500))).is_ok());
}

#[test]
fn two_exports_in_the_same_second_get_two_folders() {
    let u = unit("诵读会");
    let a = export(&u, &input("")).unwrap();
    let b = export(&u, &input("")).unwrap();
    assert_ne!(a.path, b.path);
    assert!(b.folder_name.ends_with("_2"));
}

#[test]
fn the_draft_report_counts_the_records_and_names_the_gaps_within_500_characters() {
    let u = unit("诵读会");
    let text = draft_report(&u.conn, 2024, 2026, now()).unwrap();
    assert!(
        text.starts_with("某某局2024—2026年文明单位创建工作说明"),
        "{text}"
    );
    assert!(
        text.contains("共开展活动1次（诵读1次），参与职工1人次"),
        "{text}"
    );
    assert!(
        text.contains("对照测评体系29条标准，已有材料3条，尚缺26条"),
        "{text}"
    );
    assert!(text.chars().count() <= REPORT_MAX);
    assert!(check_report(&text).is_ok());
}

pub(super) fn zipped(report: &str) -> ExportInput {
    ExportInput {
        zip: true,
        ..input(report)
    }
}

#[test]
fn on_request_the_folder_is_also_packed_into_one_zip_beside_it_with_the_same_files() {
    use std::io::Read;
    let u = unit("经典诵读会");
    let done = export(&u, &zipped("说明报告正文")).unwrap();
    let zip_path = Path::new(done.zip_path.as_deref().unwrap());
    assert_eq!(
        zip_path.file_name().unwrap().to_string_lossy(),
        format!("{}.zip", done.folder_name)
    );
    assert_eq!(zip_path.parent(), Some(u.out.path()));
    assert_eq!(
        done.zip_bytes,
        Some(std::fs::metadata(zip_path).unwrap().len())
    );

    let mut zip = zip::ZipArchive::new(std::fs::File::open(zip_path).unwrap()).unwrap();
    let top = format!("{}/", done.folder_name);
    let mut names: Vec<String> = zip
        .file_names()
        .map(|n| {
            let n = n.unwrap();
            n.strip_prefix(&top)
                .unwrap_or_else(|| panic!("{n} outside {top}"))
                .trim_end_matches('/')
                .to_string()
        })
        .filter(|n| !n.is_empty())
        .collect();
    names.sort();
    let root = Path::new(&done.path);
    assert_eq!(names, tree_of(root), "the zip holds the folder as it is");
    assert!(
        names
            .iter()
            .any(|n| n.ends_with("签到表_20261202-100000.pdf")),
        "{names:?}"
    );
    let mut index = Vec::new();
    zip.by_name(&format!("{top}台账索引.xlsx"))
        .unwrap()
        .read_to_end(&mut index)
        .unwrap();
    assert_eq!(index, std::fs::read(root.join("台账索引.xlsx")).unwrap());
    let leftovers: Vec<_> = std::fs::read_dir(u.out.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let plain = export(&u, &input("")).unwrap();
    assert_eq!(
        (plain.zip_path, plain.zip_bytes),
        (None, None),
        "not asked for"
    );
}

#[test]
fn cancelling_while_or_after_the_zip_is_packed_leaves_neither_folder_nor_zip() {
    for stop_at in ["打包 .zip", "完成"] {
        let u = unit("诵读会");
        let e = export_ledger(
            &u.conn,
            u.files.path(),
            u.out.path(),
            &zipped(""),
            now(),
            &mut |p| p.step != stop_at,
        )
        .unwrap_err();
        assert_eq!(e.code(), "ledger.export_cancelled", "{stop_at}");
        let left: Vec<_> = std::fs::read_dir(u.out.path()).unwrap().flatten().collect();
        assert!(left.is_empty(), "{stop_at}: {left:?}");
    }
}
