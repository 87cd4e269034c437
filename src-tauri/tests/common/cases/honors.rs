//! Role cases of 评先选优.

use serde_json::json;
use wenming_core::honors::{Ballot, ObjectionInput, PaperCount, PaperRole};

use super::*;
use crate::common::ipc::Body;

pub fn list(f: &Fixture) -> Vec<Row> {
    use Access::*;
    let (cat, round) = (f.category, f.round);
    let ballot = Ballot::Choose {
        chosen: vec![f.nomination],
    };
    let paper = PaperCount {
        ballots: 1,
        invalid: 0,
        candidates: vec![],
    };
    let objection = ObjectionInput {
        nomination_id: None,
        received_on: day(),
        content: "请核实".into(),
    };
    vec![
        (
            "honor_categories",
            Everyone(None),
            Body::Json(json!({ "year": 2030 })),
        ),
        (
            "seed_honor_categories",
            Organizer,
            Body::Json(json!({ "year": 2031 })),
        ),
        (
            "create_honor_category",
            Organizer,
            Body::Json(json!({ "input": v(category_input()) })),
        ),
        (
            "update_honor_category",
            Organizer,
            Body::Json(json!({ "id": cat, "input": v(category_input()) })),
        ),
        (
            "honor_nominations",
            Everyone(None),
            Body::Json(json!({ "categoryId": cat })),
        ),
        (
            "honor_candidates",
            Everyone(None),
            Body::Json(json!({ "categoryId": cat })),
        ),
        (
            "nominate",
            Organizer,
            Body::Json(json!({ "input": v(nomination_input(f.open_category, 4)) })),
        ),
        (
            "self_nominate",
            SelfService,
            Body::Json(
                json!({ "categoryId": f.open_category, "staffId": 2, "pin": null, "deeds": "热心服务" }),
            ),
        ),
        (
            "my_nominations",
            SelfService,
            Body::Json(json!({ "staffId": 3, "pin": null })),
        ),
        (
            "nomination_files",
            Everyone(None),
            Body::Json(json!({ "nominationId": f.open_nomination })),
        ),
        (
            "add_nomination_file",
            Organizer,
            upload("nomination-id", f.open_nomination, "%E4%BA%8B%E8%BF%B9.png"),
        ),
        (
            "nomination_file_bytes",
            Everyone(None),
            Body::Json(json!({ "fileId": f.nomination_file })),
        ),
        (
            "remove_nomination_file",
            Organizer,
            Body::Json(json!({ "fileId": f.nomination_file })),
        ),
        (
            "review_nomination",
            Organizer,
            Body::Json(json!({ "id": f.open_nomination, "passed": false, "reason": "不符合条件" })),
        ),
        (
            "voting_rounds",
            Everyone(None),
            Body::Json(json!({ "categoryId": cat })),
        ),
        (
            "create_voting_round",
            Organizer,
            Body::Json(json!({ "input": v(round_input(cat)) })),
        ),
        (
            "update_voting_round",
            Organizer,
            Body::Json(json!({ "id": round, "input": v(round_input(cat)) })),
        ),
        (
            "delete_voting_round",
            Organizer,
            Body::Json(json!({ "id": f.draft_round })),
        ),
        (
            "voting_round_voters",
            Organizer,
            Body::Json(json!({ "id": round })),
        ),
        (
            "remove_round_voter",
            Organizer,
            Body::Json(json!({ "id": f.draft_round, "staffId": 3 })),
        ),
        (
            "open_voting_round",
            Organizer,
            Body::Json(json!({ "id": round })),
        ),
        (
            "ballot_codes",
            Organizer,
            Body::Json(json!({ "id": round })),
        ),
        (
            "reprint_ballot_codes",
            Organizer,
            Body::Json(json!({ "id": round, "reason": "选票受潮" })),
        ),
        (
            "close_voting_round",
            Organizer,
            Body::Json(json!({ "id": round })),
        ),
        (
            "voting_turnout",
            Everyone(None),
            Body::Json(json!({ "id": round })),
        ),
        (
            "voting_tally",
            Everyone(Some("tally.not_closed")),
            Body::Json(json!({ "id": round })),
        ),
        (
            "export_voting_tally",
            Organizer,
            Body::Json(json!({ "id": round })),
        ),
        (
            "enter_paper_count",
            Organizer,
            Body::Json(json!({ "id": round, "role": v(PaperRole::Counter), "count": v(&paper) })),
        ),
        (
            "paper_status",
            Everyone(None),
            Body::Json(json!({ "id": round })),
        ),
        ("open_runoff", Organizer, Body::Json(json!({ "id": round }))),
        (
            "honor_publicity",
            Everyone(None),
            Body::Json(json!({ "categoryId": cat })),
        ),
        (
            "start_publicity",
            Organizer,
            Body::Json(json!({ "categoryId": cat, "from": v(day()), "objectionsTo": "纪委" })),
        ),
        (
            "add_objection",
            Organizer,
            Body::Json(json!({ "categoryId": cat, "input": v(&objection) })),
        ),
        (
            "resolve_objection",
            Organizer,
            Body::Json(json!({ "id": 1, "resolution": "不成立", "upheld": false })),
        ),
        (
            "confirm_publicity",
            Organizer,
            Body::Json(json!({ "categoryId": cat })),
        ),
        (
            "honor_awards",
            Everyone(None),
            Body::Json(json!({ "year": 2030 })),
        ),
        (
            "staff_honors",
            Everyone(None),
            Body::Json(json!({ "staffId": 1 })),
        ),
        ("enter_kiosk", Organizer, Body::Json(json!({ "id": round }))),
        ("kiosk_ballot", Kiosk, Body::Json(json!({}))),
        (
            "kiosk_check_code",
            Kiosk,
            Body::Json(json!({ "code": f.ballot_codes[0] })),
        ),
        (
            "kiosk_cast",
            Kiosk,
            Body::Json(json!({ "code": f.ballot_codes[0], "ballot": v(&ballot) })),
        ),
    ]
}
