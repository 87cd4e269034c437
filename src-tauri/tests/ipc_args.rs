//! What the page gets back when it sends an argument of the wrong type or a negative number:
//! the command is not run, nothing changes, and the rejection names the argument and, inside a
//! struct, the path of the field — which `ui/src/api/ipc.ts` turns into
//! `{code: "ipc.invalid_args", message: "「名额」不能为负数（收到 -1）"}` (see `ipc.test.ts`,
//! which maps exactly the texts asserted here).

mod common;

use common::ipc::Window;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, INVOKE_KEY};
use tauri::webview::InvokeRequest;

/// The sample unit behind the registered handler (the one the window uses).
fn window(dir: &std::path::Path) -> Window {
    drop(common::app_with_sample_unit(dir));
    common::ipc::window(&dir.join("roles.db"))
}

/// Invokes `cmd` the way the page does; the resolved value or the rejection as it reaches the page
/// (`Window::json` takes refusals of arguments for a bug in the test; here they are the subject).
fn invoke(w: &Window, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        &w.webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

fn category(quota: Value) -> Value {
    json!({
        "year": 2030, "name": "最美志愿者", "target": "person", "quota": quota,
        "eligibility": "none",
        "nominations_open_at": "2030-01-01T00:00:00",
        "nominations_close_at": "2030-12-31T00:00:00"
    })
}

#[test]
fn a_negative_quota_is_refused_naming_the_field_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let w = window(dir.path());
    invoke(&w, "login", json!({"password": "organizer-pw"})).unwrap();
    let before = common::fingerprint(dir.path());
    let err = invoke(
        &w,
        "create_honor_category",
        json!({"input": category(json!(-1))}),
    );
    assert_eq!(
        err,
        Err(json!(
            "invalid args `input` for command `create_honor_category`: at `quota`: invalid value: integer `-1`, expected u32"
        ))
    );
    let err = invoke(
        &w,
        "create_honor_category",
        json!({"input": category(json!("两名"))}),
    );
    assert_eq!(
        err,
        Err(json!(
            "invalid args `input` for command `create_honor_category`: at `quota`: invalid type: string \"两名\", expected u32"
        ))
    );
    assert_eq!(common::fingerprint(dir.path()), before, "nothing created");
    let made = invoke(
        &w,
        "create_honor_category",
        json!({"input": category(json!(2))}),
    )
    .unwrap();
    assert_eq!(made["quota"], json!(2));
}

#[test]
fn a_wrong_type_deep_in_a_paper_count_names_the_path_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let w = window(dir.path());
    invoke(&w, "login", json!({"password": "organizer-pw"})).unwrap();
    let before = common::fingerprint(dir.path());
    let count = json!({
        "ballots": 3, "invalid": 0,
        "candidates": [{"nomination_id": 1, "name": "", "votes_for": -3, "against": 0, "abstain": 0}]
    });
    let err = invoke(
        &w,
        "enter_paper_count",
        json!({"id": 1, "role": "counter", "count": count}),
    );
    assert_eq!(
        err,
        Err(json!(
            "invalid args `count` for command `enter_paper_count`: at `candidates[0].votes_for`: invalid value: integer `-3`, expected u32"
        ))
    );
    assert_eq!(common::fingerprint(dir.path()), before);
}

#[test]
fn a_plain_argument_of_the_wrong_type_is_named_by_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let w = window(dir.path());
    let err = invoke(&w, "honor_categories", json!({"year": "二〇三〇"}));
    assert_eq!(
        err,
        Err(json!(
            "invalid args `year` for command `honor_categories`: invalid type: string \"二〇三〇\", expected i32"
        ))
    );
    assert!(invoke(&w, "honor_categories", json!({"year": 2030})).is_ok());
}
