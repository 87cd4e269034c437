use super::*;

#[test]
fn a_new_profile_is_a_draft_naming_the_person_their_department_title_and_story() {
    let mut u = unit();
    let e = create_exemplar(
        &mut u.conn,
        &person_input(u.people[LI], "  服务标兵 "),
        now(),
    )
    .unwrap();
    assert_eq!(
        (
            e.name.as_str(),
            e.department_name.as_str(),
            e.title.as_str()
        ),
        ("李四", "宣传科", "服务标兵")
    );
    assert!(e.story.contains("\n\n"), "paragraphs are kept");
    assert!(!e.published, "a new profile is a draft");
    assert_eq!(
        (e.studied_by, e.last_studied_at, e.photo_file_id),
        (0, None, None)
    );

    let d = create_exemplar(
        &mut u.conn,
        &department_input(u.departments[0], "青年文明号"),
        now(),
    )
    .unwrap();
    assert_eq!(
        (d.name.as_str(), d.department_name.as_str()),
        ("办公室", "办公室")
    );
}

#[test]
fn a_profile_is_of_exactly_one_existing_person_or_department_and_a_refusal_stores_nothing() {
    let mut u = unit();
    let before = u.fingerprint();
    let mut both = person_input(u.people[ZHANG], "标兵");
    both.department_id = Some(u.departments[0]);
    let mut neither = person_input(u.people[ZHANG], "标兵");
    neither.staff_id = None;
    let cases = [
        (both, "exemplars.two_subjects"),
        (neither, "exemplars.no_subject"),
        (person_input(999, "标兵"), "exemplars.staff_not_found"),
        (
            department_input(999, "标兵"),
            "exemplars.department_not_found",
        ),
    ];
    for (input, code) in cases {
        assert_eq!(refusal(create_exemplar(&mut u.conn, &input, now())).0, code);
    }
    assert_eq!(
        refusal(create_exemplar(
            &mut u.conn,
            &department_input(0, "x"),
            now()
        ))
        .1,
        "找不到这个科室，请刷新后再试"
    );
    assert_eq!(u.fingerprint(), before);
}

#[test]
fn the_title_is_required_and_title_and_story_are_bounded() {
    let mut u = unit();
    let p = u.people[ZHANG];
    let mut long_story = person_input(p, "标兵");
    long_story.story = "事".repeat(STORY_MAX + 1);
    let before = u.fingerprint();
    assert_eq!(
        refusal(create_exemplar(&mut u.conn, &person_input(p, "  "), now())),
        ("exemplars.bad_title".into(), "称号不能为空".into())
    );
    assert_eq!(
        refusal(create_exemplar(
            &mut u.conn,
            &person_input(p, &"标".repeat(TITLE_MAX + 1)),
            now()
        )),
        (
            "exemplars.bad_title".into(),
            format!("称号最多 {TITLE_MAX} 个字（现为 {} 个字）", TITLE_MAX + 1)
        )
    );
    assert_eq!(
        refusal(create_exemplar(&mut u.conn, &long_story, now())).0,
        "exemplars.bad_story"
    );
    assert_eq!(u.fingerprint(), before);

    let mut longest = person_input(p, &"标".repeat(TITLE_MAX));
    longest.story = "事".repeat(STORY_MAX);
    let e = create_exemplar(&mut u.conn, &longest, now()).unwrap();
    assert_eq!(e.story.chars().count(), STORY_MAX);
}

#[test]
fn a_person_or_department_has_one_profile_only() {
    let mut u = unit();
    let zhang = create_exemplar(
        &mut u.conn,
        &person_input(u.people[ZHANG], "服务标兵"),
        now(),
    )
    .unwrap();
    let li = create_exemplar(&mut u.conn, &person_input(u.people[LI], "岗位能手"), now()).unwrap();
    let before = u.fingerprint();
    assert_eq!(
        refusal(create_exemplar(
            &mut u.conn,
            &person_input(u.people[ZHANG], "又一个"),
            now()
        )),
        (
            "exemplars.already_profiled".into(),
            "“张三”已有典型档案“服务标兵”，请编辑那一份".into()
        )
    );
    assert_eq!(
        refusal(update_exemplar(
            &mut u.conn,
            li.id,
            &person_input(u.people[ZHANG], "x"),
            now()
        ))
        .0,
        "exemplars.already_profiled"
    );
    assert_eq!(u.fingerprint(), before);

    let edited = update_exemplar(
        &mut u.conn,
        zhang.id,
        &person_input(u.people[ZHANG], "窗口之星"),
        now(),
    )
    .unwrap();
    assert_eq!(edited.title, "窗口之星");
    let moved = update_exemplar(
        &mut u.conn,
        zhang.id,
        &person_input(u.people[WANG], "窗口之星"),
        now(),
    )
    .unwrap();
    assert_eq!(moved.name, "王五");
}

