//! 单位设置 and what every screen needs at start.

use tauri::State;
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
