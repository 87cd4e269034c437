//! The rules of 手机参与 without any network: the start, the address filter, the rate limit, the
//! login by 工号 + PIN, the phone sessions and the activities a phone lists.

use std::net::IpAddr;
use std::time::{Duration, Instant};

use rusqlite::Connection;

use super::*;
use crate::activities::{self, ActivityKind};
use crate::auth::{self, Actor};
use crate::testkit::{self, november};
use crate::AppError;

fn code<T: std::fmt::Debug>(r: Result<T, LanError>) -> String {
    AppError::from(r.unwrap_err()).code
}

fn start(minutes: u32, purposes: &[Purpose]) -> LanStartInput {
    LanStartInput {
        minutes,
        purposes: purposes.to_vec(),
    }
}

/// Two 科室, three people (P001 张一 and P003 张三 in 办公室, P002 张二 in 财务科), PINs on, every
/// PIN "2468".
fn unit() -> (Connection, Vec<i64>) {
    let mut conn = testkit::database();
    let d = testkit::departments(&mut conn, &["办公室", "财务科"]);
    let ids = testkit::staff(&mut conn, testkit::people(3, "张", &[d[0], d[1]]));
    auth::set_staff_pins_enabled(&mut conn, true).unwrap();
    for id in &ids {
        auth::set_staff_pin(&mut conn, *id, Some("2468")).unwrap();
    }
    (conn, ids)
}

fn login_as(
    conn: &mut Connection,
    no: &str,
    pin: &str,
) -> Result<(Actor, crate::roster::Staff), LanError> {
    login(
        conn,
        &PhoneLogin {
            employee_no: no.into(),
            pin: pin.into(),
        },
        november(10, 9),
    )
}

#[test]
fn a_start_needs_15_to_480_minutes_a_purpose_none_twice_and_pins_on() {
    let (mut conn, _) = unit();
    assert_eq!(
        code(check_start(&conn, &start(14, &[Purpose::Signup]))),
        "lan.minutes_out_of_range"
    );
    assert_eq!(
        code(check_start(&conn, &start(481, &[Purpose::Signup]))),
        "lan.minutes_out_of_range"
    );
    assert_eq!(code(check_start(&conn, &start(60, &[]))), "lan.no_purpose");
    let twice = check_start(
        &conn,
        &start(60, &[Purpose::Vote, Purpose::Signup, Purpose::Vote]),
    );
    let e = AppError::from(twice.unwrap_err());
    assert_eq!(e.code, "lan.duplicate_purpose");
    assert!(e.message.contains("投票"), "{}", e.message);
    assert_eq!(
        check_start(&conn, &start(15, &[Purpose::Vote, Purpose::Signup])).unwrap(),
        vec![Purpose::Signup, Purpose::Vote]
    );
    assert!(check_start(&conn, &start(480, &[Purpose::Pledge])).is_ok());

    auth::set_staff_pins_enabled(&mut conn, false).unwrap();
    let off = AppError::from(check_start(&conn, &start(60, &[Purpose::Signup])).unwrap_err());
    assert_eq!(off.code, "lan.pins_off");
    assert!(off.message.contains("个人 PIN"), "{}", off.message);
}

#[test]
fn only_the_loopback_and_the_private_ranges_are_answered() {
    let yes = [
        "127.0.0.1",
        "127.9.9.9",
        "10.0.0.1",
        "10.255.255.254",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.0.1",
        "192.168.255.254",
        "::1",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "febf::1",
        "::ffff:192.168.1.20",
        "::ffff:10.1.2.3",
        "::ffff:127.0.0.1",
    ];
    let no = [
        "8.8.8.8",
        "1.1.1.1",
        "172.15.255.255",
        "172.32.0.0",
        "192.169.0.1",
        "11.0.0.1",
        "100.64.0.1",
        "169.254.1.1",
        "0.0.0.0",
        "255.255.255.255",
        "224.0.0.1",
        "::",
        "2001:db8::1",
        "2400:3200::1",
        "fec0::1",
        "ff02::1",
        "::ffff:8.8.8.8",
        "::ffff:172.32.0.1",
        "::127.0.0.1",
        "64:ff9b::c0a8:0101",
    ];
    for a in yes {
        assert!(
            is_private(a.parse::<IpAddr>().unwrap()),
            "{a} should be answered"
        );
    }
    for a in no {
        assert!(
            !is_private(a.parse::<IpAddr>().unwrap()),
            "{a} should be refused"
        );
    }
}

