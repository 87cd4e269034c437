//! Tournament places: the 冠军, 亚军 and 季军 of a finished 乒乓球 or 象棋 tournament gain the
//! policy's points like the awards of a judged contest; a tournament not finished, and the places
//! after the 3rd, count nothing. Each row names the tournament's activity.

use super::*;
use crate::contests::{
    ChessResult, ChessRules, DrawInput, MatchResult, TournamentFormat, TournamentRules,
};

/// A 象棋 tournament on the 25th among `people` (seeded in that order), every match won by the
/// player named first (红方); finished when `finish`. Returns the activity.
fn chess(u: &mut Unit, format: TournamentFormat, people: &[i64], finish: bool) -> i64 {
    let (a, _) = u.activity(ActivityKind::Chess, "象棋比赛", people);
    let input = DrawInput {
        format,
        double: false,
        third_place: format == TournamentFormat::Knockout,
        rounds: None,
        groups: None,
        rules: TournamentRules::Chess(ChessRules::default()),
        seeds: people.to_vec(),
    };
    contests::make_draw(&mut u.conn, a, &input, now()).unwrap();
    loop {
        let t = contests::get_tournament(&u.conn, a).unwrap().unwrap();
        let open: Vec<i64> = t
            .rounds
            .iter()
            .flat_map(|r| &r.matches)
            .filter(|m| m.result.is_none())
            .map(|m| m.id)
            .collect();
        if open.is_empty() {
            break;
        }
        for m in open {
            let red = MatchResult::Chess(ChessResult::RedWins);
            contests::record_result(&mut u.conn, m, &red, now()).unwrap();
        }
    }
    if finish {
        contests::finish_tournament(&mut u.conn, a, now()).unwrap();
    }
    a
}

fn place_rows(u: &Unit, person: i64) -> Vec<(SourceKind, i64, String, String, f64)> {
    u.ledger(person)
        .rows
        .into_iter()
        .filter(|r| r.kind == SourceKind::TournamentPlace)
        .map(|r| (r.kind, r.source_id, r.title, r.detail, r.points))
        .collect()
}

/// 4 players, seeds 1 v 4 and 2 v 3, the player named first always winning: seed 1 beats seed 2
/// in the final, seed 4 (first named in the 季军赛) beats seed 3.
fn knockout_places(u: &Unit, a: i64) -> [i64; 4] {
    let t = contests::get_tournament(&u.conn, a).unwrap().unwrap();
    let crate::contests::Standings::Knockout(rows) = t.standings else {
        panic!("a knockout")
    };
    let by_place = |place: u32| rows.iter().find(|r| r.place == Some(place)).unwrap().player;
    [by_place(1), by_place(2), by_place(3), by_place(4)]
}

#[test]
fn the_champion_runner_up_and_third_of_a_finished_knockout_gain_points_like_prizes() {
    let mut u = unit(5);
    let p = u.people.clone();
    let a = chess(&mut u, TournamentFormat::Knockout, &p[..4], true);
    let [first, second, third, fourth] = knockout_places(&u, a);
    assert_eq!(first, p[0]);

    for (person, detail, points) in [
        (first, "冠军", 5.0),
        (second, "亚军", 3.0),
        (third, "季军", 2.0),
    ] {
        assert_eq!(
            place_rows(&u, person),
            [(
                SourceKind::TournamentPlace,
                a,
                "象棋比赛".to_string(),
                detail.to_string(),
                points
            )],
            "{detail}"
        );
        let row = &u.ledger(person).rows[0];
        assert_eq!((row.kind.label(), row.date), ("比赛名次", day(11, 25)));
        assert_eq!(u.total(person), points);
    }
    assert!(
        place_rows(&u, fourth).is_empty(),
        "the 4th place has no rule"
    );
    assert_eq!(u.total(fourth), 0.0);
    u.assert_consistent();
}

#[test]
fn a_tournament_not_finished_gives_nobody_a_place() {
    let mut u = unit(4);
    let p = u.people.clone();
    // Every result in, the places known, but 结束比赛 not done: results could still change.
    let a = chess(&mut u, TournamentFormat::Knockout, &p, false);
    assert_eq!(knockout_places(&u, a)[0], p[0]);
    for person in &p {
        assert!(place_rows(&u, *person).is_empty());
        assert_eq!(u.total(*person), 0.0);
    }
    contests::finish_tournament(&mut u.conn, a, now()).unwrap();
    assert_eq!(u.total(p[0]), 5.0, "counted once finished");
    u.assert_consistent();
}

