//! 乒乓球 matches recorded by games only (3:1, the points of each game not kept): which scores
//! stand, and how the standings treat a match without points (see `table_tennis`'s summary: the
//! points ratio is skipped for a tie whose matches among the tied players are not all with points).

use super::*;

fn games_only(a: i64, b: i64, ga: u32, gb: u32) -> TtMatch {
    TtMatch {
        a,
        b,
        outcome: TtOutcome::GamesOnly { a: ga, b: gb },
    }
}

fn played(a: i64, b: i64, games: &str) -> TtMatch {
    let games = games
        .split(' ')
        .map(|s| {
            let (a, b) = s.split_once(':').unwrap();
            GameScore {
                a: a.parse().unwrap(),
                b: b.parse().unwrap(),
            }
        })
        .collect();
    TtMatch {
        a,
        b,
        outcome: TtOutcome::Played { games },
    }
}

fn best_of(n: u32) -> TtRules {
    TtRules {
        best_of: n,
        ..TtRules::default()
    }
}

fn refusal(m: &TtMatch, rules: &TtRules) -> crate::AppError {
    shown(match_summary(m, rules).unwrap_err())
}

#[test]
fn a_match_recorded_as_3_1_counts_its_games_and_has_no_points() {
    let s = match_summary(&games_only(7, 9, 1, 3), &best_of(5)).unwrap();
    assert_eq!((s.winner, s.loser), (9, 7));
    assert_eq!(s.games, (3, 1));
    assert!(!s.points_kept && !s.forfeited);
    let s = match_summary(&games_only(7, 9, 4, 3), &best_of(7)).unwrap();
    assert_eq!((s.winner, s.games), (7, (4, 3)));
    let s = match_summary(&games_only(7, 9, 2, 0), &best_of(3)).unwrap();
    assert_eq!((s.winner, s.games), (7, (2, 0)));
}

#[test]
fn a_games_score_that_cannot_end_the_match_is_refused_with_the_reason() {
    let cases = [
        (
            best_of(5),
            3,
            3,
            "局数 3:3 无效：两人不能都胜 3 局，五局三胜先胜 3 局的一方即赢下本场",
        ),
        (
            best_of(5),
            4,
            1,
            "局数 4:1 无效：五局三胜一方最多胜 3 局，不会出现 4:1",
        ),
        (
            best_of(5),
            1,
            4,
            "局数 1:4 无效：五局三胜一方最多胜 3 局，不会出现 1:4",
        ),
        (
            best_of(5),
            2,
            1,
            "局数 2:1 无效：本场尚未结束，五局三胜须一方先胜 3 局",
        ),
        (
            best_of(5),
            0,
            0,
            "局数 0:0 无效：本场尚未结束，五局三胜须一方先胜 3 局",
        ),
        (
            best_of(3),
            3,
            1,
            "局数 3:1 无效：三局两胜一方最多胜 2 局，不会出现 3:1",
        ),
        (
            best_of(7),
            3,
            1,
            "局数 3:1 无效：本场尚未结束，七局四胜须一方先胜 4 局",
        ),
        (
            best_of(7),
            5,
            0,
            "局数 5:0 无效：七局四胜一方最多胜 4 局，不会出现 5:0",
        ),
    ];
    for (rules, a, b, message) in cases {
        let e = refusal(&games_only(1, 2, a, b), &rules);
        assert_eq!(e.code, "contests.invalid_match");
        assert_eq!(e.message, message);
    }
    let huge = refusal(&games_only(1, 2, u32::MAX, 3), &best_of(5));
    assert_eq!(huge.code, "contests.invalid_match");
}

/// 1 → 2 → 3 → 1, each 3:1, and all three beat 4: equal in match points and games among them,
/// so the points ratio decides — when it can.
fn cycle(second_match: TtMatch) -> Vec<TtMatch> {
    vec![
        played(1, 2, "11:5 5:11 11:5 11:5"),
        second_match,
        played(3, 1, "11:8 8:11 11:8 11:8"),
        played(1, 4, "11:5 11:5 11:5"),
        played(2, 4, "11:5 11:5 11:5"),
        played(3, 4, "11:5 11:5 11:5"),
    ]
}

