//! The 大屏 window, called the way a tampered screen page would: by its label it reaches only its
//! own view's reads (and closing itself), whatever the session's role, before any argument is read;
//! every refusal changes nothing. It keeps answering while the main window is a 投票终端, and the
//! main window stays locked. A window of any other label is answered nothing.

mod common;

use common::cases::{cases, fixture, log_in, Fixture};
use common::ipc::{self, invoke_at, Body, Window};
use serde_json::{json, Value};
use tauri::test::MockRuntime;
use tauri::{Manager, WebviewWindow, WebviewWindowBuilder};
use wenming_lib::commands::{COMMANDS, SCREEN_WINDOW_COMMANDS};

struct Unit {
    dir: tempfile::TempDir,
    main: Window,
    fixture: Fixture,
}

fn unit() -> Unit {
    let dir = tempfile::tempdir().unwrap();
    let fixture = fixture(&dir.path().join("roles.db"));
    let main = ipc::window(&dir.path().join("roles.db"));
    Unit { dir, main, fixture }
}

impl Unit {
    fn fingerprint(&self) -> String {
        common::fingerprint(self.dir.path())
    }

    /// The organizer opens the 大屏 on the open round's turnout; the screen window it made.
    fn open_turnout(&self) -> WebviewWindow<MockRuntime> {
        log_in(&self.main);
        let view = json!({ "view": { "kind": "turnout", "round_id": self.fixture.round } });
        self.main.json("open_screen", view).unwrap();
        self.main
            .app
            .get_webview_window("screen")
            .expect("open_screen made the screen window")
    }

    fn turnout_from(&self, webview: &WebviewWindow<MockRuntime>) -> Result<Value, ipc::Refusal> {
        invoke_at(
            webview,
            "screen_turnout",
            &Body::Json(json!({ "roundId": self.fixture.round })),
        )
    }

    /// The organizer's window turned into the round's 投票终端.
    fn enter_kiosk(&self) {
        self.main
            .json("enter_kiosk", json!({ "id": self.fixture.round }))
            .unwrap();
    }
}

#[test]
fn the_screen_window_is_refused_every_other_command_in_organizer_mode_and_nothing_changes() {
    let u = unit();
    let screen = u.open_turnout();
    let before = u.fingerprint();
    let all = cases(&u.fixture);
    for command in COMMANDS
        .iter()
        .filter(|c| !SCREEN_WINDOW_COMMANDS.contains(c))
    {
        let body = all
            .iter()
            .find(|c| c.command == *command)
            .map_or(Body::Json(json!({})), |c| c.body.clone());
        let refusal = invoke_at(&screen, command, &body)
            .err()
            .unwrap_or_else(|| panic!("{command} answered the screen window"));
        assert_eq!(refusal.code, "screens.window_read_only", "{command}");
        assert!(refusal.message.contains("大屏"), "{}", refusal.message);
    }
    assert_eq!(
        u.fingerprint(),
        before,
        "the screen window changed something"
    );
    assert!(
        u.turnout_from(&screen).is_ok(),
        "its own read still answers"
    );
}

#[test]
fn the_screen_window_is_refused_before_the_arguments_are_read() {
    let u = unit();
    let screen = u.open_turnout();
    // Arguments that do not parse would be a tauri refusal (the helper panics on it): the window
    // lock answers first.
    for command in ["create_department", "login", "open_screen", "kiosk_cast"] {
        let refusal = invoke_at(&screen, command, &Body::Json(json!({ "bogus": [] }))).unwrap_err();
        assert_eq!(refusal.code, "screens.window_read_only", "{command}");
    }
}

