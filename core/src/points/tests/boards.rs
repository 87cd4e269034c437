//! Leaderboards: ranks shared on equal points, 科室 by points per head, periods checked.

use super::*;

#[test]
fn small_departments_are_ranked_by_points_per_head_not_by_their_total() {
    // In turn: 0 办公室, 1 宣传科, 2 财务科, 3 办公室, 4 宣传科, 5 财务科, 6 办公室.
    let mut u = unit(7);
    let all = u.people.clone();
    let attend = |who: &[i64], times: usize, u: &mut Unit| {
        for i in 0..times {
            let (a, m) = u.activity(ActivityKind::Study, &format!("学习{i}"), who);
            u.hold(a, &m);
        }
    };
    // 办公室 has the most points (3 × 4) but 宣传科 more per head (2 × 5).
    attend(&[all[0], all[3], all[6]], 4, &mut u);
    attend(&[all[1], all[4]], 5, &mut u);
    attend(&[all[2], all[5]], 1, &mut u);
    let board = u.board(YEAR);
    let rows: Vec<_> = board
        .departments
        .iter()
        .map(|d| (d.rank, d.name.as_str(), d.headcount, d.total, d.per_head))
        .collect();
    assert_eq!(
        rows,
        [
            (1, "宣传科", 2, 10.0, 5.0),
            (2, "办公室", 3, 12.0, 4.0),
            (3, "财务科", 2, 2.0, 1.0),
        ]
    );
    u.assert_consistent();
}

#[test]
fn equal_totals_share_a_rank_and_the_next_rank_is_skipped() {
    let mut u = unit(4);
    let all = u.people.clone();
    let (a, m) = u.activity(ActivityKind::Study, "学习", &all[..3]);
    u.hold(a, &m);
    u.adjust(all[0], 1.0, "表现突出").unwrap();
    let ranks: Vec<_> = u
        .board(YEAR)
        .people
        .iter()
        .map(|p| (p.staff_id, p.rank, p.total))
        .collect();
    assert_eq!(
        ranks,
        [
            (all[0], 1, 2.0),
            (all[1], 2, 1.0),
            (all[2], 2, 1.0),
            (all[3], 4, 0.0)
        ]
    );
}

#[test]
fn a_quarter_or_a_month_counts_only_its_own_days() {
    let mut u = unit(1);
    let p = u.people[0];
    let (a, m) = u.activity(ActivityKind::Study, "学习", &[p]);
    u.hold(a, &m);
    let input = AdjustmentInput {
        staff_id: p,
        on_date: day(3, 15),
        points: 4.0,
        reason: "补记一季度表现".into(),
    };
    add_adjustment(&mut u.conn, &input, now()).unwrap();
    let total = |period: Period| u.board(period).people[0].total;
    let month = |m: u8| Period {
        month: Some(m),
        ..YEAR
    };
    let quarter = |q: u8| Period {
        quarter: Some(q),
        ..YEAR
    };
    assert_eq!(total(YEAR), 5.0);
    assert_eq!((total(quarter(1)), total(quarter(4))), (4.0, 1.0));
    assert_eq!(
        (total(month(3)), total(month(11)), total(month(12))),
        (4.0, 1.0, 0.0)
    );
    assert_eq!(total(Period::year(2027)), 0.0);
    assert_eq!(month(11).label(), "2026年11月");
    assert_eq!(quarter(4).label(), "2026年第四季度");
}

#[test]
fn a_wrong_period_is_refused_with_its_own_code() {
    let u = unit(1);
    let bad = |quarter, month| {
        code(leaderboard(
            &u.conn,
            Period {
                year: 2026,
                quarter,
                month,
            },
            now(),
        ))
    };
    assert_eq!(bad(Some(5), None), "points.quarter_out_of_range");
    assert_eq!(bad(Some(0), None), "points.quarter_out_of_range");
    assert_eq!(bad(None, Some(13)), "points.month_out_of_range");
    assert_eq!(bad(Some(1), Some(1)), "points.quarter_and_month");
    assert_eq!(
        code(leaderboard(&u.conn, Period::year(3000), now())),
        "points.year_out_of_range"
    );
}

#[test]
fn the_exported_workbook_reads_back_with_both_boards() {
    use calamine::{Reader, Xlsx};
    let mut u = unit(3);
    let (a, m) = u.activity(ActivityKind::Study, "学习", &u.people.clone());
    u.hold(a, &m[..1]);
    let dir = tempfile::tempdir().unwrap();
    let file = export_leaderboard(&u.conn, YEAR, dir.path(), now()).unwrap();
    assert!(file.file_name.starts_with("2026年积分排行_"));
    let mut wb: Xlsx<_> = calamine::open_workbook(&file.path).unwrap();
    assert_eq!(wb.sheet_names(), ["个人积分", "科室积分"]);
    let people = wb.worksheet_range("个人积分").unwrap();
    assert_eq!(people.get((2, 2)).unwrap().to_string(), "职工1");
    assert_eq!(people.get((2, 4)).unwrap().to_string(), "1");
    assert_eq!(people.get((4, 4)).unwrap().to_string(), "-1");
    let departments = wb.worksheet_range("科室积分").unwrap();
    assert_eq!(departments.get((2, 1)).unwrap().to_string(), "办公室");
}

