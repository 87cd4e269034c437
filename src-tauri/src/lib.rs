//! The Tauri shell of 文明创建工作台: window, state and the IPC commands.
//!
//! Deliberately thin: each command in [`commands`] parses its arguments, checks the role in
//! [`state::AppState`], calls one function of `wenming-core` on a blocking thread and returns its
//! result or its `{code, message}` error. No rule lives here.
//!
//! Desktop manners come from the official plugins, all wired here and none reachable from the page
//! (see `capabilities/`): one instance per database ([`desktop::single_instance`]), the window's
//! size and place remembered beside the data, a rotating log file in the app's log folder.

pub mod commands;
pub mod desktop;
pub mod lan;
pub mod screen;
pub mod state;

use state::AppState;
use tauri::{Manager, WindowEvent};

pub fn run() {
    desktop::paint_without_gpu_compositing();
    desktop::keep_the_page_engine_small();
    let db_path = wenming_core::store::default_db_path();
    tauri::Builder::default()
        // First: a second start hands over to the running window and exits before anything else.
        .plugin(desktop::single_instance(&db_path))
        .plugin(desktop::log_file())
        .plugin(desktop::window_state(&db_path))
        // Opens the log folder from Rust only; the page opens no links or paths.
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            log::info!(
                "文明创建工作台 {} 启动，数据版本 {}",
                app.package_info().version,
                wenming_core::store::schema_version()
            );
            app.manage(AppState::open(&db_path));
            desktop::show_at_the_latest(app.handle());
            Ok(())
        })
        .on_window_event(|window, event| {
            if let WindowEvent::Destroyed = event {
                match window.label() {
                    // The 大屏 closed (by close_screen, Esc, or the system): its reads stop.
                    screen::LABEL => {
                        if let Some(state) = window.try_state::<AppState>() {
                            state.set_screen(None);
                        }
                    }
                    // The main window closed: the 大屏 goes with it, and the app ends.
                    screen::MAIN => {
                        let _ = screen::close(window.app_handle());
                    }
                    _ => {}
                }
            }
        })
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!())
        .expect("无法启动文明创建工作台窗口")
        .run(|app, event| {
            // Quitting closes the LAN window at once, before anything else ends.
            if let tauri::RunEvent::Exit = event {
                if let Some(state) = app.try_state::<AppState>() {
                    tauri::async_runtime::block_on(state.lan.stop());
                }
            }
        });
}