#[test]
fn a_round_robin_counts_its_table_places() {
    let mut u = unit(4);
    let p = u.people.clone();
    // 3 players, red always wins: the places follow the wins of each (worked out by the standings).
    let a = chess(&mut u, TournamentFormat::RoundRobin, &p[..3], true);
    let t = contests::get_tournament(&u.conn, a).unwrap().unwrap();
    let crate::contests::Standings::Chess(rows) = t.standings else {
        panic!("a chess table")
    };
    for r in &rows {
        let expected = match r.place {
            1 => 5.0,
            2 => 3.0,
            3 => 2.0,
            _ => 0.0,
        };
        assert_eq!(u.total(r.player), expected, "place {}", r.place);
    }
    let placed: u32 = rows.iter().map(|r| r.place).filter(|&p| p <= 3).count() as u32;
    assert_eq!(placed, 3);
    assert_eq!(u.total(p[3]), 0.0, "not a player");
    u.assert_consistent();
}

#[test]
fn a_place_counts_in_the_period_of_the_tournament_only() {
    let mut u = unit(4);
    let p = u.people.clone();
    chess(&mut u, TournamentFormat::Knockout, &p, true);
    let q4 = Period {
        quarter: Some(4),
        ..YEAR
    };
    let q1 = Period {
        quarter: Some(1),
        ..YEAR
    };
    let total_in = |period| {
        u.board(period)
            .people
            .into_iter()
            .find(|s| s.staff_id == p[0])
            .unwrap()
            .total
    };
    assert_eq!(total_in(q4), 5.0);
    assert_eq!(total_in(q1), 0.0);
}

#[test]
fn a_policy_change_of_the_place_points_is_previewed_then_recomputes_the_ledger() {
    let mut u = unit(4);
    let p = u.people.clone();
    let a = chess(&mut u, TournamentFormat::Knockout, &p, true);
    let [first, second, third, _] = knockout_places(&u, a);
    let rules = PointsRules {
        place_first: 8.0,
        place_third: 0.0,
        ..PointsRules::default()
    };
    let preview = preview_policy(&u.conn, 2026, &rules, now()).unwrap();
    let changes: Vec<_> = preview
        .changes
        .iter()
        .map(|c| (c.staff_id, c.before, c.after))
        .collect();
    assert_eq!(changes, [(first, 5.0, 8.0), (third, 2.0, 0.0)]);
    assert_eq!(u.total(first), 5.0, "the preview saves nothing");

    set_policy(&mut u.conn, 2026, &rules, "冠军改为 8 分", now()).unwrap();
    assert_eq!(
        (u.total(first), u.total(second), u.total(third)),
        (8.0, 3.0, 0.0)
    );
    assert_eq!(
        place_rows(&u, third)[0].4,
        0.0,
        "the row stays, worth nothing"
    );
    u.assert_consistent();
}

#[test]
fn place_points_out_of_range_are_refused_with_the_place_named() {
    let mut u = unit(1);
    for (rules, field) in [
        (
            PointsRules {
                place_first: RULE_MAX + 1.0,
                ..PointsRules::default()
            },
            "冠军",
        ),
        (
            PointsRules {
                place_third: RULE_MIN - 0.5,
                ..PointsRules::default()
            },
            "季军",
        ),
    ] {
        let e = set_policy(&mut u.conn, 2026, &rules, "", now()).unwrap_err();
        assert_eq!(e.code(), "points.rule_out_of_range");
        assert!(e.to_string().contains(field), "{e}");
        assert_eq!(
            code(preview_policy(&u.conn, 2026, &rules, now())),
            "points.rule_out_of_range"
        );
    }
    assert_eq!(policy(&u.conn, 2026).unwrap().current.version, 0);
}

#[test]
fn a_policy_saved_before_the_place_rules_existed_reads_them_as_the_defaults() {
    let u = unit(1);
    // A version stored by an earlier release: no place_* keys in its JSON.
    u.conn
        .execute(
            "INSERT INTO points_policy (year, version, rules, note, created_at)
             VALUES (2026, 1, '{\"attend\":2.0,\"absent\":-1.0,\"first_prize\":5.0,\"second_prize\":3.0,\"third_prize\":2.0,\"excellent_prize\":1.0,\"honor\":10.0,\"pledge_excellent\":5.0,\"pledge_good\":3.0,\"volunteer_per_hour\":1.0}', '', '2026-11-01T09:00:00')",
            [],
        )
        .unwrap();
    let p = policy(&u.conn, 2026).unwrap();
    assert_eq!(p.current.version, 1);
    assert_eq!(p.current.rules.attend, 2.0);
    assert_eq!(
        (
            p.current.rules.place_first,
            p.current.rules.place_second,
            p.current.rules.place_third
        ),
        (5.0, 3.0, 2.0)
    );
}
