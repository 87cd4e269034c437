use super::*;

fn published() -> Vec<(usize, Vec<u32>)> {
    data_lines(SEEDING)
        .map(|line| {
            let (size, seeds) = line
                .strip_prefix("size ")
                .unwrap()
                .split_once(": ")
                .unwrap();
            (
                size.parse().unwrap(),
                seeds.split(' ').map(|s| s.parse().unwrap()).collect(),
            )
        })
        .collect()
}

/// Lets the better seed (smaller index in `players`) win every match.
fn favourites(round: &[BracketMatch], players: &[i64]) -> Vec<MatchWinner> {
    let seed = |p: i64| players.iter().position(|x| *x == p).unwrap();
    round
        .iter()
        .filter(|m| m.first.is_some() && m.second.is_some())
        .map(|m| {
            let (a, b) = (m.first.unwrap(), m.second.unwrap());
            MatchWinner {
                number: m.number,
                winner: if seed(a) < seed(b) { a } else { b },
            }
        })
        .collect()
}

fn pairs(round: &[BracketMatch]) -> Vec<(Option<i64>, Option<i64>)> {
    round.iter().map(|m| (m.first, m.second)).collect()
}

#[test]
fn the_seeding_order_matches_the_published_8_16_and_32_brackets() {
    let tables = published();
    assert_eq!(tables.iter().map(|t| t.0).collect::<Vec<_>>(), [8, 16, 32]);
    for (size, lines) in tables {
        assert_eq!(seeding_order(size).unwrap(), lines, "{size} lines");
    }
    assert_eq!(
        seeding_order(16).unwrap(),
        [1, 16, 8, 9, 5, 12, 4, 13, 3, 14, 6, 11, 7, 10, 2, 15]
    );
}

#[test]
fn in_every_bracket_seed_s_meets_size_plus_1_minus_s_and_top_seeds_are_kept_apart() {
    for size in [2usize, 4, 8, 16, 32, 64] {
        let lines = seeding_order(size).unwrap();
        let mut sorted = lines.clone();
        sorted.sort();
        assert_eq!(sorted, (1..=size as u32).collect::<Vec<_>>());
        for pair in lines.chunks(2) {
            assert_eq!(pair[0] + pair[1], size as u32 + 1);
            assert!(pair[0] < pair[1], "the better seed is named first");
        }
        // Seeds 1..=k sit in k different sections of size/k lines each.
        let mut k = 2;
        while k <= size {
            let section = size / k;
            let mut sections: Vec<usize> = (1..=k as u32)
                .map(|s| lines.iter().position(|l| *l == s).unwrap() / section)
                .collect();
            sections.sort();
            sections.dedup();
            assert_eq!(sections.len(), k, "top {k} seeds of {size}");
            k *= 2;
        }
        assert_eq!(lines[0], 1, "seed 1 at the top");
        assert!(lines[size - 2..].contains(&2), "seed 2 in the bottom match");
    }
    for bad in [0, 1, 3, 12, 128] {
        assert_eq!(
            shown(seeding_order(bad).unwrap_err()).code,
            "contests.player_count"
        );
    }
}

#[test]
fn byes_go_to_the_top_seeds_when_the_field_is_not_a_power_of_two() {
    let players = ids(12);
    let round = first_round(&players).unwrap();
    assert_eq!(round.len(), 8);
    let byes: Vec<i64> = round
        .iter()
        .filter(|m| m.is_bye())
        .map(|m| m.first.or(m.second).unwrap())
        .collect();
    assert_eq!(byes, [101, 104, 103, 102], "seeds 1–4, in bracket order");
    let five = first_round(&ids(5)).unwrap();
    assert_eq!(
        pairs(&five),
        [
            (Some(101), None),
            (Some(104), Some(105)),
            (Some(103), None),
            (Some(102), None)
        ]
    );
}

