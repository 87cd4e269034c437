//! Scores entered per judge per entrant: the final score with the extremes dropped (and shown),
//! ranks and awards, and the refusals that leave everything as it was.

use super::*;
use crate::contests::{AwardLevel, DropReason};

/// (judge name, total, dropped) of one entrant's line.
fn line(c: &JudgedContest, entrant: i64) -> Vec<(String, String, Option<DropReason>)> {
    c.results
        .iter()
        .find(|r| r.entrant_id == entrant)
        .unwrap()
        .scores
        .iter()
        .map(|s| (s.judge_name.clone(), s.total.to_string(), s.dropped))
        .collect()
}

fn final_text(c: &JudgedContest, entrant: i64) -> String {
    let r = c.results.iter().find(|r| r.entrant_id == entrant).unwrap();
    r.final_text.clone().unwrap_or_default()
}

#[test]
fn five_judges_drop_one_highest_and_one_lowest_and_the_dropped_stay_visible() {
    let mut c = contest();
    let j = c.outside_judges(5);
    for (i, total) in ["90", "85", "88", "70", "95"].iter().enumerate() {
        c.score(j[i], 0, total).unwrap();
    }
    let got = c.get();
    let shown = line(&got, c.entrants[0]);
    assert_eq!(shown.len(), 5, "every score is shown");
    assert_eq!(
        shown[3],
        ("评委4".into(), "70".into(), Some(DropReason::Lowest))
    );
    assert_eq!(
        shown[4],
        ("评委5".into(), "95".into(), Some(DropReason::Highest))
    );
    assert!(shown[..3].iter().all(|s| s.2.is_none()));
    // (90 + 85 + 88) / 3 = 87.666… → 87.67
    assert_eq!(final_text(&got, c.entrants[0]), "87.67");
}

#[test]
fn four_judges_drop_nothing() {
    let mut c = contest();
    let j = c.outside_judges(4);
    for (i, total) in ["90", "85", "88", "70"].iter().enumerate() {
        c.score(j[i], 0, total).unwrap();
    }
    let got = c.get();
    assert!(line(&got, c.entrants[0]).iter().all(|s| s.2.is_none()));
    assert_eq!(final_text(&got, c.entrants[0]), "83.25");
}

#[test]
fn equal_highest_scores_drop_only_one_of_them() {
    let mut c = contest();
    let j = c.outside_judges(5);
    for (i, total) in ["95", "95", "80", "85", "80"].iter().enumerate() {
        c.score(j[i], 0, total).unwrap();
    }
    let got = c.get();
    let dropped: Vec<_> = line(&got, c.entrants[0])
        .into_iter()
        .filter_map(|s| Some((s.0, s.2?)))
        .collect();
    assert_eq!(
        dropped,
        [
            ("评委1".to_string(), DropReason::Highest),
            ("评委3".to_string(), DropReason::Lowest)
        ]
    );
    // (95 + 85 + 80) / 3 = 86.67
    assert_eq!(final_text(&got, c.entrants[0]), "86.67");
}

#[test]
fn equal_final_scores_share_a_rank_and_awards_follow_the_plan() {
    let mut c = contest();
    let j = c.outside_judges(3);
    c.score_all(
        &j,
        &[
            &["90", "90", "90"],
            &["80", "80", "80"],
            &["90", "89.99", "90.01"],
            &["70", "70", "70"],
        ],
    );
    let got = c.get();
    let ranked: Vec<(String, Option<u32>, Option<AwardLevel>)> = got
        .results
        .iter()
        .map(|r| (r.entrant_name.clone(), r.rank, r.award))
        .collect();
    assert_eq!(
        ranked,
        [
            ("职工1".into(), Some(1), Some(AwardLevel::First)),
            ("职工3".into(), Some(1), Some(AwardLevel::First)),
            ("职工2".into(), Some(3), Some(AwardLevel::Second)),
            ("职工4".into(), Some(4), Some(AwardLevel::Third)),
        ]
    );
}

