use super::*;

#[test]
fn a_nomination_records_the_nominee_source_and_deeds_pending_review() {
    let mut u = unit(0);
    let n = u.nominate("先进个人", ZHANG).unwrap();
    assert_eq!(
        (n.nominee.as_str(), n.department_name.as_str()),
        ("张三", "办公室")
    );
    assert_eq!(
        (n.source, n.review),
        (NominationSource::Leadership, Review::Pending)
    );
    assert_eq!(n.deeds, "爱岗敬业，热情服务群众。");
}

#[test]
fn party_pioneer_post_is_only_for_party_members_including_probationary() {
    let mut u = unit(0);
    let e = u.nominate("党员先锋岗", ZHANG).unwrap_err();
    assert_eq!(e.message, "党员先锋岗仅限中共党员，张三的政治面貌是群众");
    let c = u.category("党员先锋岗");
    let e: AppError = nominate(&mut u.conn, &person_input(&c, u.people[SUN]), now())
        .unwrap_err()
        .into();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "nomination.party_members_only",
            "党员先锋岗仅限中共党员，孙七的政治面貌是共青团员"
        )
    );
    assert_eq!(u.nomination_count(), 0, "refusals add nothing");
    u.nominate("党员先锋岗", LI).unwrap();
    u.nominate("党员先锋岗", WANG).unwrap();
}

#[test]
fn most_beautiful_veteran_is_only_for_veterans() {
    let mut u = unit(0);
    let c = u.category("最美退役军人");
    assert_eq!(
        refusal(nominate(
            &mut u.conn,
            &person_input(&c, u.people[LI]),
            now()
        )),
        (
            "nomination.veterans_only".into(),
            "最美退役军人仅限退役军人，李四未登记为退役军人；如有误，请先在人员名单中更正".into()
        )
    );
    assert_eq!(u.nomination_count(), 0);
    u.nominate("最美退役军人", ZHAO).unwrap();
}

#[test]
fn a_department_category_takes_a_department_and_a_person_category_takes_a_person() {
    let mut u = unit(0);
    let dept = u.category("先进科室");
    assert_eq!(
        refusal(nominate(
            &mut u.conn,
            &person_input(&dept, u.people[LI]),
            now()
        )),
        (
            "nomination.wrong_nominee".into(),
            "“先进科室”的评选对象是科室（单位），请选择科室（单位）".into()
        )
    );
    let mut office = person_input(&dept, 0);
    office.nominee_staff_id = None;
    office.nominee_department_id = Some(u.departments[0]);
    let n = nominate(&mut u.conn, &office, now()).unwrap();
    assert_eq!(
        (n.nominee.as_str(), n.department_name.as_str()),
        ("办公室", "办公室")
    );
    let person = u.category("先进个人");
    office.category_id = person.id;
    assert_eq!(
        refusal(nominate(&mut u.conn, &office, now())).0,
        "nomination.wrong_nominee"
    );
    assert_eq!(u.nomination_count(), 1);
}

#[test]
fn a_family_is_named_after_the_staff_member() {
    let mut u = unit(0);
    let n = u.nominate("文明家庭", ZHAO).unwrap();
    assert_eq!(
        (n.nominee.as_str(), n.department_name.as_str()),
        ("赵六家庭", "宣传科")
    );
}

#[test]
fn the_same_nominee_cannot_be_nominated_twice_in_a_category() {
    let mut u = unit(0);
    u.nominate("先进个人", LI).unwrap();
    let e = u.nominate("先进个人", LI).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "nomination.duplicate",
            "李四 已被推荐参评“先进个人”，无需重复推荐"
        )
    );
    assert_eq!(u.nomination_count(), 1);
    u.nominate("文明服务标兵", LI).unwrap();
}

#[test]
fn nominations_are_taken_only_inside_the_window() {
    let mut u = unit(0);
    let c = u.category("先进个人");
    let mut narrowed = CategoryInput {
        year: c.year,
        name: c.name.clone(),
        target: c.target,
        quota: c.quota,
        eligibility: c.eligibility,
        nominations_open_at: at(3, 1),
        nominations_close_at: at(3, 31),
    };
    update_category(&mut u.conn, c.id, &narrowed).unwrap();
    let p = person_input(&c, u.people[LI]);
    assert_eq!(
        refusal(nominate(&mut u.conn, &p, at(2, 28))),
        (
            "nomination.not_yet_open".into(),
            "“先进个人”的推荐将于 2026年3月1日 09:00 开始，请到时再来".into()
        )
    );
    assert_eq!(
        refusal(nominate(&mut u.conn, &p, at(3, 31))),
        (
            "nomination.closed".into(),
            "“先进个人”的推荐已于 2026年3月31日 09:00 截止".into()
        )
    );
    assert_eq!(u.nomination_count(), 0);
    nominate(&mut u.conn, &p, at(3, 1)).unwrap();
    narrowed.nominations_close_at = at(12, 1);
    update_category(&mut u.conn, c.id, &narrowed).unwrap();
}

