//! 责任分解: responsible 科室 and person, due dates and overdue, 标准 without evidence.

use super::*;

#[test]
fn a_duty_past_its_date_with_nothing_filed_is_overdue_until_evidence_arrives() {
    let mut u = unit();
    let st = standard(&u, "制定年度学雷锋");
    let (office, person) = (u.departments[0], u.people[0]);
    let due = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    set_duty(
        &mut u.conn,
        st,
        &DutyInput {
            department_id: Some(office),
            staff_id: Some(person),
            due_on: Some(due),
        },
    )
    .unwrap();
    let mine = duties(&u.conn, Some(office), now()).unwrap();
    assert_eq!(mine.len(), 1);
    let d = &mine[0];
    assert_eq!(
        (
            d.item.as_str(),
            d.department_name.as_str(),
            d.staff_name.as_str()
        ),
        ("学雷锋活动", "办公室", "职工1")
    );
    assert!(d.overdue);
    assert!(
        !duties(&u.conn, Some(office), november(29, 9)).unwrap()[0].overdue,
        "not before its date"
    );
    assert!(duties(&u.conn, Some(u.departments[1]), now())
        .unwrap()
        .is_empty());
    assert_eq!(duties(&u.conn, None, now()).unwrap().len(), 29);

    let dir = u.dir.path().to_path_buf();
    add_document(
        &mut u.conn,
        &dir,
        &NewDocument {
            standard_id: st,
            kind: DocKind::Official,
            year: 2026,
            file_name: "计划.pdf",
            bytes: b"%PDF",
        },
        now(),
    )
    .unwrap();
    let d = &duties(&u.conn, Some(office), now()).unwrap()[0];
    assert_eq!((d.evidence, d.overdue), (1, false));
}

#[test]
fn the_responsible_person_must_be_of_the_responsible_department() {
    let mut u = unit();
    let st = standard(&u, "制定年度学雷锋");
    let before = tree(&u.conn).unwrap();
    let wrong = DutyInput {
        department_id: Some(u.departments[1]),
        staff_id: Some(u.people[0]),
        due_on: None,
    };
    assert_eq!(
        code(set_duty(&mut u.conn, st, &wrong).unwrap_err()),
        "ledger.staff_not_in_department"
    );
    let ghost = DutyInput {
        department_id: Some(999),
        ..Default::default()
    };
    assert_eq!(
        code(set_duty(&mut u.conn, st, &ghost).unwrap_err()),
        "ledger.unknown_department"
    );
    let nobody = DutyInput {
        staff_id: Some(999),
        ..Default::default()
    };
    assert_eq!(
        code(set_duty(&mut u.conn, st, &nobody).unwrap_err()),
        "ledger.unknown_staff"
    );
    let it = item(&u, "学雷锋活动");
    assert_eq!(
        code(set_duty(&mut u.conn, it, &DutyInput::default()).unwrap_err()),
        "ledger.not_a_standard"
    );
    assert_eq!(tree(&u.conn).unwrap(), before);
}

#[test]
fn standards_without_evidence_are_listed_in_tree_order_with_their_department() {
    let mut u = unit();
    held(&mut u, ActivityKind::Volunteer, "志愿服务");
    let st = standard(&u, "制定年度学雷锋");
    set_duty(
        &mut u.conn,
        st,
        &DutyInput {
            department_id: Some(u.departments[0]),
            ..Default::default()
        },
    )
    .unwrap();
    let gaps = standards_without_evidence(&u.conn, 2026, 2026, now()).unwrap();
    assert_eq!(gaps.len(), 27);
    assert_eq!(gaps[0].standard_id, st);
    assert_eq!(gaps[0].department_id, Some(u.departments[0]));
    assert_eq!(
        gaps[0].path,
        "学雷锋活动 / 学雷锋活动常态化 / 制定年度学雷锋活动计划，明确牵头责任部门"
    );
    assert!(!gaps.iter().any(|g| g.path.contains("经常性开展学雷锋活动")));
}
