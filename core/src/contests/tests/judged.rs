use proptest::prelude::*;

use super::*;

fn judge(id: i64, name: &str, department: Option<i64>) -> Judge {
    Judge {
        id,
        name: name.into(),
        department_id: department,
    }
}

fn entrant(id: i64, name: &str, department: Option<i64>) -> JudgedEntrant {
    JudgedEntrant {
        id,
        name: name.into(),
        department_id: department,
    }
}

/// Judges 1..=n named 评委1…, from outside the unit.
fn panel(n: i64) -> Vec<Judge> {
    (1..=n)
        .map(|i| judge(i, &format!("评委{i}"), None))
        .collect()
}

fn c(text: &str) -> Centi {
    Centi::parse(text).unwrap()
}

/// A sheet whose total is `total` (all of it on 内容 up to 40, the rest spread on).
fn sheet(judge_id: i64, entrant_id: i64, total: &str) -> ScoreSheet {
    let mut left = c(total).hundredths();
    let marks = [40u32, 30, 20, 10]
        .iter()
        .map(|w| {
            let m = left.min(w * 100);
            left -= m;
            Centi(m)
        })
        .collect();
    ScoreSheet {
        judge_id,
        entrant_id,
        marks,
    }
}

fn contest(
    rules: &JudgingRules,
    judges: &[Judge],
    entrants: &[JudgedEntrant],
    sheets: &[ScoreSheet],
) -> Vec<JudgedResult> {
    judge_contest(rules, judges, entrants, sheets, None).unwrap()
}

fn dropped(r: &JudgedResult) -> Vec<(i64, DropReason)> {
    r.scores
        .iter()
        .filter_map(|s| s.dropped.map(|d| (s.judge_id, d)))
        .collect()
}

#[test]
fn the_default_criteria_are_content_delivery_presence_and_time_adding_to_100() {
    let rules = JudgingRules::default();
    let names: Vec<(&str, u32)> = rules
        .criteria
        .iter()
        .map(|c| (c.name.as_str(), c.weight))
        .collect();
    assert_eq!(
        names,
        [("内容", 40), ("表达", 30), ("形象", 20), ("时间", 10)]
    );
    assert_eq!(
        (rules.trim_from, rules.decimals, rules.recusal),
        (5, 2, false)
    );
    check_criteria(&rules.criteria).unwrap();
}

#[test]
fn weights_must_add_up_to_100() {
    let mut rules = JudgingRules::default();
    rules.criteria[3].weight = 5;
    let e = shown(check_criteria(&rules.criteria).unwrap_err());
    assert_eq!(e.code, "contests.invalid_weights");
    assert_eq!(e.message, "各评分项权重合计须为 100，现在是 95");
}

#[test]
fn criteria_need_a_name_a_positive_weight_and_no_repeats() {
    let crit = |name: &str, weight| Criterion {
        name: name.into(),
        weight,
    };
    let code = |cs: Vec<Criterion>| shown(check_criteria(&cs).unwrap_err()).code;
    assert_eq!(code(vec![]), "contests.no_criteria");
    assert_eq!(code(vec![crit(" ", 100)]), "contests.empty_criterion_name");
    assert_eq!(
        code(vec![crit("内容", 50), crit("内容", 50)]),
        "contests.duplicate_criterion"
    );
    assert_eq!(
        code(vec![crit("内容", 100), crit("时间", 0)]),
        "contests.zero_weight"
    );
}

#[test]
fn a_judges_score_is_the_plain_sum_of_the_marks() {
    let rules = JudgingRules::default();
    let marks = [c("36.5"), c("27"), c("18.25"), c("9")];
    assert_eq!(sheet_total(&rules.criteria, &marks).unwrap(), c("90.75"));
}

#[test]
fn a_mark_above_the_criterions_weight_is_refused_naming_judge_entrant_and_criterion() {
    let rules = JudgingRules::default();
    let judges = [judge(1, "王评", None)];
    let entrants = [entrant(7, "张三", None)];
    let bad = ScoreSheet {
        judge_id: 1,
        entrant_id: 7,
        marks: vec![c("40.5"), c("20"), c("10"), c("5")],
    };
    let e = shown(judge_contest(&rules, &judges, &entrants, &[bad], None).unwrap_err());
    assert_eq!(e.code, "contests.invalid_score");
    assert_eq!(
        e.message,
        "评委 王评 给 张三 的“内容”得分 40.5 超出 0–40 分的范围"
    );
}

