//! Role cases of 全民健身挑战.

use serde_json::json;
use wenming_core::challenges::{ChallengeEntryInput, ChallengeInput, ChallengeUnit};

use super::*;
use crate::common::ipc::Body;

pub fn list(f: &Fixture) -> Vec<Row> {
    use Access::*;
    let a = f.activity;
    let input = ChallengeInput {
        unit: ChallengeUnit::Steps,
        starts_on: day(),
        ends_on: day(),
    };
    let entry = ChallengeEntryInput {
        day: day(),
        amount: 8000.0,
        replace: false,
    };
    let sheet = json!({ "activityId": a, "bytes": [80, 75, 3, 4], "fileName": "填报.xlsx" });
    vec![
        (
            "challenge_board",
            Everyone(None),
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "set_challenge",
            Organizer,
            Body::Json(json!({ "activityId": a, "input": v(input) })),
        ),
        (
            "export_challenge_template",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "preview_challenge_import",
            Organizer,
            Body::Json(sheet.clone()),
        ),
        ("apply_challenge_import", Organizer, Body::Json(sheet)),
        (
            "my_challenge",
            SelfService,
            Body::Json(json!({ "activityId": a, "staffId": 3, "pin": null })),
        ),
        (
            "self_enter_challenge_count",
            SelfService,
            Body::Json(json!({ "activityId": a, "staffId": 4, "pin": null, "input": v(entry) })),
        ),
    ]
}
