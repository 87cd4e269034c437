//! A 爬山 from the bibs to the published results: bibs in the order of sign-up (ending the
//! sign-up), groups by 性别 or the organizer's own, a mass start or one start per group, arrivals
//! by 号码布 or 工号 at the machine's clock, 未完赛, corrections with a reason, the rankings by group
//! and by 科室, publishing (the awards count in the points) and unlocking.

use super::*;
use crate::activities::ActivityState;
use crate::points::{person_ledger, Period, SourceKind};

/// 6 people by 性别, a mass start at 9:00, the 科室 best 2 by total.
pub(super) fn raced() -> Hike {
    let mut h = hike(6);
    h.settings(|s| {
        s.group_rule = GroupRule::ByGender;
        s.team_best = 2;
    });
    h.bibs();
    h.start(None, at(9, 0, 0));
    let p = h.people.clone();
    h.finish("3", at(9, 50, 0)).unwrap();
    h.finish("P001", at(9, 52, 0)).unwrap();
    h.finish(" 5 ", at(9, 50, 0)).unwrap();
    h.finish("2", at(10, 0, 0)).unwrap();
    h.out(p[5], RunnerStatus::Dnf);
    h.finish("p004", at(10, 5, 0)).unwrap();
    h
}

#[test]
fn bibs_follow_the_order_of_sign_up_and_end_the_sign_up() {
    let mut h = hike(3);
    let c = h.settings(|s| s.group_rule = GroupRule::ByGender);
    assert!(
        c.allowed.bibs.ok(),
        "a change before the bibs answers with the bibs on offer"
    );
    assert_eq!(c.signed_up, 3);
    let c = h.bibs();
    let bibs: Vec<(u32, String, Option<String>)> = c
        .runners
        .iter()
        .map(|r| (r.bib, r.name.clone(), r.group.clone()))
        .collect();
    assert_eq!(
        bibs,
        vec![
            (1, "登山者1".into(), Some("男子组".into())),
            (2, "登山者2".into(), Some("女子组".into())),
            (3, "登山者3".into(), Some("男子组".into()))
        ]
    );
    assert!(c.runners.iter().all(|r| r.status == RunnerStatus::Waiting));
    let a = crate::activities::get_activity(&h.conn, h.activity, at(8, 31, 0)).unwrap();
    assert_eq!(a.state, ActivityState::Closed, "the field is fixed");
    assert!(!c.allowed.bibs.offered, "bibs are issued once");
}

#[test]
fn arrivals_by_bib_or_employee_number_are_ranked_by_time_within_each_gender_group() {
    let c = raced().contest();
    assert_eq!(
        table(&c),
        vec![
            (
                "男子组".to_string(),
                vec![
                    (
                        Some(1),
                        "登山者3".into(),
                        "0:50:00".into(),
                        Some(AwardLevel::First)
                    ),
                    (
                        Some(1),
                        "登山者5".into(),
                        "0:50:00".into(),
                        Some(AwardLevel::First)
                    ),
                    (
                        Some(3),
                        "登山者1".into(),
                        "0:52:00".into(),
                        Some(AwardLevel::Second)
                    ),
                ]
            ),
            (
                "女子组".to_string(),
                vec![
                    (
                        Some(1),
                        "登山者2".into(),
                        "1:00:00".into(),
                        Some(AwardLevel::First)
                    ),
                    (
                        Some(2),
                        "登山者4".into(),
                        "1:05:00".into(),
                        Some(AwardLevel::Second)
                    ),
                    (None, "登山者6".into(), "未完赛".into(), None),
                ]
            ),
        ],
        "tied times share 1st and both win 一等奖; 未完赛 is listed last without a place"
    );
}

#[test]
fn departments_are_ranked_by_the_total_of_their_best_two_and_a_short_one_is_unplaced() {
    let c = raced().contest();
    type Line = (Option<u32>, String, Vec<String>, Option<String>);
    let teams: Vec<Line> = c
        .teams
        .iter()
        .map(|t| {
            (
                t.place,
                t.department_name.clone(),
                t.counted.clone(),
                t.score_text.clone(),
            )
        })
        .collect();
    assert_eq!(
        teams,
        vec![
            (
                Some(1),
                "财务科".into(),
                vec!["登山者5 0:50:00".into(), "登山者2 1:00:00".into()],
                Some("1:50:00".into())
            ),
            (
                Some(2),
                "办公室".into(),
                vec!["登山者1 0:52:00".into(), "登山者4 1:05:00".into()],
                Some("1:57:00".into())
            ),
            (None, "人事科".into(), vec!["登山者3 0:50:00".into()], None),
        ]
    );
}

#[test]
fn each_group_is_timed_from_its_own_start() {
    let mut h = hike(4);
    h.settings(|s| {
        s.group_rule = GroupRule::ByGender;
        s.start_mode = StartMode::ByGroup;
    });
    h.bibs();
    h.start(Some("男子组"), at(9, 0, 0));
    let early = h.finish("2", at(9, 5, 0)).unwrap_err();
    assert_eq!(early.code(), "timed.not_started");
    assert_eq!(
        early.to_string(),
        "2号 登山者2 所在的女子组还没有发令出发，不能记到达"
    );
    h.start(Some("女子组"), at(9, 10, 0));
    h.finish("1", at(9, 40, 0)).unwrap();
    let a = h.finish("2", at(9, 40, 0)).unwrap();
    assert_eq!(a.runner.time_text.as_deref(), Some("0:30:00"));
    let c = a.contest;
    assert_eq!(c.groups[0].results[0].time_text.as_deref(), Some("0:40:00"));
    let starts: Vec<(Option<String>, bool)> = c
        .starts
        .iter()
        .map(|s| (s.group.clone(), s.started_at.is_some()))
        .collect();
    assert_eq!(
        starts,
        vec![(Some("男子组".into()), true), (Some("女子组".into()), true)]
    );
}

