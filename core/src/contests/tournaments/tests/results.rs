//! Entering and correcting results: 乒乓球 games checked, walkovers and retirements, 象棋 胜/和/负,
//! corrections recomputing the standings, finishing, and the organizer's lots.

use super::fixture::*;
use super::*;
use crate::activities::ActivityKind;

fn tt_places(t: &Tournament) -> Vec<(u32, i64, u32)> {
    let Standings::TableTennis(rows) = &t.standings else {
        panic!("乒乓球 standings")
    };
    rows.iter()
        .map(|r| (r.place, r.player, r.match_points))
        .collect()
}

#[test]
fn correcting_a_result_recomputes_the_standings_and_leaves_the_schedule_alone() {
    let mut c = club(ActivityKind::TableTennis, 3);
    c.draw(&tt_draw()).unwrap();
    let p = c.people.clone();
    let m = c.match_of(p[0], p[1]);
    let (w, l) = if m.first == p[0] {
        ("11:3 11:3 11:3", "3:11 3:11 3:11")
    } else {
        ("3:11 3:11 3:11", "11:3 11:3 11:3")
    };
    let before = c.record(m.id, &tt(w)).unwrap();
    assert_eq!(tt_places(&before)[0], (1, p[0], 2));

    // The score sheet was read wrongly: 选手2 won.
    let after = c.record(m.id, &tt(l)).unwrap();

    assert_eq!(tt_places(&after)[0], (1, p[1], 2));
    assert_eq!(after.recorded, 1);
    let schedule = |t: &Tournament| -> Vec<(u32, i64, i64, Vec<i64>)> {
        t.rounds
            .iter()
            .flat_map(|r| {
                r.matches
                    .iter()
                    .map(move |m| (r.round, m.first, m.second, r.byes.clone()))
            })
            .collect()
    };
    assert_eq!(schedule(&before), schedule(&after));
}

#[test]
fn a_game_of_11_10_is_refused_with_the_reason_and_nothing_is_stored() {
    let mut c = club(ActivityKind::TableTennis, 3);
    let t = c.draw(&tt_draw()).unwrap();
    let id = t.rounds[0].matches[0].id;
    let before = c.snapshot();

    let e = c.record(id, &tt("11:5 11:10 11:4")).unwrap_err();

    assert_eq!(e.code, "contests.invalid_game_score");
    assert_eq!(e.message, "第 2 局比分 11:10 无效：10 平后须领先 2 分");
    assert_eq!(c.snapshot(), before);
}

#[test]
fn an_unfinished_match_is_refused_and_points_to_retirement() {
    let mut c = club(ActivityKind::TableTennis, 3);
    let t = c.draw(&tt_draw()).unwrap();
    let before = c.snapshot();

    let e = c
        .record(t.rounds[0].matches[0].id, &tt("11:5 11:7"))
        .unwrap_err();

    assert_eq!(e.code, "contests.invalid_match");
    assert!(
        e.message.contains("五局三胜须一方先胜 3 局"),
        "{}",
        e.message
    );
    assert!(e.message.contains("中途退赛"), "{}", e.message);
    assert_eq!(c.snapshot(), before);
}

#[test]
fn a_walkover_gives_the_absent_player_no_match_point() {
    let mut c = club(ActivityKind::TableTennis, 3);
    let t = c.draw(&tt_draw()).unwrap();
    let m = &t.rounds[0].matches[0];
    let walkover = MatchResult::TableTennis(TtOutcome::Walkover { winner: m.first });

    let t = c.record(m.id, &walkover).unwrap();

    let places = tt_places(&t);
    assert_eq!(places[0], (1, m.first, 2));
    assert!(places.contains(&(places[2].0, m.second, 0)), "{places:?}");
    assert_eq!(t.rounds[0].matches[0].games, Some((3, 0)));
}

#[test]
fn a_retirement_keeps_the_games_played() {
    let mut c = club(ActivityKind::TableTennis, 3);
    let t = c.draw(&tt_draw()).unwrap();
    let m = &t.rounds[0].matches[0];
    let games = vec![GameScore { a: 11, b: 8 }, GameScore { a: 5, b: 3 }];
    let retired = MatchResult::TableTennis(TtOutcome::Retired {
        retired: m.first,
        games,
    });

    let t = c.record(m.id, &retired).unwrap();

    assert_eq!(t.rounds[0].matches[0].games, Some((1, 3)));
}

