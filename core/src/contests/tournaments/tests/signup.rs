//! The draw fixes the players, so it ends the activity's sign-up: nobody signs up into no match.

use super::fixture::*;
use super::*;
use crate::activities::{self, ActivityKind, ActivityState, Actor};
use crate::roster;
use crate::testkit;

/// Someone in the unit who has not signed up.
fn latecomer(c: &mut Club) -> i64 {
    let department = roster::list_departments(&c.conn).unwrap()[0].id;
    testkit::staff(&mut c.conn, [testkit::person(99, "迟到者", department)])[0]
}

#[test]
fn drawing_while_sign_up_is_open_ends_it_and_a_later_sign_up_is_refused() {
    let mut c = club(ActivityKind::TableTennis, 4);
    let late = latecomer(&mut c);
    let before = activities::get_activity(&c.conn, c.activity, at(15, 9)).unwrap();
    assert_eq!(before.state, ActivityState::Open);

    make_draw(&mut c.conn, c.activity, &tt_draw(), at(15, 9)).unwrap();
    let after = activities::get_activity(&c.conn, c.activity, at(15, 10)).unwrap();
    assert_eq!(after.state, ActivityState::Closed);
    assert_eq!(after.schedule.signup_deadline, at(15, 9));

    let e = activities::sign_up(
        &mut c.conn,
        c.activity,
        late,
        Actor::Staff(late),
        at(15, 10),
    )
    .unwrap_err();
    assert_eq!(crate::error::Coded::code(&e), "signup.field_fixed");
    assert!(activities::signups(&c.conn, c.activity)
        .unwrap()
        .iter()
        .all(|s| s.members.iter().all(|m| m.staff_id != late)));
    let players = c.tournament().players;
    assert_eq!(players.len(), 4);
    assert!(players.iter().all(|p| p.staff_id != late));
}

#[test]
fn a_draw_after_the_deadline_leaves_the_schedule_as_it_was() {
    let mut c = club(ActivityKind::Chess, 4);
    c.draw(&chess_draw(false)).unwrap();
    let a = activities::get_activity(&c.conn, c.activity, at(25, 10)).unwrap();
    assert_eq!(
        a.schedule.signup_deadline,
        testkit::schedule().signup_deadline
    );
    assert_eq!(
        a.schedule.signup_opens_at,
        testkit::schedule().signup_opens_at
    );
}

#[test]
fn a_refused_draw_leaves_sign_up_open() {
    let mut c = club(ActivityKind::TableTennis, 2);
    make_draw(&mut c.conn, c.activity, &tt_draw(), at(15, 9)).unwrap_err();
    let a = activities::get_activity(&c.conn, c.activity, at(15, 10)).unwrap();
    assert_eq!(a.state, ActivityState::Open);
    let late = latecomer(&mut c);
    activities::sign_up(
        &mut c.conn,
        c.activity,
        late,
        Actor::Staff(late),
        at(15, 10),
    )
    .unwrap();
}

fn code(e: impl Into<crate::AppError>) -> String {
    e.into().code
}

/// The entry of `person` on the list.
fn entry_of(c: &Club, person: i64) -> activities::Signup {
    activities::signup_list(&c.conn, c.activity, at(25, 10))
        .unwrap()
        .into_iter()
        .find(|s| s.members.iter().any(|m| m.staff_id == person))
        .unwrap()
}

#[test]
fn after_the_draw_nobody_joins_or_leaves_the_field_and_the_list_says_why() {
    let mut c = club(ActivityKind::Chess, 4);
    let late = latecomer(&mut c);
    c.draw(&chess_draw(false)).unwrap();

    // The organizer's 代报名 no longer adds a player nobody plays.
    let e = activities::sign_up(&mut c.conn, c.activity, late, Actor::Organizer, at(25, 10))
        .unwrap_err();
    assert_eq!(code(e), "signup.field_fixed");
    let a = activities::get_activity(&c.conn, c.activity, at(25, 10)).unwrap();
    assert!(
        a.allowed.add_signup.refusal.is_some(),
        "代报名 is offered disabled"
    );

    // A drawn player does not silently leave: neither by the organizer nor by themselves.
    let entry = entry_of(&c, c.people[0]);
    let refusal = entry
        .allowed
        .cancel
        .refusal
        .clone()
        .expect("取消报名 disabled");
    assert_eq!(refusal.code, "signup.field_fixed");
    assert!(refusal.message.contains("弃权"), "{}", refusal.message);
    for actor in [Actor::Organizer, Actor::Staff(c.people[0])] {
        let e = activities::cancel_signup(&mut c.conn, entry.id, actor, at(25, 10)).unwrap_err();
        assert_eq!(code(e), "signup.field_fixed");
    }
    assert_eq!(activities::signups(&c.conn, c.activity).unwrap().len(), 4);
    assert_eq!(c.tournament().players.len(), 4);
}

#[test]
fn undoing_the_draw_lets_the_organizer_change_the_list_again() {
    let mut c = club(ActivityKind::Chess, 4);
    let late = latecomer(&mut c);
    c.draw(&chess_draw(false)).unwrap();
    cancel_draw(&mut c.conn, c.activity).unwrap();

    let entry = entry_of(&c, c.people[0]);
    assert_eq!(entry.allowed.cancel.refusal, None);
    activities::cancel_signup(&mut c.conn, entry.id, Actor::Organizer, at(25, 10)).unwrap();
    activities::sign_up(&mut c.conn, c.activity, late, Actor::Organizer, at(25, 10)).unwrap();
    let on_list: Vec<i64> = activities::signups(&c.conn, c.activity)
        .unwrap()
        .iter()
        .filter(|s| s.status.is_active())
        .flat_map(|s| s.members.iter().map(|m| m.staff_id))
        .collect();
    assert!(on_list.contains(&late) && !on_list.contains(&c.people[0]));
}