#[test]
fn each_device_gets_a_burst_then_the_steady_rate_and_others_are_not_held_back() {
    let mut limiter = RateLimiter::new(5, 2, 100);
    let t0 = Instant::now();
    let phone: IpAddr = "192.168.1.20".parse().unwrap();
    let other: IpAddr = "192.168.1.21".parse().unwrap();
    for i in 0..5 {
        assert!(limiter.allow(phone, t0), "request {i} of the burst");
    }
    assert!(!limiter.allow(phone, t0), "the sixth at once is refused");
    assert!(limiter.allow(other, t0), "another phone is not held back");
    assert!(!limiter.allow(phone, t0 + Duration::from_millis(400)));
    assert!(
        limiter.allow(phone, t0 + Duration::from_millis(500)),
        "one token after 0.5 s"
    );
    assert!(!limiter.allow(phone, t0 + Duration::from_millis(500)));
    // A long pause fills the bucket up to the burst, not beyond.
    let later = t0 + Duration::from_secs(3600);
    for _ in 0..5 {
        assert!(limiter.allow(phone, later));
    }
    assert!(!limiter.allow(phone, later));
}

#[test]
fn the_rate_table_stays_bounded_and_counts_recent_devices() {
    let mut limiter = RateLimiter::new(3, 1, 10);
    let t0 = Instant::now();
    for i in 0..50u8 {
        let ip = IpAddr::from([10, 0, 0, i]);
        assert!(limiter.allow(ip, t0 + Duration::from_millis(u64::from(i))));
        assert!(limiter.len() <= 10);
    }
    assert_eq!(limiter.len(), 10);
    let later = t0 + Duration::from_secs(60);
    assert_eq!(limiter.seen_within(Duration::from_secs(120), later), 10);
    assert_eq!(limiter.seen_within(Duration::from_secs(30), later), 0);
    // A device emptied its bucket; a flood of new addresses does not forget it while it is empty.
    let mut limiter = RateLimiter::new(2, 1, 3);
    let busy: IpAddr = "10.9.9.9".parse().unwrap();
    assert!(limiter.allow(busy, t0) && limiter.allow(busy, t0));
    for i in 0..20u8 {
        limiter.allow(IpAddr::from([10, 1, 0, i]), t0);
        assert!(
            !limiter.allow(busy, t0),
            "still refused after {i} new addresses"
        );
    }
}

#[test]
fn a_phone_logs_in_with_its_employee_number_and_pin() {
    let (mut conn, ids) = unit();
    let (actor, staff) = login_as(&mut conn, " P002 ", "2468").unwrap();
    assert_eq!(actor, Actor::Staff(ids[1]));
    assert_eq!(staff.name, "张2");
    assert_eq!(staff.department_name, "财务科");
    assert_eq!(
        code(login_as(&mut conn, "", "2468")),
        "lan.employee_no_required"
    );
    let unknown = AppError::from(login_as(&mut conn, "P999", "2468").unwrap_err());
    assert_eq!(unknown.code, "lan.unknown_employee");
    assert!(unknown.message.contains("P999"), "{}", unknown.message);
    assert_eq!(code(login_as(&mut conn, "P001", "")), "auth.pin_required");

    crate::roster::set_staff_active(&mut conn, ids[2], false, november(2, 8)).unwrap();
    assert_eq!(
        code(login_as(&mut conn, "P003", "2468")),
        "lan.unknown_employee"
    );

    auth::set_staff_pins_enabled(&mut conn, false).unwrap();
    assert_eq!(
        code(login_as(&mut conn, "P001", "")),
        "lan.pins_off",
        "no login without a PIN"
    );
}

#[test]
fn five_wrong_pins_from_phones_lock_the_person_as_at_the_desk() {
    let (mut conn, ids) = unit();
    for left in (1..=4).rev() {
        let e = AppError::from(login_as(&mut conn, "P001", "1111").unwrap_err());
        assert_eq!(e.code, "auth.wrong_pin");
        assert!(e.message.contains(&left.to_string()), "{}", e.message);
    }
    assert_eq!(code(login_as(&mut conn, "P001", "1111")), "auth.pin_locked");
    assert_eq!(
        code(login_as(&mut conn, "P001", "2468")),
        "auth.pin_locked",
        "the right PIN too"
    );
    // The desk sees the same lock.
    let desk = auth::as_staff(&mut conn, ids[0], Some("2468"), november(10, 9));
    assert_eq!(AppError::from(desk.unwrap_err()).code, "auth.pin_locked");
    // Someone else is not affected.
    assert!(login_as(&mut conn, "P002", "2468").is_ok());
}

