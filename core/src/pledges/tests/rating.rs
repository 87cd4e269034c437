use super::*;

#[test]
fn each_rater_rates_in_their_own_group_self_then_leaders_then_colleagues() {
    let mut u = unit();
    let (r, a, b) = u.open_round_of_two(RatingMode::Named);
    // 职工1 (办公室) owns a; 职工3 is in 办公室; 职工5 is a leader (and in 办公室).
    let own = u.rate(0, r.id, a.id, Rating::Basic).unwrap();
    assert_eq!(own.group, RaterGroup::Myself);
    let colleague = u.rate(2, r.id, a.id, Rating::Satisfied).unwrap();
    assert_eq!(colleague.group, RaterGroup::Colleagues);
    let leader = u.rate(4, r.id, a.id, Rating::Satisfied).unwrap();
    assert_eq!(
        leader.group,
        RaterGroup::Leaders,
        "a leader rates as a leader"
    );
    let list = rateable(&u.conn, r.id, u.people[2]).unwrap();
    assert_eq!(
        list.iter()
            .map(|o| (o.owner_name.as_str(), o.group, o.rated))
            .collect::<Vec<_>>(),
        [("职工1", RaterGroup::Colleagues, Some(Rating::Satisfied))],
        "职工3 may rate only his 科室's owner"
    );
    assert_eq!(rateable(&u.conn, r.id, u.people[4]).unwrap().len(), 2);
    let _ = b;
}

#[test]
fn nobody_rates_outside_the_groups_they_belong_to() {
    let mut u = unit();
    let (r, a, b) = u.open_round_of_two(RatingMode::Named);
    // 职工3 (办公室) is neither 职工2's colleague nor a leader.
    let e = u.rate(2, r.id, b.id, Rating::Satisfied).unwrap_err();
    assert_eq!(e.code(), "pledges.not_entitled");
    assert!(e.to_string().contains("职工2"), "{e}");
    // 职工2 may rate herself but not 职工1 of another 科室.
    assert_eq!(
        code(u.rate(1, r.id, a.id, Rating::Satisfied)),
        "pledges.not_entitled"
    );
    let before = everything(&u.conn);
    assert_eq!(
        code(u.rate(2, r.id, 999, Rating::Satisfied)),
        "pledges.not_in_round"
    );
    assert_eq!(everything(&u.conn), before);
}

#[test]
fn one_rating_per_rater_per_owner_per_round() {
    let mut u = unit();
    let (r, a, _) = u.open_round_of_two(RatingMode::Named);
    u.rate(2, r.id, a.id, Rating::Satisfied).unwrap();
    let e = u.rate(2, r.id, a.id, Rating::Unsatisfied).unwrap_err();
    assert_eq!(e.code(), "pledges.already_rated");
    let list = rateable(&u.conn, r.id, u.people[2]).unwrap();
    assert_eq!(
        list[0].rated,
        Some(Rating::Satisfied),
        "the first rating stands"
    );
}

#[test]
fn nothing_is_rated_before_opening_or_after_closing() {
    let mut u = unit();
    let a = u.publish_own(0);
    let draft = create_round(&mut u.conn, &round_input(RatingMode::Named), at(11, 30)).unwrap();
    assert_eq!(
        code(u.rate(2, draft.id, a.id, Rating::Satisfied)),
        "pledges.round_not_open"
    );
    open_round(&mut u.conn, draft.id, at(12, 1)).unwrap();
    u.rate(2, draft.id, a.id, Rating::Satisfied).unwrap();
    close_round(&mut u.conn, draft.id, at(12, 3)).unwrap();
    assert_eq!(
        code(u.rate(0, draft.id, a.id, Rating::Satisfied)),
        "pledges.round_closed"
    );
    assert_eq!(
        code(close_round(&mut u.conn, draft.id, at(12, 4))),
        "pledges.round_closed"
    );
}

#[test]
fn a_comment_is_optional_and_limited() {
    let mut u = unit();
    let (r, a, _) = u.open_round_of_two(RatingMode::Named);
    let long = RatingInput {
        round_id: r.id,
        pledge_id: a.id,
        rating: Rating::Basic,
        comment: "好".repeat(COMMENT_MAX + 1),
    };
    assert_eq!(
        code(rate(&mut u.conn, u.people[2], &long, at(12, 2))),
        "pledges.invalid"
    );
    let ok = RatingInput {
        comment: "  服务热情  ".into(),
        ..long
    };
    rate(&mut u.conn, u.people[2], &ok, at(12, 2)).unwrap();
    close_round(&mut u.conn, r.id, at(12, 3)).unwrap();
    let result = round_result(&u.conn, r.id).unwrap();
    let of_a = result.results.iter().find(|o| o.pledge_id == a.id).unwrap();
    assert_eq!(of_a.comments, ["服务热情"], "comments without the rater");
}

