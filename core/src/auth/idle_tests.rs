//! Organizer mode locks itself when left idle; the clock is injected.

use std::time::{Duration, Instant};

use super::*;
use crate::store::open_in_memory;

fn organizer_at(t0: Instant) -> (rusqlite::Connection, Session) {
    let mut conn = open_in_memory().unwrap();
    crate::settings::set_first_password(&mut conn, "wenming2026", "市科技局").unwrap();
    let mut s = Session::default();
    s.login_at(&conn, "wenming2026", t0).unwrap();
    (conn, s)
}

const MINUTE: Duration = Duration::from_secs(60);

#[test]
fn organizer_mode_left_idle_for_15_minutes_is_refused_as_if_logged_out() {
    let t0 = Instant::now();
    let (_conn, mut s) = organizer_at(t0);
    s.expire_if_idle(t0 + 14 * MINUTE);
    s.require_organizer().unwrap();
    s.expire_if_idle(t0 + 15 * MINUTE);
    assert_eq!(s.role(), Role::Staff);
    let err: crate::AppError = s.require_organizer().unwrap_err().into();
    assert_eq!(err.code, "auth.organizer_required");
}

#[test]
fn every_organizer_action_starts_the_idle_time_again() {
    let t0 = Instant::now();
    let (_conn, mut s) = organizer_at(t0);
    for minute in [10, 20, 30, 40] {
        s.expire_if_idle(t0 + minute * MINUTE);
        s.require_organizer().unwrap();
        s.touch(t0 + minute * MINUTE);
    }
    s.expire_if_idle(t0 + 54 * MINUTE);
    assert_eq!(s.role(), Role::Organizer);
    s.expire_if_idle(t0 + 55 * MINUTE);
    assert_eq!(s.role(), Role::Staff);
}

#[test]
fn the_units_idle_time_is_read_at_login() {
    let t0 = Instant::now();
    let mut conn = open_in_memory().unwrap();
    crate::settings::set_first_password(&mut conn, "wenming2026", "市科技局").unwrap();
    set_organizer_idle_minutes(&mut conn, 5).unwrap();
    let mut s = Session::default();
    s.login_at(&conn, "wenming2026", t0).unwrap();
    s.expire_if_idle(t0 + 4 * MINUTE);
    assert_eq!(s.role(), Role::Organizer);
    s.expire_if_idle(t0 + 5 * MINUTE);
    assert_eq!(s.role(), Role::Staff);
}

#[test]
fn a_touch_in_staff_mode_does_not_keep_a_later_login_alive() {
    let t0 = Instant::now();
    let (conn, mut s) = organizer_at(t0);
    s.logout();
    s.touch(t0 + 30 * MINUTE);
    s.expire_if_idle(t0 + 31 * MINUTE);
    assert_eq!(s.role(), Role::Staff);
    s.login_at(&conn, "wenming2026", t0 + 40 * MINUTE).unwrap();
    s.expire_if_idle(t0 + 54 * MINUTE);
    assert_eq!(s.role(), Role::Organizer);
}

#[test]
fn an_open_kiosk_is_not_ended_by_idle_time() {
    let t0 = Instant::now();
    let (conn, mut s) = organizer_at(t0);
    s.enter_kiosk(Kiosk::HonorsRound { round_id: 3 }).unwrap();
    s.expire_if_idle(t0 + 180 * MINUTE);
    assert_eq!(s.kiosk_round().unwrap(), 3, "the kiosk stays open");
    let err: crate::AppError = s.require_organizer().unwrap_err().into();
    assert_eq!(err.code, "auth.kiosk_locked");
    s.leave_kiosk_at(&conn, "wenming2026", t0 + 181 * MINUTE)
        .unwrap();
    s.require_organizer().unwrap();
}

#[test]
fn organizer_mode_locks_after_15_idle_minutes_unless_the_unit_chose_another_time() {
    let mut conn = open_in_memory().unwrap();
    assert_eq!(organizer_idle_minutes(&conn).unwrap(), 15);
    set_organizer_idle_minutes(&mut conn, 30).unwrap();
    assert_eq!(
        crate::settings::unit_info(&conn)
            .unwrap()
            .organizer_idle_minutes,
        30
    );
    assert_eq!(organizer_idle(&conn).unwrap(), 30 * MINUTE);
}

#[test]
fn an_idle_time_of_zero_or_over_two_hours_is_refused_and_the_old_one_kept() {
    let mut conn = open_in_memory().unwrap();
    set_organizer_idle_minutes(&mut conn, 10).unwrap();
    for bad in [0, 121, u32::MAX] {
        let err: crate::AppError = set_organizer_idle_minutes(&mut conn, bad)
            .unwrap_err()
            .into();
        assert_eq!(err.code, "auth.idle_out_of_range", "{bad}");
        assert_eq!(err.message, "组织者模式的自动锁定时间应为 1 到 120 分钟");
    }
    assert_eq!(organizer_idle_minutes(&conn).unwrap(), 10);
}