#[test]
fn phone_sessions_are_random_end_one_by_one_or_all_with_the_window() {
    let (mut conn, _) = unit();
    let (me, one) = login_as(&mut conn, "P001", "2468").unwrap();
    let (you, two) = login_as(&mut conn, "P002", "2468").unwrap();
    let mut sessions = PhoneSessions::default();
    let a = sessions.open(me, &one).unwrap();
    let b = sessions.open(you, &two).unwrap();
    let c = sessions.open(me, &one).unwrap();
    assert_eq!(a.token.len(), 32);
    assert!(a.token != b.token && a.token != c.token && b.token != c.token);
    assert_eq!((a.name.as_str(), a.department.as_str()), ("张1", "办公室"));
    assert_eq!(
        sessions.actor_of(Some(&b.token)).unwrap(),
        Actor::Staff(two.id)
    );
    assert_eq!(code(sessions.actor_of(None)), "lan.login_required");
    assert_eq!(code(sessions.actor_of(Some("0123"))), "lan.login_required");
    sessions.end(&a.token);
    assert_eq!(
        code(sessions.actor_of(Some(&a.token))),
        "lan.login_required"
    );
    assert_eq!(
        sessions.actor_of(Some(&c.token)).unwrap(),
        Actor::Staff(one.id),
        "the other phone stays"
    );
    sessions.clear();
    assert!(sessions.is_empty());
    assert_eq!(
        code(sessions.actor_of(Some(&c.token))),
        "lan.login_required"
    );
}

#[test]
fn window_tokens_are_random_and_compared_in_full() {
    let a = window_token().unwrap();
    let b = window_token().unwrap();
    assert_eq!(a.len(), 24);
    assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
    assert_ne!(a, b);
    assert!(tokens_match(&a, &a.clone()));
    assert!(!tokens_match(&a, &b));
    assert!(!tokens_match(&a[..23], &a));
    assert!(!tokens_match("", &a));
}

#[test]
fn a_phone_lists_the_open_activities_its_person_may_join() {
    let (mut conn, ids) = unit();
    let office = testkit::departments(&mut conn, &["工会"])[0];
    let everyone = testkit::publish(
        &mut conn,
        &testkit::activity_input(ActivityKind::MoralLecture, "道德讲堂"),
    );
    let mut only = testkit::activity_input(ActivityKind::MoralLecture, "工会讲座");
    only.department_ids = vec![office];
    testkit::publish(&mut conn, &only);
    let mut party = testkit::activity_input(ActivityKind::MoralLecture, "党课");
    party.party_members_only = true;
    testkit::publish(&mut conn, &party);
    activities::create_activity(
        &mut conn,
        &testkit::activity_input(ActivityKind::MoralLecture, "草稿"),
        false,
        november(1, 8),
    )
    .unwrap();
    activities::sign_up(
        &mut conn,
        everyone.id,
        ids[0],
        Actor::Staff(ids[0]),
        november(10, 9),
    )
    .unwrap();

    let titles = |now| -> Vec<String> {
        open_activities(&conn, ids[0], now)
            .unwrap()
            .into_iter()
            .map(|a| a.title)
            .collect()
    };
    assert_eq!(
        titles(november(10, 9)),
        vec!["道德讲堂"],
        "one's own sign-up stays listed"
    );
    assert!(titles(november(21, 9)).is_empty(), "after the deadline");
    assert!(titles(november(1, 8)).is_empty(), "before sign-up opens");
}

#[test]
fn the_phone_page_learns_the_unit_the_purposes_and_the_end() {
    let (conn, _) = unit();
    let info = phone_info(&conn, &[Purpose::Signup, Purpose::Vote], november(10, 17)).unwrap();
    assert_eq!(info.until, "2026-11-10 17:00");
    assert_eq!(info.purposes, vec![Purpose::Signup, Purpose::Vote]);
    assert!(!info.unit_name.is_empty());
}
