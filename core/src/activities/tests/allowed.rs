//! The permits records carry agree with the writes: offered and allowed exactly when the write
//! would succeed, and when refused, with the write's own code and message.

use super::*;
use crate::permit::Permit;

fn refusal(p: &Permit) -> Option<(&str, &str)> {
    p.refusal
        .as_ref()
        .map(|e| (e.code.as_str(), e.message.as_str()))
}

/// Times across the whole life of the standard activity: before sign-up, during it, after the
/// deadline, on the day before, at the start and long after.
fn times() -> Vec<NaiveDateTime> {
    vec![
        at(1, 8),
        open_time(),
        at(19, 9),
        at(21, 9),
        at(24, 8),
        at(24, 10),
        at(25, 9),
        at(28, 9),
    ]
}

#[test]
fn a_draft_offers_publishing_and_editing_but_no_sign_up() {
    let mut u = unit(1);
    let draft = create_activity(
        &mut u.conn,
        &input(ActivityKind::Study, None),
        false,
        at(1, 8),
    )
    .unwrap();
    let p = &draft.allowed;
    assert!(p.publish.ok() && p.edit.ok() && p.cancel.ok());
    assert!(!p.close_signup.offered && !p.finish.offered && !p.add_signup.offered);
    assert!(!p.sign_up.offered);
}

#[test]
fn finishing_before_the_start_is_offered_disabled_with_the_start_time() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Study, None);
    let before = get_activity(&u.conn, a.id, at(21, 9))
        .unwrap()
        .allowed
        .finish;
    assert!(before.offered && !before.ok());
    assert_eq!(
        refusal(&before),
        Some((
            "activities.not_started",
            "活动尚未开始（2026年11月25日 09:00），不能结束"
        ))
    );
    let err: crate::AppError = finish_activity(&mut u.conn, a.id, at(21, 9))
        .unwrap_err()
        .into();
    assert_eq!(
        Some((err.code.as_str(), err.message.as_str())),
        refusal(&before)
    );
}

#[test]
fn each_lifecycle_permit_is_allowed_exactly_when_its_write_succeeds() {
    for now in times() {
        type Write = fn(&mut Connection, i64, NaiveDateTime) -> Result<Activity, ActivityError>;
        let writes: [(&str, Write); 4] = [
            ("close", close_signup),
            ("finish", finish_activity),
            ("publish", publish_activity),
            ("cancel", |c, id, now| {
                cancel_activity(c, id, "天气原因", now)
            }),
        ];
        for (name, write) in writes {
            let mut u = unit(1);
            let a = u.activity(ActivityKind::Study, None);
            let allowed = get_activity(&u.conn, a.id, now).unwrap().allowed;
            let permit = match name {
                "close" => allowed.close_signup,
                "finish" => allowed.finish,
                "publish" => allowed.publish,
                _ => allowed.cancel,
            };
            let result = write(&mut u.conn, a.id, now)
                .map(|_| ())
                .map_err(crate::AppError::from);
            assert_eq!(permit.ok(), result.is_ok(), "{name} at {now}");
            assert_eq!(permit.refusal, result.err(), "{name} at {now}");
        }
    }
}

#[test]
fn staff_sign_up_is_allowed_exactly_when_the_window_is_open() {
    for now in times() {
        let mut u = unit(1);
        let a = u.activity(ActivityKind::Study, None);
        let permit = get_activity(&u.conn, a.id, now).unwrap().allowed.sign_up;
        let staff = u.people[0];
        let result = sign_up(&mut u.conn, a.id, staff, Actor::Staff(staff), now)
            .map(|_| ())
            .map_err(crate::AppError::from);
        assert_eq!(permit.ok(), result.is_ok(), "at {now}");
        assert_eq!(permit.refusal, result.err(), "at {now}");
    }
}

#[test]
fn before_sign_up_opens_the_button_shows_when_it_opens() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Study, None);
    let p = get_activity(&u.conn, a.id, at(1, 8))
        .unwrap()
        .allowed
        .sign_up;
    assert!(p.offered && !p.ok());
    assert_eq!(
        refusal(&p),
        Some((
            "signup.not_yet_open",
            "报名将于 2026年11月1日 09:00 开始，请到时再来"
        ))
    );
    let team = create_activity(
        &mut u.conn,
        &ActivityInput {
            team_mode: true,
            ..input(ActivityKind::Fitness, None)
        },
        true,
        at(1, 8),
    )
    .unwrap();
    let p = get_activity(&u.conn, team.id, open_time())
        .unwrap()
        .allowed
        .sign_up;
    assert_eq!(refusal(&p).map(|r| r.0), Some("signup.teams_only"));
}

