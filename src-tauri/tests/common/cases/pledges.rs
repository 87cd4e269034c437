//! Role cases of 亮诺 · 践诺 · 评诺. Self-service cases act as staff 4, 5 and 6 (staff 1 gets
//! PIN-locked by other features' cases).

use serde_json::json;
use wenming_core::pledges::{
    ColleagueScope, ItemEditInput, ItemInput, Owner, PledgeInput, PledgeRoundInput, ProgressInput,
    RatingMode, Scoring, Status,
};

use super::*;
use crate::common::ipc::Body;

pub fn items() -> Vec<ItemInput> {
    vec![
        ItemInput {
            kind: "岗位承诺".into(),
            content: "按时办结每一件来文".into(),
            due_on: day(),
        },
        ItemInput {
            kind: "服务承诺".into(),
            content: "窗口服务零投诉".into(),
            due_on: day(),
        },
    ]
}

pub fn pledge_input(staff_id: i64) -> PledgeInput {
    PledgeInput {
        owner: Owner::Person { staff_id },
        year: 2030,
        items: items(),
    }
}

pub fn progress_input(item_id: i64) -> ProgressInput {
    ProgressInput {
        item_id,
        entry_on: day(),
        text: "已完成".into(),
        status: Status::InProgress,
        progress: 50,
    }
}

/// An anonymous 评诺 round of 2030 with these leaders, colleagues by 科室.
pub fn round_input(leader_ids: Vec<i64>) -> PledgeRoundInput {
    PledgeRoundInput {
        year: 2030,
        title: "2030年度评诺".into(),
        mode: RatingMode::Anonymous,
        colleagues: ColleagueScope::SameDepartment,
        leader_ids,
        colleague_ids: Vec::new(),
        scoring: Scoring::default(),
    }
}

pub fn list(f: &Fixture) -> Vec<Row> {
    use Access::*;
    let edit = ItemEditInput {
        item: ItemInput {
            content: "按时办结每一件来文，急件当日办结".into(),
            ..items()[0].clone()
        },
        reason: "按科室要求".into(),
    };
    vec![
        ("pledge_kinds", Everyone(None), Body::Json(json!({}))),
        (
            "add_pledge_kind",
            Organizer,
            Body::Json(json!({ "name": "廉洁承诺" })),
        ),
        (
            "publish_pledge",
            Organizer,
            Body::Json(json!({ "input": v(pledge_input(6)) })),
        ),
        (
            "self_publish_pledge",
            SelfService,
            Body::Json(json!({ "staffId": 4, "pin": null, "input": v(pledge_input(4)) })),
        ),
        (
            "edit_pledge_item",
            Organizer,
            Body::Json(json!({ "itemId": f.pledge_item, "input": v(edit) })),
        ),
        (
            "owner_pledge",
            Everyone(None),
            Body::Json(json!({ "owner": { "kind": "person", "staff_id": 5 }, "year": 2030 })),
        ),
        (
            "pledge_wall",
            Everyone(None),
            Body::Json(json!({ "year": 2030, "departmentId": null })),
        ),
        (
            "pledge_timeline",
            Everyone(None),
            Body::Json(json!({ "pledgeId": f.pledge })),
        ),
        (
            "add_pledge_progress",
            Organizer,
            Body::Json(json!({ "input": v(progress_input(f.pledge_item)) })),
        ),
        (
            "self_add_pledge_progress",
            SelfService,
            Body::Json(
                json!({ "staffId": 5, "pin": null, "input": v(progress_input(f.pledge_item)) }),
            ),
        ),
        (
            "add_pledge_progress_file",
            Organizer,
            upload("progress-id", f.pledge_progress, "%E7%85%A7%E7%89%87.png"),
        ),
        (
            "pledge_progress_file_bytes",
            Everyone(Some("pledges.file_not_found")),
            Body::Json(json!({ "fileId": 999 })),
        ),
        (
            "remove_pledge_progress_file",
            Organizer,
            Body::Json(json!({ "fileId": 999 })),
        ),
        (
            "pledge_summary",
            Everyone(None),
            Body::Json(json!({ "year": 2030 })),
        ),
        (
            "export_pledge_summary",
            Organizer,
            Body::Json(json!({ "year": 2030 })),
        ),
        (
            "pledge_rounds",
            Everyone(None),
            Body::Json(json!({ "year": 2030 })),
        ),
        (
            "create_pledge_round",
            Organizer,
            Body::Json(json!({ "input": v(round_input(vec![7])) })),
        ),
        (
            "update_pledge_round",
            Organizer,
            Body::Json(json!({ "id": f.draft_pledge_round, "input": v(round_input(vec![7])) })),
        ),
        (
            "open_pledge_round",
            Organizer,
            Body::Json(json!({ "id": f.draft_pledge_round })),
        ),
        (
            "close_pledge_round",
            Organizer,
            Body::Json(json!({ "id": f.pledge_round })),
        ),
        (
            "pledge_round_codes",
            Organizer,
            Body::Json(json!({ "id": f.pledge_round })),
        ),
        (
            "reprint_pledge_codes",
            Organizer,
            Body::Json(json!({ "sheetId": 1, "reason": "打印不清" })),
        ),
        (
            "pledge_round_result",
            Everyone(Some("pledges.results_hidden")),
            Body::Json(json!({ "id": f.pledge_round })),
        ),
        (
            "export_pledge_round_result",
            Organizer,
            Body::Json(json!({ "id": f.pledge_round })),
        ),
        (
            "owner_pledge_grades",
            Everyone(None),
            Body::Json(json!({ "owner": { "kind": "person", "staff_id": 5 } })),
        ),
        (
            "self_rateable_pledges",
            SelfService,
            Body::Json(json!({ "staffId": 6, "pin": null, "roundId": f.pledge_round })),
        ),
        (
            "self_rate_pledge",
            SelfService,
            Body::Json(json!({ "staffId": 5, "pin": null, "input": {
                "round_id": f.pledge_round, "pledge_id": f.pledge,
                "rating": "satisfied", "comment": "" } })),
        ),
        (
            "enter_pledge_kiosk",
            Organizer,
            Body::Json(json!({ "id": f.pledge_round })),
        ),
        ("pledge_kiosk_round", Kiosk, Body::Json(json!({}))),
        (
            "pledge_kiosk_check_code",
            Kiosk,
            Body::Json(json!({ "code": f.pledge_codes[0] })),
        ),
        (
            "pledge_kiosk_cast",
            Kiosk,
            Body::Json(json!({ "code": f.pledge_codes[1], "marks": [
                { "pledge_id": f.pledge, "rating": "basic" } ] })),
        ),
    ]
}
