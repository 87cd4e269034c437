//! Activity rules, one file per behaviour group. The clock is explicit: `at(day, hour)` is a time in
//! November 2026; the standard activity opens sign-up on the 1st, closes it on the 20th, lets people
//! cancel until the 18th, and runs on the 25th from 09:00 to 11:00.

mod attendance;
mod files_sheets;
mod lifecycle;
mod signup;
mod waitlist;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::roster::{self, DepartmentInput, DepartmentKind, Gender, PoliticalStatus, StaffInput};
use crate::store::open_in_memory;

pub(super) fn at(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(hour, 0, 0)
        .unwrap()
}

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
    let mut conn = open_in_memory().unwrap();
    let departments: Vec<i64> = ["办公室", "宣传科"]
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let d = DepartmentInput {
                name: name.to_string(),
                kind: DepartmentKind::Office,
                sort_order: i as i32,
            };
            roster::create_department(&mut conn, &d).unwrap().id
        })
        .collect();
    let people = (0..n)
        .map(|i| {
            let s = StaffInput {
                employee_no: format!("P{:03}", i + 1),
                name: format!("职工{}", i + 1),
                gender: Gender::Female,
                department_id: departments[i % 2],
                position: String::new(),
                political_status: if i % 3 == 2 {
                    PoliticalStatus::Masses
                } else {
                    PoliticalStatus::CpcMember
                },
                is_veteran: false,
                phone: String::new(),
            };
            roster::create_staff(&mut conn, &s).unwrap().id
        })
        .collect();
    Unit {
        conn,
        departments,
        people,
    }
}

pub(super) fn input(kind: ActivityKind, capacity: Option<u32>) -> ActivityInput {
    ActivityInput {
        kind,
        title: "道德经典诵读".into(),
        description: String::new(),
        place: "三楼会议室".into(),
        schedule: Schedule {
            starts_at: at(25, 9),
            ends_at: at(25, 11),
            signup_opens_at: at(1, 9),
            signup_deadline: at(20, 18),
            cancel_cutoff: at(18, 18),
        },
        capacity,
        department_ids: Vec::new(),
        party_members_only: false,
        team_mode: false,
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
