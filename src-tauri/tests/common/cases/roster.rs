//! Role cases of 花名册.

use serde_json::json;
use wenming_core::roster::{ImportOptions, StaffQuery};

use super::*;
use crate::common::ipc::Body;

pub fn list(_f: &Fixture) -> Vec<Row> {
    use Access::*;
    let csv = b"\xEF\xBB\xBF\xE5\xB7\xA5\xE5\x8F\xB7,\xE5\xA7\x93\xE5\x90\x8D\n".to_vec();
    let staff_query = StaffQuery {
        page: 1,
        page_size: 10,
        ..Default::default()
    };
    vec![
        ("list_departments", Everyone(None), Body::Json(json!({}))),
        (
            "create_department",
            Organizer,
            Body::Json(json!({ "input": v(crate::common::department()) })),
        ),
        (
            "update_department",
            Organizer,
            Body::Json(json!({ "id": 1, "input": v(crate::common::department()) })),
        ),
        (
            "delete_department",
            Organizer,
            Body::Json(json!({ "id": 1 })),
        ),
        (
            "list_staff",
            Everyone(None),
            Body::Json(json!({ "query": v(&staff_query) })),
        ),
        ("get_staff", Organizer, Body::Json(json!({ "id": 1 }))),
        (
            "create_staff",
            Organizer,
            Body::Json(json!({ "input": v(staff_input(1)) })),
        ),
        (
            "update_staff",
            Organizer,
            Body::Json(json!({ "id": 1, "input": v(staff_input(1)) })),
        ),
        (
            "set_staff_active",
            Organizer,
            Body::Json(json!({ "id": 1, "active": false })),
        ),
        ("delete_staff", Organizer, Body::Json(json!({ "id": 80 }))),
        (
            "preview_roster_import",
            Organizer,
            Body::Json(
                json!({ "bytes": csv, "fileName": "a.csv", "options": v(ImportOptions::default()) }),
            ),
        ),
        (
            "apply_roster_import",
            Organizer,
            Body::Json(
                json!({ "bytes": csv, "fileName": "a.csv", "options": v(ImportOptions::default()) }),
            ),
        ),
        ("export_roster", Organizer, Body::Json(json!({}))),
        ("load_sample_data", Organizer, Body::Json(json!({}))),
        (
            "set_staff_pin",
            Organizer,
            Body::Json(json!({ "staffId": 1, "pin": "1234" })),
        ),
        (
            "issue_staff_pins",
            Organizer,
            Body::Json(json!({ "input": { "department_id": null, "only_without_pin": false } })),
        ),
    ]
}
