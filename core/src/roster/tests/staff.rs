use super::*;
use crate::auth::Role;
use crate::paging::PAGE_SIZE_MAX;

fn query(text: &str) -> StaffQuery {
    StaffQuery {
        text: text.into(),
        page: 1,
        page_size: 20,
        ..Default::default()
    }
}

#[test]
fn a_person_is_added_with_every_field_of_the_roster() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    let input = StaffInput {
        gender: Gender::Male,
        political_status: PoliticalStatus::CylMember,
        is_veteran: true,
        phone: "139 1234 5678".into(),
        ..person(" W001 ", " 王建国 ", ids[0])
    };
    let s = create_staff(&mut conn, &input, now()).unwrap();
    assert_eq!(s.employee_no, "W001");
    assert_eq!(s.name, "王建国");
    assert_eq!(s.department_name, "办公室");
    assert_eq!(s.phone, "13912345678");
    assert!(s.is_veteran && s.active);
    assert_eq!(get_staff(&conn, s.id).unwrap(), s);
}

#[test]
fn a_taken_employee_number_is_refused_naming_its_holder() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    hire(&mut conn, "W001", "张三", ids[0]);
    let err: AppError = create_staff(&mut conn, &person("W001", "李四", ids[0]), now())
        .unwrap_err()
        .into();
    assert_eq!(err.code, "roster.duplicate_employee_no");
    assert_eq!(err.message, "工号 W001 已被 张三 使用，请换一个工号");
    assert_eq!(roster_of(&conn).len(), 1);
}

#[test]
fn every_problem_of_a_bad_form_is_named_and_nothing_is_stored() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    let bad = StaffInput {
        name: "".into(),
        phone: "12345".into(),
        position: "长".repeat(31),
        ..person("", "", ids[0])
    };
    let err: AppError = create_staff(&mut conn, &bad, now()).unwrap_err().into();
    assert_eq!(err.code, "roster.invalid");
    for part in [
        "工号不能为空",
        "姓名不能为空",
        "职务最多 30 个字",
        "手机号“12345”格式不对",
    ] {
        assert!(err.message.contains(part), "{} lacks {part}", err.message);
    }
    assert!(roster_of(&conn).is_empty());
}

#[test]
fn a_person_cannot_be_put_in_a_missing_department() {
    let (mut conn, _) = unit_with(&["办公室"]);
    let err: AppError = create_staff(&mut conn, &person("W001", "张三", 999), now())
        .unwrap_err()
        .into();
    assert_eq!(err.code, "roster.department_not_found");
    assert!(roster_of(&conn).is_empty());
}

#[test]
fn editing_moves_a_person_and_keeps_their_number_unique() {
    let (mut conn, ids) = unit_with(&["办公室", "人事科"]);
    let a = hire(&mut conn, "W001", "张三", ids[0]);
    hire(&mut conn, "W002", "李四", ids[0]);
    let moved = update_staff(&mut conn, a.id, &person("W001", "张三", ids[1]), now()).unwrap();
    assert_eq!(moved.department_name, "人事科");
    let err: AppError = update_staff(&mut conn, a.id, &person("W002", "张三", ids[1]), now())
        .unwrap_err()
        .into();
    assert_eq!(err.code, "roster.duplicate_employee_no");
    assert_eq!(get_staff(&conn, a.id).unwrap().employee_no, "W001");
    let err: AppError = update_staff(&mut conn, 999, &person("W009", "王五", ids[1]), now())
        .unwrap_err()
        .into();
    assert_eq!(err.code, "roster.staff_not_found");
}

#[test]
fn a_deactivated_person_leaves_the_default_list_but_stays_on_record() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    let a = hire(&mut conn, "W001", "张三", ids[0]);
    hire(&mut conn, "W002", "李四", ids[0]);
    assert!(
        !set_staff_active(&mut conn, a.id, false, now())
            .unwrap()
            .active
    );
    let page = list_staff(&conn, &query(""), Role::Organizer).unwrap();
    assert_eq!((page.total, page.items[0].name.as_str()), (1, "李四"));
    let all = list_staff(
        &conn,
        &StaffQuery {
            include_inactive: true,
            ..query("")
        },
        Role::Organizer,
    )
    .unwrap();
    assert_eq!(all.total, 2);
    assert!(
        set_staff_active(&mut conn, a.id, true, now())
            .unwrap()
            .active
    );
}

