//! Builders shared by core's tests: a unit with 科室 and people, a published activity in November
//! 2026 and its sign-ups. Each feature's `tests/mod.rs` wraps them in its own small fixture.
//!
//! The standard activity takes sign-ups from the 1st (09:00) to the 20th (18:00), lets people
//! cancel until the 18th (18:00) and runs on the 25th from 09:00 to 11:00; it is created on the 1st
//! at 08:00.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use crate::activities::{self, Activity, ActivityInput, ActivityKind, Actor, Schedule};
use crate::roster::{self, DepartmentInput, DepartmentKind, Gender, PoliticalStatus, StaffInput};
use crate::store::open_in_memory;

/// `hour`:00 on a day of November 2026.
pub fn november(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(hour, 0, 0)
        .unwrap()
}

/// A new empty database.
pub fn database() -> Connection {
    open_in_memory().unwrap()
}

/// 机关科室 with these names, in this order; returns their ids.
pub fn departments(conn: &mut Connection, names: &[&str]) -> Vec<i64> {
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let d = DepartmentInput {
                name: name.to_string(),
                kind: DepartmentKind::Office,
                sort_order: i as i32,
            };
            roster::create_department(conn, &d, november(1, 8))
                .unwrap()
                .id
        })
        .collect()
}

/// A person to put on the roster: the `n`-th (工号 `P00n`), a woman and 群众 unless changed.
pub fn person(n: usize, name: &str, department_id: i64) -> StaffInput {
    StaffInput {
        employee_no: format!("P{n:03}"),
        name: name.into(),
        gender: Gender::Female,
        department_id,
        position: String::new(),
        political_status: PoliticalStatus::Masses,
        is_veteran: false,
        phone: String::new(),
    }
}

/// Puts people on the roster; returns their staff ids in order.
pub fn staff(conn: &mut Connection, people: impl IntoIterator<Item = StaffInput>) -> Vec<i64> {
    people
        .into_iter()
        .map(|s| roster::create_staff(conn, &s, november(1, 8)).unwrap().id)
        .collect()
}

/// `n` people named `{prefix}1`, `{prefix}2`, … (工号 P001 …), spread in turn over `departments`.
pub fn people(n: usize, prefix: &str, departments: &[i64]) -> Vec<StaffInput> {
    (0..n)
        .map(|i| {
            let name = format!("{prefix}{}", i + 1);
            person(i + 1, &name, departments[i % departments.len()])
        })
        .collect()
}

/// The standard activity's times (see the module's note).
pub fn schedule() -> Schedule {
    Schedule {
        starts_at: november(25, 9),
        ends_at: november(25, 11),
        signup_opens_at: november(1, 9),
        signup_deadline: november(20, 18),
        cancel_cutoff: november(18, 18),
    }
}

/// What the organizer fills in for the standard activity of `kind`: open to everyone, no limit.
pub fn activity_input(kind: ActivityKind, title: &str) -> ActivityInput {
    ActivityInput {
        kind,
        title: title.into(),
        description: String::new(),
        place: "三楼会议室".into(),
        schedule: schedule(),
        capacity: None,
        department_ids: Vec::new(),
        party_members_only: false,
        team_mode: false,
    }
}

/// Publishes an activity, created on the 1st at 08:00.
pub fn publish(conn: &mut Connection, input: &ActivityInput) -> Activity {
    activities::create_activity(conn, input, true, november(1, 8)).unwrap()
}

/// Signs each person up in turn (as `actor` says), on the 10th at 09:00; returns the sign-up ids.
pub fn sign_up_all(
    conn: &mut Connection,
    activity: i64,
    people: &[i64],
    actor: impl Fn(i64) -> Actor,
) -> Vec<i64> {
    people
        .iter()
        .map(|&p| {
            activities::sign_up(conn, activity, p, actor(p), november(10, 9))
                .unwrap()
                .id
        })
        .collect()
}
