//! 评诺 rounds and role-model study sessions as evidence: filed by the default mapping, by hand,
//! counted in the coverage and written by the export.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::activities::{self, ActivityKind, Actor};
use crate::error::Coded;
use crate::exemplars::{self, ExemplarInput};
use crate::pledges::{self, ColleagueScope, ItemInput, Owner, PledgeInput, PledgeRoundInput};
use crate::pledges::{Rating, RatingInput, RatingMode, Scoring};
use crate::testkit::{self, november};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 2)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

const ROUND: &str = "2026年度评诺";
const SERVICE: &str = "公开服务承诺，开展亮诺、践诺、评诺";
const LECTURE: &str = "定期举办道德讲堂，开展学习身边典型活动";
const MODELS: &str = "开展评先选优，公示并宣传先进典型";

struct Unit {
    conn: rusqlite::Connection,
    /// The closed 评诺 round; the 道德讲堂 that studied a role model.
    round: i64,
    lecture: i64,
}

fn round_input(title: &str) -> PledgeRoundInput {
    PledgeRoundInput {
        year: 2026,
        title: title.into(),
        mode: RatingMode::Named,
        colleagues: ColleagueScope::SameDepartment,
        leader_ids: Vec::new(),
        colleague_ids: Vec::new(),
        scoring: Scoring::default(),
    }
}

/// The 示例 tree; 职工1 (办公室) publishes a pledge, rates it 满意 in a named round closed on 24
/// November (优秀), and a draft round is left unopened; a 道德讲堂 on the 25th, attended by
/// 职工1, studied the published profile of 职工2 (宣传科) and one of 职工3, taken back to draft
/// since.
fn unit() -> Unit {
    let mut conn = testkit::database();
    crate::settings::set_unit_name(&mut conn, "某某局").unwrap();
    let d = testkit::departments(&mut conn, &["办公室", "宣传科"]);
    let people = testkit::staff(&mut conn, testkit::people(4, "职工", &d));
    load_sample_tree(&mut conn).unwrap();

    let pledge = PledgeInput {
        owner: Owner::Person {
            staff_id: people[0],
        },
        year: 2026,
        items: vec![ItemInput {
            kind: "服务承诺".into(),
            content: "窗口服务零投诉".into(),
            due_on: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        }],
    };
    let p = pledges::publish_pledge(
        &mut conn,
        &pledge,
        pledges::Actor::Staff(people[0]),
        november(2, 9),
    )
    .unwrap();
    let round = pledges::create_round(&mut conn, &round_input(ROUND), november(20, 9))
        .unwrap()
        .id;
    pledges::create_round(&mut conn, &round_input("草稿评诺"), november(20, 9)).unwrap();
    pledges::open_round(&mut conn, round, november(20, 10)).unwrap();
    let rating = RatingInput {
        round_id: round,
        pledge_id: p.id,
        rating: Rating::Satisfied,
        comment: String::new(),
    };
    pledges::rate(&mut conn, people[0], &rating, november(21, 9)).unwrap();
    pledges::close_round(&mut conn, round, november(24, 16)).unwrap();

    let profile = |conn: &mut rusqlite::Connection, staff: i64, title: &str| {
        let input = ExemplarInput {
            staff_id: Some(staff),
            department_id: None,
            title: title.into(),
            story: "三十年如一日服务群众".into(),
        };
        exemplars::create_exemplar(conn, &input, november(3, 9))
            .unwrap()
            .id
    };
    let model = profile(&mut conn, people[1], "岗位标兵");
    let draft = profile(&mut conn, people[2], "未发布的典型");
    exemplars::set_published(&mut conn, model, true, november(3, 10)).unwrap();
    exemplars::set_published(&mut conn, draft, true, november(3, 10)).unwrap();
    let lecture = testkit::publish(
        &mut conn,
        &testkit::activity_input(ActivityKind::MoralLecture, "道德讲堂第一讲"),
    )
    .id;
    exemplars::set_studied_exemplars(&mut conn, lecture, &[model, draft], november(10, 9)).unwrap();
    // Taken back to draft after it was studied: no longer shown outside.
    exemplars::set_published(&mut conn, draft, false, november(11, 9)).unwrap();
    let s = activities::sign_up(
        &mut conn,
        lecture,
        people[0],
        Actor::Organizer,
        november(10, 9),
    )
    .unwrap();
    activities::check_in(&mut conn, s.members[0].id, november(25, 9)).unwrap();
    Unit {
        conn,
        round,
        lecture,
    }
}

