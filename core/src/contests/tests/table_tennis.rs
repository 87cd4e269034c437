//! 乒乓球 results and group standings.
//!
//! The worked tie examples follow the group ranking rule of the ITTF Handbook (Regulations for
//! International Competitions 3.7.5.1–3.7.5.4: match points; then, among equal players, only their
//! matches with each other — match points, games ratio, points ratio; a player separated at any
//! step is placed and the others are compared again among themselves from the start; lots last).
//! The group results are constructed for these tests and worked by hand against that text; the
//! Handbook's own printed examples were not available to copy.

use proptest::prelude::*;
use rand::{Rng, SeedableRng};

use super::*;

fn g(text: &str) -> Vec<GameScore> {
    text.split(' ')
        .map(|s| {
            let (a, b) = s.split_once(':').unwrap();
            GameScore {
                a: a.parse().unwrap(),
                b: b.parse().unwrap(),
            }
        })
        .collect()
}

fn played(a: i64, b: i64, games: &str) -> TtMatch {
    TtMatch {
        a,
        b,
        outcome: TtOutcome::Played { games: g(games) },
    }
}

/// `a` beats `b` 3:0, 11:5 each.
fn beats(a: i64, b: i64) -> TtMatch {
    played(a, b, "11:5 11:5 11:5")
}

fn rules() -> TtRules {
    TtRules::default()
}

fn standings(players: &[i64], matches: &[TtMatch]) -> Vec<(u32, i64, Option<TtTieBreak>)> {
    tt_group_standings(players, matches, &rules(), &[])
        .unwrap()
        .into_iter()
        .map(|r| (r.place, r.player, r.decided_by))
        .collect()
}

fn game_error(game: usize, a: u32, b: u32) -> crate::AppError {
    shown(check_game(game, GameScore { a, b }, &rules()).unwrap_err())
}

#[test]
fn a_game_at_10_all_must_be_won_by_two_points() {
    let e = game_error(3, 11, 10);
    assert_eq!(e.code, "contests.invalid_game_score");
    assert_eq!(e.message, "第 3 局比分 11:10 无效：10 平后须领先 2 分");
    assert_eq!(
        game_error(1, 11, 11).message,
        "第 1 局比分 11:11 无效：10 平后须领先 2 分"
    );
    assert_eq!(
        game_error(2, 14, 10).message,
        "第 2 局比分 14:10 无效：10 平后领先 2 分即结束，分差不会超过 2 分"
    );
}

#[test]
fn a_game_ends_as_soon_as_one_side_reaches_11_with_a_lead_of_two() {
    assert_eq!(
        game_error(1, 9, 7).message,
        "第 1 局比分 9:7 无效：须有一方先得 11 分"
    );
    assert_eq!(
        game_error(4, 12, 5).message,
        "第 4 局比分 12:5 无效：一方先得 11 分即结束，对方不足 10 分时不会再比下去"
    );
    for (a, b) in [(11, 0), (11, 9), (12, 10), (9, 11), (15, 13), (0, 11)] {
        check_game(1, GameScore { a, b }, &rules()).unwrap();
    }
}

#[test]
fn a_match_must_be_finished_and_nothing_may_follow_the_deciding_game() {
    let unfinished = played(1, 2, "11:5 5:11 11:5");
    let e = shown(match_summary(&unfinished, &rules()).unwrap_err());
    assert_eq!(e.code, "contests.invalid_match");
    assert_eq!(
        e.message,
        "本场尚未结束：五局三胜须一方先胜 3 局，现在是 2:1；如有一方退赛，请按“中途退赛”录入"
    );
    let extra = played(1, 2, "11:5 11:5 11:5 11:5");
    assert_eq!(
        shown(match_summary(&extra, &rules()).unwrap_err()).message,
        "本场在第 3 局已决出胜负（3:0），不应再有第 4 局"
    );
    let seven = TtRules {
        best_of: 7,
        ..rules()
    };
    assert_eq!(seven.format_name(), "七局四胜");
    let three = TtRules {
        best_of: 3,
        ..rules()
    };
    assert_eq!(three.format_name(), "三局两胜");
    let s = match_summary(&played(1, 2, "11:5 5:11 11:5 11:5 11:9"), &seven).unwrap();
    assert_eq!((s.winner, s.games), (1, (4, 1)));
    let four = TtRules {
        best_of: 4,
        ..rules()
    };
    assert_eq!(
        shown(match_summary(&beats(1, 2), &four).unwrap_err()).code,
        "contests.invalid_points"
    );
}

