//! Role checks live in Rust: every organizer command, called in staff mode, is refused and changes
//! nothing; the same call succeeds once the organizer has logged in. Contests and honors have their
//! own files (`roles_contests.rs`, `roles_honors.rs`); the shared unit is in `common/`.

mod common;

use tauri::Manager;
use wenming_core::activities::{Attendance, SheetKind};
use wenming_core::roster::{Gender, ImportOptions, PoliticalStatus, StaffInput};
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
fn every_organizer_command_refuses_staff_mode_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = common::app_with_sample_unit(dir.path());
    let before = common::fingerprint(dir.path());
    tauri::async_runtime::block_on(async {
        let s = || app.state::<AppState>();
        let csv = b"\xEF\xBB\xBF\xE5\xB7\xA5\xE5\x8F\xB7,\xE5\xA7\x93\xE5\x90\x8D\n".to_vec();
        let results = vec![
            (
                "set_unit_name",
                settings::set_unit_name(s(), "别的局".into()).await.err(),
            ),
            (
                "change_password",
                auth::change_password(s(), "organizer-pw".into(), "new-password".into())
                    .await
                    .err(),
            ),
            (
                "create_department",
                roster::create_department(s(), common::department())
                    .await
                    .err(),
            ),
            (
                "update_department",
                roster::update_department(s(), 1, common::department())
                    .await
                    .err(),
            ),
            (
                "delete_department",
                roster::delete_department(s(), 1).await.err(),
            ),
            ("get_staff", roster::get_staff(s(), 1).await.err()),
            (
                "create_staff",
                roster::create_staff(s(), input(1)).await.err(),
            ),
            (
                "update_staff",
                roster::update_staff(s(), 1, input(1)).await.err(),
            ),
            (
                "set_staff_active",
                roster::set_staff_active(s(), 1, false).await.err(),
            ),
            ("delete_staff", roster::delete_staff(s(), 80).await.err()),
            (
                "preview_roster_import",
                roster::preview_roster_import(
                    s(),
                    csv.clone(),
                    "a.csv".into(),
                    ImportOptions::default(),
                )
                .await
                .err(),
            ),
            (
                "apply_roster_import",
                roster::apply_roster_import(
                    s(),
                    csv.clone(),
                    "a.csv".into(),
                    ImportOptions::default(),
                )
                .await
                .err(),
            ),
            ("export_roster", roster::export_roster(s()).await.err()),
            (
                "load_sample_data",
                roster::load_sample_data(s()).await.err(),
            ),
            (
                "set_staff_pin",
                roster::set_staff_pin(s(), 1, Some("1234".into()))
                    .await
                    .err(),
            ),
            (
                "set_staff_pins_enabled",
                settings::set_staff_pins_enabled(s(), true).await.err(),
            ),
            (
                "create_activity",
                activities::create_activity(s(), common::activity(), true)
                    .await
                    .err(),
            ),
            (
                "update_activity",
                activities::update_activity(s(), 1, common::activity())
                    .await
                    .err(),
            ),
            (
                "publish_activity",
                activities::publish_activity(s(), 1).await.err(),
            ),
            ("close_signup", activities::close_signup(s(), 1).await.err()),
            (
                "cancel_activity",
                activities::cancel_activity(s(), 1, "原因".into())
                    .await
                    .err(),
            ),
            (
                "finish_activity",
                activities::finish_activity(s(), 1).await.err(),
            ),
            (
                "sign_up_for",
                activities::sign_up_for(s(), 1, 1).await.err(),
            ),
            (
                "sign_up_team",
                activities::sign_up_team(s(), 1, 1, vec![1]).await.err(),
            ),
            (
                "cancel_signup_for",
                activities::cancel_signup_for(s(), 1).await.err(),
            ),
            ("check_in", activities::check_in(s(), 1).await.err()),
            (
                "undo_check_in",
                activities::undo_check_in(s(), 1).await.err(),
            ),
            (
                "correct_attendance",
                activities::correct_attendance(s(), 1, Attendance::Present, "原因".into())
                    .await
                    .err(),
            ),
            (
                "set_reflection",
                activities::set_reflection(s(), 1, "心得".into())
                    .await
                    .err(),
            ),
            (
                "set_hours",
                activities::set_hours(s(), 1, Some(2.0)).await.err(),
            ),
            (
                "remove_activity_file",
                activities::remove_activity_file(s(), 1).await.err(),
            ),
            (
                "activity_sheet",
                activities::activity_sheet(s(), 1, SheetKind::SignIn)
                    .await
                    .err(),
            ),
            (
                "export_activity_sheet",
                activities::export_activity_sheet(s(), 1, SheetKind::SignIn)
                    .await
                    .err(),
            ),
        ];
        common::assert_all_refused(results);
    });
    assert_eq!(common::fingerprint(dir.path()), before);
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
        let page = roster::list_staff(s(), query.clone()).await.unwrap();
        assert_eq!(page.total, 80);
        assert!(
            page.items[0].phone.contains("****"),
            "staff mode sees masked phones"
        );

        assert_eq!(
            auth::login(s(), "wrong".into()).await.unwrap_err().code,
            "auth.wrong_password"
        );
        // The voting kiosk of 书画展览 is open to everyone; activity 1 is no exhibition and says so.
        assert_eq!(
            contests::judged::vote_ballot(s(), 1)
                .await
                .unwrap_err()
                .code,
            "contests.not_exhibition"
        );
        assert_eq!(
            contests::judged::cast_exhibition_vote(s(), 1, "ABCD2345".into(), 1)
                .await
                .unwrap_err()
                .code,
            "contests.vote_not_open"
        );
        assert!(roster::create_department(s(), common::department())
            .await
            .is_err());
        auth::login(s(), "organizer-pw".into()).await.unwrap();
        let judging = contests::judged::judged_contest(s(), 1).await.unwrap();
        assert_eq!(judging.rules.criteria.len(), 4, "the default criteria");
        let d = roster::create_department(s(), common::department())
            .await
            .unwrap();
        roster::create_staff(s(), input(d.id)).await.unwrap();
        assert!(!roster::list_staff(s(), query).await.unwrap().items[0]
            .phone
            .contains('*'));

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
