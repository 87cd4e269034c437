//! The 成绩表 with the dropped scores marked, the 获奖名单, the .xlsx export and the 奖状.

use calamine::Reader;

use super::*;
use crate::auth::Role;
use crate::contests::{export_result_sheet, result_doc, result_sheet_for};

fn published() -> Contest {
    let mut c = contest();
    crate::settings::set_unit_name(&mut c.conn, "市科技局").unwrap();
    let j = c.outside_judges(5);
    c.score_all(
        &j,
        &[
            &["90", "85", "88", "70", "95"],
            &["80", "82", "81", "79", "83"],
            &["92", "91", "90", "93", "60"],
            &["75", "76", "77", "78", "79"],
        ],
    );
    publish_results(&mut c.conn, c.activity, at(26, 10)).unwrap();
    c
}

fn texts(row: &[ResultCell]) -> Vec<&str> {
    row.iter().map(|c| c.text.as_str()).collect()
}

/// The 成绩表's first line: 职工3's five marks (93 and 60 dropped), 91.00 and 一等奖.
const FIRST_LINE: [&str; 10] = [
    "1",
    "职工3",
    "办公室",
    "92",
    "91",
    "90",
    "93",
    "60",
    "91.00",
    "一等奖",
];

#[test]
fn the_score_sheet_shows_every_score_and_marks_the_dropped_ones() {
    let c = published();
    let s = result_sheet(&c.conn, c.activity, ResultSheetKind::Scores, now()).unwrap();
    assert_eq!(s.unit_name, "市科技局");
    assert_eq!(s.title, "“爱岗敬业”演讲比赛成绩表");
    assert_eq!(
        s.columns,
        [
            "名次",
            "参赛者",
            "科室",
            "评委1",
            "评委2",
            "评委3",
            "评委4",
            "评委5",
            "最后得分",
            "奖项"
        ]
    );
    // 职工3: 92 91 90 93 60 → drop 93 and 60 → 91.00, first.
    assert_eq!(texts(&s.rows[0]), FIRST_LINE);
    let dropped: Vec<bool> = s.rows[0].iter().map(|c| c.dropped).collect();
    assert_eq!(
        dropped,
        [false, false, false, false, false, false, true, true, false, false]
    );
    assert_eq!(s.note, DROPPED_NOTE);
    assert!(
        s.subtitle.contains("内容 40 / 表达 30 / 形象 20 / 时间 10"),
        "{}",
        s.subtitle
    );
}

#[test]
fn the_award_list_names_the_awarded_best_first() {
    let c = published();
    let s = result_sheet(&c.conn, c.activity, ResultSheetKind::Awards, now()).unwrap();
    let rows: Vec<Vec<&str>> = s.rows.iter().map(|r| texts(r)).collect();
    assert_eq!(
        rows,
        [
            ["一等奖", "1", "职工3", "办公室", "91.00"],
            ["二等奖", "2", "职工1", "办公室", "87.67"],
            ["二等奖", "3", "职工2", "宣传科", "81.00"],
            ["三等奖", "4", "职工4", "宣传科", "77.00"],
        ]
    );
}

#[test]
fn the_exported_score_sheet_reads_back_with_the_note_about_dropped_scores() {
    let c = published();
    let dir = tempfile::tempdir().unwrap();
    let file = export_result_sheet(
        &c.conn,
        c.activity,
        ResultSheetKind::Scores,
        dir.path(),
        now(),
    )
    .unwrap();
    assert!(
        file.file_name.starts_with("“爱岗敬业”演讲比赛成绩表_"),
        "{}",
        file.file_name
    );
    let mut wb = calamine::open_workbook_auto(&file.path).unwrap();
    let range = wb.worksheet_range("成绩表").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[0][0], "市科技局　“爱岗敬业”演讲比赛成绩表");
    assert_eq!(rows[2][..3], ["名次", "参赛者", "科室"]);
    assert_eq!(rows[3], FIRST_LINE);
    assert_eq!(rows.len(), 3 + 4 + 2);
    assert_eq!(rows[8][0], DROPPED_NOTE);
}

#[test]
fn the_exported_award_list_reads_back() {
    let c = published();
    let dir = tempfile::tempdir().unwrap();
    let file = export_result_sheet(
        &c.conn,
        c.activity,
        ResultSheetKind::Awards,
        dir.path(),
        now(),
    )
    .unwrap();
    let mut wb = calamine::open_workbook_auto(&file.path).unwrap();
    let range = wb.worksheet_range("获奖名单").unwrap();
    let names: Vec<String> = range.rows().skip(3).map(|r| r[2].to_string()).collect();
    assert_eq!(names, ["职工3", "职工1", "职工2", "职工4"]);
}

