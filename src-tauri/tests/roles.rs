//! Role checks live in Rust: every organizer command, called in staff mode, is refused and changes
//! nothing; the same call succeeds once the organizer has logged in.

use tauri::test::{mock_app, MockRuntime};
use tauri::{App, Manager};
use wenming_core::activities::{ActivityInput, ActivityKind, Attendance, Schedule, SheetKind};
use wenming_core::contests::{
    Centi, EntryInput, JudgeInput, JudgingRules, ResultSheetKind, ScoreSheet,
};
use wenming_core::contests::{
    ChessResult, ChessRules, DrawInput, MatchResult, TournamentFormat, TournamentRules,
};
use wenming_core::honors::{
    BallotForm, CategoryInput, Eligibility, MajorityBase, NominationInput, NominationSource,
    ObjectionInput, PaperCount, PaperRole, RoundInput, Target, VoterSelection,
};
use wenming_core::roster::{
    DepartmentInput, DepartmentKind, Gender, ImportOptions, PoliticalStatus, StaffInput,
};
use wenming_lib::commands::contests::tournaments;
use wenming_lib::commands::{activities, auth, contests, honors, roster, settings};
use wenming_lib::state::AppState;

fn app_with_sample_unit(dir: &std::path::Path) -> App<MockRuntime> {
    let path = dir.join("roles.db");
    {
        let mut conn = wenming_core::store::open(&path).unwrap();
        wenming_core::auth::set_first_password(&mut conn, "organizer-pw", "市X局").unwrap();
        wenming_core::sample::load(&mut conn, wenming_core::sample::SampleSize::Bureau).unwrap();
        let a = wenming_core::activities::create_activity(
            &mut conn,
            &activity(),
            true,
            wenming_core::activities::now(),
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

fn fingerprint(dir: &std::path::Path) -> String {
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

fn activity() -> ActivityInput {
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

fn day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2030, 1, 7).unwrap()
}

fn category_input() -> CategoryInput {
    CategoryInput {
        year: 2030,
        name: "最美志愿者".into(),
        target: Target::Person,
        quota: 2,
        eligibility: Eligibility::None,
        nominations_open_at: day().and_hms_opt(0, 0, 0).unwrap(),
        nominations_close_at: day().and_hms_opt(23, 0, 0).unwrap(),
    }
}

fn nomination(staff: i64) -> NominationInput {
    NominationInput {
        category_id: 1,
        nominee_staff_id: Some(staff),
        nominee_department_id: None,
        source: NominationSource::Leadership,
        source_department_id: None,
        actor_staff_id: None,
        deeds: "热心服务".into(),
    }
}

fn round_input(category_id: i64) -> RoundInput {
    RoundInput {
        category_id,
        title: "先进个人投票".into(),
        form: BallotForm::Choose,
        majority_base: MajorityBase::Cast,
        voters: VoterSelection {
            whole_roster: true,
            ..Default::default()
        },
    }
}

fn paper() -> PaperCount {
    PaperCount {
        ballots: 1,
        invalid: 0,
        candidates: vec![],
    }
}

fn objection() -> ObjectionInput {
    ObjectionInput {
        nomination_id: None,
        received_on: day(),
        content: "请核实".into(),
    }
}

fn chess_draw() -> DrawInput {
    DrawInput {
        format: TournamentFormat::RoundRobin,
        double: false,
        third_place: false,
        rounds: None,
        groups: None,
        rules: TournamentRules::Chess(ChessRules::default()),
        seeds: Vec::new(),
    }
}

fn department() -> DepartmentInput {
    DepartmentInput {
        name: "新科室".into(),
        kind: DepartmentKind::Office,
        sort_order: 99,
    }
}

#[test]
fn every_organizer_command_refuses_staff_mode_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_sample_unit(dir.path());
    let before = fingerprint(dir.path());
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
                roster::create_department(s(), department()).await.err(),
            ),
            (
                "update_department",
                roster::update_department(s(), 1, department()).await.err(),
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
                activities::create_activity(s(), activity(), true)
                    .await
                    .err(),
            ),
            (
                "update_activity",
                activities::update_activity(s(), 1, activity()).await.err(),
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
            (
                "make_tournament_draw",
                tournaments::make_tournament_draw(s(), 1, chess_draw())
                    .await
                    .err(),
            ),
            (
                "cancel_tournament_draw",
                tournaments::cancel_tournament_draw(s(), 1).await.err(),
            ),
            (
                "record_match_result",
                tournaments::record_match_result(s(), 1, MatchResult::Chess(ChessResult::Draw))
                    .await
                    .err(),
            ),
            (
                "pair_next_round",
                tournaments::pair_next_round(s(), 1).await.err(),
            ),
            (
                "start_knockout",
                tournaments::start_knockout(s(), 1).await.err(),
            ),
            (
                "finish_tournament",
                tournaments::finish_tournament(s(), 1).await.err(),
            ),
            (
                "set_tournament_lots",
                tournaments::set_tournament_lots(s(), 1, vec![1, 2])
                    .await
                    .err(),
            ),
            (
                "judged_contest",
                contests::judged::judged_contest(s(), 1).await.err(),
            ),
            (
                "set_judging_rules",
                contests::judged::set_judging_rules(s(), 1, JudgingRules::default(), None)
                    .await
                    .err(),
            ),
            (
                "add_judge",
                contests::judged::add_judge(
                    s(),
                    1,
                    JudgeInput {
                        staff_id: None,
                        name: "评委".into(),
                    },
                )
                .await
                .err(),
            ),
            (
                "remove_judge",
                contests::judged::remove_judge(s(), 1).await.err(),
            ),
            (
                "enter_score",
                contests::judged::enter_score(
                    s(),
                    1,
                    ScoreSheet {
                        judge_id: 1,
                        entrant_id: 1,
                        marks: [40, 30, 20, 10].map(Centi::points).to_vec(),
                    },
                )
                .await
                .err(),
            ),
            (
                "publish_results",
                contests::judged::publish_results(s(), 1).await.err(),
            ),
            (
                "unlock_results",
                contests::judged::unlock_results(s(), 1, "原因".into())
                    .await
                    .err(),
            ),
            (
                "result_sheet",
                contests::judged::result_sheet(s(), 1, ResultSheetKind::Scores)
                    .await
                    .err(),
            ),
            (
                "export_result_sheet",
                contests::judged::export_result_sheet(s(), 1, ResultSheetKind::Awards)
                    .await
                    .err(),
            ),
            (
                "certificates",
                contests::judged::certificates(s(), 1).await.err(),
            ),
            (
                "add_exhibition_entry",
                contests::judged::add_exhibition_entry(
                    s(),
                    1,
                    EntryInput {
                        title: "春山".into(),
                        staff_id: 1,
                        medium: String::new(),
                        photo_file_id: None,
                    },
                )
                .await
                .err(),
            ),
            (
                "remove_exhibition_entry",
                contests::judged::remove_exhibition_entry(s(), 1)
                    .await
                    .err(),
            ),
            (
                "set_vote_weight",
                contests::judged::set_vote_weight(s(), 1, 20).await.err(),
            ),
            (
                "issue_vote_codes",
                contests::judged::issue_vote_codes(s(), 1, 5).await.err(),
            ),
            (
                "unused_vote_codes",
                contests::judged::unused_vote_codes(s(), 1).await.err(),
            ),
            (
                "close_vote",
                contests::judged::close_vote(s(), 1).await.err(),
            ),
            (
                "seed_honor_categories",
                honors::seed_honor_categories(s(), 2030).await.err(),
            ),
            (
                "create_honor_category",
                honors::create_honor_category(s(), category_input())
                    .await
                    .err(),
            ),
            (
                "update_honor_category",
                honors::update_honor_category(s(), 1, category_input())
                    .await
                    .err(),
            ),
            ("nominate", honors::nominate(s(), nomination(1)).await.err()),
            (
                "review_nomination",
                honors::review_nomination(s(), 1, true, String::new())
                    .await
                    .err(),
            ),
            (
                "create_voting_round",
                honors::create_voting_round(s(), round_input(1)).await.err(),
            ),
            (
                "update_voting_round",
                honors::update_voting_round(s(), 1, round_input(1))
                    .await
                    .err(),
            ),
            (
                "remove_nomination_file",
                honors::remove_nomination_file(s(), 1).await.err(),
            ),
            (
                "open_voting_round",
                honors::open_voting_round(s(), 1).await.err(),
            ),
            ("ballot_codes", honors::ballot_codes(s(), 1).await.err()),
            (
                "close_voting_round",
                honors::close_voting_round(s(), 1).await.err(),
            ),
            (
                "export_voting_tally",
                honors::export_voting_tally(s(), 1).await.err(),
            ),
            (
                "enter_paper_count",
                honors::enter_paper_count(s(), 1, PaperRole::Counter, paper())
                    .await
                    .err(),
            ),
            ("open_runoff", honors::open_runoff(s(), 1).await.err()),
            (
                "start_publicity",
                honors::start_publicity(s(), 1, day(), "纪委".into())
                    .await
                    .err(),
            ),
            (
                "add_objection",
                honors::add_objection(s(), 1, objection()).await.err(),
            ),
            (
                "resolve_objection",
                honors::resolve_objection(s(), 1, "不成立".into(), false)
                    .await
                    .err(),
            ),
            (
                "confirm_publicity",
                honors::confirm_publicity(s(), 1).await.err(),
            ),
            ("enter_kiosk", honors::enter_kiosk(s(), 1).await.err()),
        ];
        for (name, err) in results {
            let err = err.unwrap_or_else(|| panic!("{name} was allowed in staff mode"));
            assert_eq!(err.code, "auth.organizer_required", "{name}: {err:?}");
            assert!(err.message.contains("组织者"), "{name}: {}", err.message);
        }
    });
    assert_eq!(fingerprint(dir.path()), before);
}

