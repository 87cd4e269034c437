use super::*;

fn later() -> NaiveDateTime {
    november(28, 9)
}

fn studied_titles(u: &Unit, activity: i64, viewer: Role) -> Vec<String> {
    studied_exemplars(&u.conn, activity, later(), viewer)
        .unwrap()
        .into_iter()
        .map(|e| e.title)
        .collect()
}

fn record(u: &Unit, person: usize, viewer: Role) -> Vec<String> {
    studied_by_staff(&u.conn, u.people[person], later(), viewer)
        .unwrap()
        .into_iter()
        .map(|s| format!("{} {} @ {}", s.name, s.title, s.activity_title))
        .collect()
}

#[test]
fn only_study_and_moral_lecture_activities_name_the_profiles_they_studied() {
    let mut u = unit();
    let e = u.published(ZHANG, "服务标兵");
    let lecture = u.activity(ActivityKind::MoralLecture, "道德讲堂第一讲", &[]);
    let study = u.activity(ActivityKind::Study, "学习身边典型", &[]);
    let reading = u.activity(ActivityKind::Reading, "经典诵读", &[]);
    let before = u.fingerprint();
    assert_eq!(
        refusal(set_studied_exemplars(&mut u.conn, reading, &[e.id], now())),
        (
            "exemplars.not_study_kind".into(),
            "“经典诵读”是诵读活动；只有学习和道德讲堂活动可以选择学习的典型".into()
        )
    );
    assert_eq!(u.fingerprint(), before);

    for a in [lecture, study] {
        let listed = set_studied_exemplars(&mut u.conn, a, &[e.id], now()).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(studied_titles(&u, a, Role::Staff), ["服务标兵"]);
    }
}

#[test]
fn a_missing_or_cancelled_activity_and_a_missing_profile_are_refused_and_nothing_changes() {
    let mut u = unit();
    let e = u.published(ZHANG, "服务标兵");
    let lecture = u.activity(ActivityKind::MoralLecture, "道德讲堂第一讲", &[]);
    let cancelled = u.activity(ActivityKind::MoralLecture, "道德讲堂第二讲", &[]);
    activities::cancel_activity(&mut u.conn, cancelled, "场地检修", november(3, 9)).unwrap();
    set_studied_exemplars(&mut u.conn, lecture, &[e.id], now()).unwrap();
    let before = u.fingerprint();
    assert_eq!(
        refusal(set_studied_exemplars(&mut u.conn, 999, &[e.id], now())).0,
        "exemplars.activity_not_found"
    );
    assert_eq!(
        refusal(set_studied_exemplars(
            &mut u.conn,
            cancelled,
            &[e.id],
            now()
        )),
        (
            "exemplars.activity_cancelled".into(),
            "活动“道德讲堂第二讲”已取消，不能再选择学习的典型".into()
        )
    );
    assert_eq!(
        refusal(set_studied_exemplars(
            &mut u.conn,
            lecture,
            &[e.id, 999],
            now()
        ))
        .0,
        "exemplars.not_found"
    );
    assert_eq!(u.fingerprint(), before, "the earlier list stays whole");
}

#[test]
fn a_draft_profile_cannot_be_added_but_one_already_studied_may_stay_on_the_list() {
    let mut u = unit();
    let studied = u.published(ZHANG, "服务标兵");
    let draft =
        create_exemplar(&mut u.conn, &person_input(u.people[LI], "岗位能手"), now()).unwrap();
    let lecture = u.activity(ActivityKind::MoralLecture, "道德讲堂", &[]);
    assert_eq!(
        refusal(set_studied_exemplars(
            &mut u.conn,
            lecture,
            &[studied.id, draft.id],
            now()
        )),
        (
            "exemplars.draft_studied".into(),
            "典型“岗位能手”还是草稿，发布后才能安排学习".into()
        )
    );
    assert!(studied_titles(&u, lecture, Role::Organizer).is_empty());

    set_studied_exemplars(&mut u.conn, lecture, &[studied.id], now()).unwrap();
    set_published(&mut u.conn, studied.id, false, now()).unwrap();
    set_studied_exemplars(&mut u.conn, lecture, &[studied.id], now()).unwrap();
    assert_eq!(studied_titles(&u, lecture, Role::Organizer), ["服务标兵"]);
    assert!(
        studied_titles(&u, lecture, Role::Staff).is_empty(),
        "staff see no draft"
    );
}

#[test]
fn the_list_replaces_the_earlier_one_and_a_profile_named_twice_counts_once() {
    let mut u = unit();
    let a = u.published(ZHANG, "服务标兵");
    let b = u.published(LI, "岗位能手");
    let lecture = u.activity(ActivityKind::Study, "学习会", &[]);
    let listed = set_studied_exemplars(&mut u.conn, lecture, &[b.id, a.id, b.id], now()).unwrap();
    assert_eq!(listed.len(), 2);
    set_studied_exemplars(&mut u.conn, lecture, &[b.id], now()).unwrap();
    assert_eq!(studied_titles(&u, lecture, Role::Organizer), ["岗位能手"]);
    set_studied_exemplars(&mut u.conn, lecture, &[], now()).unwrap();
    assert!(studied_titles(&u, lecture, Role::Organizer).is_empty());
}

