//! Timed contests, one file per behaviour group: `ranking` (the pure rules, with property tests),
//! `race` (a 爬山 from the bibs to the published results), `sheets` (the shared 成绩表 / 获奖名单 /
//! 科室团体成绩 and what staff may read) and `refusals` (every bad input refused with its code,
//! nothing changed). `Hike` is the unit they run in.

mod race;
mod ranking;
mod refusals;
mod sheets;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::{GROUP_NAME_MAX, REASON_MAX, TEAM_BEST_MAX};
use crate::activities::{ActivityInput, ActivityKind, Actor};
use crate::contests::*;
use crate::error::Coded;
use crate::roster::{Gender, StaffInput};
use crate::testkit;

/// `h`:`m`:`s` on the 25th of November 2026, the day of the hike.
pub(super) fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
    testkit::november(25, 0) + chrono::Duration::seconds(i64::from(h * 3600 + m * 60 + s))
}

pub(super) struct Hike {
    pub conn: Connection,
    pub activity: i64,
    /// Staff ids in order of sign-up (bib i+1); 登山者1 … are men and women in turn (1 a man),
    /// in 办公室, 财务科, 人事科 in turn.
    pub people: Vec<i64>,
}

/// A 爬山 with `n` people signed up in order.
pub(super) fn hike(n: usize) -> Hike {
    let mut conn = testkit::database();
    let departments = testkit::departments(&mut conn, &["办公室", "财务科", "人事科"]);
    let input = ActivityInput {
        place: "凤凰山".into(),
        ..testkit::activity_input(ActivityKind::Hiking, "重阳登山赛")
    };
    let activity = testkit::publish(&mut conn, &input).id;
    let people = testkit::people(n, "登山者", &departments)
        .into_iter()
        .enumerate()
        .map(|(i, s)| StaffInput {
            gender: if i % 2 == 0 {
                Gender::Male
            } else {
                Gender::Female
            },
            ..s
        });
    let people = testkit::staff(&mut conn, people);
    testkit::sign_up_all(&mut conn, activity, &people, |_| Actor::Organizer);
    Hike {
        conn,
        activity,
        people,
    }
}

impl Hike {
    pub fn contest(&self) -> TimedContest {
        timed_contest(&self.conn, self.activity, at(8, 0, 0)).unwrap()
    }

    pub fn settings(&mut self, f: impl FnOnce(&mut TimedSettings)) -> TimedContest {
        let mut s = self.contest().settings;
        f(&mut s);
        set_timed_settings(&mut self.conn, self.activity, &s, at(8, 0, 0)).unwrap()
    }

    pub fn bibs(&mut self) -> TimedContest {
        issue_bibs(&mut self.conn, self.activity, at(8, 30, 0)).unwrap()
    }

    pub fn start(&mut self, group: Option<&str>, when: NaiveDateTime) -> TimedContest {
        start_timed(&mut self.conn, self.activity, group, when).unwrap()
    }

    pub fn finish(&mut self, code: &str, when: NaiveDateTime) -> Result<Arrival, TimedError> {
        record_finish(&mut self.conn, self.activity, code, when)
    }

    pub fn out(&mut self, staff_id: i64, out: RunnerStatus) -> TimedContest {
        let input = OutInput {
            staff_id,
            out: Some(out),
            reason: "途中下山".into(),
        };
        set_runner_out(&mut self.conn, self.activity, &input, at(11, 0, 0)).unwrap()
    }
}

/// One line of a group: place, name, time or status, award.
pub(super) type Line = (Option<u32>, String, String, Option<AwardLevel>);

/// Each group's lines.
pub(super) fn table(c: &TimedContest) -> Vec<(String, Vec<Line>)> {
    c.groups
        .iter()
        .map(|g| {
            (
                g.label.clone(),
                g.results
                    .iter()
                    .map(|r| {
                        (
                            r.place,
                            r.name.clone(),
                            r.time_text
                                .clone()
                                .unwrap_or_else(|| r.status.label().into()),
                            r.award,
                        )
                    })
                    .collect(),
            )
        })
        .collect()
}
