//! Rule functions given input they cannot handle answer with an error, never a panic: with
//! `panic = "abort"` in release a panic would close the app and lose the organizer's unsaved work.
//! The cases named in the rules (a Berger table of odd size, empty lists, out-of-range numbers)
//! first, then random input of every shape fed to each public rule function.

use proptest::prelude::*;

use super::*;

#[test]
fn a_berger_table_of_odd_zero_or_too_large_size_is_refused() {
    for n in [0, 1, 3, 7, 15, 18, u32::MAX] {
        let e = shown(berger_table(n).unwrap_err());
        assert_eq!(e.code, "contests.berger_size", "{n}");
        assert!(e.message.contains("偶数"), "{}", e.message);
    }
    assert_eq!(berger_table(2).unwrap(), [[(1, 2)]]);
}

#[test]
fn empty_lists_give_an_error_or_an_empty_answer() {
    assert_eq!(
        shown(round_robin(&[], &RoundRobinOptions::default()).unwrap_err()).code,
        "contests.player_count"
    );
    assert_eq!(
        shown(first_round(&[]).unwrap_err()).code,
        "contests.player_count"
    );
    assert_eq!(
        shown(next_round(&[], &[], true).unwrap_err()).code,
        "contests.tournament_over"
    );
    assert_eq!(
        shown(snake_groups(&[], 0).unwrap_err()).code,
        "contests.invalid_groups"
    );
    assert!(qualifiers(&[], 2).unwrap().is_empty());
    assert!(chess_standings(&[], &[], &[], &ChessRules::default(), &[])
        .unwrap()
        .is_empty());
    assert!(tt_group_standings(&[], &[], &TtRules::default(), &[])
        .unwrap()
        .is_empty());
    assert_eq!(
        shown(pair_round(&[], 1).unwrap_err()).code,
        "contests.player_count"
    );
    assert!(trim_extremes(&[], 3).kept.is_empty());
    assert!(competition_ranks(&[]).is_empty());
}

#[test]
fn out_of_range_numbers_are_refused_or_named_plainly() {
    // A bracket whose round number cannot go one higher.
    let last = [
        BracketMatch {
            round: u32::MAX,
            number: 1,
            first: Some(1),
            second: Some(2),
            third_place: false,
        },
        BracketMatch {
            round: u32::MAX,
            number: 2,
            first: Some(3),
            second: Some(4),
            third_place: false,
        },
    ];
    let winners = [
        MatchWinner {
            number: 1,
            winner: 1,
        },
        MatchWinner {
            number: 2,
            winner: 3,
        },
    ];
    assert_eq!(
        shown(next_round(&last, &winners, false).unwrap_err()).code,
        "contests.invalid_match"
    );
    // Group labels past Z are numbers, never a wrapped character.
    assert_eq!(group_label(0), "A");
    assert_eq!(group_label(25), "Z");
    assert_eq!(group_label(26), "27");
    assert_eq!(group_label(300), "301");
    assert_eq!(
        shown(seeding_order(0).unwrap_err()).code,
        "contests.player_count"
    );
    assert_eq!(
        shown(seeding_order(usize::MAX).unwrap_err()).code,
        "contests.player_count"
    );
    assert_eq!(
        shown(
            pair_round(
                &swiss_players(&ids(4), &[], &[], &ChessPoints::default()).unwrap(),
                0
            )
            .unwrap_err()
        )
        .code,
        "contests.too_many_rounds"
    );
}

fn chess_result() -> impl Strategy<Value = ChessResult> {
    prop_oneof![
        Just(ChessResult::RedWins),
        Just(ChessResult::Draw),
        Just(ChessResult::BlackWins),
        Just(ChessResult::RedWinsByForfeit),
        Just(ChessResult::BlackWinsByForfeit),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any players (duplicates, strangers), any games and byes, any points and tie-breaks: the
    /// chess rules answer, never panic.
    #[test]
    fn chess_rules_never_panic(
        players in prop::collection::vec(0i64..8, 0..8),
        games in prop::collection::vec((0u32..4, 0i64..9, 0i64..9, chess_result()), 0..12),
        byes in prop::collection::vec((0u32..4, 0i64..9), 0..3),
        win in 0u32..12,
        draw in 0u32..12,
        tie_breaks in prop::collection::vec(prop::sample::select(ChessTieBreak::ALL.to_vec()), 0..6),
        lots in prop::collection::vec(0i64..9, 0..4),
        round in 0u32..20,
    ) {
        let games: Vec<ChessGame> = games
            .into_iter()
            .map(|(round, red, black, result)| ChessGame { round, red, black, result })
            .collect();
        let byes: Vec<ChessBye> = byes.into_iter().map(|(round, player)| ChessBye { round, player }).collect();
        let rules = ChessRules {
            points: ChessPoints { win, draw, ..ChessPoints::default() },
            tie_breaks,
            ..ChessRules::default()
        };
        let _ = chess_standings(&players, &games, &byes, &rules, &lots);
        if let Ok(sp) = swiss_players(&players, &games, &byes, &rules.points) {
            let _ = pair_round(&sp, round);
        }
    }

    /// Draws of any size and any list of winners answer, never panic.
    #[test]
    fn draws_never_panic(
        players in prop::collection::vec(0i64..80, 0..70),
        groups in 0usize..40,
        k in 0usize..6,
        n in 0u32..40,
        double in any::<bool>(),
        winners in prop::collection::vec((0u32..40, 0i64..80), 0..40),
        third_place in any::<bool>(),
    ) {
        let _ = berger_table(n);
        let _ = round_robin(&players, &RoundRobinOptions { double, swap_last_two_rounds: double });
        let _ = seeding_order(n as usize);
        if let Ok(groups) = snake_groups(&players, groups) {
            let standings: Vec<Vec<i64>> = groups.into_iter().map(|g| g.players).collect();
            let _ = qualifiers(&standings, k);
        }
        if let Ok(first) = first_round(&players) {
            let winners: Vec<MatchWinner> = winners
                .into_iter()
                .map(|(number, winner)| MatchWinner { number, winner })
                .collect();
            let _ = next_round(&first, &winners, third_place);
        }
    }
}
