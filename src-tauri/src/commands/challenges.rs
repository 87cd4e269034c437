//! 全民健身挑战: the challenge of a 全民健身 / 爬山 activity. Looking is open to everyone; setting it
//! up and importing a sheet need organizer mode; a person enters their own counts in 职工自助
//! with their PIN.

use tauri::State;
use wenming_core::auth;
use wenming_core::challenges::{
    self as ch, ChallengeBoard, ChallengeEntryInput, ChallengeImportPreview, ChallengeImportReport,
    ChallengeInput, MyChallenge,
};
use wenming_core::exports::{self, ExportedFile};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::commands::Form;
use crate::state::AppState;

/// The challenge with the standings of people and 科室.
#[tauri::command]
pub async fn challenge_board(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<ChallengeBoard, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(ch::challenge_board(c, activity_id, now(), viewer)?))
        .await
}

#[tauri::command]
pub async fn set_challenge(
    state: State<'_, AppState>,
    activity_id: i64,
    input: Form<ChallengeInput>,
) -> Result<ChallengeBoard, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(ch::set_challenge(c, activity_id, &input, now())?))
        .await
}

/// 下载模板: the .xlsx to fill in, written to 下载.
#[tauri::command]
pub async fn export_challenge_template(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| ch::export_challenge_template(c, activity_id, &exports::export_dir(), now()))
        .await
}

#[tauri::command]
pub async fn preview_challenge_import(
    state: State<'_, AppState>,
    activity_id: i64,
    bytes: Vec<u8>,
    file_name: String,
) -> Result<ChallengeImportPreview, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(ch::preview_challenge_import(
                c,
                activity_id,
                &bytes,
                &file_name,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn apply_challenge_import(
    state: State<'_, AppState>,
    activity_id: i64,
    bytes: Vec<u8>,
    file_name: String,
) -> Result<ChallengeImportReport, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(ch::apply_challenge_import(
                c,
                activity_id,
                &bytes,
                &file_name,
                now(),
            )?)
        })
        .await
}

/// 职工自助: the person's own days, place and whether they may enter.
#[tauri::command]
pub async fn my_challenge(
    state: State<'_, AppState>,
    activity_id: i64,
    staff_id: i64,
    pin: Option<String>,
) -> Result<MyChallenge, AppError> {
    state
        .db(move |c| {
            auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(ch::my_challenge(c, activity_id, staff_id, now())?)
        })
        .await
}

/// 职工自助: a person enters their own count for a day.
#[tauri::command]
pub async fn self_enter_challenge_count(
    state: State<'_, AppState>,
    activity_id: i64,
    staff_id: i64,
    pin: Option<String>,
    input: Form<ChallengeEntryInput>,
) -> Result<MyChallenge, AppError> {
    state
        .db(move |c| {
            let me = auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(ch::enter_count(
                c,
                activity_id,
                staff_id,
                &input,
                me,
                now(),
            )?)
        })
        .await
}
