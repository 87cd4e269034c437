//! 单位设置 and what every screen needs at start.

use tauri::{AppHandle, Runtime, State};
use wenming_core::settings::{self, AppInfo, UnitInfo};
use wenming_core::AppError;

use crate::state::AppState;

/// The unit, the current role and where the data lives. Answers with the store's error when the
/// database could not be opened, so that the window can say why.
#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, AppError> {
    let role = state.role();
    let kiosk = state.kiosk();
    let db_path = state.db_path.display().to_string();
    let unit = state.db(|conn| Ok(settings::unit_info(conn)?)).await?;
    Ok(AppInfo {
        unit,
        role,
        db_path,
        kiosk,
    })
}

/// The page has set up its first screen: the main window, created hidden, is shown
/// ([`crate::desktop::show_main`]). Any role; a second call changes nothing.
#[tauri::command]
pub async fn window_ready<R: Runtime>(app: AppHandle<R>) -> Result<(), AppError> {
    crate::desktop::show_main(&app);
    Ok(())
}

#[tauri::command]
pub async fn set_unit_name(state: State<'_, AppState>, name: String) -> Result<UnitInfo, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(settings::set_unit_name(conn, &name)?))
        .await
}

/// Turns the staff self-service PIN on or off.
#[tauri::command]
pub async fn set_staff_pins_enabled(
    state: State<'_, AppState>,
    enabled: bool,
) -> Result<UnitInfo, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| {
            wenming_core::auth::set_staff_pins_enabled(conn, enabled)?;
            Ok(settings::unit_info(conn)?)
        })
        .await
}

/// 组织者模式自动锁定: after how many idle minutes organizer mode ends; applies at once.
#[tauri::command]
pub async fn set_organizer_idle_minutes(
    state: State<'_, AppState>,
    minutes: u32,
) -> Result<UnitInfo, AppError> {
    state.require_organizer()?;
    state
        .db_and_session(move |conn, session| {
            wenming_core::auth::set_organizer_idle_minutes(conn, minutes)?;
            session.set_idle_limit(wenming_core::auth::organizer_idle(conn)?);
            Ok(settings::unit_info(conn)?)
        })
        .await
}
