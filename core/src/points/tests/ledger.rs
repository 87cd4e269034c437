//! The ledger is derived from its sources and follows every change to them.

use super::*;

#[test]
fn attending_gains_and_an_absence_after_signing_up_loses_a_point() {
    let mut u = unit(3);
    let (a, m) = u.activity(ActivityKind::Study, "学习党的二十大精神", &u.people.clone());
    u.hold(a, &m[..2]);
    let first = u.ledger(u.people[0]);
    assert_eq!(first.total, 1.0);
    assert_eq!(first.rows.len(), 1);
    let row = &first.rows[0];
    assert_eq!(
        (row.kind, row.source_id, row.title.as_str(), row.points),
        (SourceKind::Attendance, a, "学习党的二十大精神", 1.0)
    );
    assert_eq!(row.date, day(11, 25));
    let third = u.ledger(u.people[2]);
    assert_eq!(third.total, -1.0);
    assert_eq!(third.rows[0].kind, SourceKind::Absence);
    u.assert_consistent();
}

#[test]
fn signing_up_alone_gives_nothing_until_attendance_is_recorded() {
    let mut u = unit(2);
    let (_, _) = u.activity(ActivityKind::Study, "学习", &u.people.clone());
    assert_eq!(u.ledger(u.people[0]).rows, Vec::new());
    assert_eq!(u.total(u.people[0]), 0.0);
}

#[test]
fn a_corrected_attendance_shows_in_the_ledger_at_once() {
    let mut u = unit(2);
    let (a, m) = u.activity(ActivityKind::MoralLecture, "道德讲堂", &u.people.clone());
    u.hold(a, &m[..1]);
    assert_eq!((u.total(u.people[0]), u.total(u.people[1])), (1.0, -1.0));
    u.correct(m[1], Attendance::Present);
    u.correct(m[0], Attendance::Absent);
    assert_eq!((u.total(u.people[0]), u.total(u.people[1])), (-1.0, 1.0));
    assert_eq!(u.ledger(u.people[1]).rows[0].kind, SourceKind::Attendance);
    u.assert_consistent();
}

#[test]
fn volunteer_hours_count_at_the_rate_per_hour_besides_attending() {
    let mut u = unit(2);
    let (a, m) = u.activity(ActivityKind::Volunteer, "社区志愿服务", &u.people.clone());
    u.hold(a, &m);
    activities::set_hours(&mut u.conn, m[0], Some(2.5), now()).unwrap();
    let l = u.ledger(u.people[0]);
    let kinds: Vec<_> = l.rows.iter().map(|r| (r.kind, r.points)).collect();
    assert_eq!(
        kinds,
        [(SourceKind::Attendance, 1.0), (SourceKind::Volunteer, 2.5)]
    );
    assert_eq!(l.rows[1].detail, "2.5 小时");
    assert_eq!(l.rows[1].counted, Counted::Hours { hours: 2.5 });
    assert_eq!(
        l.rows[0].counted,
        Counted::Activity {
            kind: ActivityKind::Volunteer
        },
        "the window words the kind in its own language"
    );
    assert_eq!(l.total, 3.5);
    assert_eq!(u.total(u.people[1]), 1.0);
    u.assert_consistent();
}

#[test]
fn awards_count_once_published_and_leave_when_the_results_are_unlocked() {
    let mut u = unit(5);
    let people = u.people[..4].to_vec();
    let a = u.contest(&people);
    // Ranked 1, 2, 3, 4 → 一等奖, 二等奖, 二等奖, 三等奖 (default plan 1 / 2 / 3).
    let awards: Vec<f64> = people.iter().map(|p| u.total(*p)).collect();
    assert_eq!(awards, [5.0, 3.0, 3.0, 2.0]);
    let row = u.ledger(people[0]).rows[0].clone();
    assert_eq!(
        (row.kind, row.source_id, row.detail.as_str()),
        (SourceKind::ContestAward, a, "一等奖")
    );
    assert_eq!(
        row.counted,
        Counted::Award {
            level: contests::AwardLevel::First
        }
    );
    u.assert_consistent();
    contests::unlock_results(&mut u.conn, a, "成绩录入有误，重新核对", now()).unwrap();
    assert_eq!(u.total(people[0]), 0.0);
    assert!(u.ledger(people[0]).rows.is_empty());
    u.assert_consistent();
}

