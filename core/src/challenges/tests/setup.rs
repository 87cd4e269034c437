use super::*;
use crate::activities::ActivityKind;

#[test]
fn the_organizer_sets_up_a_steps_challenge_for_the_activitys_month() {
    let mut u = unit();
    let board = set_challenge(&mut u.conn, u.activity, &steps(), at(1, 8)).unwrap();
    let setup = board.setup.unwrap();
    assert_eq!(setup.unit, ChallengeUnit::Steps);
    assert_eq!(
        (setup.starts_on, setup.ends_on, setup.days),
        (day(1), day(30), 30)
    );
    assert_eq!(setup.daily_max, 100_000);
    assert_eq!(board.people.len(), 6, "the six signed up, none of 人事科");
    assert!(board.people.iter().all(|p| p.total == 0.0 && p.rank == 1));
    assert!(board.allowed.import.ok());
}

#[test]
fn a_challenge_may_be_changed_while_no_count_is_in() {
    let mut u = with_challenge();
    let km = ChallengeInput {
        unit: ChallengeUnit::Km,
        starts_on: day(2),
        ends_on: day(20),
    };
    set_challenge(&mut u.conn, u.activity, &km, at(1, 9)).unwrap();
    assert_eq!(
        u.challenge_row(),
        ("km".into(), "2026-11-02".into(), "2026-11-20".into())
    );
}

#[test]
fn a_reading_session_holds_no_challenge_and_is_not_offered_one() {
    let mut u = unit();
    let reading = testkit::publish(&mut u.conn, &november_input(ActivityKind::Reading)).id;
    let e = set_challenge(&mut u.conn, reading, &steps(), at(1, 8)).unwrap_err();
    assert_eq!(code(e), "challenge.not_a_challenge_kind");
    let board = challenge_board(&u.conn, reading, at(1, 8), Role::Organizer).unwrap();
    assert!(!board.allowed.set_up.offered);
    assert!(board.setup.is_none());
}

#[test]
fn a_hiking_activity_may_hold_a_challenge_too() {
    let mut u = unit();
    let hike = testkit::publish(&mut u.conn, &november_input(ActivityKind::Hiking)).id;
    assert!(set_challenge(&mut u.conn, hike, &steps(), at(1, 8)).is_ok());
}

#[test]
fn a_period_ending_before_it_starts_is_refused_with_both_days() {
    let mut u = unit();
    let input = ChallengeInput {
        starts_on: day(20),
        ends_on: day(5),
        ..steps()
    };
    let e = set_challenge(&mut u.conn, u.activity, &input, at(1, 8)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "挑战的结束日期 2026-11-05 早于开始日期 2026-11-20，请检查日期"
    );
    assert_eq!(code(e), "challenge.period_reversed");
}

#[test]
fn a_period_outside_the_activitys_days_is_refused() {
    let mut u = unit();
    let input = ChallengeInput {
        ends_on: day(30) + chrono::Days::new(1),
        ..steps()
    };
    let e = set_challenge(&mut u.conn, u.activity, &input, at(1, 8)).unwrap_err();
    assert!(e.to_string().contains("2026-11-01 至 2026-11-30"), "{e}");
    assert_eq!(code(e), "challenge.period_outside_activity");
    let count: i64 = u
        .conn
        .query_row("SELECT COUNT(*) FROM challenge", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 0, "a refused set-up stores nothing");
}

#[test]
fn a_period_longer_than_the_longest_activity_is_refused() {
    let u = unit();
    let activity = activities::get_activity(&u.conn, u.activity, at(1, 8)).unwrap();
    let input = ChallengeInput {
        starts_on: day(1),
        ends_on: day(1) + chrono::Days::new(PERIOD_DAYS_MAX as u64),
        ..steps()
    };
    let e = super::super::rules::check_period(&input, &activity).unwrap_err();
    assert_eq!(code(e), "challenge.period_too_long");
}

#[test]
fn the_unit_cannot_change_once_a_count_is_in() {
    let mut u = with_challenge();
    let p = u.people[0];
    u.enter(p, 3, 8000.0).unwrap();
    let km = ChallengeInput {
        unit: ChallengeUnit::Km,
        ..steps()
    };
    let e = set_challenge(&mut u.conn, u.activity, &km, at(10, 12)).unwrap_err();
    assert_eq!(code(e), "challenge.unit_locked");
    assert_eq!(u.challenge_row().0, "steps");
}

#[test]
fn the_period_cannot_shrink_past_a_day_entered() {
    let mut u = with_challenge();
    let p = u.people[0];
    u.enter(p, 3, 8000.0).unwrap();
    let later = ChallengeInput {
        starts_on: day(4),
        ..steps()
    };
    let e = set_challenge(&mut u.conn, u.activity, &later, at(10, 12)).unwrap_err();
    assert_eq!(e.to_string(), "2026-11-03 已有人填报，挑战日期须包括这一天");
    assert_eq!(code(e), "challenge.entries_outside_period");
    assert_eq!(u.challenge_row().1, "2026-11-01");
    // Growing or keeping the day is fine.
    let ok = ChallengeInput {
        starts_on: day(3),
        ..steps()
    };
    assert!(set_challenge(&mut u.conn, u.activity, &ok, at(10, 12)).is_ok());
}

#[test]
fn a_cancelled_or_finished_activity_is_not_set_up_and_says_why() {
    let mut u = unit();
    activities::cancel_activity(&mut u.conn, u.activity, "下雨", at(1, 7)).unwrap();
    let e = set_challenge(&mut u.conn, u.activity, &steps(), at(1, 8)).unwrap_err();
    assert_eq!(code(e), "challenge.activity_cancelled");
    let board = challenge_board(&u.conn, u.activity, at(1, 8), Role::Organizer).unwrap();
    assert_eq!(
        board.allowed.set_up.refusal.unwrap().code,
        "challenge.activity_cancelled"
    );

    let mut u = with_challenge();
    activities::finish_activity(&mut u.conn, u.activity, at(30, 23)).unwrap();
    let e = set_challenge(&mut u.conn, u.activity, &steps(), at(30, 23)).unwrap_err();
    assert_eq!(code(e), "challenge.activity_finished");
}

#[test]
fn import_is_not_offered_before_the_challenge_is_set_up() {
    let u = unit();
    let board = challenge_board(&u.conn, u.activity, at(1, 8), Role::Organizer).unwrap();
    assert_eq!(
        board.allowed.import.refusal.unwrap().code,
        "challenge.not_set_up"
    );
    assert!(board.allowed.set_up.ok());
}
