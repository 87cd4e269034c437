use super::*;

#[test]
fn a_round_is_refused_unless_weights_add_to_100_and_points_cutoffs_and_cap_are_in_order() {
    let mut u = unit();
    let with = |f: fn(&mut Scoring)| {
        let mut s = Scoring::default();
        f(&mut s);
        PledgeRoundInput {
            scoring: s,
            ..round_input(RatingMode::Named)
        }
    };
    let cases: Vec<(PledgeRoundInput, &str)> = vec![
        (with(|s| s.self_weight = 30), "pledges.weights_not_hundred"),
        (
            with(|s| {
                s.leaders_weight = 0;
                s.colleagues_weight = 0;
                s.self_weight = 0
            }),
            "pledges.weights_not_hundred",
        ),
        (with(|s| s.satisfied = 101), "pledges.over_hundred"),
        (with(|s| s.basic = 100), "pledges.points_out_of_order"),
        (with(|s| s.unsatisfied = 70), "pledges.points_out_of_order"),
        (with(|s| s.good_from = 90), "pledges.cutoffs_out_of_order"),
        (with(|s| s.fair_from = 80), "pledges.cutoffs_out_of_order"),
        (
            with(|s| s.excellent_cap_percent = Some(0)),
            "pledges.cap_out_of_range",
        ),
        (
            with(|s| s.excellent_cap_percent = Some(101)),
            "pledges.cap_out_of_range",
        ),
        (
            PledgeRoundInput {
                title: " ".into(),
                ..round_input(RatingMode::Named)
            },
            "pledges.invalid",
        ),
        (
            PledgeRoundInput {
                year: 2101,
                ..round_input(RatingMode::Named)
            },
            "pledges.year_out_of_range",
        ),
        (
            PledgeRoundInput {
                leader_ids: vec![999],
                ..round_input(RatingMode::Named)
            },
            "pledges.staff_not_found",
        ),
    ];
    for (input, expected) in cases {
        let r = create_round(&mut u.conn, &input, at(11, 30));
        assert_eq!(code(r), expected, "{input:?}");
    }
    assert!(rounds(&u.conn, None).unwrap().is_empty());
    let equal = with(|s| {
        s.leaders_weight = 50;
        s.colleagues_weight = 50;
        s.self_weight = 0;
        s.excellent_cap_percent = Some(30)
    });
    let r = create_round(&mut u.conn, &equal, at(11, 30)).unwrap();
    assert_eq!(r.scoring, equal.scoring);
    assert_eq!(r.state, RoundState::Draft);
}

#[test]
fn a_deactivated_leader_cannot_be_chosen_and_chosen_people_are_kept_once() {
    let mut u = unit();
    crate::roster::set_staff_active(&mut u.conn, u.people[5], false, at(2, 1)).unwrap();
    let input = PledgeRoundInput {
        leader_ids: vec![u.people[5]],
        ..round_input(RatingMode::Named)
    };
    assert_eq!(
        code(create_round(&mut u.conn, &input, at(11, 30))),
        "pledges.inactive_staff"
    );
    let input = PledgeRoundInput {
        leader_ids: vec![u.people[4], u.people[4]],
        colleagues: ColleagueScope::Chosen,
        colleague_ids: vec![u.people[0], u.people[1]],
        ..round_input(RatingMode::Named)
    };
    let r = create_round(&mut u.conn, &input, at(11, 30)).unwrap();
    assert_eq!(r.leaders.len(), 1);
    assert_eq!(
        r.chosen_colleagues
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        ["职工1", "职工2"]
    );
}