#[test]
fn entering_a_score_again_corrects_it() {
    let mut c = contest();
    let j = c.outside_judges(1);
    c.score(j[0], 0, "90").unwrap();
    let got = c.score(j[0], 0, "91.5").unwrap();
    assert_eq!(got.sheets.len(), 1);
    assert_eq!(final_text(&got, c.entrants[0]), "91.50");
}

#[test]
fn a_mark_above_the_criterion_weight_is_refused_and_nothing_changes() {
    let mut c = contest();
    let j = c.outside_judges(1);
    c.score(j[0], 0, "90").unwrap();
    let before = c.fingerprint();
    let sheet = ScoreSheet {
        judge_id: j[0],
        entrant_id: c.entrants[0],
        marks: [41, 30, 20, 10].map(Centi::points).to_vec(),
    };
    let err = enter_score(&mut c.conn, c.activity, &sheet, now()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "评委 评委1 给 职工1 的“内容”得分 41 超出 0–40 分的范围"
    );
    assert_eq!(code(err), "contests.invalid_score");
    let short = ScoreSheet {
        marks: vec![Centi::points(40)],
        ..sheet
    };
    let err = enter_score(&mut c.conn, c.activity, &short, now()).unwrap_err();
    assert_eq!(code(err), "contests.incomplete_sheet");
    assert_eq!(c.fingerprint(), before);
}

#[test]
fn with_recusal_on_a_judge_cannot_score_an_entrant_of_their_own_department() {
    let mut c = contest();
    let rules = crate::contests::JudgingRules {
        recusal: true,
        ..Default::default()
    };
    set_judging_rules(&mut c.conn, c.activity, &rules, None, now()).unwrap();
    // 职工6 is in 宣传科, like entrants 职工2 and 职工4.
    let got = c.staff_judge(5).unwrap();
    let judge = got.judges[0].id;
    let recused: Vec<i64> = got.recusals.iter().map(|r| r.entrant_id).collect();
    assert_eq!(recused, [c.entrants[1], c.entrants[3]]);
    let before = c.fingerprint();
    let err = c.score(judge, 1, "90").unwrap_err();
    assert_eq!(
        err.to_string(),
        "按回避规定，评委 职工6 不能给同科室的 职工2 评分，这份评分不能计入"
    );
    assert_eq!(code(err), "contests.recused_judge");
    assert_eq!(c.fingerprint(), before);
    c.score(judge, 0, "90").unwrap();
}

#[test]
fn recusal_cannot_be_switched_on_over_a_score_it_would_forbid() {
    let mut c = contest();
    let judge = c.staff_judge(5).unwrap().judges[0].id;
    c.score(judge, 1, "90").unwrap();
    let before = c.fingerprint();
    let rules = crate::contests::JudgingRules {
        recusal: true,
        ..Default::default()
    };
    let err = set_judging_rules(&mut c.conn, c.activity, &rules, None, now()).unwrap_err();
    assert_eq!(code(err), "contests.recused_judge");
    assert_eq!(c.fingerprint(), before);
}

#[test]
fn a_judge_or_entrant_of_another_contest_is_refused() {
    let mut c = contest();
    let j = c.outside_judges(1);
    let sheet = ScoreSheet {
        judge_id: j[0] + 100,
        entrant_id: c.entrants[0],
        marks: marks("90"),
    };
    let err = enter_score(&mut c.conn, c.activity, &sheet, now()).unwrap_err();
    assert_eq!(code(err), "contests.judge_not_found");
    let sheet = ScoreSheet {
        judge_id: j[0],
        entrant_id: c.entrants[0] + 100,
        marks: marks("90"),
    };
    let err = enter_score(&mut c.conn, c.activity, &sheet, now()).unwrap_err();
    assert_eq!(code(err), "contests.entrant_not_found");
}
