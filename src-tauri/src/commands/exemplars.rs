//! 学树身边典型. The card wall, a profile's detail and photos, the profiles an activity studied and
//! a person's studied role models are open to read (staff mode sees no draft); everything that
//! changes them needs organizer mode.

use tauri::ipc::{Request, Response};
use tauri::State;
use wenming_core::exemplars::{self, *};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::commands::Form;
use crate::state::AppState;

/// 典型墙: published profiles; the organizer sees drafts too.
#[tauri::command]
pub async fn list_exemplars(state: State<'_, AppState>) -> Result<Vec<Exemplar>, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(exemplars::exemplars(c, now(), viewer)?))
        .await
}

#[tauri::command]
pub async fn exemplar_detail(
    state: State<'_, AppState>,
    id: i64,
) -> Result<ExemplarDetail, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(exemplars::exemplar_detail(c, id, now(), viewer)?))
        .await
}

#[tauri::command]
pub async fn create_exemplar(
    state: State<'_, AppState>,
    input: Form<ExemplarInput>,
) -> Result<Exemplar, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(exemplars::create_exemplar(c, &input, now())?))
        .await
}

#[tauri::command]
pub async fn update_exemplar(
    state: State<'_, AppState>,
    id: i64,
    input: Form<ExemplarInput>,
) -> Result<Exemplar, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(exemplars::update_exemplar(c, id, &input, now())?))
        .await
}

/// 发布 or back to 草稿.
#[tauri::command]
pub async fn set_exemplar_published(
    state: State<'_, AppState>,
    id: i64,
    published: bool,
) -> Result<Exemplar, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(exemplars::set_published(c, id, published, now())?))
        .await
}

#[tauri::command]
pub async fn exemplar_files(
    state: State<'_, AppState>,
    exemplar_id: i64,
) -> Result<Vec<ExemplarFile>, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(exemplars::exemplar_files(c, exemplar_id, viewer)?))
        .await
}

/// A photo as the raw body; the profile and the file name travel in headers.
#[tauri::command]
pub async fn add_exemplar_file(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<ExemplarFile, AppError> {
    state.require_organizer()?;
    let (exemplar_id, file_name, bytes) = super::upload::parse(&request, "exemplar-id")?;
    let dir = wenming_core::files::files_dir(&state.db_path);
    state
        .db(move |c| {
            Ok(exemplars::add_exemplar_file(
                c,
                &dir,
                exemplar_id,
                &file_name,
                &bytes,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn exemplar_file_bytes(
    state: State<'_, AppState>,
    file_id: i64,
) -> Result<Response, AppError> {
    let dir = wenming_core::files::files_dir(&state.db_path);
    let viewer = state.viewer();
    let (_, bytes) = state
        .db(move |c| Ok(exemplars::exemplar_file_bytes(c, &dir, file_id, viewer)?))
        .await?;
    Ok(Response::new(bytes))
}

#[tauri::command]
pub async fn remove_exemplar_file(
    state: State<'_, AppState>,
    file_id: i64,
) -> Result<(), AppError> {
    state.require_organizer()?;
    let dir = wenming_core::files::files_dir(&state.db_path);
    state
        .db(move |c| Ok(exemplars::remove_exemplar_file(c, &dir, file_id)?))
        .await
}

/// The profiles an activity studied.
#[tauri::command]
pub async fn studied_exemplars(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<Vec<Exemplar>, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(exemplars::studied_exemplars(c, activity_id, now(), viewer)?))
        .await
}

/// 学习的典型 of an activity of kind 学习 or 道德讲堂 (replaces the earlier list).
#[tauri::command]
pub async fn set_studied_exemplars(
    state: State<'_, AppState>,
    activity_id: i64,
    exemplar_ids: Vec<i64>,
) -> Result<Vec<Exemplar>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(exemplars::set_studied_exemplars(
                c,
                activity_id,
                &exemplar_ids,
                now(),
            )?)
        })
        .await
}

/// The role models on one person's record: those studied at activities they attended.
#[tauri::command]
pub async fn staff_studied_exemplars(
    state: State<'_, AppState>,
    staff_id: i64,
) -> Result<Vec<StudiedExemplar>, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(exemplars::studied_by_staff(c, staff_id, now(), viewer)?))
        .await
}
