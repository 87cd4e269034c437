//! A stored knockout: standard seeding with byes to the top seeds, winners advancing by
//! themselves, the 季军赛, places, and corrections that never change a played round.

use super::fixture::*;
use super::*;
use crate::activities::ActivityKind;

const RED: MatchResult = MatchResult::Chess(ChessResult::RedWins);
const BLACK: MatchResult = MatchResult::Chess(ChessResult::BlackWins);

/// (first, second) of the matches of `round` (1-based), the 季军赛 last.
fn pairs(t: &Tournament, round: usize) -> Vec<(i64, i64, bool)> {
    t.rounds[round - 1]
        .matches
        .iter()
        .map(|m| (m.first, m.second, m.third_place))
        .collect()
}

fn match_id(t: &Tournament, round: usize, board: u32) -> i64 {
    t.rounds[round - 1]
        .matches
        .iter()
        .find(|m| m.board == board)
        .unwrap()
        .id
}

fn places(t: &Tournament) -> Vec<(Option<u32>, i64)> {
    let Standings::Knockout(rows) = &t.standings else {
        panic!("knockout places")
    };
    rows.iter().map(|r| (r.place, r.player)).collect()
}

#[test]
fn six_players_give_the_top_two_seeds_a_bye_and_winners_advance_to_the_final_and_third_place() {
    let mut c = club(ActivityKind::Chess, 6);
    let p = c.people.clone();
    let t = c.draw(&knockout_draw(true)).unwrap();
    // 8 lines: 1 v 8, 4 v 5, 3 v 6, 2 v 7 — seeds 7 and 8 are missing, so 1 and 2 go through.
    assert_eq!(t.rounds.len(), 1);
    assert_eq!(t.rounds[0].byes, vec![p[0], p[1]]);
    assert_eq!(pairs(&t, 1), vec![(p[3], p[4], false), (p[2], p[5], false)]);

    c.record(match_id(&t, 1, 2), &RED).unwrap();
    let t = c.record(match_id(&t, 1, 3), &RED).unwrap();
    // The semi-finals: winner of match 1 v winner of match 2, winner of 3 v winner of 4.
    assert_eq!(pairs(&t, 2), vec![(p[0], p[3], false), (p[2], p[1], false)]);

    c.record(match_id(&t, 2, 1), &RED).unwrap();
    let t = c.record(match_id(&t, 2, 2), &RED).unwrap();
    assert_eq!(pairs(&t, 3), vec![(p[0], p[2], false), (p[3], p[1], true)]);

    c.record(match_id(&t, 3, 1), &BLACK).unwrap();
    c.record(match_id(&t, 3, 2), &RED).unwrap();
    let t = finish_tournament(&mut c.conn, c.activity, at(25, 17)).unwrap();

    assert_eq!(t.rounds.len(), 3, "no round after the final");
    assert_eq!(
        places(&t),
        vec![
            (Some(1), p[2]),
            (Some(2), p[0]),
            (Some(3), p[3]),
            (Some(4), p[1]),
            (Some(5), p[4]),
            (Some(5), p[5]),
        ]
    );
    let Standings::Knockout(rows) = &t.standings else {
        panic!("knockout places")
    };
    let lost_in: Vec<Option<u32>> = rows.iter().map(|r| r.lost_in).collect();
    // The champion never lost; both players of the 季军赛 went out in the semi-finals (round 2).
    assert_eq!(
        lost_in,
        vec![None, Some(3), Some(2), Some(2), Some(1), Some(1)]
    );
}

#[test]
fn the_next_round_is_paired_only_when_every_match_of_the_round_has_a_winner() {
    let mut c = club(ActivityKind::Chess, 4);
    let t = c.draw(&knockout_draw(false)).unwrap();

    let t = c.record(match_id(&t, 1, 1), &RED).unwrap();

    assert_eq!(t.rounds.len(), 1);
    assert!(!t.rounds[0].complete);
    assert_eq!(places(&t).iter().filter(|(p, _)| p.is_some()).count(), 1);
}