#[test]
fn editing_keeps_whether_it_is_published_and_a_missing_profile_is_refused() {
    let mut u = unit();
    let e = u.published(ZHANG, "服务标兵");
    let edited = update_exemplar(
        &mut u.conn,
        e.id,
        &person_input(u.people[ZHANG], "窗口之星"),
        november(3, 9),
    )
    .unwrap();
    assert!(edited.published);
    assert_eq!(edited.updated_at, november(3, 9));
    for r in [
        update_exemplar(&mut u.conn, 999, &person_input(u.people[LI], "x"), now()),
        set_published(&mut u.conn, 999, true, now()),
    ] {
        assert_eq!(refusal(r).0, "exemplars.not_found");
    }
    assert_eq!(
        refusal(exemplar_detail(&u.conn, 999, now(), Role::Organizer)).0,
        "exemplars.not_found"
    );
}

#[test]
fn publishing_puts_a_profile_on_the_staff_wall_and_back_to_draft_takes_it_off() {
    let mut u = unit();
    let draft = create_exemplar(
        &mut u.conn,
        &person_input(u.people[ZHANG], "服务标兵"),
        now(),
    )
    .unwrap();
    u.published(LI, "岗位能手");
    assert_eq!(wall(&u, Role::Organizer), ["服务标兵", "岗位能手"]);
    assert_eq!(wall(&u, Role::Staff), ["岗位能手"]);

    let on = set_published(&mut u.conn, draft.id, true, now()).unwrap();
    assert!(on.published);
    assert_eq!(wall(&u, Role::Staff), ["服务标兵", "岗位能手"]);
    set_published(&mut u.conn, draft.id, false, now()).unwrap();
    assert_eq!(wall(&u, Role::Staff), ["岗位能手"]);
    assert_eq!(wall(&u, Role::Organizer), ["服务标兵", "岗位能手"]);
}

#[test]
fn staff_mode_cannot_open_a_draft_or_its_photos_by_id() {
    let mut u = unit();
    let dir = tempfile::tempdir().unwrap();
    let draft = create_exemplar(
        &mut u.conn,
        &person_input(u.people[ZHANG], "服务标兵"),
        now(),
    )
    .unwrap();
    let photo = add_exemplar_file(
        &mut u.conn,
        dir.path(),
        draft.id,
        "a.png",
        b"\x89PNG-a",
        now(),
    )
    .unwrap();
    assert_eq!(
        refusal(exemplar_detail(&u.conn, draft.id, now(), Role::Staff)).0,
        "exemplars.not_found"
    );
    assert_eq!(
        refusal(exemplar_files(&u.conn, draft.id, Role::Staff)).0,
        "exemplars.not_found"
    );
    assert_eq!(
        refusal(exemplar_file_bytes(
            &u.conn,
            dir.path(),
            photo.id,
            Role::Staff
        ))
        .0,
        "exemplars.file_not_found"
    );
    assert!(exemplar_detail(&u.conn, draft.id, now(), Role::Organizer).is_ok());
    assert_eq!(
        exemplar_files(&u.conn, draft.id, Role::Organizer)
            .unwrap()
            .len(),
        1
    );

    set_published(&mut u.conn, draft.id, true, now()).unwrap();
    assert!(exemplar_detail(&u.conn, draft.id, now(), Role::Staff).is_ok());
    let (_, bytes) = exemplar_file_bytes(&u.conn, dir.path(), photo.id, Role::Staff).unwrap();
    assert_eq!(bytes, b"\x89PNG-a");
}

#[test]
fn a_profile_shows_the_confirmed_honors_its_person_holds_and_no_one_elses() {
    let mut u = unit();
    let li = u.published(LI, "岗位能手");
    let zhang = u.published(ZHANG, "服务标兵");
    let office = create_exemplar(
        &mut u.conn,
        &department_input(u.departments[0], "青年文明号"),
        now(),
    )
    .unwrap();
    u.honor(LI);

    let detail = exemplar_detail(&u.conn, li.id, now(), Role::Staff).unwrap();
    assert_eq!(detail.exemplar.honors, ["2026 先进个人"]);
    let awards: Vec<(&str, &str)> = detail
        .awards
        .iter()
        .map(|a| (a.category.as_str(), a.nominee.as_str()))
        .collect();
    assert_eq!(awards, [("先进个人", "李四")]);
    for other in [zhang.id, office.id] {
        let d = exemplar_detail(&u.conn, other, now(), Role::Organizer).unwrap();
        assert!(d.awards.is_empty() && d.exemplar.honors.is_empty());
    }
}
