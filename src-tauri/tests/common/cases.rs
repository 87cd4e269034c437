//! The role-test registry: every command the shell registers, how it is guarded and arguments
//! that reach its guard. `every_command.rs` checks this list against the shell's own
//! (`wenming_lib::commands::COMMANDS`), so a newly registered command fails the tests until it is
//! added here with its guard.

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{json, to_value, Value};
use wenming_core::activities::{self as act, ActivityInput, ActivityKind, Attendance, SheetKind};
use wenming_core::contests::{
    self, Centi, ChessResult, ChessRules, DrawInput, EntryInput, JudgeInput, JudgingRules,
    MatchResult, ResultSheetKind, ScoreSheet, TournamentFormat, TournamentRules,
};
use wenming_core::honors::{
    self, Ballot, BallotForm, CategoryInput, Eligibility, MajorityBase, NominationInput,
    NominationSource, ObjectionInput, PaperCount, PaperRole, RoundInput, Target, VoterSelection,
};
use wenming_core::roster::{Gender, ImportOptions, PoliticalStatus, StaffInput, StaffQuery};

use super::ipc::{Body, Window};

/// How a command is guarded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Access {
    /// Organizer mode only: in staff mode refused with `auth.organizer_required`, nothing changed.
    Organizer,
    /// Anyone, in staff mode too (browsing, the session): it answers — with a result, or for these
    /// arguments with this refusal, which is not about the role.
    Everyone(Option<&'static str>),
    /// 职工自助: once PINs are on, refused without the person's right PIN, nothing changed.
    SelfService,
    /// A 投票终端's own: refused with `auth.not_kiosk` while no kiosk is open.
    Kiosk,
}

pub struct Case {
    pub command: &'static str,
    pub access: Access,
    pub body: Body,
}

/// The records the cases point at.
pub struct Fixture {
    /// 道德经典诵读 (reading), staff 1 signed up (sign-up 1).
    pub activity: i64,
    pub activity_file: i64,
    /// 迎新春书画展 with one work (with a photo) and vote codes issued.
    pub exhibition: i64,
    pub entry: i64,
    pub vote_codes: Vec<String>,
    /// 先进个人 2030: staff 1 and 2 nominated and passed, an open round over the whole roster.
    pub category: i64,
    pub nomination: i64,
    pub round: i64,
    pub ballot_codes: Vec<String>,
    /// 文明服务标兵 2030, still taking nominations: staff 3 nominated and passed, with one attachment.
    pub open_category: i64,
    pub open_nomination: i64,
    pub nomination_file: i64,
}

/// A tiny PNG: enough to be taken for a picture.
pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

pub fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2030, 1, 7).unwrap()
}

fn at_nine() -> NaiveDateTime {
    day().and_hms_opt(9, 0, 0).unwrap()
}

/// The sample unit of `super::app_with_sample_unit` and, on top, the records above.
pub fn fixture(path: &std::path::Path) -> Fixture {
    super::sample_unit(path);
    let mut conn = wenming_core::store::open(path).unwrap();
    let files = act::files_dir(path);
    let t = at_nine();
    let activity_file = act::add_file(&mut conn, &files, 1, "签到表.png", PNG, t)
        .unwrap()
        .id;

    let exhibition = act::create_activity(
        &mut conn,
        &ActivityInput {
            kind: ActivityKind::Exhibition,
            title: "迎新春书画展".into(),
            ..super::activity()
        },
        true,
        wenming_core::time::now(),
    )
    .unwrap()
    .id;
    let photo = act::add_file(&mut conn, &files, exhibition, "春山.png", PNG, t)
        .unwrap()
        .id;
    let contest = contests::add_entry(&mut conn, exhibition, &entry_input(Some(photo)), t).unwrap();
    let entry = contest.exhibition.unwrap().entries[0].id;
    let vote_codes = contests::issue_vote_codes(&mut conn, exhibition, 3, t).unwrap();

    let categories = honors::seed_default_categories(&mut conn, 2030, t).unwrap();
    let named = |name: &str| categories.iter().find(|c| c.name == name).unwrap().id;
    let (category, open_category) = (named("先进个人"), named("文明服务标兵"));
    let mut nominations = Vec::new();
    for staff in [1, 2] {
        let n = honors::nominate(&mut conn, &nomination_input(category, staff), t).unwrap();
        honors::review_nomination(&mut conn, n.id, true, "").unwrap();
        nominations.push(n.id);
    }
    let open_nomination = honors::nominate(&mut conn, &nomination_input(open_category, 3), t)
        .unwrap()
        .id;
    honors::review_nomination(&mut conn, open_nomination, true, "").unwrap();
    let nomination_file = honors::add_nomination_file(
        &mut conn,
        &wenming_core::files::files_dir(path),
        open_nomination,
        "事迹.pdf",
        b"%PDF-1.4",
        t,
    )
    .unwrap()
    .id;
    let round = honors::create_round(&mut conn, &round_input(category), t)
        .unwrap()
        .id;
    let ballot_codes = honors::open_round(&mut conn, round, t).unwrap();
    Fixture {
        activity: 1,
        activity_file,
        exhibition,
        entry,
        vote_codes,
        category,
        nomination: nominations[0],
        round,
        ballot_codes,
        open_category,
        open_nomination,
        nomination_file,
    }
}

