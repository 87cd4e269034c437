use super::*;

fn office(name: &str) -> DepartmentInput {
    DepartmentInput {
        name: name.into(),
        kind: DepartmentKind::Office,
        sort_order: 1,
    }
}

#[test]
fn a_department_is_created_with_its_kind_and_order() {
    let mut conn = open_in_memory().unwrap();
    let d = create_department(
        &mut conn,
        &DepartmentInput {
            name: " 信息中心 ".into(),
            kind: DepartmentKind::Subunit,
            sort_order: 7,
        },
        now(),
    )
    .unwrap();
    assert_eq!(
        (d.name.as_str(), d.kind, d.sort_order, d.active_staff),
        ("信息中心", DepartmentKind::Subunit, 7, 0)
    );
    assert_eq!(list_departments(&conn).unwrap(), vec![d]);
}

#[test]
fn departments_are_listed_in_sort_order_with_their_active_headcount() {
    let (mut conn, ids) = unit_with(&["办公室", "人事科"]);
    update_department(
        &mut conn,
        ids[0],
        &DepartmentInput {
            sort_order: 9,
            ..office("办公室")
        },
    )
    .unwrap();
    hire(&mut conn, "1", "张三", ids[1]);
    let gone = hire(&mut conn, "2", "李四", ids[1]);
    set_staff_active(&mut conn, gone.id, false, now()).unwrap();
    let list = list_departments(&conn).unwrap();
    assert_eq!(
        list.iter().map(|d| d.name.as_str()).collect::<Vec<_>>(),
        ["人事科", "办公室"]
    );
    assert_eq!((list[0].active_staff, list[0].total_staff), (1, 2));
    // Read again after each change (the list is kept between reads): the counts and order move.
    hire(&mut conn, "3", "王五", ids[0]);
    set_staff_active(&mut conn, gone.id, true, now()).unwrap();
    update_department(&mut conn, ids[0], &office("办公室")).unwrap();
    let list = list_departments(&conn).unwrap();
    assert_eq!(
        list.iter()
            .map(|d| (d.name.as_str(), d.active_staff, d.total_staff))
            .collect::<Vec<_>>(),
        [("办公室", 1, 1), ("人事科", 2, 2)]
    );
}

#[test]
fn a_duplicate_or_blank_department_name_is_refused_and_nothing_changes() {
    let (mut conn, ids) = unit_with(&["办公室", "人事科"]);
    let before = list_departments(&conn).unwrap();
    let dup: AppError = create_department(&mut conn, &office("办公室"), now())
        .unwrap_err()
        .into();
    assert_eq!(dup.code, "roster.duplicate_department");
    assert_eq!(dup.message, "科室“办公室”已存在");
    let rename: AppError = update_department(&mut conn, ids[1], &office("办公室"))
        .unwrap_err()
        .into();
    assert_eq!(rename.code, "roster.duplicate_department");
    let blank: AppError = create_department(&mut conn, &office("  "), now())
        .unwrap_err()
        .into();
    assert_eq!(blank.message, "科室名称不能为空");
    let long: AppError = create_department(&mut conn, &office(&"科".repeat(31)), now())
        .unwrap_err()
        .into();
    assert_eq!(long.code, "roster.invalid");
    assert_eq!(list_departments(&conn).unwrap(), before);
}

#[test]
fn renaming_a_department_to_its_own_name_is_fine() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    let d = update_department(
        &mut conn,
        ids[0],
        &DepartmentInput {
            kind: DepartmentKind::Subunit,
            ..office("办公室")
        },
    )
    .unwrap();
    assert_eq!(d.kind, DepartmentKind::Subunit);
}

#[test]
fn an_empty_department_can_be_deleted_but_not_one_with_people() {
    let (mut conn, ids) = unit_with(&["办公室", "人事科"]);
    hire(&mut conn, "1", "张三", ids[1]);
    delete_department(&mut conn, ids[0]).unwrap();
    let err: AppError = delete_department(&mut conn, ids[1]).unwrap_err().into();
    assert_eq!(err.code, "roster.department_not_empty");
    assert!(
        err.message.contains("人事科") && err.message.contains("1 名职工"),
        "{}",
        err.message
    );
    assert_eq!(list_departments(&conn).unwrap().len(), 1);
}

#[test]
fn editing_or_deleting_a_missing_department_says_it_is_gone() {
    let mut conn = open_in_memory().unwrap();
    let e: AppError = update_department(&mut conn, 42, &office("办公室"))
        .unwrap_err()
        .into();
    assert_eq!(e.code, "roster.department_not_found");
    let e: AppError = delete_department(&mut conn, 42).unwrap_err().into();
    assert_eq!(e.code, "roster.department_not_found");
    assert!(list_departments(&conn).unwrap().is_empty());
}

#[test]
fn a_sort_order_outside_0_to_9999_is_refused_and_nothing_changes() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    let before = list_departments(&conn).unwrap();
    for value in [-1, SORT_ORDER_MAX + 1, i32::MAX, i32::MIN] {
        let input = DepartmentInput {
            name: "宣传科".into(),
            kind: DepartmentKind::Office,
            sort_order: value,
        };
        let e: AppError = create_department(&mut conn, &input, now())
            .unwrap_err()
            .into();
        assert_eq!(
            (e.code.as_str(), e.message),
            (
                "roster.sort_order_out_of_range",
                format!("排序号 {value} 不在 0–9999 之间")
            )
        );
        let e: AppError = update_department(&mut conn, ids[0], &input)
            .unwrap_err()
            .into();
        assert_eq!(e.code, "roster.sort_order_out_of_range");
    }
    assert_eq!(list_departments(&conn).unwrap(), before);
    for value in [0, SORT_ORDER_MAX] {
        let input = DepartmentInput {
            name: format!("科室{value}"),
            kind: DepartmentKind::Office,
            sort_order: value,
        };
        assert_eq!(
            create_department(&mut conn, &input, now())
                .unwrap()
                .sort_order,
            value
        );
    }
}
