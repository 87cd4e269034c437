//! 评先选优. Categories, nominations, candidate lists, results and the 公示 are open to read;
//! everything that changes them needs organizer mode. Voting happens only at the 投票终端: the
//! organizer locks the window to one open round, voters use their one-time codes, and only the
//! organizer password leaves it again.

use chrono::NaiveDate;
use tauri::ipc::{Request, Response};
use tauri::State;
use wenming_core::auth::{self, Kiosk, SessionInfo};
use wenming_core::exports::{self, ExportedFile};
use wenming_core::honors::{self, *};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::commands::Form;
use crate::state::AppState;

#[tauri::command]
pub async fn honor_categories(
    state: State<'_, AppState>,
    year: i32,
) -> Result<Vec<Category>, AppError> {
    state
        .db(move |c| Ok(honors::list_categories(c, year)?))
        .await
}

/// 使用默认评选项目: the seven categories of the speech for `year` (existing ones are kept).
#[tauri::command]
pub async fn seed_honor_categories(
    state: State<'_, AppState>,
    year: i32,
) -> Result<Vec<Category>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::seed_default_categories(c, year, now())?))
        .await
}

#[tauri::command]
pub async fn create_honor_category(
    state: State<'_, AppState>,
    input: Form<CategoryInput>,
) -> Result<Category, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::create_category(c, &input, now())?))
        .await
}

#[tauri::command]
pub async fn update_honor_category(
    state: State<'_, AppState>,
    id: i64,
    input: Form<CategoryInput>,
) -> Result<Category, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::update_category(c, id, &input)?))
        .await
}

#[tauri::command]
pub async fn honor_nominations(
    state: State<'_, AppState>,
    category_id: i64,
) -> Result<Vec<Nomination>, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(honors::nominations_for(c, category_id, viewer)?))
        .await
}

#[tauri::command]
pub async fn honor_candidates(
    state: State<'_, AppState>,
    category_id: i64,
) -> Result<CandidateList, AppError> {
    state
        .db(move |c| Ok(honors::candidate_list(c, category_id)?))
        .await
}

/// 推荐 by a 科室 or the leadership, entered by the organizer.
#[tauri::command]
pub async fn nominate(
    state: State<'_, AppState>,
    input: Form<NominationInput>,
) -> Result<Nomination, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::nominate(c, &input, now())?))
        .await
}

/// 个人自荐 through self-service: the person chose themselves (and gave their PIN when on).
#[tauri::command]
pub async fn self_nominate(
    state: State<'_, AppState>,
    category_id: i64,
    staff_id: i64,
    pin: Option<String>,
    deeds: String,
) -> Result<Nomination, AppError> {
    state
        .db(move |c| {
            auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            let input = NominationInput {
                category_id,
                nominee_staff_id: Some(staff_id),
                nominee_department_id: None,
                source: NominationSource::SelfNominated,
                source_department_id: None,
                actor_staff_id: Some(staff_id),
                deeds,
            };
            Ok(honors::nominate(c, &input, now())?)
        })
        .await
}

#[tauri::command]
pub async fn nomination_files(
    state: State<'_, AppState>,
    nomination_id: i64,
) -> Result<Vec<NominationFile>, AppError> {
    let viewer = state.viewer();
    state
        .db(move |c| Ok(honors::nomination_files_for(c, nomination_id, viewer)?))
        .await
}

