use super::*;

const HEADER: &[&str] = &[
    "工号",
    "姓名",
    "性别",
    "科室",
    "职务",
    "政治面貌",
    "退役军人",
    "手机号",
];

fn opts(create_departments: bool) -> ImportOptions {
    ImportOptions {
        mapping: None,
        create_departments,
    }
}

fn errors_of(p: &ImportPreview, line: u32) -> String {
    p.rows
        .iter()
        .find(|r| r.line == line)
        .unwrap()
        .errors
        .join("；")
}

/// A file with good rows and one row for each problem the preview must name.
fn mixed_file() -> Vec<u8> {
    xlsx(&[
        HEADER,
        &[
            "W001",
            "张三",
            "男",
            "办公室",
            "科长",
            "中共党员",
            "是",
            "13912345678",
        ], // line 2: good
        &["", "李四", "女", "办公室", "", "群众", "", ""], // 3: missing 工号
        &["W003", "王五", "男", "宣传科", "", "党员", "", ""], // 4: unknown 科室
        &["W004", "赵六", "女", "办公室", "", "群众", "", "1391234"], // 5: bad phone
        &["W005", "钱七", "女", "办公室", "", "群众", "", ""], // 6: dup 工号 …
        &["W005", "孙八", "男", "办公室", "", "群众", "", ""], // 7: … in the file
        &["W008", &"名".repeat(21), "男", "办公室", "", "群众", "", ""], // 8: name too long
        &["W009", "周九", "不详", "办公室", "", "少先队员", "", ""], // 9: bad labels
        &["W010", "吴十", "", "办公室", "", "", "", ""],   // 10: good, blanks
    ])
}

#[test]
fn the_preview_names_every_problem_row_by_row_and_changes_nothing() {
    let (conn, _) = unit_with(&["办公室"]);
    let p = preview_import(&conn, &mixed_file(), "花名册.xlsx", &opts(false)).unwrap();
    assert_eq!(p.header_line, 1);
    assert!(p.missing_fields.is_empty());
    assert_eq!((p.creates, p.updates, p.skips), (2, 0, 7));
    assert_eq!(errors_of(&p, 2), "");
    assert!(errors_of(&p, 3).contains("工号不能为空"));
    assert!(errors_of(&p, 4).contains("科室“宣传科”不存在"));
    assert!(errors_of(&p, 5).contains("手机号“1391234”格式不对"));
    assert!(errors_of(&p, 6).contains("工号 W005 在文件中重复（第 7 行也是这个工号）"));
    assert!(errors_of(&p, 7).contains("第 6 行"));
    assert!(errors_of(&p, 8).contains("姓名最多 20 个字"));
    assert!(errors_of(&p, 9).contains("性别“不详”无法识别"));
    assert!(errors_of(&p, 9).contains("政治面貌“少先队员”无法识别"));
    assert_eq!(p.unknown_departments, ["宣传科"]);
    assert!(roster_of(&conn).is_empty());
}

#[test]
fn importing_takes_the_valid_rows_in_one_go_and_skips_the_rest() {
    let (mut conn, _) = unit_with(&["办公室"]);
    let report =
        apply_import(&mut conn, &mixed_file(), "花名册.xlsx", &opts(false), now()).unwrap();
    assert_eq!((report.created, report.updated, report.skipped), (2, 0, 7));
    assert!(report.departments_created.is_empty());
    let people = store::all_staff(&conn).unwrap();
    assert_eq!(
        people.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["张三", "吴十"]
    );
    let zhang = &people[0];
    assert_eq!(
        (zhang.gender, zhang.political_status, zhang.is_veteran),
        (Gender::Male, PoliticalStatus::CpcMember, true)
    );
    assert_eq!(
        (people[1].gender, people[1].political_status),
        (Gender::Unspecified, PoliticalStatus::Masses)
    );
}

#[test]
fn unknown_departments_can_be_created_on_import() {
    let (mut conn, _) = unit_with(&["办公室"]);
    let p = preview_import(&conn, &mixed_file(), "花名册.xlsx", &opts(true)).unwrap();
    assert_eq!(errors_of(&p, 4), "");
    assert_eq!(p.creates, 3);
    let report = apply_import(&mut conn, &mixed_file(), "花名册.xlsx", &opts(true), now()).unwrap();
    assert_eq!(report.departments_created, ["宣传科"]);
    assert!(roster_of(&conn).contains(&("W003".into(), "王五".into(), "宣传科".into())));
    assert_eq!(
        list_departments(&conn).unwrap().last().unwrap().name,
        "宣传科"
    );
}

