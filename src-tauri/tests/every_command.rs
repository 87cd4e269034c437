//! Every command the shell registers, called the way a tampered page would call it — by name,
//! through the registered handler: organizer commands refuse staff mode, self-service needs the
//! person's PIN, the kiosk's commands need their kiosk, and an open 投票终端 answers nothing but
//! its own commands. Each refusal leaves the whole database (every table) and the stored files as
//! they were. The list of cases is `common/cases.rs`; a command registered in the shell without a
//! case there fails `every_registered_command_has_a_role_case`.

mod common;

use std::collections::BTreeSet;

use common::cases::{cases, fixture, log_in, Access, Case, Fixture};
use common::ipc::{self, Body, Window};
use serde_json::json;
use wenming_lib::commands::COMMANDS;

struct Unit {
    dir: tempfile::TempDir,
    window: Window,
    fixture: Fixture,
}

fn unit() -> Unit {
    let dir = tempfile::tempdir().unwrap();
    let fixture = fixture(&dir.path().join("roles.db"));
    let window = ipc::window(&dir.path().join("roles.db"));
    Unit {
        dir,
        window,
        fixture,
    }
}

impl Unit {
    fn fingerprint(&self) -> String {
        common::fingerprint(self.dir.path())
    }

    fn cases(&self) -> Vec<Case> {
        cases(&self.fixture)
    }

    fn case(&self, command: &str) -> Case {
        self.cases()
            .into_iter()
            .find(|c| c.command == command)
            .unwrap_or_else(|| panic!("no case for {command}"))
    }
}

#[test]
fn every_registered_command_has_a_role_case() {
    let u = unit();
    let registered: BTreeSet<&str> = COMMANDS.iter().copied().collect();
    assert_eq!(
        registered.len(),
        COMMANDS.len(),
        "a command registered twice"
    );
    let cases = u.cases();
    let covered: BTreeSet<&str> = cases.iter().map(|c| c.command).collect();
    assert_eq!(covered.len(), cases.len(), "a command with two cases");
    let missing: Vec<_> = registered.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "registered in the shell without a role case in tests/common/cases.rs: {missing:?}"
    );
    let unknown: Vec<_> = covered.difference(&registered).collect();
    assert!(
        unknown.is_empty(),
        "cases for commands the shell does not register: {unknown:?}"
    );
}

#[test]
fn every_organizer_command_called_from_the_page_in_staff_mode_is_refused_and_changes_nothing() {
    let u = unit();
    let before = u.fingerprint();
    let organizer: Vec<Case> = u
        .cases()
        .into_iter()
        .filter(|c| c.access == Access::Organizer)
        .collect();
    assert!(
        organizer.len() >= 70,
        "{} organizer commands",
        organizer.len()
    );
    for case in &organizer {
        let refusal = u
            .window
            .invoke(case.command, &case.body)
            .err()
            .unwrap_or_else(|| panic!("{} was allowed in staff mode", case.command));
        assert_eq!(refusal.code, "auth.organizer_required", "{}", case.command);
        assert!(
            refusal.message.contains("组织者"),
            "{}: {}",
            case.command,
            refusal.message
        );
    }
    assert_eq!(u.fingerprint(), before);
}

#[test]
fn every_raw_body_upload_is_refused_in_staff_mode_and_stores_no_file() {
    let u = unit();
    let before = u.fingerprint();
    for command in [
        "add_activity_file",
        "add_nomination_file",
        "add_pledge_progress_file",
    ] {
        let case = u.case(command);
        assert!(
            matches!(case.body, Body::Raw { .. }),
            "{command} takes a raw body"
        );
        let refusal = u.window.invoke(command, &case.body).unwrap_err();
        assert_eq!(refusal.code, "auth.organizer_required", "{command}");
    }
    assert_eq!(u.fingerprint(), before, "no row and no file under files/");

    // The same bodies are taken once the organizer has logged in: the cases reach the real upload.
    log_in(&u.window);
    for command in [
        "add_activity_file",
        "add_nomination_file",
        "add_pledge_progress_file",
    ] {
        let stored = u.window.invoke(command, &u.case(command).body).unwrap();
        assert!(
            stored["file_name"].as_str().unwrap().ends_with(".png"),
            "{stored}"
        );
    }
    assert_ne!(u.fingerprint(), before);
}

#[test]
fn commands_open_to_everyone_answer_in_staff_mode() {
    let u = unit();
    for case in u.cases() {
        let Access::Everyone(expected) = case.access else {
            continue;
        };
        let got = u.window.invoke(case.command, &case.body);
        match expected {
            None => assert!(got.is_ok(), "{}: {got:?}", case.command),
            Some(code) => assert_eq!(
                got.as_ref().map_err(|e| e.code.as_str()),
                Err(code),
                "{}",
                case.command
            ),
        }
    }
}

