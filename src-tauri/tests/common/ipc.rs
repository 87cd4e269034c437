//! Calling commands the way the page does: by name, with JSON arguments or a raw body, through the
//! handler the shell registers (kiosk lock included), on the tauri mock runtime.

use std::path::Path;

use tauri::ipc::{CallbackFn, InvokeBody, InvokeResponseBody};
use tauri::test::{
    get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY,
};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};
use wenming_lib::state::AppState;

/// What a command was called with: JSON arguments, or a raw body with headers (uploads).
#[derive(Debug, Clone)]
pub enum Body {
    Json(serde_json::Value),
    Raw {
        bytes: Vec<u8>,
        headers: Vec<(&'static str, String)>,
    },
}

/// A refusal as the page receives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub code: String,
    pub message: String,
}

/// The app with its registered handler over the database at `path`, and its one window.
pub struct Window {
    pub app: App<MockRuntime>,
    pub webview: WebviewWindow<MockRuntime>,
}

pub fn window(path: &Path) -> Window {
    let state = AppState::open(path);
    // The fingerprints of the data include the backups folder: the day's backup is done first.
    tauri::async_runtime::block_on(state.wait_for_daily_backup());
    let app = mock_builder()
        .manage(state)
        .invoke_handler(wenming_lib::commands::handler())
        .build(mock_context(noop_assets()))
        .expect("mock app");
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("mock window");
    Window { app, webview }
}

impl Window {
    /// Calls `command` as the page would. Arguments that do not parse are a bug in the test, not a
    /// refusal: they panic with the command's name.
    pub fn invoke(&self, command: &str, body: &Body) -> Result<serde_json::Value, Refusal> {
        invoke_at(&self.webview, command, body)
    }

    pub fn json(
        &self,
        command: &str,
        args: serde_json::Value,
    ) -> Result<serde_json::Value, Refusal> {
        self.invoke(command, &Body::Json(args))
    }
}

/// Calls `command` as the page in `webview` would. Arguments that do not parse are a bug in the test, not a
/// refusal: they panic with the command's name.
pub fn invoke_at(
    webview: &WebviewWindow<MockRuntime>,
    command: &str,
    body: &Body,
) -> Result<serde_json::Value, Refusal> {
    let (body, headers) = match body {
        Body::Json(args) => (InvokeBody::Json(args.clone()), Default::default()),
        Body::Raw { bytes, headers } => {
            let mut map = tauri::http::HeaderMap::new();
            for (name, value) in headers {
                map.insert(*name, value.parse().unwrap());
            }
            (InvokeBody::Raw(bytes.clone()), map)
        }
    };
    let response = get_ipc_response(
        webview,
        InvokeRequest {
            cmd: command.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body,
            headers,
            invoke_key: INVOKE_KEY.to_string(),
        },
    );
    match response {
        Ok(InvokeResponseBody::Json(text)) => Ok(serde_json::from_str(&text).unwrap()),
        Ok(InvokeResponseBody::Raw(bytes)) => Ok(serde_json::json!({ "bytes": bytes.len() })),
        Err(serde_json::Value::Object(error)) => Err(Refusal {
            code: error["code"].as_str().unwrap().to_string(),
            message: error["message"].as_str().unwrap().to_string(),
        }),
        Err(other) => panic!("{command}: not an app refusal (arguments?): {other}"),
    }
}
