//! The 测评体系 tree: the 示例, levels, 分值 and the 100-分 limit, order, self-assessed scores.

use super::*;

#[test]
fn the_sample_has_thirteen_items_worth_100_with_a_special_branch_on_top_all_labelled_sample() {
    let u = unit();
    let t = tree(&u.conn).unwrap();
    let base: Vec<&Node> = t.items.iter().filter(|i| !i.special).collect();
    assert_eq!(base.len(), 13);
    assert_eq!(base[0].name, "学雷锋活动");
    assert_eq!(base[0].points, 14);
    assert_eq!((t.base_points, t.special_points), (100, 10));
    assert!(t.sample && t.sample_source.starts_with("示例"));
    for i in &t.items {
        let indicators: u32 = i.children.iter().map(|c| c.points).sum();
        assert_eq!(indicators, i.points, "{}", i.name);
        for ind in &i.children {
            assert!(ind
                .children
                .iter()
                .all(|s| s.level == Level::Standard && !s.methods.is_empty()));
            assert_eq!(
                ind.children.iter().map(|s| s.points).sum::<u32>(),
                ind.points
            );
        }
    }
}

#[test]
fn the_sample_is_loaded_only_into_an_empty_tree() {
    let mut u = unit();
    let before = tree(&u.conn).unwrap();
    assert_eq!(
        code(load_sample_tree(&mut u.conn).unwrap_err()),
        "ledger.tree_not_empty"
    );
    assert_eq!(tree(&u.conn).unwrap(), before);
}

#[test]
fn an_edited_node_is_no_longer_the_sample_and_keeps_what_the_organizer_typed() {
    let mut u = unit();
    let id = item(&u, "学雷锋活动");
    let node = update_node(&mut u.conn, id, &input("  学雷锋志愿服务  ", 14)).unwrap();
    assert_eq!(node.name, "学雷锋志愿服务");
    assert!(!node.sample);
    assert!(
        tree(&u.conn).unwrap().sample,
        "the other nodes are still the 示例's"
    );
}

#[test]
fn the_basic_items_may_not_add_up_to_more_than_100_but_special_items_sit_on_top() {
    let mut u = unit();
    let e = add_node(&mut u.conn, None, &input("新增项目", 1)).unwrap_err();
    assert_eq!(code(e), "ledger.base_over_100");
    let id = item(&u, "学雷锋活动");
    let e = update_node(&mut u.conn, id, &input("学雷锋活动", 15)).unwrap_err();
    assert_eq!(code(e), "ledger.base_over_100");
    update_node(&mut u.conn, id, &input("学雷锋活动", 13)).unwrap();
    add_node(&mut u.conn, None, &input("新增项目", 1)).unwrap();
    let special = add_node(
        &mut u.conn,
        None,
        &NodeInput {
            special: true,
            ..input("品牌创建", 5)
        },
    )
    .unwrap();
    assert!(special.special);
    let t = tree(&u.conn).unwrap();
    assert_eq!((t.base_points, t.special_points), (100, 15));
}

#[test]
fn levels_go_item_indicator_standard_and_no_deeper() {
    let mut u = unit();
    let it = add_node(
        &mut u.conn,
        None,
        &NodeInput {
            special: true,
            ..input("特色二", 3)
        },
    )
    .unwrap();
    let ind = add_node(&mut u.conn, Some(it.id), &input("指标", 3)).unwrap();
    let st = add_node(&mut u.conn, Some(ind.id), &input("标准", 3)).unwrap();
    assert_eq!(
        (it.level, ind.level, st.level),
        (Level::Item, Level::Indicator, Level::Standard)
    );
    assert_eq!(
        code(add_node(&mut u.conn, Some(st.id), &input("再下一级", 1)).unwrap_err()),
        "ledger.too_deep"
    );
    let e = add_node(
        &mut u.conn,
        Some(it.id),
        &NodeInput {
            special: true,
            ..input("x", 1)
        },
    )
    .unwrap_err();
    assert_eq!(code(e), "ledger.special_only_items");
    assert_eq!(
        code(add_node(&mut u.conn, Some(it.id), &input(" ", 1)).unwrap_err()),
        "ledger.bad_name"
    );
    assert_eq!(
        code(add_node(&mut u.conn, Some(it.id), &input("x", 101)).unwrap_err()),
        "ledger.points_out_of_range"
    );
    assert_eq!(
        code(add_node(&mut u.conn, Some(99_999), &input("x", 1)).unwrap_err()),
        "ledger.not_found"
    );
}

#[test]
fn moving_a_node_swaps_it_with_its_neighbour_and_stops_at_the_ends() {
    let mut u = unit();
    let names = |u: &Unit| -> Vec<String> {
        tree(&u.conn)
            .unwrap()
            .items
            .iter()
            .take(3)
            .map(|i| i.name.clone())
            .collect()
    };
    let second = item(&u, "志愿服务活动");
    move_node(&mut u.conn, second, true).unwrap();
    assert_eq!(names(&u), ["志愿服务活动", "学雷锋活动", "道德讲堂建设"]);
    move_node(&mut u.conn, second, true).unwrap();
    assert_eq!(names(&u), ["志愿服务活动", "学雷锋活动", "道德讲堂建设"]);
    move_node(&mut u.conn, second, false).unwrap();
    assert_eq!(names(&u), ["学雷锋活动", "志愿服务活动", "道德讲堂建设"]);
}

#[test]
fn the_self_score_of_an_item_lies_between_0_and_its_points_in_tenths() {
    let mut u = unit();
    let id = item(&u, "学雷锋活动");
    assert_eq!(
        set_self_score(&mut u.conn, id, Some(12.5))
            .unwrap()
            .self_score,
        Some(12.5)
    );
    for bad in [14.5, -1.0, 3.25, f64::NAN] {
        let e = set_self_score(&mut u.conn, id, Some(bad)).unwrap_err();
        assert_eq!(code(e), "ledger.self_score_out_of_range", "{bad}");
    }
    let st = standard(&u, "制定年度学雷锋");
    assert_eq!(
        code(set_self_score(&mut u.conn, st, Some(1.0)).unwrap_err()),
        "ledger.not_an_item"
    );
    let c = coverage(&u.conn, 2026, 2026, now()).unwrap();
    assert_eq!(c.self_total, 12.5);
    assert_eq!(
        set_self_score(&mut u.conn, id, None).unwrap().self_score,
        None
    );
}
