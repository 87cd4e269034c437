use super::super::rankings::{rank_departments, DepartmentTotal};
use super::*;

#[test]
fn people_are_ranked_by_total_and_equal_totals_share_a_rank() {
    let mut u = with_challenge();
    let p = u.people.clone();
    u.enter(p[0], 1, 8000.0).unwrap();
    u.enter(p[0], 2, 2000.0).unwrap();
    u.enter(p[1], 1, 10_000.0).unwrap();
    u.enter(p[4], 1, 12_000.0).unwrap();
    let board = u.board();
    let line: Vec<(&str, u32, f64, u32)> = board
        .people
        .iter()
        .map(|s| (s.name.as_str(), s.rank, s.total, s.days))
        .collect();
    assert_eq!(
        line,
        vec![
            ("钱一", 1, 12_000.0, 1),
            ("张一", 2, 10_000.0, 2),
            ("张二", 2, 10_000.0, 1),
            ("张三", 4, 0.0, 0),
            ("张四", 4, 0.0, 0),
            ("钱二", 4, 0.0, 0),
        ],
        "days entered are shown, never a tie-break"
    );
}

#[test]
fn a_small_department_is_ranked_per_head_and_not_behind_for_being_small() {
    let mut u = with_challenge();
    let p = u.people.clone();
    // 办公室 (4 people): 30 000 in all = 7 500 a head. 财务科 (2): 20 000 = 10 000 a head.
    for &who in &p[..3] {
        u.enter(who, 1, 10_000.0).unwrap();
    }
    u.enter(p[4], 1, 20_000.0).unwrap();
    let board = u.board();
    type Line<'a> = (&'a str, Option<u32>, u32, u32, f64, f64);
    let line: Vec<Line> = board
        .departments
        .iter()
        .map(|d| {
            (
                d.name.as_str(),
                d.rank,
                d.headcount,
                d.participants,
                d.total,
                d.per_head,
            )
        })
        .collect();
    assert_eq!(
        line,
        vec![
            ("财务科", Some(1), 2, 2, 20_000.0, 10_000.0),
            ("办公室", Some(2), 4, 4, 30_000.0, 7_500.0),
            ("人事科", Some(3), 1, 0, 0.0, 0.0),
        ]
    );
}

#[test]
fn departments_with_the_same_share_per_head_share_a_rank() {
    let mut u = with_challenge();
    let p = u.people.clone();
    // 办公室 40 000 over 4 and 财务科 20 000 over 2: 10 000 a head each.
    for &who in &p[..4] {
        u.enter(who, 1, 10_000.0).unwrap();
    }
    u.enter(p[4], 1, 15_000.0).unwrap();
    u.enter(p[5], 1, 5_000.0).unwrap();
    let ranks: Vec<(String, Option<u32>)> = u
        .board()
        .departments
        .into_iter()
        .map(|d| (d.name, d.rank))
        .collect();
    assert_eq!(
        ranks,
        vec![
            ("办公室".into(), Some(1)),
            ("财务科".into(), Some(1)),
            ("人事科".into(), Some(3)),
        ]
    );
}

#[test]
fn shares_are_compared_exactly_not_after_rounding() {
    let d = |id: i64, headcount: u32, total: i64| DepartmentTotal {
        department_id: id,
        name: format!("科{id}"),
        headcount,
        participants: headcount,
        total,
    };
    // 10/3 = 3.333… and 3 333 333 333/1 000 000 000 = 3.333333333: differ only far past the
    // shown decimals; and a 科室 without 在职 staff comes last without a rank.
    let ranked = rank_departments(
        ChallengeUnit::Steps,
        vec![
            d(1, 1_000_000_000, 3_333_333_333),
            d(2, 0, 500),
            d(3, 3, 10),
        ],
    );
    let ranks: Vec<(i64, Option<u32>)> = ranked.iter().map(|r| (r.department_id, r.rank)).collect();
    assert_eq!(ranks, vec![(3, Some(1)), (1, Some(2)), (2, None)]);
    assert_eq!(ranked[0].per_head, 3.33);
}

#[test]
fn a_department_not_open_to_the_activity_is_not_ranked() {
    let mut u = unit();
    let only: Vec<i64> = u
        .conn
        .query_row(
            "SELECT id FROM department WHERE name = '财务科'",
            [],
            |r| r.get(0),
        )
        .map(|id| vec![id])
        .unwrap();
    let mut input = november_input(crate::activities::ActivityKind::Fitness);
    input.department_ids = only;
    let a = testkit::publish(&mut u.conn, &input).id;
    set_challenge(&mut u.conn, a, &steps(), at(1, 8)).unwrap();
    let board = challenge_board(&u.conn, a, at(10, 12), Role::Organizer).unwrap();
    let names: Vec<&str> = board.departments.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, vec!["财务科"]);
}

#[test]
fn staff_mode_does_not_see_a_draft_activitys_challenge() {
    let mut u = unit();
    let draft = activities::create_activity(
        &mut u.conn,
        &november_input(crate::activities::ActivityKind::Fitness),
        false,
        at(1, 8),
    )
    .unwrap()
    .id;
    set_challenge(&mut u.conn, draft, &steps(), at(1, 8)).unwrap();
    assert!(challenge_board(&u.conn, draft, at(10, 12), Role::Staff).is_err());
    let p = u.people[0];
    let e = enter_count(
        &mut u.conn,
        draft,
        p,
        &ChallengeEntryInput {
            day: day(9),
            amount: 1.0,
            replace: false,
        },
        Actor::Organizer,
        at(10, 12),
    )
    .unwrap_err();
    assert_eq!(code(e), "challenge.activity_draft");
}
