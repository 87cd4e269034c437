//! Role cases of 创建台账.

use serde_json::json;
use wenming_core::ledger::{DutyInput, Method, NodeInput, RecordKind};

use super::*;
use crate::common::ipc::Body;

fn node_input() -> NodeInput {
    NodeInput {
        name: "新标准".into(),
        points: 1,
        methods: vec![Method::Material],
        special: false,
    }
}

pub fn list(f: &Fixture) -> Vec<Row> {
    use Access::*;
    let (item, st, doc) = (f.ledger_item, f.ledger_standard, f.ledger_document);
    let years = json!({ "fromYear": 2029, "toYear": 2030 });
    vec![
        ("ledger_tree", Everyone(None), Body::Json(json!({}))),
        (
            "ledger_duties",
            Everyone(None),
            Body::Json(json!({ "departmentId": 1 })),
        ),
        ("load_sample_ledger_tree", Organizer, Body::Json(json!({}))),
        (
            "add_ledger_node",
            Organizer,
            Body::Json(
                json!({ "parentId": null, "input": v(NodeInput { special: true, ..node_input() }) }),
            ),
        ),
        (
            "update_ledger_node",
            Organizer,
            Body::Json(json!({ "id": st, "input": v(node_input()) })),
        ),
        (
            "remove_ledger_node",
            Organizer,
            Body::Json(json!({ "id": item })),
        ),
        (
            "move_ledger_node",
            Organizer,
            Body::Json(json!({ "id": item, "up": false })),
        ),
        (
            "set_ledger_self_score",
            Organizer,
            Body::Json(json!({ "itemId": item, "score": 10.0 })),
        ),
        ("ledger_mapping", Organizer, Body::Json(json!({}))),
        (
            "set_ledger_mapping",
            Organizer,
            Body::Json(json!({ "source": "activity.reading", "standardIds": [st] })),
        ),
        ("ledger_coverage", Organizer, Body::Json(years.clone())),
        (
            "ledger_standard_evidence",
            Organizer,
            Body::Json(json!({ "standardId": st, "fromYear": 2029, "toYear": 2030 })),
        ),
        ("ledger_records", Organizer, Body::Json(years)),
        (
            "file_ledger_record",
            Organizer,
            Body::Json(json!({
                "standardId": st, "kind": v(RecordKind::Activity), "recordId": f.activity,
                "filed": true, "note": "补充归档"
            })),
        ),
        (
            "forget_ledger_filing",
            Organizer,
            Body::Json(
                json!({ "standardId": st, "kind": v(RecordKind::Activity), "recordId": f.activity }),
            ),
        ),
        (
            "add_ledger_document",
            Organizer,
            Body::Raw {
                bytes: PNG.to_vec(),
                headers: vec![
                    ("standard-id", st.to_string()),
                    ("file-name", "%E7%85%A7%E7%89%87.png".to_string()),
                    ("doc-kind", "photo".to_string()),
                    ("year", "2030".to_string()),
                ],
            },
        ),
        (
            "ledger_document_bytes",
            Organizer,
            Body::Json(json!({ "documentId": doc })),
        ),
        (
            "remove_ledger_document",
            Organizer,
            Body::Json(json!({ "documentId": doc })),
        ),
        (
            "set_ledger_duty",
            Organizer,
            Body::Json(
                json!({ "standardId": st, "duty": v(DutyInput { department_id: Some(1), staff_id: None, due_on: None }) }),
            ),
        ),
        (
            "ledger_draft_report",
            Organizer,
            Body::Json(json!({ "fromYear": 2029, "toYear": 2030 })),
        ),
        (
            "export_ledger",
            Organizer,
            Body::Json(json!({
                "input": { "from_year": 2029, "to_year": 2030, "report": "" },
                "onProgress": "__CHANNEL__:1"
            })),
        ),
        ("cancel_ledger_export", Organizer, Body::Json(json!({}))),
    ]
}
