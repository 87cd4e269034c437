use super::*;
use crate::auth::Role;

#[test]
fn the_state_follows_the_clock_once_published() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Reading, None);
    let state = |now| get_activity(&u.conn, a.id, now).unwrap().state;
    assert_eq!(state(at(1, 8)), ActivityState::Upcoming);
    assert_eq!(state(at(1, 9)), ActivityState::Open);
    assert_eq!(state(at(20, 18)), ActivityState::Closed);
    assert_eq!(state(at(25, 9)), ActivityState::InProgress);
    assert_eq!(
        state(at(28, 9)),
        ActivityState::InProgress,
        "until the organizer finishes it"
    );
}

#[test]
fn a_draft_stays_a_draft_until_published() {
    let mut u = unit(1);
    let a = create_activity(
        &mut u.conn,
        &input(ActivityKind::Study, None),
        false,
        at(1, 8),
    )
    .unwrap();
    assert_eq!(
        get_activity(&u.conn, a.id, open_time()).unwrap().state,
        ActivityState::Draft
    );
    let err: crate::AppError = u.join(a.id, 0).unwrap_err();
    assert_eq!(err.code, "activities.not_published");
    let published = publish_activity(&mut u.conn, a.id, open_time()).unwrap();
    assert_eq!(published.state, ActivityState::Open);
    assert!(publish_activity(&mut u.conn, a.id, open_time()).is_err());
}

#[test]
fn bad_times_and_texts_are_refused_with_the_reason() {
    let mut u = unit(1);
    type Spoil = Box<dyn Fn(&mut ActivityInput)>;
    let cases: Vec<(Spoil, &str)> = vec![
        (
            Box::new(|i| i.schedule.ends_at = i.schedule.starts_at),
            "结束时间必须晚于开始时间",
        ),
        (
            Box::new(|i| i.schedule.signup_deadline = i.schedule.signup_opens_at),
            "报名截止时间必须晚于报名开始时间",
        ),
        (
            Box::new(|i| i.schedule.signup_deadline = at(26, 9)),
            "报名截止时间不能晚于活动结束时间",
        ),
        (
            Box::new(|i| i.schedule.cancel_cutoff = at(25, 10)),
            "取消报名截止时间不能晚于",
        ),
        (Box::new(|i| i.capacity = Some(0)), "名额至少为 1"),
        (Box::new(|i| i.title = "  ".into()), "活动名称不能为空"),
        (
            Box::new(|i| i.title = "名".repeat(61)),
            "活动名称最多 60 个字",
        ),
        (Box::new(|i| i.department_ids = vec![999]), "所选科室不存在"),
    ];
    for (spoil, reason) in cases {
        let mut bad = input(ActivityKind::Speech, None);
        spoil(&mut bad);
        let err: crate::AppError = create_activity(&mut u.conn, &bad, true, at(1, 8))
            .unwrap_err()
            .into();
        assert_eq!(err.code, "activities.invalid");
        assert!(
            err.message.contains(reason),
            "{} lacks {reason}",
            err.message
        );
    }
    let all = list_activities(
        &u.conn,
        &ActivityQuery {
            page: 1,
            page_size: 10,
            ..Default::default()
        },
        open_time(),
        Role::Organizer,
    )
    .unwrap();
    assert_eq!(all.total, 0);
}

#[test]
fn cancelling_an_activity_marks_every_entry_cancelled_by_the_organizer() {
    let mut u = unit(3);
    let a = u.activity(ActivityKind::Hiking, Some(1));
    u.join(a.id, 0).unwrap();
    u.join(a.id, 1).unwrap();
    let err: crate::AppError = cancel_activity(&mut u.conn, a.id, " ", open_time())
        .unwrap_err()
        .into();
    assert_eq!(err.message, "取消原因不能为空");
    let cancelled = cancel_activity(&mut u.conn, a.id, "天气原因", open_time()).unwrap();
    assert_eq!(
        (cancelled.state, cancelled.cancel_reason.as_str()),
        (ActivityState::Cancelled, "天气原因")
    );
    assert!(u
        .list(a.id)
        .iter()
        .all(|(_, s, _)| *s == SignupStatus::CancelledByOrganizer));
    let mine = my_activities(&u.conn, u.people[1], open_time()).unwrap();
    assert_eq!(
        (mine[0].status, mine[0].state, mine[0].allowed.cancel.ok()),
        (
            SignupStatus::CancelledByOrganizer,
            ActivityState::Cancelled,
            false
        )
    );
    assert_eq!(u.join(a.id, 2).unwrap_err().code, "activities.cancelled");
}

