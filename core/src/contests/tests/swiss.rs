use std::collections::{HashMap, HashSet};

use rand::{Rng, SeedableRng};

use super::*;

/// A tournament in progress: players in seed order and the results so far.
struct Event {
    players: Vec<i64>,
    games: Vec<ChessGame>,
    byes: Vec<ChessBye>,
    points: ChessPoints,
}

impl Event {
    fn new(n: usize) -> Self {
        Event {
            players: ids(n),
            games: Vec::new(),
            byes: Vec::new(),
            points: ChessPoints::default(),
        }
    }

    fn pair(&self, round: u32) -> SwissRound {
        let sp = swiss_players(&self.players, &self.games, &self.byes, &self.points).unwrap();
        pair_round(&sp, round).unwrap()
    }

    /// Plays the round with `result` deciding each board.
    fn play(&mut self, r: &SwissRound, mut result: impl FnMut(i64, i64) -> ChessResult) {
        for b in &r.boards {
            self.games.push(ChessGame {
                round: r.round,
                red: b.red,
                black: b.black,
                result: result(b.red, b.black),
            });
        }
        if let Some(p) = r.bye {
            self.byes.push(ChessBye {
                round: r.round,
                player: p,
            });
        }
    }
}

/// The better seed wins.
fn favourite(red: i64, black: i64) -> ChessResult {
    if red < black {
        ChessResult::RedWins
    } else {
        ChessResult::BlackWins
    }
}

/// Boards as (better seed, worse seed), seeds counted from 1.
fn seeds(r: &SwissRound) -> Vec<(i64, i64)> {
    r.boards
        .iter()
        .map(|b| (b.red.min(b.black) - 100, b.red.max(b.black) - 100))
        .collect()
}

#[test]
fn the_default_number_of_rounds_is_log2_plus_one() {
    let got: Vec<(usize, u32)> = [4, 7, 8, 9, 16, 17, 40]
        .iter()
        .map(|&n| (n, default_rounds(n)))
        .collect();
    assert_eq!(
        got,
        [(4, 3), (7, 4), (8, 4), (9, 5), (16, 5), (17, 6), (40, 7)]
    );
    assert_eq!((max_rounds(8), max_rounds(9)), (7, 9));
}

#[test]
fn round_one_pairs_the_top_half_against_the_bottom_half_by_seed() {
    let e = Event::new(8);
    let r = e.pair(1);
    assert_eq!(seeds(&r), [(1, 5), (2, 6), (3, 7), (4, 8)]);
    assert_eq!(r.bye, None);
    // 红方 alternates down the boards, seed 1 taking it on board 1.
    let reds: Vec<i64> = r.boards.iter().map(|b| b.red - 100).collect();
    assert_eq!(reds, [1, 6, 3, 8]);
}

#[test]
fn with_an_odd_count_the_lowest_seed_gets_the_round_one_bye() {
    let r = Event::new(7).pair(1);
    assert_eq!(r.bye, Some(107));
    assert_eq!(seeds(&r), [(1, 4), (2, 5), (3, 6)]);
}

#[test]
fn later_rounds_pair_within_score_groups_top_half_against_bottom_half() {
    let mut e = Event::new(8);
    let r1 = e.pair(1);
    e.play(&r1, favourite);
    // Seeds 1–4 won (2 points), 5–8 lost (0).
    let r2 = e.pair(2);
    assert_eq!(seeds(&r2), [(1, 3), (2, 4), (5, 7), (6, 8)]);
}

#[test]
fn the_lowest_ranked_player_of_an_odd_group_floats_down() {
    let mut e = Event::new(6);
    let r1 = e.pair(1);
    assert_eq!(seeds(&r1), [(1, 4), (2, 5), (3, 6)]);
    // 1, 2 and 3 win: the group of winners is odd, so 3 floats down and meets 4, the best of the
    // losers.
    e.play(&r1, favourite);
    let r2 = e.pair(2);
    assert_eq!(seeds(&r2), [(1, 2), (3, 4), (5, 6)]);
}

#[test]
fn a_pairing_that_would_be_a_rematch_is_replaced_by_the_next_best() {
    let mut e = Event::new(8);
    let r1 = e.pair(1);
    e.play(&r1, favourite);
    let r2 = e.pair(2);
    // Round 2: 1v3, 2v4, 5v7, 6v8. Let 3 beat 1 and 4 beat 2 so that the leaders are 3 and 4.
    let upset = |red: i64, black: i64| {
        if red > black {
            ChessResult::RedWins
        } else {
            ChessResult::BlackWins
        }
    };
    e.play(&r2, |red, black| {
        match (red.min(black) - 100, red.max(black) - 100) {
            (1, 3) | (2, 4) => upset(red, black),
            _ => favourite(red, black),
        }
    });
    let r3 = e.pair(3);
    let met: HashSet<(i64, i64)> = r1
        .boards
        .iter()
        .chain(&r2.boards)
        .map(|b| (b.red.min(b.black), b.red.max(b.black)))
        .collect();
    for b in &r3.boards {
        assert!(
            !met.contains(&(b.red.min(b.black), b.red.max(b.black))),
            "no rematch"
        );
    }
    // Scores now: 3 and 4 have 4; 1, 2, 5, 6 have 2; 7 and 8 have 0. 3 and 4 have not met.
    assert_eq!(seeds(&r3)[0], (3, 4));
    // In the middle group (1, 2, 5, 6) the ideal 1v5 and 2v6 are rematches of round 1, so 1 meets
    // 6 and 2 meets 5.
    assert_eq!(seeds(&r3)[1..], [(1, 6), (2, 5), (7, 8)]);
}

