//! 活动与报名. Browsing is open to everyone; staff act for themselves after choosing themselves
//! (and a PIN when turned on); everything else needs organizer mode.

use tauri::ipc::{Request, Response};
use tauri::State;
use wenming_core::activities::{self as act, *};
use wenming_core::auth;
use wenming_core::exports::{self, ExportedFile};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::commands::Form;
use crate::state::AppState;

#[tauri::command]
pub async fn list_activities(
    state: State<'_, AppState>,
    query: Form<ActivityQuery>,
) -> Result<ActivityPage, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(act::list_activities(c, &query, now(), viewer)?))
        .await
}

#[tauri::command]
pub async fn get_activity(state: State<'_, AppState>, id: i64) -> Result<Activity, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(act::activity_for(c, id, now(), viewer)?))
        .await
}

#[tauri::command]
pub async fn activity_signups(
    state: State<'_, AppState>,
    id: i64,
) -> Result<Vec<Signup>, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(act::signup_list_for(c, id, now(), viewer)?))
        .await
}

#[tauri::command]
pub async fn create_activity(
    state: State<'_, AppState>,
    input: Form<ActivityInput>,
    publish: bool,
) -> Result<Activity, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::create_activity(c, &input, publish, now())?))
        .await
}

#[tauri::command]
pub async fn update_activity(
    state: State<'_, AppState>,
    id: i64,
    input: Form<ActivityInput>,
) -> Result<Activity, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::update_activity(c, id, &input, now())?))
        .await
}

#[tauri::command]
pub async fn publish_activity(state: State<'_, AppState>, id: i64) -> Result<Activity, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::publish_activity(c, id, now())?))
        .await
}

#[tauri::command]
pub async fn close_signup(state: State<'_, AppState>, id: i64) -> Result<Activity, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::close_signup(c, id, now())?))
        .await
}

#[tauri::command]
pub async fn cancel_activity(
    state: State<'_, AppState>,
    id: i64,
    reason: String,
) -> Result<Activity, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::cancel_activity(c, id, &reason, now())?))
        .await
}

#[tauri::command]
pub async fn finish_activity(state: State<'_, AppState>, id: i64) -> Result<Activity, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::finish_activity(c, id, now())?))
        .await
}

/// 代报名: the organizer signs a person up.
#[tauri::command]
pub async fn sign_up_for(
    state: State<'_, AppState>,
    activity_id: i64,
    staff_id: i64,
) -> Result<Signup, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(act::sign_up(
                c,
                activity_id,
                staff_id,
                Actor::Organizer,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn sign_up_team(
    state: State<'_, AppState>,
    activity_id: i64,
    department_id: i64,
    member_ids: Vec<i64>,
) -> Result<Signup, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(act::sign_up_team(
                c,
                activity_id,
                department_id,
                &member_ids,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn cancel_signup_for(
    state: State<'_, AppState>,
    signup_id: i64,
) -> Result<Activity, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::cancel_signup(c, signup_id, Actor::Organizer, now())?))
        .await
}

/// Self-service: a person signs themselves up.
#[tauri::command]
pub async fn self_sign_up(
    state: State<'_, AppState>,
    activity_id: i64,
    staff_id: i64,
    pin: Option<String>,
) -> Result<Signup, AppError> {
    state
        .db(move |c| {
            let me = auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(act::sign_up(c, activity_id, staff_id, me, now())?)
        })
        .await
}

/// Self-service: cancel one's place, or leave the waitlist.
#[tauri::command]
pub async fn self_cancel_signup(
    state: State<'_, AppState>,
    signup_id: i64,
    staff_id: i64,
    pin: Option<String>,
) -> Result<Activity, AppError> {
    state
        .db(move |c| {
            let me = auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(act::cancel_signup(c, signup_id, me, now())?)
        })
        .await
}

#[tauri::command]
pub async fn my_activities(
    state: State<'_, AppState>,
    staff_id: i64,
    pin: Option<String>,
) -> Result<Vec<MyActivity>, AppError> {
    state
        .db(move |c| {
            auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(act::my_activities(c, staff_id, now())?)
        })
        .await
}

#[tauri::command]
pub async fn self_set_reflection(
    state: State<'_, AppState>,
    member_id: i64,
    staff_id: i64,
    pin: Option<String>,
    reflection: String,
) -> Result<Member, AppError> {
    state
        .db(move |c| {
            let me = auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(act::set_reflection(c, member_id, &reflection, me, now())?)
        })
        .await
}

#[tauri::command]
pub async fn check_in(state: State<'_, AppState>, member_id: i64) -> Result<Member, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::check_in(c, member_id, now())?))
        .await
}

/// 批量签到: the ticked people of one activity, all or nobody.
#[tauri::command]
pub async fn check_in_many(
    state: State<'_, AppState>,
    activity_id: i64,
    member_ids: Vec<i64>,
) -> Result<Vec<Member>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::check_in_many(c, activity_id, &member_ids, now())?))
        .await
}

