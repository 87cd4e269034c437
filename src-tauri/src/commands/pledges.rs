//! 亮诺 · 践诺 · 评诺. The 亮诺墙, timelines and summaries are open to read; a person publishes
//! their own pledge and records progress on it in self-service (their PIN when turned on);
//! 评诺 ratings are named in self-service; the slips of anonymous rounds are printed here and taken
//! at the 评诺 投票终端, whose commands rate only in the round the kiosk is locked to. Everything
//! else needs organizer mode.

use tauri::ipc::{Request, Response};
use tauri::State;
use wenming_core::auth::{self, Kiosk, SessionInfo};
use wenming_core::exports::{self, ExportedFile};
use wenming_core::pledges::{self, *};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::commands::Form;
use crate::state::AppState;

/// The kinds of item to offer: the three built in, then those the organizer added.
#[tauri::command]
pub async fn pledge_kinds(state: State<'_, AppState>) -> Result<Vec<String>, AppError> {
    state.db(move |c| Ok(pledges::kinds(c)?)).await
}

#[tauri::command]
pub async fn add_pledge_kind(
    state: State<'_, AppState>,
    name: String,
) -> Result<Vec<String>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(pledges::add_kind(c, &name, now())?))
        .await
}

/// The organizer publishes the pledge of a person or a 科室.
#[tauri::command]
pub async fn publish_pledge(
    state: State<'_, AppState>,
    input: Form<PledgeInput>,
) -> Result<Pledge, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(pledges::publish_pledge(c, &input, Actor::Organizer, now())?))
        .await
}

/// A person publishes their own pledge.
#[tauri::command]
pub async fn self_publish_pledge(
    state: State<'_, AppState>,
    staff_id: i64,
    pin: Option<String>,
    input: Form<PledgeInput>,
) -> Result<Pledge, AppError> {
    state
        .db(move |c| {
            let me = auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(pledges::publish_pledge(c, &input, me, now())?)
        })
        .await
}

/// The organizer changes a published item, with a reason that is kept.
#[tauri::command]
pub async fn edit_pledge_item(
    state: State<'_, AppState>,
    item_id: i64,
    input: Form<ItemEditInput>,
) -> Result<Pledge, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(pledges::edit_item(c, item_id, &input, now())?))
        .await
}

/// The owner's pledge of the year, if published.
#[tauri::command]
pub async fn owner_pledge(
    state: State<'_, AppState>,
    owner: Form<Owner>,
    year: i32,
) -> Result<Option<Pledge>, AppError> {
    state
        .db(move |c| Ok(pledges::pledge_of(c, *owner, year, now())?))
        .await
}

/// 亮诺墙: the year's pledges by 科室, or one 科室's.
#[tauri::command]
pub async fn pledge_wall(
    state: State<'_, AppState>,
    year: i32,
    department_id: Option<i64>,
) -> Result<Vec<WallSection>, AppError> {
    state
        .db(move |c| Ok(pledges::wall(c, year, department_id, now())?))
        .await
}

#[tauri::command]
pub async fn pledge_timeline(
    state: State<'_, AppState>,
    pledge_id: i64,
) -> Result<PledgeTimeline, AppError> {
    state
        .db(move |c| Ok(pledges::timeline(c, pledge_id, now())?))
        .await
}

/// 践诺: the organizer records progress on any item.
#[tauri::command]
pub async fn add_pledge_progress(
    state: State<'_, AppState>,
    input: Form<ProgressInput>,
) -> Result<ProgressEntry, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(pledges::add_progress(c, &input, Actor::Organizer, now())?))
        .await
}

/// 践诺: a person records progress on their own pledge.
#[tauri::command]
pub async fn self_add_pledge_progress(
    state: State<'_, AppState>,
    staff_id: i64,
    pin: Option<String>,
    input: Form<ProgressInput>,
) -> Result<ProgressEntry, AppError> {
    state
        .db(move |c| {
            let me = auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(pledges::add_progress(c, &input, me, now())?)
        })
        .await
}

/// A photo or document for a progress entry, sent as a raw body (header `progress-id`).
#[tauri::command]
pub async fn add_pledge_progress_file(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<ProgressFile, AppError> {
    state.require_organizer()?;
    let (progress_id, file_name, bytes) = super::upload::parse(&request, "progress-id")?;
    let dir = wenming_core::files::files_dir(&state.db_path);
    state
        .db(move |c| {
            Ok(pledges::add_progress_file(
                c,
                &dir,
                progress_id,
                Actor::Organizer,
                &file_name,
                &bytes,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn pledge_progress_file_bytes(
    state: State<'_, AppState>,
    file_id: i64,
) -> Result<Response, AppError> {
    let dir = wenming_core::files::files_dir(&state.db_path);
    let (_, bytes) = state
        .db(move |c| Ok(pledges::progress_file_bytes(c, &dir, file_id)?))
        .await?;
    Ok(Response::new(bytes))
}

/// The organizer removes a photo or document from a progress entry.
#[tauri::command]
pub async fn remove_pledge_progress_file(
    state: State<'_, AppState>,
    file_id: i64,
) -> Result<(), AppError> {
    state.require_organizer()?;
    let dir = wenming_core::files::files_dir(&state.db_path);
    state
        .db(move |c| Ok(pledges::remove_progress_file(c, &dir, file_id)?))
        .await
}

/// 践诺 summary per 科室.
#[tauri::command]
pub async fn pledge_summary(
    state: State<'_, AppState>,
    year: i32,
) -> Result<Vec<SummaryRow>, AppError> {
    state
        .db(move |c| Ok(pledges::summary(c, year, now())?))
        .await
}

#[tauri::command]
pub async fn export_pledge_summary(
    state: State<'_, AppState>,
    year: i32,
) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| pledges::export_summary(c, year, &exports::export_dir(), now()))
        .await
}

/// 评诺 rounds of a year (every year when `null`).
#[tauri::command]
pub async fn pledge_rounds(
    state: State<'_, AppState>,
    year: Option<i32>,
) -> Result<Vec<PledgeRound>, AppError> {
    state.db(move |c| Ok(pledges::rounds(c, year)?)).await
}

#[tauri::command]
pub async fn create_pledge_round(
    state: State<'_, AppState>,
    input: Form<PledgeRoundInput>,
) -> Result<PledgeRound, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(pledges::create_round(c, &input, now())?))
        .await
}

#[tauri::command]
pub async fn update_pledge_round(
    state: State<'_, AppState>,
    id: i64,
    input: Form<PledgeRoundInput>,
) -> Result<PledgeRound, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(pledges::update_round(c, id, &input, now())?))
        .await
}