#[test]
fn a_sheet_must_have_one_mark_per_criterion() {
    let rules = JudgingRules::default();
    let e = shown(sheet_total(&rules.criteria, &[c("30")]).unwrap_err());
    assert_eq!(e.code, "contests.incomplete_sheet");
    assert_eq!(e.message, "评分表应有 4 项得分，现在有 1 项");
}

#[test]
fn five_judges_drop_one_highest_and_one_lowest_and_both_stay_visible() {
    let rules = JudgingRules::default();
    let totals = ["92", "88", "95", "79", "90"];
    let sheets: Vec<ScoreSheet> = totals
        .iter()
        .enumerate()
        .map(|(i, t)| sheet(i as i64 + 1, 7, t))
        .collect();
    let r = &contest(&rules, &panel(5), &[entrant(7, "张三", None)], &sheets)[0];
    assert_eq!(r.scores.len(), 5, "dropped scores are shown, never hidden");
    assert_eq!(
        dropped(r),
        [(3, DropReason::Highest), (4, DropReason::Lowest)]
    );
    // (92 + 88 + 90) / 3 = 90
    assert_eq!(r.final_text.as_deref(), Some("90.00"));
    assert_eq!(r.final_score, Some(90.0));
}

#[test]
fn four_judges_drop_nothing() {
    let rules = JudgingRules::default();
    let sheets: Vec<ScoreSheet> = ["92", "88", "95", "79"]
        .iter()
        .enumerate()
        .map(|(i, t)| sheet(i as i64 + 1, 7, t))
        .collect();
    let r = &contest(&rules, &panel(4), &[entrant(7, "张三", None)], &sheets)[0];
    assert!(dropped(r).is_empty());
    assert_eq!(r.final_text.as_deref(), Some("88.50"));
}

#[test]
fn the_threshold_for_dropping_is_configurable() {
    let rules = JudgingRules {
        trim_from: 7,
        ..JudgingRules::default()
    };
    let scores = ["90", "91", "92", "93", "94", "95", "99"];
    let sheets = |n: usize| -> Vec<ScoreSheet> {
        (0..n).map(|i| sheet(i as i64 + 1, 7, scores[i])).collect()
    };
    let one = [entrant(7, "张三", None)];
    let six = &contest(&rules, &panel(6), &one, &sheets(6))[0];
    assert!(
        dropped(six).is_empty(),
        "6 judges are below a threshold of 7"
    );
    let seven = &contest(&rules, &panel(7), &one, &sheets(7))[0];
    assert_eq!(dropped(seven).len(), 2);
    let too_low = JudgingRules {
        trim_from: 2,
        ..JudgingRules::default()
    };
    let e = shown(judge_contest(&too_low, &panel(2), &one, &[], None).unwrap_err());
    assert_eq!(e.code, "contests.invalid_trim_threshold");
}

#[test]
fn equal_extremes_drop_one_score_only_that_of_the_smallest_judge_id() {
    let rules = JudgingRules::default();
    let sheets: Vec<ScoreSheet> = [(5, "90"), (2, "90"), (3, "85"), (4, "80"), (1, "80")]
        .iter()
        .map(|(j, t)| sheet(*j, 7, t))
        .collect();
    let r = &contest(&rules, &panel(5), &[entrant(7, "张三", None)], &sheets)[0];
    assert_eq!(
        dropped(r),
        [(1, DropReason::Lowest), (2, DropReason::Highest)],
        "one 90 and one 80 are dropped; the other 90 and 80 count"
    );
    // (90 + 85 + 80) / 3 = 85
    assert_eq!(r.final_text.as_deref(), Some("85.00"));
}

#[test]
fn when_every_judge_agrees_two_of_the_equal_scores_are_still_dropped() {
    let t = trim_extremes(
        &[
            (1, c("88")),
            (2, c("88")),
            (3, c("88")),
            (4, c("88")),
            (5, c("88")),
        ],
        5,
    );
    assert_eq!(t.dropped_highest, Some((1, c("88"))));
    assert_eq!(t.dropped_lowest, Some((2, c("88"))));
    assert_eq!(t.kept.len(), 3);
}

