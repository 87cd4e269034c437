//! Honors rules, one file per behaviour group. The clock is explicit: `at(month, day)` is 09:00 on
//! a day of 2026; the seeded categories take nominations the whole year.

mod allowed;
mod attachments;
mod ballots;
mod categories;
mod counts;
mod freeze;
mod nominations;
mod notice;
mod paper;
mod publicity;
mod quota;
mod report;
mod rounds;
mod secrecy;
mod staff_view;
mod tally;
mod voters;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::roster::{self, PoliticalStatus, StaffInput};
use crate::testkit;
use crate::AppError;

pub(super) const YEAR: i32 = 2026;

pub(super) fn at(month: u32, day: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(YEAR, month, day)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

pub(super) fn now() -> NaiveDateTime {
    at(6, 1)
}

/// The named people of every test unit: (name, 科室 index, 政治面貌, 退役军人).
const PEOPLE: [(&str, usize, PoliticalStatus, bool); 6] = [
    ("张三", 0, PoliticalStatus::Masses, false),
    ("李四", 0, PoliticalStatus::CpcMember, false),
    ("王五", 1, PoliticalStatus::CpcProbationary, true),
    ("赵六", 1, PoliticalStatus::Masses, true),
    ("孙七", 0, PoliticalStatus::CylMember, false),
    ("周八", 1, PoliticalStatus::CpcMember, false),
];

pub(super) const ZHANG: usize = 0;
pub(super) const LI: usize = 1;
pub(super) const WANG: usize = 2;
pub(super) const ZHAO: usize = 3;
pub(super) const SUN: usize = 4;
pub(super) const ZHOU: usize = 5;

pub(super) struct Unit {
    pub conn: Connection,
    /// 办公室, 宣传科
    pub departments: Vec<i64>,
    /// The six named people, then `extra` plain voters.
    pub people: Vec<i64>,
    pub categories: Vec<Category>,
}

/// A unit with the seven default categories of 2026, six named people and `extra` more staff.
pub(super) fn unit(extra: usize) -> Unit {
    unit_on(testkit::database(), extra)
}

/// [`unit`] in a given database (e.g. one at an older schema version).
pub(super) fn unit_on(mut conn: Connection, extra: usize) -> Unit {
    let departments = testkit::departments(&mut conn, &["办公室", "宣传科"]);
    let extras = (0..extra).map(|i| {
        let name = format!("职工{}", i + 1);
        (name, i % 2, PoliticalStatus::Masses, false)
    });
    let named = PEOPLE
        .iter()
        .map(|(n, d, p, v)| (n.to_string(), *d, *p, *v));
    let people =
        named
            .chain(extras)
            .enumerate()
            .map(|(i, (name, d, political_status, is_veteran))| StaffInput {
                political_status,
                is_veteran,
                ..testkit::person(i + 1, &name, departments[d])
            });
    let people = testkit::staff(&mut conn, people);
    let categories = seed_default_categories(&mut conn, YEAR, at(1, 1)).unwrap();
    Unit {
        conn,
        departments,
        people,
        categories,
    }
}

pub(super) fn person_input(category: &Category, staff: i64) -> NominationInput {
    NominationInput {
        category_id: category.id,
        nominee_staff_id: Some(staff),
        nominee_department_id: None,
        source: NominationSource::Leadership,
        source_department_id: None,
        actor_staff_id: None,
        deeds: "爱岗敬业，热情服务群众。".into(),
    }
}

impl Unit {
    pub fn category(&self, name: &str) -> Category {
        self.categories
            .iter()
            .find(|c| c.name == name)
            .unwrap()
            .clone()
    }

    pub fn nominate(&mut self, category: &str, person: usize) -> Result<Nomination, AppError> {
        let c = self.category(category);
        nominate(
            &mut self.conn,
            &person_input(&c, self.people[person]),
            now(),
        )
        .map_err(Into::into)
    }

    /// Nominates the people into 先进个人 (名额 10, or `quota`) and passes them all.
    pub fn candidates(&mut self, quota: u32, people: &[usize]) -> Category {
        let mut c = self.category("先进个人");
        let input = CategoryInput {
            year: c.year,
            name: c.name.clone(),
            target: c.target,
            quota,
            eligibility: c.eligibility,
            nominations_open_at: c.nominations_open_at,
            nominations_close_at: c.nominations_close_at,
        };
        c = update_category(&mut self.conn, c.id, &input).unwrap();
        for p in people {
            let n = self.nominate("先进个人", *p).unwrap();
            review_nomination(&mut self.conn, n.id, true, "").unwrap();
        }
        c
    }

    /// A draft round over the whole roster.
    pub fn round(&mut self, category: &Category, form: BallotForm, base: MajorityBase) -> Round {
        create_round(&mut self.conn, &round_input(category, form, base), now()).unwrap()
    }

    pub fn nomination_count(&self) -> i64 {
        self.conn
            .query_row("SELECT COUNT(*) FROM honor_nomination", [], |r| r.get(0))
            .unwrap()
    }

    /// Kiosk ballots cast in every round.
    pub fn ballot_count(&self) -> i64 {
        self.conn
            .query_row(
                "SELECT COALESCE(SUM(n - ?1), 0) FROM ballot_counter WHERE subject = 0 AND mark = 0",
                [crate::ballot::OFFSET],
                |r| r.get(0),
            )
            .unwrap()
    }
}

pub(super) fn round_input(category: &Category, form: BallotForm, base: MajorityBase) -> RoundInput {
    RoundInput {
        category_id: category.id,
        title: format!("{}投票", category.name),
        form,
        majority_base: base,
        voters: VoterSelection {
            whole_roster: true,
            ..Default::default()
        },
    }
}

/// `(code, message)` of a refusal.
pub(super) fn refusal<T: std::fmt::Debug>(r: Result<T, HonorError>) -> (String, String) {
    let e: AppError = r.unwrap_err().into();
    (e.code, e.message)
}

pub(super) fn choose(ids: &[i64]) -> Ballot {
    Ballot::Choose {
        chosen: ids.to_vec(),
    }
}