#[test]
fn an_activity_cannot_be_finished_before_it_starts_and_is_locked_after() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Study, None);
    let err: crate::AppError = finish_activity(&mut u.conn, a.id, at(24, 9))
        .unwrap_err()
        .into();
    assert_eq!(err.code, "activities.not_started");
    let done = finish_activity(&mut u.conn, a.id, at(25, 11)).unwrap();
    assert_eq!(done.state, ActivityState::Finished);
    let err: crate::AppError = update_activity(
        &mut u.conn,
        a.id,
        &input(ActivityKind::Study, None),
        at(26, 9),
    )
    .unwrap_err()
    .into();
    assert_eq!(err.code, "activities.locked");
    assert_eq!(u.join(a.id, 0).unwrap_err().code, "activities.finished");
}

#[test]
fn closing_sign_up_early_moves_the_deadline_to_now() {
    let mut u = unit(2);
    let a = u.activity(ActivityKind::Chess, None);
    let closed = close_signup(&mut u.conn, a.id, open_time()).unwrap();
    assert_eq!(
        (closed.state, closed.schedule.signup_deadline),
        (ActivityState::Closed, open_time())
    );
    let err = sign_up(
        &mut u.conn,
        a.id,
        u.people[0],
        Actor::Staff(u.people[0]),
        at(10, 10),
    )
    .unwrap_err();
    assert!(matches!(err, ActivityError::AfterDeadline(_)));
}

