//! 大屏: the organizer opens and closes the screen window; the screen window reads only its own
//! view, counts only, as staff would see it. The reads never count as organizer activity (a screen
//! polling every few seconds keeps nobody logged in) and, from the screen window, keep answering
//! while the main window is a 投票终端 (see `commands::window_allows`).

use tauri::{AppHandle, Runtime, State};
use wenming_core::screens::{
    self, HonorsScreen, PhoneQrScreen, PledgeWallScreen, ScreenView, TournamentScreen,
    TurnoutScreen,
};
use wenming_core::time::now;
use wenming_core::AppError;

use super::Form;
use crate::state::AppState;

/// 打开大屏 on `view` (or show `view` in the open one): refused unless the record can be shown.
#[tauri::command]
pub async fn open_screen<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    view: Form<ScreenView>,
) -> Result<(), AppError> {
    state.require_organizer()?;
    let view = view.into_inner();
    let checked = view.clone();
    state
        .db(move |c| Ok(screens::check_view(c, &checked, now())?))
        .await?;
    crate::screen::open(&app, &view)?;
    state.set_screen(Some(view));
    Ok(())
}

/// 关闭大屏, from the main window or by Esc on the screen itself: it writes and reads nothing.
#[tauri::command]
pub async fn close_screen<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<(), AppError> {
    crate::screen::close(&app)?;
    state.set_screen(None);
    Ok(())
}

#[tauri::command]
pub async fn screen_turnout(
    state: State<'_, AppState>,
    round_id: i64,
) -> Result<TurnoutScreen, AppError> {
    state.require_screen(&ScreenView::Turnout { round_id })?;
    state.db(move |c| Ok(screens::turnout(c, round_id)?)).await
}

#[tauri::command]
pub async fn screen_tournament(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<TournamentScreen, AppError> {
    state.require_screen(&ScreenView::Tournament { activity_id })?;
    state
        .db(move |c| Ok(screens::tournament(c, activity_id, now())?))
        .await
}

#[tauri::command]
pub async fn screen_honors(
    state: State<'_, AppState>,
    year: i32,
) -> Result<HonorsScreen, AppError> {
    state.require_screen(&ScreenView::Honors { year })?;
    state.db(move |c| Ok(screens::honors(c, year)?)).await
}

#[tauri::command]
pub async fn screen_pledge_wall(
    state: State<'_, AppState>,
    department_id: Option<i64>,
) -> Result<PledgeWallScreen, AppError> {
    state.require_screen(&ScreenView::PledgeWall { department_id })?;
    state
        .db(move |c| Ok(screens::pledge_wall(c, department_id, now())?))
        .await
}

/// 手机参与's address and QR code on the 大屏, while the organizer shows it there.
#[tauri::command]
pub async fn screen_phone_qr(state: State<'_, AppState>) -> Result<PhoneQrScreen, AppError> {
    state.require_screen(&ScreenView::PhoneQr)?;
    let status = state.lan.status();
    state.db(move |c| Ok(screens::phone_qr(c, &status)?)).await
}
