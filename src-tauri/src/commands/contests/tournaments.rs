//! 乒乓球、象棋 tournaments: draws, match results and standings. Looking is open to everyone;
//! every change needs organizer mode.

use tauri::State;
use wenming_core::contests::{self as c, DrawInput, MatchResult, Tournament};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::commands::Form;
use crate::state::AppState;

/// The activity's tournament, or `null` before the draw.
#[tauri::command]
pub async fn get_tournament(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<Option<Tournament>, AppError> {
    let viewer = state.viewer();
    state
        .db(move |conn| Ok(c::tournament_for(conn, activity_id, now(), viewer)?))
        .await
}

#[tauri::command]
pub async fn make_tournament_draw(
    state: State<'_, AppState>,
    activity_id: i64,
    input: Form<DrawInput>,
) -> Result<Tournament, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::make_draw(conn, activity_id, &input, now())?))
        .await
}

#[tauri::command]
pub async fn cancel_tournament_draw(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<(), AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::cancel_draw(conn, activity_id)?))
        .await
}

#[tauri::command]
pub async fn record_match_result(
    state: State<'_, AppState>,
    match_id: i64,
    result: Form<MatchResult>,
) -> Result<Tournament, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::record_result(conn, match_id, &result, now())?))
        .await
}

/// 瑞士制: pairs the next round once the current one is complete.
#[tauri::command]
pub async fn pair_next_round(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<Tournament, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::pair_next_round(conn, activity_id)?))
        .await
}

/// 乒乓球 groups then knockout: draws the knockout from the group places.
#[tauri::command]
pub async fn start_knockout(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<Tournament, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::start_knockout(conn, activity_id)?))
        .await
}

#[tauri::command]
pub async fn finish_tournament(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<Tournament, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::finish_tournament(conn, activity_id, now())?))
        .await
}

#[tauri::command]
pub async fn set_tournament_lots(
    state: State<'_, AppState>,
    activity_id: i64,
    lots: Vec<i64>,
) -> Result<Tournament, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::set_tournament_lots(conn, activity_id, &lots)?))
        .await
}
