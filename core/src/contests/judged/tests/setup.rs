//! Rules and judges: the defaults, the organizer's changes, and what is refused.

use super::*;
use crate::contests::{AwardPlan, Criterion, JudgingRules, AWARD_PLACES_MAX};

#[test]
fn a_new_contest_has_the_usual_criteria_and_its_entrants_are_the_confirmed_sign_ups() {
    let c = contest();
    let got = c.get();
    let criteria: Vec<(String, u32)> = got
        .rules
        .criteria
        .iter()
        .map(|k| (k.name.clone(), k.weight))
        .collect();
    assert_eq!(
        criteria,
        [("内容", 40), ("表达", 30), ("形象", 20), ("时间", 10)].map(|(n, w)| (n.to_string(), w))
    );
    assert_eq!((got.rules.trim_from, got.rules.decimals), (5, 2));
    assert!(!got.rules.recusal);
    let names: Vec<(&str, &str)> = got
        .entrants
        .iter()
        .map(|e| (e.name.as_str(), e.department_name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("职工1", "办公室"),
            ("职工2", "宣传科"),
            ("职工3", "办公室"),
            ("职工4", "宣传科")
        ]
    );
    assert!(got.judges.is_empty() && got.published_at.is_none());
}

#[test]
fn a_cancelled_sign_up_is_no_longer_an_entrant() {
    let mut c = contest();
    activities::cancel_signup(
        &mut c.conn,
        c.entrants[1],
        Actor::Staff(c.people[1]),
        at(11, 9),
    )
    .unwrap();
    let names: Vec<String> = c.get().entrants.into_iter().map(|e| e.name).collect();
    assert_eq!(names, ["职工1", "职工3", "职工4"]);
}

#[test]
fn only_judged_kinds_have_judging() {
    let c = contest_of(ActivityKind::Hiking);
    let err = judged_contest(&c.conn, c.activity, now()).unwrap_err();
    assert_eq!(code(err), "contests.not_judged_kind");
    for kind in [
        ActivityKind::Reading,
        ActivityKind::Writing,
        ActivityKind::Singing,
        ActivityKind::Exhibition,
    ] {
        assert!(is_judged_kind(kind), "{kind:?}");
    }
}

fn rules(criteria: &[(&str, u32)], trim_from: u32, recusal: bool) -> JudgingRules {
    JudgingRules {
        criteria: criteria
            .iter()
            .map(|(n, w)| Criterion {
                name: n.to_string(),
                weight: *w,
            })
            .collect(),
        trim_from,
        decimals: 2,
        recusal,
    }
}

#[test]
fn the_organizer_sets_criteria_threshold_and_awards() {
    let mut c = contest();
    let r = rules(&[(" 书写 ", 60), ("构思", 40)], 7, true);
    let plan = AwardPlan::Share {
        first: 10,
        second: 20,
        third: 30,
        excellent: Some(20),
    };
    let got = set_judging_rules(&mut c.conn, c.activity, &r, Some(&plan), now()).unwrap();
    assert_eq!(got.rules.criteria[0].name, "书写", "names are trimmed");
    assert_eq!((got.rules.trim_from, got.rules.recusal), (7, true));
    assert_eq!(c.get().awards, Some(plan));
}

#[test]
fn weights_not_adding_up_to_100_or_a_low_threshold_are_refused_and_nothing_is_stored() {
    let mut c = contest();
    let before = c.fingerprint();
    let err = set_judging_rules(
        &mut c.conn,
        c.activity,
        &rules(&[("内容", 40), ("表达", 30)], 5, false),
        None,
        now(),
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "各评分项权重合计须为 100，现在是 70");
    let err = set_judging_rules(
        &mut c.conn,
        c.activity,
        &rules(&[("内容", 100)], 2, false),
        None,
        now(),
    )
    .unwrap_err();
    assert_eq!(code(err), "contests.invalid_trim_threshold");
    assert_eq!(c.fingerprint(), before);
}

#[test]
fn criteria_cannot_change_once_scored_but_the_threshold_can() {
    let mut c = contest();
    let j = c.outside_judges(1);
    c.score(j[0], 0, "90").unwrap();
    let before = c.fingerprint();
    let err = set_judging_rules(
        &mut c.conn,
        c.activity,
        &rules(&[("内容", 100)], 5, false),
        None,
        now(),
    )
    .unwrap_err();
    assert_eq!(code(err), "contests.criteria_in_use");
    assert_eq!(c.fingerprint(), before);
    let same = JudgingRules {
        trim_from: 3,
        ..Default::default()
    };
    let got = set_judging_rules(&mut c.conn, c.activity, &same, None, now()).unwrap();
    assert_eq!(got.rules.trim_from, 3);
    assert_eq!(got.awards, None);
}

