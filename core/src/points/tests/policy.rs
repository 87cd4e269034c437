//! The policy: defaults, checked values, versions kept, and a change previewed before it is saved.

use super::*;

fn doubled() -> PointsRules {
    PointsRules {
        attend: 2.0,
        ..PointsRules::default()
    }
}

#[test]
fn a_year_without_a_saved_policy_uses_the_defaults_of_the_brief() {
    let u = unit(1);
    let p = policy(&u.conn, 2026).unwrap();
    assert_eq!(p.current.version, 0);
    assert!(p.history.is_empty());
    let r = p.current.rules;
    assert_eq!(
        (
            r.attend,
            r.absent,
            r.first_prize,
            r.second_prize,
            r.third_prize,
            r.excellent_prize
        ),
        (1.0, -1.0, 5.0, 3.0, 2.0, 1.0)
    );
    assert_eq!(
        (r.honor, r.pledge_excellent, r.pledge_good),
        (10.0, 5.0, 3.0)
    );
    // 冠军 / 亚军 / 季军 of a tournament mirror 一等奖 / 二等奖 / 三等奖.
    assert_eq!(
        (r.place_first, r.place_second, r.place_third),
        (5.0, 3.0, 2.0)
    );
}

#[test]
fn the_preview_shows_each_changed_total_and_saves_nothing() {
    let mut u = unit(3);
    let (a, m) = u.activity(ActivityKind::Study, "学习", &u.people.clone());
    u.hold(a, &m[..2]);
    let preview = preview_policy(&u.conn, 2026, &doubled(), now()).unwrap();
    assert_eq!(preview.from_version, 0);
    let changes: Vec<_> = preview
        .changes
        .iter()
        .map(|c| (c.staff_id, c.before, c.after, c.difference))
        .collect();
    assert_eq!(
        changes,
        [(u.people[0], 1.0, 2.0, 1.0), (u.people[1], 1.0, 2.0, 1.0)],
        "the absent person's total does not change"
    );
    assert_eq!((preview.total_before, preview.total_after), (1.0, 3.0));
    assert_eq!(policy(&u.conn, 2026).unwrap().current.version, 0);
    assert_eq!(u.total(u.people[0]), 1.0);
}

#[test]
fn saving_a_change_recomputes_the_ledger_and_keeps_the_old_version() {
    let mut u = unit(3);
    let (a, m) = u.activity(ActivityKind::Study, "学习", &u.people.clone());
    u.hold(a, &m[..2]);
    let preview = preview_policy(&u.conn, 2026, &doubled(), now()).unwrap();
    set_policy(&mut u.conn, 2026, &doubled(), "参加活动改为 2 分", now()).unwrap();
    for c in &preview.changes {
        assert_eq!(u.total(c.staff_id), c.after);
    }
    u.assert_consistent();
    let stricter = PointsRules {
        absent: -3.0,
        ..doubled()
    };
    let p = set_policy(&mut u.conn, 2026, &stricter, "缺席扣 3 分", now()).unwrap();
    assert_eq!(p.current.version, 2);
    assert_eq!(p.current.note, "缺席扣 3 分");
    assert_eq!(p.history.len(), 1);
    assert_eq!(p.history[0].rules, doubled());
    assert_eq!(u.total(u.people[2]), -3.0);
    assert_eq!(u.ledger(u.people[2]).policy_version, 2);
    // Another year keeps its own policy.
    assert_eq!(policy(&u.conn, 2025).unwrap().current.version, 0);
}

#[test]
fn a_policy_out_of_range_or_unchanged_is_refused_and_nothing_is_saved() {
    let mut u = unit(1);
    let huge = PointsRules {
        honor: 101.0,
        ..PointsRules::default()
    };
    assert_eq!(
        code(set_policy(&mut u.conn, 2026, &huge, "", now())),
        "points.rule_out_of_range"
    );
    assert_eq!(
        code(preview_policy(&u.conn, 2026, &huge, now())),
        "points.rule_out_of_range"
    );
    let negative_rate = PointsRules {
        volunteer_per_hour: -1.0,
        ..PointsRules::default()
    };
    let e = set_policy(&mut u.conn, 2026, &negative_rate, "", now()).unwrap_err();
    assert_eq!(e.code(), "points.rule_out_of_range");
    assert!(e.to_string().contains("志愿服务每小时"), "{e}");
    assert_eq!(
        code(set_policy(
            &mut u.conn,
            2026,
            &PointsRules::default(),
            "",
            now()
        )),
        "points.policy_unchanged"
    );
    assert_eq!(
        code(set_policy(
            &mut u.conn,
            2026,
            &doubled(),
            &"注".repeat(REASON_MAX + 1),
            now()
        )),
        "points.note_too_long"
    );
    assert_eq!(
        code(set_policy(&mut u.conn, 1999, &doubled(), "", now())),
        "points.year_out_of_range"
    );
    assert_eq!(policy(&u.conn, 2026).unwrap().current.version, 0);
}