#[test]
fn a_played_match_counts_games_and_points_from_the_winners_side() {
    let s = match_summary(&played(1, 2, "5:11 11:9 12:10 11:3"), &rules()).unwrap();
    assert_eq!(
        (s.winner, s.loser, s.games, s.points, s.forfeited),
        (1, 2, (3, 1), (39, 33), false)
    );
    let s = match_summary(&played(1, 2, "5:11 9:11 11:13"), &rules()).unwrap();
    assert_eq!((s.winner, s.games, s.points), (2, (3, 0), (35, 25)));
}

#[test]
fn a_walkover_is_won_by_the_games_needed_11_0_each() {
    let w = TtMatch {
        a: 1,
        b: 2,
        outcome: TtOutcome::Walkover { winner: 2 },
    };
    let s = match_summary(&w, &rules()).unwrap();
    assert_eq!(
        (s.winner, s.loser, s.games, s.points, s.forfeited),
        (2, 1, (3, 0), (33, 0), true)
    );
    let stranger = TtMatch {
        outcome: TtOutcome::Walkover { winner: 9 },
        ..w
    };
    assert_eq!(
        shown(match_summary(&stranger, &rules()).unwrap_err()).code,
        "contests.unknown_player"
    );
}

#[test]
fn a_retirement_completes_the_unfinished_game_and_the_games_still_needed_for_the_winner() {
    let retired = |who, games| TtMatch {
        a: 1,
        b: 2,
        outcome: TtOutcome::Retired {
            retired: who,
            games: g(games),
        },
    };
    // 1 leads 1:1 and 7:4 when 2 retires: 11:4 completes the game, then one more 11:0.
    let s = match_summary(&retired(2, "11:5 5:11 7:4"), &rules()).unwrap();
    assert_eq!(
        (s.winner, s.games, s.points, s.forfeited),
        (1, (3, 1), (38, 20), true)
    );
    // At 10:11 in the first game 1 retires: 2 wins that game 12:10, then two games 11:0.
    let s = match_summary(&retired(1, "10:11"), &rules()).unwrap();
    assert_eq!((s.winner, s.games, s.points), (2, (3, 0), (34, 10)));
    // Retiring between games: the games played count as they are.
    let s = match_summary(&retired(1, "11:5 11:5"), &rules()).unwrap();
    assert_eq!((s.winner, s.games, s.points), (2, (3, 2), (43, 22)));
    let over = retired(2, "11:5 11:5 11:5");
    assert_eq!(
        shown(match_summary(&over, &rules()).unwrap_err()).message,
        "本场已经以 3:0 结束，不能再记为中途退赛"
    );
    let impossible = retired(2, "11:5 15:3");
    assert_eq!(
        shown(match_summary(&impossible, &rules()).unwrap_err()).code,
        "contests.invalid_game_score"
    );
}

#[test]
fn match_points_are_2_for_a_win_1_for_a_loss_and_0_for_a_walkover_or_retirement_loss() {
    let matches = [
        beats(1, 2),
        TtMatch {
            a: 1,
            b: 3,
            outcome: TtOutcome::Walkover { winner: 3 },
        },
        TtMatch {
            a: 2,
            b: 3,
            outcome: TtOutcome::Retired {
                retired: 3,
                games: g("11:5"),
            },
        },
    ];
    let rows = tt_group_standings(&[1, 2, 3], &matches, &rules(), &[]).unwrap();
    let mp: Vec<(i64, u32)> = rows.iter().map(|r| (r.player, r.match_points)).collect();
    // 1: win + walkover loss = 2; 2: loss + win = 3; 3: walkover win + retirement loss = 2.
    assert_eq!(mp[0], (2, 3));
    assert!(mp.contains(&(1, 2)) && mp.contains(&(3, 2)));
}

/// ITTF 3.7.5.2, games: three players equal on match points, equal again on the match points of
/// their matches with each other, separated by the games ratio of those matches.
#[test]
fn ittf_example_three_players_tied_are_separated_by_games_ratio_among_them() {
    let (a, b, c, d) = (1, 2, 3, 4);
    let matches = [
        played(a, b, "11:5 11:5 5:11 11:5"),      // A beats B 3:1
        played(b, c, "11:5 11:5 11:5"),           // B beats C 3:0
        played(c, a, "11:5 5:11 11:5 5:11 11:5"), // C beats A 3:2
        beats(a, d),
        beats(b, d),
        beats(c, d),
    ];
    // A, B, C: 5 match points each; among them 3 each. Games among them:
    // A 5:4 (1.25), B 4:3 (1.33), C 3:5 (0.6).
    assert_eq!(
        standings(&[a, b, c, d], &matches),
        [
            (1, b, Some(TtTieBreak::GamesRatio)),
            (2, a, Some(TtTieBreak::GamesRatio)),
            (3, c, Some(TtTieBreak::GamesRatio)),
            (4, d, Some(TtTieBreak::MatchPoints)),
        ]
    );
}

