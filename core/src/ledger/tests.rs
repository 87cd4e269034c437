//! The 测评体系 tree, the mapping, filing by hand, documents, coverage counts and the 责任分解.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::activities::{self, ActivityKind};
use crate::error::Coded;
use crate::testkit::{self, november};

/// December 2026: the standard activities (25 November 2026) have taken place.
fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 2)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

struct Unit {
    conn: Connection,
    departments: Vec<i64>,
    people: Vec<i64>,
    dir: tempfile::TempDir,
}

/// A unit with two 科室 and four people, and the 示例 测评体系 loaded.
fn unit() -> Unit {
    let mut conn = testkit::database();
    let departments = testkit::departments(&mut conn, &["办公室", "宣传科"]);
    let people = testkit::staff(&mut conn, testkit::people(4, "职工", &departments));
    load_sample_tree(&mut conn).unwrap();
    Unit {
        conn,
        departments,
        people,
        dir: tempfile::tempdir().unwrap(),
    }
}

fn held(u: &mut Unit, kind: ActivityKind, title: &str) -> i64 {
    testkit::publish(&mut u.conn, &testkit::activity_input(kind, title)).id
}

/// The id of the 标准 whose name starts with `prefix`.
fn standard(u: &Unit, prefix: &str) -> i64 {
    fn find(n: &Node, prefix: &str) -> Option<i64> {
        if n.level == Level::Standard && n.name.starts_with(prefix) {
            return Some(n.id);
        }
        n.children.iter().find_map(|c| find(c, prefix))
    }
    tree(&u.conn)
        .unwrap()
        .items
        .iter()
        .find_map(|i| find(i, prefix))
        .unwrap_or_else(|| panic!("no 标准 {prefix}"))
}

fn item(u: &Unit, name: &str) -> i64 {
    tree(&u.conn)
        .unwrap()
        .items
        .iter()
        .find(|i| i.name == name)
        .unwrap()
        .id
}

/// Evidence count of each 标准 with any, by its name.
fn counts(u: &Unit, from: i32, to: i32) -> Vec<(String, u32)> {
    fn walk(n: &CoverageNode, out: &mut Vec<(String, u32)>) {
        if n.level == Level::Standard && n.evidence > 0 {
            out.push((n.name.clone(), n.evidence));
        }
        n.children.iter().for_each(|c| walk(c, out));
    }
    let mut out = Vec::new();
    for i in &coverage(&u.conn, from, to, now()).unwrap().items {
        walk(i, &mut out);
    }
    out
}

fn code<E: Coded>(e: E) -> &'static str {
    e.code()
}

fn input(name: &str, points: u32) -> NodeInput {
    NodeInput {
        name: name.into(),
        points,
        methods: vec![Method::Material],
        special: false,
    }
}

// ---- the tree ----

#[test]
fn the_sample_has_thirteen_items_worth_100_with_a_special_branch_on_top_all_labelled_sample() {
    let u = unit();
    let t = tree(&u.conn).unwrap();
    let base: Vec<&Node> = t.items.iter().filter(|i| !i.special).collect();
    assert_eq!(base.len(), 13);
    assert_eq!(base[0].name, "学雷锋活动");
    assert_eq!(base[0].points, 14);
    assert_eq!((t.base_points, t.special_points), (100, 10));
    assert!(t.sample && t.sample_source.starts_with("示例"));
    for i in &t.items {
        let indicators: u32 = i.children.iter().map(|c| c.points).sum();
        assert_eq!(indicators, i.points, "{}", i.name);
        for ind in &i.children {
            assert!(ind
                .children
                .iter()
                .all(|s| s.level == Level::Standard && !s.methods.is_empty()));
            assert_eq!(
                ind.children.iter().map(|s| s.points).sum::<u32>(),
                ind.points
            );
        }
    }
}

#[test]
fn the_sample_is_loaded_only_into_an_empty_tree() {
    let mut u = unit();
    let before = tree(&u.conn).unwrap();
    assert_eq!(
        code(load_sample_tree(&mut u.conn).unwrap_err()),
        "ledger.tree_not_empty"
    );
    assert_eq!(tree(&u.conn).unwrap(), before);
}

