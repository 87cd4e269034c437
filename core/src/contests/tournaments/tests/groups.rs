//! Groups then knockout (乒乓球): snake seeding, group round robins, the knockout drawn from the
//! group places once the groups are over, and ties at the cut settled by lots first.

use super::fixture::*;
use super::*;
use crate::activities::ActivityKind;

fn start(c: &mut Club) -> Result<Tournament, crate::AppError> {
    start_knockout(&mut c.conn, c.activity).map_err(Into::into)
}

fn seed_of(t: &Tournament, id: i64) -> u32 {
    t.players.iter().find(|p| p.staff_id == id).unwrap().seed
}

/// Plays every unplayed group match: the lower seed wins 3:0, except where `upset` says the
/// higher seed (first of the pair) loses to the other.
fn play_groups(c: &mut Club, upsets: &[(i64, i64)]) {
    let t = c.tournament();
    for m in t.rounds.iter().flat_map(|r| &r.matches) {
        if m.group.is_none() || m.result.is_some() {
            continue;
        }
        let mut first_wins = seed_of(&t, m.first) < seed_of(&t, m.second);
        if upsets
            .iter()
            .any(|&(a, b)| (a, b) == (m.first, m.second) || (a, b) == (m.second, m.first))
        {
            first_wins = !first_wins;
        }
        let games = if first_wins {
            "11:5 11:5 11:5"
        } else {
            "5:11 5:11 5:11"
        };
        c.record(m.id, &tt(games)).unwrap();
    }
}

fn group_of(t: &Tournament, label: &str) -> Vec<i64> {
    t.players
        .iter()
        .filter(|p| p.group.as_deref() == Some(label))
        .map(|p| p.staff_id)
        .collect()
}

#[test]
fn eight_players_play_two_snake_seeded_groups_then_the_top_two_of_each_a_knockout() {
    let mut c = club(ActivityKind::TableTennis, 8);
    let p = c.people.clone();
    let t = c.draw(&groups_draw(2, 2)).unwrap();

    // Snake seeding: A gets seeds 1, 4, 5, 8 and B seeds 2, 3, 6, 7.
    assert_eq!(group_of(&t, "A"), vec![p[0], p[3], p[4], p[7]]);
    assert_eq!(group_of(&t, "B"), vec![p[1], p[2], p[5], p[6]]);
    assert_eq!((t.rounds.len(), t.total), (3, 12));
    assert!(!t.knockout_started);

    let before = c.snapshot();
    let e = start(&mut c).unwrap_err();
    assert_eq!(
        e.message,
        "小组赛还有 12 场没有录入成绩，全部赛完才能进入淘汰赛"
    );
    assert_eq!(c.snapshot(), before);

    play_groups(&mut c, &[]);
    let t = start(&mut c).unwrap();

    // Group winners first (A1, B1), then runners-up (A2, B2): 1 v 4 is A1 v B2, 2 v 3 is B1 v A2.
    let semis: Vec<(i64, i64)> = t.rounds[3]
        .matches
        .iter()
        .map(|m| (m.first, m.second))
        .collect();
    assert_eq!(semis, vec![(p[0], p[2]), (p[1], p[3])]);
    assert!(t.knockout_started && t.rounds[3].matches.iter().all(|m| m.group.is_none()));
    let Standings::Groups { groups, knockout } = &t.standings else {
        panic!("group standings")
    };
    assert_eq!(groups[0].rows[0].player, p[0]);
    assert_eq!(knockout.len(), 4, "only the players who went through");

    // The group results are final now.
    let group_match = t.rounds[0].matches[0].id;
    let e = c.record(group_match, &tt("5:11 5:11 5:11")).unwrap_err();
    assert_eq!(e.code, "tournament.knockout_started");

    assert!(!t.third_place, "no 季军赛 unless chosen");
    for m in t.rounds[3].matches.clone() {
        c.record(m.id, &tt("11:3 11:3 11:3")).unwrap();
    }
    let t = c.tournament();
    assert_eq!(t.rounds[4].matches[0].first, p[0]);
    assert_eq!(t.rounds[4].matches[0].second, p[1]);
    c.record(t.rounds[4].matches[0].id, &tt("3:11 3:11 3:11"))
        .unwrap();
    let t = finish_tournament(&mut c.conn, c.activity, at(25, 17)).unwrap();
    let Standings::Groups { knockout, .. } = &t.standings else {
        panic!("group standings")
    };
    assert_eq!((knockout[0].place, knockout[0].player), (Some(1), p[1]));
}

