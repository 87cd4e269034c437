//! One judge's whole sheet saved at once: all or nothing, each refusal naming the cell.

use super::*;
use crate::contests::JudgingRules;

fn row(entrant: i64, marks: &[Option<f64>]) -> JudgeSheetRow {
    JudgeSheetRow {
        entrant_id: entrant,
        marks: marks.to_vec(),
    }
}

fn full(entrant: i64, m: [f64; 4]) -> JudgeSheetRow {
    row(entrant, &m.map(Some))
}

impl Contest {
    fn save(
        &mut self,
        judge: i64,
        rows: Vec<JudgeSheetRow>,
    ) -> Result<JudgedContest, JudgingError> {
        let sheet = JudgeSheet {
            judge_id: judge,
            rows,
        };
        save_judge_sheet(&mut self.conn, self.activity, &sheet, now())
    }

    /// The judge's stored totals per entrant, as the 成绩表 counts them.
    fn totals(&self, judge: i64) -> Vec<(i64, String)> {
        self.get()
            .sheets
            .iter()
            .filter(|s| s.judge_id == judge)
            .map(|s| {
                let sum: u32 = s.marks.iter().map(|m| m.hundredths()).sum();
                (s.entrant_id, Centi(sum).to_string())
            })
            .collect()
    }
}

#[test]
fn a_judge_s_whole_sheet_is_saved_at_once_and_counts_in_the_results() {
    let mut c = contest();
    let j = c.outside_judges(1)[0];
    let e = c.entrants.clone();
    let got = c
        .save(
            j,
            vec![
                full(e[0], [38.5, 27.0, 18.0, 9.0]),
                full(e[1], [30.0, 20.0, 15.0, 5.25]),
                full(e[2], [40.0, 30.0, 20.0, 10.0]),
                full(e[3], [0.0, 0.0, 0.0, 0.0]),
            ],
        )
        .unwrap();
    assert_eq!(
        c.totals(j),
        [
            (e[0], "92.5".to_string()),
            (e[1], "70.25".into()),
            (e[2], "100".into()),
            (e[3], "0".into())
        ]
    );
    let first = &got.results[0];
    assert_eq!(
        (first.entrant_name.as_str(), first.final_text.as_deref()),
        ("职工3", Some("100.00"))
    );
    assert!(got.results.iter().all(|r| r.missing_judge_ids.is_empty()));
}

#[test]
fn saving_the_sheet_again_corrects_rows_and_an_emptied_row_takes_its_score_back() {
    let mut c = contest();
    let j = c.outside_judges(1)[0];
    let e = c.entrants.clone();
    c.save(
        j,
        vec![
            full(e[0], [30.0, 20.0, 10.0, 5.0]),
            full(e[1], [30.0, 20.0, 10.0, 5.0]),
        ],
    )
    .unwrap();
    let got = c
        .save(
            j,
            vec![
                full(e[0], [35.0, 20.0, 10.0, 5.0]),
                row(e[1], &[None, None, None, None]),
            ],
        )
        .unwrap();
    assert_eq!(c.totals(j), [(e[0], "70".to_string())]);
    let second = got.results.iter().find(|r| r.entrant_id == e[1]).unwrap();
    assert_eq!(
        second.missing_judge_ids,
        [j],
        "职工2 is waiting for this judge again"
    );
    // Entrants left out of the sheet keep what they have.
    c.save(j, vec![full(e[2], [1.0, 1.0, 1.0, 1.0])]).unwrap();
    assert_eq!(c.totals(j), [(e[0], "70".to_string()), (e[2], "4".into())]);
}