/// ITTF 3.7.5.3: once a player is separated, the others are compared again from the start using
/// only their matches with each other — the separated player's matches no longer count.
#[test]
fn ittf_example_after_one_is_separated_the_rest_start_again_among_themselves() {
    let (a, b, c, d, e, f) = (1, 2, 3, 4, 5, 6);
    let matches = [
        played(a, b, "11:5 11:5 11:5"),           // A beats B 3:0
        played(a, c, "11:5 5:11 11:5 5:11 11:5"), // A beats C 3:2
        played(a, d, "11:5 11:5 11:5"),           // A beats D 3:0
        beats(e, a),
        beats(f, a),
        played(b, c, "11:5 11:5 11:5"),           // B beats C 3:0
        played(c, d, "11:5 5:11 11:5 11:5"),      // C beats D 3:1
        played(d, b, "11:5 5:11 11:5 5:11 11:5"), // D beats B 3:2
        beats(b, e),
        beats(b, f),
        beats(c, e),
        beats(c, f),
        beats(d, e),
        beats(d, f),
        beats(e, f),
    ];
    // A, B, C, D have 8 match points. Among the four, A won all three: A is first. B, C and D then
    // start again among themselves: 3 match points each; games B 5:3, D 4:5, C 3:4.
    // (Counting their games against A as well would give B 5:6, C 5:7, D 4:8: B, C, D — wrong.)
    assert_eq!(
        standings(&[a, b, c, d, e, f], &matches),
        [
            (1, a, Some(TtTieBreak::HeadToHeadMatchPoints)),
            (2, b, Some(TtTieBreak::GamesRatio)),
            (3, d, Some(TtTieBreak::GamesRatio)),
            (4, c, Some(TtTieBreak::GamesRatio)),
            (5, e, Some(TtTieBreak::MatchPoints)),
            (6, f, Some(TtTieBreak::MatchPoints)),
        ]
    );
}

/// ITTF 3.7.5.2, points: equal on match points and games among them, separated by points ratio.
#[test]
fn ittf_example_equal_games_are_separated_by_points_ratio_among_them() {
    let (a, b, c, d) = (1, 2, 3, 4);
    let matches = [
        played(a, b, "11:9 11:9 9:11 11:9"), // A 42 : B 38
        played(b, c, "11:3 11:3 3:11 11:3"), // B 36 : C 20
        played(c, a, "11:7 11:7 7:11 11:7"), // C 40 : A 32
        beats(a, d),
        beats(b, d),
        beats(c, d),
    ];
    // Games 4:4 each. Points: A 74:78, B 74:62, C 60:68.
    assert_eq!(
        standings(&[a, b, c, d], &matches),
        [
            (1, b, Some(TtTieBreak::PointsRatio)),
            (2, a, Some(TtTieBreak::PointsRatio)),
            (3, c, Some(TtTieBreak::PointsRatio)),
            (4, d, Some(TtTieBreak::MatchPoints)),
        ]
    );
}

#[test]
fn a_walkover_loss_can_cost_a_place_and_two_equal_players_are_split_by_their_match() {
    let (a, b, c) = (1, 2, 3);
    let matches = [
        beats(a, b),
        beats(b, c),
        TtMatch {
            a: c,
            b: a,
            outcome: TtOutcome::Walkover { winner: c },
        },
    ];
    // A: 2 + 0 = 2; B and C: 3 each, and B beat C.
    assert_eq!(
        standings(&[a, b, c], &matches),
        [
            (1, b, Some(TtTieBreak::HeadToHeadMatchPoints)),
            (2, c, Some(TtTieBreak::HeadToHeadMatchPoints)),
            (3, a, Some(TtTieBreak::MatchPoints)),
        ]
    );
}

#[test]
fn players_still_equal_share_the_place_unless_lots_were_drawn() {
    let (a, b, c) = (1, 2, 3);
    let matches = [beats(a, b), beats(b, c), beats(c, a)];
    assert_eq!(
        standings(&[a, b, c], &matches),
        [(1, a, None), (1, b, None), (1, c, None)]
    );
    let rows = tt_group_standings(&[a, b, c], &matches, &rules(), &[c, a, b]).unwrap();
    let got: Vec<(u32, i64, Option<TtTieBreak>)> = rows
        .iter()
        .map(|r| (r.place, r.player, r.decided_by))
        .collect();
    assert_eq!(
        got,
        [
            (1, c, Some(TtTieBreak::Lots)),
            (2, a, Some(TtTieBreak::Lots)),
            (3, b, Some(TtTieBreak::Lots)),
        ]
    );
    let e = shown(tt_group_standings(&[a, b, c], &matches, &rules(), &[a, a]).unwrap_err());
    assert_eq!(e.code, "contests.invalid_lots");
    assert_eq!(e.message, "抽签顺序无效：选手（编号 1）出现了两次");
}

