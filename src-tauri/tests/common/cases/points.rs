//! Role cases of 综合量化考核 and of 首页 (which shows its top ten).

use serde_json::json;

use super::*;
use crate::common::ipc::Body;

pub fn list(_f: &Fixture) -> Vec<Row> {
    use Access::*;
    let year = json!({ "year": 2030, "quarter": null, "month": null });
    let rules = v(wenming_core::points::PointsRules {
        attend: 2.0,
        ..Default::default()
    });
    vec![
        ("dashboard", Everyone(None), Body::Json(json!({}))),
        (
            "points_leaderboard",
            Everyone(None),
            Body::Json(json!({ "period": year })),
        ),
        (
            "points_board_page",
            Everyone(None),
            Body::Json(
                json!({ "period": year, "query": { "text": "", "page": 1, "page_size": 50 } }),
            ),
        ),
        (
            "points_policy",
            Everyone(None),
            Body::Json(json!({ "year": 2030 })),
        ),
        (
            "points_ledger",
            Organizer,
            Body::Json(json!({ "staffId": 1, "period": year })),
        ),
        (
            "my_points",
            SelfService,
            Body::Json(json!({ "staffId": 6, "pin": null, "year": 2030 })),
        ),
        (
            "preview_points_policy",
            Organizer,
            Body::Json(json!({ "year": 2030, "rules": rules })),
        ),
        (
            "set_points_policy",
            Organizer,
            Body::Json(json!({ "year": 2030, "rules": rules, "note": "参加活动 2 分" })),
        ),
        (
            "add_points_adjustment",
            Organizer,
            Body::Json(json!({ "input": {
                "staff_id": 1, "on_date": "2030-01-07", "points": 2.0, "reason": "协助布置会场"
            } })),
        ),
        (
            "points_adjustments",
            Organizer,
            Body::Json(json!({ "period": year })),
        ),
        (
            "export_points",
            Organizer,
            Body::Json(json!({ "period": year })),
        ),
    ]
}
