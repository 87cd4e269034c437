//! The role-test registry: every command the shell registers, how it is guarded and arguments
//! that reach its guard. `every_command.rs` checks this list against the shell's own
//! (`wenming_lib::commands::COMMANDS`), so a newly registered command fails the tests until it is
//! added here with its guard.

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{json, to_value, Value};
use wenming_core::activities::{self as act, ActivityInput, ActivityKind};
use wenming_core::contests::{
    ChessRules, DrawInput, EntryInput, TournamentFormat, TournamentRules,
};
use wenming_core::honors::{
    BallotForm, CategoryInput, Eligibility, MajorityBase, NominationInput, NominationSource,
    RoundInput, Target, VoterSelection,
};
use wenming_core::roster::{Gender, PoliticalStatus, StaffInput};

mod activities;
mod challenges;
mod contests;
mod exemplars;
mod honors;
mod lan;
mod ledger;
mod pledges;
mod points;
mod roster;
mod safety;
mod screens;
mod settings;

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
    /// A draft round of 文明服务标兵 over the whole roster.
    pub draft_round: i64,
    /// Staff 5's pledge of 2030 (published by the organizer), its first item and one progress
    /// entry on it.
    pub pledge: i64,
    pub pledge_item: i64,
    pub pledge_progress: i64,
    /// An open anonymous 评诺 round of 2030 (leaders: staff 7 and 8) over that pledge, and a
    /// draft round.
    pub pledge_round: i64,
    /// Two codes of that round's 领导 sheet (which rates only staff 5's pledge).
    pub pledge_codes: Vec<String>,
    pub draft_pledge_round: i64,
    /// The 示例 测评体系: its first 测评项目, first 标准, and a document filed under that 标准.
    pub ledger_item: i64,
    pub ledger_standard: i64,
    pub ledger_document: i64,
    /// 道德讲堂 (published) that studied the published profile of staff 1, which has one photo.
    pub lecture: i64,
    pub exemplar: i64,
    pub exemplar_file: i64,
}

/// A tiny PNG: enough to be taken for a picture.
pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

pub fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2030, 1, 7).unwrap()
}

pub fn at_nine() -> NaiveDateTime {
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
            ..crate::common::activity()
        },
        true,
        wenming_core::time::now(),
    )
    .unwrap()
    .id;
    let photo = act::add_file(&mut conn, &files, exhibition, "春山.png", PNG, t)
        .unwrap()
        .id;
    let contest =
        wenming_core::contests::add_entry(&mut conn, exhibition, &entry_input(Some(photo)), t)
            .unwrap();
    let entry = contest.exhibition.unwrap().entries[0].id;
    let vote_codes = wenming_core::contests::issue_vote_codes(&mut conn, exhibition, 3, t).unwrap();

    let categories = wenming_core::honors::seed_default_categories(&mut conn, 2030, t).unwrap();
    let named = |name: &str| categories.iter().find(|c| c.name == name).unwrap().id;
    let (category, open_category) = (named("先进个人"), named("文明服务标兵"));
    let mut nominations = Vec::new();
    for staff in [1, 2] {
        let n = wenming_core::honors::nominate(&mut conn, &nomination_input(category, staff), t)
            .unwrap();
        wenming_core::honors::review_nomination(&mut conn, n.id, true, "").unwrap();
        nominations.push(n.id);
    }
    let open_nomination =
        wenming_core::honors::nominate(&mut conn, &nomination_input(open_category, 3), t)
            .unwrap()
            .id;
    wenming_core::honors::review_nomination(&mut conn, open_nomination, true, "").unwrap();
    let nomination_file = wenming_core::honors::add_nomination_file(
        &mut conn,
        &wenming_core::files::files_dir(path),
        open_nomination,
        "事迹.pdf",
        b"%PDF-1.4",
        t,
    )
    .unwrap()
    .id;
    let (lecture, exemplar, exemplar_file) = exemplar_fixture(&mut conn, path);
    let round = wenming_core::honors::create_round(&mut conn, &round_input(category), t)
        .unwrap()
        .id;
    let ballot_codes = wenming_core::honors::open_round(&mut conn, round, t).unwrap();
    let draft_round = wenming_core::honors::create_round(&mut conn, &round_input(open_category), t)
        .unwrap()
        .id;
    let pledge = wenming_core::pledges::publish_pledge(
        &mut conn,
        &pledges::pledge_input(5),
        wenming_core::pledges::Actor::Organizer,
        t,
    )
    .unwrap();
    let pledge_item = pledge.items[0].id;
    let pledge_progress = wenming_core::pledges::add_progress(
        &mut conn,
        &pledges::progress_input(pledge_item),
        wenming_core::pledges::Actor::Organizer,
        t,
    )
    .unwrap()
    .id;
    let pledge_round =
        wenming_core::pledges::create_round(&mut conn, &pledges::round_input(vec![7, 8]), t)
            .unwrap()
            .id;
    wenming_core::pledges::open_round(&mut conn, pledge_round, t).unwrap();
    let pledge_codes = wenming_core::pledges::round_codes(&conn, pledge_round).unwrap()[0]
        .codes
        .clone();
    let draft_pledge_round =
        wenming_core::pledges::create_round(&mut conn, &pledges::round_input(vec![7]), t)
            .unwrap()
            .id;
    let tree = wenming_core::ledger::load_sample_tree(&mut conn).unwrap();
    let ledger_item = tree.items[0].id;
    let ledger_standard = tree.items[0].children[0].children[0].id;
    let ledger_document = wenming_core::ledger::add_document(
        &mut conn,
        &wenming_core::files::files_dir(path),
        &wenming_core::ledger::NewDocument {
            standard_id: ledger_standard,
            kind: wenming_core::ledger::DocKind::Official,
            year: 2030,
            file_name: "计划.pdf",
            bytes: b"%PDF-1.4",
        },
        t,
    )
    .unwrap()
    .id;
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
        draft_round,
        pledge: pledge.id,
        pledge_item,
        pledge_progress,
        pledge_round,
        pledge_codes,
        draft_pledge_round,
        ledger_item,
        ledger_standard,
        ledger_document,
        lecture,
        exemplar,
        exemplar_file,
    }
}

