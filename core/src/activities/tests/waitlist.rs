use std::sync::{Arc, Barrier};

use proptest::prelude::*;

use super::*;

#[test]
fn when_full_the_next_person_is_waitlisted_in_order() {
    let mut u = unit(4);
    let a = u.activity(ActivityKind::Speech, Some(2));
    for p in 0..4 {
        u.join(a.id, p).unwrap();
    }
    assert_eq!(
        u.list(a.id),
        [
            ("职工1".into(), Confirmed, None),
            ("职工2".into(), Confirmed, None),
            ("职工3".into(), Waitlisted, Some(1)),
            ("职工4".into(), Waitlisted, Some(2)),
        ]
    );
    let a = get_activity(&u.conn, a.id, open_time()).unwrap();
    assert_eq!((a.confirmed, a.waitlisted), (2, 2));
}

#[test]
fn waitlisted_person_is_promoted_when_a_place_frees_up() {
    let mut u = unit(4);
    let a = u.activity(ActivityKind::Speech, Some(2));
    let first = u.join(a.id, 0).unwrap();
    for p in 1..4 {
        u.join(a.id, p).unwrap();
    }
    cancel_signup(
        &mut u.conn,
        first.id,
        Actor::Staff(u.people[0]),
        open_time(),
    )
    .unwrap();
    let list = u.list(a.id);
    assert_eq!(
        list[2],
        ("职工3".into(), Confirmed, None),
        "first come, first served"
    );
    assert_eq!(list[3], ("职工4".into(), Waitlisted, Some(1)));
    assert_eq!(u.entry_of(a.id, 2).promoted_at, Some(open_time()));
}

#[test]
fn leaving_the_waitlist_promotes_nobody_and_keeps_the_order() {
    let mut u = unit(4);
    let a = u.activity(ActivityKind::Speech, Some(1));
    for p in 0..4 {
        u.join(a.id, p).unwrap();
    }
    let second_waiting = u.entry_of(a.id, 2);
    leave_waitlist(
        &mut u.conn,
        second_waiting.id,
        Actor::Staff(u.people[2]),
        open_time(),
    )
    .unwrap();
    let list = u.list(a.id);
    assert_eq!(
        list.iter().map(|e| (e.1, e.2)).collect::<Vec<_>>(),
        [
            (Confirmed, None),
            (Waitlisted, Some(1)),
            (SignupStatus::LeftWaitlist, None),
            (Waitlisted, Some(2))
        ]
    );
    let confirmed = u.entry_of(a.id, 0);
    assert!(matches!(
        leave_waitlist(
            &mut u.conn,
            confirmed.id,
            Actor::Staff(u.people[0]),
            open_time()
        ),
        Err(ActivityError::NotWaitlisted)
    ));
}

#[test]
fn raising_the_capacity_promotes_as_many_as_fit_and_it_cannot_drop_below_the_places_taken() {
    let mut u = unit(5);
    let a = u.activity(ActivityKind::Hiking, Some(1));
    for p in 0..5 {
        u.join(a.id, p).unwrap();
    }
    let raised = update_activity(
        &mut u.conn,
        a.id,
        &input(ActivityKind::Hiking, Some(3)),
        open_time(),
    )
    .unwrap();
    assert_eq!((raised.confirmed, raised.waitlisted), (3, 2));
    assert_eq!(u.list(a.id)[3], ("职工4".into(), Waitlisted, Some(1)));
    let err: crate::AppError = update_activity(
        &mut u.conn,
        a.id,
        &input(ActivityKind::Hiking, Some(2)),
        open_time(),
    )
    .unwrap_err()
    .into();
    assert_eq!(
        (err.code.as_str(), err.message.as_str()),
        (
            "activities.capacity_below_confirmed",
            "已有 3 个报名占用名额，名额不能少于 3"
        )
    );
    let unlimited = update_activity(
        &mut u.conn,
        a.id,
        &input(ActivityKind::Hiking, None),
        open_time(),
    )
    .unwrap();
    assert_eq!((unlimited.confirmed, unlimited.waitlisted), (5, 0));
}

#[test]
fn capacity_holds_when_two_sign_ups_race_for_the_last_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("race.db");
    let (activity, people) = {
        let mut u = unit(2);
        let a = u.activity(ActivityKind::Speech, Some(1));
        u.conn
            .execute("VACUUM INTO ?1", [path.to_str().unwrap()])
            .unwrap();
        // Turn the copy into WAL once, here: two connections switching the journal mode at the
        // same moment can fail with "database is locked", which is not the race under test.
        drop(crate::store::open(&path).unwrap());
        (a.id, u.people)
    };
    for _round in 0..5 {
        let barrier = Arc::new(Barrier::new(2));
        let handles: Vec<_> = people
            .iter()
            .map(|&staff| {
                let (path, barrier) = (path.clone(), barrier.clone());
                std::thread::spawn(move || {
                    let mut conn = crate::store::open(&path).unwrap();
                    barrier.wait();
                    sign_up(&mut conn, activity, staff, Actor::Staff(staff), open_time())
                        .unwrap()
                        .status
                })
            })
            .collect();
        let mut statuses: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        statuses.sort_by_key(|s| s.as_sql());
        assert_eq!(
            statuses,
            [Confirmed, Waitlisted],
            "exactly one gets the place"
        );
        // Reset for the next round.
        let conn = crate::store::open(&path).unwrap();
        conn.execute("DELETE FROM signup_member", []).unwrap();
        conn.execute("DELETE FROM signup", []).unwrap();
    }
}

#[derive(Debug, Clone)]
enum Step {
    Join(usize),
    Cancel(usize),
    Capacity(u32),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0usize..8).prop_map(Step::Join),
        3 => (0usize..8).prop_map(Step::Cancel),
        1 => (1u32..6).prop_map(Step::Capacity),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever people do, the places taken never exceed the capacity, nobody waits while a place
    /// is free, and the waitlist keeps the order of arrival.
    #[test]
    fn places_never_exceed_capacity_and_nobody_waits_for_a_free_place(steps in prop::collection::vec(step(), 1..40)) {
        let mut u = unit(8);
        let a = u.activity(ActivityKind::Speech, Some(2));
        let mut capacity = 2;
        for s in steps {
            match s {
                Step::Join(p) => { let _ = u.join(a.id, p); }
                Step::Cancel(p) => {
                    let staff = u.people[p];
                    if let Ok(Some(e)) = store::active_signup_of(&u.conn, a.id, staff) {
                        cancel_signup(&mut u.conn, e.id, Actor::Staff(staff), open_time()).unwrap();
                    }
                }
                Step::Capacity(c) => {
                    if update_activity(&mut u.conn, a.id, &input(ActivityKind::Speech, Some(c)), open_time()).is_ok() {
                        capacity = c;
                    }
                }
            }
            let list = signups(&u.conn, a.id).unwrap();
            let confirmed = list.iter().filter(|e| e.status == Confirmed).count() as u32;
            let waiting: Vec<i64> = list.iter().filter(|e| e.status == Waitlisted).map(|e| e.id).collect();
            prop_assert!(confirmed <= capacity);
            prop_assert!(waiting.is_empty() || confirmed == capacity);
            let mut sorted = waiting.clone();
            sorted.sort_unstable();
            prop_assert_eq!(waiting, sorted);
        }
    }
}
