use super::*;

#[test]
fn a_person_publishes_their_own_pledge_of_two_items_in_self_service() {
    let mut u = unit();
    let p = u.publish_own(0);
    assert_eq!(p.owner, person(u.people[0]));
    assert_eq!(
        (p.owner_name.as_str(), p.department_name.as_str()),
        ("职工1", "办公室")
    );
    assert!(p.by_self);
    assert_eq!(p.published_at, at(3, 1));
    let items: Vec<_> = p
        .items
        .iter()
        .map(|i| (i.position, i.kind.as_str(), i.status, i.progress, i.overdue))
        .collect();
    assert_eq!(
        items,
        [
            (1, "岗位承诺", Status::NotStarted, 0, false),
            (2, "服务承诺", Status::NotStarted, 0, false)
        ]
    );
    assert_eq!(
        pledge_of(&u.conn, person(u.people[0]), YEAR, at(3, 1)).unwrap(),
        Some(p)
    );
}

#[test]
fn a_person_cannot_publish_for_someone_else_and_nothing_is_written() {
    let mut u = unit();
    let input = PledgeInput {
        owner: person(u.people[1]),
        year: YEAR,
        items: two_items(),
    };
    let r = publish_pledge(&mut u.conn, &input, Actor::Staff(u.people[0]), at(3, 1));
    assert_eq!(code(r), "pledges.self_for_others");
    let dept = PledgeInput {
        owner: Owner::Department {
            department_id: u.departments[0],
        },
        ..input
    };
    let r = publish_pledge(&mut u.conn, &dept, Actor::Staff(u.people[0]), at(3, 1));
    assert_eq!(code(r), "pledges.self_for_others");
    assert!(everything(&u.conn).is_empty());
}

#[test]
fn the_organizer_publishes_for_a_department_and_for_a_person() {
    let mut u = unit();
    let d = u.publish_department(1);
    assert_eq!(d.owner_name, "宣传科");
    assert_eq!(d.department_id, u.departments[1]);
    assert!(!d.by_self);
    let input = PledgeInput {
        owner: person(u.people[3]),
        year: YEAR,
        items: two_items(),
    };
    let p = publish_pledge(&mut u.conn, &input, Actor::Organizer, at(3, 2)).unwrap();
    assert!(!p.by_self);
    assert_eq!(p.department_name, "宣传科");
}

#[test]
fn one_pledge_per_owner_and_year_and_a_second_is_refused_unchanged() {
    let mut u = unit();
    u.publish_own(0);
    u.publish_department(0);
    let before = everything(&u.conn);
    let again = PledgeInput {
        owner: person(u.people[0]),
        year: YEAR,
        items: two_items(),
    };
    let r = publish_pledge(&mut u.conn, &again, Actor::Organizer, at(3, 5));
    let e = r.unwrap_err();
    assert_eq!(e.code(), "pledges.already_published");
    assert!(e.to_string().contains("职工1 已发布 2026 年的承诺"), "{e}");
    let dept = PledgeInput {
        owner: Owner::Department {
            department_id: u.departments[0],
        },
        ..again.clone()
    };
    let r = publish_pledge(&mut u.conn, &dept, Actor::Organizer, at(3, 5));
    assert_eq!(code(r), "pledges.already_published");
    assert_eq!(everything(&u.conn), before);
    let next_year = PledgeInput {
        year: YEAR + 1,
        ..again
    };
    publish_pledge(&mut u.conn, &next_year, Actor::Staff(u.people[0]), at(3, 5)).unwrap();
}

#[test]
fn items_need_a_known_kind_content_and_a_count_within_the_limit() {
    let mut u = unit();
    let me = u.people[0];
    let with = |items: Vec<ItemInput>| PledgeInput {
        owner: person(me),
        year: YEAR,
        items,
    };
    let cases: Vec<(PledgeInput, &str)> = vec![
        (with(vec![]), "pledges.no_items"),
        (
            with(vec![item("岗位承诺", "x", (6, 1)); ITEMS_MAX + 1]),
            "pledges.too_many_items",
        ),
        (
            with(vec![item("廉洁承诺", "不收礼", (6, 1))]),
            "pledges.unknown_kind",
        ),
        (
            with(vec![item("岗位承诺", "   ", (6, 1))]),
            "pledges.invalid",
        ),
        (
            with(vec![item(
                "岗位承诺",
                &"字".repeat(CONTENT_MAX + 1),
                (6, 1),
            )]),
            "pledges.invalid",
        ),
        (
            PledgeInput {
                year: 1999,
                ..with(two_items())
            },
            "pledges.year_out_of_range",
        ),
        (
            PledgeInput {
                owner: person(999),
                ..with(two_items())
            },
            "pledges.staff_not_found",
        ),
        (
            PledgeInput {
                owner: Owner::Department { department_id: 999 },
                ..with(two_items())
            },
            "pledges.department_not_found",
        ),
    ];
    for (input, expected) in cases {
        let r = publish_pledge(&mut u.conn, &input, Actor::Organizer, at(3, 1));
        assert_eq!(code(r), expected, "{input:?}");
    }
    assert!(everything(&u.conn).is_empty());
}

