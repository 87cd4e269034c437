use super::*;

fn seeds(g: &DrawnGroup) -> Vec<i64> {
    g.players.iter().map(|p| p - 100).collect()
}

#[test]
fn snake_seeding_gives_group_a_seeds_1_8_9_16() {
    let groups = snake_groups(&ids(16), 4).unwrap();
    let got: Vec<(&str, Vec<i64>)> = groups
        .iter()
        .map(|g| (g.label.as_str(), seeds(g)))
        .collect();
    assert_eq!(
        got,
        [
            ("A", vec![1, 8, 9, 16]),
            ("B", vec![2, 7, 10, 15]),
            ("C", vec![3, 6, 11, 14]),
            ("D", vec![4, 5, 12, 13]),
        ]
    );
}

#[test]
fn groups_differ_in_size_by_at_most_one() {
    let groups = snake_groups(&ids(10), 3).unwrap();
    let got: Vec<Vec<i64>> = groups.iter().map(seeds).collect();
    assert_eq!(got, [vec![1, 6, 7], vec![2, 5, 8], vec![3, 4, 9, 10]]);
}

#[test]
fn every_group_needs_at_least_two_players() {
    let e = shown(snake_groups(&ids(7), 4).unwrap_err());
    assert_eq!(e.code, "contests.invalid_groups");
    assert_eq!(
        e.message,
        "7 名选手不能分成 4 个小组：每组至少 2 人，最多 26 组"
    );
    assert!(snake_groups(&ids(8), 0).is_err());
    assert!(snake_groups(&ids(60), 27).is_err());
    assert_eq!(group_label(25), "Z");
}

#[test]
fn the_top_k_of_each_group_go_through_winners_first() {
    let standings = vec![vec![1, 2, 3], vec![4, 5, 6, 7], vec![8, 9, 10]];
    let q = qualifiers(&standings, 2).unwrap();
    let got: Vec<(String, u32, i64)> = q
        .into_iter()
        .map(|q| (q.group, q.place, q.player))
        .collect();
    assert_eq!(
        got,
        [
            ("A".into(), 1, 1),
            ("B".into(), 1, 4),
            ("C".into(), 1, 8),
            ("A".into(), 2, 2),
            ("B".into(), 2, 5),
            ("C".into(), 2, 9),
        ]
    );
    let e = shown(qualifiers(&[vec![1, 2]], 3).unwrap_err());
    assert_eq!(e.code, "contests.too_many_qualifiers");
    assert_eq!(e.message, "A 组只有 2 人，不能取前 3 名出线");
}

#[test]
fn groups_then_knockout_seeds_the_group_winners_apart() {
    // 16 players in 4 groups of 4; the first two of each go through, in group order.
    let groups = snake_groups(&ids(16), 4).unwrap();
    let standings: Vec<Vec<i64>> = groups.iter().map(|g| g.players.clone()).collect();
    let through: Vec<i64> = qualifiers(&standings, 2)
        .unwrap()
        .into_iter()
        .map(|q| q.player)
        .collect();
    let bracket = first_round(&through).unwrap();
    // Winners are seeds 1–4 and meet runners-up first: A1 v D2 on top, B1 v C2 at the bottom.
    assert_eq!(
        (bracket[0].first, bracket[0].second),
        (Some(101), Some(105))
    );
    assert_eq!(
        (bracket[3].first, bracket[3].second),
        (Some(102), Some(106))
    );
}
