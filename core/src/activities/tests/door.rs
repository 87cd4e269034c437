//! 批量签到 (tick several, all or nobody) and 工号签到 at the door (typed or scanned).

use super::*;

/// An activity with people 0 and 1 holding the two places and person 2 waitlisted; their members.
fn door() -> (Unit, Activity, Vec<i64>) {
    let mut u = unit(3);
    let a = u.activity(ActivityKind::Reading, Some(2));
    for p in 0..3 {
        u.join(a.id, p).unwrap();
    }
    let members = (0..3).map(|p| u.entry_of(a.id, p).members[0].id).collect();
    (u, a, members)
}

/// Who is checked in, in sign-up order.
fn present(u: &Unit, a: &Activity) -> Vec<bool> {
    (0..3)
        .map(|p| u.entry_of(a.id, p).members[0].attendance == Some(Attendance::Present))
        .collect()
}

fn code(e: ActivityError) -> &'static str {
    crate::error::Coded::code(&e)
}

#[test]
fn a_batch_checks_in_everyone_ticked_with_the_time() {
    let (mut u, a, m) = door();
    let done = check_in_many(&mut u.conn, a.id, &m[..2], at(25, 8)).unwrap();
    assert_eq!(done.len(), 2);
    assert!(done.iter().all(|x| x.checked_in_at == Some(at(25, 8))));
    assert_eq!(present(&u, &a), [true, true, false]);
    // Ticking someone already in keeps their first time.
    let again = check_in_many(&mut u.conn, a.id, &m[..1], at(25, 9)).unwrap();
    assert_eq!(again[0].checked_in_at, Some(at(25, 8)));
}

#[test]
fn a_batch_with_one_person_who_cannot_check_in_checks_in_nobody_and_names_them() {
    let (mut u, a, m) = door();
    let e = check_in_many(&mut u.conn, a.id, &m, at(25, 8)).unwrap_err();
    assert!(e.to_string().contains("职工3"), "{e}");
    assert_eq!(code(e), "attendance.not_confirmed");
    assert_eq!(present(&u, &a), [false, false, false]);
}

#[test]
fn a_batch_is_refused_before_check_in_opens_when_empty_too_large_or_of_another_activity() {
    let (mut u, a, m) = door();
    let e = check_in_many(&mut u.conn, a.id, &m[..2], at(20, 8)).unwrap_err();
    assert_eq!(code(e), "attendance.not_open");
    let e = check_in_many(&mut u.conn, a.id, &[], at(25, 8)).unwrap_err();
    assert_eq!(
        (e.to_string().as_str(), code(e)),
        ("请先勾选要签到的人员", "attendance.nobody_chosen")
    );
    let many = vec![m[0]; CHECK_IN_BATCH_MAX + 1];
    let e = check_in_many(&mut u.conn, a.id, &many, at(25, 8)).unwrap_err();
    assert!(e.to_string().contains("最多批量签到 500 人"), "{e}");
    assert_eq!(code(e), "attendance.batch_too_large");
    let other = u.activity(ActivityKind::Reading, None);
    let e = check_in_many(&mut u.conn, other.id, &m[..1], at(25, 8)).unwrap_err();
    assert_eq!(code(e), "activities.signup_not_found");
    assert_eq!(present(&u, &a), [false, false, false]);
}

#[test]
fn a_typed_or_scanned_number_checks_its_person_in_and_a_second_scan_says_already() {
    let (mut u, a, _) = door();
    let first = check_in_by_employee_no(&mut u.conn, a.id, " p002 ", at(25, 8)).unwrap();
    assert_eq!(
        (first.member.name.as_str(), first.already),
        ("职工2", false)
    );
    assert_eq!(first.member.checked_in_at, Some(at(25, 8)));
    let second = check_in_by_employee_no(&mut u.conn, a.id, "P002", at(25, 9)).unwrap();
    assert!(second.already);
    assert_eq!(second.member.checked_in_at, Some(at(25, 8)));
    assert_eq!(present(&u, &a), [false, true, false]);
}

#[test]
fn a_number_not_on_the_list_waitlisted_or_empty_is_refused_and_changes_nothing() {
    let (mut u, a, _) = door();
    let e = check_in_by_employee_no(&mut u.conn, a.id, "P999", at(25, 8)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "工号“P999”不在本活动的报名名单上，请核对工号，或先为其报名"
    );
    assert_eq!(code(e), "attendance.not_on_list");
    let e = check_in_by_employee_no(&mut u.conn, a.id, "P003", at(25, 8)).unwrap_err();
    assert_eq!(code(e), "attendance.not_confirmed");
    let e = check_in_by_employee_no(&mut u.conn, a.id, "  ", at(25, 8)).unwrap_err();
    assert_eq!(code(e), "activities.invalid");
    let e = check_in_by_employee_no(&mut u.conn, a.id, "P001", at(20, 8)).unwrap_err();
    assert_eq!(code(e), "attendance.not_open");
    let e = check_in_by_employee_no(&mut u.conn, 9_999, "P001", at(25, 8)).unwrap_err();
    assert_eq!(code(e), "activities.not_found");
    assert_eq!(present(&u, &a), [false, false, false]);
}
