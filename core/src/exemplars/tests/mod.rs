//! 学树身边典型 rules, one file per behaviour group. The unit has two 科室 (办公室, 宣传科) and four
//! people; the clock is November 2026 as in [`crate::testkit`].

mod photos;
mod profiles;
mod study;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::activities::{self, ActivityKind, Actor};
use crate::auth::Role;
use crate::honors;
use crate::testkit::{self, november};
use crate::AppError;

pub(super) struct Unit {
    pub conn: Connection,
    /// 办公室, 宣传科
    pub departments: Vec<i64>,
    /// 张三 (办公室), 李四 (宣传科), 王五 (办公室), 赵六 (宣传科)
    pub people: Vec<i64>,
}

pub(super) const ZHANG: usize = 0;
pub(super) const LI: usize = 1;
pub(super) const WANG: usize = 2;
pub(super) const ZHAO: usize = 3;

pub(super) fn unit() -> Unit {
    let mut conn = testkit::database();
    let departments = testkit::departments(&mut conn, &["办公室", "宣传科"]);
    let people = testkit::staff(
        &mut conn,
        ["张三", "李四", "王五", "赵六"]
            .iter()
            .enumerate()
            .map(|(i, name)| testkit::person(i + 1, name, departments[i % 2])),
    );
    Unit {
        conn,
        departments,
        people,
    }
}

pub(super) fn now() -> NaiveDateTime {
    november(2, 9)
}

pub(super) fn person_input(staff_id: i64, title: &str) -> ExemplarInput {
    ExemplarInput {
        staff_id: Some(staff_id),
        department_id: None,
        title: title.into(),
        story: "二十年如一日扎根窗口岗位。\n\n群众说：有事找她，放心。".into(),
    }
}

pub(super) fn department_input(department_id: i64, title: &str) -> ExemplarInput {
    ExemplarInput {
        staff_id: None,
        department_id: Some(department_id),
        title: title.into(),
        story: String::new(),
    }
}

pub(super) fn refusal<T: std::fmt::Debug>(r: Result<T, ExemplarError>) -> (String, String) {
    let e = AppError::from(r.unwrap_err());
    (e.code, e.message)
}

impl Unit {
    /// A published profile of the person.
    pub fn published(&mut self, person: usize, title: &str) -> Exemplar {
        let e = create_exemplar(
            &mut self.conn,
            &person_input(self.people[person], title),
            now(),
        )
        .unwrap();
        set_published(&mut self.conn, e.id, true, now()).unwrap()
    }

    /// A published activity of `kind` on the 25th, everyone of `people` signed up.
    pub fn activity(&mut self, kind: ActivityKind, title: &str, people: &[usize]) -> i64 {
        let a = testkit::publish(&mut self.conn, &testkit::activity_input(kind, title));
        let ids: Vec<i64> = people.iter().map(|&p| self.people[p]).collect();
        testkit::sign_up_all(&mut self.conn, a.id, &ids, |_| Actor::Organizer);
        a.id
    }

    /// 签到 of these people at the activity's start.
    pub fn check_in(&mut self, activity: i64, people: &[usize]) {
        let members = activities::signups(&self.conn, activity).unwrap();
        for &p in people {
            let m = members
                .iter()
                .flat_map(|s| &s.members)
                .find(|m| m.staff_id == self.people[p])
                .unwrap();
            activities::check_in(&mut self.conn, m.id, november(25, 9)).unwrap();
        }
    }

    /// Everything a write could change, to compare before and after a refusal.
    pub fn fingerprint(&self) -> Vec<String> {
        let mut out = Vec::new();
        for table in ["exemplar", "exemplar_file", "exemplar_study"] {
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
                .unwrap();
            let n = stmt.column_count();
            let rows = stmt
                .query_map([], |r| {
                    let cells: Vec<String> = (0..n)
                        .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                        .collect();
                    Ok(format!("{table}: {}", cells.join(" | ")))
                })
                .unwrap();
            out.extend(rows.map(Result::unwrap));
        }
        out
    }

    /// A confirmed honor (先进个人 2026) of the person, through the whole 评先选优 process.
    pub fn honor(&mut self, person: usize) {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let at = |m, d| day(m, d).and_hms_opt(10, 0, 0).unwrap();
        let c = &mut self.conn;
        let categories = honors::seed_default_categories(c, 2026, at(11, 2)).unwrap();
        let category = categories.iter().find(|c| c.name == "先进个人").unwrap();
        let input = honors::CategoryInput {
            year: category.year,
            name: category.name.clone(),
            target: category.target,
            quota: 1,
            eligibility: category.eligibility,
            nominations_open_at: category.nominations_open_at,
            nominations_close_at: category.nominations_close_at,
        };
        honors::update_category(c, category.id, &input).unwrap();
        let n = honors::nominate(
            c,
            &honors::NominationInput {
                category_id: category.id,
                nominee_staff_id: Some(self.people[person]),
                nominee_department_id: None,
                source: honors::NominationSource::Leadership,
                source_department_id: None,
                actor_staff_id: None,
                deeds: "热心服务".into(),
            },
            at(11, 3),
        )
        .unwrap();
        honors::review_nomination(c, n.id, true, "").unwrap();
        let round = honors::create_round(
            c,
            &honors::RoundInput {
                category_id: category.id,
                title: "先进个人投票".into(),
                form: honors::BallotForm::Choose,
                majority_base: honors::MajorityBase::Cast,
                voters: honors::VoterSelection {
                    whole_roster: true,
                    ..Default::default()
                },
            },
            at(11, 20),
        )
        .unwrap();
        let codes = honors::open_round(c, round.id, at(11, 20)).unwrap();
        let ballot = honors::Ballot::Choose { chosen: vec![n.id] };
        for code in &codes {
            honors::cast_ballot(c, round.id, code, &ballot).unwrap();
        }
        honors::close_round(c, round.id, at(11, 20)).unwrap();
        honors::start_publicity(c, category.id, day(11, 27), "局机关纪委", at(11, 27)).unwrap();
        honors::confirm_publicity(c, category.id, at(12, 7)).unwrap();
    }
}

/// The titles of the cards `viewer` sees on the wall.
pub(super) fn wall(u: &Unit, viewer: Role) -> Vec<String> {
    exemplars(&u.conn, now(), viewer)
        .unwrap()
        .into_iter()
        .map(|e| e.title)
        .collect()
}
