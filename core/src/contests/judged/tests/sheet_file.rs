//! A judge's .xlsx sheet: the template downloaded, filled in as a judge would, read back; bad
//! sheets refused with the row and column named.

use calamine::{Data, Reader};

use super::*;
use crate::contests::JudgingRules;

/// A cell as the judge leaves it in the file.
#[derive(Clone)]
pub(super) enum V {
    N(f64),
    S(&'static str),
    Blank,
}

pub(super) type Cells = Vec<Vec<Data>>;

/// The template of `judge`, downloaded into a temporary folder and read back as cells.
pub(super) fn template_cells(c: &Contest, judge: i64) -> Cells {
    let dir = tempfile::tempdir().unwrap();
    let file = export_judge_sheet_template(&c.conn, c.activity, judge, dir.path(), now()).unwrap();
    assert!(
        file.file_name.contains("演讲比赛_评分表_评委"),
        "{}",
        file.file_name
    );
    let mut wb = calamine::open_workbook_auto(&file.path).unwrap();
    assert_eq!(wb.sheet_names(), ["评分表"]);
    let range = wb.worksheet_range("评分表").unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    range.rows().map(|r| r.to_vec()).collect()
}

/// Writes `cells` as a new workbook, as a judge's Excel would save it.
pub(super) fn workbook(cells: &Cells) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("评分表").unwrap();
    for (r, row) in cells.iter().enumerate() {
        for (col, d) in row.iter().enumerate() {
            let (r, col) = (r as u32, col as u16);
            match d {
                Data::Float(f) => ws.write_number(r, col, *f).map(|_| ()),
                Data::Int(i) => ws.write_number(r, col, *i as f64).map(|_| ()),
                Data::String(s) => ws.write_string(r, col, s).map(|_| ()),
                _ => Ok(()),
            }
            .unwrap();
        }
    }
    wb.save_to_buffer().unwrap()
}

/// The row of the template's line for entrant `e` (0-based), filled with `marks`.
pub(super) fn fill(cells: &mut Cells, e: usize, marks: &[V]) {
    let row = &mut cells[6 + e];
    for (k, m) in marks.iter().enumerate() {
        row[3 + k] = match m {
            V::N(v) => Data::Float(*v),
            V::S(s) => Data::String(s.to_string()),
            V::Blank => Data::Empty,
        };
    }
}

fn all(v: f64) -> [V; 4] {
    [V::N(v), V::N(v), V::N(v), V::N(v)]
}

fn read(c: &Contest, cells: &Cells) -> Result<JudgeSheetRead, JudgingError> {
    preview_judge_sheet(&c.conn, c.activity, &workbook(cells), now())
}

#[test]
fn the_template_names_the_contest_the_judge_the_entrants_and_each_criterion_s_full_marks() {
    let mut c = contest();
    let j = c.outside_judges(1)[0];
    c.score(j, 1, "88").unwrap();
    let cells = template_cells(&c, j);
    let text = |r: usize, col: usize| cells[r][col].to_string();
    assert_eq!(text(0, 0), "“爱岗敬业”演讲比赛　评分表（评委：评委1）");
    assert_eq!(
        (text(1, 0), text(1, 1), text(1, 2)),
        (
            "比赛编号".into(),
            c.activity.to_string(),
            "“爱岗敬业”演讲比赛".into()
        )
    );
    assert_eq!(
        (text(2, 0), text(2, 2)),
        ("评委编号".into(), "评委1".into())
    );
    let head: Vec<String> = (0..8).map(|col| text(5, col)).collect();
    assert_eq!(
        head,
        [
            "参赛编号",
            "参赛者",
            "科室",
            "内容（满分 40）",
            "表达（满分 30）",
            "形象（满分 20）",
            "时间（满分 10）",
            "合计"
        ]
    );
    let names: Vec<(String, String)> = (6..10).map(|r| (text(r, 1), text(r, 2))).collect();
    assert_eq!(names[0], ("职工1".into(), "办公室".into()));
    assert_eq!(names[3], ("职工4".into(), "宣传科".into()));
    // What is stored is filled in: 职工2 has 88 from this judge (40 + 30 + 18).
    assert_eq!(
        (text(7, 3), text(7, 5), text(8, 3)),
        ("40".into(), "18".into(), "".into())
    );
}

