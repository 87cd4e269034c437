//! Role cases of 手机参与: the organizer's switch only.

use serde_json::json;

use super::*;
use crate::common::ipc::Body;

pub fn list(_f: &Fixture) -> Vec<Row> {
    use Access::*;
    vec![
        ("lan_status", Organizer, Body::Json(json!({}))),
        (
            "lan_start",
            Organizer,
            Body::Json(json!({ "input": { "minutes": 60, "purposes": ["signup"] } })),
        ),
        ("lan_stop", Organizer, Body::Json(json!({}))),
    ]
}