#[test]
fn the_organizer_names_age_groups_and_puts_each_runner_in_one() {
    let mut h = hike(3);
    h.bibs();
    h.settings(|s| {
        s.group_rule = GroupRule::Manual;
        s.groups = vec![" 青年组 ".into(), "中年组".into()];
    });
    let p = h.people.clone();
    for (who, group) in [(p[0], "青年组"), (p[1], "中年组"), (p[2], "青年组")] {
        set_runner_group(&mut h.conn, h.activity, who, Some(group), at(8, 40, 0)).unwrap();
    }
    h.start(None, at(9, 0, 0));
    for bib in ["3", "1", "2"] {
        h.finish(
            bib,
            at(9, 30, 0) + chrono::Duration::minutes(bib.parse::<i64>().unwrap()),
        )
        .unwrap();
    }
    let c = h.contest();
    let labels: Vec<(String, Vec<String>)> = c
        .groups
        .iter()
        .map(|g| {
            (
                g.label.clone(),
                g.results.iter().map(|r| r.name.clone()).collect(),
            )
        })
        .collect();
    assert_eq!(
        labels,
        vec![
            ("青年组".into(), vec!["登山者1".into(), "登山者3".into()]),
            ("中年组".into(), vec!["登山者2".into()]),
        ]
    );
    assert!(
        !c.runners[0].allowed.group.ok(),
        "groups are fixed once started"
    );
}

#[test]
fn a_corrected_arrival_changes_the_ranking_and_is_logged_with_its_reason() {
    let mut h = raced();
    let p = h.people.clone();
    let fix = FinishCorrection {
        staff_id: p[3],
        finish: Some("09:59:30".into()),
        reason: "终点记录表核对，扫码晚了".into(),
    };
    let c = correct_finish(&mut h.conn, h.activity, &fix, at(11, 0, 0)).unwrap();
    let women = &c.groups[1].results;
    assert_eq!(
        (women[0].name.as_str(), women[0].time_text.as_deref()),
        ("登山者4", Some("0:59:30"))
    );
    let last = c.log.last().unwrap();
    assert_eq!(last.detail, "4号 登山者4 到达 10:05:00 → 09:59:30");
    assert_eq!(last.reason, "终点记录表核对，扫码晚了");

    // Taking an arrival back puts the runner on the course again.
    let back = FinishCorrection {
        staff_id: p[3],
        finish: None,
        reason: "扫错了人".into(),
    };
    let c = correct_finish(&mut h.conn, h.activity, &back, at(11, 1, 0)).unwrap();
    assert_eq!(c.runners[3].status, RunnerStatus::Running);
    assert_eq!(
        c.log.last().unwrap().detail,
        "4号 登山者4 到达 09:59:30 → 删除"
    );
}

#[test]
fn published_awards_count_in_the_points_like_a_judged_contests_and_unlocking_needs_a_reason() {
    let mut h = raced();
    let c = publish_timed(&mut h.conn, h.activity, at(11, 0, 0)).unwrap();
    assert!(c.published_at.is_some() && c.allowed.unlock.ok() && c.allowed.certificates.ok());
    assert!(!c.allowed.record.ok() && !c.runners[0].allowed.correct.ok());

    let p = h.people.clone();
    let ledger = person_ledger(&h.conn, p[2], Period::year(2026), at(12, 0, 0)).unwrap();
    let awards: Vec<(SourceKind, String, f64)> = ledger
        .rows
        .iter()
        .filter(|r| r.kind == SourceKind::ContestAward)
        .map(|r| (r.kind, r.detail.clone(), r.points))
        .collect();
    assert_eq!(
        awards,
        vec![(SourceKind::ContestAward, "一等奖".into(), 5.0)]
    );

    let certificates = certificates(&h.conn, h.activity, at(12, 0, 0)).unwrap();
    let named: Vec<(String, String)> = certificates
        .iter()
        .map(|c| {
            (
                c.entrant_name.clone(),
                format!("{}{}", c.activity_title, c.award_label),
            )
        })
        .collect();
    assert_eq!(
        named[0],
        ("登山者3".into(), "重阳登山赛男子组一等奖".into())
    );
    assert_eq!(named.len(), 5);

    let refused = unlock_timed(&mut h.conn, h.activity, "  ", at(12, 0, 0)).unwrap_err();
    assert_eq!(refused.code(), "timed.reason_required");
    let c = unlock_timed(&mut h.conn, h.activity, "登山者6 实际完赛", at(12, 0, 0)).unwrap();
    assert!(c.published_at.is_none());
    let none = person_ledger(&h.conn, p[2], Period::year(2026), at(12, 0, 0)).unwrap();
    assert!(none.rows.iter().all(|r| r.kind != SourceKind::ContestAward));
}