#[test]
fn equal_scores_at_the_configured_decimals_share_a_rank() {
    let rules = JudgingRules {
        decimals: 1,
        ..JudgingRules::default()
    };
    let entrants = [
        entrant(1, "甲", None),
        entrant(2, "乙", None),
        entrant(3, "丙", None),
        entrant(4, "丁", None),
    ];
    // One judge each: 91.64 and 91.60 both show 91.6.
    let sheets = [
        sheet(1, 1, "91.64"),
        sheet(1, 2, "91.6"),
        sheet(1, 3, "95"),
        sheet(1, 4, "80"),
    ];
    let results = contest(&rules, &panel(1), &entrants, &sheets);
    let ranks: Vec<(i64, Option<u32>, Option<&str>)> = results
        .iter()
        .map(|r| (r.entrant_id, r.rank, r.final_text.as_deref()))
        .collect();
    assert_eq!(
        ranks,
        [
            (3, Some(1), Some("95.0")),
            (1, Some(2), Some("91.6")),
            (2, Some(2), Some("91.6")),
            (4, Some(4), Some("80.0")),
        ]
    );
    let e = shown(
        judge_contest(
            &JudgingRules {
                decimals: 5,
                ..JudgingRules::default()
            },
            &panel(1),
            &entrants,
            &[],
            None,
        )
        .unwrap_err(),
    );
    assert_eq!(e.code, "contests.invalid_decimals");
}

#[test]
fn recusal_pairs_judges_with_entrants_of_their_own_department_only_when_switched_on() {
    let judges = [
        judge(1, "王评", Some(10)),
        judge(2, "李评", Some(20)),
        judge(3, "外请专家", None),
    ];
    let entrants = [
        entrant(7, "张三", Some(10)),
        entrant(8, "李四", Some(30)),
        entrant(9, "无科室", None),
    ];
    assert!(recusals(&judges, &entrants, false).is_empty());
    assert_eq!(
        recusals(&judges, &entrants, true),
        [Recusal {
            judge_id: 1,
            entrant_id: 7
        }],
        "outside judges and entrants without a 科室 are never recused"
    );
}

#[test]
fn a_recused_judges_sheet_is_refused() {
    let rules = JudgingRules {
        recusal: true,
        ..JudgingRules::default()
    };
    let judges = [judge(1, "王评", Some(10))];
    let entrants = [entrant(7, "张三", Some(10))];
    let e =
        shown(judge_contest(&rules, &judges, &entrants, &[sheet(1, 7, "90")], None).unwrap_err());
    assert_eq!(e.code, "contests.recused_judge");
    assert_eq!(
        e.message,
        "按回避规定，评委 王评 不能给同科室的 张三 评分，这份评分不能计入"
    );
}

#[test]
fn with_recusal_the_threshold_counts_only_the_judges_who_may_score_the_entrant() {
    let rules = JudgingRules {
        recusal: true,
        ..JudgingRules::default()
    };
    // Six judges, two of them from 办公室 (10).
    let judges: Vec<Judge> = (1..=6)
        .map(|i| judge(i, &format!("评委{i}"), if i <= 2 { Some(10) } else { None }))
        .collect();
    let entrants = [
        entrant(7, "办公室选手", Some(10)),
        entrant(8, "宣传科选手", Some(20)),
    ];
    let totals = ["80", "82", "84", "86", "88", "90"];
    let mut sheets = Vec::new();
    for (i, t) in totals.iter().enumerate() {
        let j = i as i64 + 1;
        if j > 2 {
            sheets.push(sheet(j, 7, t));
        }
        sheets.push(sheet(j, 8, t));
    }
    let results = contest(&rules, &judges, &entrants, &sheets);
    let office = results.iter().find(|r| r.entrant_id == 7).unwrap();
    assert_eq!(office.recused_judge_ids, [1, 2]);
    assert_eq!(office.scores.len(), 4);
    assert!(dropped(office).is_empty(), "4 judges may score: below 5");
    assert_eq!(office.final_text.as_deref(), Some("87.00"));
    let other = results.iter().find(|r| r.entrant_id == 8).unwrap();
    assert_eq!(dropped(other).len(), 2, "6 judges may score: 5 or more");
    assert_eq!(other.final_text.as_deref(), Some("85.00"));
}

#[test]
fn missing_sheets_are_listed_and_an_entrant_nobody_scored_is_not_ranked() {
    let rules = JudgingRules::default();
    let entrants = [entrant(7, "张三", None), entrant(8, "李四", None)];
    let results = contest(
        &rules,
        &panel(3),
        &entrants,
        &[sheet(1, 7, "90"), sheet(2, 7, "92")],
    );
    assert_eq!(results[0].entrant_id, 7);
    assert_eq!(results[0].missing_judge_ids, [3]);
    assert_eq!(results[0].rank, Some(1));
    assert_eq!(results[1].entrant_id, 8);
    assert_eq!(
        (results[1].rank, results[1].final_score.is_none()),
        (None, true)
    );
}

