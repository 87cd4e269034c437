use super::*;

fn refused(u: &mut Unit, activity: i64, person: usize, now: NaiveDateTime) -> crate::AppError {
    let staff = u.people[person];
    let before = u.list(activity);
    let err = sign_up(&mut u.conn, activity, staff, Actor::Staff(staff), now)
        .unwrap_err()
        .into();
    assert_eq!(
        u.list(activity),
        before,
        "a refused sign-up changes nothing"
    );
    err
}

#[test]
fn no_sign_up_before_opening_or_after_the_deadline() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Reading, None);
    let early = refused(&mut u, a.id, 0, at(1, 8));
    assert_eq!(early.code, "signup.not_yet_open");
    assert_eq!(
        early.message,
        "报名将于 2026年11月1日 09:00 开始，请到时再来"
    );
    let late = refused(&mut u, a.id, 0, at(20, 18));
    assert_eq!(late.code, "signup.after_deadline");
    assert_eq!(late.message, "报名已于 2026年11月20日 18:00 截止");
}

#[test]
fn the_organizer_may_still_add_a_latecomer_after_the_deadline() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Reading, None);
    let s = sign_up(&mut u.conn, a.id, u.people[0], Actor::Organizer, at(22, 9)).unwrap();
    assert_eq!(s.status, Confirmed);
    assert!(s.by_organizer, "shown as 代报名");
}

#[test]
fn no_sign_up_twice_and_the_message_says_where_one_stands() {
    let mut u = unit(3);
    let a = u.activity(ActivityKind::Speech, Some(1));
    u.join(a.id, 0).unwrap();
    u.join(a.id, 1).unwrap();
    let again = refused(&mut u, a.id, 0, open_time());
    assert_eq!(
        (again.code.as_str(), again.message.as_str()),
        ("signup.already_signed_up", "职工1 已经报名了这个活动")
    );
    let waiting = refused(&mut u, a.id, 1, open_time());
    assert_eq!(waiting.message, "职工2 已在候补名单第 1 位");
}

#[test]
fn only_eligible_people_may_sign_up() {
    let mut u = unit(3);
    let mut only = input(ActivityKind::MoralLecture, None);
    only.department_ids = vec![u.departments[0]];
    only.party_members_only = true;
    let a = create_activity(&mut u.conn, &only, true, at(1, 8)).unwrap();
    let other_department = refused(&mut u, a.id, 1, open_time());
    assert_eq!(other_department.code, "signup.not_eligible_department");
    assert_eq!(
        other_department.message,
        "本活动仅限 办公室 报名，职工2 所在的“宣传科”不在其中"
    );
    let not_member = refused(&mut u, a.id, 2, open_time());
    assert_eq!(not_member.code, "signup.party_members_only");
    assert!(not_member.message.contains("群众"));
    assert_eq!(u.join(a.id, 0).unwrap().status, Confirmed);
}

#[test]
fn a_deactivated_person_cannot_sign_up() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Fitness, None);
    roster::set_staff_active(&mut u.conn, u.people[0], false, open_time()).unwrap();
    assert_eq!(
        refused(&mut u, a.id, 0, open_time()).code,
        "signup.inactive_staff"
    );
}

#[test]
fn staff_may_only_act_for_themselves() {
    let mut u = unit(2);
    let a = u.activity(ActivityKind::Fitness, None);
    let err = sign_up(
        &mut u.conn,
        a.id,
        u.people[1],
        Actor::Staff(u.people[0]),
        open_time(),
    )
    .unwrap_err();
    assert!(matches!(err, ActivityError::NotYours));
    let mine = u.join(a.id, 0).unwrap();
    let err =
        cancel_signup(&mut u.conn, mine.id, Actor::Staff(u.people[1]), open_time()).unwrap_err();
    assert!(matches!(err, ActivityError::NotYours));
    assert_eq!(u.list(a.id)[0].1, Confirmed);
}

