//! Role checks live in Rust: staff mode may browse, the organizer may change after login, and
//! self-service needs the person's PIN. That every registered command is guarded (organizer,
//! PIN, kiosk) is checked command by command through the page's handler in `every_command.rs`;
//! the 投票终端 in `roles_honors.rs`; the shared unit is in `common/`.

mod common;

use tauri::Manager;
use wenming_core::auth::PinBatchInput;
use wenming_core::roster::{Gender, PoliticalStatus, StaffInput};
use wenming_lib::commands::{activities, auth, contests, roster, settings};
use wenming_lib::state::AppState;

fn input(department_id: i64) -> StaffInput {
    StaffInput {
        employee_no: "N001".into(),
        name: "新同事".into(),
        gender: Gender::Male,
        department_id,
        position: String::new(),
        political_status: PoliticalStatus::Masses,
        is_veteran: false,
        phone: String::new(),
    }
}

#[test]
fn staff_mode_may_browse_and_the_organizer_may_change_after_login() {
    let dir = tempfile::tempdir().unwrap();
    let app = common::app_with_sample_unit(dir.path());
    tauri::async_runtime::block_on(async {
        let s = || app.state::<AppState>();
        assert_eq!(roster::list_departments(s()).await.unwrap().len(), 12);
        let query = wenming_core::roster::StaffQuery {
            page: 1,
            page_size: 10,
            ..Default::default()
        };
        let page = roster::list_staff(s(), query.clone().into()).await.unwrap();
        assert_eq!(page.total, 80);
        assert!(
            page.items[0].phone.contains("****"),
            "staff mode sees masked phones"
        );

        assert_eq!(
            auth::login(s(), "wrong".into()).await.unwrap_err().code,
            "auth.wrong_password"
        );
        assert!(roster::create_department(s(), common::department().into())
            .await
            .is_err());
        auth::login(s(), "organizer-pw".into()).await.unwrap();
        let judging = contests::judged::judged_contest(s(), 1).await.unwrap();
        assert_eq!(judging.rules.criteria.len(), 4, "the default criteria");
        let d = roster::create_department(s(), common::department().into())
            .await
            .unwrap();
        roster::create_staff(s(), input(d.id).into()).await.unwrap();
        assert!(
            !roster::list_staff(s(), query.into()).await.unwrap().items[0]
                .phone
                .contains('*')
        );

        auth::logout(s()).await.unwrap();
        assert_eq!(
            roster::delete_department(s(), d.id).await.unwrap_err().code,
            "auth.organizer_required"
        );
    });
}

#[test]
fn a_database_from_a_newer_version_makes_every_command_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.db");
    {
        let conn = wenming_core::store::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let app = tauri::test::mock_app();
    app.manage(AppState::open(&path));
    tauri::async_runtime::block_on(async {
        let err = settings::app_info(app.state::<AppState>())
            .await
            .unwrap_err();
        assert_eq!(err.code, "store.too_new");
        assert_eq!(
            roster::list_departments(app.state::<AppState>())
                .await
                .unwrap_err()
                .code,
            "store.too_new"
        );
    });
}

#[test]
fn self_service_needs_the_persons_pin_when_pins_are_on() {
    let dir = tempfile::tempdir().unwrap();
    let app = common::app_with_sample_unit(dir.path());
    tauri::async_runtime::block_on(async {
        let s = || app.state::<AppState>();
        auth::login(s(), "organizer-pw".into()).await.unwrap();
        settings::set_staff_pins_enabled(s(), true).await.unwrap();
        roster::set_staff_pin(s(), 2, Some("2468".into()))
            .await
            .unwrap();
        auth::logout(s()).await.unwrap();
        let mine = activities::my_activities(s(), 2, None).await.unwrap_err();
        assert_eq!(mine.code, "auth.pin_required");
        let wrong = activities::my_activities(s(), 2, Some("1111".into()))
            .await
            .unwrap_err();
        assert_eq!(wrong.code, "auth.wrong_pin");
        assert!(activities::my_activities(s(), 2, Some("2468".into()))
            .await
            .unwrap()
            .is_empty());
        // The first person's entry cannot be cancelled by someone else choosing themselves.
        let err = activities::self_cancel_signup(s(), 1, 2, Some("2468".into()))
            .await
            .unwrap_err();
        assert_eq!(err.code, "signup.not_yours");
    });
}

#[test]
fn the_organizer_issues_pins_for_a_department_and_a_guessed_pin_locks_the_person() {
    let dir = tempfile::tempdir().unwrap();
    let app = common::app_with_sample_unit(dir.path());
    tauri::async_runtime::block_on(async {
        let s = || app.state::<AppState>();
        auth::login(s(), "organizer-pw".into()).await.unwrap();
        settings::set_staff_pins_enabled(s(), true).await.unwrap();
        let slips = roster::issue_staff_pins(
            s(),
            PinBatchInput {
                department_id: Some(1),
                only_without_pin: false,
            },
        )
        .await
        .unwrap();
        assert!(!slips.is_empty());
        auth::logout(s()).await.unwrap();
        let first = &slips[0];
        assert!(
            activities::my_activities(s(), first.staff_id, Some(first.pin.clone()))
                .await
                .is_ok()
        );
        let wrong = if first.pin == "000000" {
            "111111"
        } else {
            "000000"
        };
        let mut last = None;
        for _ in 0..wenming_core::auth::MAX_FAILED_PINS {
            last = activities::my_activities(s(), first.staff_id, Some(wrong.into()))
                .await
                .err();
        }
        assert_eq!(last.unwrap().code, "auth.pin_locked");
        let locked = activities::my_activities(s(), first.staff_id, Some(first.pin.clone()))
            .await
            .unwrap_err();
        assert_eq!(locked.code, "auth.pin_locked");
    });
}

#[test]
fn touching_the_session_keeps_the_role_and_never_unlocks_organizer_mode() {
    let dir = tempfile::tempdir().unwrap();
    let app = common::app_with_sample_unit(dir.path());
    tauri::async_runtime::block_on(async {
        let s = || app.state::<AppState>();
        let info = auth::touch_session(s()).await.unwrap();
        assert_eq!(info.role, wenming_core::auth::Role::Staff);
        auth::login(s(), "organizer-pw".into()).await.unwrap();
        let unit = settings::set_organizer_idle_minutes(s(), 5).await.unwrap();
        assert_eq!(unit.organizer_idle_minutes, 5);
        assert_eq!(
            settings::set_organizer_idle_minutes(s(), 0)
                .await
                .unwrap_err()
                .code,
            "auth.idle_out_of_range"
        );
        let info = auth::touch_session(s()).await.unwrap();
        assert_eq!(info.role, wenming_core::auth::Role::Organizer);
    });
}
