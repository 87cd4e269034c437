//! Activity rules, one file per behaviour group. The clock is explicit: `at(day, hour)` is a time in
//! November 2026; the standard activity opens sign-up on the 1st, closes it on the 20th, lets people
//! cancel until the 18th, and runs on the 25th from 09:00 to 11:00.

mod allowed;
mod attendance;
mod bounds;
mod door;
mod files_sheets;
mod lifecycle;
mod list;
mod signup;
mod waitlist;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::roster::{self, PoliticalStatus, StaffInput};
use crate::testkit;

pub(super) use crate::testkit::november as at;

/// During the sign-up window.
pub(super) fn open_time() -> NaiveDateTime {
    at(10, 9)
}

pub(super) struct Unit {
    pub conn: Connection,
    pub departments: Vec<i64>,
    /// Staff ids: people[i] is in departments[i % departments.len()]; every third is a 群众.
    pub people: Vec<i64>,
}

/// A unit with two 科室 (办公室, 宣传科) and `n` people spread over them.
pub(super) fn unit(n: usize) -> Unit {
    let mut conn = testkit::database();
    let departments = testkit::departments(&mut conn, &["办公室", "宣传科"]);
    let people = testkit::people(n, "职工", &departments)
        .into_iter()
        .enumerate()
        .map(|(i, s)| StaffInput {
            political_status: if i % 3 == 2 {
                PoliticalStatus::Masses
            } else {
                PoliticalStatus::CpcMember
            },
            ..s
        });
    let people = testkit::staff(&mut conn, people);
    Unit {
        conn,
        departments,
        people,
    }
}

pub(super) fn input(kind: ActivityKind, capacity: Option<u32>) -> ActivityInput {
    ActivityInput {
        capacity,
        ..testkit::activity_input(kind, "道德经典诵读")
    }
}

impl Unit {
    /// A published activity of `kind` with `capacity`.
    pub fn activity(&mut self, kind: ActivityKind, capacity: Option<u32>) -> Activity {
        create_activity(&mut self.conn, &input(kind, capacity), true, at(1, 8)).unwrap()
    }

    pub fn join(&mut self, activity: i64, person: usize) -> Result<Signup, crate::AppError> {
        let staff = self.people[person];
        sign_up(
            &mut self.conn,
            activity,
            staff,
            Actor::Staff(staff),
            open_time(),
        )
        .map_err(Into::into)
    }

    /// (name, status, waitlist position) of every entry, in order of arrival.
    pub fn list(&self, activity: i64) -> Vec<(String, SignupStatus, Option<u32>)> {
        signups(&self.conn, activity)
            .unwrap()
            .into_iter()
            .map(|s| (s.members[0].name.clone(), s.status, s.waitlist_position))
            .collect()
    }

    pub fn entry_of(&self, activity: i64, person: usize) -> Signup {
        let staff = self.people[person];
        signups(&self.conn, activity)
            .unwrap()
            .into_iter()
            .rfind(|s| s.members.iter().any(|m| m.staff_id == staff))
            .unwrap()
    }
}

pub(super) use SignupStatus::{Confirmed, Waitlisted};