#[test]
fn one_bad_cell_refuses_the_whole_sheet_naming_the_entrant_the_criterion_and_why() {
    let mut c = contest();
    let j = c.outside_judges(1)[0];
    let e = c.entrants.clone();
    c.save(j, vec![full(e[0], [30.0, 20.0, 10.0, 5.0])])
        .unwrap();
    let before = c.fingerprint();
    let good = full(e[0], [39.0, 29.0, 19.0, 9.0]);
    let cases: [(JudgeSheetRow, &str); 5] = [
        (
            full(e[1], [41.0, 20.0, 10.0, 5.0]),
            "职工2 的“内容”41 超过满分 40；整张评分表都没有保存，请改正后再保存",
        ),
        (
            full(e[1], [30.0, -1.0, 10.0, 5.0]),
            "职工2 的“表达”-1 不能为负数；整张评分表都没有保存，请改正后再保存",
        ),
        (
            full(e[1], [30.0, 20.0, 10.125, 5.0]),
            "职工2 的“形象”10.125 最多保留两位小数；整张评分表都没有保存，请改正后再保存",
        ),
        (
            row(e[1], &[Some(30.0), Some(20.0), None, Some(5.0)]),
            "职工2 的“形象”未填写（一行要么填完整，要么整行留空）；整张评分表都没有保存，请改正后再保存",
        ),
        (
            full(e[1], [40.5, 30.5, 10.0, 5.0]),
            "职工2 的“内容”40.5 超过满分 40（另有 1 处有误）；整张评分表都没有保存，请改正后再保存",
        ),
    ];
    for (bad, message) in cases {
        let err = c.save(j, vec![good.clone(), bad]).unwrap_err();
        assert_eq!(err.to_string(), message);
        assert_eq!(code(err), "contests.bad_cell");
        assert_eq!(c.fingerprint(), before, "nothing of the sheet was saved");
    }
}

#[test]
fn a_sheet_with_a_wrong_row_is_refused_whole() {
    let mut c = contest();
    let j = c.outside_judges(1)[0];
    let e = c.entrants.clone();
    let before = c.fingerprint();
    let good = full(e[0], [30.0, 20.0, 10.0, 5.0]);
    let refusals = [
        (vec![good.clone(), good.clone()], "contests.duplicate_sheet"),
        (
            vec![good.clone(), row(e[1], &[Some(1.0)])],
            "contests.incomplete_sheet",
        ),
        (
            vec![good.clone(), full(e[3] + 100, [1.0; 4])],
            "contests.entrant_not_found",
        ),
    ];
    for (rows, expected) in refusals {
        assert_eq!(code(c.save(j, rows).unwrap_err()), expected);
        assert_eq!(c.fingerprint(), before);
    }
    assert_eq!(
        code(c.save(j + 100, vec![good]).unwrap_err()),
        "contests.judge_not_found"
    );
    assert_eq!(c.fingerprint(), before);
}

#[test]
fn a_sheet_scoring_a_recused_entrant_is_refused_whole() {
    let mut c = contest();
    let rules = JudgingRules {
        recusal: true,
        ..Default::default()
    };
    set_judging_rules(&mut c.conn, c.activity, &rules, None, now()).unwrap();
    // 职工6 is in 宣传科, like 职工2.
    let j = c.staff_judge(5).unwrap().judges[0].id;
    let e = c.entrants.clone();
    let before = c.fingerprint();
    let err = c
        .save(
            j,
            vec![
                full(e[0], [30.0, 20.0, 10.0, 5.0]),
                full(e[1], [30.0, 20.0, 10.0, 5.0]),
            ],
        )
        .unwrap_err();
    assert_eq!(code(err), "contests.recused_judge");
    assert_eq!(c.fingerprint(), before);
    c.save(j, vec![full(e[0], [30.0, 20.0, 10.0, 5.0])])
        .unwrap();
}

#[test]
fn a_published_contest_refuses_a_sheet() {
    let mut c = contest();
    let j = c.outside_judges(1)[0];
    c.score_all(&[j], &[&["90"], &["80"], &["70"], &["60"]]);
    publish_results(&mut c.conn, c.activity, now()).unwrap();
    let before = c.fingerprint();
    let rows = vec![full(c.entrants[0], [1.0; 4])];
    assert_eq!(code(c.save(j, rows).unwrap_err()), "contests.locked");
    assert_eq!(c.fingerprint(), before);
}