#[test]
fn winners_advance_in_bracket_order_until_the_final() {
    let players = ids(16);
    let r1 = first_round(&players).unwrap();
    assert_eq!(r1[0].first, Some(101));
    assert_eq!(r1[0].second, Some(116));
    let r2 = next_round(&r1, &favourites(&r1, &players), false).unwrap();
    let seeds = |round: &[BracketMatch]| -> Vec<(i64, i64)> {
        round
            .iter()
            .map(|m| (m.first.unwrap() - 100, m.second.unwrap() - 100))
            .collect()
    };
    assert_eq!(seeds(&r2), [(1, 8), (5, 4), (3, 6), (7, 2)]);
    let r3 = next_round(&r2, &favourites(&r2, &players), false).unwrap();
    assert_eq!(seeds(&r3), [(1, 4), (3, 2)]);
    let r4 = next_round(&r3, &favourites(&r3, &players), false).unwrap();
    assert_eq!(seeds(&r4), [(1, 2)]);
    assert_eq!((r4[0].round, round_name(r4.len())), (4, "决赛".to_string()));
    let e = shown(next_round(&r4, &favourites(&r4, &players), false).unwrap_err());
    assert_eq!(e.code, "contests.tournament_over");
    assert_eq!(round_name(2), "半决赛");
    assert_eq!(round_name(4), "1/4 决赛");
}

#[test]
fn byes_go_through_without_a_result() {
    let players = ids(5);
    let r1 = first_round(&players).unwrap();
    let upset = [MatchWinner {
        number: 2,
        winner: 105,
    }];
    let r2 = next_round(&r1, &upset, false).unwrap();
    assert_eq!(pairs(&r2), [(Some(101), Some(105)), (Some(103), Some(102))]);
}

#[test]
fn after_the_semi_finals_the_losers_meet_for_third_place_when_asked() {
    let players = ids(4);
    let semis = first_round(&players).unwrap();
    let winners = favourites(&semis, &players);
    let without = next_round(&semis, &winners, false).unwrap();
    assert_eq!(without.len(), 1);
    let with = next_round(&semis, &winners, true).unwrap();
    assert_eq!(with.len(), 2);
    assert_eq!(
        (
            with[1].number,
            with[1].third_place,
            with[1].first,
            with[1].second
        ),
        (2, true, Some(104), Some(103))
    );
    assert!(!with[0].third_place);
    // With three players one semi-final is a bye: there is a single loser and no 季军赛.
    let three = first_round(&ids(3)).unwrap();
    let final_only = next_round(&three, &favourites(&three, &ids(3)), true).unwrap();
    assert_eq!(final_only.len(), 1);
}

#[test]
fn the_next_round_waits_for_every_result_and_checks_the_winners() {
    let players = ids(8);
    let r1 = first_round(&players).unwrap();
    let mut winners = favourites(&r1, &players);
    winners.pop();
    let e = shown(next_round(&r1, &winners, false).unwrap_err());
    assert_eq!(e.code, "contests.round_not_finished");
    assert_eq!(
        e.message,
        "第 4 场还没有录入胜者，本轮全部结束后才能排下一轮"
    );
    let wrong = [MatchWinner {
        number: 1,
        winner: 105,
    }];
    let e = shown(next_round(&r1, &wrong, false).unwrap_err());
    assert_eq!(e.code, "contests.winner_not_in_match");
    let unknown = [MatchWinner {
        number: 9,
        winner: 101,
    }];
    assert_eq!(
        shown(next_round(&r1, &unknown, false).unwrap_err()).code,
        "contests.unknown_match"
    );
}

#[test]
fn a_knockout_needs_2_to_64_distinct_players() {
    assert_eq!(
        shown(first_round(&ids(1)).unwrap_err()).code,
        "contests.player_count"
    );
    assert_eq!(
        shown(first_round(&ids(65)).unwrap_err()).code,
        "contests.player_count"
    );
    assert_eq!(first_round(&ids(64)).unwrap().len(), 32);
    assert_eq!(
        shown(first_round(&[1, 1]).unwrap_err()).code,
        "contests.duplicate_id"
    );
}