#[test]
fn check_in_is_allowed_exactly_when_the_write_succeeds_and_says_when_it_opens() {
    for now in times() {
        let mut u = unit(2);
        let a = u.activity(ActivityKind::Study, Some(1));
        u.join(a.id, 0).unwrap();
        u.join(a.id, 1).unwrap();
        let list = signup_list(&u.conn, a.id, now).unwrap();
        for s in &list {
            let m = &s.members[0];
            let permit = m.allowed.check_in.clone();
            let result = check_in(&mut u.conn, m.id, now)
                .map(|_| ())
                .map_err(crate::AppError::from);
            assert_eq!(permit.ok(), result.is_ok(), "{} at {now}", m.name);
            if let Err(e) = result {
                assert_eq!(permit.refusal, Some(e), "{} at {now}", m.name);
            }
            if s.status == Waitlisted {
                assert!(!permit.offered, "a 候补 line offers no 签到");
            }
            undo_check_in(&mut u.conn, m.id, now).ok();
        }
    }
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Study, None);
    u.join(a.id, 0).unwrap();
    let early = &signup_list(&u.conn, a.id, at(24, 8)).unwrap()[0].members[0].allowed;
    assert!(early.check_in.offered && !early.check_in.ok());
    assert_eq!(
        refusal(&early.check_in),
        Some((
            "attendance.not_open",
            "签到将于 2026年11月24日 09:00 开放（活动开始前 24 小时）"
        ))
    );
}

#[test]
fn after_check_in_the_line_offers_undo_and_the_kinds_records() {
    let mut u = unit(1);
    let reading = u.activity(ActivityKind::Reading, None);
    let hike = u.activity(ActivityKind::Hiking, None);
    for a in [&reading, &hike] {
        u.join(a.id, 0).unwrap();
        let m = signup_list(&u.conn, a.id, at(25, 8)).unwrap()[0].members[0].id;
        let before = &signup_list(&u.conn, a.id, at(25, 8)).unwrap()[0].members[0].allowed;
        assert!(!before.undo_check_in.offered && !before.reflection.offered);
        let after = check_in(&mut u.conn, m, at(25, 8)).unwrap().allowed;
        assert!(!after.check_in.offered && after.undo_check_in.ok());
        assert!(!after.correct.offered, "签到 and 撤销签到 until the end");
        assert_eq!(after.reflection.ok(), a.kind == ActivityKind::Reading);
        assert!(!after.hours.offered);
    }
    finish_activity(&mut u.conn, reading.id, at(25, 12)).unwrap();
    let done = &signup_list(&u.conn, reading.id, at(25, 12)).unwrap()[0].members[0].allowed;
    assert!(done.correct.ok() && done.reflection.ok());
    assert!(!done.check_in.offered && !done.undo_check_in.offered);
}

#[test]
fn the_organizer_may_cancel_active_entries_until_the_activity_ends() {
    let mut u = unit(2);
    let a = u.activity(ActivityKind::Study, Some(1));
    u.join(a.id, 0).unwrap();
    u.join(a.id, 1).unwrap();
    let list = signup_list(&u.conn, a.id, at(19, 9)).unwrap();
    assert!(
        list.iter().all(|s| s.allowed.cancel.ok()),
        "also past the staff cutoff"
    );
    cancel_signup(&mut u.conn, list[1].id, Actor::Organizer, at(19, 9)).unwrap();
    let list = signup_list(&u.conn, a.id, at(19, 9)).unwrap();
    assert!(
        !list[1].allowed.cancel.offered,
        "an entry that left offers nothing"
    );
    finish_activity(&mut u.conn, a.id, at(25, 12)).unwrap();
    let list = signup_list(&u.conn, a.id, at(25, 12)).unwrap();
    assert!(!list[0].allowed.cancel.offered);
}

#[test]
fn a_person_may_write_a_reflection_only_on_their_own_attended_entry() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Study, None);
    u.join(a.id, 0).unwrap();
    let mine = |u: &Unit| {
        my_activities(&u.conn, u.people[0], at(25, 10)).unwrap()[0]
            .allowed
            .clone()
    };
    assert!(!mine(&u).reflection.offered, "not before attending");
    let m = signup_list(&u.conn, a.id, at(25, 8)).unwrap()[0].members[0].id;
    check_in(&mut u.conn, m, at(25, 8)).unwrap();
    assert!(mine(&u).reflection.ok());
    assert!(!mine(&u).cancel.ok(), "past the cutoff");
}