#[tauri::command]
pub async fn open_pledge_round(
    state: State<'_, AppState>,
    id: i64,
) -> Result<PledgeRound, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(pledges::open_round(c, id, now())?))
        .await
}

#[tauri::command]
pub async fn close_pledge_round(
    state: State<'_, AppState>,
    id: i64,
) -> Result<PledgeRound, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(pledges::close_round(c, id, now())?))
        .await
}

/// The slips of an anonymous round, until its first rating.
#[tauri::command]
pub async fn pledge_round_codes(
    state: State<'_, AppState>,
    id: i64,
) -> Result<Vec<SheetCodes>, AppError> {
    state.require_organizer()?;
    state.db(move |c| Ok(pledges::round_codes(c, id)?)).await
}

#[tauri::command]
pub async fn reprint_pledge_codes(
    state: State<'_, AppState>,
    sheet_id: i64,
    reason: String,
) -> Result<SheetCodes, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(pledges::reprint_sheet_codes(c, sheet_id, &reason, now())?))
        .await
}

/// The result, once the round is closed.
#[tauri::command]
pub async fn pledge_round_result(
    state: State<'_, AppState>,
    id: i64,
) -> Result<RoundResult, AppError> {
    state.db(move |c| Ok(pledges::round_result(c, id)?)).await
}

#[tauri::command]
pub async fn export_pledge_round_result(
    state: State<'_, AppState>,
    id: i64,
) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| pledges::export_result(c, id, &exports::export_dir(), now()))
        .await
}

/// An owner's 评诺 grades, for their record.
#[tauri::command]
pub async fn owner_pledge_grades(
    state: State<'_, AppState>,
    owner: Form<Owner>,
) -> Result<Vec<PledgeGradeLine>, AppError> {
    state
        .db(move |c| Ok(pledges::owner_grades(c, *owner)?))
        .await
}

/// Whom the person may rate as themself, and what they gave so far.
#[tauri::command]
pub async fn self_rateable_pledges(
    state: State<'_, AppState>,
    staff_id: i64,
    pin: Option<String>,
    round_id: i64,
) -> Result<Vec<RateableOwner>, AppError> {
    state
        .db(move |c| {
            auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(pledges::rateable(c, round_id, staff_id)?)
        })
        .await
}

/// 实名评价 (and every 自评): the person rates as themself.
#[tauri::command]
pub async fn self_rate_pledge(
    state: State<'_, AppState>,
    staff_id: i64,
    pin: Option<String>,
    input: Form<RatingInput>,
) -> Result<RateableOwner, AppError> {
    state
        .db(move |c| {
            auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(pledges::rate(c, staff_id, &input, now())?)
        })
        .await
}

/// 进入投票终端 for an open anonymous round: management is locked until the organizer password
/// is given.
#[tauri::command]
pub async fn enter_pledge_kiosk(
    state: State<'_, AppState>,
    id: i64,
) -> Result<SessionInfo, AppError> {
    state.require_organizer()?;
    state
        .db_and_session(move |c, session| {
            pledges::kiosk_round(c, id)?;
            Ok(session.enter_kiosk(Kiosk::PledgeRound { round_id: id })?)
        })
        .await
}

/// The round the kiosk rates in, while it takes ratings.
#[tauri::command]
pub async fn pledge_kiosk_round(state: State<'_, AppState>) -> Result<PledgeRound, AppError> {
    let id = state.kiosk_pledge_round()?;
    state.db(move |c| Ok(pledges::kiosk_round(c, id)?)).await
}

/// The rater's code, checked: the owners of its sheet. Nothing is written.
#[tauri::command]
pub async fn pledge_kiosk_check_code(
    state: State<'_, AppState>,
    code: String,
) -> Result<KioskSheet, AppError> {
    let id = state.kiosk_pledge_round()?;
    state
        .db(move |c| Ok(pledges::kiosk_sheet(c, id, &code, now())?))
        .await
}

/// 提交评价: one code rates every owner of its sheet once, at the kiosk only.
#[tauri::command]
pub async fn pledge_kiosk_cast(
    state: State<'_, AppState>,
    code: String,
    marks: Form<Vec<SheetMark>>,
) -> Result<(), AppError> {
    let id = state.kiosk_pledge_round()?;
    state
        .db(move |c| Ok(pledges::kiosk_rate(c, id, &code, &marks)?))
        .await
}
