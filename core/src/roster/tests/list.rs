//! The staff list read a page at a time: the same rows in the same order as the whole roster,
//! whatever the page size, with the counts the triggers keep.

use super::*;

/// A unit whose 科室 are listed in another order than they were made (宣传科 and 信息中心 share a
/// place, 办公室 comes last), with people moved, sent 离岗 and removed, so that every run of the
/// list has a neighbour.
fn mixed_unit() -> (Connection, Vec<i64>) {
    let (mut conn, d) = unit_with(&["办公室", "宣传科", "信息中心"]);
    for (i, name, sort_order) in [(0, "办公室", 5), (2, "信息中心", 1)] {
        let input = DepartmentInput {
            name: name.into(),
            kind: DepartmentKind::Office,
            sort_order,
        };
        update_department(&mut conn, d[i], &input).unwrap();
    }
    let people: Vec<Staff> = (0..17)
        .map(|i| {
            hire(
                &mut conn,
                &format!("K{:03}", 50 - i),
                &format!("职工{i}"),
                d[i % 3],
            )
        })
        .collect();
    for p in [&people[1], &people[5], &people[9], &people[10]] {
        set_staff_active(&mut conn, p.id, false, now()).unwrap();
    }
    let moved = &people[4];
    update_staff(
        &mut conn,
        moved.id,
        &person(&moved.employee_no, &moved.name, d[2]),
        now(),
    )
    .unwrap();
    delete_staff(&mut conn, people[7].id).unwrap();
    (conn, d)
}

fn query(department_id: Option<i64>, include_inactive: bool, page: u32, size: u32) -> StaffQuery {
    StaffQuery {
        text: String::new(),
        department_id,
        include_inactive,
        page,
        page_size: size,
    }
}

/// Every 工号 the list shows, page after page of `size`, and the total each page gave.
fn paged(
    conn: &Connection,
    department_id: Option<i64>,
    include_inactive: bool,
    size: u32,
) -> (Vec<String>, Vec<i64>) {
    let (mut seen, mut totals) = (Vec::new(), Vec::new());
    for page in 1..=20 {
        let p = list_staff(
            conn,
            &query(department_id, include_inactive, page, size),
            Role::Organizer,
        )
        .unwrap();
        totals.push(p.total);
        seen.extend(p.items.into_iter().map(|s| s.employee_no));
    }
    (seen, totals)
}

#[test]
fn pages_of_any_size_read_the_roster_in_list_order_once() {
    let (conn, d) = mixed_unit();
    let all = store::all_staff(&conn).unwrap();
    for department in [None, Some(d[0]), Some(d[1]), Some(d[2])] {
        for include_inactive in [false, true] {
            let expected: Vec<String> = all
                .iter()
                .filter(|s| department.is_none_or(|id| s.department_id == id))
                .filter(|s| include_inactive || s.active)
                .map(|s| s.employee_no.clone())
                .collect();
            for size in [1, 2, 3, 5, 7, 50] {
                let (seen, totals) = paged(&conn, department, include_inactive, size);
                assert_eq!(seen, expected, "{department:?} {include_inactive} {size}");
                assert!(totals.iter().all(|t| *t == expected.len() as i64));
            }
        }
    }
}

#[test]
fn the_counts_follow_every_hire_move_leave_and_removal() {
    let (conn, _) = mixed_unit();
    let kept: Vec<(i64, bool, i64)> = conn
        .prepare("SELECT department_id, active, n FROM tally_staff WHERE n > 0 ORDER BY 1, 2")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let counted: Vec<(i64, bool, i64)> = conn
        .prepare("SELECT department_id, active, count(*) FROM staff GROUP BY 1, 2 ORDER BY 1, 2")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(kept, counted);
    assert_eq!(counted.iter().map(|c| c.2).sum::<i64>(), 16);
}

#[test]
fn a_search_still_finds_by_name_number_and_department_in_list_order() {
    let (conn, d) = mixed_unit();
    let q = |text: &str| StaffQuery {
        text: text.into(),
        ..query(None, true, 1, 50)
    };
    let found = |text| {
        list_staff(&conn, &q(text), Role::Organizer)
            .unwrap()
            .items
            .into_iter()
            .map(|s| s.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(found("职工16"), ["职工16"]);
    assert_eq!(found("K049"), ["职工1"]);
    let in_xuanchuan = found("宣传");
    assert!(!in_xuanchuan.is_empty());
    let all = paged(&conn, Some(d[1]), true, 50).0;
    assert_eq!(in_xuanchuan.len(), all.len());
}

#[test]
fn the_list_pages_come_from_the_indexes_without_sorting_the_roster() {
    let (conn, _) = mixed_unit();
    let plan = store::list_plans(&conn).unwrap().join("; ");
    assert!(!plan.contains("TEMP B-TREE"), "{plan}");
    assert!(plan.contains("staff_in_list_order"), "{plan}");
}
