//! 创建台账. The 测评体系 and the 责任分解表 can be read in staff mode (a 科室 sees its own tasks);
//! everything else — editing, the mapping, filing, documents, coverage — needs organizer mode.

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::ipc::{Channel, Request, Response};
use tauri::State;
use wenming_core::ledger::{self, *};
use wenming_core::time::now;
use wenming_core::{exports, files, AppError};

use crate::commands::Form;
use crate::state::AppState;

#[tauri::command]
pub async fn ledger_tree(state: State<'_, AppState>) -> Result<Tree, AppError> {
    state.db(move |c| Ok(ledger::tree(c)?)).await
}

#[tauri::command]
pub async fn load_sample_ledger_tree(state: State<'_, AppState>) -> Result<Tree, AppError> {
    state.require_organizer()?;
    state.db(move |c| Ok(ledger::load_sample_tree(c)?)).await
}

#[tauri::command]
pub async fn add_ledger_node(
    state: State<'_, AppState>,
    parent_id: Option<i64>,
    input: Form<NodeInput>,
) -> Result<Node, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(ledger::add_node(c, parent_id, &input)?))
        .await
}

#[tauri::command]
pub async fn update_ledger_node(
    state: State<'_, AppState>,
    id: i64,
    input: Form<NodeInput>,
) -> Result<Node, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(ledger::update_node(c, id, &input)?))
        .await
}

#[tauri::command]
pub async fn remove_ledger_node(state: State<'_, AppState>, id: i64) -> Result<(), AppError> {
    state.require_organizer()?;
    state.db(move |c| Ok(ledger::remove_node(c, id)?)).await
}

#[tauri::command]
pub async fn move_ledger_node(
    state: State<'_, AppState>,
    id: i64,
    up: bool,
) -> Result<(), AppError> {
    state.require_organizer()?;
    state.db(move |c| Ok(ledger::move_node(c, id, up)?)).await
}

#[tauri::command]
pub async fn set_ledger_self_score(
    state: State<'_, AppState>,
    item_id: i64,
    score: Option<f64>,
) -> Result<Node, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(ledger::set_self_score(c, item_id, score)?))
        .await
}

#[tauri::command]
pub async fn ledger_mapping(state: State<'_, AppState>) -> Result<Vec<MappingRow>, AppError> {
    state.require_organizer()?;
    state.db(move |c| Ok(ledger::mapping(c)?)).await
}

#[tauri::command]
pub async fn set_ledger_mapping(
    state: State<'_, AppState>,
    source: String,
    standard_ids: Vec<i64>,
) -> Result<MappingRow, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(ledger::set_mapping(c, &source, &standard_ids)?))
        .await
}

#[tauri::command]
pub async fn ledger_coverage(
    state: State<'_, AppState>,
    from_year: i32,
    to_year: i32,
) -> Result<Coverage, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(ledger::coverage(c, from_year, to_year, now())?))
        .await
}

#[tauri::command]
pub async fn ledger_standard_evidence(
    state: State<'_, AppState>,
    standard_id: i64,
    from_year: i32,
    to_year: i32,
) -> Result<StandardEvidence, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(ledger::standard_evidence(
                c,
                standard_id,
                from_year,
                to_year,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn ledger_records(
    state: State<'_, AppState>,
    from_year: i32,
    to_year: i32,
) -> Result<Vec<Evidence>, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(ledger::records(c, from_year, to_year, now())?))
        .await
}

#[tauri::command]
pub async fn file_ledger_record(
    state: State<'_, AppState>,
    standard_id: i64,
    kind: RecordKind,
    record_id: i64,
    filed: bool,
    note: String,
) -> Result<(), AppError> {
    state.require_organizer()?;
    state
        .db(move |c| {
            Ok(ledger::file_record(
                c,
                standard_id,
                kind,
                record_id,
                filed,
                &note,
                now(),
            )?)
        })
        .await
}

#[tauri::command]
pub async fn forget_ledger_filing(
    state: State<'_, AppState>,
    standard_id: i64,
    kind: RecordKind,
    record_id: i64,
) -> Result<(), AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(ledger::forget_filing(c, standard_id, kind, record_id)?))
        .await
}

