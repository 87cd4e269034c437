//! Publishing locks the results; unlocking needs a reason and is logged.

use super::*;

/// Five outside judges who have scored all four entrants.
fn scored() -> (Contest, Vec<i64>) {
    let mut c = contest();
    let j = c.outside_judges(5);
    c.score_all(
        &j,
        &[
            &["90", "85", "88", "70", "95"],
            &["80", "82", "81", "79", "83"],
            &["92", "91", "90", "93", "60"],
            &["75", "76", "77", "78", "79"],
        ],
    );
    (c, j)
}

#[test]
fn publishing_locks_scores_judges_and_rules() {
    let (mut c, j) = scored();
    let got = publish_results(&mut c.conn, c.activity, now()).unwrap();
    assert_eq!(got.published_at, Some(now()));
    assert_eq!(got.log[0].action, ResultAction::Publish);
    let before = c.fingerprint();
    let err = c.score(j[0], 0, "99").unwrap_err();
    assert_eq!(
        err.to_string(),
        "成绩已于 2026年11月26日 10:00 公布并锁定；如需修改，请先解锁并写明原因"
    );
    assert_eq!(code(err), "contests.locked");
    assert_eq!(
        code(remove_judge(&mut c.conn, j[0], now()).unwrap_err()),
        "contests.locked"
    );
    let input = JudgeInput {
        staff_id: None,
        name: "评委6".into(),
    };
    let err = add_judge(&mut c.conn, c.activity, &input, now()).unwrap_err();
    assert_eq!(code(err), "contests.locked");
    let rules = crate::contests::JudgingRules::default();
    let err = set_judging_rules(&mut c.conn, c.activity, &rules, None, now()).unwrap_err();
    assert_eq!(code(err), "contests.locked");
    let err = publish_results(&mut c.conn, c.activity, now()).unwrap_err();
    assert_eq!(code(err), "contests.locked");
    assert_eq!(c.fingerprint(), before);
}

#[test]
fn publishing_ends_a_sign_up_still_open_so_no_one_joins_unscored() {
    let (mut c, _) = scored();
    // A contest held in December whose entries were scored early, sign-up still open.
    c.conn
        .execute(
            "UPDATE activity SET signup_deadline = '2026-11-30T18:00:00',
                 starts_at = '2026-12-01T09:00:00', ends_at = '2026-12-01T11:00:00' WHERE id = ?1",
            [c.activity],
        )
        .unwrap();
    let state = |c: &Contest| {
        crate::activities::get_activity(&c.conn, c.activity, now())
            .unwrap()
            .state
    };
    assert_eq!(state(&c), crate::activities::ActivityState::Open);
    publish_results(&mut c.conn, c.activity, now()).unwrap();
    assert_eq!(state(&c), crate::activities::ActivityState::Closed);
    let a = crate::activities::get_activity(&c.conn, c.activity, now()).unwrap();
    assert_eq!(a.schedule.signup_deadline, now());
}

#[test]
fn a_scored_entrant_cannot_leave_the_published_field_until_the_results_are_unlocked() {
    let (mut c, _) = scored();
    publish_results(&mut c.conn, c.activity, now()).unwrap();
    let first = crate::activities::signup_list(&c.conn, c.activity, now()).unwrap()[0].clone();
    let refusal = first
        .allowed
        .cancel
        .refusal
        .clone()
        .expect("取消报名 disabled");
    assert_eq!(refusal.code, "signup.field_fixed");
    let e = crate::activities::cancel_signup(
        &mut c.conn,
        first.id,
        crate::activities::Actor::Organizer,
        now(),
    )
    .unwrap_err();
    assert_eq!(crate::error::Coded::code(&e), "signup.field_fixed");

    unlock_results(&mut c.conn, c.activity, "核对分数", now()).unwrap();
    crate::activities::cancel_signup(
        &mut c.conn,
        first.id,
        crate::activities::Actor::Organizer,
        now(),
    )
    .unwrap();
}

#[test]
fn results_with_a_missing_score_cannot_be_published() {
    let mut c = contest();
    let j = c.outside_judges(2);
    for e in 0..4 {
        c.score(j[0], e, "80").unwrap();
    }
    c.score(j[1], 0, "80").unwrap();
    let before = c.fingerprint();
    let err = publish_results(&mut c.conn, c.activity, now()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "还有 3 份评分未录入（如评委 评委2 给 职工2 的评分），全部录入后才能公布"
    );
    assert_eq!(code(err), "contests.incomplete");
    assert_eq!(c.fingerprint(), before);
}

#[test]
fn a_contest_without_judges_cannot_be_published() {
    let mut c = contest();
    let err = publish_results(&mut c.conn, c.activity, now()).unwrap_err();
    assert_eq!(code(err), "contests.no_judges");
}

#[test]
fn a_recused_pair_does_not_count_as_missing() {
    let mut c = contest();
    let rules = crate::contests::JudgingRules {
        recusal: true,
        ..Default::default()
    };
    set_judging_rules(&mut c.conn, c.activity, &rules, None, now()).unwrap();
    let judge = c.staff_judge(5).unwrap().judges[0].id;
    c.score(judge, 0, "80").unwrap();
    c.score(judge, 2, "85").unwrap();
    let got = publish_results(&mut c.conn, c.activity, now()).unwrap();
    assert!(got.published_at.is_some());
    // 职工2 and 职工4 have no judge who may score them: unranked, no award.
    let unranked: Vec<&str> = got
        .results
        .iter()
        .filter(|r| r.rank.is_none())
        .map(|r| r.entrant_name.as_str())
        .collect();
    assert_eq!(unranked, ["职工2", "职工4"]);
}

#[test]
fn unlocking_needs_a_reason_and_is_logged_then_scores_can_be_corrected() {
    let (mut c, j) = scored();
    publish_results(&mut c.conn, c.activity, at(26, 10)).unwrap();
    let before = c.fingerprint();
    let err = unlock_results(&mut c.conn, c.activity, "   ", at(27, 9)).unwrap_err();
    assert_eq!(err.to_string(), "解锁已公布的成绩须写明原因");
    assert_eq!(code(err), "contests.reason_required");
    assert_eq!(c.fingerprint(), before);

    let got = unlock_results(&mut c.conn, c.activity, "评委1录入有误", at(27, 9)).unwrap();
    assert_eq!(got.published_at, None);
    let log: Vec<(ResultAction, &str, NaiveDateTime)> = got
        .log
        .iter()
        .map(|l| (l.action, l.reason.as_str(), l.at))
        .collect();
    assert_eq!(
        log,
        [
            (ResultAction::Publish, "", at(26, 10)),
            (ResultAction::Unlock, "评委1录入有误", at(27, 9))
        ]
    );
    c.score(j[0], 0, "91").unwrap();
    publish_results(&mut c.conn, c.activity, at(27, 10)).unwrap();
    assert_eq!(c.get().log.len(), 3);
}

#[test]
fn results_that_are_not_published_cannot_be_unlocked() {
    let (mut c, _) = scored();
    let err = unlock_results(&mut c.conn, c.activity, "原因", now()).unwrap_err();
    assert_eq!(err.to_string(), "成绩尚未公布，无需解锁");
    assert_eq!(code(err), "contests.not_published");
}

#[test]
fn a_cancelled_activity_cannot_be_scored() {
    let (mut c, j) = scored();
    activities::cancel_activity(&mut c.conn, c.activity, "场地冲突", at(24, 9)).unwrap();
    let err = c.score(j[0], 0, "90").unwrap_err();
    assert_eq!(code(err), "contests.activity_cancelled");
}
