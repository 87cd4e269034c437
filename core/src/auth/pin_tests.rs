//! 个人 PIN: the lockout that survives a restart, and PINs issued for a whole 科室 at once.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::roster::{self, DepartmentInput, DepartmentKind, Gender, PoliticalStatus, StaffInput};
use crate::AppError;

fn at(h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 2)
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

fn department(conn: &mut Connection, name: &str, sort_order: i32) -> i64 {
    roster::create_department(
        conn,
        &DepartmentInput {
            name: name.into(),
            kind: DepartmentKind::Office,
            sort_order,
        },
        at(8, 0),
    )
    .unwrap()
    .id
}

fn person(conn: &mut Connection, no: &str, name: &str, department_id: i64) -> i64 {
    roster::create_staff(
        conn,
        &StaffInput {
            employee_no: no.into(),
            name: name.into(),
            gender: Gender::Male,
            department_id,
            position: String::new(),
            political_status: PoliticalStatus::Masses,
            is_veteran: false,
            phone: String::new(),
        },
        at(8, 0),
    )
    .unwrap()
    .id
}

fn with_person() -> (Connection, i64) {
    let mut conn = crate::store::open_in_memory().unwrap();
    let d = department(&mut conn, "办公室", 1);
    let id = person(&mut conn, "W001", "张三", d);
    (conn, id)
}

fn code(r: Result<(), AuthError>) -> String {
    AppError::from(r.unwrap_err()).code
}

#[test]
fn without_pins_choosing_oneself_is_enough() {
    let (mut conn, id) = with_person();
    assert!(!staff_pins_enabled(&conn).unwrap());
    verify_staff(&mut conn, id, None, at(9, 0)).unwrap();
    assert_eq!(
        code(verify_staff(&mut conn, 999, None, at(9, 0))),
        "auth.invalid"
    );
}

#[test]
fn with_pins_on_a_person_needs_their_own_pin() {
    let (mut conn, id) = with_person();
    set_staff_pins_enabled(&mut conn, true).unwrap();
    let no_pin: AppError = verify_staff(&mut conn, id, Some("1234"), at(9, 0))
        .unwrap_err()
        .into();
    assert_eq!(
        (no_pin.code.as_str(), no_pin.message.as_str()),
        ("auth.no_pin", "张三 还没有个人 PIN，请联系组织者设置")
    );
    set_staff_pin(&mut conn, id, Some("2468")).unwrap();
    assert!(staff_has_pin(&conn, id).unwrap());
    assert_eq!(
        code(verify_staff(&mut conn, id, None, at(9, 0))),
        "auth.pin_required"
    );
    let wrong: AppError = verify_staff(&mut conn, id, Some("1357"), at(9, 0))
        .unwrap_err()
        .into();
    assert_eq!(
        (wrong.code.as_str(), wrong.message.as_str()),
        ("auth.wrong_pin", "个人 PIN 不正确，还可以再试 4 次")
    );
    verify_staff(&mut conn, id, Some("2468"), at(9, 0)).unwrap();
    set_staff_pin(&mut conn, id, None).unwrap();
    assert!(!staff_has_pin(&conn, id).unwrap());
}

#[test]
fn a_pin_is_four_to_six_digits() {
    let (mut conn, id) = with_person();
    for bad in ["123", "1234567", "12a4", "１２３４", ""] {
        let err: AppError = set_staff_pin(&mut conn, id, Some(bad)).unwrap_err().into();
        assert_eq!(err.message, "个人 PIN 应为 4 到 6 位数字", "{bad}");
    }
    assert!(!staff_has_pin(&conn, id).unwrap());
}

fn pins_on(conn: &mut Connection, id: i64, pin: &str) {
    set_staff_pins_enabled(conn, true).unwrap();
    set_staff_pin(conn, id, Some(pin)).unwrap();
}

#[test]
fn five_wrong_pins_lock_the_person_and_say_until_when() {
    let (mut conn, id) = with_person();
    pins_on(&mut conn, id, "2468");
    for left in (1..MAX_FAILED_PINS).rev() {
        let err: AppError = verify_staff(&mut conn, id, Some("0000"), at(9, 0))
            .unwrap_err()
            .into();
        assert_eq!(
            err.message,
            format!("个人 PIN 不正确，还可以再试 {left} 次")
        );
    }
    let locked: AppError = verify_staff(&mut conn, id, Some("0000"), at(9, 0))
        .unwrap_err()
        .into();
    assert_eq!(locked.code, "auth.pin_locked");
    assert_eq!(
        locked.message,
        "张三 的个人 PIN 连续输错 5 次，已锁定到 2026年12月2日 09:15；请到时再试，或请组织者重设 PIN"
    );
    let right_too: AppError = verify_staff(&mut conn, id, Some("2468"), at(9, 14))
        .unwrap_err()
        .into();
    assert_eq!(
        right_too.code, "auth.pin_locked",
        "the right PIN is refused while locked"
    );
}

