use super::*;

#[test]
fn a_person_enters_a_days_steps_and_sees_them_with_their_rank() {
    let mut u = with_challenge();
    let p = u.people[0];
    let mine = u.enter(p, 9, 12_345.0).unwrap();
    assert_eq!(mine.entries.len(), 1);
    assert_eq!(
        (mine.entries[0].day, mine.entries[0].amount),
        (day(9), 12_345.0)
    );
    assert!(!mine.entries[0].by_organizer);
    let standing = mine.standing.unwrap();
    assert_eq!(
        (standing.rank, standing.total, standing.days),
        (1, 12_345.0, 1)
    );
    assert_eq!(mine.participants, 6);
    assert_eq!(mine.open_days.first(), Some(&day(10)), "today first");
    assert_eq!(mine.open_days.last(), Some(&day(1)));
    assert!(mine.enter.ok());
}

#[test]
fn today_and_any_earlier_day_of_the_period_may_be_entered() {
    let mut u = with_challenge();
    let p = u.people[0];
    assert!(u.enter(p, 10, 5000.0).is_ok());
    assert!(u.enter(p, 1, 5000.0).is_ok());
    assert_eq!(u.all_entries().len(), 2);
}

#[test]
fn a_future_day_is_refused_naming_it() {
    let mut u = with_challenge();
    let p = u.people[0];
    let e = u.enter(p, 11, 5000.0).unwrap_err();
    assert_eq!(e.to_string(), "2026-11-11 还没有到，只能填报今天或之前的数");
    assert_eq!(code(e), "challenge.future_day");
    assert!(u.all_entries().is_empty());
}

#[test]
fn a_day_outside_the_period_is_refused_with_the_period() {
    let mut u = unit();
    let short = ChallengeInput {
        starts_on: day(5),
        ends_on: day(8),
        ..steps()
    };
    set_challenge(&mut u.conn, u.activity, &short, at(1, 8)).unwrap();
    let p = u.people[0];
    let e = u.enter(p, 9, 5000.0).unwrap_err();
    assert_eq!(
        e.to_string(),
        "2026-11-09 不在挑战期内（2026-11-05 至 2026-11-08）"
    );
    assert_eq!(code(e), "challenge.day_outside_period");
    assert_eq!(
        code(u.enter(p, 4, 5000.0).unwrap_err()),
        "challenge.day_outside_period"
    );
    assert!(u.all_entries().is_empty());
}

#[test]
fn steps_over_the_daily_bound_are_refused_with_the_bound() {
    let mut u = with_challenge();
    let p = u.people[0];
    let e = u.enter(p, 9, 100_001.0).unwrap_err();
    assert_eq!(
        e.to_string(),
        "100001 步超出了每天 0–100000 步的合理范围，请核对后重新填写"
    );
    assert_eq!(code(e), "challenge.over_daily_max");
    assert!(u.enter(p, 9, 100_000.0).is_ok(), "the bound itself is fine");
    assert!(u.enter(p, 8, 0.0).is_ok(), "so is a day of none");
}

#[test]
fn negative_and_fractional_steps_are_refused() {
    let mut u = with_challenge();
    let p = u.people[0];
    assert_eq!(code(u.enter(p, 9, -5.0).unwrap_err()), "challenge.negative");
    let e = u.enter(p, 9, 5000.5).unwrap_err();
    assert_eq!(e.to_string(), "步数须是整数（填写的是 5000.5）");
    assert_eq!(code(e), "challenge.whole_steps");
    assert!(u.all_entries().is_empty());
}

#[test]
fn kilometres_take_two_decimals_and_at_most_a_hundred_a_day() {
    let mut u = unit();
    let km = ChallengeInput {
        unit: ChallengeUnit::Km,
        ..steps()
    };
    set_challenge(&mut u.conn, u.activity, &km, at(1, 8)).unwrap();
    let p = u.people[0];
    let mine = u.enter(p, 9, 12.34).unwrap();
    assert_eq!(mine.entries[0].amount, 12.34);
    assert_eq!(
        code(u.enter(p, 8, 12.345).unwrap_err()),
        "challenge.too_many_decimals"
    );
    let e = u.enter(p, 7, 100.01).unwrap_err();
    assert!(e.to_string().contains("0–100 公里"), "{e}");
    assert_eq!(code(e), "challenge.over_daily_max");
    assert_eq!(u.all_entries(), vec![(p, "2026-11-09".into(), 1234, false)]);
}