#[test]
fn sheets_from_unknown_judges_duplicates_and_repeated_ids_are_refused() {
    let rules = JudgingRules::default();
    let one = [entrant(7, "张三", None)];
    let code = |judges: &[Judge], entrants: &[JudgedEntrant], sheets: &[ScoreSheet]| {
        shown(judge_contest(&rules, judges, entrants, sheets, None).unwrap_err()).code
    };
    assert_eq!(
        code(&panel(2), &one, &[sheet(9, 7, "90")]),
        "contests.unknown_judge"
    );
    assert_eq!(
        code(&panel(2), &one, &[sheet(1, 9, "90")]),
        "contests.unknown_entrant"
    );
    let twice = [sheet(1, 7, "90"), sheet(1, 7, "91")];
    assert_eq!(code(&panel(2), &one, &twice), "contests.duplicate_sheet");
    let same_id = [judge(1, "甲", None), judge(1, "乙", None)];
    assert_eq!(code(&same_id, &one, &[]), "contests.duplicate_id");
    let e = shown(judge_contest(&rules, &panel(2), &one, &twice, None).unwrap_err());
    assert_eq!(
        e.message,
        "评委 评委1 对 张三 的评分提交了两次，请只保留一份"
    );
}

fn scores_strategy() -> impl Strategy<Value = Vec<u32>> {
    // Totals in hundredths, 0..=100.00, from 1 to 12 judges; small ranges make ties likely.
    prop::collection::vec(prop_oneof![0u32..=10_000, 8_000u32..=8_010], 1..=12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Exactly two scores go when the threshold is reached and none before; the mean lies within
    /// the kept scores.
    #[test]
    fn dropping_keeps_the_right_count_and_the_mean_within_the_kept_scores(
        totals in scores_strategy(),
        trim_from in 3u32..=7,
    ) {
        let scores: Vec<(i64, Centi)> =
            totals.iter().enumerate().map(|(i, t)| (i as i64 + 1, Centi(*t))).collect();
        let t = trim_extremes(&scores, trim_from);
        let n = scores.len();
        if n >= trim_from as usize {
            prop_assert_eq!(t.kept.len(), n - 2);
            let (hi, lo) = (t.dropped_highest.unwrap(), t.dropped_lowest.unwrap());
            prop_assert!(hi.0 != lo.0, "two different judges' scores are dropped");
            prop_assert_eq!(hi.1, scores.iter().map(|s| s.1).max().unwrap());
            prop_assert_eq!(lo.1, scores.iter().map(|s| s.1).min().unwrap());
        } else {
            prop_assert_eq!(t.kept.len(), n);
            prop_assert!(t.dropped_highest.is_none() && t.dropped_lowest.is_none());
        }
        let mean = t.mean_scaled(2).unwrap() as u32;
        let min = t.kept.iter().map(|s| s.1 .0).min().unwrap();
        let max = t.kept.iter().map(|s| s.1 .0).max().unwrap();
        prop_assert!(min <= mean && mean <= max, "{} not within {}..={}", mean, min, max);
    }

    /// Seating the judges in another order changes nothing but the order of the listed scores.
    #[test]
    fn the_order_of_the_judges_does_not_change_the_result(
        totals in prop::collection::vec(prop::collection::vec(0u32..=10_000, 6), 1..=5),
        seed in any::<u64>(),
    ) {
        let rules = JudgingRules::default();
        let judges = panel(6);
        let entrants: Vec<JudgedEntrant> =
            (0..totals.len()).map(|i| entrant(100 + i as i64, &format!("选手{i}"), None)).collect();
        let sheets: Vec<ScoreSheet> = totals.iter().enumerate().flat_map(|(e, row)| {
            row.iter().enumerate().map(move |(j, t)| {
                sheet(j as i64 + 1, 100 + e as i64, &Centi(*t).to_string())
            })
        }).collect();
        let mut shuffled = judges.clone();
        let mut sheets2 = sheets.clone();
        let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(seed);
        rand::seq::SliceRandom::shuffle(&mut shuffled[..], &mut rng);
        rand::seq::SliceRandom::shuffle(&mut sheets2[..], &mut rng);
        let summary = |rs: Vec<JudgedResult>| -> Vec<_> {
            rs.into_iter().map(|r| {
                let mut scores: Vec<_> =
                    r.scores.iter().map(|s| (s.judge_id, s.total, s.dropped)).collect();
                scores.sort_by_key(|s| s.0);
                (r.entrant_id, r.final_text, r.rank, scores)
            }).collect()
        };
        let a = summary(contest(&rules, &judges, &entrants, &sheets));
        let b = summary(contest(&rules, &shuffled, &entrants, &sheets2));
        prop_assert_eq!(a, b);
    }
}
