//! Judged contests in the store, one file per behaviour group. The clock is explicit: everything
//! happens in November 2026; the speech contest takes sign-ups from the 1st to the 20th.

mod exhibition;
mod judge_sheet;
mod publish;
mod scoring;
mod setup;
mod sheet_file;
mod sheet_fuzz;
mod sheets;
mod vote_permits;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::*;
use crate::activities::{self, ActivityKind, Actor};
use crate::contests::{Centi, ScoreSheet};
use crate::error::Coded;
use crate::testkit;

pub(super) use crate::testkit::november as at;

/// After the contest, while judging.
pub(super) fn now() -> NaiveDateTime {
    at(26, 10)
}

pub(super) struct Contest {
    pub conn: Connection,
    /// Staff ids: people[i] is in departments[i % 2]; people 0–3 are the entrants.
    pub people: Vec<i64>,
    pub activity: i64,
    /// Sign-up ids of people 0–3, named 职工1–职工4.
    pub entrants: Vec<i64>,
}

/// A unit with two 科室 and ten people; an activity of `kind` with people 0–3 signed up.
pub(super) fn contest_of(kind: ActivityKind) -> Contest {
    contest_on(testkit::database(), kind)
}

/// [`contest_of`] in a given database (e.g. one at an older schema version).
pub(super) fn contest_on(mut conn: Connection, kind: ActivityKind) -> Contest {
    let departments = testkit::departments(&mut conn, &["办公室", "宣传科"]);
    let people = testkit::people(10, "职工", &departments);
    let people = testkit::staff(&mut conn, people);
    let input = testkit::activity_input(kind, "“爱岗敬业”演讲比赛");
    let activity = testkit::publish(&mut conn, &input).id;
    let entrants = testkit::sign_up_all(&mut conn, activity, &people[..4], Actor::Staff);
    Contest {
        conn,
        people,
        activity,
        entrants,
    }
}

/// A published activity of `kind` with ten people in two 科室 and nobody signed up, written as
/// rows of schema `version` (today's functions read columns an old schema does not have).
pub(super) fn contest_stored_at(version: usize, kind: ActivityKind) -> Contest {
    let mut conn = crate::store::open_in_memory_at(version).unwrap();
    let departments = testkit::departments(&mut conn, &["办公室", "宣传科"]);
    let people = testkit::staff(&mut conn, testkit::people(10, "职工", &departments));
    let s = testkit::schedule();
    let t = crate::time::time_text;
    conn.execute(
        "INSERT INTO activity (kind, title, starts_at, ends_at, signup_opens_at, signup_deadline,
             cancel_cutoff, phase, created_at, updated_at)
         VALUES (?1, '书画展览', ?2, ?3, ?4, ?5, ?6, 'published', ?4, ?4)",
        rusqlite::params![
            kind.as_sql(),
            t(s.starts_at),
            t(s.ends_at),
            t(s.signup_opens_at),
            t(s.signup_deadline),
            t(s.cancel_cutoff)
        ],
    )
    .unwrap();
    let activity = conn.last_insert_rowid();
    Contest {
        conn,
        people,
        activity,
        entrants: Vec::new(),
    }
}

pub(super) fn contest() -> Contest {
    contest_of(ActivityKind::Speech)
}

/// Marks under 内容 40 / 表达 30 / 形象 20 / 时间 10 adding up to `total` (filled in that order).
pub(super) fn marks(total: &str) -> Vec<Centi> {
    let mut left = Centi::parse(total).unwrap().hundredths();
    [40u32, 30, 20, 10]
        .iter()
        .map(|w| {
            let m = left.min(w * 100);
            left -= m;
            Centi(m)
        })
        .collect()
}

impl Contest {
    pub fn get(&self) -> JudgedContest {
        judged_contest(&self.conn, self.activity, now()).unwrap()
    }

    /// `n` outside judges 评委1…评委n; returns their ids.
    pub fn outside_judges(&mut self, n: usize) -> Vec<i64> {
        for i in 1..=n {
            let input = JudgeInput {
                staff_id: None,
                name: format!("评委{i}"),
            };
            add_judge(&mut self.conn, self.activity, &input, now()).unwrap();
        }
        self.get().judges.iter().map(|j| j.id).collect()
    }

    pub fn staff_judge(&mut self, person: usize) -> Result<JudgedContest, JudgingError> {
        let input = JudgeInput {
            staff_id: Some(self.people[person]),
            name: String::new(),
        };
        add_judge(&mut self.conn, self.activity, &input, now())
    }

    pub fn score(
        &mut self,
        judge: i64,
        entrant: usize,
        total: &str,
    ) -> Result<JudgedContest, JudgingError> {
        let sheet = ScoreSheet {
            judge_id: judge,
            entrant_id: self.entrants[entrant],
            marks: marks(total),
        };
        enter_score(&mut self.conn, self.activity, &sheet, now())
    }

    /// Every judge scores every entrant: `table[e][j]` is judge j's total for entrant e.
    pub fn score_all(&mut self, judges: &[i64], table: &[&[&str]]) {
        for (e, row) in table.iter().enumerate() {
            for (j, total) in row.iter().enumerate() {
                self.score(judges[j], e, total).unwrap();
            }
        }
    }

    /// Everything stored for the contest, to compare before and after a refused request.
    pub fn fingerprint(&self) -> String {
        self.conn
            .query_row(
                "SELECT coalesce((SELECT group_concat(criteria || trim_from || decimals || recusal
                            || coalesce(award_plan, '') || coalesce(published_at, '')) FROM judged_contest), '')
                     || coalesce((SELECT group_concat(id || name) FROM contest_judge), '')
                     || coalesce((SELECT group_concat(judge_id || '/' || entrant_id || marks) FROM contest_score), '')
                     || coalesce((SELECT group_concat(action || reason) FROM contest_log), '')
                     || coalesce((SELECT group_concat(id || title || staff_id) FROM exhibition_entry), '')
                     || coalesce((SELECT group_concat(state || weight) FROM exhibition_vote_round), '')
                     || (SELECT count(*) FROM ballot_code WHERE used = 1)
                     || coalesce((SELECT group_concat(subject || '/' || mark || '/' || n) FROM ballot_counter), '')",
                [],
                |r| r.get(0),
            )
            .unwrap()
    }
}

/// The code of a refusal, as the UI would see it.
pub(super) fn code(e: JudgingError) -> String {
    e.code().to_string()
}
