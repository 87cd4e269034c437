//! Role cases of 数据安全: every backup, restore and archive command is the organizer's.

use serde_json::json;

use super::*;
use crate::common::ipc::Body;

pub fn list(_f: &Fixture) -> Vec<Row> {
    use Access::*;
    vec![
        ("list_backups", Organizer, Body::Json(json!({}))),
        ("back_up_now", Organizer, Body::Json(json!({}))),
        (
            "restore_backup",
            Organizer,
            Body::Json(json!({ "fileName": "wenming-20300107-090000-daily.zip" })),
        ),
        (
            "data_archive_default_path",
            Organizer,
            Body::Json(json!({})),
        ),
        (
            "export_data",
            Organizer,
            Body::Json(json!({ "path": "/tmp/wenming-role-test-export.zip" })),
        ),
        (
            "import_data",
            Organizer,
            Body::Json(json!({ "path": "/tmp/wenming-role-test-import.zip" })),
        ),
        (
            "list_audit",
            Organizer,
            Body::Json(
                json!({ "query": { "text": "", "mode": null, "page": 1, "page_size": 20 } }),
            ),
        ),
        ("verify_audit", Organizer, Body::Json(json!({}))),
        ("export_audit", Organizer, Body::Json(json!({}))),
        ("open_log_folder", Organizer, Body::Json(json!({}))),
        (
            "save_export_as",
            Organizer,
            Body::Json(
                json!({ "path": "/tmp/wenming-role-test.xlsx", "to": "/tmp/wenming-role-test-moved.xlsx" }),
            ),
        ),
        (
            "open_export",
            Organizer,
            Body::Json(json!({ "path": "/tmp/wenming-role-test.xlsx", "folder": true })),
        ),
    ]
}