/// The id of the 标准 named `name`.
fn standard(u: &Unit, name: &str) -> i64 {
    fn find(n: &Node, name: &str) -> Option<i64> {
        if n.level == Level::Standard && n.name == name {
            return Some(n.id);
        }
        n.children.iter().find_map(|c| find(c, name))
    }
    tree(&u.conn)
        .unwrap()
        .items
        .iter()
        .find_map(|i| find(i, name))
        .unwrap()
}

fn titles(u: &Unit, name: &str) -> Vec<(RecordKind, String)> {
    standard_evidence(&u.conn, standard(u, name), 2026, 2026, now())
        .unwrap()
        .records
        .into_iter()
        .map(|e| (e.kind, e.title))
        .collect()
}

#[test]
fn a_pledge_round_and_a_role_model_study_are_filed_by_the_default_mapping() {
    let u = unit();
    assert_eq!(
        titles(&u, SERVICE),
        [(RecordKind::PledgeRound, ROUND.to_string())],
        "the draft round was never held"
    );
    assert_eq!(
        titles(&u, LECTURE),
        [
            (RecordKind::Activity, "道德讲堂第一讲".to_string()),
            (
                RecordKind::ExemplarStudy,
                "道德讲堂第一讲（学习身边典型）".to_string()
            )
        ]
    );
    assert_eq!(
        titles(&u, MODELS),
        [(
            RecordKind::ExemplarStudy,
            "道德讲堂第一讲（学习身边典型）".to_string()
        )]
    );
    let all = records(&u.conn, 2026, 2026, now()).unwrap();
    let round = all
        .iter()
        .find(|e| e.kind == RecordKind::PledgeRound)
        .unwrap();
    assert_eq!(
        (round.record_id, round.on, round.detail.as_str()),
        (
            u.round,
            NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            "评诺已结束，参评 1 个，优秀 1 个，良好 0 个"
        )
    );
    let study = all
        .iter()
        .find(|e| e.kind == RecordKind::ExemplarStudy)
        .unwrap();
    assert_eq!(
        (study.record_id, study.detail.as_str()),
        (u.lecture, "学习职工2，到场 1 人"),
        "only the published profile is named"
    );
    assert!(
        records(&u.conn, 2025, 2025, now()).unwrap().is_empty(),
        "a round of 2026 is not evidence of 2025"
    );
    let gaps: Vec<String> = standards_without_evidence(&u.conn, 2026, 2026, now())
        .unwrap()
        .into_iter()
        .map(|g| g.path)
        .collect();
    assert!(!gaps
        .iter()
        .any(|g| g.ends_with(SERVICE) || g.ends_with(MODELS)));
}