#[test]
fn an_edited_node_is_no_longer_the_sample_and_keeps_what_the_organizer_typed() {
    let mut u = unit();
    let id = item(&u, "学雷锋活动");
    let node = update_node(&mut u.conn, id, &input("  学雷锋志愿服务  ", 14)).unwrap();
    assert_eq!(node.name, "学雷锋志愿服务");
    assert!(!node.sample);
    assert!(
        tree(&u.conn).unwrap().sample,
        "the other nodes are still the 示例's"
    );
}

#[test]
fn the_basic_items_may_not_add_up_to_more_than_100_but_special_items_sit_on_top() {
    let mut u = unit();
    let e = add_node(&mut u.conn, None, &input("新增项目", 1)).unwrap_err();
    assert_eq!(code(e), "ledger.base_over_100");
    let id = item(&u, "学雷锋活动");
    let e = update_node(&mut u.conn, id, &input("学雷锋活动", 15)).unwrap_err();
    assert_eq!(code(e), "ledger.base_over_100");
    update_node(&mut u.conn, id, &input("学雷锋活动", 13)).unwrap();
    add_node(&mut u.conn, None, &input("新增项目", 1)).unwrap();
    let special = add_node(
        &mut u.conn,
        None,
        &NodeInput {
            special: true,
            ..input("品牌创建", 5)
        },
    )
    .unwrap();
    assert!(special.special);
    let t = tree(&u.conn).unwrap();
    assert_eq!((t.base_points, t.special_points), (100, 15));
}

#[test]
fn levels_go_item_indicator_standard_and_no_deeper() {
    let mut u = unit();
    let it = add_node(
        &mut u.conn,
        None,
        &NodeInput {
            special: true,
            ..input("特色二", 3)
        },
    )
    .unwrap();
    let ind = add_node(&mut u.conn, Some(it.id), &input("指标", 3)).unwrap();
    let st = add_node(&mut u.conn, Some(ind.id), &input("标准", 3)).unwrap();
    assert_eq!(
        (it.level, ind.level, st.level),
        (Level::Item, Level::Indicator, Level::Standard)
    );
    assert_eq!(
        code(add_node(&mut u.conn, Some(st.id), &input("再下一级", 1)).unwrap_err()),
        "ledger.too_deep"
    );
    let e = add_node(
        &mut u.conn,
        Some(it.id),
        &NodeInput {
            special: true,
            ..input("x", 1)
        },
    )
    .unwrap_err();
    assert_eq!(code(e), "ledger.special_only_items");
    assert_eq!(
        code(add_node(&mut u.conn, Some(it.id), &input(" ", 1)).unwrap_err()),
        "ledger.bad_name"
    );
    assert_eq!(
        code(add_node(&mut u.conn, Some(it.id), &input("x", 101)).unwrap_err()),
        "ledger.points_out_of_range"
    );
    assert_eq!(
        code(add_node(&mut u.conn, Some(99_999), &input("x", 1)).unwrap_err()),
        "ledger.not_found"
    );
}

#[test]
fn moving_a_node_swaps_it_with_its_neighbour_and_stops_at_the_ends() {
    let mut u = unit();
    let names = |u: &Unit| -> Vec<String> {
        tree(&u.conn)
            .unwrap()
            .items
            .iter()
            .take(3)
            .map(|i| i.name.clone())
            .collect()
    };
    let second = item(&u, "志愿服务活动");
    move_node(&mut u.conn, second, true).unwrap();
    assert_eq!(names(&u), ["志愿服务活动", "学雷锋活动", "道德讲堂建设"]);
    move_node(&mut u.conn, second, true).unwrap();
    assert_eq!(names(&u), ["志愿服务活动", "学雷锋活动", "道德讲堂建设"]);
    move_node(&mut u.conn, second, false).unwrap();
    assert_eq!(names(&u), ["学雷锋活动", "志愿服务活动", "道德讲堂建设"]);
}

#[test]
fn the_self_score_of_an_item_lies_between_0_and_its_points_in_tenths() {
    let mut u = unit();
    let id = item(&u, "学雷锋活动");
    assert_eq!(
        set_self_score(&mut u.conn, id, Some(12.5))
            .unwrap()
            .self_score,
        Some(12.5)
    );
    for bad in [14.5, -1.0, 3.25, f64::NAN] {
        let e = set_self_score(&mut u.conn, id, Some(bad)).unwrap_err();
        assert_eq!(code(e), "ledger.self_score_out_of_range", "{bad}");
    }
    let st = standard(&u, "制定年度学雷锋");
    assert_eq!(
        code(set_self_score(&mut u.conn, st, Some(1.0)).unwrap_err()),
        "ledger.not_an_item"
    );
    let c = coverage(&u.conn, 2026, 2026, now()).unwrap();
    assert_eq!(c.self_total, 12.5);
    assert_eq!(
        set_self_score(&mut u.conn, id, None).unwrap().self_score,
        None
    );
}

