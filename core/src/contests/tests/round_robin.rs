use std::collections::{BTreeMap, HashMap};

use super::*;

/// The published tables: size → rounds → pairs.
fn published() -> BTreeMap<u32, Vec<Vec<(u32, u32)>>> {
    let mut tables: BTreeMap<u32, Vec<Vec<(u32, u32)>>> = BTreeMap::new();
    let mut current = 0;
    for line in data_lines(BERGER_TABLES) {
        if let Some(n) = line.strip_prefix("players ") {
            current = n.parse().unwrap();
            tables.insert(current, Vec::new());
            continue;
        }
        let (round, pairs) = line.split_once(": ").unwrap();
        let table = tables.get_mut(&current).unwrap();
        assert_eq!(round.parse::<usize>().unwrap(), table.len() + 1);
        table.push(
            pairs
                .split(' ')
                .map(|p| {
                    let (a, b) = p.split_once('-').unwrap();
                    (a.parse().unwrap(), b.parse().unwrap())
                })
                .collect(),
        );
    }
    tables
}

fn single() -> RoundRobinOptions {
    RoundRobinOptions::default()
}

#[test]
fn the_data_file_holds_every_fide_table_from_4_to_16() {
    let tables = published();
    assert_eq!(
        tables.keys().copied().collect::<Vec<_>>(),
        [4, 6, 8, 10, 12, 14, 16]
    );
    for (n, t) in &tables {
        assert_eq!(t.len() as u32, n - 1, "{n} players play {} rounds", n - 1);
        assert!(t.iter().all(|r| r.len() as u32 == n / 2));
    }
}

#[test]
fn the_generator_reproduces_the_published_berger_tables_for_every_size_3_to_16() {
    let tables = published();
    for n in 3..=16u32 {
        let size = n + n % 2;
        let expected = &tables[&size];
        assert_eq!(&berger_table(size).unwrap(), expected, "table for {size}");
        // The schedule for n players: the table, with the highest number as the bye when n is odd.
        let players: Vec<i64> = (1..=n as i64).collect();
        let rounds = round_robin(&players, &single()).unwrap();
        assert_eq!(rounds.len(), expected.len());
        for (got, want) in rounds.iter().zip(expected) {
            let pairs: Vec<(u32, u32)> = got
                .fixtures
                .iter()
                .map(|f| (f.first as u32, f.second as u32))
                .collect();
            let real: Vec<(u32, u32)> = want
                .iter()
                .copied()
                .filter(|&(a, b)| a <= n && b <= n)
                .collect();
            assert_eq!(pairs, real, "{n} players, round {}", got.round);
            let bye = want
                .iter()
                .find(|&&(a, b)| a > n || b > n)
                .map(|&(a, b)| a.min(b) as i64);
            assert_eq!(got.bye, bye);
            let boards: Vec<u32> = got.fixtures.iter().map(|f| f.board).collect();
            assert_eq!(boards, (1..=pairs.len() as u32).collect::<Vec<_>>());
        }
    }
}

/// How many times each pair meets in the rounds of `cycle`.
fn meetings(rounds: &[RoundRobinRound], cycle: u32) -> HashMap<(i64, i64), u32> {
    let mut met = HashMap::new();
    for r in rounds.iter().filter(|r| r.cycle == cycle) {
        for f in &r.fixtures {
            *met.entry((f.first.min(f.second), f.first.max(f.second)))
                .or_default() += 1;
        }
    }
    met
}

#[test]
fn every_pair_meets_exactly_once_per_cycle() {
    for n in 3..=16usize {
        let players = ids(n);
        for double in [false, true] {
            let options = RoundRobinOptions {
                double,
                swap_last_two_rounds: double,
            };
            let rounds = round_robin(&players, &options).unwrap();
            for cycle in 1..=(1 + double as u32) {
                let met = meetings(&rounds, cycle);
                assert_eq!(met.len(), n * (n - 1) / 2, "{n} players, cycle {cycle}");
                assert!(met.values().all(|&m| m == 1));
            }
            // Nobody plays twice in a round.
            for r in &rounds {
                let mut seen: Vec<i64> = r
                    .fixtures
                    .iter()
                    .flat_map(|f| [f.first, f.second])
                    .collect();
                seen.extend(r.bye);
                seen.sort();
                assert_eq!(seen, players, "round {} has everyone once", r.round);
            }
        }
    }
}

