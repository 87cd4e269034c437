//! Draws that are refused, each with its reason and nothing stored.

use super::fixture::*;
use super::*;
use crate::activities::ActivityKind;

fn refused(c: &mut Club, input: &DrawInput) -> crate::AppError {
    let before = c.snapshot();
    let e = c.draw(input).unwrap_err();
    assert_eq!(c.snapshot(), before, "{e:?}");
    assert!(get_tournament(&c.conn, c.activity).unwrap().is_none());
    e
}

#[test]
fn a_round_robin_needs_at_least_three_players() {
    let mut c = club(ActivityKind::TableTennis, 2);
    let e = refused(&mut c, &tt_draw());
    assert_eq!(e.code, "contests.player_count");
    assert!(
        e.message.contains("需要 3–16 名选手，现在有 2 名"),
        "{}",
        e.message
    );
}

#[test]
fn only_table_tennis_and_chess_are_drawn() {
    let mut c = club(ActivityKind::Reading, 4);
    let e = refused(&mut c, &tt_draw());
    assert_eq!(e.code, "tournament.not_a_tournament_kind");
    assert_eq!(
        e.message,
        "“诵读”类活动不进行对阵编排，只有乒乓球和象棋可以编排"
    );
}

#[test]
fn chess_rules_for_a_table_tennis_activity_are_refused() {
    let mut c = club(ActivityKind::TableTennis, 4);
    let e = refused(&mut c, &chess_draw(false));
    assert_eq!(e.code, "tournament.wrong_rules");
    assert_eq!(e.message, "本活动是乒乓球比赛，请按乒乓球的规则编排");
}

#[test]
fn a_double_round_robin_is_for_chess_only() {
    let mut c = club(ActivityKind::TableTennis, 4);
    let mut input = tt_draw();
    input.double = true;
    assert_eq!(
        refused(&mut c, &input).code,
        "tournament.double_not_supported"
    );
}

#[test]
fn best_of_four_is_not_a_table_tennis_format() {
    let mut c = club(ActivityKind::TableTennis, 4);
    let mut input = tt_draw();
    input.rules = TournamentRules::TableTennis(TtRules {
        best_of: 4,
        ..TtRules::default()
    });
    assert_eq!(refused(&mut c, &input).code, "contests.invalid_points");
}

#[test]
fn seeds_must_list_every_player_once() {
    let mut c = club(ActivityKind::Chess, 4);
    let mut input = chess_draw(false);
    input.seeds = vec![c.people[0], c.people[0], c.people[1], c.people[2]];
    let e = refused(&mut c, &input);
    assert_eq!(e.code, "tournament.invalid_seeds");
    assert!(
        e.message
            .starts_with("种子顺序须包含全部 4 名已报名选手，各一次"),
        "{}",
        e.message
    );
}

#[test]
fn an_activity_is_drawn_once() {
    let mut c = club(ActivityKind::Chess, 4);
    c.draw(&chess_draw(false)).unwrap();
    let before = c.snapshot();
    let e = c.draw(&chess_draw(false)).unwrap_err();
    assert_eq!(e.code, "tournament.already_drawn");
    assert_eq!(c.snapshot(), before);
}

#[test]
fn a_draw_is_made_again_only_before_any_result() {
    let mut c = club(ActivityKind::Chess, 4);
    let t = c.draw(&chess_draw(false)).unwrap();
    c.record(
        t.rounds[0].matches[0].id,
        &MatchResult::Chess(ChessResult::Draw),
    )
    .unwrap();
    let before = c.snapshot();

    let e: crate::AppError = cancel_draw(&mut c.conn, c.activity).unwrap_err().into();
    assert_eq!(e.code, "tournament.has_results");
    assert_eq!(c.snapshot(), before);

    let mut fresh = club(ActivityKind::Chess, 4);
    fresh.draw(&chess_draw(false)).unwrap();
    cancel_draw(&mut fresh.conn, fresh.activity).unwrap();
    assert!(get_tournament(&fresh.conn, fresh.activity)
        .unwrap()
        .is_none());
    fresh.draw(&chess_draw(false)).unwrap();
}