// ---- mapping and coverage ----

#[test]
fn activities_are_filed_under_the_standards_their_kind_maps_to_and_counted_over_the_years() {
    let mut u = unit();
    held(&mut u, ActivityKind::Reading, "经典诵读会");
    held(&mut u, ActivityKind::Volunteer, "社区志愿服务");
    held(&mut u, ActivityKind::Volunteer, "清洁家园");
    held(&mut u, ActivityKind::Hiking, "登山");
    let mut got = counts(&u, 2024, 2026);
    got.sort();
    let mut want = vec![
        ("定期组织道德经典诵读活动".to_string(), 1),
        ("开展读书、演讲、写作等学习活动".to_string(), 1),
        ("经常性开展学雷锋活动，有记录、有成效".to_string(), 2),
        ("定期开展志愿服务活动，记录服务时长".to_string(), 2),
        ("组织乒乓球、象棋、爬山、全民健身等体育活动".to_string(), 1),
    ];
    want.sort();
    assert_eq!(got, want);
    let c = coverage(&u.conn, 2024, 2026, now()).unwrap();
    assert_eq!(c.standards, 29);
    assert_eq!(c.gaps, 24);
    let leifeng = c.items.iter().find(|i| i.name == "学雷锋活动").unwrap();
    assert_eq!((leifeng.evidence, leifeng.gaps, leifeng.points), (2, 3, 14));
    assert!(
        counts(&u, 2027, 2028).is_empty(),
        "nothing filed for other years"
    );
    assert!(counts(&u, 2020, 2025).is_empty());
}

#[test]
fn drafts_cancelled_and_future_activities_are_not_evidence() {
    let mut u = unit();
    let draft = activities::create_activity(
        &mut u.conn,
        &testkit::activity_input(ActivityKind::Reading, "草稿"),
        false,
        november(1, 8),
    )
    .unwrap();
    let cancelled = held(&mut u, ActivityKind::Reading, "取消了");
    activities::cancel_activity(&mut u.conn, cancelled, "下雨", november(2, 8)).unwrap();
    held(&mut u, ActivityKind::Reading, "诵读会");
    assert_eq!(counts(&u, 2026, 2026)[0].1, 1);
    // Before the day it takes place, the published activity is not evidence either.
    let before = coverage(&u.conn, 2026, 2026, november(24, 9)).unwrap();
    assert_eq!(before.gaps, before.standards);
    assert!(draft.id > 0);
}

#[test]
fn editing_the_mapping_moves_the_records_of_a_source_to_the_chosen_standards() {
    let mut u = unit();
    held(&mut u, ActivityKind::Hiking, "登山");
    let env = standard(&u, "办公场所整洁有序");
    let row = set_mapping(&mut u.conn, "activity.hiking", &[env, env]).unwrap();
    assert_eq!(
        (row.label.as_str(), row.standard_ids),
        ("活动：爬山", vec![env])
    );
    assert_eq!(
        counts(&u, 2026, 2026),
        [("办公场所整洁有序，有公益广告和文明提示".to_string(), 1)]
    );
    let m = mapping(&u.conn).unwrap();
    assert_eq!(
        m.iter()
            .find(|r| r.source == "activity.hiking")
            .unwrap()
            .standard_ids,
        [env]
    );
    set_mapping(&mut u.conn, "activity.hiking", &[]).unwrap();
    assert!(counts(&u, 2026, 2026).is_empty());
}

#[test]
fn the_mapping_refuses_unknown_sources_and_anything_but_a_standard() {
    let mut u = unit();
    let before = mapping(&u.conn).unwrap();
    assert_eq!(
        code(set_mapping(&mut u.conn, "activity.karaoke", &[]).unwrap_err()),
        "ledger.unknown_source"
    );
    let it = item(&u, "学雷锋活动");
    let st = standard(&u, "制定年度学雷锋");
    assert_eq!(
        code(set_mapping(&mut u.conn, "activity.hiking", &[st, it]).unwrap_err()),
        "ledger.not_a_standard"
    );
    assert_eq!(
        code(set_mapping(&mut u.conn, "activity.hiking", &[99_999]).unwrap_err()),
        "ledger.not_found"
    );
    assert_eq!(mapping(&u.conn).unwrap(), before);
}

