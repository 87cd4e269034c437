//! Every bad input at the finish line and around it is refused with its code and a plain Chinese
//! reason, and changes nothing: the whole contest is the same before and after.

use super::*;

/// The contest before and after a refused write are the same.
fn refused<T: std::fmt::Debug>(
    h: &mut Hike,
    write: impl FnOnce(&mut Hike) -> Result<T, TimedError>,
) -> TimedError {
    let before = h.contest();
    let e = write(h).unwrap_err();
    assert_eq!(h.contest(), before, "a refusal changes nothing");
    e
}

fn started() -> Hike {
    let mut h = hike(4);
    h.bibs();
    h.start(None, at(9, 0, 0));
    h
}

#[test]
fn an_unknown_bib_or_employee_number_is_refused_by_name() {
    let mut h = started();
    let e = refused(&mut h, |h| h.finish("99", at(9, 30, 0)));
    assert_eq!(e.code(), "timed.unknown_code");
    assert_eq!(
        e.to_string(),
        "号码“99”不是本次比赛的号码布，也不是参赛人员的工号，请核对"
    );
    assert_eq!(
        refused(&mut h, |h| h.finish("  ", at(9, 30, 0))).code(),
        "timed.empty_code"
    );
}

#[test]
fn a_second_finish_for_the_same_runner_is_refused_whether_by_bib_or_by_employee_number() {
    let mut h = started();
    h.finish("1", at(9, 30, 0)).unwrap();
    let e = refused(&mut h, |h| h.finish("P001", at(9, 31, 0)));
    assert_eq!(e.code(), "timed.already_finished");
    assert_eq!(
        e.to_string(),
        "1号 登山者1 已于 09:30:00 到达，不能再记一次；如记错了，请写明原因更正"
    );
}

#[test]
fn a_finish_before_the_start_is_refused_at_the_line_and_in_a_correction() {
    let mut h = started();
    let e = refused(&mut h, |h| h.finish("1", at(8, 59, 59)));
    assert_eq!(e.code(), "timed.before_start");
    assert_eq!(
        e.to_string(),
        "到达时间 08:59:59 早于出发时间 09:00:00，请核对"
    );
    let p = h.people.clone();
    let fix = FinishCorrection {
        staff_id: p[0],
        finish: Some("08:30:00".into()),
        reason: "补录".into(),
    };
    let e = refused(&mut h, |h| {
        correct_finish(&mut h.conn, h.activity, &fix, at(10, 0, 0))
    });
    assert_eq!(e.code(), "timed.before_start");
}

#[test]
fn nothing_is_recorded_before_the_bibs_or_before_the_start() {
    let mut h = hike(2);
    assert_eq!(
        refused(&mut h, |h| h.finish("1", at(9, 0, 0))).code(),
        "timed.no_bibs"
    );
    let e = refused(&mut h, |h| {
        start_timed(&mut h.conn, h.activity, None, at(9, 0, 0))
    });
    assert_eq!(e.code(), "timed.no_bibs");
    h.bibs();
    let e = refused(&mut h, |h| h.finish("1", at(9, 0, 0)));
    assert_eq!(
        (e.code(), e.to_string().as_str()),
        ("timed.no_start_yet", "还没有发令出发，请先发令")
    );
    h.start(None, at(9, 0, 0));
    let e = refused(&mut h, |h| {
        start_timed(&mut h.conn, h.activity, None, at(9, 1, 0))
    });
    assert_eq!(e.code(), "timed.already_started");
}

