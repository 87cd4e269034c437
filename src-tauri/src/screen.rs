//! The 大屏 window: a second window (label [`LABEL`]) the organizer opens on a projector or a
//! second display — full screen, no decorations, on the display other than the main window's when
//! there are two or more. It shows one [`ScreenView`] at a time; opening again replaces the view.
//! What it may call is decided in `commands::window_allows`, by its label.

use tauri::{AppHandle, Manager, Monitor, Runtime, WebviewUrl, WebviewWindowBuilder};
use wenming_core::screens::ScreenView;
use wenming_core::AppError;

/// The label of the main window (tauri.conf.json's one window).
pub const MAIN: &str = "main";
/// The label of the 大屏 window.
pub const LABEL: &str = "screen";
pub const TITLE: &str = "文明创建工作台 · 大屏";

/// The page's hash route of a view (`ui/src/features/screens/routes.ts`).
pub fn route(view: &ScreenView) -> String {
    match view {
        ScreenView::Turnout { round_id } => format!("/screen/turnout/{round_id}"),
        ScreenView::Tournament { activity_id } => format!("/screen/tournament/{activity_id}"),
        ScreenView::Honors { year } => format!("/screen/honors/{year}"),
        ScreenView::PledgeWall {
            department_id: None,
        } => "/screen/pledges".into(),
        ScreenView::PledgeWall {
            department_id: Some(id),
        } => format!("/screen/pledges/{id}"),
        ScreenView::PhoneQr => "/screen/phone".into(),
    }
}

fn window_error(e: tauri::Error) -> AppError {
    AppError::new("screens.window", format!("无法打开大屏窗口：{e}"))
}

/// The display for the screen: one other than the main window's when there are two or more,
/// else the main window's (or none known: the system places it).
fn target_monitor<R: Runtime>(app: &AppHandle<R>) -> Option<Monitor> {
    let main_window = app.get_webview_window(MAIN)?;
    let main = main_window.current_monitor().ok().flatten();
    let monitors = main_window.available_monitors().unwrap_or_default();
    let other = monitors
        .iter()
        .find(|m| {
            main.as_ref()
                .is_none_or(|main| m.position() != main.position())
        })
        .cloned();
    match (monitors.len(), other) {
        (2.., Some(other)) => Some(other),
        _ => main,
    }
}

/// Opens the 大屏 on `view`, or shows `view` in the open one.
pub fn open<R: Runtime>(app: &AppHandle<R>, view: &ScreenView) -> Result<(), AppError> {
    let route = route(view);
    if let Some(window) = app.get_webview_window(LABEL) {
        let mut url = window.url().map_err(window_error)?;
        url.set_fragment(Some(&route));
        window.navigate(url).map_err(window_error)?;
        return Ok(());
    }
    let mut builder = WebviewWindowBuilder::new(
        app,
        LABEL,
        WebviewUrl::App(format!("index.html#{route}").into()),
    )
    .title(TITLE)
    .decorations(false)
    .focused(false);
    if let Some(monitor) = target_monitor(app) {
        let place = monitor.position().to_logical::<f64>(monitor.scale_factor());
        let size = monitor.size().to_logical::<f64>(monitor.scale_factor());
        builder = builder
            .position(place.x, place.y)
            .inner_size(size.width, size.height);
    }
    builder.fullscreen(true).build().map_err(window_error)?;
    Ok(())
}

/// Closes the 大屏 if it is open.
pub fn close<R: Runtime>(app: &AppHandle<R>) -> Result<(), AppError> {
    if let Some(window) = app.get_webview_window(LABEL) {
        window.destroy().map_err(window_error)?;
    }
    Ok(())
}