#[test]
fn a_match_recorded_by_games_only_counts_its_games_and_a_finished_score_is_required() {
    let mut c = club(ActivityKind::TableTennis, 3);
    let t = c.draw(&tt_draw()).unwrap();
    let m = &t.rounds[0].matches[0];
    let before = c.snapshot();
    for (a, b) in [(3, 3), (4, 1), (2, 1)] {
        let bad = MatchResult::TableTennis(TtOutcome::GamesOnly { a, b });
        let e = c.record(m.id, &bad).unwrap_err();
        assert_eq!(e.code, "contests.invalid_match", "{a}:{b}");
        assert!(
            e.message.starts_with(&format!("局数 {a}:{b} 无效")),
            "{}",
            e.message
        );
        assert_eq!(c.snapshot(), before);
    }

    let games = MatchResult::TableTennis(TtOutcome::GamesOnly { a: 1, b: 3 });
    let t = c.record(m.id, &games).unwrap();

    assert_eq!(t.rounds[0].matches[0].games, Some((1, 3)));
    assert_eq!(t.rounds[0].matches[0].result, Some(games));
    let places = tt_places(&t);
    assert_eq!(places[0], (1, m.second, 2));
}

#[test]
fn a_bye_takes_no_result() {
    let mut c = club(ActivityKind::Chess, 3);
    c.draw(&chess_draw(false)).unwrap();
    let bye = c
        .conn
        .query_row(
            "SELECT id FROM tournament_match WHERE second IS NULL LIMIT 1",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap();
    let before = c.snapshot();

    let e = c
        .record(bye, &MatchResult::Chess(ChessResult::Draw))
        .unwrap_err();

    assert_eq!(e.code, "tournament.bye_has_no_result");
    assert!(
        e.message.ends_with("本轮轮空，轮空不需要录入成绩"),
        "{}",
        e.message
    );
    assert_eq!(c.snapshot(), before);
}

#[test]
fn a_chess_result_for_a_table_tennis_match_is_refused() {
    let mut c = club(ActivityKind::TableTennis, 3);
    let t = c.draw(&tt_draw()).unwrap();

    let e = c
        .record(
            t.rounds[0].matches[0].id,
            &MatchResult::Chess(ChessResult::Draw),
        )
        .unwrap_err();

    assert_eq!(e.code, "tournament.wrong_sport");
    assert_eq!(e.message, "本场是乒乓球比赛，成绩的录入方式不对");
}

#[test]
fn a_tournament_finishes_only_when_every_result_is_in_and_then_is_locked() {
    let mut c = club(ActivityKind::Chess, 3);
    let t = c.draw(&chess_draw(false)).unwrap();
    let ids: Vec<i64> = t
        .rounds
        .iter()
        .flat_map(|r| &r.matches)
        .map(|m| m.id)
        .collect();
    c.record(ids[0], &MatchResult::Chess(ChessResult::RedWins))
        .unwrap();

    let e = finish_tournament(&mut c.conn, c.activity, at(25, 17)).unwrap_err();
    assert_eq!(
        crate::AppError::from(e).message,
        "还有 2 场比赛没有录入成绩，全部录入后才能结束比赛"
    );

    for &id in &ids[1..] {
        c.record(id, &MatchResult::Chess(ChessResult::Draw))
            .unwrap();
    }
    finish_tournament(&mut c.conn, c.activity, at(25, 17)).unwrap();
    let before = c.snapshot();
    let e = c
        .record(ids[0], &MatchResult::Chess(ChessResult::BlackWins))
        .unwrap_err();
    assert_eq!(e.code, "tournament.finished");
    assert_eq!(e.message, "比赛已经结束，成绩不能再修改");
    assert_eq!(c.snapshot(), before);
}

#[test]
fn players_still_tied_share_a_place_until_the_organizer_records_lots() {
    let mut c = club(ActivityKind::Chess, 3);
    let mut input = chess_draw(false);
    input.rules = TournamentRules::Chess(ChessRules {
        tie_breaks: vec![ChessTieBreak::DirectEncounter],
        ..ChessRules::default()
    });
    let t = c.draw(&input).unwrap();
    // Every game drawn: equal scores, and equal among themselves.
    for m in t.rounds.iter().flat_map(|r| &r.matches) {
        c.record(m.id, &MatchResult::Chess(ChessResult::Draw))
            .unwrap();
    }
    let places = |t: &Tournament| match &t.standings {
        Standings::Chess(rows) => rows
            .iter()
            .map(|r| (r.place, r.player, r.by_lot))
            .collect::<Vec<_>>(),
        _ => panic!("象棋 standings"),
    };
    assert!(places(&c.tournament())
        .iter()
        .all(|&(place, _, _)| place == 1));

    let p = c.people.clone();
    let lots = vec![p[2], p[0], p[1]];
    let t = set_tournament_lots(&mut c.conn, c.activity, &lots).unwrap();

    assert_eq!(
        places(&t),
        vec![(1, p[2], true), (2, p[0], true), (3, p[1], true)]
    );
    assert_eq!(t.lots, lots);
}

#[test]
fn lots_naming_someone_outside_the_tournament_are_refused() {
    let mut c = club(ActivityKind::Chess, 3);
    c.draw(&chess_draw(false)).unwrap();
    let before = c.snapshot();

    let e: crate::AppError = set_tournament_lots(&mut c.conn, c.activity, &[c.people[0], 9999])
        .unwrap_err()
        .into();

    assert_eq!(e.code, "contests.invalid_lots");
    assert_eq!(c.snapshot(), before);
}
