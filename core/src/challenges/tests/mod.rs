//! Tests of 全民健身挑战, one file per behaviour group, over a 健步走 challenge for November 2026:
//! 办公室 has four people, 财务科 two and 人事科 one; all but 人事科's sign up in October.

mod entries;
mod import;
mod rankings;
mod setup;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::activities::{self, ActivityInput, ActivityKind, Actor, Schedule};
use crate::auth::Role;
use crate::testkit;

pub fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

pub fn at(d: u32, hour: u32) -> NaiveDateTime {
    day(d).and_hms_opt(hour, 0, 0).unwrap()
}

fn october(d: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 10, d)
        .unwrap()
        .and_hms_opt(hour, 0, 0)
        .unwrap()
}

/// The whole of November.
pub fn november_input(kind: ActivityKind) -> ActivityInput {
    ActivityInput {
        schedule: Schedule {
            starts_at: at(1, 0),
            ends_at: day(30).and_hms_opt(23, 0, 0).unwrap(),
            signup_opens_at: october(20, 9),
            signup_deadline: october(31, 18),
            cancel_cutoff: october(30, 18),
        },
        ..testkit::activity_input(kind, "健步走")
    }
}

pub fn steps() -> ChallengeInput {
    ChallengeInput {
        unit: ChallengeUnit::Steps,
        starts_on: day(1),
        ends_on: day(30),
    }
}

pub struct Unit {
    pub conn: Connection,
    pub activity: i64,
    /// 办公室: people[0..4], 财务科: people[4..6], 人事科: people[6] (not signed up).
    pub people: Vec<i64>,
}

/// The unit with its 健步走 activity published and signed up for, the challenge not yet set.
pub fn unit() -> Unit {
    let mut conn = testkit::database();
    let d = testkit::departments(&mut conn, &["办公室", "财务科", "人事科"]);
    let names = ["张一", "张二", "张三", "张四", "钱一", "钱二", "任一"];
    let depts = [d[0], d[0], d[0], d[0], d[1], d[1], d[2]];
    let people = testkit::staff(
        &mut conn,
        names
            .iter()
            .zip(depts)
            .enumerate()
            .map(|(i, (n, dep))| testkit::person(i + 1, n, dep)),
    );
    let activity = testkit::publish(&mut conn, &november_input(ActivityKind::Fitness)).id;
    for &p in &people[..6] {
        activities::sign_up(&mut conn, activity, p, Actor::Staff(p), october(25, 9)).unwrap();
    }
    Unit {
        conn,
        activity,
        people,
    }
}

/// The unit with the steps challenge set up on November 1st.
pub fn with_challenge() -> Unit {
    let mut u = unit();
    set_challenge(&mut u.conn, u.activity, &steps(), at(1, 8)).unwrap();
    u
}

impl Unit {
    /// `who` enters `amount` for a day, on the 10th at noon.
    pub fn enter(&mut self, who: i64, d: u32, amount: f64) -> Result<MyChallenge, ChallengeError> {
        self.enter_at(who, d, amount, false, at(10, 12))
    }

    pub fn enter_at(
        &mut self,
        who: i64,
        d: u32,
        amount: f64,
        replace: bool,
        now: NaiveDateTime,
    ) -> Result<MyChallenge, ChallengeError> {
        let input = ChallengeEntryInput {
            day: day(d),
            amount,
            replace,
        };
        enter_count(
            &mut self.conn,
            self.activity,
            who,
            &input,
            Actor::Staff(who),
            now,
        )
    }

    pub fn board(&self) -> ChallengeBoard {
        challenge_board(&self.conn, self.activity, at(10, 12), Role::Organizer).unwrap()
    }

    /// Every stored entry, for before / after comparisons.
    pub fn all_entries(&self) -> Vec<(i64, String, i64, bool)> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT staff_id, day, amount, by_organizer FROM challenge_entry ORDER BY 1, 2",
            )
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    pub fn challenge_row(&self) -> (String, String, String) {
        self.conn
            .query_row("SELECT unit, starts_on, ends_on FROM challenge", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap()
    }
}

pub fn code(e: ChallengeError) -> &'static str {
    use crate::error::Coded;
    e.code()
}
