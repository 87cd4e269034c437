//! 评先选优: every organizer command is refused in staff mode and changes nothing, and the 投票终端
//! takes ballots while locking management until the organizer password is given.

mod common;

use tauri::Manager;
use wenming_core::honors::{
    BallotForm, CategoryInput, Eligibility, MajorityBase, NominationInput, NominationSource,
    ObjectionInput, PaperCount, PaperRole, RoundInput, Target, VoterSelection,
};
use wenming_lib::commands::{auth, honors, roster, settings};
use wenming_lib::state::AppState;

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

#[test]
fn every_honors_command_refuses_staff_mode_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = common::app_with_sample_unit(dir.path());
    let before = common::fingerprint(dir.path());
    tauri::async_runtime::block_on(async {
        let s = || app.state::<AppState>();
        let results = vec![
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
        common::assert_all_refused(results);
    });
    assert_eq!(common::fingerprint(dir.path()), before);
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
    let app = common::app_with_sample_unit(dir.path());
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
        let err = roster::create_department(s(), common::department())
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
        assert!(roster::create_department(s(), common::department())
            .await
            .is_err());
        honors::leave_kiosk(s(), "organizer-pw".into())
            .await
            .unwrap();
        assert_eq!(settings::app_info(s()).await.unwrap().kiosk_round, None);
        roster::create_department(s(), common::department())
            .await
            .unwrap();
    });
}