fn places(matches: &[TtMatch], lots: &[i64]) -> Vec<(u32, i64, Option<TtTieBreak>)> {
    tt_group_standings(&[1, 2, 3, 4], matches, &best_of(5), lots)
        .unwrap()
        .into_iter()
        .map(|r| (r.place, r.player, r.decided_by))
        .collect()
}

#[test]
fn with_every_point_kept_the_points_ratio_separates_a_three_way_tie() {
    // Among 1, 2, 3: points 1 → 73:67, 3 → 79:77, 2 → 68:76.
    let all_kept = cycle(played(2, 3, "11:9 9:11 11:9 11:9"));
    assert_eq!(
        places(&all_kept, &[]),
        [
            (1, 1, Some(TtTieBreak::PointsRatio)),
            (2, 3, Some(TtTieBreak::PointsRatio)),
            (3, 2, Some(TtTieBreak::PointsRatio)),
            (4, 4, Some(TtTieBreak::MatchPoints)),
        ]
    );
}

#[test]
fn a_tie_whose_matches_include_one_recorded_by_games_only_skips_the_points_ratio() {
    let games_recorded = cycle(games_only(2, 3, 3, 1));
    // Not guessed, not compared on the other matches' points: the three share the place …
    assert_eq!(
        places(&games_recorded, &[]),
        [
            (1, 1, None),
            (1, 2, None),
            (1, 3, None),
            (4, 4, Some(TtTieBreak::MatchPoints)),
        ]
    );
    // … until lots are drawn for them.
    assert_eq!(
        places(&games_recorded, &[3, 1, 2]),
        [
            (1, 3, Some(TtTieBreak::Lots)),
            (2, 1, Some(TtTieBreak::Lots)),
            (3, 2, Some(TtTieBreak::Lots)),
            (4, 4, Some(TtTieBreak::MatchPoints)),
        ]
    );
}

#[test]
fn the_point_totals_leave_out_a_match_without_points_and_say_so() {
    let rows = tt_group_standings(
        &[1, 2, 3, 4],
        &cycle(games_only(2, 3, 3, 1)),
        &best_of(5),
        &[],
    )
    .unwrap();
    let row = |p: i64| rows.iter().find(|r| r.player == p).unwrap();
    // 2: beat 3 by 3:1 (no points), lost 1:3 to 1 (26:38), beat 4 (33:15).
    let two = row(2);
    assert_eq!((two.games_won, two.games_lost), (7, 4));
    assert_eq!((two.points_won, two.points_lost), (59, 53));
    assert!(!two.points_kept && !row(3).points_kept);
    assert!(row(1).points_kept && row(4).points_kept);
}

#[test]
fn games_only_matches_still_count_for_match_points_and_the_games_ratio() {
    // 1 beats 2 3:0 (games only), 2 beats 3 3:2, 3 beats 1 3:2: equal match points; games among
    // them 1 → 5:3, 3 → 5:5, 2 → 3:5 decide without any points.
    let matches = [
        games_only(1, 2, 3, 0),
        played(2, 3, "11:5 5:11 11:5 5:11 11:5"),
        played(3, 1, "11:5 5:11 11:5 5:11 11:5"),
    ];
    let rows: Vec<(u32, i64, Option<TtTieBreak>)> =
        tt_group_standings(&[1, 2, 3], &matches, &best_of(5), &[])
            .unwrap()
            .into_iter()
            .map(|r| (r.place, r.player, r.decided_by))
            .collect();
    assert_eq!(
        rows,
        [
            (1, 1, Some(TtTieBreak::GamesRatio)),
            (2, 3, Some(TtTieBreak::GamesRatio)),
            (3, 2, Some(TtTieBreak::GamesRatio)),
        ]
    );
}