#[test]
fn the_default_mapping_covers_every_source_of_the_facts_table() {
    let u = unit();
    let m = mapping(&u.conn).unwrap();
    let mapped = |source: &str| {
        !m.iter()
            .find(|r| r.source == source)
            .unwrap()
            .standard_ids
            .is_empty()
    };
    for source in [
        "activity.reading",
        "activity.moral_lecture",
        "activity.speech",
        "activity.writing",
        "activity.exhibition",
        "activity.singing",
        "activity.table_tennis",
        "activity.chess",
        "activity.hiking",
        "activity.fitness",
        "activity.volunteer",
        "activity.study",
        "honor_round",
        "honor_publicity",
        "pledge_round",
        "exemplar_study",
    ] {
        assert!(mapped(source), "{source}");
    }
}

#[test]
fn a_contest_result_is_filed_with_its_activity_kind() {
    let mut u = unit();
    let a = held(&mut u, ActivityKind::Speech, "演讲比赛");
    // A published result, as the judged contest leaves it.
    u.conn
        .execute(
            "INSERT INTO judged_contest (activity_id, criteria, published_at) VALUES (?1, '[]', '2026-11-26T10:00:00')",
            [a],
        )
        .unwrap();
    let st = standard(&u, "开展读书、演讲");
    let e = standard_evidence(&u.conn, st, 2026, 2026, now()).unwrap();
    let kinds: Vec<RecordKind> = e.records.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, [RecordKind::Activity, RecordKind::ContestResult]);
    assert_eq!(e.records[1].title, "演讲比赛（比赛成绩）");
}

#[test]
fn a_record_taken_out_by_hand_stops_counting_and_is_listed_to_put_back() {
    let mut u = unit();
    let a = held(&mut u, ActivityKind::Reading, "诵读会");
    let st = standard(&u, "定期组织道德经典诵读");
    file_record(
        &mut u.conn,
        st,
        RecordKind::Activity,
        a,
        false,
        "与主题无关",
        now(),
    )
    .unwrap();
    let e = standard_evidence(&u.conn, st, 2026, 2026, now()).unwrap();
    assert!(e.records.is_empty());
    assert_eq!(e.taken_out.len(), 1);
    assert_eq!(
        (e.taken_out[0].note.as_str(), e.taken_out[0].record_id),
        ("与主题无关", a)
    );
    forget_filing(&mut u.conn, st, RecordKind::Activity, a).unwrap();
    let e = standard_evidence(&u.conn, st, 2026, 2026, now()).unwrap();
    assert_eq!((e.records.len(), e.taken_out.len()), (1, 0));
    assert!(!e.records[0].by_hand);
}

#[test]
fn a_record_filed_by_hand_counts_under_that_standard_with_its_note() {
    let mut u = unit();
    let a = held(&mut u, ActivityKind::Hiking, "重阳登高");
    let festival = standard(&u, "围绕春节");
    file_record(
        &mut u.conn,
        festival,
        RecordKind::Activity,
        a,
        true,
        "重阳节活动",
        now(),
    )
    .unwrap();
    let e = standard_evidence(&u.conn, festival, 2026, 2026, now()).unwrap();
    assert_eq!(e.records.len(), 1);
    assert!(e.records[0].by_hand);
    assert_eq!(e.records[0].note, "重阳节活动");
    assert!(e.path.starts_with("“我们的节日”活动 / "));
    // Still also where its kind maps.
    assert!(counts(&u, 2026, 2026)
        .iter()
        .any(|(n, c)| n.starts_with("组织乒乓球") && *c == 1));
}

