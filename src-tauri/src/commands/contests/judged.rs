//! 评分类比赛与书画展览: judges, criteria, scores, results, publishing and unlocking (the result
//! sheets and the 奖状 of every kind of contest are in [`super::results`]); the works and popular vote of an exhibition. Scores are confidential until
//! published, so every command needs organizer mode — except the voting kiosk's own commands,
//! which take the exhibition from the session (the 投票终端 the organizer opened), never from the page.

use wenming_core::activities;
use wenming_core::auth::{Kiosk, SessionInfo};
use wenming_core::contests::{
    self, AwardPlan, EntryInput, JudgeInput, JudgeSheet, JudgeSheetRead, JudgedContest,
    JudgingRules, ScoreSheet, VoteBallot,
};
use wenming_core::exports::{self, ExportedFile};
use wenming_core::time::now;
use wenming_core::AppError;

use tauri::ipc::Response;
use tauri::State;

use crate::commands::Form;
use crate::state::AppState;

#[tauri::command]
pub async fn judged_contest(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::judged_contest(c, activity_id, now())?))
        .await
}

#[tauri::command]
pub async fn set_judging_rules(
    state: State<'_, AppState>,
    activity_id: i64,
    rules: Form<JudgingRules>,
    awards: Form<Option<AwardPlan>>,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(contests::set_judging_rules(
                c,
                activity_id,
                &rules,
                awards.as_ref(),
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn add_judge(
    state: State<'_, AppState>,
    activity_id: i64,
    input: Form<JudgeInput>,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::add_judge(c, activity_id, &input, now())?))
        .await
}

#[tauri::command]
pub async fn remove_judge(
    state: State<'_, AppState>,
    judge_id: i64,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::remove_judge(c, judge_id, now())?))
        .await
}

#[tauri::command]
pub async fn enter_score(
    state: State<'_, AppState>,
    activity_id: i64,
    sheet: Form<ScoreSheet>,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::enter_score(c, activity_id, &sheet, now())?))
        .await
}

/// One judge's whole sheet at once (the 录入评分 grid, or an imported file's lines).
#[tauri::command]
pub async fn save_judge_sheet(
    state: State<'_, AppState>,
    activity_id: i64,
    sheet: Form<JudgeSheet>,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::save_judge_sheet(c, activity_id, &sheet, now())?))
        .await
}

/// 下载评分表: one judge's .xlsx sheet, into the export folder.
#[tauri::command]
pub async fn export_judge_sheet(
    state: State<'_, AppState>,
    activity_id: i64,
    judge_id: i64,
) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            contests::export_judge_sheet_template(
                c,
                activity_id,
                judge_id,
                &exports::export_dir(),
                now(),
            )
        })
        .await
}

/// 导入评分表: what a filled-in sheet says, and its problems; nothing is written.
#[tauri::command]
pub async fn preview_judge_sheet(
    state: State<'_, AppState>,
    activity_id: i64,
    bytes: Vec<u8>,
) -> Result<JudgeSheetRead, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(contests::preview_judge_sheet(
                c,
                activity_id,
                &bytes,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn publish_results(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::publish_results(c, activity_id, now())?))
        .await
}

#[tauri::command]
pub async fn unlock_results(
    state: State<'_, AppState>,
    activity_id: i64,
    reason: String,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::unlock_results(c, activity_id, &reason, now())?))
        .await
}

// ── 书画展览: works and the popular vote ─────────────────────────────────────────────────────

#[tauri::command]
pub async fn add_exhibition_entry(
    state: State<'_, AppState>,
    activity_id: i64,
    input: Form<EntryInput>,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::add_entry(c, activity_id, &input, now())?))
        .await
}

#[tauri::command]
pub async fn remove_exhibition_entry(
    state: State<'_, AppState>,
    entry_id: i64,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::remove_entry(c, entry_id, now())?))
        .await
}

#[tauri::command]
pub async fn set_vote_weight(
    state: State<'_, AppState>,
    activity_id: i64,
    weight: u32,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::set_vote_weight(c, activity_id, weight, now())?))
        .await
}

#[tauri::command]
pub async fn issue_vote_codes(
    state: State<'_, AppState>,
    activity_id: i64,
    count: u32,
) -> Result<Vec<String>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::issue_vote_codes(c, activity_id, count, now())?))
        .await
}

#[tauri::command]
pub async fn unused_vote_codes(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<Vec<String>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::unused_vote_codes(c, activity_id)?))
        .await
}

/// 补印投票码 after voting began: with a reason, logged and counted on the 成绩表.
#[tauri::command]
pub async fn reprint_vote_codes(
    state: State<'_, AppState>,
    activity_id: i64,
    reason: String,
) -> Result<Vec<String>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(contests::reprint_vote_codes(
                c,
                activity_id,
                &reason,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn close_vote(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<JudgedContest, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(contests::close_vote(c, activity_id, now())?))
        .await
}

/// 进入投票终端 for an exhibition: the window is locked to its popular vote until the organizer
/// password is given.
#[tauri::command]
pub async fn enter_vote_kiosk(
    state: State<'_, AppState>,
    activity_id: i64,
) -> Result<SessionInfo, AppError> {
    state.require_organizer()?;
    state
        .db_and_session(move |c, session| {
            contests::vote_ballot(c, activity_id, now())?;
            Ok(session.enter_kiosk(Kiosk::Exhibition { activity_id })?)
        })
        .await
}

/// The works the kiosk shows (never scores or counts), for the exhibition it is locked to.
#[tauri::command]
pub async fn vote_ballot(state: State<'_, AppState>) -> Result<VoteBallot, AppError> {
    let activity_id = state.kiosk_exhibition()?;
    state
        .db(move |c| Ok(contests::vote_ballot(c, activity_id, now())?))
        .await
}

/// The photo of one work on the kiosk's ballot; works of other activities are not reachable.
#[tauri::command]
pub async fn vote_photo(state: State<'_, AppState>, entry_id: i64) -> Result<Response, AppError> {
    let activity_id = state.kiosk_exhibition()?;
    let dir = activities::files_dir(&state.db_path);
    let (_, bytes) = state
        .db(move |c| {
            let ballot = contests::vote_ballot(c, activity_id, now())?;
            let file_id = ballot
                .entries
                .iter()
                .find(|e| e.id == entry_id)
                .and_then(|e| e.photo_file_id)
                .ok_or_else(|| AppError::new("contests.no_photo", "这件作品没有照片"))?;
            Ok(activities::file_bytes(c, &dir, file_id)?)
        })
        .await?;
    Ok(Response::new(bytes))
}

/// One vote with a one-time code, at the exhibition's kiosk only.
#[tauri::command]
pub async fn cast_exhibition_vote(
    state: State<'_, AppState>,
    code: String,
    entry_id: i64,
) -> Result<(), AppError> {
    let activity_id = state.kiosk_exhibition()?;
    state
        .db(move |c| Ok(contests::cast_vote(c, activity_id, &code, entry_id)?))
        .await
}
