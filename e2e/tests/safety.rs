//! 数据安全 through the real window: back up, change the data, restore the backup and see the old
//! data again; the 操作日志 verified, then a copy of the data file with one line altered and the
//! check naming that line; a second start of the app hands over to the running window; the window
//! opens with the size and place remembered beside the data.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::json;
use wenming_e2e::{app_binary, first_start, log_file, App};

// Not a substring of any file name the app writes (the log names backups `wenming-<date>-…`).
const PASSWORD: &str = "anquan-mima-88";

async fn log_in(app: &App) {
    app.wait_text("mode-tag", "职工模式").await;
    app.click("login-button").await;
    app.fill("login-password", PASSWORD).await;
    app.click("login-submit").await;
    app.wait_text("mode-tag", "组织者模式").await;
}

async fn add_department(app: &App, name: &str) {
    app.click("nav-departments").await;
    app.click("department-add").await;
    app.fill("department-name", name).await;
    app.click("department-save").await;
    app.wait_row("[data-testid=\"department-table\"] .data-row", name)
        .await;
}

async fn department_names(app: &App) -> Vec<String> {
    let list = app.invoke("list_departments", json!({})).await.unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap().to_string())
        .collect()
}

/// The database files (with the write-ahead log) copied into a fresh folder.
fn copy_of_the_data(from: &Path) -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    for name in ["wenming.db", "wenming.db-wal", "wenming.db-shm"] {
        let src = from.join(name);
        if src.exists() {
            std::fs::copy(&src, copy.path().join(name)).unwrap();
        }
    }
    copy
}

#[tokio::test]
async fn a_restored_backup_brings_back_the_old_data_and_the_log_check_names_an_altered_line() {
    let app = App::start("safety").await;
    first_start(&app, "市X局", PASSWORD).await;
    add_department(&app, "宣传科").await;

    // The day's backup, made once the start is over, is in the list when it first shows.
    app.click("nav-settings").await;
    app.wait_row("[data-testid=\"backup-list\"] .data-row", "每日自动")
        .await;
    app.scroll_to("backup-list").await;
    app.screenshot("daily-backup").await;
    app.click("backup-now").await;
    app.wait_row("[data-testid=\"backup-list\"] .data-row", "手动")
        .await;

    // The data changes after the backup.
    add_department(&app, "纪检组").await;
    assert!(department_names(&app).await.contains(&"纪检组".to_string()));

    // Restore the manual backup (the newest, first in the list).
    app.click("nav-settings").await;
    let first = app
        .wait_row("[data-testid=\"backup-list\"] .data-row", "手动")
        .await;
    assert!(!first.is_empty());
    let rows = app.texts("backup-list").await.join("\n");
    let first_row = rows
        .lines()
        .find(|l| l.contains("每日自动") || l.contains("手动"))
        .unwrap_or_default()
        .to_string();
    assert!(
        first_row.contains("手动"),
        "the newest is the manual backup: {rows}"
    );
    app.click("backup-restore-0").await;
    app.confirm_box("恢复").await;
    // The window reloads on the restored data, in staff mode.
    log_in(&app).await;
    app.click("nav-departments").await;
    app.wait_row("[data-testid=\"department-table\"] .data-row", "宣传科")
        .await;
    let names = department_names(&app).await;
    assert!(names.contains(&"宣传科".to_string()), "{names:?}");
    assert!(
        !names.contains(&"纪检组".to_string()),
        "the change after the backup is gone: {names:?}"
    );
    app.screenshot("restored").await;

    // The data it replaced was backed up first.
    app.click("nav-settings").await;
    app.wait_row("[data-testid=\"backup-list\"] .data-row", "恢复前")
        .await;

    // The 操作日志 holds the writes and the restore, and its chain holds.
    app.wait_row("[data-testid=\"audit-list\"] .data-row", "宣传科")
        .await;
    app.click("audit-verify").await;
    app.wait_text("audit-check", "日志完整").await;
    app.scroll_to("audit-check").await;
    app.screenshot("audit-verified").await;

    // The log is read a page at a time, newest first: 25 more lines fill a second page.
    for i in 1..=25 {
        let input = json!({ "input": { "name": format!("档案科{i:02}"), "kind": "office", "sort_order": 100 + i } });
        app.invoke("create_department", input).await.unwrap();
    }
    app.click("audit-filter").await;
    let rows = "[data-testid=\"audit-list\"] .data-row";
    app.wait_row(rows, "档案科25").await;
    app.wait_row(rows, "档案科06").await;
    let first = app.texts("audit-list").await.join("\n");
    assert!(
        !first.contains("档案科05"),
        "only the newest 20 lines: {first}"
    );
    app.click("pager-next").await;
    app.wait_row(rows, "档案科05").await;
    let second = app.texts("audit-list").await.join("\n");
    assert!(!second.contains("档案科25"), "the second page: {second}");
    app.scroll_to("audit-pagination").await;
    app.screenshot("audit-second-page").await;
    let dir = app.close().await;

    // The log file (this test's own) says what the app did, and nothing of the unit's data.
    let log = std::fs::read_to_string(log_file(dir.path())).expect("the app writes wenming.log");
    assert!(log.contains("启动"), "{log}");
    assert!(log.contains("已恢复备份"), "{log}");
    for personal in [PASSWORD, "市X局", "宣传科", "纪检组"] {
        assert!(!log.contains(personal), "{personal} in the log file");
    }

    // A copy of the data file with one line of the log altered.
    let copy = copy_of_the_data(dir.path());
    let altered: i64 = {
        let conn = rusqlite::Connection::open(copy.path().join("wenming.db")).unwrap();
        let id: i64 = conn
            .query_row(
                "SELECT id FROM audit_log WHERE after LIKE '%宣传科%' ORDER BY id LIMIT 1",
                [],
                |r| r.get(0),
            )
            .unwrap();
        conn.execute(
            "UPDATE audit_log SET after = replace(after, '宣传科', '组织科') WHERE id = ?1",
            [id],
        )
        .unwrap();
        id
    };
    let app = App::start_in("safety-altered", copy).await;
    log_in(&app).await;
    app.click("nav-settings").await;
    app.click("audit-verify").await;
    app.wait_text(
        "audit-check",
        &format!("日志从第 {altered} 条起被改动或删除"),
    )
    .await;
    app.scroll_to("audit-check").await;
    app.screenshot("audit-altered").await;
    app.close().await;
    drop(dir);
}