/// Files a document sent as the raw request body; headers `standard-id`, `file-name`
/// (URI-encoded), `doc-kind` (`minutes`, `official`, …) and `year`.
#[tauri::command]
pub async fn add_ledger_document(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<LedgerDocument, AppError> {
    state.require_organizer()?;
    let (standard_id, file_name, bytes) = super::upload::parse(&request, "standard-id")?;
    let bad = || AppError::new("app.upload", "上传的文件格式不正确，请重试");
    let kind = super::upload::header(&request, "doc-kind")
        .and_then(|k| DocKind::from_sql(&k))
        .ok_or_else(bad)?;
    let year: i32 = super::upload::header(&request, "year")
        .and_then(|y| y.parse().ok())
        .ok_or_else(bad)?;
    let dir = files::files_dir(&state.db_path);
    state
        .db(move |c| {
            let doc = NewDocument {
                standard_id,
                kind,
                year,
                file_name: &file_name,
                bytes: &bytes,
            };
            Ok(ledger::add_document(c, &dir, &doc, now())?)
        })
        .await
}

#[tauri::command]
pub async fn ledger_document_bytes(
    state: State<'_, AppState>,
    document_id: i64,
) -> Result<Response, AppError> {
    state.require_organizer()?;
    let dir = files::files_dir(&state.db_path);
    let (_, bytes) = state
        .db(move |c| Ok(ledger::document_bytes(c, &dir, document_id)?))
        .await?;
    Ok(Response::new(bytes))
}

#[tauri::command]
pub async fn remove_ledger_document(
    state: State<'_, AppState>,
    document_id: i64,
) -> Result<(), AppError> {
    state.require_organizer()?;
    let dir = files::files_dir(&state.db_path);
    state
        .db(move |c| Ok(ledger::remove_document(c, &dir, document_id)?))
        .await
}

#[tauri::command]
pub async fn set_ledger_duty(
    state: State<'_, AppState>,
    standard_id: i64,
    duty: Form<DutyInput>,
) -> Result<Node, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(ledger::set_duty(c, standard_id, &duty)?))
        .await
}

/// The 责任分解表, or one 科室's own tasks.
#[tauri::command]
pub async fn ledger_duties(
    state: State<'_, AppState>,
    department_id: Option<i64>,
) -> Result<Vec<Duty>, AppError> {
    state
        .db(move |c| Ok(ledger::duties(c, department_id, now())?))
        .await
}

/// Set by [`cancel_ledger_export`]; the running export stops at its next step.
static CANCEL_EXPORT: AtomicBool = AtomicBool::new(false);

/// A draft 说明报告 composed from the records of the years, for the organizer to edit.
#[tauri::command]
pub async fn ledger_draft_report(
    state: State<'_, AppState>,
    from_year: i32,
    to_year: i32,
) -> Result<String, AppError> {
    state.require_organizer()?;
    state
        .db(move |c| Ok(ledger::draft_report(c, from_year, to_year, now())?))
        .await
}

/// Writes the 台账 folder into the 下载 folder, telling the window each step on `on_progress`.
#[tauri::command]
pub async fn export_ledger(
    state: State<'_, AppState>,
    input: Form<ExportInput>,
    on_progress: Channel<ExportProgress>,
) -> Result<LedgerExport, AppError> {
    state.require_organizer()?;
    let files_dir = files::files_dir(&state.db_path);
    CANCEL_EXPORT.store(false, Ordering::SeqCst);
    state
        .db(move |c| {
            Ok(ledger::export_ledger(
                c,
                &files_dir,
                &exports::export_dir(),
                &input,
                now(),
                &mut |p| {
                    let _ = on_progress.send(p.clone());
                    !CANCEL_EXPORT.load(Ordering::SeqCst)
                },
            )?)
        })
        .await
}

/// Stops the running 台账 export; it leaves no half folder.
#[tauri::command]
pub async fn cancel_ledger_export(state: State<'_, AppState>) -> Result<(), AppError> {
    state.require_organizer()?;
    CANCEL_EXPORT.store(true, Ordering::SeqCst);
    Ok(())
}
