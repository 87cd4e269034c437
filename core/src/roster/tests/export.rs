use calamine::{Data, Reader};

use super::*;
use crate::sample::{self, SampleSize};

#[test]
fn the_export_opens_in_excel_with_chinese_intact() {
    let (mut conn, ids) = unit_with(&["办公室"]);
    create_staff(
        &mut conn,
        &StaffInput {
            is_veteran: true,
            ..person("W001", "欧阳娜娜", ids[0])
        },
        now(),
    )
    .unwrap();
    let bytes = export_xlsx(&conn, "市X局").unwrap();
    let mut wb = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(wb.sheet_names(), ["花名册"]);
    let range = wb.worksheet_range("花名册").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(Data::to_string).collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "工号",
            "姓名",
            "性别",
            "科室",
            "职务",
            "政治面貌",
            "退役军人",
            "手机号",
            "在职"
        ]
    );
    assert_eq!(
        rows[1],
        [
            "W001",
            "欧阳娜娜",
            "女",
            "办公室",
            "科员",
            "中共党员",
            "是",
            "13912345678",
            "是"
        ]
    );
}

#[test]
fn an_exported_roster_imports_back_unchanged() {
    let mut conn = open_in_memory().unwrap();
    sample::load(&mut conn, SampleSize::Bureau, now()).unwrap();
    let some = store::all_staff(&conn).unwrap()[3].id;
    set_staff_active(&mut conn, some, false, now()).unwrap();
    let before = store::all_staff(&conn).unwrap();
    let bytes = export_xlsx(&conn, "市X局").unwrap();

    let report = apply_import(
        &mut conn,
        &bytes,
        "花名册.xlsx",
        &ImportOptions::default(),
        now(),
    )
    .unwrap();
    assert_eq!((report.created, report.updated, report.skipped), (0, 80, 0));
    assert_eq!(store::all_staff(&conn).unwrap(), before);

    let mut fresh = open_in_memory().unwrap();
    let options = ImportOptions {
        mapping: None,
        create_departments: true,
    };
    let report = apply_import(&mut fresh, &bytes, "花名册.xlsx", &options, now()).unwrap();
    assert_eq!((report.created, report.departments_created.len()), (80, 12));
    let strip = |v: Vec<Staff>| {
        v.into_iter()
            .map(|s| {
                (
                    s.employee_no,
                    s.name,
                    s.gender,
                    s.department_name,
                    s.position,
                    s.political_status,
                    s.is_veteran,
                    s.phone,
                    s.active,
                )
            })
            .collect::<Vec<_>>()
    };
    let mut a = strip(before);
    let mut b = strip(store::all_staff(&fresh).unwrap());
    a.sort_by(|x, y| x.0.cmp(&y.0));
    b.sort_by(|x, y| x.0.cmp(&y.0));
    assert_eq!(a, b);
}
