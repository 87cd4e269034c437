//! 综合量化考核. The leaderboards and the policy are open to everyone (the home page shows the top
//! ten); a person sees their own ledger after choosing themselves (and a PIN when turned on);
//! another person's ledger, the policy change, adjustments and the export need organizer mode.

use tauri::State;
use wenming_core::auth;
use wenming_core::exports::{self, ExportedFile};
use wenming_core::points::{self, *};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::commands::Form;
use crate::state::AppState;

#[tauri::command]
pub async fn points_leaderboard(
    state: State<'_, AppState>,
    period: Form<Period>,
) -> Result<Leaderboard, AppError> {
    state
        .db(move |c| Ok(points::leaderboard(c, *period, now())?))
        .await
}

/// The board as the screen shows it: one page, searched (the whole board is for print and export).
#[tauri::command]
pub async fn points_board_page(
    state: State<'_, AppState>,
    period: Form<Period>,
    query: Form<BoardQuery>,
) -> Result<BoardPage, AppError> {
    state
        .db(move |c| Ok(points::board_page(c, *period, &query, now())?))
        .await
}

#[tauri::command]
pub async fn points_policy(state: State<'_, AppState>, year: i32) -> Result<Policy, AppError> {
    state.db(move |c| Ok(points::policy(c, year)?)).await
}

#[tauri::command]
pub async fn points_ledger(
    state: State<'_, AppState>,
    staff_id: i64,
    period: Form<Period>,
) -> Result<PersonLedger, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(points::person_ledger(c, staff_id, *period, now())?))
        .await
}

#[tauri::command]
pub async fn my_points(
    state: State<'_, AppState>,
    staff_id: i64,
    pin: Option<String>,
    year: i32,
) -> Result<PersonLedger, AppError> {
    state
        .db(move |c| {
            auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(points::person_ledger(
                c,
                staff_id,
                Period::year(year),
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn preview_points_policy(
    state: State<'_, AppState>,
    year: i32,
    rules: Form<PointsRules>,
) -> Result<PolicyPreview, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(points::preview_policy(c, year, &rules, now())?))
        .await
}

#[tauri::command]
pub async fn set_points_policy(
    state: State<'_, AppState>,
    year: i32,
    rules: Form<PointsRules>,
    note: String,
) -> Result<Policy, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(points::set_policy(c, year, &rules, &note, now())?))
        .await
}

#[tauri::command]
pub async fn add_points_adjustment(
    state: State<'_, AppState>,
    input: Form<AdjustmentInput>,
) -> Result<Adjustment, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(points::add_adjustment(c, &input, now())?))
        .await
}

#[tauri::command]
pub async fn points_adjustments(
    state: State<'_, AppState>,
    period: Form<Period>,
) -> Result<Vec<Adjustment>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(points::adjustments(c, *period)?))
        .await
}

#[tauri::command]
pub async fn export_points(
    state: State<'_, AppState>,
    period: Form<Period>,
) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(points::export_leaderboard(
                c,
                *period,
                &exports::export_dir(),
                now(),
            )?)
        })
        .await
}
