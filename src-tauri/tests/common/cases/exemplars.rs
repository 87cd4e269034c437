//! Role cases of 学树身边典型.

use serde_json::json;

use super::*;
use crate::common::ipc::Body;

pub fn list(f: &Fixture) -> Vec<Row> {
    use Access::*;
    let e = f.exemplar;
    vec![
        ("list_exemplars", Everyone(None), Body::Json(json!({}))),
        (
            "exemplar_detail",
            Everyone(None),
            Body::Json(json!({ "id": e })),
        ),
        (
            "create_exemplar",
            Organizer,
            Body::Json(json!({ "input": v(exemplar_input(2)) })),
        ),
        (
            "update_exemplar",
            Organizer,
            Body::Json(json!({ "id": e, "input": v(exemplar_input(1)) })),
        ),
        (
            "set_exemplar_published",
            Organizer,
            Body::Json(json!({ "id": e, "published": false })),
        ),
        (
            "exemplar_files",
            Everyone(None),
            Body::Json(json!({ "exemplarId": e })),
        ),
        (
            "add_exemplar_file",
            Organizer,
            upload("exemplar-id", e, "%E5%90%88%E5%BD%B1.png"),
        ),
        (
            "exemplar_file_bytes",
            Everyone(None),
            Body::Json(json!({ "fileId": f.exemplar_file })),
        ),
        (
            "remove_exemplar_file",
            Organizer,
            Body::Json(json!({ "fileId": f.exemplar_file })),
        ),
        (
            "studied_exemplars",
            Everyone(None),
            Body::Json(json!({ "activityId": f.lecture })),
        ),
        (
            "set_studied_exemplars",
            Organizer,
            Body::Json(json!({ "activityId": f.lecture, "exemplarIds": [] })),
        ),
        (
            "staff_studied_exemplars",
            Everyone(None),
            Body::Json(json!({ "staffId": 3 })),
        ),
    ]
}
