//! Role cases of the 大屏: opening is the organizer's; the screen's reads answer only for the view
//! the organizer opened (none is open here), whatever the role; closing writes nothing.

use serde_json::json;

use super::*;
use crate::common::ipc::Body;

pub fn list(f: &Fixture) -> Vec<Row> {
    use Access::*;
    const NOT_OPEN: Access = Everyone(Some("screens.not_open"));
    vec![
        (
            "open_screen",
            Organizer,
            Body::Json(json!({ "view": { "kind": "turnout", "round_id": f.round } })),
        ),
        ("close_screen", Everyone(None), Body::Json(json!({}))),
        (
            "screen_turnout",
            NOT_OPEN,
            Body::Json(json!({ "roundId": f.round })),
        ),
        (
            "screen_tournament",
            NOT_OPEN,
            Body::Json(json!({ "activityId": f.activity })),
        ),
        (
            "screen_honors",
            NOT_OPEN,
            Body::Json(json!({ "year": 2030 })),
        ),
        (
            "screen_pledge_wall",
            NOT_OPEN,
            Body::Json(json!({ "departmentId": null })),
        ),
        ("screen_phone_qr", NOT_OPEN, Body::Json(json!({}))),
    ]
}