#[test]
fn a_lock_survives_closing_and_reopening_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wenming.db");
    let id = {
        let mut conn = crate::store::open(&path).unwrap();
        let d = department(&mut conn, "办公室", 1);
        let id = person(&mut conn, "W001", "张三", d);
        pins_on(&mut conn, id, "2468");
        for _ in 0..MAX_FAILED_PINS {
            assert!(verify_staff(&mut conn, id, Some("1111"), at(9, 0)).is_err());
        }
        id
    };
    let mut reopened = crate::store::open(&path).unwrap();
    assert_eq!(
        code(verify_staff(&mut reopened, id, Some("2468"), at(9, 5))),
        "auth.pin_locked"
    );
}

#[test]
fn once_the_wait_has_passed_the_right_pin_is_accepted_again() {
    let (mut conn, id) = with_person();
    pins_on(&mut conn, id, "2468");
    for _ in 0..MAX_FAILED_PINS {
        assert!(verify_staff(&mut conn, id, Some("1111"), at(9, 0)).is_err());
    }
    let after = at(9, 0) + PIN_LOCKOUT;
    verify_staff(&mut conn, id, Some("2468"), after).unwrap();
}

#[test]
fn after_a_lock_expires_one_wrong_pin_does_not_lock_again_at_once() {
    let (mut conn, id) = with_person();
    pins_on(&mut conn, id, "2468");
    for _ in 0..MAX_FAILED_PINS {
        assert!(verify_staff(&mut conn, id, Some("1111"), at(9, 0)).is_err());
    }
    let later = at(9, 0) + PIN_LOCKOUT + Duration::minutes(1);
    assert_eq!(
        code(verify_staff(&mut conn, id, Some("1111"), later)),
        "auth.wrong_pin"
    );
}

#[test]
fn a_right_pin_resets_the_count_of_wrong_ones() {
    let (mut conn, id) = with_person();
    pins_on(&mut conn, id, "2468");
    for _ in 0..MAX_FAILED_PINS - 1 {
        assert!(verify_staff(&mut conn, id, Some("1111"), at(9, 0)).is_err());
    }
    verify_staff(&mut conn, id, Some("2468"), at(9, 1)).unwrap();
    for _ in 0..MAX_FAILED_PINS - 1 {
        assert_eq!(
            code(verify_staff(&mut conn, id, Some("1111"), at(9, 2))),
            "auth.wrong_pin"
        );
    }
    verify_staff(&mut conn, id, Some("2468"), at(9, 3)).unwrap();
}

#[test]
fn wrong_pins_of_one_person_do_not_lock_another() {
    let (mut conn, id) = with_person();
    let d = department(&mut conn, "财务科", 2);
    let other = person(&mut conn, "W002", "李四", d);
    pins_on(&mut conn, id, "2468");
    set_staff_pin(&mut conn, other, Some("1357")).unwrap();
    for _ in 0..MAX_FAILED_PINS {
        assert!(verify_staff(&mut conn, id, Some("1111"), at(9, 0)).is_err());
    }
    verify_staff(&mut conn, other, Some("1357"), at(9, 0)).unwrap();
}

#[test]
fn a_new_pin_from_the_organizer_lifts_the_lock() {
    let (mut conn, id) = with_person();
    pins_on(&mut conn, id, "2468");
    for _ in 0..MAX_FAILED_PINS {
        assert!(verify_staff(&mut conn, id, Some("1111"), at(9, 0)).is_err());
    }
    set_staff_pin(&mut conn, id, Some("8642")).unwrap();
    verify_staff(&mut conn, id, Some("8642"), at(9, 1)).unwrap();
}

/// 办公室: 张三 (W001), 王五 (W003, deactivated); 财务科: 李四 (W002).
fn small_unit() -> (Connection, i64, [i64; 3]) {
    let (mut conn, zhang) = with_person();
    let finance = department(&mut conn, "财务科", 2);
    let li = person(&mut conn, "W002", "李四", finance);
    let office = roster::get_staff(&conn, zhang).unwrap().department_id;
    let wang = person(&mut conn, "W003", "王五", office);
    roster::set_staff_active(&mut conn, wang, false, at(8, 0)).unwrap();
    (conn, office, [zhang, li, wang])
}

#[test]
fn pins_for_a_department_go_to_its_active_people_and_each_one_works() {
    let (mut conn, office, [zhang, li, wang]) = small_unit();
    set_staff_pins_enabled(&mut conn, true).unwrap();
    let slips = issue_staff_pins(
        &mut conn,
        &PinBatchInput {
            department_id: Some(office),
            only_without_pin: false,
        },
    )
    .unwrap();
    assert_eq!(
        slips.len(),
        1,
        "王五 is deactivated, 李四 is in another 科室"
    );
    let slip = &slips[0];
    assert_eq!(
        (
            slip.staff_id,
            slip.employee_no.as_str(),
            slip.name.as_str(),
            slip.department_name.as_str()
        ),
        (zhang, "W001", "张三", "办公室")
    );
    assert_eq!(slip.pin.len(), GENERATED_PIN_DIGITS);
    assert!(slip.pin.chars().all(|c| c.is_ascii_digit()));
    verify_staff(&mut conn, zhang, Some(&slip.pin), at(9, 0)).unwrap();
    assert!(!staff_has_pin(&conn, li).unwrap());
    assert!(!staff_has_pin(&conn, wang).unwrap());
}