#[test]
fn with_an_odd_count_everyone_sits_out_exactly_once_per_cycle() {
    for n in (3..=15).step_by(2) {
        let rounds = round_robin(&ids(n), &single()).unwrap();
        let mut byes: Vec<i64> = rounds.iter().filter_map(|r| r.bye).collect();
        byes.sort();
        assert_eq!(byes, ids(n));
    }
    let even = round_robin(&ids(6), &single()).unwrap();
    assert!(even.iter().all(|r| r.bye.is_none()));
}

#[test]
fn colours_differ_by_at_most_one_per_player_in_a_single_cycle() {
    for n in 3..=16 {
        let rounds = round_robin(&ids(n), &single()).unwrap();
        let mut balance: HashMap<i64, i32> = HashMap::new();
        for f in rounds.iter().flat_map(|r| &r.fixtures) {
            *balance.entry(f.first).or_default() += 1;
            *balance.entry(f.second).or_default() -= 1;
        }
        for (p, b) in balance {
            assert!(
                b.abs() <= 1,
                "{n} players: player {p} has colour balance {b}"
            );
        }
    }
}

#[test]
fn the_second_cycle_reverses_every_pairing_of_the_first() {
    let players = ids(6);
    let rounds = round_robin(
        &players,
        &RoundRobinOptions {
            double: true,
            swap_last_two_rounds: false,
        },
    )
    .unwrap();
    assert_eq!(rounds.len(), 10);
    for k in 0..5 {
        let (first, second) = (&rounds[k], &rounds[k + 5]);
        assert_eq!((first.cycle, second.cycle), (1, 2));
        assert_eq!(second.round as usize, k + 6);
        let reversed: Vec<(i64, i64)> =
            first.fixtures.iter().map(|f| (f.second, f.first)).collect();
        let got: Vec<(i64, i64)> = second
            .fixtures
            .iter()
            .map(|f| (f.first, f.second))
            .collect();
        assert_eq!(got, reversed);
    }
    // In a double round robin each player has as many 红方 as 黑方 games.
    let mut balance: HashMap<i64, i32> = HashMap::new();
    for f in rounds.iter().flat_map(|r| &r.fixtures) {
        *balance.entry(f.first).or_default() += 1;
        *balance.entry(f.second).or_default() -= 1;
    }
    assert!(balance.values().all(|&b| b == 0));
}

#[test]
fn fides_advice_swaps_the_last_two_rounds_of_the_first_cycle() {
    let players = ids(8);
    let plain = round_robin(&players, &single()).unwrap();
    let options = RoundRobinOptions {
        double: true,
        swap_last_two_rounds: true,
    };
    let swapped = round_robin(&players, &options).unwrap();
    assert_eq!(swapped[5].fixtures, plain[6].fixtures);
    assert_eq!(swapped[6].fixtures, plain[5].fixtures);
    assert_eq!(swapped[0].fixtures, plain[0].fixtures);
    assert_eq!((swapped[5].round, swapped[6].round), (6, 7));
    // Nobody then gets the same colour three times running across the two cycles.
    for &p in &players {
        let colours: Vec<bool> = swapped
            .iter()
            .map(|r| r.fixtures.iter().any(|f| f.first == p))
            .collect();
        assert!(
            colours.windows(3).all(|w| !(w[0] == w[1] && w[1] == w[2])),
            "player {p}: {colours:?}"
        );
    }
}

#[test]
fn fewer_than_3_or_more_than_16_players_are_refused() {
    for n in [0, 1, 2, 17] {
        let e = shown(round_robin(&ids(n), &single()).unwrap_err());
        assert_eq!(e.code, "contests.player_count");
    }
    let e = shown(round_robin(&ids(17), &single()).unwrap_err());
    assert_eq!(
        e.message,
        "循环赛（人数更多时请分组或采用瑞士制）需要 3–16 名选手，现在有 17 名"
    );
    let e = shown(round_robin(&[1, 2, 2], &single()).unwrap_err());
    assert_eq!(e.code, "contests.duplicate_id");
}
