//! The results of every kind of contest (judged contests and tournaments alike): the 成绩表 /
//! 获奖名单 to show and print, their .xlsx, the 奖状, and a person's places on their record. Staff
//! read only final results (core refuses the rest as a missing id); exports and 奖状 are the
//! organizer's.

use tauri::State;
use wenming_core::contests::{self, Certificate, ContestPlace, ResultSheet, ResultSheetKind};
use wenming_core::exports::{self, ExportedFile};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::state::AppState;

#[tauri::command]
pub async fn result_sheet(
    state: State<'_, AppState>,
    activity_id: i64,
    kind: ResultSheetKind,
) -> Result<ResultSheet, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| contests::result_sheet_for(c, activity_id, kind, now(), viewer))
        .await
}

#[tauri::command]
pub async fn export_result_sheet(
    state: State<'_, AppState>,
    activity_id: i64,
    kind: ResultSheetKind,
) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            contests::export_result_sheet(c, activity_id, kind, &exports::export_dir(), now())
        })
        .await
}

#[tauri::command]
pub async fn certificates(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<Vec<Certificate>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| contests::certificates(c, activity_id, now()))
        .await
}

/// 比赛名次 on a person's record: published awards and finished tournaments' places.
#[tauri::command]
pub async fn staff_contest_places(
    state: State<'_, AppState>,
    staff_id: i64,
) -> Result<Vec<ContestPlace>, AppError> {
    state
        .db(move |c| contests::staff_places(c, staff_id, now()))
        .await
}