#[test]
fn a_deactivated_person_cannot_publish() {
    let mut u = unit();
    let me = u.people[2];
    crate::roster::set_staff_active(&mut u.conn, me, false, at(2, 1)).unwrap();
    let input = PledgeInput {
        owner: person(me),
        year: YEAR,
        items: two_items(),
    };
    let r = publish_pledge(&mut u.conn, &input, Actor::Staff(me), at(3, 1));
    assert_eq!(code(r), "pledges.inactive_staff");
}

#[test]
fn a_kind_the_organizer_adds_is_offered_and_accepted_and_added_only_once() {
    let mut u = unit();
    let kinds_now = add_kind(&mut u.conn, " 廉洁承诺 ", at(2, 1)).unwrap();
    assert_eq!(kinds_now, ["岗位承诺", "服务承诺", "作风承诺", "廉洁承诺"]);
    assert_eq!(
        code(add_kind(&mut u.conn, "廉洁承诺", at(2, 1))),
        "pledges.duplicate_kind"
    );
    assert_eq!(
        code(add_kind(&mut u.conn, "岗位承诺", at(2, 1))),
        "pledges.duplicate_kind"
    );
    assert_eq!(
        code(add_kind(&mut u.conn, "  ", at(2, 1))),
        "pledges.invalid"
    );
    let input = PledgeInput {
        owner: person(u.people[0]),
        year: YEAR,
        items: vec![item("廉洁承诺", "不收礼", (6, 1))],
    };
    let p = publish_pledge(&mut u.conn, &input, Actor::Organizer, at(3, 1)).unwrap();
    assert_eq!(p.items[0].kind, "廉洁承诺");
}

#[test]
fn the_organizer_edits_a_published_item_only_with_a_reason_and_the_old_text_is_kept() {
    let mut u = unit();
    let p = u.publish_own(0);
    let first = p.items[0].clone();
    let changed = item("岗位承诺", "按时办结每一件来文，急件当日办结", (7, 31));
    let no_reason = ItemEditInput {
        item: changed.clone(),
        reason: "  ".into(),
    };
    let before = everything(&u.conn);
    assert_eq!(
        code(edit_item(&mut u.conn, first.id, &no_reason, at(4, 1))),
        "pledges.reason_required"
    );
    let same = ItemEditInput {
        item: item("岗位承诺", "按时办结每一件来文", (6, 30)),
        reason: "核对".into(),
    };
    assert_eq!(
        code(edit_item(&mut u.conn, first.id, &same, at(4, 1))),
        "pledges.nothing_changed"
    );
    let missing = ItemEditInput {
        item: changed.clone(),
        reason: "按科室要求".into(),
    };
    assert_eq!(
        code(edit_item(&mut u.conn, 999, &missing, at(4, 1))),
        "pledges.item_not_found"
    );
    assert_eq!(everything(&u.conn), before);

    let after = edit_item(&mut u.conn, first.id, &missing, at(4, 1)).unwrap();
    assert_eq!(after.items[0].content, "按时办结每一件来文，急件当日办结");
    assert_eq!(after.items[0].due_on, date(7, 31));
    assert_eq!(after.items[0].edits, 1);
    assert_eq!(after.items[1].edits, 0);
    let t = timeline(&u.conn, p.id, at(4, 2)).unwrap();
    let edits: Vec<_> = t
        .entries
        .iter()
        .filter_map(|e| match e {
            TimelineEntry::Edited {
                item_position,
                edit,
            } => Some((*item_position, edit.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(edits.len(), 1);
    let (position, edit) = &edits[0];
    assert_eq!(*position, 1);
    assert_eq!(edit.old_content, "按时办结每一件来文");
    assert_eq!(edit.old_due_on, date(6, 30));
    assert_eq!(edit.reason, "按科室要求");
    assert_eq!(edit.edited_at, at(4, 1));
}
