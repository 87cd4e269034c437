//! 评先选优: the 投票终端 takes ballots while locking management until the organizer password is
//! given, and shows the roster only masked. (That every command is guarded, and that an open kiosk
//! answers nothing but its own commands, is `every_command.rs`.)

mod common;

use common::cases::{day, nomination_input, round_input};
use tauri::Manager;
use wenming_core::auth::Kiosk;
use wenming_lib::commands::{auth, honors, roster, settings};
use wenming_lib::state::AppState;

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
        let n = h::nominate(&mut conn, &nomination_input(c.id, staff), t).unwrap();
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
        let err = honors::kiosk_cast(s(), codes[0].clone(), ballot().into())
            .await
            .unwrap_err();
        assert_eq!(err.code, "auth.not_kiosk", "no voting outside the kiosk");

        auth::login(s(), "organizer-pw".into()).await.unwrap();
        honors::enter_kiosk(s(), round).await.unwrap();
        assert_eq!(
            settings::app_info(s()).await.unwrap().kiosk,
            Some(Kiosk::HonorsRound { round_id: round })
        );
        // Even a command that got past the kiosk lock shows the roster as to staff.
        let query = wenming_core::roster::StaffQuery {
            page: 1,
            page_size: 10,
            ..Default::default()
        };
        let page = roster::list_staff(s(), query.into()).await.unwrap();
        assert!(page
            .items
            .iter()
            .all(|p| p.phone.is_empty() || p.phone.contains("****")));
        let err = roster::create_department(s(), common::department().into())
            .await
            .unwrap_err();
        assert_eq!(err.code, "auth.kiosk_locked");
        let err = honors::close_voting_round(s(), round).await.unwrap_err();
        assert_eq!(err.code, "auth.kiosk_locked");

        assert_eq!(honors::kiosk_ballot(s()).await.unwrap().id, round);
        honors::kiosk_check_code(s(), codes[0].clone())
            .await
            .unwrap();
        honors::kiosk_cast(s(), codes[0].clone(), ballot().into())
            .await
            .unwrap();
        let again = honors::kiosk_cast(s(), codes[0].clone(), ballot().into())
            .await
            .unwrap_err();
        assert_eq!(again.code, "ballot.code_used");
        assert_eq!(honors::voting_turnout(s(), round).await.unwrap().used, 1);

        let wrong = auth::leave_kiosk(s(), "guess".into()).await.unwrap_err();
        assert_eq!(wrong.code, "auth.wrong_password");
        assert!(roster::create_department(s(), common::department().into())
            .await
            .is_err());
        auth::leave_kiosk(s(), "organizer-pw".into()).await.unwrap();
        assert_eq!(settings::app_info(s()).await.unwrap().kiosk, None);
        roster::create_department(s(), common::department().into())
            .await
            .unwrap();
    });
}