#[test]
fn the_screen_gets_one_page_of_the_whole_ranking_and_a_search_keeps_the_ranks() {
    // 12 people over 办公室, 宣传科, 财务科 in turn; people 4 and 9 attend, 9 twice.
    let mut u = unit(12);
    let all = u.people.clone();
    let (a, m) = u.activity(ActivityKind::Study, "学习", &[all[3], all[8]]);
    u.hold(a, &m);
    let (b, m) = u.activity(ActivityKind::Study, "读书", &[all[8]]);
    u.hold(b, &m);
    let page = |text: &str, page: u32, page_size: u32| {
        let query = BoardQuery {
            text: text.into(),
            page,
            page_size,
        };
        board_page(&u.conn, YEAR, &query, now()).unwrap()
    };
    let ids = |p: &BoardPage| {
        p.items
            .iter()
            .map(|s| (s.staff_id, s.rank))
            .collect::<Vec<_>>()
    };

    let first = page("", 1, 5);
    assert_eq!((first.total, first.any_points), (12, true));
    assert_eq!(&ids(&first)[..2], [(all[8], 1), (all[3], 2)]);
    assert_eq!(first.items.len(), 5);
    assert_eq!(first.departments, u.board(YEAR).departments);
    // The last page holds what is left; a page past the end is empty, not an error.
    assert_eq!(page("", 3, 5).items.len(), 2);
    assert!(page("", 4, 5).items.is_empty());
    // The pages together are the whole board, in its order.
    let whole: Vec<_> = (1..=3).flat_map(|n| page("", n, 5).items).collect();
    assert_eq!(whole, u.board(YEAR).people);

    // By 科室: 财务科's four; person 9, first on the board, is first among them with rank 1.
    let finance = page("财务科", 1, 50);
    assert_eq!(finance.total, 4);
    assert_eq!(finance.items[0], u.board(YEAR).people[0]);
    assert!(finance.items.iter().all(|p| p.department_name == "财务科"));
    // By 姓名 (trimmed), and by 工号.
    let name = &u.board(YEAR).people[0].name;
    assert_eq!(ids(&page(&format!(" {name} "), 1, 50)), [(all[8], 1)]);
    let no = u.board(YEAR).people[1].employee_no.clone();
    assert_eq!(ids(&page(&no, 1, 50))[0], (all[3], 2));
    assert_eq!(page("没有这个人", 1, 50).total, 0);
}

#[test]
fn a_board_page_of_no_rows_too_many_or_page_zero_is_refused() {
    let u = unit(3);
    let query = |page_size| BoardQuery {
        text: String::new(),
        page: 1,
        page_size,
    };
    for size in [0, crate::paging::PAGE_SIZE_MAX + 1] {
        let err = board_page(&u.conn, YEAR, &query(size), now()).unwrap_err();
        assert_eq!(err.code(), "page.size_out_of_range");
        assert!(err.to_string().contains("每页条数"), "{err}");
    }
    let zero = BoardQuery {
        page: 0,
        ..query(50)
    };
    let err = board_page(&u.conn, YEAR, &zero, now()).unwrap_err();
    assert_eq!(
        (err.code(), err.to_string().as_str()),
        ("page.zero", "页码从 1 开始，现在是 0")
    );
    let empty = board_page(&u.conn, YEAR, &query(50), now()).unwrap();
    assert_eq!((empty.total, empty.any_points), (3, false));
}

#[test]
fn a_board_read_again_shows_each_change_to_the_roster_at_once() {
    // The ranking reads the roster once and keeps it between reads; what the organizer changes in
    // 职工 shows on the very next page: a new name and 科室, someone stopped, someone hired.
    let mut u = unit(4);
    let all = u.people.clone();
    let (a, m) = u.activity(ActivityKind::Study, "学习", &[all[1]]);
    u.hold(a, &m);
    let query = BoardQuery {
        text: String::new(),
        page: 1,
        page_size: 50,
    };
    let read = |u: &Unit| board_page(&u.conn, YEAR, &query, now()).unwrap();
    let heads = |p: &BoardPage| {
        p.departments
            .iter()
            .map(|d| (d.name.clone(), d.headcount))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    let before = read(&u);
    assert_eq!((before.total, before.items[0].staff_id), (4, all[1]));
    assert_eq!(heads(&before)["宣传科"], 1);

    let finance = before
        .departments
        .iter()
        .find(|d| d.name == "财务科")
        .unwrap()
        .department_id;
    let top = crate::roster::get_staff(&u.conn, all[1]).unwrap();
    let input = crate::roster::StaffInput {
        employee_no: top.employee_no.clone(),
        name: "王改名".into(),
        gender: top.gender,
        department_id: finance,
        position: top.position.clone(),
        political_status: top.political_status,
        is_veteran: top.is_veteran,
        phone: top.phone.clone(),
    };
    crate::roster::update_staff(&mut u.conn, all[1], &input, now()).unwrap();
    let moved = read(&u);
    assert_eq!(
        (
            moved.items[0].name.as_str(),
            moved.items[0].department_name.as_str()
        ),
        ("王改名", "财务科")
    );
    assert_eq!((heads(&moved)["宣传科"], heads(&moved)["财务科"]), (0, 2));

    // Stopped without points: off the board; a new person: on it.
    crate::roster::set_staff_active(&mut u.conn, all[0], false, now()).unwrap();
    let hired = testkit::staff(&mut u.conn, [testkit::person(99, "新人", finance)])[0];
    let after = read(&u);
    let ids: Vec<i64> = after.items.iter().map(|p| p.staff_id).collect();
    assert_eq!(after.total, 4);
    assert!(!ids.contains(&all[0]) && ids.contains(&hired), "{ids:?}");
}