#[test]
fn whoever_attended_studied_the_profile_and_the_profile_counts_them_once_with_the_date() {
    let mut u = unit();
    let e = u.published(ZHANG, "服务标兵");
    // 李四 and 王五 attend the first; 赵六 signs up but never comes; 李四 attends the second too.
    let first = u.activity(
        ActivityKind::MoralLecture,
        "道德讲堂第一讲",
        &[LI, WANG, ZHAO],
    );
    let mut second_input = testkit::activity_input(ActivityKind::Study, "学习会");
    second_input.schedule.starts_at = november(26, 9);
    second_input.schedule.ends_at = november(26, 11);
    let second = testkit::publish(&mut u.conn, &second_input).id;
    testkit::sign_up_all(&mut u.conn, second, &[u.people[LI]], |_| Actor::Organizer);
    for a in [first, second] {
        set_studied_exemplars(&mut u.conn, a, &[e.id], now()).unwrap();
    }
    let fresh = get_exemplar(&u.conn, e.id, now()).unwrap();
    assert_eq!(
        (fresh.studied_by, fresh.last_studied_at),
        (0, None),
        "signed up is not studied"
    );

    u.check_in(first, &[LI, WANG]);
    let members = activities::signups(&u.conn, second).unwrap();
    activities::check_in(&mut u.conn, members[0].members[0].id, november(26, 9)).unwrap();
    activities::finish_activity(&mut u.conn, first, november(25, 12)).unwrap();

    let card = get_exemplar(&u.conn, e.id, later()).unwrap();
    assert_eq!(
        card.studied_by, 2,
        "李四 counted once, 赵六 (absent) not at all"
    );
    assert_eq!(card.last_studied_at, Some(november(26, 9)));
    let detail = exemplar_detail(&u.conn, e.id, later(), Role::Staff).unwrap();
    let sessions: Vec<(String, Vec<String>)> = detail
        .sessions
        .iter()
        .map(|s| {
            (
                s.title.clone(),
                s.attendees.iter().map(|a| a.name.clone()).collect(),
            )
        })
        .collect();
    assert_eq!(
        sessions,
        [
            ("学习会".to_string(), vec!["李四".to_string()]),
            (
                "道德讲堂第一讲".to_string(),
                vec!["李四".to_string(), "王五".to_string()]
            ),
        ]
    );
    assert_eq!(
        detail.sessions[1].attendees[0].checked_in_at,
        Some(november(25, 9))
    );
}

#[test]
fn a_persons_record_lists_the_role_models_they_studied_and_not_those_they_missed() {
    let mut u = unit();
    let a = u.published(ZHANG, "服务标兵");
    let office = create_exemplar(
        &mut u.conn,
        &department_input(u.departments[1], "青年文明号"),
        now(),
    )
    .unwrap();
    set_published(&mut u.conn, office.id, true, now()).unwrap();
    let lecture = u.activity(ActivityKind::MoralLecture, "道德讲堂", &[LI, ZHAO]);
    set_studied_exemplars(&mut u.conn, lecture, &[a.id, office.id], now()).unwrap();
    u.check_in(lecture, &[LI]);

    assert_eq!(
        record(&u, LI, Role::Staff),
        ["张三 服务标兵 @ 道德讲堂", "宣传科 青年文明号 @ 道德讲堂"]
    );
    assert!(
        record(&u, ZHAO, Role::Staff).is_empty(),
        "signed up, not checked in"
    );
    assert!(record(&u, WANG, Role::Staff).is_empty(), "never signed up");
    assert_eq!(
        refusal(studied_by_staff(&u.conn, 999, later(), Role::Staff)).0,
        "activities.staff_not_found"
    );
}

#[test]
fn a_profile_set_back_to_draft_leaves_staff_records_and_walls_but_the_organizer_still_sees_it() {
    let mut u = unit();
    let e = u.published(ZHANG, "服务标兵");
    let lecture = u.activity(ActivityKind::MoralLecture, "道德讲堂", &[LI]);
    set_studied_exemplars(&mut u.conn, lecture, &[e.id], now()).unwrap();
    u.check_in(lecture, &[LI]);
    set_published(&mut u.conn, e.id, false, now()).unwrap();

    assert!(record(&u, LI, Role::Staff).is_empty());
    assert_eq!(
        record(&u, LI, Role::Organizer),
        ["张三 服务标兵 @ 道德讲堂"]
    );
    assert!(wall(&u, Role::Staff).is_empty());
}

#[test]
fn staff_cannot_read_the_studied_profiles_of_a_draft_activity() {
    let mut u = unit();
    let e = u.published(ZHANG, "服务标兵");
    let draft = activities::create_activity(
        &mut u.conn,
        &testkit::activity_input(ActivityKind::Study, "筹备中的学习会"),
        false,
        november(1, 8),
    )
    .unwrap()
    .id;
    set_studied_exemplars(&mut u.conn, draft, &[e.id], now()).unwrap();
    assert_eq!(
        refusal(studied_exemplars(&u.conn, draft, later(), Role::Staff)).0,
        "exemplars.activity_not_found"
    );
    assert_eq!(studied_titles(&u, draft, Role::Organizer), ["服务标兵"]);
    let detail = exemplar_detail(&u.conn, e.id, later(), Role::Staff).unwrap();
    assert!(
        detail.sessions.is_empty(),
        "a draft activity is no session for staff"
    );
    let organizer = exemplar_detail(&u.conn, e.id, later(), Role::Organizer).unwrap();
    assert_eq!(organizer.sessions.len(), 1);
}
