use proptest::prelude::*;
use rand::{Rng, SeedableRng};

use super::*;
use ChessResult::*;
use ChessTieBreak::*;

fn game(round: u32, red: i64, black: i64, result: ChessResult) -> ChessGame {
    ChessGame {
        round,
        red,
        black,
        result,
    }
}

/// Six players, three rounds, worked by hand:
///
/// | round | games |
/// |---|---|
/// | 1 | 1–2 红胜, 3–4 和, 5–6 红胜 |
/// | 2 | 1–3 黑胜, 2–5 红胜, 4–6 红胜 |
/// | 3 | 1–4 红胜, 3–5 和, 2–6 黑胜 |
///
/// Scores: 1 = 4, 3 = 4, 4 = 3, 5 = 3, 2 = 2, 6 = 2.
/// 对手分: 1 = 2+4+3 = 9, 3 = 3+4+3 = 10, 4 = 4+2+4 = 10, 5 = 2+2+4 = 8, 2 = 4+3+2 = 9, 6 = 3+3+2 = 8.
/// 累进分: 1 = 2+2+4 = 8, 3 = 1+3+4 = 8, 4 = 1+3+3 = 7, 5 = 2+2+3 = 7, 2 = 0+2+2 = 4, 6 = 0+0+2 = 2.
/// 直胜: 3 beat 1, 6 beat 2, 4 and 5 did not meet.
/// 索伯分 (points earned × opponent's score): 1 = 2·2+2·3 = 10, 3 = 1·3+2·4+1·3 = 14,
/// 4 = 1·4+2·2 = 8, 5 = 2·2+1·4 = 8, 2 = 2·3 = 6, 6 = 2·2 = 4.
fn six_players() -> (Vec<i64>, Vec<ChessGame>) {
    let games = vec![
        game(1, 1, 2, RedWins),
        game(1, 3, 4, Draw),
        game(1, 5, 6, RedWins),
        game(2, 1, 3, BlackWins),
        game(2, 2, 5, RedWins),
        game(2, 4, 6, RedWins),
        game(3, 1, 4, RedWins),
        game(3, 3, 5, Draw),
        game(3, 2, 6, BlackWins),
    ];
    (vec![1, 2, 3, 4, 5, 6], games)
}

fn places(tie_breaks: &[ChessTieBreak], lots: &[i64]) -> Vec<(u32, i64)> {
    let (players, games) = six_players();
    let rules = ChessRules {
        tie_breaks: tie_breaks.to_vec(),
        ..ChessRules::default()
    };
    chess_standings(&players, &games, &[], &rules, lots)
        .unwrap()
        .into_iter()
        .map(|r| (r.place, r.player))
        .collect()
}

#[test]
fn points_are_2_1_0_by_default_and_configurable() {
    let (players, games) = six_players();
    let rows = chess_standings(&players, &games, &[], &ChessRules::default(), &[]).unwrap();
    let scores: Vec<(i64, u32)> = rows.iter().map(|r| (r.player, r.score)).collect();
    assert_eq!(scores, [(3, 4), (1, 4), (4, 3), (5, 3), (2, 2), (6, 2)]);
    let row1 = rows.iter().find(|r| r.player == 1).unwrap();
    assert_eq!((row1.wins, row1.draws, row1.losses), (2, 0, 1));
    let three_one_zero = ChessRules {
        points: ChessPoints {
            win: 3,
            forfeit_win: 3,
            bye: 3,
            ..ChessPoints::default()
        },
        ..ChessRules::default()
    };
    let rows = chess_standings(&players, &games, &[], &three_one_zero, &[]).unwrap();
    assert_eq!((rows[0].player, rows[0].score), (1, 6));
}

#[test]
fn the_tie_break_values_are_shown_for_every_player() {
    let (players, games) = six_players();
    let rows = chess_standings(&players, &games, &[], &ChessRules::default(), &[]).unwrap();
    let values = |p: i64| -> Vec<Option<i64>> {
        rows.iter()
            .find(|r| r.player == p)
            .unwrap()
            .tie_breaks
            .iter()
            .map(|t| t.value)
            .collect()
    };
    // 对手分, 累进分, 直胜 (only where it was needed), 索伯分.
    assert_eq!(values(1), [Some(9), Some(8), None, Some(10)]);
    assert_eq!(values(3), [Some(10), Some(8), None, Some(14)]);
    assert_eq!(values(4), [Some(10), Some(7), None, Some(8)]);
    assert_eq!(values(2), [Some(9), Some(4), None, Some(6)]);
    assert_eq!(values(6), [Some(8), Some(2), None, Some(4)]);
}