#[test]
fn staff_mode_may_browse_and_the_organizer_may_change_after_login() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_sample_unit(dir.path());
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
        assert!(roster::create_department(s(), department()).await.is_err());
        auth::login(s(), "organizer-pw".into()).await.unwrap();
        let judging = contests::judged::judged_contest(s(), 1).await.unwrap();
        assert_eq!(judging.rules.criteria.len(), 4, "the default criteria");
        let d = roster::create_department(s(), department()).await.unwrap();
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
    let app = mock_app();
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
    let app = app_with_sample_unit(dir.path());
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

/// An open 先进个人 round of 2030 over the whole roster: its id, codes and first candidate.
fn open_round_in(dir: &std::path::Path) -> (i64, Vec<String>, i64) {
    use wenming_core::honors as h;
    let mut conn = wenming_core::store::open(&dir.join("roles.db")).unwrap();
    let t = day().and_hms_opt(9, 0, 0).unwrap();
    let c = h::seed_default_categories(&mut conn, 2030, t)
        .unwrap()
        .into_iter()
        .find(|c| c.name == "先进个人")
        .unwrap();
    for staff in [1, 2] {
        let n = h::nominate(
            &mut conn,
            &NominationInput {
                category_id: c.id,
                ..nomination(staff)
            },
            t,
        )
        .unwrap();
        h::review_nomination(&mut conn, n.id, true, "").unwrap();
    }
    let r = h::create_round(&mut conn, &round_input(c.id), t).unwrap();
    let codes = h::open_round(&mut conn, r.id, t).unwrap();
    (r.id, codes, r.candidates[0].nomination_id)
}