#[test]
fn a_correction_without_a_reason_or_with_an_unreadable_time_is_refused() {
    let mut h = started();
    h.finish("1", at(9, 30, 0)).unwrap();
    let p = h.people.clone();
    let fix = |reason: &str, finish: &str| FinishCorrection {
        staff_id: p[0],
        finish: Some(finish.into()),
        reason: reason.into(),
    };
    let e = refused(&mut h, |h| {
        correct_finish(&mut h.conn, h.activity, &fix(" ", "09:29:00"), at(10, 0, 0))
    });
    assert_eq!(
        (e.code(), e.to_string().as_str()),
        ("timed.reason_required", "更正须写明原因")
    );
    let long = "因".repeat(REASON_MAX + 1);
    let e = refused(&mut h, |h| {
        correct_finish(
            &mut h.conn,
            h.activity,
            &fix(&long, "09:29:00"),
            at(10, 0, 0),
        )
    });
    assert_eq!(e.code(), "timed.reason_too_long");
    let e = refused(&mut h, |h| {
        correct_finish(&mut h.conn, h.activity, &fix("核对", "9点半"), at(10, 0, 0))
    });
    assert_eq!(e.code(), "timed.invalid_time");
    let take_back = FinishCorrection {
        staff_id: p[1],
        finish: None,
        reason: "核对".into(),
    };
    let e = refused(&mut h, |h| {
        correct_finish(&mut h.conn, h.activity, &take_back, at(10, 0, 0))
    });
    assert_eq!(e.code(), "timed.no_finish_to_remove");
}

#[test]
fn a_runner_marked_out_gets_no_time_and_a_finisher_cannot_be_marked_out() {
    let mut h = started();
    let p = h.people.clone();
    h.out(p[1], RunnerStatus::Dnf);
    let e = refused(&mut h, |h| h.finish("2", at(9, 40, 0)));
    assert_eq!(e.code(), "timed.marked_out");
    assert_eq!(
        e.to_string(),
        "2号 登山者2 已标记为未完赛，不能记到达时间；如标记错了，请先撤销标记"
    );
    let fix = FinishCorrection {
        staff_id: p[1],
        finish: Some("09:40:00".into()),
        reason: "补录".into(),
    };
    let e = refused(&mut h, |h| {
        correct_finish(&mut h.conn, h.activity, &fix, at(10, 0, 0))
    });
    assert_eq!(e.code(), "timed.marked_out");

    h.finish("1", at(9, 30, 0)).unwrap();
    let mark = OutInput {
        staff_id: p[0],
        out: Some(RunnerStatus::Dns),
        reason: "未出发".into(),
    };
    let e = refused(&mut h, |h| {
        set_runner_out(&mut h.conn, h.activity, &mark, at(10, 0, 0))
    });
    assert_eq!(e.code(), "timed.has_finish");
    let no_reason = OutInput {
        reason: "".into(),
        ..mark.clone()
    };
    let e = refused(&mut h, |h| {
        set_runner_out(&mut h.conn, h.activity, &no_reason, at(10, 0, 0))
    });
    assert_eq!(e.code(), "timed.reason_required");
    let not_a_mark = OutInput {
        staff_id: p[2],
        out: Some(RunnerStatus::Finished),
        reason: "x".into(),
    };
    let e = refused(&mut h, |h| {
        set_runner_out(&mut h.conn, h.activity, &not_a_mark, at(10, 0, 0))
    });
    assert_eq!(e.code(), "timed.invalid_mark");
    let lift = OutInput {
        staff_id: p[2],
        out: None,
        reason: "x".into(),
    };
    let e = refused(&mut h, |h| {
        set_runner_out(&mut h.conn, h.activity, &lift, at(10, 0, 0))
    });
    assert_eq!(e.code(), "timed.not_marked");

    // Lifting the mark with a reason lets the runner finish.
    let lift = OutInput {
        staff_id: p[1],
        out: None,
        reason: "其实走完了".into(),
    };
    set_runner_out(&mut h.conn, h.activity, &lift, at(10, 0, 0)).unwrap();
    h.finish("2", at(10, 1, 0)).unwrap();
}

#[test]
fn a_code_that_is_one_runners_bib_and_another_runners_employee_number_is_refused() {
    let mut h = hike(2);
    let department = crate::roster::get_staff(&h.conn, h.people[1])
        .unwrap()
        .department_id;
    crate::roster::update_staff(
        &mut h.conn,
        h.people[1],
        &crate::roster::StaffInput {
            employee_no: "1".into(),
            ..testkit::person(2, "登山者2", department)
        },
        at(8, 0, 0),
    )
    .unwrap();
    h.bibs();
    h.start(None, at(9, 0, 0));
    let e = refused(&mut h, |h| h.finish("1", at(9, 30, 0)));
    assert_eq!(e.code(), "timed.ambiguous_code");
    assert_eq!(
        e.to_string(),
        "“1”既是 登山者1 的号码布，又是 登山者2 的工号；请改输另一种号码"
    );
}