#[test]
fn counts_typed_in_a_sheet_are_read_with_the_same_rules() {
    use super::super::rules::parse_amount;
    let s = ChallengeUnit::Steps;
    assert_eq!(parse_amount(s, " 12,345 ").unwrap(), 12_345);
    assert_eq!(parse_amount(s, "8000.0").unwrap(), 8000);
    assert_eq!(
        code(parse_amount(s, "八千").unwrap_err()),
        "challenge.not_a_number"
    );
    assert_eq!(
        code(parse_amount(s, "1e5").unwrap_err()),
        "challenge.not_a_number"
    );
    assert_eq!(
        code(parse_amount(s, "1.2.3").unwrap_err()),
        "challenge.not_a_number"
    );
    assert_eq!(
        code(parse_amount(s, "-1").unwrap_err()),
        "challenge.negative"
    );
    assert_eq!(
        code(parse_amount(s, "99999999999999999999999").unwrap_err()),
        "challenge.over_daily_max"
    );
    let km = ChallengeUnit::Km;
    assert_eq!(parse_amount(km, "0.5").unwrap(), 50);
    assert_eq!(parse_amount(km, "100").unwrap(), 10_000);
    assert_eq!(parse_amount(km, ".25").unwrap(), 25);
}

#[test]
fn a_second_count_for_the_same_day_is_refused_until_replacing_is_asked_for() {
    let mut u = with_challenge();
    let p = u.people[0];
    u.enter(p, 9, 8000.0).unwrap();
    let e = u.enter(p, 9, 9000.0).unwrap_err();
    assert_eq!(
        e.to_string(),
        "张一 在 2026-11-09 已填报 8000 步；如要改为新的数，请选择“覆盖原数”"
    );
    assert_eq!(code(e), "challenge.day_already_entered");
    assert_eq!(u.all_entries()[0].2, 8000, "the first count stays");

    let mine = u.enter_at(p, 9, 9000.0, true, at(10, 13)).unwrap();
    assert_eq!(mine.entries.len(), 1, "still one count for the day");
    assert_eq!(mine.entries[0].amount, 9000.0);
}

#[test]
fn someone_not_signed_up_may_not_enter_and_is_told_why() {
    let mut u = with_challenge();
    let outsider = u.people[6];
    let e = u.enter(outsider, 9, 5000.0).unwrap_err();
    assert_eq!(e.to_string(), "任一 没有报名本活动，报名后才能填报");
    assert_eq!(code(e), "challenge.not_signed_up");
    let mine = my_challenge(&u.conn, u.activity, outsider, at(10, 12)).unwrap();
    assert_eq!(mine.enter.refusal.unwrap().code, "challenge.not_signed_up");
    assert!(mine.standing.is_none());
}

#[test]
fn a_person_enters_only_their_own_count() {
    let mut u = with_challenge();
    let (me, other) = (u.people[0], u.people[1]);
    let input = ChallengeEntryInput {
        day: day(9),
        amount: 5000.0,
        replace: false,
    };
    let e = enter_count(
        &mut u.conn,
        u.activity,
        other,
        &input,
        Actor::Staff(me),
        at(10, 12),
    )
    .unwrap_err();
    assert_eq!(code(e), "challenge.not_yours");
    // The organizer may enter for anyone, marked as theirs.
    enter_count(
        &mut u.conn,
        u.activity,
        other,
        &input,
        Actor::Organizer,
        at(10, 12),
    )
    .unwrap();
    assert_eq!(
        u.all_entries(),
        vec![(other, "2026-11-09".into(), 5000, true)]
    );
}

#[test]
fn nothing_is_entered_before_the_challenge_is_set_up() {
    let mut u = unit();
    let p = u.people[0];
    assert_eq!(
        code(u.enter(p, 9, 5000.0).unwrap_err()),
        "challenge.not_set_up"
    );
    let mine = my_challenge(&u.conn, u.activity, p, at(10, 12)).unwrap();
    assert!(!mine.enter.offered);
}

#[test]
fn a_finished_or_cancelled_activity_takes_no_more_counts() {
    let mut u = with_challenge();
    let p = u.people[0];
    activities::cancel_activity(&mut u.conn, u.activity, "改期", at(10, 8)).unwrap();
    let e = u.enter(p, 9, 5000.0).unwrap_err();
    assert_eq!(code(e), "challenge.activity_cancelled");
    let mine = my_challenge(&u.conn, u.activity, p, at(10, 12)).unwrap();
    assert_eq!(
        mine.enter.refusal.unwrap().code,
        "challenge.activity_cancelled"
    );
    assert!(u.all_entries().is_empty());
}

#[test]
fn before_the_first_day_the_person_is_told_it_has_not_come() {
    let mut u = unit();
    let later = ChallengeInput {
        starts_on: day(15),
        ..steps()
    };
    set_challenge(&mut u.conn, u.activity, &later, at(1, 8)).unwrap();
    let mine = my_challenge(&u.conn, u.activity, u.people[0], at(10, 12)).unwrap();
    assert!(mine.open_days.is_empty());
    assert_eq!(mine.enter.refusal.unwrap().code, "challenge.future_day");
}