#[test]
fn pins_for_the_whole_unit_come_in_roster_order_and_newcomers_only_keeps_existing_pins() {
    let (mut conn, _, [zhang, li, _]) = small_unit();
    set_staff_pins_enabled(&mut conn, true).unwrap();
    set_staff_pin(&mut conn, zhang, Some("2468")).unwrap();
    let newcomers = issue_staff_pins(
        &mut conn,
        &PinBatchInput {
            department_id: None,
            only_without_pin: true,
        },
    )
    .unwrap();
    assert_eq!(
        newcomers.iter().map(|s| s.staff_id).collect::<Vec<_>>(),
        [li]
    );
    verify_staff(&mut conn, zhang, Some("2468"), at(9, 0)).unwrap();

    let everyone = issue_staff_pins(
        &mut conn,
        &PinBatchInput {
            department_id: None,
            only_without_pin: false,
        },
    )
    .unwrap();
    assert_eq!(
        everyone.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["张三", "李四"]
    );
    assert_eq!(
        code(verify_staff(&mut conn, zhang, Some("2468"), at(9, 0))),
        "auth.wrong_pin",
        "the old PIN no longer works"
    );
    verify_staff(&mut conn, zhang, Some(&everyone[0].pin), at(9, 0)).unwrap();
}

#[test]
fn a_new_batch_lifts_the_locks_of_the_people_it_covers() {
    let (mut conn, office, [zhang, ..]) = small_unit();
    pins_on(&mut conn, zhang, "2468");
    for _ in 0..MAX_FAILED_PINS {
        assert!(verify_staff(&mut conn, zhang, Some("1111"), at(9, 0)).is_err());
    }
    let slips = issue_staff_pins(
        &mut conn,
        &PinBatchInput {
            department_id: Some(office),
            only_without_pin: false,
        },
    )
    .unwrap();
    verify_staff(&mut conn, zhang, Some(&slips[0].pin), at(9, 1)).unwrap();
}

#[test]
fn a_batch_for_nobody_or_an_unknown_department_is_refused_and_changes_nothing() {
    let (mut conn, office, [zhang, ..]) = small_unit();
    set_staff_pin(&mut conn, zhang, Some("2468")).unwrap();
    let unknown: AppError = issue_staff_pins(
        &mut conn,
        &PinBatchInput {
            department_id: Some(999),
            only_without_pin: false,
        },
    )
    .unwrap_err()
    .into();
    assert_eq!(unknown.code, "auth.department_not_found");
    let nobody: AppError = issue_staff_pins(
        &mut conn,
        &PinBatchInput {
            department_id: Some(office),
            only_without_pin: true,
        },
    )
    .unwrap_err()
    .into();
    assert_eq!(
        (nobody.code.as_str(), nobody.message.as_str()),
        (
            "auth.no_one_for_pins",
            "“办公室”没有需要生成 PIN 的在职职工"
        )
    );
    set_staff_pins_enabled(&mut conn, true).unwrap();
    verify_staff(&mut conn, zhang, Some("2468"), at(9, 0)).unwrap();
}

#[test]
fn issued_pins_are_kept_only_as_salted_hashes_in_the_database_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wenming.db");
    let mut conn = crate::store::open(&path).unwrap();
    let d = department(&mut conn, "办公室", 1);
    for i in 1..=5 {
        person(&mut conn, &format!("W00{i}"), &format!("职工{i}"), d);
    }
    let slips = issue_staff_pins(
        &mut conn,
        &PinBatchInput {
            department_id: None,
            only_without_pin: false,
        },
    )
    .unwrap();
    let hashes: Vec<String> = conn
        .prepare("SELECT pin_hash FROM staff ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(hashes.iter().all(|h| h.starts_with("$argon2id$")));
    let mut unique = hashes.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), hashes.len());
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend(std::fs::read(dir.path().join("wenming.db-wal")).unwrap_or_default());
    for slip in &slips {
        let found = bytes
            .windows(slip.pin.len())
            .any(|w| w == slip.pin.as_bytes());
        assert!(!found, "PIN of {} found in the database file", slip.name);
    }
}

#[test]
fn random_pins_are_six_digits_and_vary() {
    let pins: std::collections::BTreeSet<String> = (0..200).map(|_| random_pin()).collect();
    assert!(pins
        .iter()
        .all(|p| p.len() == 6 && p.bytes().all(|b| b.is_ascii_digit())));
    assert!(
        pins.len() > 190,
        "200 draws from a million values rarely collide"
    );
}