#[test]
fn filing_by_hand_needs_a_note_an_existing_record_and_a_standard() {
    let mut u = unit();
    let a = held(&mut u, ActivityKind::Hiking, "登山");
    let st = standard(&u, "围绕春节");
    let it = item(&u, "学雷锋活动");
    let e = |r: Result<(), LedgerError>| code(r.unwrap_err());
    assert_eq!(
        e(file_record(
            &mut u.conn,
            st,
            RecordKind::Activity,
            a,
            true,
            "  ",
            now()
        )),
        "ledger.bad_note"
    );
    assert_eq!(
        e(file_record(
            &mut u.conn,
            st,
            RecordKind::Activity,
            999,
            true,
            "x",
            now()
        )),
        "ledger.record_not_found"
    );
    assert_eq!(
        e(file_record(
            &mut u.conn,
            st,
            RecordKind::HonorRound,
            1,
            true,
            "x",
            now()
        )),
        "ledger.record_not_found"
    );
    assert_eq!(
        e(file_record(
            &mut u.conn,
            st,
            RecordKind::PledgeRound,
            1,
            true,
            "x",
            now()
        )),
        "ledger.record_not_found"
    );
    assert_eq!(
        e(file_record(
            &mut u.conn,
            it,
            RecordKind::Activity,
            a,
            true,
            "x",
            now()
        )),
        "ledger.not_a_standard"
    );
    assert!(standard_evidence(&u.conn, st, 2026, 2026, now())
        .unwrap()
        .records
        .is_empty());
}

#[test]
fn year_ranges_are_checked() {
    let u = unit();
    for (from, to) in [(2027, 2026), (2016, 2026), (26, 27)] {
        assert_eq!(
            code(coverage(&u.conn, from, to, now()).unwrap_err()),
            "ledger.bad_years"
        );
    }
    assert!(coverage(&u.conn, 2017, 2026, now()).is_ok());
}

// ---- documents ----

#[test]
fn a_document_counts_for_its_year_under_its_standard_and_blocks_deleting_the_node() {
    let mut u = unit();
    let st = standard(&u, "制定年度学雷锋");
    let dir = u.dir.path().to_path_buf();
    let doc = add_document(
        &mut u.conn,
        &dir,
        &NewDocument {
            standard_id: st,
            kind: DocKind::Official,
            year: 2025,
            file_name: "2025年学雷锋活动计划.pdf",
            bytes: b"%PDF-1.4 plan",
        },
        now(),
    )
    .unwrap();
    assert_eq!(
        (doc.kind, doc.year, doc.is_image),
        (DocKind::Official, 2025, false)
    );
    assert_eq!(
        counts(&u, 2025, 2026),
        [("制定年度学雷锋活动计划，明确牵头责任部门".to_string(), 1)]
    );
    assert!(counts(&u, 2026, 2026).is_empty());
    let (_, bytes) = document_bytes(&u.conn, &dir, doc.id).unwrap();
    assert_eq!(bytes, b"%PDF-1.4 plan");

    let it = item(&u, "学雷锋活动");
    let before = tree(&u.conn).unwrap();
    assert_eq!(
        code(remove_node(&mut u.conn, it).unwrap_err()),
        "ledger.node_has_documents"
    );
    assert_eq!(tree(&u.conn).unwrap(), before);
    remove_document(&mut u.conn, &dir, doc.id).unwrap();
    assert!(std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .all(|d| std::fs::read_dir(d.path()).unwrap().next().is_none()));
    remove_node(&mut u.conn, it).unwrap();
    assert_eq!(tree(&u.conn).unwrap().base_points, 86);
}

