//! Role cases of 活动与报名.

use serde_json::json;
use wenming_core::activities::{self as act, Attendance, SheetKind};

use super::*;
use crate::common::ipc::Body;

pub fn list(f: &Fixture) -> Vec<Row> {
    use Access::*;
    let activity_query = act::ActivityQuery {
        page: 1,
        page_size: 10,
        ..Default::default()
    };
    let a = f.activity;
    vec![
        (
            "list_activities",
            Everyone(None),
            Body::Json(json!({ "query": v(&activity_query) })),
        ),
        (
            "get_activity",
            Everyone(None),
            Body::Json(json!({ "id": a })),
        ),
        (
            "activity_signups",
            Everyone(None),
            Body::Json(json!({ "id": a })),
        ),
        (
            "create_activity",
            Organizer,
            Body::Json(json!({ "input": v(crate::common::activity()), "publish": true })),
        ),
        (
            "update_activity",
            Organizer,
            Body::Json(json!({ "id": a, "input": v(crate::common::activity()) })),
        ),
        (
            "publish_activity",
            Organizer,
            Body::Json(json!({ "id": a })),
        ),
        ("close_signup", Organizer, Body::Json(json!({ "id": a }))),
        (
            "cancel_activity",
            Organizer,
            Body::Json(json!({ "id": a, "reason": "原因" })),
        ),
        ("finish_activity", Organizer, Body::Json(json!({ "id": a }))),
        (
            "sign_up_for",
            Organizer,
            Body::Json(json!({ "activityId": a, "staffId": 2 })),
        ),
        (
            "sign_up_team",
            Organizer,
            Body::Json(json!({ "activityId": a, "departmentId": 1, "memberIds": [1] })),
        ),
        (
            "cancel_signup_for",
            Organizer,
            Body::Json(json!({ "signupId": 1 })),
        ),
        (
            "self_sign_up",
            SelfService,
            Body::Json(json!({ "activityId": a, "staffId": 2, "pin": null })),
        ),
        (
            "self_cancel_signup",
            SelfService,
            Body::Json(json!({ "signupId": 1, "staffId": 1, "pin": null })),
        ),
        (
            "my_activities",
            SelfService,
            Body::Json(json!({ "staffId": 1, "pin": null })),
        ),
        (
            "self_set_reflection",
            SelfService,
            Body::Json(
                json!({ "memberId": 1, "staffId": 1, "pin": null, "reflection": "收获很大" }),
            ),
        ),
        ("check_in", Organizer, Body::Json(json!({ "memberId": 1 }))),
        (
            "check_in_many",
            Organizer,
            Body::Json(json!({ "activityId": 1, "memberIds": [1, 2] })),
        ),
        (
            "check_in_by_employee_no",
            Organizer,
            Body::Json(json!({ "activityId": 1, "employeeNo": "W0001" })),
        ),
        (
            "undo_check_in",
            Organizer,
            Body::Json(json!({ "memberId": 1 })),
        ),
        (
            "correct_attendance",
            Organizer,
            Body::Json(
                json!({ "memberId": 1, "attendance": v(Attendance::Present), "reason": "原因" }),
            ),
        ),
        (
            "set_reflection",
            Organizer,
            Body::Json(json!({ "memberId": 1, "reflection": "心得" })),
        ),
        (
            "set_hours",
            Organizer,
            Body::Json(json!({ "memberId": 1, "hours": 2.0 })),
        ),
        (
            "activity_files",
            Everyone(None),
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "add_activity_file",
            Organizer,
            upload("activity-id", a, "%E7%85%A7%E7%89%87.png"),
        ),
        (
            "activity_file_bytes",
            Everyone(None),
            Body::Json(json!({ "fileId": f.activity_file })),
        ),
        (
            "remove_activity_file",
            Organizer,
            Body::Json(json!({ "fileId": f.activity_file })),
        ),
        (
            "activity_sheet",
            Organizer,
            Body::Json(json!({ "activityId": a, "kind": v(SheetKind::SignIn) })),
        ),
        (
            "export_activity_sheet",
            Organizer,
            Body::Json(json!({ "activityId": a, "kind": v(SheetKind::SignIn) })),
        ),
    ]
}
