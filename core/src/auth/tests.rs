use std::time::Instant;

use super::*;
use crate::settings::set_first_password;
use crate::store::open_in_memory;
use crate::AppError;

fn with_password(pw: &str) -> rusqlite::Connection {
    let mut conn = open_in_memory().unwrap();
    set_first_password(&mut conn, pw, "市科技局").unwrap();
    conn
}

#[test]
fn a_new_session_is_staff_and_is_refused_organizer_work() {
    let s = Session::default();
    assert_eq!(s.role(), Role::Staff);
    let err: AppError = s.require_organizer().unwrap_err().into();
    assert_eq!(err.code, "auth.organizer_required");
    assert!(err.message.contains("组织者登录"));
}

#[test]
fn first_password_is_stored_as_argon2_hash_only_and_names_the_unit() {
    let conn = with_password("wenming2026");
    let stored: String = conn
        .query_row(
            "SELECT value FROM setting WHERE key = 'organizer_password_hash'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(stored.starts_with("$argon2id$"), "{stored}");
    assert!(!stored.contains("wenming2026"));
    assert_eq!(
        crate::settings::unit_info(&conn).unwrap().unit_name,
        "市科技局"
    );
    assert!(crate::settings::unit_info(&conn).unwrap().password_set);
}

#[test]
fn first_password_cannot_be_set_twice() {
    let mut conn = with_password("wenming2026");
    let err: AppError = set_first_password(&mut conn, "another-one", "别的局")
        .unwrap_err()
        .into();
    assert_eq!(err.code, "auth.already_set");
    verify_password(&conn, "wenming2026").unwrap();
    assert_eq!(
        crate::settings::unit_info(&conn).unwrap().unit_name,
        "市科技局"
    );
}

#[test]
fn short_or_padded_passwords_are_refused_and_nothing_is_stored() {
    let mut conn = open_in_memory().unwrap();
    for bad in ["12345", " abcdefg", &"x".repeat(65)] {
        let err: AppError = set_first_password(&mut conn, bad, "市科技局")
            .unwrap_err()
            .into();
        assert_eq!(err.code, "auth.weak_password", "{bad}");
    }
    let err: AppError = set_first_password(&mut conn, "goodpass", " ")
        .unwrap_err()
        .into();
    assert_eq!(err.message, "单位名称不能为空");
    assert!(!password_is_set(&conn).unwrap());
}

#[test]
fn login_with_the_right_password_unlocks_and_logout_returns_to_staff() {
    let conn = with_password("wenming2026");
    let mut s = Session::default();
    assert_eq!(s.login(&conn, "wenming2026").unwrap().role, Role::Organizer);
    s.require_organizer().unwrap();
    assert_eq!(s.logout().role, Role::Staff);
    assert!(s.require_organizer().is_err());
}

#[test]
fn a_wrong_password_keeps_staff_mode() {
    let conn = with_password("wenming2026");
    let mut s = Session::default();
    let err: AppError = s.login(&conn, "Wenming2026").unwrap_err().into();
    assert_eq!(err.code, "auth.wrong_password");
    assert_eq!(s.role(), Role::Staff);
}

#[test]
fn login_before_any_password_is_set_says_so() {
    let conn = open_in_memory().unwrap();
    let err: AppError = Session::default()
        .login(&conn, "whatever")
        .unwrap_err()
        .into();
    assert_eq!(err.code, "auth.not_set");
}

#[test]
fn five_wrong_passwords_lock_the_login_for_a_while_even_for_the_right_one() {
    let conn = with_password("wenming2026");
    let mut s = Session::default();
    let t0 = Instant::now();
    for _ in 0..MAX_FAILED_LOGINS {
        assert!(matches!(
            s.login_at(&conn, "nope-nope", t0),
            Err(AuthError::WrongPassword)
        ));
    }
    let locked = s
        .login_at(&conn, "wenming2026", t0 + std::time::Duration::from_secs(1))
        .unwrap_err();
    assert!(matches!(locked, AuthError::LockedOut { .. }));
    assert_eq!(s.role(), Role::Staff);
    s.login_at(&conn, "wenming2026", t0 + LOCKOUT).unwrap();
    assert_eq!(s.role(), Role::Organizer);
}

#[test]
fn changing_the_password_needs_the_old_one() {
    let mut conn = with_password("wenming2026");
    assert!(matches!(
        change_password(&mut conn, "wrong-old", "newpass1"),
        Err(AuthError::WrongPassword)
    ));
    change_password(&mut conn, "wenming2026", "newpass1").unwrap();
    assert!(verify_password(&conn, "wenming2026").is_err());
    verify_password(&conn, "newpass1").unwrap();
}

const ROUND: Kiosk = Kiosk::HonorsRound { round_id: 7 };
const EXHIBITION: Kiosk = Kiosk::Exhibition { activity_id: 4 };
const PLEDGES: Kiosk = Kiosk::PledgeRound { round_id: 9 };

#[test]
fn only_the_organizer_can_open_the_kiosk() {
    let mut s = Session::default();
    for kiosk in [ROUND, EXHIBITION, PLEDGES] {
        let err: AppError = s.enter_kiosk(kiosk).unwrap_err().into();
        assert_eq!(err.code, "auth.organizer_required");
        assert_eq!(s.info().kiosk, None);
    }
}

#[test]
fn the_kiosk_locks_out_management_until_the_organizer_password_is_given() {
    let conn = with_password("wenming2026");
    let mut s = Session::default();
    s.login(&conn, "wenming2026").unwrap();
    assert_eq!(s.enter_kiosk(ROUND).unwrap().kiosk, Some(ROUND));
    let err: AppError = s.require_organizer().unwrap_err().into();
    assert_eq!(err.code, "auth.kiosk_locked");
    assert_eq!(s.kiosk_round().unwrap(), 7);

    assert_eq!(
        s.logout().kiosk,
        Some(ROUND),
        "退出登录 does not leave the kiosk"
    );
    let err: AppError = s.leave_kiosk(&conn, "guess-guess").unwrap_err().into();
    assert_eq!(err.code, "auth.wrong_password");
    assert_eq!(s.kiosk_round().unwrap(), 7);

    let info = s.leave_kiosk(&conn, "wenming2026").unwrap();
    assert_eq!((info.role, info.kiosk), (Role::Organizer, None));
    s.require_organizer().unwrap();
}

#[test]
fn an_exhibition_kiosk_locks_like_the_honors_kiosk_and_gives_only_its_own_target() {
    let conn = with_password("wenming2026");
    let mut s = Session::default();
    s.login(&conn, "wenming2026").unwrap();
    s.enter_kiosk(EXHIBITION).unwrap();
    let err: AppError = s.require_organizer().unwrap_err().into();
    assert_eq!(err.code, "auth.kiosk_locked");
    assert_eq!(s.kiosk_exhibition().unwrap(), 4);
    let err: AppError = s.kiosk_round().unwrap_err().into();
    assert_eq!(
        err.code, "auth.not_kiosk",
        "no honors ballot at the exhibition kiosk"
    );
    let err: AppError = s.enter_kiosk(ROUND).unwrap_err().into();
    assert_eq!(
        err.code, "auth.kiosk_locked",
        "no switching kiosks without the password"
    );
    s.leave_kiosk(&conn, "wenming2026").unwrap();
    let err: AppError = s.kiosk_exhibition().unwrap_err().into();
    assert_eq!(err.code, "auth.not_kiosk");
}

#[test]
fn a_pledge_kiosk_locks_like_the_others_and_gives_only_its_own_round() {
    let conn = with_password("wenming2026");
    let mut s = Session::default();
    s.login(&conn, "wenming2026").unwrap();
    s.enter_kiosk(PLEDGES).unwrap();
    let err: AppError = s.require_organizer().unwrap_err().into();
    assert_eq!(err.code, "auth.kiosk_locked");
    assert_eq!(s.kiosk_pledge_round().unwrap(), 9);
    for other in [s.kiosk_round(), s.kiosk_exhibition()] {
        let err: AppError = other.unwrap_err().into();
        assert_eq!(
            err.code, "auth.not_kiosk",
            "no other vote at the 评诺 kiosk"
        );
    }
    let err: AppError = s.enter_kiosk(ROUND).unwrap_err().into();
    assert_eq!(err.code, "auth.kiosk_locked", "no switching kiosks");
    s.leave_kiosk(&conn, "wenming2026").unwrap();
    let err: AppError = s.kiosk_pledge_round().unwrap_err().into();
    assert_eq!(err.code, "auth.not_kiosk");
    s.enter_kiosk(ROUND).unwrap();
    let err: AppError = s.kiosk_pledge_round().unwrap_err().into();
    assert_eq!(err.code, "auth.not_kiosk", "no 评诺 at the honors kiosk");
}

#[test]
fn an_organizer_at_an_open_kiosk_is_shown_data_as_staff() {
    let conn = with_password("wenming2026");
    let mut s = Session::default();
    s.login(&conn, "wenming2026").unwrap();
    assert_eq!(s.viewer(), Role::Organizer);
    s.enter_kiosk(ROUND).unwrap();
    assert_eq!(s.viewer(), Role::Staff, "phones stay masked at the kiosk");
    s.leave_kiosk(&conn, "wenming2026").unwrap();
    assert_eq!(s.viewer(), Role::Organizer);
}

#[test]
fn guessing_the_kiosk_password_locks_like_the_login() {
    let conn = with_password("wenming2026");
    let mut s = Session::default();
    s.login(&conn, "wenming2026").unwrap();
    s.enter_kiosk(Kiosk::HonorsRound { round_id: 3 }).unwrap();
    let t0 = Instant::now();
    for _ in 0..MAX_FAILED_LOGINS {
        assert!(s.leave_kiosk_at(&conn, "nope-nope", t0).is_err());
    }
    let locked = s.leave_kiosk_at(&conn, "wenming2026", t0).unwrap_err();
    assert!(matches!(locked, AuthError::LockedOut { .. }));
    assert_eq!(s.kiosk_round().unwrap(), 3);
    s.leave_kiosk_at(&conn, "wenming2026", t0 + LOCKOUT)
        .unwrap();
}

#[test]
fn leaving_a_kiosk_that_is_not_open_says_so() {
    let conn = with_password("wenming2026");
    let err: AppError = Session::default()
        .leave_kiosk(&conn, "wenming2026")
        .unwrap_err()
        .into();
    assert_eq!(err.code, "auth.not_kiosk");
}