#[test]
fn removing_a_standard_also_removes_its_mapping_and_filings() {
    let mut u = unit();
    let a = held(&mut u, ActivityKind::Reading, "诵读会");
    let st = standard(&u, "定期组织道德经典诵读");
    file_record(
        &mut u.conn,
        st,
        RecordKind::Activity,
        a,
        false,
        "重复",
        now(),
    )
    .unwrap();
    remove_node(&mut u.conn, st).unwrap();
    let m = mapping(&u.conn).unwrap();
    assert!(!m.iter().any(|r| r.standard_ids.contains(&st)));
    let n: i64 = u
        .conn
        .query_row("SELECT COUNT(*) FROM ledger_filing", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn a_document_needs_a_standard_a_year_and_an_allowed_file() {
    let mut u = unit();
    let st = standard(&u, "制定年度学雷锋");
    let it = item(&u, "学雷锋活动");
    let dir = u.dir.path().to_path_buf();
    let mut add = |id, year, name: &str| {
        code(
            add_document(
                &mut u.conn,
                &dir,
                &NewDocument {
                    standard_id: id,
                    kind: DocKind::Other,
                    year,
                    file_name: name,
                    bytes: b"x",
                },
                now(),
            )
            .unwrap_err(),
        )
    };
    assert_eq!(add(it, 2026, "a.pdf"), "ledger.not_a_standard");
    assert_eq!(add(st, 26, "a.pdf"), "ledger.bad_year");
    assert_eq!(add(st, 2026, "run.exe"), "file.bad_type");
    assert!(
        std::fs::read_dir(&dir).unwrap().next().is_none(),
        "a refused upload leaves no file"
    );
}

// ---- 责任分解 ----

#[test]
fn a_duty_past_its_date_with_nothing_filed_is_overdue_until_evidence_arrives() {
    let mut u = unit();
    let st = standard(&u, "制定年度学雷锋");
    let (office, person) = (u.departments[0], u.people[0]);
    let due = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    set_duty(
        &mut u.conn,
        st,
        &DutyInput {
            department_id: Some(office),
            staff_id: Some(person),
            due_on: Some(due),
        },
    )
    .unwrap();
    let mine = duties(&u.conn, Some(office), now()).unwrap();
    assert_eq!(mine.len(), 1);
    let d = &mine[0];
    assert_eq!(
        (
            d.item.as_str(),
            d.department_name.as_str(),
            d.staff_name.as_str()
        ),
        ("学雷锋活动", "办公室", "职工1")
    );
    assert!(d.overdue);
    assert!(
        !duties(&u.conn, Some(office), november(29, 9)).unwrap()[0].overdue,
        "not before its date"
    );
    assert!(duties(&u.conn, Some(u.departments[1]), now())
        .unwrap()
        .is_empty());
    assert_eq!(duties(&u.conn, None, now()).unwrap().len(), 29);

    let dir = u.dir.path().to_path_buf();
    add_document(
        &mut u.conn,
        &dir,
        &NewDocument {
            standard_id: st,
            kind: DocKind::Official,
            year: 2026,
            file_name: "计划.pdf",
            bytes: b"%PDF",
        },
        now(),
    )
    .unwrap();
    let d = &duties(&u.conn, Some(office), now()).unwrap()[0];
    assert_eq!((d.evidence, d.overdue), (1, false));
}

#[test]
fn the_responsible_person_must_be_of_the_responsible_department() {
    let mut u = unit();
    let st = standard(&u, "制定年度学雷锋");
    let before = tree(&u.conn).unwrap();
    let wrong = DutyInput {
        department_id: Some(u.departments[1]),
        staff_id: Some(u.people[0]),
        due_on: None,
    };
    assert_eq!(
        code(set_duty(&mut u.conn, st, &wrong).unwrap_err()),
        "ledger.staff_not_in_department"
    );
    let ghost = DutyInput {
        department_id: Some(999),
        ..Default::default()
    };
    assert_eq!(
        code(set_duty(&mut u.conn, st, &ghost).unwrap_err()),
        "ledger.unknown_department"
    );
    let nobody = DutyInput {
        staff_id: Some(999),
        ..Default::default()
    };
    assert_eq!(
        code(set_duty(&mut u.conn, st, &nobody).unwrap_err()),
        "ledger.unknown_staff"
    );
    let it = item(&u, "学雷锋活动");
    assert_eq!(
        code(set_duty(&mut u.conn, it, &DutyInput::default()).unwrap_err()),
        "ledger.not_a_standard"
    );
    assert_eq!(tree(&u.conn).unwrap(), before);
}

#[test]
fn standards_without_evidence_are_listed_in_tree_order_with_their_department() {
    let mut u = unit();
    held(&mut u, ActivityKind::Volunteer, "志愿服务");
    let st = standard(&u, "制定年度学雷锋");
    set_duty(
        &mut u.conn,
        st,
        &DutyInput {
            department_id: Some(u.departments[0]),
            ..Default::default()
        },
    )
    .unwrap();
    let gaps = standards_without_evidence(&u.conn, 2026, 2026, now()).unwrap();
    assert_eq!(gaps.len(), 27);
    assert_eq!(gaps[0].standard_id, st);
    assert_eq!(gaps[0].department_id, Some(u.departments[0]));
    assert_eq!(
        gaps[0].path,
        "学雷锋活动 / 学雷锋活动常态化 / 制定年度学雷锋活动计划，明确牵头责任部门"
    );
    assert!(!gaps.iter().any(|g| g.path.contains("经常性开展学雷锋活动")));
}