#[test]
fn standings_follow_score_then_the_tie_breaks_in_the_order_given() {
    // Default: 对手分 first.
    assert_eq!(
        places(
            &[OpponentScore, Progressive, DirectEncounter, SonnebornBerger],
            &[]
        ),
        [(1, 3), (2, 1), (3, 4), (4, 5), (5, 2), (6, 6)]
    );
    // 直胜 first: 6 beat 2, so 6 goes above 2; 4 and 5 did not meet, 对手分 decides.
    assert_eq!(
        places(&[DirectEncounter, OpponentScore], &[]),
        [(1, 3), (2, 1), (3, 4), (4, 5), (5, 6), (6, 2)]
    );
    // 累进分 first: 2 started better than 6.
    assert_eq!(
        places(&[Progressive, DirectEncounter], &[])[4..],
        [(5, 2), (6, 6)]
    );
}

#[test]
fn players_tied_after_every_tie_break_share_the_place_unless_lots_were_drawn() {
    assert_eq!(
        places(&[Progressive], &[]),
        [(1, 1), (1, 3), (3, 4), (3, 5), (5, 2), (6, 6)]
    );
    assert_eq!(
        places(&[Progressive], &[3, 1, 5, 4]),
        [(1, 3), (2, 1), (3, 5), (4, 4), (5, 2), (6, 6)]
    );
    // Lots that leave out one of the tied players decide nothing for them.
    assert_eq!(places(&[Progressive], &[3])[..2], [(1, 1), (1, 3)]);
    let (players, games) = six_players();
    let rows = chess_standings(&players, &games, &[], &ChessRules::default(), &[]).unwrap();
    assert!(rows.iter().all(|r| !r.by_lot));
}

#[test]
fn direct_encounter_counts_only_games_among_the_players_still_tied() {
    let (players, games) = six_players();
    let rules = ChessRules {
        tie_breaks: vec![DirectEncounter],
        ..ChessRules::default()
    };
    let rows = chess_standings(&players, &games, &[], &rules, &[]).unwrap();
    let direct = |p: i64| rows.iter().find(|r| r.player == p).unwrap().tie_breaks[0].value;
    assert_eq!((direct(3), direct(1)), (Some(2), Some(0)));
    assert_eq!((direct(4), direct(5)), (Some(0), Some(0)));
}

