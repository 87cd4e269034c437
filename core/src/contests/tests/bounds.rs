//! Absurd numbers in contest rules and results are refused with a sentence — never accepted by
//! wrapping around, never a panic — while the largest real values pass.

use super::*;

fn criterion(name: &str, weight: u32) -> Criterion {
    Criterion {
        name: name.into(),
        weight,
    }
}

#[test]
fn weights_that_would_wrap_around_to_100_are_refused() {
    // u32::MAX + 101 wraps to 100 in 32-bit arithmetic.
    let wrapping = [criterion("内容", u32::MAX), criterion("表达", 101)];
    assert_eq!(
        check_criteria(&wrapping),
        Err(ContestError::InvalidWeights(u64::from(u32::MAX) + 101))
    );
    assert_eq!(
        check_criteria(&[criterion("内容", 100), criterion("表达", u32::MAX)])
            .unwrap_err()
            .code(),
        "contests.invalid_weights"
    );
    assert_eq!(
        check_criteria(&[criterion("内容", 60), criterion("表达", 40)]),
        Ok(())
    );
}

#[test]
fn the_judge_count_that_starts_dropping_is_between_3_and_30() {
    let rules = |trim_from| JudgingRules {
        trim_from,
        ..JudgingRules::default()
    };
    for bad in [TRIM_FROM_MIN - 1, TRIM_FROM_MAX + 1, u32::MAX] {
        let e = judge_contest(&rules(bad), &[], &[], &[], None).unwrap_err();
        assert_eq!(e, ContestError::InvalidTrimThreshold(bad));
        assert_eq!(
            e.to_string(),
            format!("去掉最高分和最低分的起始评委人数须在 3–30 之间，现在是 {bad}")
        );
    }
    for good in [TRIM_FROM_MIN, TRIM_FROM_MAX] {
        assert!(judge_contest(&rules(good), &[], &[], &[], None).is_ok());
    }
}

#[test]
fn table_tennis_match_points_beyond_10_are_refused() {
    let mut rules = TtRules::default();
    rules.match_points.win = MATCH_POINTS_MAX + 1;
    assert_eq!(
        rules.check(),
        Err(ContestError::InvalidPoints(
            "胜一场记 11 分太多，最多 10 分".into()
        ))
    );
    rules.match_points.win = u32::MAX;
    assert_eq!(rules.check().unwrap_err().code(), "contests.invalid_points");
    rules.match_points.win = MATCH_POINTS_MAX;
    assert_eq!(rules.check(), Ok(()));
}

fn played(games: &[(u32, u32)]) -> TtMatch {
    TtMatch {
        a: 1,
        b: 2,
        outcome: TtOutcome::Played {
            games: games.iter().map(|&(a, b)| GameScore { a, b }).collect(),
        },
    }
}

#[test]
fn an_absurd_deuce_score_is_refused_instead_of_overflowing_the_point_sums() {
    let rules = TtRules::default();
    let huge = played(&[(u32::MAX, u32::MAX - 2), (u32::MAX, u32::MAX - 2), (11, 3)]);
    assert_eq!(
        match_summary(&huge, &rules).unwrap_err().to_string(),
        format!(
            "第 1 局比分 {}:{} 无效：一局的得分不会超过 99 分",
            u32::MAX,
            u32::MAX - 2
        )
    );
    let retired = TtMatch {
        outcome: TtOutcome::Retired {
            retired: 2,
            games: vec![GameScore { a: 11, b: 5 }, GameScore { a: 100, b: 3 }],
        },
        ..played(&[])
    };
    assert_eq!(
        match_summary(&retired, &rules).unwrap_err().code(),
        "contests.invalid_game_score"
    );
    let long_deuce = played(&[(GAME_SCORE_MAX, GAME_SCORE_MAX - 2), (11, 9), (11, 7)]);
    let s = match_summary(&long_deuce, &rules).unwrap();
    assert_eq!((s.winner, s.games, s.points), (1, (3, 0), (121, 113)));
}

#[test]
fn chess_points_beyond_10_a_game_are_refused() {
    for spoil in [
        |p: &mut ChessPoints| p.win = CHESS_POINTS_MAX + 1,
        |p: &mut ChessPoints| p.bye = u32::MAX,
        |p: &mut ChessPoints| p.forfeit_win = CHESS_POINTS_MAX + 1,
    ] {
        let mut points = ChessPoints::default();
        spoil(&mut points);
        let e = points.check().unwrap_err();
        assert_eq!(e.code(), "contests.invalid_points");
        assert!(e.to_string().contains("每局最多 10 分"), "{e}");
    }
    let most = ChessPoints {
        win: CHESS_POINTS_MAX,
        ..ChessPoints::default()
    };
    assert_eq!(most.check(), Ok(()));
}