#[test]
fn no_cancellation_after_the_cutoff_except_by_the_organizer() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Hiking, None);
    let s = u.join(a.id, 0).unwrap();
    let err: crate::AppError =
        cancel_signup(&mut u.conn, s.id, Actor::Staff(u.people[0]), at(18, 18))
            .unwrap_err()
            .into();
    assert_eq!(err.code, "signup.after_cancel_cutoff");
    assert_eq!(
        err.message,
        "取消报名已于 2026年11月18日 18:00 截止；如确有变化，请联系组织者"
    );
    assert_eq!(u.list(a.id)[0].1, Confirmed);
    cancel_signup(&mut u.conn, s.id, Actor::Organizer, at(19, 9)).unwrap();
    assert_eq!(u.list(a.id)[0].1, SignupStatus::Cancelled);
    let again: crate::AppError = cancel_signup(&mut u.conn, s.id, Actor::Organizer, at(19, 9))
        .unwrap_err()
        .into();
    assert_eq!(again.code, "signup.not_active");
}

#[test]
fn a_cancelled_person_may_sign_up_again_while_it_is_open() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Singing, None);
    let s = u.join(a.id, 0).unwrap();
    cancel_signup(&mut u.conn, s.id, Actor::Staff(u.people[0]), open_time()).unwrap();
    assert_eq!(u.join(a.id, 0).unwrap().status, Confirmed);
    assert_eq!(
        u.list(a.id).iter().map(|e| e.1).collect::<Vec<_>>(),
        [SignupStatus::Cancelled, Confirmed]
    );
}

#[test]
fn a_team_signs_up_as_its_department_with_chosen_members() {
    let mut u = unit(6);
    let mut teams = input(ActivityKind::TableTennis, Some(1));
    teams.team_mode = true;
    let a = create_activity(&mut u.conn, &teams, true, at(1, 8)).unwrap();
    assert_eq!(u.join(a.id, 0).unwrap_err().code, "signup.teams_only");
    let office = [u.people[0], u.people[2], u.people[2]];
    let team = sign_up_team(&mut u.conn, a.id, u.departments[0], &office, open_time()).unwrap();
    assert_eq!(
        (team.team_name.as_deref(), team.members.len(), team.status),
        (Some("办公室"), 2, Confirmed)
    );
    let wrong = sign_up_team(
        &mut u.conn,
        a.id,
        u.departments[1],
        &[u.people[1], u.people[4]],
        open_time(),
    )
    .unwrap_err();
    assert!(
        matches!(wrong, ActivityError::NotInTeamDepartment { .. }),
        "{wrong}"
    );
    let again = sign_up_team(
        &mut u.conn,
        a.id,
        u.departments[0],
        &[u.people[4]],
        open_time(),
    )
    .unwrap_err();
    assert!(matches!(again, ActivityError::TeamAlreadySignedUp(_)));
    let second = sign_up_team(
        &mut u.conn,
        a.id,
        u.departments[1],
        &[u.people[1]],
        open_time(),
    )
    .unwrap();
    assert_eq!(second.status, Waitlisted, "capacity counts teams");
    assert!(matches!(
        sign_up_team(&mut u.conn, a.id, u.departments[1], &[], open_time()),
        Err(ActivityError::EmptyTeam)
    ));
}

#[test]
fn my_activities_shows_where_a_person_stands() {
    let mut u = unit(3);
    let a = u.activity(ActivityKind::Reading, Some(1));
    u.join(a.id, 0).unwrap();
    u.join(a.id, 1).unwrap();
    u.join(a.id, 2).unwrap();
    let mine = my_activities(&u.conn, u.people[2], open_time()).unwrap();
    assert_eq!(
        (
            mine[0].status,
            mine[0].waitlist_position,
            mine[0].allowed.cancel.ok()
        ),
        (Waitlisted, Some(2), true)
    );
    let first = my_activities(&u.conn, u.people[0], at(19, 9)).unwrap();
    let cancel = &first[0].allowed.cancel;
    assert!(!cancel.ok(), "past the cancellation cutoff");
    assert_eq!(
        cancel.refusal.as_ref().map(|e| e.message.as_str()),
        Some("取消报名已于 2026年11月18日 18:00 截止；如确有变化，请联系组织者"),
        "the button shows why"
    );
    assert!(my_activities(&u.conn, 9999, open_time()).is_err());
}