#[test]
fn the_bye_goes_to_the_lowest_ranked_player_who_has_not_had_one() {
    let mut e = Event::new(5);
    let r1 = e.pair(1);
    assert_eq!(r1.bye, Some(105));
    e.play(&r1, favourite);
    // Now 105 has 2 points (the bye counts as a win); the lowest-ranked without a bye is 104.
    let r2 = e.pair(2);
    assert_eq!(r2.bye, Some(104));
    let sp = swiss_players(&e.players, &e.games, &e.byes, &e.points).unwrap();
    assert_eq!(sp[4].score, 2, "bye scored as a win");
}

#[test]
fn the_points_for_a_bye_are_configurable() {
    let mut e = Event::new(5);
    e.points.bye = 1;
    let r1 = e.pair(1);
    e.play(&r1, favourite);
    let sp = swiss_players(&e.players, &e.games, &e.byes, &e.points).unwrap();
    assert_eq!((sp[4].id, sp[4].score, sp[4].byes), (105, 1, 1));
}

#[test]
fn the_same_results_always_give_the_same_pairing() {
    let mut e = Event::new(11);
    for round in 1..=3 {
        let r = e.pair(round);
        assert_eq!(r, e.pair(round));
        e.play(&r, |red, black| {
            if (red + black) % 3 == 0 {
                ChessResult::Draw
            } else {
                favourite(red, black)
            }
        });
    }
}

#[test]
fn rounds_beyond_what_the_field_allows_are_refused() {
    let e = Event::new(4);
    let sp = swiss_players(&e.players, &e.games, &e.byes, &e.points).unwrap();
    let err = shown(pair_round(&sp, 4).unwrap_err());
    assert_eq!(err.code, "contests.too_many_rounds");
    assert_eq!(
        err.message,
        "共 4 名选手，最多只能赛 3 轮而不重复对阵，现在设为 4 轮"
    );
    assert_eq!(
        shown(pair_round(&sp[..3], 1).unwrap_err()).code,
        "contests.player_count"
    );
}

#[test]
fn when_no_pairing_without_rematches_exists_the_round_is_refused() {
    // Four players who have all met each other cannot be paired again.
    let players: Vec<SwissPlayer> = ids(4)
        .iter()
        .map(|&id| SwissPlayer {
            id,
            score: 0,
            opponents: ids(4).into_iter().filter(|o| *o != id).collect(),
            byes: 0,
            colour_balance: 0,
        })
        .collect();
    let e = shown(pair_round(&players, 3).unwrap_err());
    assert_eq!(e.code, "contests.pairing_impossible");
    assert_eq!(
        e.message,
        "第 3 轮无法在不重复对阵的前提下完成编排，请减少轮次"
    );
}

#[test]
fn random_tournaments_of_7_to_40_players_never_repeat_a_pairing() {
    for n in 7..=40usize {
        for seed in 0..3u64 {
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed * 1000 + n as u64);
            let mut e = Event::new(n);
            let rounds = default_rounds(n);
            let mut met: HashSet<(i64, i64)> = HashSet::new();
            let mut byes: HashMap<i64, u32> = HashMap::new();
            for round in 1..=rounds {
                let sp = swiss_players(&e.players, &e.games, &e.byes, &e.points).unwrap();
                let r = pair_round(&sp, round)
                    .unwrap_or_else(|err| panic!("{n} players, seed {seed}, round {round}: {err}"));
                let mut seen: Vec<i64> = r
                    .boards
                    .iter()
                    .flat_map(|b| [b.red, b.black])
                    .chain(r.bye)
                    .collect();
                seen.sort();
                assert_eq!(
                    seen, e.players,
                    "{n}/{round}: everyone paired or bye'd once"
                );
                assert_eq!(r.bye.is_some(), n % 2 == 1);
                for b in &r.boards {
                    assert!(
                        met.insert((b.red.min(b.black), b.red.max(b.black))),
                        "{n} players, seed {seed}, round {round}: rematch {b:?}"
                    );
                }
                if let Some(p) = r.bye {
                    *byes.entry(p).or_default() += 1;
                }
                e.play(&r, |_, _| match rng.random_range(0..3) {
                    0 => ChessResult::RedWins,
                    1 => ChessResult::Draw,
                    _ => ChessResult::BlackWins,
                });
            }
            assert!(byes.values().all(|&b| b == 1), "{n}: at most one bye each");
        }
    }
}