#[test]
fn a_person_without_records_can_be_deleted() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    let a = hire(&mut conn, "W001", "张三", ids[0]);
    delete_staff(&mut conn, a.id).unwrap();
    assert!(roster_of(&conn).is_empty());
    let err: AppError = delete_staff(&mut conn, a.id).unwrap_err().into();
    assert_eq!(err.code, "roster.staff_not_found");
}

#[test]
fn a_person_with_records_elsewhere_cannot_be_deleted_only_deactivated() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    let a = hire(&mut conn, "W001", "张三", ids[0]);
    // Any later feature's table that refers to a person blocks the delete.
    conn.execute_batch(
        "CREATE TABLE some_record (staff_id INTEGER NOT NULL REFERENCES staff (id))",
    )
    .unwrap();
    conn.execute("INSERT INTO some_record VALUES (?1)", [a.id])
        .unwrap();
    let err: AppError = delete_staff(&mut conn, a.id).unwrap_err().into();
    assert_eq!(err.code, "roster.staff_has_records");
    assert!(err.message.contains("张三") && err.message.contains("停用"));
    assert_eq!(roster_of(&conn).len(), 1);
}

#[test]
fn search_finds_people_by_name_number_or_department() {
    let (mut conn, ids) = unit_with(&["办公室", "人事教育科"]);
    hire(&mut conn, "W001", "张三", ids[0]);
    hire(&mut conn, "W002", "李四", ids[1]);
    hire(&mut conn, "X100", "张小燕", ids[1]);
    let names = |q: StaffQuery| -> Vec<String> {
        list_staff(&conn, &q, Role::Organizer)
            .unwrap()
            .items
            .into_iter()
            .map(|s| s.name)
            .collect()
    };
    assert_eq!(names(query("张")), ["张三", "张小燕"]);
    assert_eq!(names(query("X1")), ["张小燕"]);
    assert_eq!(names(query("人事")), ["李四", "张小燕"]);
    assert_eq!(
        names(StaffQuery {
            department_id: Some(ids[0]),
            ..query("")
        }),
        ["张三"]
    );
    assert!(
        names(query("%")).is_empty(),
        "LIKE wildcards are searched literally"
    );
    assert!(names(query("_")).is_empty());
}

#[test]
fn the_list_comes_in_pages_with_the_total() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    for i in 1..=45 {
        create_staff(
            &mut conn,
            &person(&format!("W{i:03}"), "张三", ids[0]),
            now(),
        )
        .unwrap();
    }
    let page3 = list_staff(
        &conn,
        &StaffQuery {
            page: 3,
            page_size: 20,
            ..query("")
        },
        Role::Organizer,
    )
    .unwrap();
    assert_eq!(page3.total, 45);
    assert_eq!(
        page3
            .items
            .iter()
            .map(|s| s.employee_no.as_str())
            .collect::<Vec<_>>(),
        ["W041", "W042", "W043", "W044", "W045"]
    );
}

#[test]
fn a_page_size_outside_1_to_200_or_page_zero_is_refused_with_the_reason() {
    let (conn, _) = unit_with(&["办公室"]);
    for size in [0, PAGE_SIZE_MAX + 1, 100_000, u32::MAX] {
        let err = list_staff(
            &conn,
            &StaffQuery {
                page_size: size,
                ..query("")
            },
            Role::Staff,
        )
        .unwrap_err();
        assert_eq!(err.code(), "page.size_out_of_range");
        assert_eq!(
            err.to_string(),
            format!("每页条数须在 1–200 之间，现在是 {size}")
        );
    }
    let zero = list_staff(
        &conn,
        &StaffQuery {
            page: 0,
            ..query("")
        },
        Role::Organizer,
    )
    .unwrap_err();
    assert_eq!(
        (zero.code(), zero.to_string().as_str()),
        ("page.zero", "页码从 1 开始，现在是 0"),
        "page 0 is refused, not read as the first page"
    );
}

#[test]
fn staff_mode_sees_masked_phone_numbers() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    hire(&mut conn, "W001", "张三", ids[0]);
    create_staff(
        &mut conn,
        &StaffInput {
            phone: "0931-8123456".into(),
            ..person("W002", "李四", ids[0])
        },
        now(),
    )
    .unwrap();
    let staff_view = list_staff(&conn, &query(""), Role::Staff).unwrap();
    assert_eq!(staff_view.items[0].phone, "139****5678");
    assert_eq!(staff_view.items[1].phone, "093*****3456");
    let organizer_view = list_staff(&conn, &query(""), Role::Organizer).unwrap();
    assert_eq!(organizer_view.items[0].phone, "13912345678");
}
