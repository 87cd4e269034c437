//! The unit every role test starts from: the sample bureau with an organizer password, one
//! activity with a sign-up, and a fingerprint of the tables that a refused command must not change.
#![allow(dead_code)] // each test file uses its own part

use tauri::test::{mock_app, MockRuntime};
use tauri::{App, Manager};
use wenming_core::activities::{ActivityInput, ActivityKind, Schedule};
use wenming_core::roster::{DepartmentInput, DepartmentKind};
use wenming_core::AppError;
use wenming_lib::state::AppState;

pub fn app_with_sample_unit(dir: &std::path::Path) -> App<MockRuntime> {
    let path = dir.join("roles.db");
    {
        let mut conn = wenming_core::store::open(&path).unwrap();
        wenming_core::settings::set_first_password(&mut conn, "organizer-pw", "市X局").unwrap();
        wenming_core::sample::load(&mut conn, wenming_core::sample::SampleSize::Bureau).unwrap();
        let a = wenming_core::activities::create_activity(
            &mut conn,
            &activity(),
            true,
            wenming_core::time::now(),
        )
        .unwrap();
        let now = chrono::NaiveDate::from_ymd_opt(2030, 1, 5)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        wenming_core::activities::sign_up(
            &mut conn,
            a.id,
            1,
            wenming_core::activities::Actor::Staff(1),
            now,
        )
        .unwrap();
    }
    let app = mock_app();
    app.manage(AppState::open(&path));
    app
}

pub fn fingerprint(dir: &std::path::Path) -> String {
    let conn = wenming_core::store::open(&dir.join("roles.db")).unwrap();
    conn.query_row(
        "SELECT (SELECT group_concat(id || name || kind || sort_order) FROM department)
             || coalesce((SELECT group_concat(id || title || phase) FROM activity), '')
             || coalesce((SELECT group_concat(id || status) FROM signup), '')
             || (SELECT group_concat(id || employee_no || name || department_id || active || phone) FROM staff)
             || (SELECT group_concat(key || value) FROM setting)
             || (SELECT count(*) FROM tournament) || (SELECT count(*) FROM tournament_match)
             || coalesce((SELECT group_concat(activity_id || criteria || coalesce(published_at, '')) FROM judged_contest), '')
             || (SELECT count(*) FROM contest_judge) || (SELECT count(*) FROM contest_score)
             || (SELECT count(*) FROM contest_log) || (SELECT count(*) FROM exhibition_entry)
             || (SELECT count(*) FROM exhibition_vote_code) || (SELECT count(*) FROM exhibition_vote_round)
             || coalesce((SELECT group_concat(id || name || quota) FROM honor_category), '')
             || coalesce((SELECT group_concat(id || review) FROM honor_nomination), '')
             || coalesce((SELECT group_concat(id || state) FROM honor_round), '')
             || (SELECT count(*) FROM honor_ballot_code) || (SELECT count(*) FROM honor_ballot)",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

pub fn activity() -> ActivityInput {
    let t = |d: u32| {
        chrono::NaiveDate::from_ymd_opt(2030, 1, d)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
    };
    ActivityInput {
        kind: ActivityKind::Reading,
        title: "道德经典诵读".into(),
        description: String::new(),
        place: String::new(),
        schedule: Schedule {
            starts_at: t(20),
            ends_at: t(21),
            signup_opens_at: t(1),
            signup_deadline: t(10),
            cancel_cutoff: t(9),
        },
        capacity: None,
        department_ids: vec![],
        party_members_only: false,
        team_mode: false,
    }
}

pub fn department() -> DepartmentInput {
    DepartmentInput {
        name: "新科室".into(),
        kind: DepartmentKind::Office,
        sort_order: 99,
    }
}

/// Every command in `results` was refused for want of organizer mode, with a message that says so.
pub fn assert_all_refused(results: Vec<(&str, Option<AppError>)>) {
    for (name, err) in results {
        let err = err.unwrap_or_else(|| panic!("{name} was allowed in staff mode"));
        assert_eq!(err.code, "auth.organizer_required", "{name}: {err:?}");
        assert!(err.message.contains("组织者"), "{name}: {}", err.message);
    }
}