#[test]
fn in_an_anonymous_round_only_the_self_assessment_is_named() {
    let mut u = unit();
    let (r, a, _) = u.open_round_of_two(RatingMode::Anonymous);
    assert_eq!(
        code(u.rate(2, r.id, a.id, Rating::Satisfied)),
        "pledges.round_is_anonymous"
    );
    assert_eq!(
        code(u.rate(4, r.id, a.id, Rating::Satisfied)),
        "pledges.round_is_anonymous"
    );
    assert_eq!(
        u.rate(0, r.id, a.id, Rating::Basic).unwrap().group,
        RaterGroup::Myself
    );
    let list = rateable(&u.conn, r.id, u.people[4]).unwrap();
    assert!(list.is_empty(), "a leader rates at the kiosk only");
}

fn marks(ps: &[(i64, Rating)]) -> Vec<SheetMark> {
    ps.iter()
        .map(|&(pledge_id, rating)| SheetMark { pledge_id, rating })
        .collect()
}

#[test]
fn a_code_at_the_kiosk_rates_every_owner_of_its_sheet_once() {
    let mut u = unit();
    let (r, a, b) = u.open_round_of_two(RatingMode::Anonymous);
    let sheets = round_codes(&u.conn, r.id).unwrap();
    let (leaders, office) = (&sheets[0], &sheets[1]);
    let shown = kiosk_sheet(&u.conn, r.id, &leaders.codes[0].to_lowercase(), at(12, 2)).unwrap();
    assert_eq!(shown.label, "领导评价");
    assert_eq!(
        shown
            .owners
            .iter()
            .map(|o| o.owner_name.as_str())
            .collect::<Vec<_>>(),
        ["职工1", "职工2"]
    );
    assert_eq!(
        shown.owners[0].items,
        ["按时办结每一件来文", "窗口服务零投诉"]
    );
    let before = everything(&u.conn);
    let code_of = |r: Result<(), PledgeError>| r.unwrap_err().code();
    let l = &leaders.codes[0];
    assert_eq!(
        code_of(kiosk_rate(
            &mut u.conn,
            r.id,
            l,
            &marks(&[(a.id, Rating::Satisfied)])
        )),
        "pledges.sheet_incomplete"
    );
    assert_eq!(
        code_of(kiosk_rate(
            &mut u.conn,
            r.id,
            &office.codes[0],
            &marks(&[(a.id, Rating::Satisfied), (b.id, Rating::Satisfied)])
        )),
        "pledges.not_on_sheet",
        "an 办公室 colleague cannot rate 宣传科's owner"
    );
    assert_eq!(
        code_of(kiosk_rate(
            &mut u.conn,
            r.id,
            l,
            &marks(&[
                (a.id, Rating::Satisfied),
                (a.id, Rating::Basic),
                (b.id, Rating::Basic)
            ])
        )),
        "pledges.not_on_sheet",
        "one owner twice"
    );
    assert_eq!(
        code_of(kiosk_rate(&mut u.conn, r.id, "ZZZZZZZZ", &[])),
        "pledges.unknown_code"
    );
    assert_eq!(everything(&u.conn), before);
    let both = marks(&[(a.id, Rating::Satisfied), (b.id, Rating::Basic)]);
    kiosk_rate(&mut u.conn, r.id, l, &both).unwrap();
    assert_eq!(
        code_of(kiosk_rate(&mut u.conn, r.id, l, &both)),
        "pledges.code_used"
    );
    assert_eq!(
        code(kiosk_sheet(&u.conn, r.id, l, at(12, 2))),
        "pledges.code_used"
    );
    assert!(
        everything(&u.conn)
            .iter()
            .all(|row| !row.starts_with("pledge_rating")),
        "no rating row for a code"
    );
}

#[test]
fn a_code_of_another_round_or_after_closing_is_refused() {
    let mut u = unit();
    let (r, a, b) = u.open_round_of_two(RatingMode::Anonymous);
    let codes = round_codes(&u.conn, r.id).unwrap();
    let next = create_round(
        &mut u.conn,
        &PledgeRoundInput {
            title: "复评".into(),
            leader_ids: vec![u.people[4]],
            ..round_input(RatingMode::Anonymous)
        },
        at(12, 1),
    )
    .unwrap();
    open_round(&mut u.conn, next.id, at(12, 1)).unwrap();
    let both = marks(&[(a.id, Rating::Satisfied), (b.id, Rating::Basic)]);
    let wrong = kiosk_rate(&mut u.conn, next.id, &codes[0].codes[0], &both);
    assert_eq!(wrong.unwrap_err().code(), "pledges.wrong_round");
    close_round(&mut u.conn, r.id, at(12, 5)).unwrap();
    let late = kiosk_rate(&mut u.conn, r.id, &codes[0].codes[1], &both);
    assert_eq!(late.unwrap_err().code(), "pledges.round_closed");
}