#[test]
fn forfeits_and_byes_score_as_configured() {
    let games = [
        game(1, 1, 2, RedWinsByForfeit),
        game(2, 2, 3, BlackWinsByForfeit),
    ];
    let byes = [ChessBye {
        round: 1,
        player: 3,
    }];
    let mut rules = ChessRules::default();
    let score = |rules: &ChessRules| -> Vec<(i64, u32)> {
        let mut rows: Vec<(i64, u32)> = chess_standings(&[1, 2, 3], &games, &byes, rules, &[])
            .unwrap()
            .iter()
            .map(|r| (r.player, r.score))
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(score(&rules), [(1, 2), (2, 0), (3, 4)]);
    rules.points.bye = 1;
    rules.points.forfeit_win = 1;
    assert_eq!(score(&rules), [(1, 1), (2, 0), (3, 2)]);
}

#[test]
fn inconsistent_results_and_rules_are_refused() {
    let (players, mut games) = six_players();
    games.push(game(1, 1, 6, Draw));
    let e = shown(chess_standings(&players, &games, &[], &ChessRules::default(), &[]).unwrap_err());
    assert_eq!(e.code, "contests.double_booked");
    assert_eq!(e.message, "第 1 轮中选手（编号 1）被排了两次");

    let bad = [game(1, 1, 1, Draw)];
    assert_eq!(
        shown(chess_standings(&players, &bad, &[], &ChessRules::default(), &[]).unwrap_err()).code,
        "contests.same_player"
    );
    let stranger = [game(1, 1, 9, Draw)];
    assert_eq!(
        shown(chess_standings(&players, &stranger, &[], &ChessRules::default(), &[]).unwrap_err())
            .code,
        "contests.unknown_player"
    );
    let upside_down = ChessRules {
        points: ChessPoints {
            win: 1,
            draw: 2,
            ..ChessPoints::default()
        },
        ..ChessRules::default()
    };
    let e = shown(chess_standings(&players, &[], &[], &upside_down, &[]).unwrap_err());
    assert_eq!(e.code, "contests.invalid_points");
    assert_eq!(
        e.message,
        "计分规则无效：胜、和、负分别记 1、2、0 分，须胜 > 负且胜 ≥ 和 ≥ 负"
    );
    let twice = ChessRules {
        tie_breaks: vec![Progressive, Progressive],
        ..ChessRules::default()
    };
    assert_eq!(
        shown(chess_standings(&players, &[], &[], &twice, &[]).unwrap_err()).message,
        "计分规则无效：破同分规则“累进分”重复了"
    );
    assert_eq!(
        shown(chess_standings(&players, &[], &[], &ChessRules::default(), &[9]).unwrap_err()).code,
        "contests.invalid_lots"
    );
}

/// Random rounds: players shuffled and paired, one bye when odd, random results.
fn random_event(n: usize, rounds: u32, seed: u64) -> (Vec<i64>, Vec<ChessGame>, Vec<ChessBye>) {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let players = ids(n);
    let (mut games, mut byes) = (Vec::new(), Vec::new());
    for round in 1..=rounds {
        let mut order = players.clone();
        rand::seq::SliceRandom::shuffle(&mut order[..], &mut rng);
        if n % 2 == 1 {
            byes.push(ChessBye {
                round,
                player: order.pop().unwrap(),
            });
        }
        for pair in order.chunks(2) {
            let result = [
                RedWins,
                Draw,
                BlackWins,
                RedWinsByForfeit,
                BlackWinsByForfeit,
            ][rng.random_range(0..5)];
            games.push(game(round, pair[0], pair[1], result));
        }
    }
    (players, games, byes)
}

fn tie_break_orders() -> impl Strategy<Value = Vec<ChessTieBreak>> {
    Just(ChessTieBreak::ALL.to_vec())
        .prop_shuffle()
        .prop_flat_map(|all| (0..=all.len()).prop_map(move |k| all[..k].to_vec()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Whatever order the players, games and byes are listed in, the standings are the same and
    /// list every player once, places never going down.
    #[test]
    fn the_order_of_the_input_never_changes_the_standings(
        n in 2usize..=10,
        rounds in 1u32..=5,
        seed in any::<u64>(),
        tie_breaks in tie_break_orders(),
        two_tied in any::<bool>(),
    ) {
        let (players, games, byes) = random_event(n, rounds, seed);
        let direct_encounter = if two_tied {
            DirectEncounterScope::TwoTied
        } else {
            DirectEncounterScope::AnyTied
        };
        let rules = ChessRules { tie_breaks, direct_encounter, ..ChessRules::default() };
        let rows = chess_standings(&players, &games, &byes, &rules, &[]).unwrap();
        let mut seen: Vec<i64> = rows.iter().map(|r| r.player).collect();
        seen.sort();
        prop_assert_eq!(&seen, &players);
        prop_assert!(rows.windows(2).all(|w| w[0].place <= w[1].place && w[0].score >= w[1].score));

        let mut rng = rand::rngs::StdRng::seed_from_u64(!seed);
        let (mut p2, mut g2, mut b2) = (players.clone(), games.clone(), byes.clone());
        rand::seq::SliceRandom::shuffle(&mut p2[..], &mut rng);
        rand::seq::SliceRandom::shuffle(&mut g2[..], &mut rng);
        rand::seq::SliceRandom::shuffle(&mut b2[..], &mut rng);
        prop_assert_eq!(rows, chess_standings(&p2, &g2, &b2, &rules, &[]).unwrap());
    }
}
