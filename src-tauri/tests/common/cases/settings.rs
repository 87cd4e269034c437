//! Role cases of 设置 and the session.

use serde_json::json;

use super::*;
use crate::common::ipc::Body;

pub fn list(_f: &Fixture) -> Vec<Row> {
    use Access::*;
    vec![
        ("app_info", Everyone(None), Body::Json(json!({}))),
        ("window_ready", Everyone(None), Body::Json(json!({}))),
        (
            "set_unit_name",
            Organizer,
            Body::Json(json!({ "name": "别的局" })),
        ),
        (
            "setup_first_password",
            Everyone(Some("auth.already_set")),
            Body::Json(json!({ "password": "another-pw", "unitName": "别的局" })),
        ),
        (
            "login",
            Everyone(Some("auth.wrong_password")),
            Body::Json(json!({ "password": "guess" })),
        ),
        ("logout", Everyone(None), Body::Json(json!({}))),
        (
            "change_password",
            Organizer,
            Body::Json(json!({ "oldPassword": "organizer-pw", "newPassword": "new-password" })),
        ),
        (
            "leave_kiosk",
            Kiosk,
            Body::Json(json!({ "password": "organizer-pw" })),
        ),
        (
            "set_staff_pins_enabled",
            Organizer,
            Body::Json(json!({ "enabled": true })),
        ),
        (
            "set_organizer_idle_minutes",
            Organizer,
            Body::Json(json!({ "minutes": 30 })),
        ),
        ("touch_session", Everyone(None), Body::Json(json!({}))),
    ]
}
