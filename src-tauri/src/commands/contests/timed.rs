//! 爬山、全民健身 timed contests: 号码布, groups, 发令, the finish line, corrections, 未完赛 / 弃权,
//! results. Looking is open to everyone; every change needs organizer mode. The time of an arrival
//! is always the machine's clock, read here; the page sends only the code. Their 成绩表 / 获奖名单
//! / 科室团体成绩 and 奖状 are the shared ones of every contest ([`super::results`]).

use tauri::State;
use wenming_core::contests::{
    self as c, Arrival, FinishCorrection, OutInput, TimedContest, TimedSettings,
};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::commands::Form;
use crate::state::AppState;

#[tauri::command]
pub async fn timed_contest(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<TimedContest, AppError> {
    let viewer = state.viewer();
    state
        .db(move |conn| Ok(c::timed_contest_for(conn, activity_id, now(), viewer)?))
        .await
}

#[tauri::command]
pub async fn set_timed_settings(
    state: State<'_, AppState>,
    activity_id: i64,
    settings: Form<TimedSettings>,
) -> Result<TimedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::set_timed_settings(conn, activity_id, &settings, now())?))
        .await
}

#[tauri::command]
pub async fn issue_bibs(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<TimedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::issue_bibs(conn, activity_id, now())?))
        .await
}

#[tauri::command]
pub async fn set_runner_group(
    state: State<'_, AppState>,
    activity_id: i64,
    staff_id: i64,
    group: Option<String>,
) -> Result<TimedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| {
            Ok(c::set_runner_group(
                conn,
                activity_id,
                staff_id,
                group.as_deref(),
                now(),
            )?)
        })
        .await
}

/// 发令: the whole field (`group: null`) or one group starts at the machine's clock.
#[tauri::command]
pub async fn start_timed(
    state: State<'_, AppState>,
    activity_id: i64,
    group: Option<String>,
) -> Result<TimedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::start_timed(conn, activity_id, group.as_deref(), now())?))
        .await
}

/// 终点录入: a 号码布 or 工号 arrives at the machine's clock.
#[tauri::command]
pub async fn record_finish(
    state: State<'_, AppState>,
    activity_id: i64,
    code: String,
) -> Result<Arrival, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::record_finish(conn, activity_id, &code, now())?))
        .await
}

#[tauri::command]
pub async fn correct_finish(
    state: State<'_, AppState>,
    activity_id: i64,
    input: Form<FinishCorrection>,
) -> Result<TimedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::correct_finish(conn, activity_id, &input, now())?))
        .await
}

#[tauri::command]
pub async fn set_runner_out(
    state: State<'_, AppState>,
    activity_id: i64,
    input: Form<OutInput>,
) -> Result<TimedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::set_runner_out(conn, activity_id, &input, now())?))
        .await
}

#[tauri::command]
pub async fn publish_timed(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<TimedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::publish_timed(conn, activity_id, now())?))
        .await
}

#[tauri::command]
pub async fn unlock_timed(
    state: State<'_, AppState>,
    activity_id: i64,
    reason: String,
) -> Result<TimedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |conn| Ok(c::unlock_timed(conn, activity_id, &reason, now())?))
        .await
}