#[test]
fn a_tie_at_the_cut_is_settled_by_lots_before_the_knockout() {
    let mut c = club(ActivityKind::TableTennis, 6);
    let p = c.people.clone();
    c.draw(&groups_draw(2, 1)).unwrap();
    // Group A is seeds 1, 4, 5: each beats one and loses to one, all 3:0 and 11:5.
    play_groups(&mut c, &[(p[0], p[4])]);
    let t = c.tournament();
    let Standings::Groups { groups, .. } = &t.standings else {
        panic!("group standings")
    };
    assert!(
        groups[0].rows.iter().all(|r| r.place == 1),
        "{:?}",
        groups[0].rows
    );
    let before = c.snapshot();

    let e = start(&mut c).unwrap_err();
    assert_eq!(e.code, "tournament.qualifier_tied");
    assert_eq!(e.message, "A 组第 1 名并列，请先录入抽签结果再进入淘汰赛");
    assert_eq!(c.snapshot(), before);

    set_tournament_lots(&mut c.conn, c.activity, &[p[3], p[0], p[4]]).unwrap();
    let t = start(&mut c).unwrap();
    let last = t.rounds.last().unwrap();
    assert_eq!(
        (last.matches[0].first, last.matches[0].second),
        (p[3], p[1])
    );

    // Once the knockout is drawn, the lots that decided it stay as they are.
    let e: crate::AppError = set_tournament_lots(&mut c.conn, c.activity, &[p[0], p[3], p[4]])
        .unwrap_err()
        .into();
    assert_eq!(e.code, "tournament.knockout_started");
}

#[test]
fn groups_then_knockout_is_for_table_tennis_with_a_plan() {
    let mut chess = club(ActivityKind::Chess, 6);
    let input = DrawInput {
        rules: TournamentRules::Chess(ChessRules::default()),
        ..groups_draw(2, 1)
    };
    assert_eq!(
        chess.draw(&input).unwrap_err().code,
        "tournament.groups_for_table_tennis_only"
    );

    let mut c = club(ActivityKind::TableTennis, 6);
    let input = DrawInput {
        groups: None,
        ..groups_draw(2, 1)
    };
    let e = c.draw(&input).unwrap_err();
    assert_eq!(
        e.message,
        "小组赛加淘汰赛只用于乒乓球，请设置小组数和每组出线人数"
    );
}

#[test]
fn the_knockout_after_the_groups_may_have_a_third_place_match() {
    let mut c = club(ActivityKind::TableTennis, 8);
    let input = DrawInput {
        third_place: true,
        ..groups_draw(2, 2)
    };
    c.draw(&input).unwrap();
    play_groups(&mut c, &[]);
    let t = start(&mut c).unwrap();
    for m in t.rounds[3].matches.clone() {
        c.record(m.id, &tt("11:3 11:3 11:3")).unwrap();
    }

    let t = c.tournament();

    assert_eq!(t.rounds[4].matches.len(), 2);
    assert!(t.rounds[4].matches[1].third_place);
}

#[test]
fn more_going_through_than_a_group_holds_is_refused() {
    let mut c = club(ActivityKind::TableTennis, 6);
    let e = c.draw(&groups_draw(2, 4)).unwrap_err();
    assert_eq!(e.code, "contests.too_many_qualifiers");
    assert!(get_tournament(&c.conn, c.activity).unwrap().is_none());
}

#[test]
fn the_tournament_finishes_only_after_the_knockout() {
    let mut c = club(ActivityKind::TableTennis, 6);
    c.draw(&groups_draw(2, 1)).unwrap();
    play_groups(&mut c, &[]);

    let e: crate::AppError = finish_tournament(&mut c.conn, c.activity, at(25, 17))
        .unwrap_err()
        .into();

    assert_eq!(e.code, "tournament.knockout_not_started");
}