#[test]
fn without_a_third_place_match_the_semi_final_losers_share_third() {
    let mut c = club(ActivityKind::Chess, 4);
    let p = c.people.clone();
    let t = c.draw(&knockout_draw(false)).unwrap();
    c.record(match_id(&t, 1, 1), &RED).unwrap();
    let t = c.record(match_id(&t, 1, 2), &RED).unwrap();
    assert_eq!(pairs(&t, 2), vec![(p[0], p[1], false)]);

    let t = c.record(match_id(&t, 2, 1), &RED).unwrap();

    assert_eq!(
        places(&t),
        vec![
            (Some(1), p[0]),
            (Some(2), p[1]),
            (Some(3), p[2]),
            (Some(3), p[3])
        ]
    );
}

#[test]
fn a_drawn_chess_game_decides_nothing_in_a_knockout() {
    let mut c = club(ActivityKind::Chess, 4);
    let t = c.draw(&knockout_draw(false)).unwrap();
    let before = c.snapshot();

    let e = c
        .record(match_id(&t, 1, 1), &MatchResult::Chess(ChessResult::Draw))
        .unwrap_err();

    assert_eq!(e.code, "tournament.knockout_needs_winner");
    assert_eq!(e.message, "淘汰赛须分出胜负：和棋后请按加赛的结果录入胜方");
    assert_eq!(c.snapshot(), before);
}

#[test]
fn a_corrected_winner_is_paired_again_while_the_next_match_is_not_played() {
    let mut c = club(ActivityKind::Chess, 4);
    let p = c.people.clone();
    let t = c.draw(&knockout_draw(false)).unwrap();
    c.record(match_id(&t, 1, 1), &RED).unwrap();
    let t = c.record(match_id(&t, 1, 2), &RED).unwrap();
    assert_eq!(pairs(&t, 2), vec![(p[0], p[1], false)]);

    // Match 2 (2 v 3) was misread: 3 won.
    let t = c.record(match_id(&t, 1, 2), &BLACK).unwrap();

    assert_eq!(pairs(&t, 2), vec![(p[0], p[2], false)]);
}

#[test]
fn a_correction_that_would_change_a_played_round_is_refused() {
    let mut c = club(ActivityKind::Chess, 4);
    let t = c.draw(&knockout_draw(false)).unwrap();
    c.record(match_id(&t, 1, 1), &RED).unwrap();
    let t = c.record(match_id(&t, 1, 2), &RED).unwrap();
    c.record(match_id(&t, 2, 1), &RED).unwrap();
    let before = c.snapshot();

    let e = c.record(match_id(&t, 1, 2), &BLACK).unwrap_err();

    assert_eq!(e.code, "tournament.played_round_would_change");
    assert!(
        e.message.starts_with("第 2 轮的对阵已经赛过"),
        "{}",
        e.message
    );
    assert_eq!(c.snapshot(), before);
    // The same winner by another way (a forfeit) changes no pairing and is accepted.
    let forfeit = MatchResult::Chess(ChessResult::RedWinsByForfeit);
    c.record(match_id(&t, 1, 2), &forfeit).unwrap();
}

#[test]
fn a_table_tennis_knockout_advances_the_winner_of_the_games() {
    let mut c = club(ActivityKind::TableTennis, 3);
    let p = c.people.clone();
    let mut input = tt_draw();
    input.format = TournamentFormat::Knockout;
    let t = c.draw(&input).unwrap();
    assert_eq!(t.rounds[0].byes, vec![p[0]]);
    assert_eq!(pairs(&t, 1), vec![(p[1], p[2], false)]);

    let t = c
        .record(match_id(&t, 1, 2), &tt("5:11 11:9 8:11 9:11"))
        .unwrap();

    assert_eq!(pairs(&t, 2), vec![(p[0], p[2], false)]);
}

#[test]
fn a_double_knockout_is_not_offered() {
    let mut c = club(ActivityKind::Chess, 4);
    let mut input = knockout_draw(false);
    input.double = true;
    let e = c.draw(&input).unwrap_err();
    assert_eq!(e.code, "tournament.double_not_supported");
    assert_eq!(e.message, "双循环只用于象棋循环赛");
}
