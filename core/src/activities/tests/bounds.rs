//! Numbers no real activity reaches are refused with their own code, and nothing is stored;
//! the largest real values pass.

use super::*;

fn count(u: &Unit) -> i64 {
    u.conn
        .query_row("SELECT COUNT(*) FROM activity", [], |r| r.get(0))
        .unwrap()
}

fn refused(u: &mut Unit, bad: &ActivityInput) -> (String, String) {
    let e: crate::AppError = create_activity(&mut u.conn, bad, true, at(1, 8))
        .unwrap_err()
        .into();
    (e.code, e.message)
}

#[test]
fn an_absurd_capacity_is_refused_and_nothing_is_created() {
    let mut u = unit(1);
    for capacity in [CAPACITY_MAX + 1, u32::MAX] {
        assert_eq!(
            refused(&mut u, &input(ActivityKind::Reading, Some(capacity))),
            (
                "activities.capacity_out_of_range".into(),
                format!("名额 {capacity} 太多，最多 10000；不限名额请留空")
            )
        );
    }
    assert_eq!(count(&u), 0);
    let a = u.activity(ActivityKind::Reading, Some(CAPACITY_MAX));
    assert_eq!(a.capacity, Some(CAPACITY_MAX));
}

#[test]
fn an_activity_lasting_months_is_refused_but_a_month_long_exhibition_is_not() {
    let mut u = unit(1);
    let mut long = input(ActivityKind::Exhibition, None);
    long.schedule.ends_at = long.schedule.starts_at + chrono::Duration::days(DURATION_MAX_DAYS + 1);
    assert_eq!(
        refused(&mut u, &long),
        (
            "activities.too_long".into(),
            "活动从开始到结束共 93 天，超过了 92 天；长期的工作请分成几次活动".into()
        )
    );
    assert_eq!(count(&u), 0);
    long.schedule.ends_at = long.schedule.starts_at + chrono::Duration::days(DURATION_MAX_DAYS);
    create_activity(&mut u.conn, &long, true, at(1, 8)).unwrap();
}

#[test]
fn a_date_in_an_absurd_year_is_refused() {
    let mut u = unit(1);
    let far = NaiveDate::from_ymd_opt(9999, 11, 25).unwrap();
    let mut bad = input(ActivityKind::Reading, None);
    bad.schedule.starts_at = far.and_hms_opt(9, 0, 0).unwrap();
    bad.schedule.ends_at = far.and_hms_opt(11, 0, 0).unwrap();
    bad.schedule.signup_deadline = far.and_hms_opt(8, 0, 0).unwrap();
    bad.schedule.cancel_cutoff = far.and_hms_opt(8, 0, 0).unwrap();
    assert_eq!(
        refused(&mut u, &bad),
        (
            "activities.year_out_of_range".into(),
            "活动时间在 9999 年，不在 2000–2100 年之间，请检查日期".into()
        )
    );
    let mut early = input(ActivityKind::Reading, None);
    early.schedule.signup_opens_at = NaiveDate::from_ymd_opt(1999, 12, 31)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    assert_eq!(refused(&mut u, &early).0, "activities.year_out_of_range");
    assert_eq!(count(&u), 0);
}

#[test]
fn an_edit_to_an_absurd_capacity_changes_nothing() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Reading, Some(30));
    let e: crate::AppError = update_activity(
        &mut u.conn,
        a.id,
        &input(ActivityKind::Reading, Some(u32::MAX)),
        at(1, 9),
    )
    .unwrap_err()
    .into();
    assert_eq!(e.code, "activities.capacity_out_of_range");
    assert_eq!(
        get_activity(&u.conn, a.id, at(1, 9)).unwrap().capacity,
        Some(30)
    );
}
