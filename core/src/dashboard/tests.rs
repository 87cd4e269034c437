//! The home page: participation per 科室, activities by month, lists, top points and pending work.

use super::*;
use crate::activities::{self, ActivityKind, Actor};
use crate::honors::{self, NominationInput, NominationSource};
use crate::testkit::{self, november};

fn unit() -> (Connection, Vec<i64>, Vec<i64>) {
    let mut conn = testkit::database();
    let departments = testkit::departments(&mut conn, &["办公室", "宣传科"]);
    // 办公室 gets 0, 2, 4; 宣传科 gets 1, 3.
    let people = testkit::staff(&mut conn, testkit::people(5, "职工", &departments));
    (conn, departments, people)
}

fn held(conn: &mut Connection, title: &str, people: &[i64], present: &[i64]) -> i64 {
    let a = testkit::publish(conn, &testkit::activity_input(ActivityKind::Study, title)).id;
    testkit::sign_up_all(conn, a, people, Actor::Staff);
    for s in activities::signups(conn, a).unwrap() {
        for m in s.members {
            if present.contains(&m.staff_id) {
                activities::check_in(conn, m.id, november(25, 9)).unwrap();
            }
        }
    }
    activities::finish_activity(conn, a, november(25, 12)).unwrap();
    a
}

#[test]
fn participation_is_the_share_of_active_staff_who_attended_at_least_once() {
    let (mut conn, _, p) = unit();
    held(&mut conn, "学习一", &p, &[p[0], p[1]]);
    held(&mut conn, "学习二", &p, &[p[0], p[2]]);
    let d = dashboard(&conn, november(26, 9), Role::Staff).unwrap();
    let shares: Vec<_> = d
        .participation
        .iter()
        .map(|x| (x.name.as_str(), x.active_staff, x.attendees))
        .collect();
    assert_eq!(shares, [("办公室", 3, 2), ("宣传科", 2, 1)]);
    assert!((d.participation[0].share - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(d.participation[1].share, 0.5);
    let mut months = vec![0; 12];
    months[10] = 2;
    assert_eq!(d.activities_by_month, months);
    assert_eq!(d.top_points[0].staff_id, p[0]);
    assert_eq!(d.top_points[0].total, 2.0);
}

#[test]
fn a_home_page_prepared_at_opening_shows_what_is_written_after() {
    // The app reads the 首页 once when it opens the database and keeps those reads; the 首页 asked
    // for after a check-in and a new hire shows both.
    let (mut conn, d, p) = unit();
    held(&mut conn, "学习一", &p, &[p[0]]);
    let at = november(26, 9);
    prepare(&conn, at).unwrap();
    let shares = |conn: &Connection| {
        dashboard(conn, at, Role::Staff)
            .unwrap()
            .participation
            .into_iter()
            .map(|x| (x.name, x.active_staff, x.attendees))
            .collect::<Vec<_>>()
    };
    // Absent after signing up −1, present +1.
    let points_of = |conn: &Connection, who: i64| {
        let top = dashboard(conn, at, Role::Staff).unwrap().top_points;
        top.iter().find(|s| s.staff_id == who).map(|s| s.total)
    };
    let name = |n: &str| n.to_string();
    assert_eq!(
        shares(&conn),
        [(name("办公室"), 3, 1), (name("宣传科"), 2, 0)]
    );
    assert_eq!(points_of(&conn, p[3]), Some(-1.0));
    held(&mut conn, "学习二", &p, &[p[1], p[3]]);
    testkit::staff(&mut conn, [testkit::person(9, "新人", d[1])]);
    assert_eq!(
        shares(&conn),
        [(name("办公室"), 3, 1), (name("宣传科"), 3, 2)]
    );
    assert_eq!(points_of(&conn, p[3]), Some(0.0));
}

#[test]
fn upcoming_and_open_activities_are_listed_before_they_start() {
    let (mut conn, _, _) = unit();
    let a = testkit::publish(
        &mut conn,
        &testkit::activity_input(ActivityKind::Hiking, "登山"),
    )
    .id;
    let on = |t| dashboard(&conn, t, Role::Staff).unwrap();
    let before = on(november(10, 9));
    assert_eq!(
        before.upcoming.iter().map(|x| x.id).collect::<Vec<_>>(),
        [a]
    );
    assert_eq!(
        before.open_signups.iter().map(|x| x.id).collect::<Vec<_>>(),
        [a]
    );
    let after_deadline = on(november(21, 9));
    assert_eq!(after_deadline.upcoming.len(), 1);
    assert!(after_deadline.open_signups.is_empty());
    assert!(on(november(26, 9)).upcoming.is_empty());
}

#[test]
fn only_the_organizer_gets_the_pending_work_each_naming_its_record() {
    let (mut conn, _, p) = unit();
    let categories = honors::seed_default_categories(&mut conn, 2026, november(1, 8)).unwrap();
    let c = categories
        .iter()
        .find(|c| c.name == "文明服务标兵")
        .unwrap();
    let input = NominationInput {
        category_id: c.id,
        nominee_staff_id: Some(p[0]),
        nominee_department_id: None,
        source: NominationSource::Leadership,
        source_department_id: None,
        actor_staff_id: None,
        deeds: "热情服务".into(),
    };
    honors::nominate(&mut conn, &input, november(2, 9)).unwrap();
    let staff = dashboard(&conn, november(3, 9), Role::Staff).unwrap();
    assert_eq!(staff.pending, None);
    let organizer = dashboard(&conn, november(3, 9), Role::Organizer).unwrap();
    assert_eq!(
        organizer.pending.unwrap(),
        [PendingItem {
            kind: PendingKind::NominationsToReview,
            target_id: c.id,
            title: "文明服务标兵".into(),
            count: 1,
            due: None,
            year: None,
        }]
    );
}

#[test]
fn overdue_pledges_per_department_and_standards_without_evidence_per_item_are_pending() {
    use crate::pledges::{self, ItemInput, Owner, PledgeInput};
    let (mut conn, d, p) = unit();
    let item = |content: &str, due: (u32, u32)| ItemInput {
        kind: "岗位承诺".into(),
        content: content.into(),
        due_on: NaiveDate::from_ymd_opt(2026, due.0, due.1).unwrap(),
    };
    // 职工2 (宣传科): one item due 30 June, one due 31 December.
    let input = PledgeInput {
        owner: Owner::Person { staff_id: p[1] },
        year: 2026,
        items: vec![item("按时办结来文", (6, 30)), item("窗口零投诉", (12, 31))],
    };
    pledges::publish_pledge(&mut conn, &input, pledges::Actor::Organizer, november(1, 9)).unwrap();
    let pending = |conn: &Connection| {
        dashboard(conn, november(3, 9), Role::Organizer)
            .unwrap()
            .pending
            .unwrap()
    };
    assert_eq!(
        pending(&conn),
        [PendingItem {
            kind: PendingKind::PledgesOverdue,
            target_id: d[1],
            title: "宣传科".into(),
            count: 1,
            due: None,
            year: None,
        }],
        "no 测评体系 yet: no 标准 to miss"
    );

    crate::ledger::load_sample_tree(&mut conn).unwrap();
    let gaps: Vec<(String, u32)> = pending(&conn)
        .into_iter()
        .filter(|x| x.kind == PendingKind::StandardWithoutEvidence)
        .map(|x| (x.title, x.count))
        .collect();
    let coverage = crate::ledger::coverage(&conn, 2026, 2026, november(3, 9)).unwrap();
    assert_eq!(
        gaps.len(),
        coverage.items.len(),
        "nothing filed: every item"
    );
    assert_eq!(gaps[0], ("学雷锋活动".to_string(), coverage.items[0].gaps));
    assert_eq!(
        gaps.iter().map(|g| g.1).sum::<u32>(),
        coverage.standards,
        "every 标准 counted once"
    );

    // A 道德讲堂 held on the 25th is evidence for its 标准: 道德讲堂建设 has one gap fewer.
    let lecture = held_kind(&mut conn, ActivityKind::MoralLecture, "道德讲堂");
    let after = dashboard(&conn, november(26, 9), Role::Organizer)
        .unwrap()
        .pending
        .unwrap();
    let moral = |items: &[PendingItem]| {
        items
            .iter()
            .find(|x| x.title == "道德讲堂建设")
            .map(|x| x.count)
    };
    assert!(lecture > 0);
    assert_eq!(
        (moral(&pending(&conn)), moral(&after)),
        (Some(2), Some(1)),
        "before it took place and after"
    );
}

fn held_kind(conn: &mut Connection, kind: ActivityKind, title: &str) -> i64 {
    testkit::publish(conn, &testkit::activity_input(kind, title)).id
}

#[test]
fn an_open_pledge_round_is_pending_until_it_is_closed() {
    use crate::pledges::{self, ColleagueScope, ItemInput, Owner, PledgeInput, PledgeRoundInput};
    use crate::pledges::{RatingMode, Scoring};
    let (mut conn, _, p) = unit();
    for &s in &p[..2] {
        let input = PledgeInput {
            owner: Owner::Person { staff_id: s },
            year: 2026,
            items: vec![ItemInput {
                kind: "岗位承诺".into(),
                content: "按时办结来文".into(),
                due_on: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            }],
        };
        pledges::publish_pledge(&mut conn, &input, pledges::Actor::Organizer, november(1, 9))
            .unwrap();
    }
    let input = PledgeRoundInput {
        year: 2026,
        title: "2026年度评诺".into(),
        mode: RatingMode::Named,
        colleagues: ColleagueScope::SameDepartment,
        leader_ids: Vec::new(),
        colleague_ids: Vec::new(),
        scoring: Scoring::default(),
    };
    let r = pledges::create_round(&mut conn, &input, november(20, 9)).unwrap();
    let rounds = |conn: &Connection, role| {
        dashboard(conn, november(21, 9), role)
            .unwrap()
            .pending
            .map(|items| {
                items
                    .into_iter()
                    .filter(|x| x.kind == PendingKind::PledgeRoundToClose)
                    .collect::<Vec<_>>()
            })
    };
    assert_eq!(
        rounds(&conn, Role::Organizer),
        Some(vec![]),
        "a draft is not open"
    );

    pledges::open_round(&mut conn, r.id, november(20, 10)).unwrap();
    assert_eq!(
        rounds(&conn, Role::Organizer),
        Some(vec![PendingItem {
            kind: PendingKind::PledgeRoundToClose,
            target_id: r.id,
            title: "2026年度评诺".into(),
            count: 2,
            due: None,
            year: Some(2026),
        }]),
        "the two owners rated in it"
    );
    assert_eq!(
        rounds(&conn, Role::Staff),
        None,
        "staff get no pending work"
    );

    pledges::close_round(&mut conn, r.id, november(21, 8)).unwrap();
    assert_eq!(rounds(&conn, Role::Organizer), Some(vec![]), "closed: done");
}

#[test]
fn participation_counts_only_people_still_active_and_present() {
    let (mut conn, _, p) = unit();
    // p[0] came and has since left; p[2] signed up and missed it; p[1] came.
    held(&mut conn, "学习一", &p, &[p[0], p[1]]);
    crate::roster::set_staff_active(&mut conn, p[0], false, november(26, 8)).unwrap();
    let d = dashboard(&conn, november(26, 9), Role::Staff).unwrap();
    let shares: Vec<_> = d
        .participation
        .iter()
        .map(|x| (x.name.as_str(), x.active_staff, x.attendees))
        .collect();
    assert_eq!(shares, [("办公室", 2, 0), ("宣传科", 2, 1)]);
    // The one who left keeps their points on the board.
    assert!(d
        .top_points
        .iter()
        .any(|x| x.staff_id == p[0] && x.total == 1.0));
}

#[test]
fn a_home_page_read_before_a_write_shows_the_write_when_read_again() {
    // What the 首页 reads is kept until the next write (the year's tally, its held activities).
    let (mut conn, _, p) = unit();
    held(&mut conn, "学习一", &[p[0]], &[p[0]]);
    let came = |conn: &Connection| {
        let d = dashboard(conn, november(26, 9), Role::Organizer).unwrap();
        let mut top: Vec<i64> = d
            .top_points
            .iter()
            .filter(|s| s.total > 0.0)
            .map(|s| s.staff_id)
            .collect();
        top.sort();
        (
            d.participation.iter().map(|x| x.attendees).sum::<u32>(),
            top,
        )
    };
    assert_eq!(came(&conn), (1, vec![p[0]]));
    held(&mut conn, "学习二", &[p[1]], &[p[1]]);
    assert_eq!(came(&conn), (2, vec![p[0], p[1]]));
}
