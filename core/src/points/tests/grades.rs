//! 评诺 grades: a person graded 优秀 or 良好 in a closed round gains the policy's points on the day
//! the round closed; 一般, 差, 科室 grades and rounds still open count nothing.

use super::*;
use crate::pledges::{self, ColleagueScope, ItemInput, Owner, PledgeInput, PledgeRoundInput};
use crate::pledges::{Rating, RatingInput, RatingMode, Scoring};

/// A named 评诺 round of 2026 over the pledges of people 0, 1, 2 and of person 0's 科室 (办公室),
/// opened on 20 November and rated the next day: person 0 rates themself 满意 (100, 优秀);
/// person 1 rates themself 基本满意 and their colleague person 4 rates them 满意 (86.67, 良好);
/// person 2 rates themself 基本满意 (60, 一般); person 3 rates the 办公室 pledge 满意 (优秀).
/// Returns the round, still open.
fn rated_round(u: &mut Unit) -> i64 {
    let p = u.people.clone();
    let office = crate::roster::get_staff(&u.conn, p[0])
        .unwrap()
        .department_id;
    let item = || ItemInput {
        kind: "岗位承诺".into(),
        content: "按时办结每一件来文".into(),
        due_on: day(12, 31),
    };
    let mut pledge_of = |owner: Owner, actor: pledges::Actor| {
        let input = PledgeInput {
            owner,
            year: 2026,
            items: vec![item()],
        };
        pledges::publish_pledge(&mut u.conn, &input, actor, november(2, 9))
            .unwrap()
            .id
    };
    let mine: Vec<i64> = p[..3]
        .iter()
        .map(|&s| pledge_of(Owner::Person { staff_id: s }, pledges::Actor::Staff(s)))
        .collect();
    let office_pledge = pledge_of(
        Owner::Department {
            department_id: office,
        },
        pledges::Actor::Organizer,
    );
    let input = PledgeRoundInput {
        year: 2026,
        title: "2026年度评诺".into(),
        mode: RatingMode::Named,
        colleagues: ColleagueScope::SameDepartment,
        leader_ids: Vec::new(),
        colleague_ids: Vec::new(),
        scoring: Scoring::default(),
    };
    let r = pledges::create_round(&mut u.conn, &input, november(20, 9)).unwrap();
    pledges::open_round(&mut u.conn, r.id, november(20, 10)).unwrap();
    for (rater, pledge, rating) in [
        (p[0], mine[0], Rating::Satisfied),
        (p[1], mine[1], Rating::Basic),
        (p[4], mine[1], Rating::Satisfied),
        (p[2], mine[2], Rating::Basic),
        (p[3], office_pledge, Rating::Satisfied),
    ] {
        let input = RatingInput {
            round_id: r.id,
            pledge_id: pledge,
            rating,
            comment: String::new(),
        };
        pledges::rate(&mut u.conn, rater, &input, november(21, 9)).unwrap();
    }
    r.id
}

fn close(u: &mut Unit, round: i64) {
    pledges::close_round(&mut u.conn, round, november(24, 16)).unwrap();
}

#[test]
fn grades_of_a_closed_round_count_excellent_and_good_on_the_closing_day() {
    let mut u = unit(6);
    let round = rated_round(&mut u);
    assert_eq!(u.total(u.people[0]), 0.0, "an open round has no grades yet");
    assert!(u.ledger(u.people[0]).rows.is_empty());
    close(&mut u, round);

    let totals: Vec<f64> = u.people[..4].iter().map(|p| u.total(*p)).collect();
    assert_eq!(
        totals,
        [5.0, 3.0, 0.0, 0.0],
        "优秀 +5, 良好 +3, 一般 nothing"
    );
    let row = u.ledger(u.people[0]).rows[0].clone();
    assert_eq!(
        (
            row.kind,
            row.source_id,
            row.title.as_str(),
            row.detail.as_str(),
            row.date,
            row.points
        ),
        (
            SourceKind::PledgeGrade,
            round,
            "2026年度评诺",
            "优秀",
            day(11, 24),
            5.0
        )
    );
    assert_eq!(
        row.counted,
        Counted::Grade {
            grade: crate::pledges::Grade::Excellent
        }
    );
    assert_eq!(u.ledger(u.people[1]).rows[0].detail, "良好");
    assert!(
        u.ledger(u.people[2]).rows.is_empty(),
        "一般 has no rule and no row"
    );
    assert!(
        u.ledger(u.people[3]).rows.is_empty(),
        "the 办公室 grade is the 科室's, nobody's points"
    );
    u.assert_consistent();

    let q3 = Period {
        quarter: Some(3),
        ..YEAR
    };
    let november_only = Period {
        month: Some(11),
        ..YEAR
    };
    let on = |p: Period| {
        u.board(p)
            .people
            .iter()
            .find(|s| s.staff_id == u.people[0])
            .unwrap()
            .total
    };
    assert_eq!((on(november_only), on(q3)), (5.0, 0.0));
}

#[test]
fn a_policy_change_of_the_grade_points_is_previewed_and_then_counted() {
    let mut u = unit(6);
    let round = rated_round(&mut u);
    close(&mut u, round);
    let rules = PointsRules {
        pledge_excellent: 8.0,
        pledge_good: 0.0,
        ..PointsRules::default()
    };
    let preview = preview_policy(&u.conn, 2026, &rules, now()).unwrap();
    let changes: Vec<_> = preview
        .changes
        .iter()
        .map(|c| (c.staff_id, c.before, c.after))
        .collect();
    assert_eq!(changes, [(u.people[0], 5.0, 8.0), (u.people[1], 3.0, 0.0)]);
    set_policy(&mut u.conn, 2026, &rules, "评诺优秀加重", now()).unwrap();
    assert_eq!((u.total(u.people[0]), u.total(u.people[1])), (8.0, 0.0));
    u.assert_consistent();
}

#[test]
fn the_ledger_equals_the_sum_of_its_sources_with_grades_among_them() {
    let mut u = unit(6);
    let all = u.people.clone();
    let (a, m) = u.activity(ActivityKind::Study, "学习", &all);
    u.hold(a, &m[..4]);
    u.honor("文明之星", all[1]);
    let round = rated_round(&mut u);
    close(&mut u, round);
    u.adjust(all[0], -1.5, "迟交承诺书").unwrap();
    u.assert_consistent();
    // person 0: 学习 +1, 优秀 +5, adjustment −1.5
    assert_eq!(u.total(all[0]), 4.5);
    // person 1: 学习 +1, honor +10, 良好 +3
    assert_eq!(u.total(all[1]), 14.0);
    u.correct(m[0], Attendance::Absent);
    u.assert_consistent();
    assert_eq!(u.total(all[0]), 2.5);
}