#[test]
fn every_self_service_command_needs_the_persons_pin_once_pins_are_on() {
    let u = unit();
    {
        let mut conn = wenming_core::store::open(&u.dir.path().join("roles.db")).unwrap();
        wenming_core::auth::set_staff_pins_enabled(&mut conn, true).unwrap();
        for staff in 1..=6 {
            wenming_core::auth::set_staff_pin(&mut conn, staff, Some("2468")).unwrap();
        }
    }
    let before = u.fingerprint();
    let self_service: Vec<Case> = u
        .cases()
        .into_iter()
        .filter(|c| c.access == Access::SelfService)
        .collect();
    assert_eq!(self_service.len(), 13);
    for case in &self_service {
        let refusal = u.window.invoke(case.command, &case.body).unwrap_err();
        assert_eq!(refusal.code, "auth.pin_required", "{}", case.command);
    }
    assert_eq!(u.fingerprint(), before, "a missing PIN changes nothing");
    for case in &self_service {
        let Body::Json(mut args) = case.body.clone() else {
            panic!("{} takes JSON", case.command)
        };
        args["pin"] = json!("1357");
        let refusal = u.window.json(case.command, args).unwrap_err();
        assert_eq!(refusal.code, "auth.wrong_pin", "{}", case.command);
    }
}

#[test]
fn the_kiosks_own_commands_are_refused_while_no_kiosk_is_open() {
    let u = unit();
    let before = u.fingerprint();
    log_in(&u.window);
    for case in u.cases().into_iter().filter(|c| c.access == Access::Kiosk) {
        let refusal = u.window.invoke(case.command, &case.body).unwrap_err();
        assert_eq!(refusal.code, "auth.not_kiosk", "{}", case.command);
    }
    assert_eq!(u.fingerprint(), before, "no vote outside a kiosk");
}

/// With the kiosk open, every registered command but `allowed` is refused with
/// `auth.kiosk_locked` and changes nothing; the allowed ones answer.
enum Kiosk {
    Honors,
    Exhibition,
    Pledges,
}

/// A unit whose window the organizer has turned into a 投票终端: the round's or the exhibition's.
fn in_kiosk(kiosk: Kiosk) -> Unit {
    let u = unit();
    log_in(&u.window);
    let (command, args) = match kiosk {
        Kiosk::Honors => ("enter_kiosk", json!({ "id": u.fixture.round })),
        Kiosk::Exhibition => (
            "enter_vote_kiosk",
            json!({ "activityId": u.fixture.exhibition }),
        ),
        Kiosk::Pledges => (
            "enter_pledge_kiosk",
            json!({ "id": u.fixture.pledge_round }),
        ),
    };
    u.window.json(command, args).unwrap();
    u
}

fn only_these_answer_at_the_kiosk(u: &Unit, allowed: &[&str]) {
    let before = u.fingerprint();
    let cases = u.cases();
    let body = |command: &str| {
        cases
            .iter()
            .find(|c| c.command == command)
            .map_or(Body::Json(json!({})), |c| c.body.clone())
    };
    for command in COMMANDS.iter().filter(|c| !allowed.contains(c)) {
        let refusal = u
            .window
            .invoke(command, &body(command))
            .err()
            .unwrap_or_else(|| panic!("{command} answered at the kiosk"));
        assert_eq!(refusal.code, "auth.kiosk_locked", "{command}");
        assert!(
            refusal.message.contains("投票终端"),
            "{command}: {}",
            refusal.message
        );
    }
    assert_eq!(u.fingerprint(), before);

    let info = u.window.json("app_info", json!({})).unwrap();
    assert!(info["kiosk"].is_object(), "{info}");
    for command in allowed.iter().filter(|c| **c != "leave_kiosk") {
        let got = u.window.invoke(command, &body(command));
        assert!(got.is_ok(), "{command} at its kiosk: {got:?}");
    }
    let wrong = u
        .window
        .json("leave_kiosk", json!({ "password": "guess-guess" }))
        .unwrap_err();
    assert_eq!(wrong.code, "auth.wrong_password");
    u.window
        .json("leave_kiosk", json!({ "password": "organizer-pw" }))
        .unwrap();
    u.window
        .json(
            "create_department",
            json!({ "input": common::department() }),
        )
        .unwrap();
}

#[test]
fn an_open_honors_kiosk_answers_only_its_own_commands() {
    let u = in_kiosk(Kiosk::Honors);
    only_these_answer_at_the_kiosk(
        &u,
        &[
            "app_info",
            "leave_kiosk",
            "kiosk_ballot",
            "kiosk_check_code",
            "kiosk_cast",
        ],
    );
}

#[test]
fn an_open_exhibition_kiosk_answers_only_its_own_commands() {
    let u = in_kiosk(Kiosk::Exhibition);
    only_these_answer_at_the_kiosk(
        &u,
        &[
            "app_info",
            "leave_kiosk",
            "vote_ballot",
            "vote_photo",
            "cast_exhibition_vote",
        ],
    );
}