/// A published 道德讲堂 that studied the published profile of staff 1, with its photo.
fn exemplar_fixture(
    conn: &mut wenming_core::store::Connection,
    path: &std::path::Path,
) -> (i64, i64, i64) {
    use wenming_core::exemplars as ex;
    let t = at_nine();
    let lecture = act::create_activity(
        conn,
        &ActivityInput {
            kind: ActivityKind::MoralLecture,
            title: "道德讲堂".into(),
            ..crate::common::activity()
        },
        true,
        wenming_core::time::now(),
    )
    .unwrap()
    .id;
    let exemplar = ex::create_exemplar(conn, &exemplar_input(1), t).unwrap().id;
    ex::set_published(conn, exemplar, true, t).unwrap();
    let file = ex::add_exemplar_file(
        conn,
        &wenming_core::files::files_dir(path),
        exemplar,
        "工作照.png",
        PNG,
        t,
    )
    .unwrap()
    .id;
    ex::set_studied_exemplars(conn, lecture, &[exemplar], t).unwrap();
    (lecture, exemplar, file)
}

pub fn exemplar_input(staff: i64) -> wenming_core::exemplars::ExemplarInput {
    wenming_core::exemplars::ExemplarInput {
        staff_id: Some(staff),
        department_id: None,
        title: "服务标兵".into(),
        story: "扎根窗口二十年。".into(),
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

pub fn entry_input(photo_file_id: Option<i64>) -> EntryInput {
    EntryInput {
        title: "春山".into(),
        staff_id: 1,
        medium: "国画".into(),
        photo_file_id,
    }
}

pub fn chess_draw() -> DrawInput {
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

pub fn v<T: serde::Serialize>(value: T) -> Value {
    to_value(value).unwrap()
}

pub fn upload(id_header: &'static str, id: i64, file_name: &str) -> Body {
    Body::Raw {
        bytes: PNG.to_vec(),
        headers: vec![
            (id_header, id.to_string()),
            ("file-name", file_name.to_string()),
        ],
    }
}

/// A command, its guard and its arguments.
pub type Row = (&'static str, Access, Body);

/// Every registered command, with its guard and arguments aimed at the fixture.
pub fn cases(f: &Fixture) -> Vec<Case> {
    [
        settings::list(f),
        roster::list(f),
        activities::list(f),
        challenges::list(f),
        contests::list(f),
        honors::list(f),
        pledges::list(f),
        points::list(f),
        ledger::list(f),
        exemplars::list(f),
        safety::list(f),
        screens::list(f),
        lan::list(f),
    ]
    .into_iter()
    .flatten()
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