pub fn staff_input(department_id: i64) -> StaffInput {
    StaffInput {
        employee_no: "N001".into(),
        name: "新同事".into(),
        gender: Gender::Male,
        department_id,
        position: String::new(),
        political_status: PoliticalStatus::Masses,
        is_veteran: false,
        phone: String::new(),
    }
}

pub fn category_input() -> CategoryInput {
    CategoryInput {
        year: 2030,
        name: "最美志愿者".into(),
        target: Target::Person,
        quota: 2,
        eligibility: Eligibility::None,
        nominations_open_at: day().and_hms_opt(0, 0, 0).unwrap(),
        nominations_close_at: day().and_hms_opt(23, 0, 0).unwrap(),
    }
}

pub fn nomination_input(category_id: i64, staff: i64) -> NominationInput {
    NominationInput {
        category_id,
        nominee_staff_id: Some(staff),
        nominee_department_id: None,
        source: NominationSource::Leadership,
        source_department_id: None,
        actor_staff_id: None,
        deeds: "热心服务".into(),
    }
}

pub fn round_input(category_id: i64) -> RoundInput {
    RoundInput {
        category_id,
        title: "先进个人投票".into(),
        form: BallotForm::Choose,
        majority_base: MajorityBase::Cast,
        voters: VoterSelection {
            whole_roster: true,
            ..Default::default()
        },
    }
}

fn entry_input(photo_file_id: Option<i64>) -> EntryInput {
    EntryInput {
        title: "春山".into(),
        staff_id: 1,
        medium: "国画".into(),
        photo_file_id,
    }
}

fn chess_draw() -> DrawInput {
    DrawInput {
        format: TournamentFormat::RoundRobin,
        double: false,
        third_place: false,
        rounds: None,
        groups: None,
        rules: TournamentRules::Chess(ChessRules::default()),
        seeds: Vec::new(),
    }
}

fn v<T: serde::Serialize>(value: T) -> Value {
    to_value(value).unwrap()
}

fn upload(id_header: &'static str, id: i64, file_name: &str) -> Body {
    Body::Raw {
        bytes: PNG.to_vec(),
        headers: vec![
            (id_header, id.to_string()),
            ("file-name", file_name.to_string()),
        ],
    }
}

