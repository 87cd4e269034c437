//! 组织者模式: first password, login, logout, password change; leaving a 投票终端.

use tauri::State;
use wenming_core::auth::{self, SessionInfo};
use wenming_core::settings;
use wenming_core::AppError;

use crate::state::AppState;

/// First start: sets the organizer password and the unit's name, then opens organizer mode.
#[tauri::command]
pub async fn setup_first_password(
    state: State<'_, AppState>,
    password: String,
    unit_name: String,
) -> Result<SessionInfo, AppError> {
    state
        .db_and_session(move |conn, session| {
            settings::set_first_password(conn, &password, &unit_name)?;
            session.become_organizer_after_first_setup();
            Ok(session.info())
        })
        .await
}

#[tauri::command]
pub async fn login(state: State<'_, AppState>, password: String) -> Result<SessionInfo, AppError> {
    state
        .db_and_session(move |conn, session| Ok(session.login(conn, &password)?))
        .await
}

#[tauri::command]
pub async fn logout(state: State<'_, AppState>) -> Result<SessionInfo, AppError> {
    state
        .db_and_session(|_, session| Ok(session.logout()))
        .await
}

#[tauri::command]
pub async fn change_password(
    state: State<'_, AppState>,
    old_password: String,
    new_password: String,
) -> Result<(), AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(auth::change_password(conn, &old_password, &new_password)?))
        .await
}

/// 退出投票终端 (honors or exhibition): needs the organizer password, with the login's lockout.
#[tauri::command]
pub async fn leave_kiosk(
    state: State<'_, AppState>,
    password: String,
) -> Result<SessionInfo, AppError> {
    state
        .db_and_session(move |c, session| Ok(session.leave_kiosk(c, &password)?))
        .await
}

/// The window reports that someone is working in it (typing, clicking) while no command runs:
/// organizer mode stays unlocked. Answers the role, so that a window left idle learns that
/// organizer mode has ended.
#[tauri::command]
pub async fn touch_session(state: State<'_, AppState>) -> Result<SessionInfo, AppError> {
    state
        .db_and_session(|_, session| {
            session.touch(std::time::Instant::now());
            Ok(session.info())
        })
        .await
}
