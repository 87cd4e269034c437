//! Ranks with ties shared (1224) and award levels by count or share.

use proptest::prelude::*;

use super::*;
use AwardLevel::*;

fn by_count(first: u32, second: u32, third: u32, excellent: Option<u32>) -> AwardPlan {
    AwardPlan::Count {
        first,
        second,
        third,
        excellent,
    }
}

fn by_share(first: u32, second: u32, third: u32, excellent: Option<u32>) -> AwardPlan {
    AwardPlan::Share {
        first,
        second,
        third,
        excellent,
    }
}

fn awards(ranks: &[u32], plan: &AwardPlan) -> Vec<Option<AwardLevel>> {
    let ranks: Vec<Option<u32>> = ranks.iter().map(|r| Some(*r)).collect();
    award_levels(&ranks, plan).unwrap()
}

#[test]
fn ranks_are_competition_ranks_1_2_2_4() {
    assert_eq!(competition_ranks(&[90, 85, 85, 80]), [1, 2, 2, 4]);
    assert_eq!(competition_ranks(&[80, 90, 90, 90]), [4, 1, 1, 1]);
    assert!(competition_ranks(&[]).is_empty());
}

#[test]
fn by_count_one_two_three_and_the_rest_excellent() {
    let got = awards(&[1, 2, 3, 4, 5, 6, 7, 8], &by_count(1, 2, 3, None));
    assert_eq!(
        got,
        [
            Some(First),
            Some(Second),
            Some(Second),
            Some(Third),
            Some(Third),
            Some(Third),
            Some(Excellent),
            Some(Excellent)
        ]
    );
}

#[test]
fn ties_across_a_boundary_all_get_the_better_award_and_the_next_level_shrinks() {
    // Two share first place under 1 / 2 / 3: both 一等奖, one 二等奖 left.
    let got = awards(&[1, 1, 3, 4, 5, 6, 7], &by_count(1, 2, 3, Some(0)));
    assert_eq!(
        got,
        [
            Some(First),
            Some(First),
            Some(Second),
            Some(Third),
            Some(Third),
            Some(Third),
            None
        ]
    );
    // Three tied for 3rd when 三等奖 ends at place 6 of a 1/2/3 plan: ranks 6, 6, 6 all 三等奖.
    let got = awards(&[1, 2, 3, 4, 5, 6, 6, 6, 9], &by_count(1, 2, 3, Some(0)));
    assert_eq!(got[5..], [Some(Third), Some(Third), Some(Third), None]);
}

#[test]
fn by_share_counts_places_cumulatively_and_rounds_half_up() {
    // 12 ranked, 10 % / 20 % / 30 %: places up to 1.2 → 1, 3.6 → 4, 7.2 → 7.
    let ranks: Vec<u32> = (1..=12).collect();
    let got = awards(&ranks, &by_share(10, 20, 30, None));
    let count = |level| got.iter().filter(|a| **a == Some(level)).count();
    assert_eq!(
        (count(First), count(Second), count(Third), count(Excellent)),
        (1, 3, 3, 5)
    );
    // 5 ranked, 10 %: 0.5 → 1 (half up).
    let got = awards(&[1, 2, 3, 4, 5], &by_share(10, 0, 0, Some(0)));
    assert_eq!(got, [Some(First), None, None, None, None]);
}

#[test]
fn shares_over_100_percent_are_refused() {
    let e = shown(award_levels(&[Some(1)], &by_share(50, 30, 30, None)).unwrap_err());
    assert_eq!(e.code, "contests.invalid_award_plan");
    assert_eq!(e.message, "奖项设置无效：各奖项比例合计 110% 超过了 100%");
}

#[test]
fn entrants_without_a_rank_get_no_award() {
    let got = award_levels(&[Some(1), None], &by_count(1, 1, 1, None)).unwrap();
    assert_eq!(got, [Some(First), None]);
    assert_eq!(First.label(), "一等奖");
    assert_eq!(Excellent.label(), "优秀奖");
}

#[test]
fn judged_results_carry_their_award() {
    let rules = JudgingRules::default();
    let judges = [Judge {
        id: 1,
        name: "王评".into(),
        department_id: None,
    }];
    let entrants: Vec<JudgedEntrant> = (1..=3)
        .map(|i| JudgedEntrant {
            id: i,
            name: format!("选手{i}"),
            department_id: None,
        })
        .collect();
    let sheets: Vec<ScoreSheet> = [(1, 30), (2, 40), (3, 20)]
        .iter()
        .map(|&(e, first)| ScoreSheet {
            judge_id: 1,
            entrant_id: e,
            marks: vec![Centi::points(first), Centi(0), Centi(0), Centi(0)],
        })
        .collect();
    let plan = by_count(1, 1, 0, None);
    let results = judge_contest(&rules, &judges, &entrants, &sheets, Some(&plan)).unwrap();
    let got: Vec<(i64, Option<AwardLevel>)> =
        results.iter().map(|r| (r.entrant_id, r.award)).collect();
    assert_eq!(
        got,
        [(2, Some(First)), (1, Some(Second)), (3, Some(Excellent))]
    );
}

proptest! {
    /// Ranks: equal values share a rank, a better value has a better rank, and a rank counts those
    /// strictly better.
    #[test]
    fn ranks_are_shared_for_equal_values_and_monotone(values in prop::collection::vec(0i64..20, 0..30)) {
        let ranks = competition_ranks(&values);
        prop_assert_eq!(ranks.len(), values.len());
        for i in 0..values.len() {
            let better = values.iter().filter(|v| **v > values[i]).count() as u32;
            prop_assert_eq!(ranks[i], better + 1);
            for j in 0..values.len() {
                prop_assert_eq!(values[i] == values[j], ranks[i] == ranks[j]);
                if values[i] > values[j] {
                    prop_assert!(ranks[i] < ranks[j]);
                }
            }
        }
    }
}