/// Every registered command, with its guard and arguments aimed at the fixture.
pub fn cases(f: &Fixture) -> Vec<Case> {
    use Access::*;
    let csv = b"\xEF\xBB\xBF\xE5\xB7\xA5\xE5\x8F\xB7,\xE5\xA7\x93\xE5\x90\x8D\n".to_vec();
    let staff_query = StaffQuery {
        page: 1,
        page_size: 10,
        ..Default::default()
    };
    let activity_query = act::ActivityQuery {
        page: 1,
        page_size: 10,
        ..Default::default()
    };
    let (a, ex, cat, round) = (f.activity, f.exhibition, f.category, f.round);
    let ballot = Ballot::Choose {
        chosen: vec![f.nomination],
    };
    let sheet = ScoreSheet {
        judge_id: 1,
        entrant_id: 1,
        marks: [40, 30, 20, 10].map(Centi::points).to_vec(),
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
    let list: Vec<(&'static str, Access, Body)> = vec![
        // 设置 and the session
        ("app_info", Everyone(None), Body::Json(json!({}))),
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
        // 花名册
        ("list_departments", Everyone(None), Body::Json(json!({}))),
        (
            "create_department",
            Organizer,
            Body::Json(json!({ "input": v(super::department()) })),
        ),
        (
            "update_department",
            Organizer,
            Body::Json(json!({ "id": 1, "input": v(super::department()) })),
        ),
        (
            "delete_department",
            Organizer,
            Body::Json(json!({ "id": 1 })),
        ),
        (
            "list_staff",
            Everyone(None),
            Body::Json(json!({ "query": v(&staff_query) })),
        ),
        ("get_staff", Organizer, Body::Json(json!({ "id": 1 }))),
        (
            "create_staff",
            Organizer,
            Body::Json(json!({ "input": v(staff_input(1)) })),
        ),
        (
            "update_staff",
            Organizer,
            Body::Json(json!({ "id": 1, "input": v(staff_input(1)) })),
        ),
        (
            "set_staff_active",
            Organizer,
            Body::Json(json!({ "id": 1, "active": false })),
        ),
        ("delete_staff", Organizer, Body::Json(json!({ "id": 80 }))),
        (
            "preview_roster_import",
            Organizer,
            Body::Json(
                json!({ "bytes": csv, "fileName": "a.csv", "options": v(ImportOptions::default()) }),
            ),
        ),
        (
            "apply_roster_import",
            Organizer,
            Body::Json(
                json!({ "bytes": csv, "fileName": "a.csv", "options": v(ImportOptions::default()) }),
            ),
        ),
        ("export_roster", Organizer, Body::Json(json!({}))),
        ("load_sample_data", Organizer, Body::Json(json!({}))),
        (
            "set_staff_pin",
            Organizer,
            Body::Json(json!({ "staffId": 1, "pin": "1234" })),
        ),
        (
            "issue_staff_pins",
            Organizer,
            Body::Json(json!({ "input": { "department_id": null, "only_without_pin": false } })),
        ),
        // 活动与报名
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
            Body::Json(json!({ "input": v(super::activity()), "publish": true })),
        ),
        (
            "update_activity",
            Organizer,
            Body::Json(json!({ "id": a, "input": v(super::activity()) })),
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
        // 比赛: tournaments
        (
            "get_tournament",
            Everyone(None),
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "make_tournament_draw",
            Organizer,
            Body::Json(json!({ "activityId": a, "input": v(chess_draw()) })),
        ),
        (
            "cancel_tournament_draw",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "record_match_result",
            Organizer,
            Body::Json(json!({ "matchId": 1, "result": v(MatchResult::Chess(ChessResult::Draw)) })),
        ),
        (
            "pair_next_round",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "start_knockout",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "finish_tournament",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "set_tournament_lots",
            Organizer,
            Body::Json(json!({ "activityId": a, "lots": [1, 2] })),
        ),
        // 比赛: judged contests and the 书画展览
        (
            "judged_contest",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "set_judging_rules",
            Organizer,
            Body::Json(
                json!({ "activityId": a, "rules": v(JudgingRules::default()), "awards": null }),
            ),
        ),
        (
            "add_judge",
            Organizer,
            Body::Json(
                json!({ "activityId": a, "input": v(JudgeInput { staff_id: None, name: "评委".into() }) }),
            ),
        ),
        (
            "remove_judge",
            Organizer,
            Body::Json(json!({ "judgeId": 1 })),
        ),
        (
            "enter_score",
            Organizer,
            Body::Json(json!({ "activityId": a, "sheet": v(&sheet) })),
        ),
        (
            "publish_results",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "unlock_results",
            Organizer,
            Body::Json(json!({ "activityId": a, "reason": "原因" })),
        ),
        (
            "result_sheet",
            Organizer,
            Body::Json(json!({ "activityId": a, "kind": v(ResultSheetKind::Scores) })),
        ),
        (
            "export_result_sheet",
            Organizer,
            Body::Json(json!({ "activityId": a, "kind": v(ResultSheetKind::Awards) })),
        ),
        (
            "certificates",
            Organizer,
            Body::Json(json!({ "activityId": a })),
        ),
        (
            "add_exhibition_entry",
            Organizer,
            Body::Json(json!({ "activityId": ex, "input": v(entry_input(None)) })),
        ),
        (
            "remove_exhibition_entry",
            Organizer,
            Body::Json(json!({ "entryId": f.entry })),
        ),
        (
            "set_vote_weight",
            Organizer,
            Body::Json(json!({ "activityId": ex, "weight": 20 })),
        ),
        (
            "issue_vote_codes",
            Organizer,
            Body::Json(json!({ "activityId": ex, "count": 5 })),
        ),
        (
            "unused_vote_codes",
            Organizer,
            Body::Json(json!({ "activityId": ex })),
        ),
        (
            "close_vote",
            Organizer,
            Body::Json(json!({ "activityId": ex })),
        ),
        (
            "enter_vote_kiosk",
            Organizer,
            Body::Json(json!({ "activityId": ex })),
        ),
        ("vote_ballot", Kiosk, Body::Json(json!({}))),
        (
            "vote_photo",
            Kiosk,
            Body::Json(json!({ "entryId": f.entry })),
        ),
        (
            "cast_exhibition_vote",
            Kiosk,
            Body::Json(json!({ "code": f.vote_codes[0], "entryId": f.entry })),
        ),
        // 评先选优
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
    ];
    list.into_iter()
        .map(|(command, access, body)| Case {
            command,
            access,
            body,
        })
        .collect()
}

/// Logs in through the page's own command.
pub fn log_in(window: &Window) {
    window
        .json("login", json!({ "password": "organizer-pw" }))
        .unwrap();
}