#[test]
fn a_judge_from_the_roster_brings_their_department_and_an_outside_judge_only_a_name() {
    let mut c = contest();
    c.staff_judge(5).unwrap();
    let got = add_judge(
        &mut c.conn,
        c.activity,
        &JudgeInput {
            staff_id: None,
            name: "  市文联 王老师 ".into(),
        },
        now(),
    )
    .unwrap();
    let judges: Vec<(&str, Option<&str>)> = got
        .judges
        .iter()
        .map(|j| (j.name.as_str(), j.department_name.as_deref()))
        .collect();
    assert_eq!(judges, [("职工6", Some("宣传科")), ("市文联 王老师", None)]);
}

#[test]
fn the_same_judge_twice_or_a_judge_without_a_name_is_refused() {
    let mut c = contest();
    c.staff_judge(5).unwrap();
    c.outside_judges(1);
    let before = c.fingerprint();
    let err = c.staff_judge(5).unwrap_err();
    assert_eq!(err.to_string(), "职工6 已经是本次比赛的评委");
    let again = JudgeInput {
        staff_id: None,
        name: "评委1".into(),
    };
    let err = add_judge(&mut c.conn, c.activity, &again, now()).unwrap_err();
    assert_eq!(code(err), "contests.duplicate_judge");
    let empty = JudgeInput {
        staff_id: None,
        name: "  ".into(),
    };
    let err = add_judge(&mut c.conn, c.activity, &empty, now()).unwrap_err();
    assert_eq!(err.to_string(), "评委姓名不能为空");
    assert_eq!(c.fingerprint(), before);
}

#[test]
fn removing_a_judge_removes_their_scores() {
    let mut c = contest();
    let j = c.outside_judges(2);
    c.score(j[0], 0, "90").unwrap();
    c.score(j[1], 0, "80").unwrap();
    let got = remove_judge(&mut c.conn, j[0], now()).unwrap();
    assert_eq!(got.judges.len(), 1);
    assert_eq!(got.sheets.len(), 1);
    assert_eq!(got.results[0].final_text.as_deref(), Some("80.00"));
    let err = remove_judge(&mut c.conn, j[0], now()).unwrap_err();
    assert_eq!(code(err), "contests.judge_not_found");
}

#[test]
fn a_judge_beyond_the_largest_panel_is_refused_and_nothing_is_stored() {
    let mut c = contest();
    c.outside_judges(JUDGES_MAX);
    let before = c.fingerprint();
    let one_more = JudgeInput {
        staff_id: None,
        name: "评委甲".into(),
    };
    let err = add_judge(&mut c.conn, c.activity, &one_more, now()).unwrap_err();
    assert_eq!(code(err), "contests.too_many_judges");
    let err = c.staff_judge(5).unwrap_err();
    assert_eq!(
        err.to_string(),
        "本次比赛已有 30 名评委，不能再添加；请先删去不再担任的评委"
    );
    assert_eq!(c.fingerprint(), before);
    assert_eq!(c.get().judges.len(), JUDGES_MAX);
}

#[test]
fn an_award_level_of_more_places_than_any_contest_needs_is_refused_and_nothing_is_stored() {
    let mut c = contest();
    let r = JudgingRules::default();
    let before = c.fingerprint();
    for (plan, message) in [
        (
            AwardPlan::Count {
                first: 1,
                second: AWARD_PLACES_MAX + 1,
                third: 3,
                excellent: None,
            },
            "二等奖设了 1001 名，太多了：每个奖项最多 1000 名",
        ),
        (
            AwardPlan::Count {
                first: 1,
                second: 2,
                third: 3,
                excellent: Some(u32::MAX),
            },
            "优秀奖设了 4294967295 名，太多了：每个奖项最多 1000 名",
        ),
    ] {
        let err = set_judging_rules(&mut c.conn, c.activity, &r, Some(&plan), now()).unwrap_err();
        assert_eq!(err.code(), "contests.too_many_award_places");
        assert_eq!(err.to_string(), message);
    }
    assert_eq!(c.fingerprint(), before);
    // The largest plan passes; with four entrants it simply ends with the last one ranked.
    let most = AwardPlan::Count {
        first: AWARD_PLACES_MAX,
        second: AWARD_PLACES_MAX,
        third: AWARD_PLACES_MAX,
        excellent: Some(AWARD_PLACES_MAX),
    };
    let got = set_judging_rules(&mut c.conn, c.activity, &r, Some(&most), now()).unwrap();
    assert_eq!(got.awards, Some(most));
}

#[test]
fn a_criterion_name_longer_than_the_form_allows_is_refused_and_nothing_is_stored() {
    let mut c = contest();
    let before = c.fingerprint();
    let long = "很".repeat(CRITERION_NAME_MAX + 1);
    let err = set_judging_rules(
        &mut c.conn,
        c.activity,
        &rules(&[(long.as_str(), 60), ("表达", 40)], 5, false),
        None,
        now(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "contests.criterion_name_too_long");
    assert_eq!(
        err.to_string(),
        format!("评分项名称“{long}”太长，最多 20 个字")
    );
    assert_eq!(c.fingerprint(), before);
    let longest = "很".repeat(CRITERION_NAME_MAX);
    let r = rules(&[(longest.as_str(), 60), ("表达", 40)], 5, false);
    assert!(set_judging_rules(&mut c.conn, c.activity, &r, None, now()).is_ok());
}
