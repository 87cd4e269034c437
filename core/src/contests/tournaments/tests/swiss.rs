//! A stored Swiss tournament (象棋): round by round, the bye as a win, no rematches, and
//! corrections that never re-pair a round already paired.

use std::collections::HashSet;

use super::fixture::*;
use super::*;
use crate::activities::ActivityKind;

fn next(c: &mut Club) -> Result<Tournament, crate::AppError> {
    pair_next_round(&mut c.conn, c.activity).map_err(Into::into)
}

/// Enters `result` for every game of the latest round.
fn play_round(c: &mut Club, result: ChessResult) -> Tournament {
    let t = c.tournament();
    let ids: Vec<i64> = t
        .rounds
        .last()
        .unwrap()
        .matches
        .iter()
        .map(|m| m.id)
        .collect();
    for id in ids {
        c.record(id, &MatchResult::Chess(result)).unwrap();
    }
    c.tournament()
}

fn unordered(t: &Tournament, round: usize) -> HashSet<(i64, i64)> {
    t.rounds[round - 1]
        .matches
        .iter()
        .map(|m| (m.first.min(m.second), m.first.max(m.second)))
        .collect()
}

fn rows(t: &Tournament) -> Vec<ChessStandingRow> {
    match &t.standings {
        Standings::Chess(rows) => rows.clone(),
        _ => panic!("象棋 standings"),
    }
}

#[test]
fn round_one_pairs_the_top_half_against_the_bottom_half_and_the_next_round_waits_for_results() {
    let mut c = club(ActivityKind::Chess, 6);
    let p = c.people.clone();
    let t = c.draw(&swiss_draw(None)).unwrap();

    assert_eq!(t.planned_rounds, Some(4), "⌈log₂ 6⌉ + 1");
    assert_eq!(t.rounds.len(), 1);
    let expected: HashSet<(i64, i64)> = [(p[0], p[3]), (p[1], p[4]), (p[2], p[5])].into();
    assert_eq!(unordered(&t, 1), expected);

    let before = c.snapshot();
    let e = next(&mut c).unwrap_err();
    assert_eq!(e.code, "tournament.round_not_complete");
    assert_eq!(
        e.message,
        "第 1 轮还有 3 场没有录入成绩，全部录入后才能编排下一轮"
    );
    assert_eq!(c.snapshot(), before);

    play_round(&mut c, ChessResult::RedWins);
    let t = next(&mut c).unwrap();
    assert_eq!(t.rounds.len(), 2);
}

#[test]
fn the_bye_goes_to_the_lowest_ranked_player_and_counts_as_a_win() {
    let mut c = club(ActivityKind::Chess, 5);
    let p = c.people.clone();
    let t = c.draw(&swiss_draw(Some(3))).unwrap();

    assert_eq!(t.rounds[0].byes, vec![p[4]]);
    let t = play_round(&mut c, ChessResult::Draw);
    let bye = rows(&t).into_iter().find(|r| r.player == p[4]).unwrap();
    assert_eq!((bye.score, bye.byes), (2, 1));
    assert_eq!(rows(&t)[0].player, p[4], "the only 2 points after round 1");

    // Round 2: the bye goes to someone who has not had one.
    let t = next(&mut c).unwrap();
    assert_eq!(t.rounds[1].byes.len(), 1);
    assert_ne!(t.rounds[1].byes[0], p[4]);
}

#[test]
fn correcting_a_result_of_a_paired_round_changes_the_standings_but_not_the_pairings() {
    let mut c = club(ActivityKind::Chess, 6);
    c.draw(&swiss_draw(None)).unwrap();
    play_round(&mut c, ChessResult::RedWins);
    let paired = next(&mut c).unwrap();
    let first_game = paired.rounds[0].matches[0].clone();
    let before: Vec<(i64, u32)> = rows(&paired).iter().map(|r| (r.player, r.score)).collect();

    let t = c
        .record(first_game.id, &MatchResult::Chess(ChessResult::BlackWins))
        .unwrap();

    assert_eq!(
        unordered(&t, 2),
        unordered(&paired, 2),
        "round 2 stays as paired"
    );
    let after: Vec<(i64, u32)> = rows(&t).iter().map(|r| (r.player, r.score)).collect();
    assert_ne!(before, after);
    let black = rows(&t)
        .into_iter()
        .find(|r| r.player == first_game.second)
        .unwrap();
    assert_eq!(black.score, 2);
}

#[test]
fn nobody_meets_twice_over_every_round_and_the_last_round_ends_the_pairing() {
    let mut c = club(ActivityKind::Chess, 6);
    c.draw(&swiss_draw(Some(5))).unwrap();
    for round in 1..=5 {
        // Results vary so that score groups and floats come into play.
        let result = [
            ChessResult::RedWins,
            ChessResult::Draw,
            ChessResult::BlackWins,
        ][round % 3];
        play_round(&mut c, result);
        if round < 5 {
            next(&mut c).unwrap();
        }
    }
    let t = c.tournament();
    let mut met = HashSet::new();
    for r in 1..=5 {
        for pair in unordered(&t, r) {
            assert!(met.insert(pair), "{pair:?} met twice");
        }
    }
    assert_eq!(met.len(), 15, "everybody met everybody once");

    let before = c.snapshot();
    let e = next(&mut c).unwrap_err();
    assert_eq!(e.code, "tournament.all_rounds_paired");
    assert_eq!(c.snapshot(), before);
    finish_tournament(&mut c.conn, c.activity, at(25, 17)).unwrap();
}

#[test]
fn a_swiss_tournament_finishes_only_after_its_last_round() {
    let mut c = club(ActivityKind::Chess, 4);
    c.draw(&swiss_draw(Some(3))).unwrap();
    play_round(&mut c, ChessResult::Draw);

    let e: crate::AppError = finish_tournament(&mut c.conn, c.activity, at(25, 17))
        .unwrap_err()
        .into();

    assert_eq!(e.code, "tournament.rounds_left");
    assert_eq!(
        e.message,
        "瑞士制共 3 轮，还有 2 轮没有编排，全部赛完才能结束比赛"
    );
}

#[test]
fn more_rounds_than_a_field_can_play_without_rematches_are_refused() {
    let mut c = club(ActivityKind::Chess, 6);
    let before = c.snapshot();
    let e = c.draw(&swiss_draw(Some(6))).unwrap_err();
    assert_eq!(e.code, "contests.too_many_rounds");
    assert_eq!(c.snapshot(), before);
}

#[test]
fn swiss_is_for_chess_only() {
    let mut c = club(ActivityKind::TableTennis, 6);
    let mut input = tt_draw();
    input.format = TournamentFormat::Swiss;
    let e = c.draw(&input).unwrap_err();
    assert_eq!(e.code, "tournament.swiss_for_chess_only");
    assert_eq!(e.message, "瑞士制只用于象棋");
}

#[test]
fn only_a_swiss_tournament_has_a_next_round_to_pair() {
    let mut c = club(ActivityKind::Chess, 4);
    c.draw(&chess_draw(false)).unwrap();
    let e = next(&mut c).unwrap_err();
    assert_eq!(e.code, "tournament.not_swiss");
}
