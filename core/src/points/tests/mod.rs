//! 综合量化考核, one file per behaviour group. Activities run on 25 November 2026 (testkit); the
//! clock is explicit.

mod boards;
mod grades;
mod ledger;
mod places;
mod policy;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::activities::{self, ActivityKind, Actor, Attendance};
use crate::contests::{self, JudgeInput, ScoreSheet};
use crate::error::Coded;
use crate::honors::{self, BallotForm, CategoryInput, Eligibility, MajorityBase, NominationInput};
use crate::honors::{NominationSource, RoundInput, Target, VoterSelection};
use crate::testkit::{self, november};

pub(super) const YEAR: Period = Period {
    year: 2026,
    quarter: None,
    month: None,
};

/// After the activities of the 25th, while the records are kept.
pub(super) fn now() -> NaiveDateTime {
    november(26, 10)
}

pub(super) fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

pub(super) fn code<T: std::fmt::Debug>(r: Result<T, PointsError>) -> &'static str {
    r.unwrap_err().code()
}

pub(super) struct Unit {
    pub conn: Connection,
    pub people: Vec<i64>,
}

/// Three 科室 and `n` people spread over them in turn.
pub(super) fn unit(n: usize) -> Unit {
    let mut conn = testkit::database();
    // 办公室, 宣传科, 财务科
    let departments = testkit::departments(&mut conn, &["办公室", "宣传科", "财务科"]);
    let people = testkit::staff(&mut conn, testkit::people(n, "职工", &departments));
    Unit { conn, people }
}

impl Unit {
    /// A published activity of `kind` on the 25th with these people signed up; returns it and the
    /// member id of each person.
    pub fn activity(&mut self, kind: ActivityKind, title: &str, people: &[i64]) -> (i64, Vec<i64>) {
        let a = testkit::publish(&mut self.conn, &testkit::activity_input(kind, title)).id;
        testkit::sign_up_all(&mut self.conn, a, people, Actor::Staff);
        let members = activities::signups(&self.conn, a)
            .unwrap()
            .into_iter()
            .flat_map(|s| s.members.into_iter().map(|m| m.id))
            .collect();
        (a, members)
    }

    /// Checks in the members, then finishes the activity: everyone else signed up is absent.
    pub fn hold(&mut self, activity: i64, present: &[i64]) {
        for &m in present {
            activities::check_in(&mut self.conn, m, november(25, 9)).unwrap();
        }
        activities::finish_activity(&mut self.conn, activity, november(25, 12)).unwrap();
    }

    pub fn correct(&mut self, member: i64, to: Attendance) {
        activities::correct_attendance(&mut self.conn, member, to, "签到表核对有误", now())
            .unwrap();
    }

    /// A speech contest on the 25th with the people signed up, scored by three judges so that the
    /// first person ranks first and so on, and published. Default awards: 1 一等奖, 2 二等奖, 3 三等奖.
    pub fn contest(&mut self, people: &[i64]) -> i64 {
        let (a, _) = self.activity(ActivityKind::Speech, "演讲比赛", people);
        for i in 1..=3 {
            let judge = JudgeInput {
                staff_id: None,
                name: format!("评委{i}"),
            };
            contests::add_judge(&mut self.conn, a, &judge, now()).unwrap();
        }
        let contest = contests::judged_contest(&self.conn, a, now()).unwrap();
        for judge in &contest.judges {
            for (i, entrant) in contest.entrants.iter().enumerate() {
                let marks = [4000, 3000, 2000 - 100 * i as u32, 0]
                    .map(contests::Centi)
                    .to_vec();
                let sheet = ScoreSheet {
                    judge_id: judge.id,
                    entrant_id: entrant.id,
                    marks,
                };
                contests::enter_score(&mut self.conn, a, &sheet, now()).unwrap();
            }
        }
        contests::publish_results(&mut self.conn, a, now()).unwrap();
        a
    }

    /// A person category of 2026 with one place, `person` nominated, elected by every voter and
    /// confirmed after the 公示 (confirmed on 2026-12-10).
    pub fn honor(&mut self, name: &str, person: i64) -> i64 {
        let t = november(26, 9);
        let c = honors::create_category(
            &mut self.conn,
            &CategoryInput {
                year: 2026,
                name: name.into(),
                target: Target::Person,
                quota: 1,
                eligibility: Eligibility::None,
                nominations_open_at: november(1, 0),
                nominations_close_at: november(30, 0),
            },
            t,
        )
        .unwrap();
        let input = NominationInput {
            category_id: c.id,
            nominee_staff_id: Some(person),
            nominee_department_id: None,
            source: NominationSource::Leadership,
            source_department_id: None,
            actor_staff_id: None,
            deeds: "爱岗敬业".into(),
        };
        let n = honors::nominate(&mut self.conn, &input, t).unwrap();
        honors::review_nomination(&mut self.conn, n.id, true, "").unwrap();
        let round = RoundInput {
            category_id: c.id,
            title: format!("{name}投票"),
            form: BallotForm::Choose,
            majority_base: MajorityBase::Cast,
            voters: VoterSelection {
                whole_roster: true,
                ..Default::default()
            },
        };
        let r = honors::create_round(&mut self.conn, &round, t).unwrap();
        let codes = honors::open_round(&mut self.conn, r.id, t).unwrap();
        let ballot = honors::Ballot::Choose { chosen: vec![n.id] };
        for code in &codes {
            honors::cast_ballot(&mut self.conn, r.id, code, &ballot).unwrap();
        }
        honors::close_round(&mut self.conn, r.id, t).unwrap();
        honors::start_publicity(&mut self.conn, c.id, day(11, 27), "纪委", t).unwrap();
        honors::confirm_publicity(
            &mut self.conn,
            c.id,
            day(12, 10).and_hms_opt(9, 0, 0).unwrap(),
        )
        .unwrap();
        c.id
    }

    pub fn adjust(
        &mut self,
        person: i64,
        points: f64,
        reason: &str,
    ) -> Result<Adjustment, PointsError> {
        let input = AdjustmentInput {
            staff_id: person,
            on_date: day(11, 28),
            points,
            reason: reason.into(),
        };
        add_adjustment(&mut self.conn, &input, now())
    }

    pub fn ledger(&self, person: i64) -> PersonLedger {
        person_ledger(&self.conn, person, YEAR, now()).unwrap()
    }

    pub fn board(&self, period: Period) -> Leaderboard {
        leaderboard(&self.conn, period, now()).unwrap()
    }

    /// A person's total on the year's board.
    pub fn total(&self, person: i64) -> f64 {
        self.board(YEAR)
            .people
            .into_iter()
            .find(|p| p.staff_id == person)
            .unwrap()
            .total
    }

    /// Asserts that the ledger of each person is the sum of its rows and equals the board.
    pub fn assert_consistent(&self) {
        let board = self.board(YEAR);
        for p in &self.people {
            let l = self.ledger(*p);
            let sum: f64 = l.rows.iter().map(|r| r.points).sum();
            assert_eq!(round2(sum), l.total, "rows of {p}");
            let on_board = board.people.iter().find(|s| s.staff_id == *p).unwrap();
            assert_eq!(on_board.total, l.total, "board of {p}");
        }
    }
}