#[test]
fn a_match_entered_twice_or_with_a_stranger_is_refused() {
    let e =
        shown(tt_group_standings(&[1, 2], &[beats(1, 2), beats(2, 1)], &rules(), &[]).unwrap_err());
    assert_eq!(e.code, "contests.duplicate_match");
    assert_eq!(e.message, "编号 2 与 1 之间的比赛录入了两次");
    assert_eq!(
        shown(tt_group_standings(&[1, 2], &[beats(1, 9)], &rules(), &[]).unwrap_err()).code,
        "contests.unknown_player"
    );
}

/// A whole group with random results: every pair plays, sometimes a walkover or a retirement.
fn random_group(n: usize, seed: u64) -> (Vec<i64>, Vec<TtMatch>) {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let players = ids(n);
    let mut matches = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            let (a, b) = (players[i], players[j]);
            let a_wins = rng.random_bool(0.5);
            let kind = rng.random_range(0..10);
            let lost = rng.random_range(0..3);
            let mut game = |winner_a: bool| {
                let l = rng.random_range(0..14u32);
                let (w, l) = if l >= 10 { (l + 2, l) } else { (11, l) };
                if winner_a {
                    GameScore { a: w, b: l }
                } else {
                    GameScore { a: l, b: w }
                }
            };
            let outcome = if kind == 0 {
                TtOutcome::Walkover {
                    winner: if a_wins { a } else { b },
                }
            } else if kind == 2 {
                let (won, lost) = (3, lost as u32);
                if a_wins {
                    TtOutcome::GamesOnly { a: won, b: lost }
                } else {
                    TtOutcome::GamesOnly { a: lost, b: won }
                }
            } else {
                let mut games: Vec<GameScore> = (0..lost).map(|_| game(!a_wins)).collect();
                games.extend((0..3).map(|_| game(a_wins)));
                if kind == 1 {
                    games.truncate(games.len() - 1);
                    TtOutcome::Retired {
                        retired: if a_wins { b } else { a },
                        games,
                    }
                } else {
                    TtOutcome::Played { games }
                }
            };
            matches.push(TtMatch { a, b, outcome });
        }
    }
    (players, matches)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The standings do not depend on the order of players or matches, nor on which side of a
    /// match is entered first (matches recorded by games only included); every player appears
    /// exactly once.
    #[test]
    fn the_order_of_the_input_never_changes_the_standings(n in 2usize..=7, seed in any::<u64>()) {
        let (players, matches) = random_group(n, seed);
        let rows = tt_group_standings(&players, &matches, &rules(), &[]).unwrap();
        let mut seen: Vec<i64> = rows.iter().map(|r| r.player).collect();
        seen.sort();
        prop_assert_eq!(&seen, &players);
        prop_assert!(rows.windows(2).all(|w| w[0].place <= w[1].place));

        let mut rng = rand::rngs::StdRng::seed_from_u64(seed ^ 0x5eed);
        let mut players2 = players.clone();
        let mut matches2: Vec<TtMatch> = matches.iter().map(|m| {
            if rng.random_bool(0.5) {
                return m.clone();
            }
            let swap = |gs: &Vec<GameScore>| gs.iter().map(|s| GameScore { a: s.b, b: s.a }).collect();
            let outcome = match &m.outcome {
                TtOutcome::Played { games } => TtOutcome::Played { games: swap(games) },
                TtOutcome::Retired { retired, games } => TtOutcome::Retired { retired: *retired, games: swap(games) },
                TtOutcome::GamesOnly { a, b } => TtOutcome::GamesOnly { a: *b, b: *a },
                w => w.clone(),
            };
            TtMatch { a: m.b, b: m.a, outcome }
        }).collect();
        rand::seq::SliceRandom::shuffle(&mut players2[..], &mut rng);
        rand::seq::SliceRandom::shuffle(&mut matches2[..], &mut rng);
        let rows2 = tt_group_standings(&players2, &matches2, &rules(), &[]).unwrap();
        prop_assert_eq!(rows, rows2);
    }
}