#[test]
fn deeds_are_required_and_at_most_1500_characters() {
    let mut u = unit(0);
    let c = u.category("先进个人");
    let mut p = person_input(&c, u.people[LI]);
    p.deeds = "事".repeat(1501);
    assert_eq!(
        refusal(nominate(&mut u.conn, &p, now())).1,
        "事迹最多 1500 个字（现为 1501 个字）"
    );
    p.deeds = "  ".into();
    assert_eq!(refusal(nominate(&mut u.conn, &p, now())).1, "事迹不能为空");
    assert_eq!(u.nomination_count(), 0);
    p.deeds = "事".repeat(1500);
    nominate(&mut u.conn, &p, now()).unwrap();
}

#[test]
fn a_department_nominates_only_its_own_people_and_a_person_only_themself() {
    let mut u = unit(0);
    let c = u.category("先进个人");
    let mut p = person_input(&c, u.people[WANG]);
    p.source = NominationSource::Department;
    p.source_department_id = Some(u.departments[0]);
    assert_eq!(
        refusal(nominate(&mut u.conn, &p, now())),
        (
            "nomination.not_in_department".into(),
            "王五 不在“办公室”，科室只能推荐本科室的人员".into()
        )
    );
    p.source = NominationSource::SelfNominated;
    p.actor_staff_id = Some(u.people[LI]);
    assert_eq!(
        refusal(nominate(&mut u.conn, &p, now())).0,
        "nomination.self_for_others"
    );
    assert_eq!(u.nomination_count(), 0);
    p.actor_staff_id = Some(u.people[WANG]);
    let n = nominate(&mut u.conn, &p, now()).unwrap();
    assert_eq!(n.source, NominationSource::SelfNominated);
}

#[test]
fn inactive_staff_cannot_be_nominated() {
    let mut u = unit(0);
    roster::set_staff_active(&mut u.conn, u.people[LI], false, now()).unwrap();
    let e = u.nominate("先进个人", LI).unwrap_err();
    assert_eq!(e.code, "nomination.inactive_staff");
    assert_eq!(u.nomination_count(), 0);
}

#[test]
fn rejecting_a_nomination_requires_a_reason() {
    let mut u = unit(0);
    let n = u.nominate("先进个人", LI).unwrap();
    assert_eq!(
        refusal(review_nomination(&mut u.conn, n.id, false, "  ")),
        (
            "review.reason_required".into(),
            "资格审查不通过时请写明原因".into()
        )
    );
    assert_eq!(
        nominations(&u.conn, n.category_id).unwrap()[0].review,
        Review::Pending
    );
    let r = review_nomination(&mut u.conn, n.id, false, "年度考核未达到称职").unwrap();
    assert_eq!(
        (r.review, r.review_reason.as_str()),
        (Review::Rejected, "年度考核未达到称职")
    );
    let r = review_nomination(&mut u.conn, n.id, true, "").unwrap();
    assert_eq!(r.review, Review::Passed);
}

#[test]
fn candidate_list_says_equal_or_competitive_from_passed_nominations_and_quota() {
    let mut u = unit(0);
    let c = u.candidates(2, &[LI, WANG]);
    let list = candidate_list(&u.conn, c.id).unwrap();
    assert_eq!(
        (list.competition, list.summary.as_str()),
        (Competition::Equal, "等额：2 名候选人，名额 2 名")
    );
    let n = u.nominate("先进个人", ZHOU).unwrap();
    assert_eq!(
        candidate_list(&u.conn, c.id).unwrap().competition,
        Competition::Equal,
        "pending is no candidate"
    );
    review_nomination(&mut u.conn, n.id, true, "").unwrap();
    let list = candidate_list(&u.conn, c.id).unwrap();
    assert_eq!(
        (list.competition, list.summary.as_str()),
        (Competition::Competitive, "差额：3 名候选人，名额 2 名")
    );
    let n = u.nominate("先进个人", ZHAO).unwrap();
    review_nomination(&mut u.conn, n.id, false, "不符合条件").unwrap();
    assert_eq!(
        candidate_list(&u.conn, c.id).unwrap().candidates.len(),
        3,
        "rejected is no candidate"
    );
    let short = u.category("最美退役军人");
    assert_eq!(
        candidate_list(&u.conn, short.id).unwrap().competition,
        Competition::Short
    );
}