#[test]
fn the_list_filters_by_kind_state_month_and_department() {
    let mut u = unit(1);
    let reading = u.activity(ActivityKind::Reading, None);
    let mut december = input(ActivityKind::Chess, None);
    december.schedule.starts_at = NaiveDate::from_ymd_opt(2026, 12, 5)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    december.schedule.ends_at = december.schedule.starts_at + chrono::Duration::hours(3);
    december.department_ids = vec![u.departments[1]];
    let chess = create_activity(&mut u.conn, &december, false, at(1, 8)).unwrap();
    let q = |f: &dyn Fn(&mut ActivityQuery)| {
        let mut q = ActivityQuery {
            page: 1,
            page_size: 20,
            ..Default::default()
        };
        f(&mut q);
        list_activities(&u.conn, &q, open_time(), Role::Organizer)
            .unwrap()
            .items
            .into_iter()
            .map(|a| a.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(q(&|_| {}), [chess.id, reading.id], "newest start first");
    assert_eq!(q(&|q| q.kind = Some(ActivityKind::Reading)), [reading.id]);
    assert_eq!(q(&|q| q.state = Some(ActivityState::Draft)), [chess.id]);
    assert_eq!(q(&|q| q.month = Some("2026-11".into())), [reading.id]);
    assert_eq!(
        q(&|q| q.department_id = Some(u.departments[0])),
        [reading.id],
        "the chess match is for 宣传科 only"
    );
    assert_eq!(
        q(&|q| q.department_id = Some(u.departments[1])),
        [chess.id, reading.id]
    );
    assert_eq!(
        q(&|q| q.text = "诵读".into()),
        [chess.id, reading.id],
        "both are titled 道德经典诵读"
    );
}

#[test]
fn staff_mode_does_not_list_or_open_draft_activities() {
    let mut u = unit(1);
    let published = u.activity(ActivityKind::Reading, None);
    let draft = create_activity(
        &mut u.conn,
        &input(ActivityKind::Study, None),
        false,
        at(1, 8),
    )
    .unwrap();
    assert_eq!(draft.state, ActivityState::Draft);
    let q = ActivityQuery {
        page: 1,
        page_size: 20,
        ..Default::default()
    };
    let ids = |viewer| {
        list_activities(&u.conn, &q, open_time(), viewer)
            .unwrap()
            .items
            .into_iter()
            .map(|a| a.id)
            .collect::<Vec<_>>()
    };
    let mut organizer = ids(Role::Organizer);
    organizer.sort();
    assert_eq!(organizer, [published.id, draft.id]);
    assert_eq!(ids(Role::Staff), [published.id]);
    let total = list_activities(&u.conn, &q, open_time(), Role::Staff)
        .unwrap()
        .total;
    assert_eq!(total, 1, "the count does not give the draft away either");
    let draft_state = ActivityQuery {
        state: Some(ActivityState::Draft),
        ..q.clone()
    };
    assert!(
        list_activities(&u.conn, &draft_state, open_time(), Role::Staff)
            .unwrap()
            .items
            .is_empty()
    );

    let err: crate::AppError = activity_for(&u.conn, draft.id, open_time(), Role::Staff)
        .unwrap_err()
        .into();
    assert_eq!(err.code, "activities.not_found");
    activity_for(&u.conn, draft.id, open_time(), Role::Organizer).unwrap();
    activity_for(&u.conn, published.id, open_time(), Role::Staff).unwrap();
}

#[test]
fn a_page_size_outside_1_to_200_or_page_zero_is_refused_with_the_reason() {
    let mut u = unit(1);
    u.activity(ActivityKind::Reading, None);
    for size in [0, crate::paging::PAGE_SIZE_MAX + 1, u32::MAX] {
        let q = ActivityQuery {
            page: 1,
            page_size: size,
            ..Default::default()
        };
        let err: crate::AppError = list_activities(&u.conn, &q, open_time(), Role::Organizer)
            .unwrap_err()
            .into();
        assert_eq!(err.code, "page.size_out_of_range");
        assert_eq!(
            err.message,
            format!("每页条数须在 1–200 之间，现在是 {size}")
        );
    }
    let zero = ActivityQuery {
        page: 0,
        page_size: 20,
        ..Default::default()
    };
    let err: crate::AppError = list_activities(&u.conn, &zero, open_time(), Role::Organizer)
        .unwrap_err()
        .into();
    assert_eq!(
        (err.code.as_str(), err.message.as_str()),
        ("page.zero", "页码从 1 开始，现在是 0")
    );
    let q = ActivityQuery {
        page: u32::MAX,
        page_size: crate::paging::PAGE_SIZE_MAX,
        ..Default::default()
    };
    let far = list_activities(&u.conn, &q, open_time(), Role::Organizer).unwrap();
    assert!(far.items.is_empty(), "a page past the end is empty");
    assert_eq!(far.total, 1);
}

#[test]
fn the_held_activities_follow_the_clock_and_each_write_while_the_year_is_kept() {
    let mut u = unit(2);
    let a = u.activity(ActivityKind::Reading, None);
    let joined = u.join(a.id, 0).unwrap();
    let held = |u: &Unit, now| -> Vec<(i64, u32)> {
        held_activities(&u.conn, 2026, 2026, now)
            .unwrap()
            .iter()
            .map(|h| (h.id, h.present))
            .collect()
    };
    // Read before it starts, then again once the clock has passed its start: no write between.
    assert_eq!(held(&u, at(25, 8)), []);
    assert_eq!(held(&u, at(25, 10)), [(a.id, 0)], "held once started");
    assert_eq!(held(&u, at(25, 8)), [], "and not before, read again");
    // A check-in is a write: the count read next is the new one.
    crate::activities::check_in(&mut u.conn, joined.members[0].id, at(25, 9)).unwrap();
    assert_eq!(held(&u, at(25, 11)), [(a.id, 1)]);
    // As is a second activity published for the same year.
    let b = u.activity(ActivityKind::Study, None);
    assert_eq!(held(&u, at(25, 10)), [(a.id, 1), (b.id, 0)]);
    // Cancelling takes it out.
    cancel_activity(&mut u.conn, b.id, "下雨", at(24, 9)).unwrap();
    assert_eq!(held(&u, at(25, 10)), [(a.id, 1)]);
}
