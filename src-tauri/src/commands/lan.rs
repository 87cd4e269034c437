//! 手机参与: the organizer opens and closes the LAN window and watches it. Organizer only; the
//! phones' own requests never come through here (see `crate::lan`).

use tauri::{AppHandle, Runtime, State};
use wenming_core::lan::{self, LanStartInput, LanStatus};
use wenming_core::safety::audit::{self, AuditMode};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::commands::Form;
use crate::lan::assets;
use crate::state::AppState;

#[tauri::command]
pub async fn lan_status(state: State<'_, AppState>) -> Result<LanStatus, AppError> {
    state.require_organizer()?;
    Ok(state.lan.status())
}

/// Opens (or, while on, changes) the window: refused while personal PINs are off, for a time
/// outside 15..=480 minutes, without a purpose. Noted in the 操作日志 (what and how long).
#[tauri::command]
pub async fn lan_start<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Form<LanStartInput>,
) -> Result<LanStatus, AppError> {
    state.require_organizer()?;
    let minutes = input.minutes;
    let purposes = state
        .db(move |c| {
            let purposes = lan::check_start(c, &input)?;
            let labels: Vec<&str> = purposes.iter().map(|p| p.label()).collect();
            let which = format!("{minutes} 分钟：{}", labels.join("、"));
            audit::record_now(c, now(), AuditMode::Organizer, "手机参与 · 开启", &which)?;
            Ok(purposes)
        })
        .await?;
    let db = state.phone_db().await?;
    state
        .lan
        .start(db, assets::embedded(app), purposes, minutes)
}

#[tauri::command]
pub async fn lan_stop(state: State<'_, AppState>) -> Result<LanStatus, AppError> {
    state.require_organizer()?;
    if state.lan.status().on {
        state
            .db(|c| {
                Ok(audit::record_now(
                    c,
                    now(),
                    AuditMode::Organizer,
                    "手机参与 · 关闭",
                    "",
                )?)
            })
            .await?;
    }
    Ok(state.lan.stop().await)
}