/// The app's top-level windows on the X display, by title.
fn app_windows() -> usize {
    let out = Command::new("xwininfo")
        .args(["-root", "-tree"])
        .output()
        .expect("xwininfo (x11-utils) lists the windows");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("\"文明创建工作台\""))
        .count()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[tokio::test]
async fn a_second_start_hands_over_to_the_running_window_and_opens_none() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "run the e2e inside a D-Bus session (dbus-run-session), as scripts/test.sh does"
    );
    let app = App::start("single-instance").await;
    first_start(&app, "市X局", PASSWORD).await;
    let windows = app_windows();
    assert!(windows >= 1, "the running window is listed");
    let backups = files_in(&app.dir.path().join("backups"));

    let mut second = Command::new(app_binary())
        .env("WENMING_DB", app.dir.path().join("wenming.db"))
        .env("WENMING_EXPORT_DIR", app.dir.path().join("exports"))
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let windows_now = app_windows();
            let _ = second.kill();
            let _ = second.wait();
            panic!("the second start kept running ({windows_now} windows)");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(status.success(), "the second start ended with {status}");
    assert_eq!(app_windows(), windows, "a second window opened");
    // It never opened the database: no backup of its own, and the first window goes on.
    assert_eq!(files_in(&app.dir.path().join("backups")), backups);
    app.click("nav-departments").await;
    app.wait_text("mode-tag", "组织者模式").await;
    app.screenshot("after-second-start").await;
    app.close().await;
}

/// 另存到… as the page asks for it once the system's save dialog has answered (the dialog is GTK's
/// own and is not driven here; the button's wiring is in AuditLogCard.test.ts): the exported
/// 操作日志 moves out of the export folder to the chosen place, and a file the app did not export
/// is refused and stays where it is.
#[tokio::test]
async fn an_export_moves_where_the_save_dialog_says_and_no_other_file_moves() {
    let app = App::start("save-as").await;
    first_start(&app, "市X局", PASSWORD).await;
    app.click("nav-settings").await;
    app.click("audit-export").await;
    app.wait_text("audit-exported", "已导出到").await;
    app.wait_text("audit-save-as", "另存到").await;
    app.scroll_to("audit-exported").await;
    app.screenshot("exported-save-as").await;
    let exports = app.dir.path().join("exports");
    let exported = files_in(&exports);
    assert_eq!(exported.len(), 1, "{exported:?}");
    let from = exports.join(&exported[0]);

    let usb = app.dir.path().join("U盘");
    std::fs::create_dir_all(&usb).unwrap();
    let to = usb.join("操作日志（给办公室）.xlsx");
    let moved = app
        .invoke("save_export_as", json!({ "path": from, "to": to }))
        .await
        .unwrap();
    assert_eq!(moved["path"], json!(to.display().to_string()));
    assert!(
        std::fs::read(&to).unwrap().starts_with(b"PK"),
        "a whole .xlsx"
    );
    assert!(!from.exists(), "no second copy in the export folder");

    // A file the app did not export, even in the export folder, never moves.
    let planted = exports.join("别人的文件.xlsx");
    std::fs::write(&planted, b"not the app's").unwrap();
    let taken = usb.join("拿走.xlsx");
    let refused = app
        .invoke("save_export_as", json!({ "path": planted, "to": taken }))
        .await
        .unwrap_err();
    assert_eq!(refused, "export.not_exported");
    assert!(planted.exists() && !taken.exists());
    app.close().await;
}

#[tokio::test]
async fn the_window_opens_with_the_size_and_place_remembered_beside_the_data() {
    // What the window-state plugin wrote when the window was last closed on this database.
    let dir = tempfile::tempdir().unwrap();
    let remembered = json!({ "main": {
        "width": 1180, "height": 720, "x": 60, "y": 40, "prev_x": 60, "prev_y": 40,
        "maximized": false, "visible": true, "decorated": true, "fullscreen": false
    }});
    std::fs::write(dir.path().join("window-state.json"), remembered.to_string()).unwrap();
    let app = App::start_in("window-state", dir).await;
    app.wait_css("[data-testid=\"setup-unit-name\"]").await;
    let (x, y, width, height) = app.client.get_window_rect().await.unwrap();
    assert_eq!((width as i64, height as i64), (1180, 720));
    assert_eq!((x as i64, y as i64), (60, 40));
    app.close().await;
}