#[test]
fn a_filled_in_sheet_is_read_back_and_saved_for_that_judge() {
    let mut c = contest();
    let j = c.outside_judges(2);
    let mut cells = template_cells(&c, j[0]);
    fill(
        &mut cells,
        0,
        &[V::N(38.5), V::N(27.0), V::N(18.0), V::N(9.0)],
    );
    fill(
        &mut cells,
        1,
        &[V::S("30"), V::S(" 20.5 "), V::N(15.0), V::N(5.0)],
    );
    fill(&mut cells, 3, &all(1.0));
    let got = read(&c, &cells).unwrap();
    assert!(got.problems.is_empty(), "{:?}", got.problems);
    assert_eq!((got.judge_id, got.judge_name.as_str()), (j[0], "评委1"));
    assert_eq!(got.lines[1].line, 8, "the row as Excel numbers it");
    assert_eq!(got.lines[1].cells, ["30", "20.5", "15", "5"]);
    assert_eq!(got.lines[2].cells, ["", "", "", ""]);
    assert!(got.not_in_file.is_empty());
    let saved = save_judge_sheet(&mut c.conn, c.activity, &got.sheet, now()).unwrap();
    let mine: Vec<String> = saved
        .sheets
        .iter()
        .filter(|s| s.judge_id == j[0])
        .map(|s| {
            s.marks
                .iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
                .join("+")
        })
        .collect();
    assert_eq!(mine, ["38.5+27+18+9", "30+20.5+15+5", "1+1+1+1"]);
    assert!(
        saved.sheets.iter().all(|s| s.judge_id == j[0]),
        "the other judge has nothing"
    );
}

#[test]
fn every_bad_cell_is_named_by_row_and_column_in_plain_chinese() {
    let mut c = contest();
    let j = c.outside_judges(1)[0];
    let mut cells = template_cells(&c, j);
    fill(
        &mut cells,
        0,
        &[V::N(41.0), V::N(20.0), V::N(10.0), V::N(5.0)],
    );
    fill(
        &mut cells,
        1,
        &[V::S("九十"), V::N(20.0), V::N(-1.0), V::N(5.0)],
    );
    fill(
        &mut cells,
        2,
        &[V::N(30.0), V::Blank, V::N(10.0), V::N(2.555)],
    );
    cells[9][1] = Data::String("张冠李戴".into());
    fill(&mut cells, 3, &all(1.0));
    let got = read(&c, &cells).unwrap();
    assert_eq!(
        got.problems,
        [
            "第 7 行“内容”列：41 超过满分 40",
            "第 8 行“内容”列：“九十”不是数字",
            "第 8 行“形象”列：-1 不能为负数",
            "第 9 行“时间”列：2.555 最多保留两位小数",
            "第 9 行“表达”列：未填写（一行要么填完整，要么整行留空）",
            &format!(
                "第 10 行：参赛编号 {} 是“职工4”，表上写的是“张冠李戴”；请核对这一行",
                c.entrants[3]
            ),
        ]
    );
    // The window refuses to import it; were the rows sent anyway, core refuses them whole.
    let before = c.fingerprint();
    let err = save_judge_sheet(&mut c.conn, c.activity, &got.sheet, now()).unwrap_err();
    assert_eq!(code(err), "contests.bad_cell");
    assert_eq!(c.fingerprint(), before);
}

#[test]
fn lines_of_unknown_or_repeated_entrants_and_missing_ones_are_reported() {
    let mut c = contest();
    let j = c.outside_judges(1)[0];
    let mut cells = template_cells(&c, j);
    fill(&mut cells, 0, &all(1.0));
    cells[7][0] = Data::Float(9999.0);
    fill(&mut cells, 1, &all(1.0));
    cells[8] = cells[6].clone();
    cells[9][0] = Data::Empty;
    fill(&mut cells, 3, &all(2.0));
    let got = read(&c, &cells).unwrap();
    assert_eq!(
        got.problems,
        [
            "第 8 行：参赛编号 9999 不是本次比赛的参赛者（可能已取消报名，或这一行是从别的表复制来的）",
            "第 9 行：“职工1”在第 7 行已经有一行了，请只留一行",
            "第 10 行：没有参赛编号，请从下载的评分表里复制这一行",
        ]
    );
    assert_eq!(got.not_in_file, ["职工2", "职工3", "职工4"]);
}