#[test]
fn the_kiosk_takes_ballots_and_locks_management_until_the_organizer_password() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_sample_unit(dir.path());
    let (round, codes, first) = open_round_in(dir.path());
    let ballot = || wenming_core::honors::Ballot::Choose {
        chosen: vec![first],
    };
    tauri::async_runtime::block_on(async {
        let s = || app.state::<AppState>();
        let err = honors::kiosk_cast(s(), codes[0].clone(), ballot())
            .await
            .unwrap_err();
        assert_eq!(err.code, "auth.not_kiosk", "no voting outside the kiosk");

        auth::login(s(), "organizer-pw".into()).await.unwrap();
        honors::enter_kiosk(s(), round).await.unwrap();
        assert_eq!(
            settings::app_info(s()).await.unwrap().kiosk_round,
            Some(round)
        );
        let err = roster::create_department(s(), department())
            .await
            .unwrap_err();
        assert_eq!(err.code, "auth.kiosk_locked");
        let err = honors::close_voting_round(s(), round).await.unwrap_err();
        assert_eq!(err.code, "auth.kiosk_locked");

        assert_eq!(honors::kiosk_ballot(s()).await.unwrap().id, round);
        honors::kiosk_check_code(s(), codes[0].clone())
            .await
            .unwrap();
        honors::kiosk_cast(s(), codes[0].clone(), ballot())
            .await
            .unwrap();
        let again = honors::kiosk_cast(s(), codes[0].clone(), ballot())
            .await
            .unwrap_err();
        assert_eq!(again.code, "ballot.code_used");
        assert_eq!(honors::voting_turnout(s(), round).await.unwrap().used, 1);

        let wrong = honors::leave_kiosk(s(), "guess".into()).await.unwrap_err();
        assert_eq!(wrong.code, "auth.wrong_password");
        assert!(roster::create_department(s(), department()).await.is_err());
        honors::leave_kiosk(s(), "organizer-pw".into())
            .await
            .unwrap();
        assert_eq!(settings::app_info(s()).await.unwrap().kiosk_round, None);
        roster::create_department(s(), department()).await.unwrap();
    });
}