/// 推荐附件: the file's bytes as the raw body; the nomination and the name travel in headers.
#[tauri::command]
pub async fn add_nomination_file(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<NominationFile, AppError> {
    state.require_organizer()?;
    let (nomination_id, file_name, bytes) = super::upload::parse(&request, "nomination-id")?;
    let dir = wenming_core::files::files_dir(&state.db_path);
    state
        .db(move |c| {
            Ok(honors::add_nomination_file(
                c,
                &dir,
                nomination_id,
                &file_name,
                &bytes,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn nomination_file_bytes(
    state: State<'_, AppState>,
    file_id: i64,
) -> Result<Response, AppError> {
    let dir = wenming_core::files::files_dir(&state.db_path);
    let viewer = state.viewer();
    let (_, bytes) = state
        .db(move |c| Ok(honors::nomination_file_bytes_for(c, &dir, file_id, viewer)?))
        .await?;
    Ok(Response::new(bytes))
}

#[tauri::command]
pub async fn remove_nomination_file(
    state: State<'_, AppState>,
    file_id: i64,
) -> Result<(), AppError> {
    state.require_organizer()?;
    let dir = wenming_core::files::files_dir(&state.db_path);
    state
        .db(move |c| Ok(honors::remove_nomination_file(c, &dir, file_id)?))
        .await
}

/// 资格审查: pass, or reject with a reason.
#[tauri::command]
pub async fn review_nomination(
    state: State<'_, AppState>,
    id: i64,
    passed: bool,
    reason: String,
) -> Result<Nomination, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::review_nomination(c, id, passed, &reason)?))
        .await
}

#[tauri::command]
pub async fn voting_rounds(
    state: State<'_, AppState>,
    category_id: i64,
) -> Result<Vec<Round>, AppError> {
    state.db(move |c| Ok(honors::rounds(c, category_id)?)).await
}

#[tauri::command]
pub async fn create_voting_round(
    state: State<'_, AppState>,
    input: Form<RoundInput>,
) -> Result<Round, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::create_round(c, &input, now())?))
        .await
}

#[tauri::command]
pub async fn update_voting_round(
    state: State<'_, AppState>,
    id: i64,
    input: Form<RoundInput>,
) -> Result<Round, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::update_round(c, id, &input)?))
        .await
}

/// 删除 a draft round (refused once it opened).
#[tauri::command]
pub async fn delete_voting_round(state: State<'_, AppState>, id: i64) -> Result<(), AppError> {
    state.require_organizer()?;
    state.db(move |c| Ok(honors::delete_round(c, id)?)).await
}

/// 投票人名单 of a round, by 科室: who may vote, never who did.
#[tauri::command]
pub async fn voting_round_voters(
    state: State<'_, AppState>,
    id: i64,
) -> Result<Vec<VoterGroup>, AppError> {
    state.require_organizer()?;
    state.db(move |c| Ok(honors::round_voters(c, id)?)).await
}

/// 移除投票人 from a draft round (refused once it opened, and for the last voter).
#[tauri::command]
pub async fn remove_round_voter(
    state: State<'_, AppState>,
    id: i64,
    staff_id: i64,
) -> Result<Round, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::remove_voter(c, id, staff_id)?))
        .await
}

/// 开始投票: locks the rules and answers with the round's codes, sorted, for the slips.
#[tauri::command]
pub async fn open_voting_round(
    state: State<'_, AppState>,
    id: i64,
) -> Result<Vec<String>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::open_round(c, id, now())?))
        .await
}

/// The unused codes of an open round, to print the slips — until the first ballot is cast.
#[tauri::command]
pub async fn ballot_codes(state: State<'_, AppState>, id: i64) -> Result<Vec<String>, AppError> {
    state.require_organizer()?;
    state.db(move |c| Ok(honors::unused_codes(c, id)?)).await
}

/// 补印选票码 after voting began: with a reason, logged and counted in the result report.
#[tauri::command]
pub async fn reprint_ballot_codes(
    state: State<'_, AppState>,
    id: i64,
    reason: String,
) -> Result<Vec<String>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::reprint_codes(c, id, &reason, now())?))
        .await
}

#[tauri::command]
pub async fn close_voting_round(state: State<'_, AppState>, id: i64) -> Result<Round, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::close_round(c, id, now())?))
        .await
}

#[tauri::command]
pub async fn voting_turnout(state: State<'_, AppState>, id: i64) -> Result<Turnout, AppError> {
    state.db(move |c| Ok(honors::turnout(c, id)?)).await
}

/// 计票结果 of a closed round (refused while open: only the turnout is shown then).
#[tauri::command]
pub async fn voting_tally(state: State<'_, AppState>, id: i64) -> Result<Tally, AppError> {
    state.db(move |c| Ok(honors::tally_round(c, id)?)).await
}

#[tauri::command]
pub async fn export_voting_tally(
    state: State<'_, AppState>,
    id: i64,
) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| honors::export_tally(c, id, &exports::export_dir(), now()))
        .await
}

/// 纸质选票: the 计票人's or the 监票人's count.
#[tauri::command]
pub async fn enter_paper_count(
    state: State<'_, AppState>,
    id: i64,
    role: PaperRole,
    count: Form<PaperCount>,
) -> Result<PaperStatus, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::enter_paper_count(c, id, role, &count)?))
        .await
}

