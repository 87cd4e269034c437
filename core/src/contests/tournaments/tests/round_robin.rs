//! A stored round robin: the draw from the Berger tables with a bye each round for an odd field,
//! seeds, reproducibility, and a 乒乓球 and a 象棋 tournament played to the end.

use std::collections::HashSet;

use super::fixture::*;
use super::*;
use crate::activities::ActivityKind;

/// (first, second) of every match of a round, and its byes.
type RoundPairs = (Vec<(i64, i64)>, Vec<i64>);

fn pairings(t: &Tournament) -> Vec<RoundPairs> {
    t.rounds
        .iter()
        .map(|r| {
            (
                r.matches.iter().map(|m| (m.first, m.second)).collect(),
                r.byes.clone(),
            )
        })
        .collect()
}

#[test]
fn five_players_meet_once_each_in_five_rounds_with_one_bye_a_round() {
    let mut c = club(ActivityKind::TableTennis, 5);
    let t = c.draw(&tt_draw()).unwrap();

    assert_eq!(t.rounds.len(), 5);
    assert_eq!((t.recorded, t.total), (0, 10));
    let mut met = HashSet::new();
    let mut byes = Vec::new();
    for r in &t.rounds {
        assert_eq!(r.matches.len(), 2, "round {}", r.round);
        assert!(!r.complete);
        assert_eq!(r.byes.len(), 1, "an odd field has one bye every round");
        byes.push(r.byes[0]);
        for m in &r.matches {
            assert!(met.insert((m.first.min(m.second), m.first.max(m.second))));
        }
    }
    assert_eq!(met.len(), 10, "every pair meets once");
    let mut sorted = byes.clone();
    sorted.sort();
    assert_eq!(sorted, c.people, "each player sits out exactly once");
    // Seeds follow the order of sign-up; round 1 of the Berger table for 6 is 1–6, 2–5, 3–4, and
    // the missing 6号 makes 1号 sit out.
    let seeds: Vec<(i64, u32)> = t.players.iter().map(|p| (p.staff_id, p.seed)).collect();
    assert_eq!(seeds, c.people.iter().copied().zip(1..).collect::<Vec<_>>());
    let p = &c.people;
    assert_eq!(
        pairings(&t)[0],
        (vec![(p[1], p[4]), (p[2], p[3])], vec![p[0]])
    );
    assert_eq!(t.players[0].name, "选手1");
}

#[test]
fn the_organizers_seed_order_is_kept_and_the_same_inputs_give_the_same_pairings() {
    let mut a = club(ActivityKind::Chess, 6);
    let mut b = club(ActivityKind::Chess, 6);
    let mut input = chess_draw(false);
    input.seeds = a.people.iter().rev().copied().collect();

    let ta = a.draw(&input).unwrap();
    let tb = b.draw(&input).unwrap();

    assert_eq!(ta.players[0].staff_id, a.people[5]);
    assert_eq!(ta.players[0].seed, 1);
    assert_eq!(pairings(&ta), pairings(&tb));
    assert!(ta.rounds[0].byes.is_empty(), "an even field has no bye");
}

#[test]
fn a_double_round_robin_of_chess_reverses_the_colours_in_the_second_cycle() {
    let mut c = club(ActivityKind::Chess, 4);
    let t = c.draw(&chess_draw(true)).unwrap();

    assert_eq!(t.rounds.len(), 6);
    let first: HashSet<(i64, i64)> = t.rounds[..3]
        .iter()
        .flat_map(|r| r.matches.iter().map(|m| (m.first, m.second)))
        .collect();
    let second: HashSet<(i64, i64)> = t.rounds[3..]
        .iter()
        .flat_map(|r| r.matches.iter().map(|m| (m.second, m.first)))
        .collect();
    assert_eq!(first, second);
    assert!(t.rounds[3..].iter().all(|r| r.cycle == 2));
}

/// Plays every match: the lower seed number wins, 3:1 with a deuce game.
fn play_all_tt(c: &mut Club) {
    let t = c.tournament();
    for m in t.rounds.iter().flat_map(|r| &r.matches) {
        let seed = |id: i64| t.players.iter().find(|p| p.staff_id == id).unwrap().seed;
        let games = if seed(m.first) < seed(m.second) {
            "11:7 9:11 12:10 11:4"
        } else {
            "7:11 11:9 10:12 4:11"
        };
        c.record(m.id, &tt(games)).unwrap();
    }
}

#[test]
fn a_table_tennis_round_robin_played_to_the_end_is_placed_by_match_points() {
    let mut c = club(ActivityKind::TableTennis, 5);
    c.draw(&tt_draw()).unwrap();
    play_all_tt(&mut c);

    let t = finish_tournament(&mut c.conn, c.activity, at(25, 17)).unwrap();
    assert_eq!((t.recorded, t.total), (10, 10));
    assert!(t.rounds.iter().all(|r| r.complete));
    assert!(t.finished_at.is_some());
    let Standings::TableTennis(rows) = &t.standings else {
        panic!("乒乓球 standings")
    };
    let table: Vec<(u32, i64, u32, u32, u32)> = rows
        .iter()
        .map(|r| (r.place, r.player, r.won, r.lost, r.match_points))
        .collect();
    let p = &c.people;
    // 2 match points a win, 1 a loss: 8, 7, 6, 5, 4.
    assert_eq!(
        table,
        vec![
            (1, p[0], 4, 0, 8),
            (2, p[1], 3, 1, 7),
            (3, p[2], 2, 2, 6),
            (4, p[3], 1, 3, 5),
            (5, p[4], 0, 4, 4),
        ]
    );
    assert_eq!((rows[0].games_won, rows[0].games_lost), (12, 4));
    let m = c.match_of(p[0], p[1]);
    let expected = if m.first == p[0] { (3, 1) } else { (1, 3) };
    assert_eq!(m.games, Some(expected));
}

#[test]
fn a_chess_round_robin_scores_2_1_0_and_the_bye_scores_nothing() {
    let mut c = club(ActivityKind::Chess, 5);
    let t = c.draw(&chess_draw(false)).unwrap();
    let p = c.people.clone();
    for m in t.rounds.iter().flat_map(|r| &r.matches) {
        // 选手1 beats everyone; every other game is drawn.
        let result = if m.first == p[0] {
            ChessResult::RedWins
        } else if m.second == p[0] {
            ChessResult::BlackWins
        } else {
            ChessResult::Draw
        };
        c.record(m.id, &MatchResult::Chess(result)).unwrap();
    }

    let Standings::Chess(rows) = c.tournament().standings else {
        panic!("象棋 standings")
    };
    assert_eq!((rows[0].player, rows[0].score, rows[0].wins), (p[0], 8, 4));
    assert!(rows[1..]
        .iter()
        .all(|r| r.score == 3 && r.draws == 3 && r.losses == 1));
    assert!(
        rows.iter().all(|r| r.byes == 0),
        "a round-robin bye is not a game"
    );
    assert_eq!(rows[0].tie_breaks.len(), 4);
}
