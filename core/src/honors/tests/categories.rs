use super::*;

#[test]
fn seeding_creates_the_seven_categories_of_the_speech_once_per_year() {
    let mut u = unit(0);
    let names: Vec<_> = u.categories.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "文明服务科室（单位）",
            "文明服务标兵",
            "文明家庭",
            "党员先锋岗",
            "先进科室",
            "先进个人",
            "最美退役军人"
        ]
    );
    let again = seed_default_categories(&mut u.conn, YEAR, at(2, 1)).unwrap();
    assert_eq!(again, u.categories, "seeding twice changes nothing");
    let next_year = seed_default_categories(&mut u.conn, YEAR + 1, at(2, 1)).unwrap();
    assert_eq!(next_year.len(), 7);
    assert_eq!(list_categories(&u.conn, YEAR).unwrap().len(), 7);
}

#[test]
fn seeding_keeps_a_category_the_organizer_already_changed() {
    let mut u = unit(0);
    let c = u.candidates(4, &[]);
    let again = seed_default_categories(&mut u.conn, YEAR, at(2, 1)).unwrap();
    assert_eq!(again.iter().find(|x| x.id == c.id).unwrap().quota, 4);
    assert_eq!(again.len(), 7);
}

#[test]
fn seeded_categories_have_the_speech_targets_and_eligibility() {
    let u = unit(0);
    let c = |n: &str| u.category(n);
    assert_eq!(c("文明服务科室（单位）").target, Target::Department);
    assert_eq!(c("先进科室").target, Target::Department);
    assert_eq!(c("文明家庭").target, Target::Family);
    assert_eq!(
        (c("党员先锋岗").target, c("党员先锋岗").eligibility),
        (Target::Person, Eligibility::PartyMember)
    );
    assert_eq!(c("最美退役军人").eligibility, Eligibility::Veteran);
    assert!(u.categories.iter().all(|c| c.quota > 0));
    assert!(u
        .categories
        .iter()
        .all(|c| c.nominations_open_at <= now() && now() < c.nominations_close_at));
}

fn input(name: &str, quota: u32) -> CategoryInput {
    CategoryInput {
        year: YEAR,
        name: name.into(),
        target: Target::Person,
        quota,
        eligibility: Eligibility::None,
        nominations_open_at: at(3, 1),
        nominations_close_at: at(3, 31),
    }
}

#[test]
fn a_category_needs_a_quota_and_a_window_that_closes_after_it_opens() {
    let mut u = unit(0);
    assert_eq!(
        refusal(create_category(&mut u.conn, &input("优秀志愿者", 0), now())),
        (
            "honors.quota_out_of_range".into(),
            "“优秀志愿者”的名额 0 名不在 1–500 名之间，请检查".into()
        )
    );
    let mut backwards = input("优秀志愿者", 2);
    backwards.nominations_close_at = at(2, 1);
    assert_eq!(
        refusal(create_category(&mut u.conn, &backwards, now())).1,
        "“优秀志愿者”的推荐截止时间（2026年2月1日 09:00）须晚于开始时间（2026年3月1日 09:00）"
    );
    assert_eq!(
        refusal(create_category(&mut u.conn, &input("  ", 2), now())).1,
        "评选项目名称不能为空"
    );
    assert_eq!(
        list_categories(&u.conn, YEAR).unwrap().len(),
        7,
        "nothing created"
    );
    let made = create_category(&mut u.conn, &input(" 优秀志愿者 ", 2), now()).unwrap();
    assert_eq!((made.name.as_str(), made.sort_order), ("优秀志愿者", 7));
}

#[test]
fn a_category_name_is_unique_within_a_year() {
    let mut u = unit(0);
    assert_eq!(
        refusal(create_category(&mut u.conn, &input("先进个人", 3), now())),
        (
            "honors.duplicate_category".into(),
            "2026 年已有评选项目“先进个人”".into()
        )
    );
    let mut other_year = input("先进个人", 3);
    other_year.year = 2027;
    create_category(&mut u.conn, &other_year, now()).unwrap();
}

#[test]
fn absurd_quotas_and_years_are_refused_and_nothing_is_written() {
    let mut u = unit(0);
    let before = list_categories(&u.conn, YEAR).unwrap();
    for quota in [QUOTA_MAX + 1, u32::MAX] {
        assert_eq!(
            refusal(create_category(
                &mut u.conn,
                &input("优秀志愿者", quota),
                now()
            )),
            (
                "honors.quota_out_of_range".into(),
                format!("“优秀志愿者”的名额 {quota} 名不在 1–500 名之间，请检查")
            )
        );
    }
    for year in [YEAR_MIN - 1, YEAR_MAX + 1, -5, i32::MAX] {
        let mut far = input("优秀志愿者", 2);
        far.year = year;
        assert_eq!(
            refusal(create_category(&mut u.conn, &far, now())),
            (
                "honors.year_out_of_range".into(),
                format!("年度 {year} 不在 2000–2100 之间，请检查")
            )
        );
        assert_eq!(
            refusal(seed_default_categories(&mut u.conn, year, now())).0,
            "honors.year_out_of_range"
        );
    }
    let c = u.category("先进个人");
    let mut raised = input("先进个人", QUOTA_MAX + 1);
    raised.year = c.year;
    assert_eq!(
        refusal(update_category(&mut u.conn, c.id, &raised)).0,
        "honors.quota_out_of_range"
    );
    assert_eq!(
        list_categories(&u.conn, YEAR).unwrap(),
        before,
        "nothing changed"
    );
    assert!(list_categories(&u.conn, YEAR_MAX + 1).unwrap().is_empty());
}

#[test]
fn the_largest_quota_and_the_edge_years_are_accepted() {
    let mut u = unit(0);
    let mut edge = input("优秀志愿者", QUOTA_MAX);
    for year in [YEAR_MIN, YEAR_MAX] {
        edge.year = year;
        let made = create_category(&mut u.conn, &edge, now()).unwrap();
        assert_eq!((made.year, made.quota), (year, QUOTA_MAX));
    }
}
