//! The 操作日志 as the app writes it: an organizer's write leaves a line, a refused one leaves
//! none, a kiosk's open and close are logged but not its ballots, and the
//! chain of the resulting log holds.

mod common;

use common::cases::{day, nomination_input, round_input};
use tauri::Manager;
use wenming_core::safety::audit::{self, AuditMode};
use wenming_lib::commands::contests::judged;
use wenming_lib::commands::{auth, honors, pledges, roster, safety};
use wenming_lib::state::AppState;

fn lines(dir: &std::path::Path) -> Vec<audit::AuditEntry> {
    let conn = wenming_core::store::open(&dir.join("roles.db")).unwrap();
    let mut all = audit::list(&conn, &Default::default()).unwrap().items;
    all.reverse();
    all
}

#[test]
fn organizer_writes_and_kiosk_open_and_close_are_logged_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let app = common::app_with_sample_unit(dir.path());
    let (round, codes, first) = {
        use wenming_core::honors as h;
        let mut conn = wenming_core::store::open(&dir.path().join("roles.db")).unwrap();
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
    };
    tauri::async_runtime::block_on(async {
        let s = || app.state::<AppState>();
        // A read and a write refused in staff mode: no line.
        roster::list_departments(s()).await.unwrap();
        roster::create_department(s(), common::department().into())
            .await
            .unwrap_err();
        assert!(lines(dir.path()).is_empty());

        auth::login(s(), "organizer-pw".into()).await.unwrap();
        let d = roster::create_department(s(), common::department().into())
            .await
            .unwrap();
        let log = lines(dir.path());
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].mode, AuditMode::Organizer);
        assert_eq!(log[0].what, "科室 · 新增");
        assert_eq!(log[0].record, format!("department #{}", d.id));
        assert!(log[0].after.contains(&d.name));

        // A refused organizer write (the same name again) leaves no line.
        roster::create_department(s(), common::department().into())
            .await
            .unwrap_err();
        assert_eq!(lines(dir.path()).len(), 1);

        honors::enter_kiosk(s(), round).await.unwrap();
        let ballot = wenming_core::honors::Ballot::Choose {
            chosen: vec![first],
        };
        honors::kiosk_cast(s(), codes[0].clone(), ballot.into())
            .await
            .unwrap();
        auth::leave_kiosk(s(), "organizer-pw".into()).await.unwrap();
        let log = lines(dir.path());
        let what: Vec<&str> = log.iter().map(|l| l.what.as_str()).collect();
        assert_eq!(what, ["科室 · 新增", "投票终端 · 打开", "投票终端 · 关闭"]);
        assert!(log[1].record.contains(&format!("honor_round #{round}")));
        let text = format!("{log:?}");
        assert!(!text.contains(&codes[0]), "no code in the log");
        assert!(!text.contains("ballot_"), "nothing of the ballot tables");

        let check = safety::verify_audit(s()).await.unwrap();
        assert_eq!(check.entries, 3);
        assert_eq!(check.first_broken, None);
    });
}

#[test]
fn the_exhibition_kiosk_opening_and_closing_are_logged_and_not_its_votes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roles.db");
    let f = common::cases::fixture(&path);
    let before = lines(dir.path()).len();
    let app = tauri::test::mock_app();
    app.manage(AppState::open(&path));
    tauri::async_runtime::block_on(async {
        let s = || app.state::<AppState>();
        auth::login(s(), "organizer-pw".into()).await.unwrap();
        judged::enter_vote_kiosk(s(), f.exhibition).await.unwrap();
        judged::cast_exhibition_vote(s(), f.vote_codes[0].clone(), f.entry)
            .await
            .unwrap();
        auth::leave_kiosk(s(), "organizer-pw".into()).await.unwrap();
    });
    let log = lines(dir.path());
    let what: Vec<&str> = log[before..].iter().map(|l| l.what.as_str()).collect();
    assert_eq!(what, ["投票终端 · 打开", "投票终端 · 关闭"]);
    assert!(log[before].record.contains(&format!("#{}", f.exhibition)));
    let text = format!("{log:?}");
    assert!(!text.contains(&f.vote_codes[0]), "no code in the log");
}

#[test]
fn the_pledge_kiosk_opening_and_closing_are_logged_and_not_its_ratings() {
    use wenming_core::pledges::{Rating, SheetMark};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roles.db");
    let f = common::cases::fixture(&path);
    let before = lines(dir.path()).len();
    let app = tauri::test::mock_app();
    app.manage(AppState::open(&path));
    tauri::async_runtime::block_on(async {
        let s = || app.state::<AppState>();
        auth::login(s(), "organizer-pw".into()).await.unwrap();
        pledges::enter_pledge_kiosk(s(), f.pledge_round)
            .await
            .unwrap();
        let marks = vec![SheetMark {
            pledge_id: f.pledge,
            rating: Rating::Basic,
        }];
        pledges::pledge_kiosk_cast(s(), f.pledge_codes[0].clone(), marks.into())
            .await
            .unwrap();
        auth::leave_kiosk(s(), "organizer-pw".into()).await.unwrap();
    });
    let log = lines(dir.path());
    let what: Vec<&str> = log[before..].iter().map(|l| l.what.as_str()).collect();
    assert_eq!(what, ["投票终端 · 打开", "投票终端 · 关闭"]);
    assert!(log[before]
        .record
        .contains(&format!("pledge_round #{}", f.pledge_round)));
    let text = format!("{:?}", &log[before..]);
    assert!(!text.contains(&f.pledge_codes[0]), "no code in the log");
    assert!(
        !text.contains("basic") && !text.contains("基本满意"),
        "no rating in the log"
    );
    let conn = wenming_core::store::open(&path).unwrap();
    assert_eq!(audit::verify(&conn).unwrap().first_broken, None);
}