/// 工号签到 at the door.
#[tauri::command]
pub async fn check_in_by_employee_no(
    state: State<'_, AppState>,
    activity_id: i64,
    employee_no: String,
) -> Result<DoorCheckIn, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(act::check_in_by_employee_no(
                c,
                activity_id,
                &employee_no,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn undo_check_in(state: State<'_, AppState>, member_id: i64) -> Result<Member, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::undo_check_in(c, member_id, now())?))
        .await
}

#[tauri::command]
pub async fn correct_attendance(
    state: State<'_, AppState>,
    member_id: i64,
    attendance: Attendance,
    reason: String,
) -> Result<Member, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(act::correct_attendance(
                c,
                member_id,
                attendance,
                &reason,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn set_reflection(
    state: State<'_, AppState>,
    member_id: i64,
    reflection: String,
) -> Result<Member, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(act::set_reflection(
                c,
                member_id,
                &reflection,
                Actor::Organizer,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn set_hours(
    state: State<'_, AppState>,
    member_id: i64,
    hours: Option<f64>,
) -> Result<Member, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::set_hours(c, member_id, hours, now())?))
        .await
}

#[tauri::command]
pub async fn activity_files(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<Vec<ActivityFile>, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(act::files_for(c, activity_id, now(), viewer)?))
        .await
}

/// Attaches a file sent as the raw request body; headers `activity-id` and `file-name`
/// (URI-encoded).
#[tauri::command]
pub async fn add_activity_file(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<ActivityFile, AppError> {
    state.require_organizer()?;
    let (activity_id, file_name, bytes) = super::upload::parse(&request, "activity-id")?;
    let dir = act::files_dir(&state.db_path);
    state
        .db(move |c| {
            Ok(act::add_file(
                c,
                &dir,
                activity_id,
                &file_name,
                &bytes,
                now(),
            )?)
        })
        .await
}

/// The bytes of an attached file, as a binary response (the gallery shows them as blob URLs).
#[tauri::command]
pub async fn activity_file_bytes(
    state: State<'_, AppState>,
    file_id: i64,
) -> Result<Response, AppError> {
    let viewer = state.viewer();
    let dir = act::files_dir(&state.db_path);
    let (_, bytes) = state
        .db(move |c| Ok(act::file_bytes_for(c, &dir, file_id, now(), viewer)?))
        .await?;
    Ok(Response::new(bytes))
}

#[tauri::command]
pub async fn remove_activity_file(
    state: State<'_, AppState>,
    file_id: i64,
) -> Result<(), AppError> {
    state.require_organizer()?;
    let dir = act::files_dir(&state.db_path);
    state
        .db(move |c| Ok(act::remove_file(c, &dir, file_id)?))
        .await
}

/// 报名表 / 签到表 for the print view.
#[tauri::command]
pub async fn activity_sheet(
    state: State<'_, AppState>,
    activity_id: i64,
    kind: SheetKind,
) -> Result<Sheet, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(act::sheet(c, activity_id, kind, now())?))
        .await
}

#[tauri::command]
pub async fn export_activity_sheet(
    state: State<'_, AppState>,
    activity_id: i64,
    kind: SheetKind,
) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| act::export_sheet(c, activity_id, kind, &exports::export_dir(), now()))
        .await
}
