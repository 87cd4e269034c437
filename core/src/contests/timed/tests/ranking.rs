//! The pure rules: places by time within a group (ties shared, the unplaced after) and the 科室 team
//! ranking over each 科室's best N.

use proptest::prelude::*;

use crate::contests::*;

fn finished(id: i64, seconds: u32) -> Timing {
    Timing {
        id,
        bib: id as u32,
        status: RunnerStatus::Finished,
        seconds: Some(seconds),
    }
}

fn without_time(id: i64, status: RunnerStatus) -> Timing {
    Timing {
        id,
        bib: id as u32,
        status,
        seconds: None,
    }
}

fn places(placed: &[Placed]) -> Vec<(i64, Option<u32>)> {
    placed.iter().map(|p| (p.timing.id, p.place)).collect()
}

#[test]
fn the_fastest_is_first_and_equal_times_share_a_place_with_the_next_place_skipped() {
    let field = [
        finished(1, 3000),
        finished(2, 2900),
        finished(3, 3000),
        finished(4, 3100),
    ];
    assert_eq!(
        places(&place_by_time(&field)),
        vec![(2, Some(1)), (1, Some(2)), (3, Some(2)), (4, Some(4))]
    );
}

#[test]
fn runners_without_a_time_are_unplaced_after_the_finishers_running_then_dnf_then_dns() {
    let field = [
        without_time(1, RunnerStatus::Dns),
        without_time(2, RunnerStatus::Dnf),
        finished(3, 4000),
        without_time(4, RunnerStatus::Running),
        finished(5, 3500),
    ];
    assert_eq!(
        places(&place_by_time(&field)),
        vec![(5, Some(1)), (3, Some(2)), (4, None), (2, None), (1, None)]
    );
}

#[test]
fn a_team_scores_the_total_of_its_best_n_and_the_smallest_total_wins() {
    // 科室 10: 50, 55, 70 (best two 105); 科室 20: 52, 54 (106); 科室 30: one finisher only.
    let f = [
        (10, 1, 50),
        (10, 2, 70),
        (10, 3, 55),
        (20, 4, 54),
        (20, 5, 52),
        (30, 6, 40),
    ];
    let t = team_ranking(&f, 2, TeamScore::Sum);
    type Line = (i64, Option<u32>, Vec<i64>, Option<u64>);
    let got: Vec<Line> = t
        .iter()
        .map(|t| (t.team, t.place, t.counted.clone(), t.score))
        .collect();
    assert_eq!(
        got,
        vec![
            (10, Some(1), vec![1, 3], Some(105)),
            (20, Some(2), vec![5, 4], Some(106)),
            (30, None, vec![6], None),
        ],
        "a 科室 short of N finishers is listed unplaced, however fast"
    );
}

#[test]
fn equal_team_totals_share_a_place_and_the_average_is_the_mean_rounded_half_up() {
    let f = [
        (1, 1, 100),
        (1, 2, 101),
        (2, 3, 99),
        (2, 4, 102),
        (3, 5, 300),
        (3, 6, 300),
    ];
    let t = team_ranking(&f, 2, TeamScore::Average);
    let got: Vec<(i64, Option<u32>, Option<u64>)> =
        t.iter().map(|t| (t.team, t.place, t.score)).collect();
    assert_eq!(
        got,
        vec![
            (1, Some(1), Some(101)),
            (2, Some(1), Some(101)),
            (3, Some(3), Some(300))
        ],
        "201 / 2 = 100.5 shows as 101; both 201 totals share 1st"
    );
}

#[test]
fn times_show_as_hours_minutes_and_seconds() {
    assert_eq!(clock_text(0), "0:00:00");
    assert_eq!(clock_text(3127), "0:52:07");
    assert_eq!(clock_text(3723), "1:02:03");
}

fn field() -> impl Strategy<Value = Vec<Timing>> {
    prop::collection::vec((0u8..5, 1u32..400), 0..40).prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (s, secs))| match s {
                0..=2 => finished(i as i64 + 1, secs),
                3 => without_time(i as i64 + 1, RunnerStatus::Dnf),
                _ => without_time(i as i64 + 1, RunnerStatus::Dns),
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn a_place_is_one_more_than_the_number_of_faster_finishers(runners in field()) {
        let placed = place_by_time(&runners);
        prop_assert_eq!(placed.len(), runners.len());
        for p in &placed {
            match p.timing.seconds {
                Some(s) => {
                    let faster = runners.iter().filter(|r| r.seconds.is_some_and(|x| x < s)).count();
                    prop_assert_eq!(p.place, Some(faster as u32 + 1));
                }
                None => prop_assert_eq!(p.place, None),
            }
        }
        // Finishers first, in order of time.
        let firsts: Vec<bool> = placed.iter().map(|p| p.place.is_some()).collect();
        prop_assert!(firsts.windows(2).all(|w| w[0] >= w[1]));
        let times: Vec<u32> = placed.iter().filter_map(|p| p.timing.seconds).collect();
        prop_assert!(times.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn a_placed_team_counts_exactly_its_best_n_and_places_follow_the_totals(
        f in prop::collection::vec((0i64..5, 1u32..500), 0..40),
        best in 1u32..5,
    ) {
        let finishers: Vec<(i64, i64, u32)> =
            f.iter().enumerate().map(|(i, &(team, s))| (team, i as i64, s)).collect();
        let teams = team_ranking(&finishers, best, TeamScore::Sum);
        for t in &teams {
            let mut mine: Vec<u32> =
                finishers.iter().filter(|x| x.0 == t.team).map(|x| x.2).collect();
            mine.sort_unstable();
            prop_assert_eq!(t.finishers as usize, mine.len());
            if mine.len() >= best as usize {
                let total: u64 = mine[..best as usize].iter().map(|&x| u64::from(x)).sum();
                prop_assert_eq!(t.total, Some(total));
                let better = teams.iter().filter(|o| o.total.is_some_and(|x| x < total)).count();
                prop_assert_eq!(t.place, Some(better as u32 + 1));
            } else {
                prop_assert_eq!(t.place, None);
            }
        }
    }
}
