//! 首页: open to everyone; the organizer's pending work only in organizer mode.

use tauri::State;
use wenming_core::dashboard::{self, Dashboard};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::state::AppState;

#[tauri::command]
pub async fn dashboard(state: State<'_, AppState>) -> Result<Dashboard, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(dashboard::dashboard(c, now(), viewer)?))
        .await
}