#[test]
fn an_open_pledge_kiosk_answers_only_its_own_commands() {
    let u = in_kiosk(Kiosk::Pledges);
    only_these_answer_at_the_kiosk(
        &u,
        &[
            "app_info",
            "leave_kiosk",
            "pledge_kiosk_round",
            "pledge_kiosk_check_code",
            "pledge_kiosk_cast",
        ],
    );
}

#[test]
fn the_pledge_kiosk_rates_once_per_code_and_only_in_its_own_round() {
    let u = in_kiosk(Kiosk::Pledges);
    let f = &u.fixture;
    let sheet = u
        .window
        .json(
            "pledge_kiosk_check_code",
            json!({ "code": f.pledge_codes[0] }),
        )
        .unwrap();
    assert_eq!(sheet["owners"][0]["pledge_id"], f.pledge, "{sheet}");
    let marks = json!([{ "pledge_id": f.pledge, "rating": "satisfied" }]);
    let cast = json!({ "code": f.pledge_codes[0], "marks": marks });
    u.window.json("pledge_kiosk_cast", cast.clone()).unwrap();
    let again = u.window.json("pledge_kiosk_cast", cast).unwrap_err();
    assert_eq!(again.code, "pledges.code_used", "one rating per code");
    let honors = u
        .window
        .json("kiosk_check_code", json!({ "code": f.ballot_codes[0] }))
        .unwrap_err();
    assert_eq!(honors.code, "auth.kiosk_locked", "no honors ballot here");
    let foreign = u
        .window
        .json(
            "pledge_kiosk_check_code",
            json!({ "code": f.ballot_codes[0] }),
        )
        .unwrap_err();
    assert_eq!(
        foreign.code, "pledges.wrong_round",
        "an honors code rates nothing"
    );
}

#[test]
fn a_draft_or_closed_round_opens_no_pledge_kiosk() {
    let u = unit();
    log_in(&u.window);
    u.window
        .json(
            "close_pledge_round",
            json!({ "id": u.fixture.pledge_round }),
        )
        .unwrap();
    let closed = u
        .window
        .json(
            "enter_pledge_kiosk",
            json!({ "id": u.fixture.pledge_round }),
        )
        .unwrap_err();
    assert_eq!(closed.code, "pledges.round_closed");
    let draft = u
        .window
        .json(
            "enter_pledge_kiosk",
            json!({ "id": u.fixture.draft_pledge_round }),
        )
        .unwrap_err();
    assert_eq!(draft.code, "pledges.round_not_open");
    let info = u.window.json("app_info", json!({})).unwrap();
    assert!(info["kiosk"].is_null(), "{info}");
}

#[test]
fn the_exhibition_kiosk_shows_only_its_own_works_photos() {
    let u = in_kiosk(Kiosk::Exhibition);
    let photo = u
        .window
        .json("vote_photo", json!({ "entryId": u.fixture.entry }))
        .unwrap();
    assert_eq!(photo["bytes"], common::cases::PNG.len());
    let other = u
        .window
        .json("vote_photo", json!({ "entryId": u.fixture.entry + 1 }))
        .unwrap_err();
    assert_eq!(other.code, "contests.no_photo");
    let file = u
        .window
        .json(
            "activity_file_bytes",
            json!({ "fileId": u.fixture.activity_file }),
        )
        .unwrap_err();
    assert_eq!(
        file.code, "auth.kiosk_locked",
        "other files stay out of reach"
    );
}

#[test]
fn the_fingerprint_sees_a_change_in_every_table_that_has_rows() {
    let u = unit();
    let path = u.dir.path().join("roles.db");
    let conn = wenming_core::store::open(&path).unwrap();
    let tables = common::tables(&conn);
    let before = u.fingerprint();
    for table in &tables {
        assert!(
            before.contains(&format!("## {table} (")),
            "{table} is not fingerprinted"
        );
    }
    let mut with_rows = 0;
    for table in &tables {
        let rows: i64 = conn
            .query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
                r.get(0)
            })
            .unwrap();
        if rows == 0 {
            continue;
        }
        with_rows += 1;
        let copy = tempfile::tempdir().unwrap();
        conn.execute(
            "VACUUM INTO ?1",
            [copy.path().join("roles.db").to_str().unwrap()],
        )
        .unwrap();
        {
            let c = rusqlite::Connection::open(copy.path().join("roles.db")).unwrap();
            c.execute_batch(&format!(
                "PRAGMA foreign_keys = OFF; DELETE FROM \"{table}\" WHERE rowid IN (SELECT rowid FROM \"{table}\" LIMIT 1);"
            ))
            .or_else(|_| c.execute_batch(&format!("DELETE FROM \"{table}\";")))
            .unwrap();
        }
        let after = common::fingerprint(copy.path());
        let section = |fp: &str| {
            fp.split("## ")
                .find(|s| s.starts_with(&format!("{table} (")))
                .unwrap()
                .to_string()
        };
        assert_ne!(
            section(&after),
            section(&before),
            "a row gone from {table} went unnoticed"
        );
    }
    assert!(
        with_rows >= 15,
        "only {with_rows} tables with rows: the fixture is too thin"
    );
}