#[test]
fn opening_fixes_the_owners_and_locks_the_settings() {
    let mut u = unit();
    let (r, a, b) = u.open_round_of_two(RatingMode::Named);
    assert_eq!((r.state, r.owners), (RoundState::Open, 2));
    let input = round_input(RatingMode::Named);
    assert_eq!(
        code(update_round(&mut u.conn, r.id, &input, at(12, 2))),
        "pledges.round_locked"
    );
    assert_eq!(
        code(open_round(&mut u.conn, r.id, at(12, 2))),
        "pledges.round_locked"
    );
    let late = u.publish_own(2);
    let refused = u.rate(4, r.id, late.id, Rating::Satisfied);
    assert_eq!(
        code(refused),
        "pledges.not_in_round",
        "published after opening"
    );
    u.rate(4, r.id, a.id, Rating::Satisfied).unwrap();
    u.rate(4, r.id, b.id, Rating::Satisfied).unwrap();
}

#[test]
fn a_draft_can_be_changed_but_not_closed_and_a_year_without_pledges_cannot_open() {
    let mut u = unit();
    let r = create_round(&mut u.conn, &round_input(RatingMode::Named), at(11, 30)).unwrap();
    let changed = PledgeRoundInput {
        title: "年终评诺".into(),
        mode: RatingMode::Anonymous,
        ..round_input(RatingMode::Named)
    };
    let r = update_round(&mut u.conn, r.id, &changed, at(11, 30)).unwrap();
    assert_eq!(
        (r.title.as_str(), r.mode),
        ("年终评诺", RatingMode::Anonymous)
    );
    assert_eq!(
        code(close_round(&mut u.conn, r.id, at(12, 1))),
        "pledges.round_not_open"
    );
    assert_eq!(
        code(open_round(&mut u.conn, r.id, at(12, 1))),
        "pledges.no_pledges_to_rate"
    );
    assert_eq!(get_round(&u.conn, r.id).unwrap().state, RoundState::Draft);
    assert_eq!(code(get_round(&u.conn, 999)), "pledges.round_not_found");
}

#[test]
fn an_anonymous_round_has_a_leaders_sheet_and_a_colleagues_sheet_per_department() {
    let mut u = unit();
    let (r, _, _) = u.open_round_of_two(RatingMode::Anonymous);
    let sheets = round_codes(&u.conn, r.id).unwrap();
    let shape: Vec<(&str, u32, usize)> = sheets
        .iter()
        .map(|s| (s.label.as_str(), s.owners, s.codes.len()))
        .collect();
    // Two leaders rate both owners; each 科室's three people rate its one owner.
    assert_eq!(
        shape,
        [
            ("领导评价", 2, 2),
            ("办公室同事评价", 1, 3),
            ("宣传科同事评价", 1, 3)
        ]
    );
    let all: std::collections::BTreeSet<&String> = sheets.iter().flat_map(|s| &s.codes).collect();
    assert_eq!(all.len(), 8, "every code differs");
}

#[test]
fn codes_are_listed_until_the_first_rating_then_only_reprinted_with_a_reason() {
    let mut u = unit();
    let (r, a, b) = u.open_round_of_two(RatingMode::Anonymous);
    let sheets = round_codes(&u.conn, r.id).unwrap();
    let leaders = &sheets[0];
    let marks = [
        SheetMark {
            pledge_id: a.id,
            rating: Rating::Satisfied,
        },
        SheetMark {
            pledge_id: b.id,
            rating: Rating::Basic,
        },
    ];
    kiosk_rate(&mut u.conn, r.id, &leaders.codes[0], &marks).unwrap();
    assert_eq!(
        code(round_codes(&u.conn, r.id)),
        "pledges.reprint_needs_reason"
    );
    assert_eq!(
        code(reprint_sheet_codes(
            &mut u.conn,
            leaders.sheet_id,
            "  ",
            at(12, 2)
        )),
        "pledges.reprint_needs_reason"
    );
    let again =
        reprint_sheet_codes(&mut u.conn, leaders.sheet_id, "选票码打印不清", at(12, 2)).unwrap();
    assert_eq!(again.codes, [leaders.codes[1].clone()]);
    let named = {
        let mut v = unit();
        let (n, _, _) = v.open_round_of_two(RatingMode::Named);
        code(round_codes(&v.conn, n.id))
    };
    assert_eq!(named, "pledges.round_is_named");
}