#[test]
fn publishing_waits_for_everyone_on_the_course_and_locks_the_results() {
    let mut h = started();
    h.finish("1", at(9, 30, 0)).unwrap();
    let e = refused(&mut h, |h| {
        publish_timed(&mut h.conn, h.activity, at(10, 0, 0))
    });
    assert_eq!(
        (e.code(), e.to_string().as_str()),
        (
            "timed.still_on_course",
            "还有 3 人既没有到达时间也没有标记未完赛或弃权，全部处理后才能公布"
        )
    );
    assert_eq!(
        h.contest().allowed.publish.refusal.unwrap().code,
        "timed.still_on_course"
    );
    let p = h.people.clone();
    for who in &p[1..] {
        h.out(*who, RunnerStatus::Dns);
    }
    publish_timed(&mut h.conn, h.activity, at(10, 0, 0)).unwrap();
    let e = refused(&mut h, |h| h.finish("2", at(10, 1, 0)));
    assert_eq!(e.code(), "timed.locked");
}

#[test]
fn bad_settings_are_refused_and_groups_cannot_change_after_the_start() {
    let mut h = hike(2);
    let set = |h: &mut Hike, f: &dyn Fn(&mut TimedSettings)| {
        let mut s = h.contest().settings;
        f(&mut s);
        set_timed_settings(&mut h.conn, h.activity, &s, at(8, 0, 0))
    };
    let manual = |groups: Vec<String>| {
        move |s: &mut TimedSettings| {
            s.group_rule = GroupRule::Manual;
            s.groups = groups.clone();
        }
    };
    let e = refused(&mut h, |h| set(h, &manual(vec![])));
    assert_eq!(e.code(), "timed.no_groups");
    let e = refused(&mut h, |h| {
        set(h, &manual(vec!["青年组".into(), " 青年组".into()]))
    });
    assert_eq!(
        (e.code(), e.to_string().as_str()),
        ("timed.duplicate_group", "组名“青年组”重复了")
    );
    let e = refused(&mut h, |h| {
        set(h, &manual(vec!["组".repeat(GROUP_NAME_MAX + 1)]))
    });
    assert_eq!(e.code(), "timed.group_name_too_long");
    let e = refused(&mut h, |h| set(h, &|s| s.team_best = TEAM_BEST_MAX + 1));
    assert_eq!(e.code(), "timed.invalid_team_best");
    let e = refused(&mut h, |h| {
        set_runner_group(
            &mut h.conn,
            h.activity,
            h.people[0],
            Some("青年组"),
            at(8, 0, 0),
        )
    });
    assert_eq!(e.code(), "timed.groups_are_automatic");

    h.bibs();
    h.start(None, at(9, 0, 0));
    let e = refused(&mut h, |h| set(h, &|s| s.group_rule = GroupRule::ByGender));
    assert_eq!(e.code(), "timed.started");
    assert_eq!(
        h.contest().allowed.settings.refusal.unwrap().code,
        "timed.started"
    );
}

#[test]
fn a_team_sign_up_or_a_kind_that_is_not_timed_is_refused() {
    let mut conn = testkit::database();
    let input = testkit::activity_input(ActivityKind::Speech, "演讲比赛");
    let speech = testkit::publish(&mut conn, &input).id;
    let e = timed_contest(&conn, speech, at(8, 0, 0)).unwrap_err();
    assert_eq!(e.code(), "timed.not_timed_kind");
    assert_eq!(
        e.to_string(),
        "“演讲”类活动不计时；计时赛适用于爬山和全民健身"
    );

    let team = ActivityInput {
        team_mode: true,
        ..testkit::activity_input(ActivityKind::Fitness, "健步走")
    };
    let walk = testkit::publish(&mut conn, &team).id;
    let e = issue_bibs(&mut conn, walk, at(8, 0, 0)).unwrap_err();
    assert_eq!(e.code(), "timed.teams_not_supported");
    let empty = testkit::publish(
        &mut conn,
        &testkit::activity_input(ActivityKind::Hiking, "登山"),
    )
    .id;
    assert_eq!(
        issue_bibs(&mut conn, empty, at(8, 0, 0))
            .unwrap_err()
            .code(),
        "timed.no_entrants"
    );
}
