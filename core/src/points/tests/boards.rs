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