#[test]
fn reimporting_updates_people_by_employee_number_and_keeps_what_the_file_lacks() {
    let (mut conn, ids) = unit_with(&["办公室", "人事科"]);
    let kept = create_staff(
        &mut conn,
        &StaffInput {
            is_veteran: true,
            ..person("W001", "张三", ids[0])
        },
        now(),
    )
    .unwrap();
    let file = xlsx(&[
        &["工号", "姓名", "科室"],
        &["W001", "张叁", "人事科"],
        &["W002", "李四", "人事科"],
    ]);
    let p = preview_import(&conn, &file, "a.xlsx", &opts(false)).unwrap();
    assert_eq!(
        p.rows.iter().map(|r| r.action).collect::<Vec<_>>(),
        [RowAction::Update, RowAction::Create]
    );
    let report = apply_import(&mut conn, &file, "a.xlsx", &opts(false), now()).unwrap();
    assert_eq!((report.created, report.updated), (1, 1));
    let updated = get_staff(&conn, kept.id).unwrap();
    assert_eq!(
        (updated.name.as_str(), updated.department_name.as_str()),
        ("张叁", "人事科")
    );
    assert_eq!(
        (
            updated.phone.as_str(),
            updated.is_veteran,
            updated.political_status
        ),
        ("13912345678", true, PoliticalStatus::CpcMember)
    );
}

#[test]
fn an_active_column_deactivates_people_who_left() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    let a = hire(&mut conn, "W001", "张三", ids[0]);
    let file = xlsx(&[
        &["工号", "姓名", "科室", "在职"],
        &["W001", "张三", "办公室", "否"],
        &["W002", "李四", "办公室", "在职"],
    ]);
    apply_import(&mut conn, &file, "a.xlsx", &opts(false), now()).unwrap();
    assert!(!get_staff(&conn, a.id).unwrap().active);
    assert_eq!(
        store::all_staff(&conn)
            .unwrap()
            .iter()
            .filter(|s| s.active)
            .count(),
        1
    );
}

#[test]
fn a_file_without_a_required_column_is_previewed_but_not_imported() {
    let (mut conn, _) = unit_with(&["办公室"]);
    let file = xlsx(&[&["工号", "姓名", "职务"], &["W001", "张三", "科长"]]);
    let p = preview_import(&conn, &file, "a.xlsx", &opts(false)).unwrap();
    assert_eq!(p.missing_fields, [ImportField::Department]);
    assert_eq!(p.skips, 1);
    let err: AppError = apply_import(&mut conn, &file, "a.xlsx", &opts(false), now())
        .unwrap_err()
        .into();
    assert_eq!(err.code, "roster.import.missing_columns");
    assert!(err.message.contains("科室"));
    assert!(roster_of(&conn).is_empty());
}

#[test]
fn the_organizer_can_map_columns_the_app_did_not_recognise() {
    let (mut conn, _) = unit_with(&["办公室"]);
    let file = xlsx(&[
        &["人员代码", "姓名", "处室", "备注"],
        &["W001", "张三", "办公室", "无"],
    ]);
    let p = preview_import(&conn, &file, "a.xlsx", &opts(false)).unwrap();
    assert_eq!(p.mapping, [None, Some(ImportField::Name), None, None]);
    let mapping = Some(vec![
        Some(ImportField::EmployeeNo),
        Some(ImportField::Name),
        Some(ImportField::Department),
        None,
    ]);
    let options = ImportOptions {
        mapping,
        create_departments: false,
    };
    let report = apply_import(&mut conn, &file, "a.xlsx", &options, now()).unwrap();
    assert_eq!(report.created, 1);
    assert_eq!(
        roster_of(&conn),
        [("W001".into(), "张三".into(), "办公室".into())]
    );

    let wrong = ImportOptions {
        mapping: Some(vec![None]),
        create_departments: false,
    };
    let err: AppError = preview_import(&conn, &file, "a.xlsx", &wrong)
        .unwrap_err()
        .into();
    assert_eq!(err.code, "roster.import.bad_mapping");
}

#[test]
fn a_file_with_only_bad_rows_imports_nothing_and_says_so() {
    let (mut conn, _) = unit_with(&["办公室"]);
    let file = xlsx(&[&["工号", "姓名", "科室"], &["", "张三", "办公室"]]);
    let err: AppError = apply_import(&mut conn, &file, "a.xlsx", &opts(false), now())
        .unwrap_err()
        .into();
    assert_eq!(err.code, "roster.import.nothing_to_import");
    assert!(roster_of(&conn).is_empty());
}

#[test]
fn a_clash_with_a_stored_number_in_another_row_never_half_imports() {
    // The transaction is all or nothing: a failure mid-way leaves no partial import.
    let (mut conn, ids) = unit_with(&["办公室"]);
    hire(&mut conn, "W001", "张三", ids[0]);
    let before = roster_of(&conn);
    conn.execute_batch("CREATE TRIGGER refuse_w003 BEFORE INSERT ON staff WHEN NEW.employee_no = 'W003' BEGIN SELECT RAISE(ABORT, 'boom'); END").unwrap();
    let file = xlsx(&[
        &["工号", "姓名", "科室"],
        &["W002", "李四", "办公室"],
        &["W003", "王五", "办公室"],
    ]);
    assert!(apply_import(&mut conn, &file, "a.xlsx", &opts(false), now()).is_err());
    assert_eq!(roster_of(&conn), before);
}