#[tauri::command]
pub async fn paper_status(state: State<'_, AppState>, id: i64) -> Result<PaperStatus, AppError> {
    state.db(move |c| Ok(honors::paper_status(c, id)?)).await
}

/// 另行投票 for the places lost to a tie at the line.
#[tauri::command]
pub async fn open_runoff(state: State<'_, AppState>, id: i64) -> Result<Round, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::open_runoff(c, id, now())?))
        .await
}

#[tauri::command]
pub async fn honor_publicity(
    state: State<'_, AppState>,
    category_id: i64,
) -> Result<Option<Publicity>, AppError> {
    state
        .db(move |c| Ok(honors::publicity(c, category_id)?))
        .await
}

#[tauri::command]
pub async fn start_publicity(
    state: State<'_, AppState>,
    category_id: i64,
    from: NaiveDate,
    objections_to: String,
) -> Result<Publicity, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(honors::start_publicity(
                c,
                category_id,
                from,
                &objections_to,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn add_objection(
    state: State<'_, AppState>,
    category_id: i64,
    input: Form<ObjectionInput>,
) -> Result<Publicity, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::add_objection(c, category_id, &input, now())?))
        .await
}

#[tauri::command]
pub async fn resolve_objection(
    state: State<'_, AppState>,
    id: i64,
    resolution: String,
    upheld: bool,
) -> Result<Publicity, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(honors::resolve_objection(
                c,
                id,
                &resolution,
                upheld,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn confirm_publicity(
    state: State<'_, AppState>,
    category_id: i64,
) -> Result<Publicity, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(honors::confirm_publicity(c, category_id, now())?))
        .await
}

/// 荣誉榜 of a year.
#[tauri::command]
pub async fn honor_awards(state: State<'_, AppState>, year: i32) -> Result<Vec<Award>, AppError> {
    state.db(move |c| Ok(honors::awards(c, year)?)).await
}

/// Self-service 我的推荐: the person's own nominations with where 资格审查 stands and, when not
/// passed, the reason — after their PIN, so nobody reads another's.
#[tauri::command]
pub async fn my_nominations(
    state: State<'_, AppState>,
    staff_id: i64,
    pin: Option<String>,
) -> Result<Vec<MyNomination>, AppError> {
    state
        .db(move |c| {
            auth::as_staff(c, staff_id, pin.as_deref(), now())?;
            Ok(honors::my_nominations(c, staff_id)?)
        })
        .await
}

/// The honors on one person's record (their family's included), newest year first.
#[tauri::command]
pub async fn staff_honors(
    state: State<'_, AppState>,
    staff_id: i64,
) -> Result<Vec<Award>, AppError> {
    state
        .db(move |c| Ok(honors::staff_awards(c, staff_id)?))
        .await
}

/// 进入投票终端 for an open round: management is locked until the organizer password is given.
#[tauri::command]
pub async fn enter_kiosk(state: State<'_, AppState>, id: i64) -> Result<SessionInfo, AppError> {
    state.require_organizer()?;
    state
        .db_and_session(move |c, session| {
            honors::ballot_round(c, id)?;
            Ok(session.enter_kiosk(Kiosk::HonorsRound { round_id: id })?)
        })
        .await
}

/// The ballot the kiosk shows: its round, while it is open.
#[tauri::command]
pub async fn kiosk_ballot(state: State<'_, AppState>) -> Result<Round, AppError> {
    let id = state.kiosk_round()?;
    state.db(move |c| Ok(honors::ballot_round(c, id)?)).await
}

/// The voter's code, checked before the ballot is shown; nothing is written.
#[tauri::command]
pub async fn kiosk_check_code(state: State<'_, AppState>, code: String) -> Result<Round, AppError> {
    let id = state.kiosk_round()?;
    state
        .db(move |c| Ok(honors::check_code(c, id, &code)?))
        .await
}

/// 投票: one ballot for one code, at the kiosk only.
#[tauri::command]
pub async fn kiosk_cast(
    state: State<'_, AppState>,
    code: String,
    ballot: Form<Ballot>,
) -> Result<(), AppError> {
    let id = state.kiosk_round()?;
    state
        .db(move |c| Ok(honors::cast_ballot(c, id, &code, &ballot)?))
        .await
}