#[test]
fn the_screen_reads_only_the_view_the_organizer_opened_counts_only() {
    let u = unit();
    let screen = u.open_turnout();
    let t = u.turnout_from(&screen).unwrap();
    assert_eq!(t["state"], "open");
    assert_eq!(t["used"], 0);
    assert!(t["issued"].as_u64().unwrap() > 0, "{t}");
    assert!(
        t.get("candidates").is_none() && t.get("counts").is_none(),
        "{t}"
    );

    let others = [
        (
            "screen_turnout",
            json!({ "roundId": u.fixture.draft_round }),
        ),
        (
            "screen_tournament",
            json!({ "activityId": u.fixture.activity }),
        ),
        ("screen_honors", json!({ "year": 2030 })),
        ("screen_pledge_wall", json!({ "departmentId": null })),
        ("screen_phone_qr", json!({})),
    ];
    for (command, args) in others {
        let refusal = invoke_at(&screen, command, &Body::Json(args)).unwrap_err();
        assert_eq!(refusal.code, "screens.not_open", "{command}");
    }
}

#[test]
fn opening_again_replaces_the_view_and_closing_ends_the_reads() {
    let u = unit();
    let screen = u.open_turnout();
    u.main
        .json(
            "open_screen",
            json!({ "view": { "kind": "honors", "year": 2030 } }),
        )
        .unwrap();
    let honors = invoke_at(
        &screen,
        "screen_honors",
        &Body::Json(json!({ "year": 2030 })),
    )
    .unwrap();
    assert_eq!(honors["year"], 2030);
    assert_eq!(
        u.turnout_from(&screen).unwrap_err().code,
        "screens.not_open",
        "the turnout is no longer on the screen"
    );
    // (That the window goes is seen in the e2e: the mock runtime keeps a destroyed window listed.)
    u.main.json("close_screen", json!({})).unwrap();
    let refusal = invoke_at(
        &screen,
        "screen_honors",
        &Body::Json(json!({ "year": 2030 })),
    );
    assert_eq!(refusal.unwrap_err().code, "screens.not_open");
}

#[test]
fn a_view_that_cannot_be_shown_is_refused_and_opens_no_window() {
    let u = unit();
    log_in(&u.main);
    let refusal = u
        .main
        .json(
            "open_screen",
            json!({ "view": { "kind": "turnout", "round_id": 9999 } }),
        )
        .unwrap_err();
    assert_eq!(refusal.code, "round.not_found");
    assert!(u.main.app.get_webview_window("screen").is_none());
}

#[test]
fn the_screen_keeps_answering_while_the_main_window_is_a_kiosk_and_the_main_window_stays_locked() {
    let u = unit();
    let screen = u.open_turnout();
    u.enter_kiosk();
    let code = &u.fixture.ballot_codes[0];
    let ballot =
        json!({ "code": code, "ballot": { "form": "choose", "chosen": [u.fixture.nomination] } });
    u.main.json("kiosk_cast", ballot).unwrap();
    assert_eq!(
        u.turnout_from(&screen).unwrap()["used"],
        1,
        "the screen follows the vote"
    );

    let from_main = u
        .main
        .json("screen_turnout", json!({ "roundId": u.fixture.round }))
        .unwrap_err();
    assert_eq!(
        from_main.code, "auth.kiosk_locked",
        "the kiosk reaches no screen read"
    );
    for command in ["leave_kiosk", "kiosk_cast", "app_info"] {
        let refusal = invoke_at(&screen, command, &Body::Json(json!({}))).unwrap_err();
        assert_eq!(refusal.code, "screens.window_read_only", "{command}");
    }
}

#[test]
fn a_window_of_any_other_label_is_answered_nothing() {
    let u = unit();
    log_in(&u.main);
    let stray = WebviewWindowBuilder::new(&u.main.app, "stray", Default::default())
        .build()
        .unwrap();
    for command in ["app_info", "screen_turnout", "close_screen"] {
        let refusal = invoke_at(&stray, command, &Body::Json(json!({ "roundId": 1 }))).unwrap_err();
        assert_eq!(refusal.code, "screens.window_read_only", "{command}");
    }
}