#[test]
fn a_pledge_round_or_a_study_is_filed_by_hand_and_a_draft_round_is_refused() {
    let mut u = unit();
    let other = standard(&u, "设立宣传栏、网页专栏，传播文明风尚");
    file_record(
        &mut u.conn,
        other,
        RecordKind::PledgeRound,
        u.round,
        true,
        "评诺结果已在宣传栏公布",
        now(),
    )
    .unwrap();
    file_record(
        &mut u.conn,
        other,
        RecordKind::ExemplarStudy,
        u.lecture,
        true,
        "典型事迹上墙",
        now(),
    )
    .unwrap();
    let filed = standard_evidence(&u.conn, other, 2026, 2026, now()).unwrap();
    assert_eq!(filed.records.len(), 2);
    assert!(filed.records.iter().all(|e| e.by_hand));

    let draft = pledges::rounds(&u.conn, Some(2026))
        .unwrap()
        .into_iter()
        .find(|r| r.title == "草稿评诺")
        .unwrap()
        .id;
    let refused = file_record(
        &mut u.conn,
        other,
        RecordKind::PledgeRound,
        draft,
        true,
        "草稿",
        now(),
    );
    assert_eq!(refused.unwrap_err().code(), "ledger.record_not_found");
    let reading = testkit::publish(
        &mut u.conn,
        &testkit::activity_input(ActivityKind::Reading, "诵读"),
    )
    .id;
    let refused = file_record(
        &mut u.conn,
        other,
        RecordKind::ExemplarStudy,
        reading,
        true,
        "没有学习典型",
        now(),
    );
    assert_eq!(
        refused.unwrap_err().code(),
        "ledger.record_not_found",
        "an activity that studied no role model is no study session"
    );
    assert_eq!(
        standard_evidence(&u.conn, other, 2026, 2026, now())
            .unwrap()
            .records
            .len(),
        2,
        "refusals file nothing"
    );
}

#[test]
fn the_export_writes_the_pledge_sheets_and_the_studied_profiles_and_the_report_counts_them() {
    let u = unit();
    let files = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let input = ExportInput {
        from_year: 2026,
        to_year: 2026,
        report: String::new(),
        zip: false,
    };
    let done = export_ledger(
        &u.conn,
        files.path(),
        out.path(),
        &input,
        now(),
        &mut |_| true,
    )
    .unwrap();
    let root = Path::new(&done.path);
    let folder = |item: &str| {
        std::fs::read_dir(root)
            .unwrap()
            .flatten()
            .find(|e| e.file_name().to_string_lossy().ends_with(item))
            .unwrap()
            .path()
    };
    let service = folder("_优质服务状况").join("01_服务承诺与群众满意");
    assert!(service.join("2026年践诺情况汇总.xlsx").is_file());
    let result = service.join(format!("{ROUND}结果.xlsx"));
    let mut wb = calamine::open_workbook_auto(&result).unwrap();
    use calamine::Reader;
    let sheet = wb.worksheet_range("评诺结果").unwrap();
    let cells: Vec<String> = sheet.rows().flatten().map(|c| c.to_string()).collect();
    assert!(cells.contains(&"职工1".to_string()) && cells.contains(&"优秀".to_string()));
    let pdf = |name: String| {
        crate::exports::pdf::read_pages(&std::fs::read(service.join(&name)).unwrap()).concat()
    };
    let result = pdf(format!("{ROUND}结果.pdf"));
    assert!(
        result.starts_with(&format!("某某局{ROUND}结果")),
        "{result}"
    );
    assert!(
        result.contains("职工1办公室") && result.contains("优秀"),
        "{result}"
    );
    let board = pdf("2026年度公开承诺栏.pdf".into());
    assert!(
        board.starts_with("某某局2026年度公开承诺栏办公室"),
        "{board}"
    );
    assert!(
        board.contains("1职工1服务承诺窗口服务零投诉2026年12月31日"),
        "{board}"
    );
    assert!(
        board.contains("欢迎监督某某局") && board.contains("第1页，共1页"),
        "{board}"
    );

    let lecture = folder("_道德讲堂建设").join("01_道德讲堂常态化运行");
    let text = std::fs::read_to_string(lecture.join("学习典型_道德讲堂第一讲.txt")).unwrap();
    assert!(text.contains("职工2（宣传科）：岗位标兵") && text.contains("三十年如一日服务群众"));
    assert!(!text.contains("未发布的典型"), "a draft profile stays out");

    let report = draft_report(&u.conn, 2026, 2026, now()).unwrap();
    assert!(report.contains("组织评诺1轮") && report.contains("组织学习身边典型1次"));
}