#[test]
fn a_recused_entrant_s_line_must_stay_empty() {
    let mut c = contest();
    let rules = JudgingRules {
        recusal: true,
        ..Default::default()
    };
    set_judging_rules(&mut c.conn, c.activity, &rules, None, now()).unwrap();
    // 职工6 is in 宣传科, like 职工2 and 职工4.
    let j = c.staff_judge(5).unwrap().judges[0].id;
    let dir = tempfile::tempdir().unwrap();
    let file = export_judge_sheet_template(&c.conn, c.activity, j, dir.path(), now()).unwrap();
    let mut wb = calamine::open_workbook_auto(&file.path).unwrap();
    let mut cells: Cells = wb
        .worksheet_range("评分表")
        .unwrap()
        .rows()
        .map(|r| r.to_vec())
        .collect();
    assert_eq!(cells[7][3].to_string(), "回避");
    fill(&mut cells, 0, &all(5.0));
    let got = read(&c, &cells).unwrap();
    assert!(got.problems.is_empty(), "{:?}", got.problems);
    assert!(got.lines[1].recused);
    assert_eq!(
        got.sheet.rows.len(),
        2,
        "the recused lines are not sent: {:?}",
        got.sheet
    );
    fill(&mut cells, 1, &all(5.0));
    let got = read(&c, &cells).unwrap();
    assert_eq!(
        got.problems,
        ["第 8 行：按回避规定，评委 职工6 不给同科室的“职工2”评分，这一行请留空"]
    );
}

#[test]
fn a_sheet_of_another_contest_or_judge_or_with_other_criteria_is_refused_whole() {
    let mut c = contest();
    let j = c.outside_judges(2);
    let cells = template_cells(&c, j[0]);

    let mut other = cells.clone();
    other[1][1] = Data::Float((c.activity + 1) as f64);
    other[1][2] = Data::String("迎新春歌咏比赛".into());
    let err = read(&c, &other).unwrap_err();
    assert_eq!(
        err.to_string(),
        "这份评分表是“迎新春歌咏比赛”的，不是本次比赛““爱岗敬业”演讲比赛”的；请导入本次比赛的评分表"
    );
    assert_eq!(code(err), "contests.sheet_of_another_contest");

    remove_judge(&mut c.conn, j[0], now()).unwrap();
    let err = read(&c, &cells).unwrap_err();
    assert!(err.to_string().contains("“评委1”"), "{err}");
    assert_eq!(code(err), "contests.sheet_judge_unknown");

    let mut renamed = template_cells(&c, j[1]);
    renamed[5][4] = Data::String("语言（满分 30）".into());
    let err = read(&c, &renamed).unwrap_err();
    assert!(err.to_string().contains("请重新下载评分表"), "{err}");
    assert_eq!(code(err), "contests.not_our_sheet");

    let mut headless = template_cells(&c, j[1]);
    headless[5][0] = Data::String("编号".into());
    assert_eq!(
        code(read(&c, &headless).unwrap_err()),
        "contests.not_our_sheet"
    );
}

#[test]
fn files_that_are_not_workbooks_are_refused_with_a_reason() {
    let mut c = contest();
    c.outside_judges(1);
    let csv = "参赛编号,参赛者\n1,职工1\n".as_bytes();
    let err = preview_judge_sheet(&c.conn, c.activity, csv, now()).unwrap_err();
    assert_eq!(code(err), "contests.sheet_unreadable");
    let err = preview_judge_sheet(&c.conn, c.activity, b"PK\x03\x04broken", now()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "无法读取这个文件：文件已损坏，或不是 Excel 表格"
    );
    let huge = vec![b'P'; super::super::sheet_file::MAX_FILE_BYTES + 1];
    let err = preview_judge_sheet(&c.conn, c.activity, &huge, now()).unwrap_err();
    assert_eq!(code(err), "contests.sheet_unreadable");
}
