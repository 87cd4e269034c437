//! The list's state filter and counts in SQL against the state worked out in Rust, on the same
//! rows, at every boundary of the clock.

use chrono::Duration;

use super::*;
use crate::auth::Role;

/// The standard activity, and one whose sign-up runs past its start, in every phase.
fn every_phase(u: &Unit) -> Vec<(i64, Phase, Schedule)> {
    let standard = testkit::schedule();
    let late_deadline = Schedule {
        signup_deadline: standard.starts_at + Duration::minutes(30),
        ..standard
    };
    let mut rows = Vec::new();
    for (i, schedule) in [standard, late_deadline].into_iter().enumerate() {
        for phase in [
            Phase::Draft,
            Phase::Published,
            Phase::Finished,
            Phase::Cancelled,
        ] {
            let kind = ActivityKind::ALL[(rows.len() + i) % ActivityKind::ALL.len()];
            let a = ActivityInput {
                schedule,
                ..input(kind, None)
            };
            let id = store::insert_activity(&u.conn, &a, phase, at(1, 8)).unwrap();
            rows.push((id, phase, schedule));
        }
    }
    rows
}

/// Each boundary of each schedule, a second and half a second either side, and far off.
fn clocks(rows: &[(i64, Phase, Schedule)]) -> Vec<NaiveDateTime> {
    let mut clocks = vec![
        at(1, 0) - Duration::days(40),
        at(30, 0) + Duration::days(40),
    ];
    for (_, _, s) in rows {
        for t in [s.signup_opens_at, s.signup_deadline, s.starts_at, s.ends_at] {
            for d in [-1000, -500, 0, 500, 1000] {
                clocks.push(t + Duration::milliseconds(d));
            }
        }
    }
    clocks
}

const STATES: [ActivityState; 7] = [
    ActivityState::Draft,
    ActivityState::Upcoming,
    ActivityState::Open,
    ActivityState::Closed,
    ActivityState::InProgress,
    ActivityState::Finished,
    ActivityState::Cancelled,
];

#[test]
fn the_sql_state_condition_picks_the_rows_whose_rust_state_it_names_at_every_boundary() {
    let u = unit(1);
    let rows = every_phase(&u);
    for now in clocks(&rows) {
        for state in STATES {
            let condition = state_condition(state);
            let sql = format!("SELECT a.id FROM activity a WHERE {condition} ORDER BY a.id");
            let clock = crate::time::time_text(now);
            let clock: &[(&str, &dyn rusqlite::ToSql)] = if condition.contains(":now") {
                &[(":now", &clock)]
            } else {
                &[]
            };
            let picked: Vec<i64> = u
                .conn
                .prepare(&sql)
                .unwrap()
                .query_map(clock, |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            let worked_out: Vec<i64> = rows
                .iter()
                .filter(|(_, phase, s)| state_at(*phase, s, now) == state)
                .map(|(id, _, _)| *id)
                .collect();
            assert_eq!(picked, worked_out, "{state:?} at {now}");
        }
    }
}

#[test]
fn each_state_page_and_its_total_agree_with_the_states_of_every_activity() {
    let u = unit(1);
    let rows = every_phase(&u);
    for now in clocks(&rows) {
        for viewer in [Role::Organizer, Role::Staff] {
            for state in STATES.map(Some).into_iter().chain([None]) {
                for kind in [None, Some(ActivityKind::ALL[1])] {
                    let q = ActivityQuery {
                        state,
                        kind,
                        page: 1,
                        page_size: 50,
                        ..Default::default()
                    };
                    let page = list_activities(&u.conn, &q, now, viewer).unwrap();
                    let mut listed: Vec<i64> = page.items.iter().map(|a| a.id).collect();
                    listed.sort_unstable();
                    let expected: Vec<i64> = rows
                        .iter()
                        .filter(|(_, phase, _)| viewer == Role::Organizer || *phase != Phase::Draft)
                        .filter(|(_, phase, s)| {
                            state.is_none_or(|st| state_at(*phase, s, now) == st)
                        })
                        .filter(|(id, _, _)| {
                            kind.is_none_or(|k| get_activity(&u.conn, *id, now).unwrap().kind == k)
                        })
                        .map(|(id, _, _)| *id)
                        .collect();
                    assert_eq!(listed, expected, "{viewer:?} {state:?} {kind:?} at {now}");
                    assert_eq!(
                        page.total,
                        expected.len() as i64,
                        "{viewer:?} {state:?} {kind:?} at {now}"
                    );
                    assert!(page
                        .items
                        .iter()
                        .all(|a| state.is_none_or(|s| a.state == s)));
                }
            }
        }
    }
}

#[test]
fn the_counts_follow_publishing_cancelling_and_finishing() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Reading, None);
    let b = u.activity(ActivityKind::Study, None);
    let draft = create_activity(
        &mut u.conn,
        &input(ActivityKind::Chess, None),
        false,
        at(1, 8),
    )
    .unwrap();
    cancel_activity(&mut u.conn, a.id, "场地冲突", at(2, 8)).unwrap();
    publish_activity(&mut u.conn, draft.id, at(2, 9)).unwrap();
    finish_activity(&mut u.conn, b.id, at(25, 12)).unwrap();
    let total = |state| {
        let q = ActivityQuery {
            state: Some(state),
            page: 1,
            page_size: 20,
            ..Default::default()
        };
        list_activities(&u.conn, &q, open_time(), Role::Organizer)
            .unwrap()
            .total
    };
    assert_eq!(total(ActivityState::Cancelled), 1);
    assert_eq!(total(ActivityState::Finished), 1);
    assert_eq!(total(ActivityState::Open), 1);
    assert_eq!(total(ActivityState::Draft), 0);
}

#[test]
fn the_list_pages_come_from_the_indexes_without_sorting_the_activities() {
    let u = unit(1);
    for plan in store::list::plans(&u.conn).unwrap() {
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
    }
}
