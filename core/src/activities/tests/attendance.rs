use super::*;

/// An activity of `kind` with people 0 and 1 signed up, and person 2 waitlisted.
fn with_three(kind: ActivityKind) -> (Unit, Activity) {
    let mut u = unit(3);
    let a = u.activity(kind, Some(2));
    for p in 0..3 {
        u.join(a.id, p).unwrap();
    }
    (u, a)
}

impl Unit {
    fn member(&self, a: &Activity, person: usize) -> i64 {
        self.entry_of(a.id, person).members[0].id
    }

    fn check_in_person(
        &mut self,
        a: &Activity,
        person: usize,
        now: NaiveDateTime,
    ) -> Result<Member, ActivityError> {
        let m = self.member(a, person);
        check_in(&mut self.conn, m, now)
    }
}

#[test]
fn check_in_records_the_time_and_finishing_marks_the_rest_absent() {
    let (mut u, a) = with_three(ActivityKind::Reading);
    let m = u.check_in_person(&a, 0, at(25, 8)).unwrap();
    assert_eq!(
        (m.attendance, m.checked_in_at),
        (Some(Attendance::Present), Some(at(25, 8)))
    );
    let again = check_in(&mut u.conn, m.id, at(25, 9)).unwrap();
    assert_eq!(
        again.checked_in_at,
        Some(at(25, 8)),
        "checking in twice keeps the first time"
    );
    finish_activity(&mut u.conn, a.id, at(25, 12)).unwrap();
    let list = signups(&u.conn, a.id).unwrap();
    let attendance: Vec<_> = list.iter().map(|s| s.members[0].attendance).collect();
    assert_eq!(
        attendance,
        [Some(Attendance::Present), Some(Attendance::Absent), None],
        "the waitlisted person is not absent"
    );
}

#[test]
fn check_in_opens_a_day_before_the_start() {
    let (mut u, a) = with_three(ActivityKind::Study);
    let err: crate::AppError = u.check_in_person(&a, 0, at(24, 8)).unwrap_err().into();
    assert_eq!(
        (err.code.as_str(), err.message.as_str()),
        (
            "attendance.not_open",
            "签到将于 2026年11月24日 09:00 开放（活动开始前 24 小时）"
        )
    );
    u.check_in_person(&a, 0, at(24, 9)).unwrap();
}

#[test]
fn only_people_holding_a_place_can_check_in() {
    let (mut u, a) = with_three(ActivityKind::Study);
    let err: crate::AppError = u.check_in_person(&a, 2, at(25, 8)).unwrap_err().into();
    assert_eq!(
        (err.code.as_str(), err.message.as_str()),
        (
            "attendance.not_confirmed",
            "职工3 是候补或已取消，只有已报名的人员才能签到"
        )
    );
}

#[test]
fn after_the_end_attendance_changes_only_by_correction_with_a_reason() {
    let (mut u, a) = with_three(ActivityKind::Study);
    finish_activity(&mut u.conn, a.id, at(25, 12)).unwrap();
    let m = u.member(&a, 1);
    let locked: crate::AppError = check_in(&mut u.conn, m, at(25, 13)).unwrap_err().into();
    assert_eq!(locked.code, "activities.locked");
    let err: crate::AppError =
        correct_attendance(&mut u.conn, m, Attendance::Present, "  ", at(26, 9))
            .unwrap_err()
            .into();
    assert_eq!(err.code, "attendance.reason_required");
    let fixed = correct_attendance(
        &mut u.conn,
        m,
        Attendance::Present,
        "纸质签到表上有签名",
        at(26, 9),
    )
    .unwrap();
    assert_eq!(fixed.attendance, Some(Attendance::Present));
    let (old, new, reason): (Option<String>, String, String) = u
        .conn
        .query_row(
            "SELECT old_value, new_value, reason FROM attendance_correction WHERE member_id = ?1",
            [m],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (old.as_deref(), new.as_str(), reason.as_str()),
        (Some("absent"), "present", "纸质签到表上有签名")
    );
}

#[test]
fn a_wrong_check_in_can_be_undone_before_the_end() {
    let (mut u, a) = with_three(ActivityKind::Fitness);
    let m = u.check_in_person(&a, 0, at(25, 8)).unwrap();
    let undone = undo_check_in(&mut u.conn, m.id, at(25, 8)).unwrap();
    assert_eq!((undone.attendance, undone.checked_in_at), (None, None));
}

#[test]
fn reflections_belong_to_reading_study_and_moral_lectures_and_need_attendance() {
    let (mut u, a) = with_three(ActivityKind::Reading);
    let m = u.member(&a, 0);
    let err: crate::AppError = set_reflection(
        &mut u.conn,
        m,
        "受益匪浅",
        Actor::Staff(u.people[0]),
        at(25, 10),
    )
    .unwrap_err()
    .into();
    assert_eq!(
        (err.code.as_str(), err.message.as_str()),
        ("attendance.not_present", "只有出席的人员才能填写心得")
    );
    check_in(&mut u.conn, m, at(25, 8)).unwrap();
    let done = set_reflection(
        &mut u.conn,
        m,
        " 受益匪浅 ",
        Actor::Staff(u.people[0]),
        at(25, 10),
    )
    .unwrap();
    assert_eq!(done.reflection, "受益匪浅");
    assert!(matches!(
        set_reflection(
            &mut u.conn,
            m,
            "代写",
            Actor::Staff(u.people[1]),
            at(25, 10)
        ),
        Err(ActivityError::NotYours)
    ));
    let long = set_reflection(
        &mut u.conn,
        m,
        &"字".repeat(2001),
        Actor::Organizer,
        at(25, 10),
    )
    .unwrap_err();
    assert!(long.to_string().contains("心得最多 2000 个字"));

    let (mut u, hike) = with_three(ActivityKind::Hiking);
    let m = u.member(&hike, 0);
    check_in(&mut u.conn, m, at(25, 8)).unwrap();
    let err: crate::AppError = set_reflection(&mut u.conn, m, "好", Actor::Organizer, at(25, 10))
        .unwrap_err()
        .into();
    assert_eq!(err.message, "“爬山”类活动不记录心得");
}

#[test]
fn volunteer_hours_are_recorded_for_people_who_served() {
    let (mut u, a) = with_three(ActivityKind::Volunteer);
    let m = u.member(&a, 0);
    assert!(matches!(
        set_hours(&mut u.conn, m, Some(3.0), at(25, 10)),
        Err(ActivityError::NotPresent(_))
    ));
    check_in(&mut u.conn, m, at(25, 8)).unwrap();
    assert_eq!(
        set_hours(&mut u.conn, m, Some(2.54), at(25, 10))
            .unwrap()
            .hours,
        Some(2.5)
    );
    for bad in [0.0, -1.0, 25.0, f64::NAN] {
        let err: crate::AppError = set_hours(&mut u.conn, m, Some(bad), at(25, 10))
            .unwrap_err()
            .into();
        assert_eq!(err.code, "activities.hours_out_of_range", "{bad}");
    }
    assert_eq!(
        signups(&u.conn, a.id).unwrap()[0].members[0].hours,
        Some(2.5)
    );
}
