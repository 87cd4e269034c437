//! The Tauri shell of 文明创建工作台: window, state and the IPC commands.
//!
//! Deliberately thin: each command in [`commands`] parses its arguments, checks the role in
//! [`state::AppState`], calls one function of `wenming-core` on a blocking thread and returns its
//! result or its `{code, message}` error. No rule lives here.

pub mod commands;
pub mod state;

use state::AppState;

pub fn run() {
    let state = AppState::open(&wenming_core::store::default_db_path());
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("无法启动文明创建工作台窗口");
}