#[test]
fn certificates_name_the_unit_the_activity_the_award_and_the_date() {
    let c = published();
    let certs = certificates(&c.conn, c.activity, now()).unwrap();
    assert_eq!(certs.len(), 4);
    let first = &certs[0];
    assert_eq!(
        (
            first.unit_name.as_str(),
            first.entrant_name.as_str(),
            first.activity_title.as_str(),
            first.award_label.as_str(),
            first.date_text.as_str()
        ),
        (
            "市科技局",
            "职工3",
            "“爱岗敬业”演讲比赛",
            "一等奖",
            "2026年11月26日"
        )
    );
}

#[test]
fn certificates_wait_for_the_results_to_be_published() {
    let mut c = published();
    unlock_results(&mut c.conn, c.activity, "复核", now()).unwrap();
    let err = certificates(&c.conn, c.activity, now()).unwrap_err();
    assert_eq!(err.to_string(), "成绩尚未公布，公布后才能打印奖状");
}

#[test]
fn staff_read_the_sheets_only_once_published_and_a_refusal_looks_like_a_missing_activity() {
    let mut c = contest();
    let j = c.outside_judges(3);
    c.score_all(
        &j,
        &[
            &["90", "85", "88"],
            &["80", "82", "81"],
            &["70", "72", "71"],
            &["60", "62", "61"],
        ],
    );
    let staff = |c: &Contest, id: i64| {
        result_sheet_for(&c.conn, id, ResultSheetKind::Awards, now(), Role::Staff)
            .map_err(|e| (e.code, e.message))
    };
    let missing = staff(&c, 9999).unwrap_err();
    assert_eq!(missing.0, "activities.not_found");
    assert_eq!(staff(&c, c.activity).unwrap_err(), missing, "unpublished");
    assert!(
        result_sheet_for(
            &c.conn,
            c.activity,
            ResultSheetKind::Scores,
            now(),
            Role::Organizer
        )
        .is_ok(),
        "the organizer reads the draft results"
    );

    publish_results(&mut c.conn, c.activity, at(26, 10)).unwrap();
    let seen = staff(&c, c.activity).unwrap();
    assert_eq!(seen.title, "“爱岗敬业”演讲比赛获奖名单");
    assert!(!seen.rows.is_empty());

    unlock_results(&mut c.conn, c.activity, "复核", now()).unwrap();
    assert_eq!(
        staff(&c, c.activity).unwrap_err(),
        missing,
        "unlocked again"
    );
}

#[test]
fn a_persons_record_lists_their_awards_of_published_contests_only() {
    let mut c = published();
    let first = c.people[2];
    let places = crate::contests::staff_places(&c.conn, first, now()).unwrap();
    let lines: Vec<(&str, &str)> = places
        .iter()
        .map(|p| (p.activity_title.as_str(), p.result.as_str()))
        .collect();
    assert_eq!(lines, [("“爱岗敬业”演讲比赛", "一等奖")]);
    assert!(crate::contests::staff_places(&c.conn, c.people[9], now())
        .unwrap()
        .is_empty());
    unlock_results(&mut c.conn, c.activity, "复核", now()).unwrap();
    assert!(crate::contests::staff_places(&c.conn, first, now())
        .unwrap()
        .is_empty());
}

#[test]
fn the_printed_score_sheet_reads_back_from_its_pdf_with_every_score_and_the_note() {
    let c = published();
    let s = result_sheet(&c.conn, c.activity, ResultSheetKind::Scores, now()).unwrap();
    let doc = result_doc(&s);
    let struck: usize = doc.sections[0]
        .table
        .as_ref()
        .unwrap()
        .rows
        .iter()
        .flatten()
        .filter(|c| c.struck)
        .count();
    assert_eq!(struck, 8, "one highest and one lowest of four entrants");
    let font = crate::exports::pdf::CjkFont::find().expect("a Chinese font");
    let pages = crate::exports::pdf::read_pages(&crate::exports::pdf::render(&doc, &font).unwrap());
    assert_eq!(pages.len(), 1);
    assert!(pages[0].starts_with("市科技局"), "{}", pages[0]);
    assert!(
        pages[0].contains(&s.title) && pages[0].contains(&FIRST_LINE.concat()),
        "{}",
        pages[0]
    );
    assert!(pages[0].contains(DROPPED_NOTE));
}
