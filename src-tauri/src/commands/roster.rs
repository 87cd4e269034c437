//! 人员与科室. Browsing is open to staff mode; every change needs organizer mode.

use tauri::State;
use wenming_core::exports::{self, ExportedFile};
use wenming_core::roster::{self, *};
use wenming_core::sample::{self, SampleReport, SampleSize};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::commands::Form;
use crate::state::AppState;

#[tauri::command]
pub async fn list_departments(state: State<'_, AppState>) -> Result<Vec<Department>, AppError> {
    state.db(|conn| Ok(roster::list_departments(conn)?)).await
}

#[tauri::command]
pub async fn create_department(
    state: State<'_, AppState>,
    input: Form<DepartmentInput>,
) -> Result<Department, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(roster::create_department(conn, &input, now())?))
        .await
}

#[tauri::command]
pub async fn update_department(
    state: State<'_, AppState>,
    id: i64,
    input: Form<DepartmentInput>,
) -> Result<Department, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(roster::update_department(conn, id, &input)?))
        .await
}

#[tauri::command]
pub async fn delete_department(state: State<'_, AppState>, id: i64) -> Result<(), AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(roster::delete_department(conn, id)?))
        .await
}

#[tauri::command]
pub async fn list_staff(
    state: State<'_, AppState>,
    query: Form<StaffQuery>,
) -> Result<StaffPage, AppError> {
    let viewer = state.viewer();
    state
        .db(move |conn| Ok(roster::list_staff(conn, &query, viewer)?))
        .await
}

#[tauri::command]
pub async fn get_staff(state: State<'_, AppState>, id: i64) -> Result<Staff, AppError> {
    state.require_organizer()?;
    state.db(move |conn| Ok(roster::get_staff(conn, id)?)).await
}

#[tauri::command]
pub async fn create_staff(
    state: State<'_, AppState>,
    input: Form<StaffInput>,
) -> Result<Staff, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(roster::create_staff(conn, &input, now())?))
        .await
}

#[tauri::command]
pub async fn update_staff(
    state: State<'_, AppState>,
    id: i64,
    input: Form<StaffInput>,
) -> Result<Staff, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(roster::update_staff(conn, id, &input, now())?))
        .await
}

#[tauri::command]
pub async fn set_staff_active(
    state: State<'_, AppState>,
    id: i64,
    active: bool,
) -> Result<Staff, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(roster::set_staff_active(conn, id, active, now())?))
        .await
}

#[tauri::command]
pub async fn delete_staff(state: State<'_, AppState>, id: i64) -> Result<(), AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(roster::delete_staff(conn, id)?))
        .await
}

#[tauri::command]
pub async fn preview_roster_import(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
    file_name: String,
    options: Form<ImportOptions>,
) -> Result<ImportPreview, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(roster::preview_import(conn, &bytes, &file_name, &options)?))
        .await
}

#[tauri::command]
pub async fn apply_roster_import(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
    file_name: String,
    options: Form<ImportOptions>,
) -> Result<ImportReport, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| {
            Ok(roster::apply_import(
                conn,
                &bytes,
                &file_name,
                &options,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn export_roster(state: State<'_, AppState>) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    state
        .db(|conn| roster::export_file(conn, &exports::export_dir(), now()))
        .await
}

#[tauri::command]
pub async fn load_sample_data(state: State<'_, AppState>) -> Result<SampleReport, AppError> {
    state.require_organizer()?;
    state
        .db(|conn| Ok(sample::load(conn, SampleSize::Bureau, now())?))
        .await
}

/// Sets (or with `null` clears) a person's self-service PIN.
#[tauri::command]
pub async fn set_staff_pin(
    state: State<'_, AppState>,
    staff_id: i64,
    pin: Option<String>,
) -> Result<(), AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| {
            Ok(wenming_core::auth::set_staff_pin(
                conn,
                staff_id,
                pin.as_deref(),
            )?)
        })
        .await
}

/// 批量生成 PIN: new random PINs for a 科室 or the whole unit. The plain PINs are only in this
/// answer, for printing the sealed slips; the store keeps their hashes.
#[tauri::command]
pub async fn issue_staff_pins(
    state: State<'_, AppState>,
    input: wenming_core::auth::PinBatchInput,
) -> Result<Vec<wenming_core::auth::PinSlip>, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(wenming_core::auth::issue_staff_pins(conn, &input)?))
        .await
}