#[test]
fn a_confirmed_honor_adds_its_points_on_the_day_it_was_confirmed() {
    let mut u = unit(4);
    let winner = u.people[1];
    let category = u.honor("最美志愿者", winner);
    let l = u.ledger(winner);
    assert_eq!(l.total, 10.0);
    let row = &l.rows[0];
    assert_eq!(
        (row.kind, row.source_id, row.title.as_str(), row.date),
        (SourceKind::Honor, category, "2026年最美志愿者", day(12, 10))
    );
    let q4 = Period {
        quarter: Some(4),
        ..YEAR
    };
    let q3 = Period {
        quarter: Some(3),
        ..YEAR
    };
    let on = |p: Period| {
        u.board(p)
            .people
            .iter()
            .find(|s| s.staff_id == winner)
            .unwrap()
            .total
    };
    assert_eq!((on(q4), on(q3)), (10.0, 0.0));
    u.assert_consistent();
}

#[test]
fn an_adjustment_needs_a_reason_and_is_kept_and_shown_with_it() {
    let mut u = unit(2);
    let p = u.people[0];
    assert_eq!(code(u.adjust(p, 2.0, "  ")), "points.reason_required");
    assert_eq!(code(u.adjust(p, 0.0, "无")), "points.adjustment_zero");
    assert_eq!(
        code(u.adjust(p, 100.5, "太多")),
        "points.adjustment_out_of_range"
    );
    assert_eq!(
        code(u.adjust(p, f64::NAN, "非数")),
        "points.adjustment_out_of_range"
    );
    assert_eq!(
        code(u.adjust(p, 1.0, &"长".repeat(REASON_MAX + 1))),
        "points.reason_too_long"
    );
    assert_eq!(
        code(u.adjust(9999, 1.0, "查无此人")),
        "points.staff_not_found"
    );
    assert!(
        adjustments(&u.conn, YEAR).unwrap().is_empty(),
        "refusals keep nothing"
    );

    let a = u.adjust(p, -2.0, "无故缺席全局大会").unwrap();
    assert_eq!((a.points, a.reason.as_str()), (-2.0, "无故缺席全局大会"));
    let row = u.ledger(p).rows[0].clone();
    assert_eq!(
        (row.kind, row.source_id, row.title.as_str(), row.points),
        (SourceKind::Adjustment, a.id, "无故缺席全局大会", -2.0)
    );
    assert_eq!(adjustments(&u.conn, YEAR).unwrap(), vec![a]);
    u.assert_consistent();
}

#[test]
fn the_ledger_equals_the_sum_of_all_its_sources_after_every_kind_of_change() {
    let mut u = unit(6);
    let all = u.people.clone();
    let (a, m) = u.activity(ActivityKind::Study, "学习", &all);
    u.hold(a, &m[..4]);
    let (v, vm) = u.activity(ActivityKind::Volunteer, "志愿服务", &all[..3]);
    u.hold(v, &vm);
    activities::set_hours(&mut u.conn, vm[2], Some(4.0), now()).unwrap();
    let c = u.contest(&all[2..6]);
    u.honor("文明之星", all[0]);
    u.adjust(all[5], 1.5, "协助布置会场").unwrap();
    u.assert_consistent();
    // person 0: attended 学习 +1, 志愿服务 +1, honor +10
    assert_eq!(u.total(all[0]), 12.0);
    // person 2: 学习 +1, 志愿服务 +1 + 4 h, 一等奖 +5 (contest entrants attend it too)
    assert_eq!(u.total(all[2]), 11.0);
    // person 5: absent −1, 三等奖 +2, adjustment +1.5
    assert_eq!(u.total(all[5]), 2.5);

    u.correct(m[4], Attendance::Present);
    contests::unlock_results(&mut u.conn, c, "重新核分", now()).unwrap();
    u.assert_consistent();
    assert_eq!(u.total(all[2]), 6.0);
    assert_eq!(u.total(all[4]), 1.0);
}

#[test]
fn a_person_who_does_not_exist_has_no_ledger() {
    let u = unit(1);
    assert_eq!(
        code(person_ledger(&u.conn, 4242, YEAR, now())),
        "points.staff_not_found"
    );
}
