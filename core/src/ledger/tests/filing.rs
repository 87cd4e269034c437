//! Evidence: the mapping by source, coverage counts over years, filing and unfiling by hand.

use super::*;

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
