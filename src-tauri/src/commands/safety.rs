//! 数据安全: backups, restore, the whole data as one archive, and the 操作日志. Organizer mode only. A restore
//! or an import ends organizer mode: the data now in place has its own organizer password.

use std::path::PathBuf;

use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_opener::OpenerExt;
use wenming_core::exports::{self, ExportedFile};
use wenming_core::safety::audit::{self, AuditPage, AuditQuery, ChainCheck};
use wenming_core::safety::{self, BackupInfo, BackupReason};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::commands::Form;
use crate::state::AppState;

/// The backups in the backups folder beside the data, newest first.
#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, AppError> {
    state.require_organizer()?;
    // The list holds the day's backup, once it is written.
    state.wait_for_daily_backup().await;
    let db_path = state.db_path.clone();
    Ok(safety::list_backups(&db_path)?)
}

/// 立即备份.
#[tauri::command]
pub async fn back_up_now(state: State<'_, AppState>) -> Result<BackupInfo, AppError> {
    state.require_organizer()?;
    state.wait_for_daily_backup().await;
    let db_path = state.db_path.clone();
    state
        .db(move |conn| {
            Ok(safety::back_up(
                conn,
                &db_path,
                now(),
                BackupReason::Manual,
            )?)
        })
        .await
}

/// Restores one backup of the list (after backing up the current data); ends organizer mode.
#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, file_name: String) -> Result<(), AppError> {
    state.require_organizer()?;
    state.wait_for_daily_backup().await;
    let db_path = state.db_path.clone();
    state
        .db_and_session(move |conn, session| {
            safety::restore_backup(conn, &db_path, &file_name, now())?;
            log::info!("已恢复备份 {file_name}");
            session.logout();
            Ok(())
        })
        .await
}

/// Where 导出全部数据 suggests saving: the 下载 folder, a name with the date and time.
#[tauri::command]
pub async fn data_archive_default_path(state: State<'_, AppState>) -> Result<String, AppError> {
    state.require_organizer()?;
    let name = format!("文明创建数据-{}.zip", now().format("%Y%m%d-%H%M"));
    Ok(exports::export_dir().join(name).display().to_string())
}

/// Writes the whole data (database and attached files) into the archive the user chose.
#[tauri::command]
pub async fn export_data(
    state: State<'_, AppState>,
    path: String,
) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    let db_path = state.db_path.clone();
    let dest = PathBuf::from(&path);
    state
        .db(move |conn| {
            safety::export_data(conn, &db_path, &dest, now())?;
            Ok(ExportedFile {
                file_name: dest
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                path,
            })
        })
        .await
}

/// Replaces the data with the archive the user chose, after checking it and backing up the
/// current data; ends organizer mode.
#[tauri::command]
pub async fn import_data(state: State<'_, AppState>, path: String) -> Result<(), AppError> {
    state.require_organizer()?;
    state.wait_for_daily_backup().await;
    let db_path = state.db_path.clone();
    state
        .db_and_session(move |conn, session| {
            safety::import_data(conn, &db_path, &PathBuf::from(path), now())?;
            log::info!("已导入另一台电脑的数据");
            session.logout();
            Ok(())
        })
        .await
}

/// 操作日志: the lines matching the filter, newest first.
#[tauri::command]
pub async fn list_audit(
    state: State<'_, AppState>,
    query: Form<AuditQuery>,
) -> Result<AuditPage, AppError> {
    state.require_organizer()?;
    state.db(move |c| audit::list(c, &query)).await
}

/// Recomputes the log's hash chain and names the first line that does not match.
#[tauri::command]
pub async fn verify_audit(state: State<'_, AppState>) -> Result<ChainCheck, AppError> {
    state.require_organizer()?;
    state.db(|c| Ok(audit::verify(c)?)).await
}

/// The whole log as .xlsx in the export folder.
#[tauri::command]
pub async fn export_audit(state: State<'_, AppState>) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    state
        .db(|c| audit::export_file(c, &exports::export_dir(), now()))
        .await
}

/// 打开日志文件夹: shows the app's log folder in the file manager, so that the unit can send the
/// log to whoever supports them. The page never gets a path to open: the folder is fixed here.
#[tauri::command]
pub async fn open_log_folder<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<(), AppError> {
    state.require_organizer()?;
    let failed = |e: &dyn std::fmt::Display| {
        AppError::new(
            "app.log_folder",
            format!("无法打开日志文件夹（{e}），请在文件管理器中查找本程序的 logs 文件夹"),
        )
    };
    let dir = app.path().app_log_dir().map_err(|e| failed(&e))?;
    std::fs::create_dir_all(&dir).map_err(|e| failed(&e))?;
    app.opener()
        .open_path(dir.to_string_lossy(), None::<&str>)
        .map_err(|e| failed(&e))
}

/// 打开 / 打开所在文件夹 after an export: opens the file (or the 台账 folder) this run exported, or
/// shows the folder that holds it. Core refuses any other path, so the page cannot open anything else.
#[tauri::command]
pub async fn open_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: String,
    folder: bool,
) -> Result<(), AppError> {
    state.require_organizer()?;
    let target = exports::to_open(&PathBuf::from(path), folder)?;
    app.opener()
        .open_path(target.to_string_lossy(), None::<&str>)
        .map_err(|e| {
            AppError::new(
                "export.open_failed",
                format!("无法打开 {}（{e}），请在文件管理器中打开", target.display()),
            )
        })
}

/// 另存到…: moves a file that an export of this run wrote (to the 下载 folder) to where the user
/// chose in the system's save dialog. Core refuses any other file and a changed extension.
#[tauri::command]
pub async fn save_export_as(
    state: State<'_, AppState>,
    path: String,
    to: String,
) -> Result<ExportedFile, AppError> {
    state.require_organizer()?;
    state
        .db(move |_| Ok(exports::save_as(&PathBuf::from(path), &PathBuf::from(to))?))
        .await
}
