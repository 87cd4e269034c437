//! 亮诺 · 践诺 rules, one file per behaviour group. The clock is explicit: `at(month, day)` is 09:00
//! on a day of 2026.

mod allowed;
mod progress;
mod publish;
mod rating;
mod results;
mod rounds;
mod secrecy;
mod wall;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::error::Coded;
use crate::testkit;

pub(super) const YEAR: i32 = 2026;

pub(super) fn at(month: u32, day: u32) -> NaiveDateTime {
    date(month, day).and_hms_opt(9, 0, 0).unwrap()
}

pub(super) fn date(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(YEAR, month, day).unwrap()
}

/// A unit of two 科室 (办公室, 宣传科) and six people: 1, 3, 5 in 办公室; 2, 4, 6 in 宣传科.
pub(super) struct Unit {
    pub conn: Connection,
    pub departments: Vec<i64>,
    pub people: Vec<i64>,
}

pub(super) fn unit() -> Unit {
    let mut conn = testkit::database();
    let departments = testkit::departments(&mut conn, &["办公室", "宣传科"]);
    let people = testkit::staff(&mut conn, testkit::people(6, "职工", &departments));
    Unit {
        conn,
        departments,
        people,
    }
}

pub(super) fn item(kind: &str, content: &str, due: (u32, u32)) -> ItemInput {
    ItemInput {
        kind: kind.into(),
        content: content.into(),
        due_on: date(due.0, due.1),
    }
}

/// Two items: 岗位承诺 due 30 June, 服务承诺 due 31 December.
pub(super) fn two_items() -> Vec<ItemInput> {
    vec![
        item("岗位承诺", "按时办结每一件来文", (6, 30)),
        item("服务承诺", "窗口服务零投诉", (12, 31)),
    ]
}

pub(super) fn person(staff_id: i64) -> Owner {
    Owner::Person { staff_id }
}

impl Unit {
    /// The person publishes their own pledge of two items on 1 March.
    pub fn publish_own(&mut self, n: usize) -> Pledge {
        let me = self.people[n];
        let input = PledgeInput {
            owner: person(me),
            year: YEAR,
            items: two_items(),
        };
        publish_pledge(&mut self.conn, &input, Actor::Staff(me), at(3, 1)).unwrap()
    }

    pub fn publish_department(&mut self, d: usize) -> Pledge {
        let input = PledgeInput {
            owner: Owner::Department {
                department_id: self.departments[d],
            },
            year: YEAR,
            items: vec![item("作风承诺", "首问负责，限时办结", (9, 30))],
        };
        publish_pledge(&mut self.conn, &input, Actor::Organizer, at(3, 2)).unwrap()
    }
}

/// Every row of the pledge tables, to show a refusal changed nothing.
pub(super) fn everything(conn: &Connection) -> Vec<String> {
    let mut all = Vec::new();
    for table in [
        "pledge_kind",
        "pledge",
        "pledge_item",
        "pledge_item_edit",
        "pledge_progress",
        "pledge_progress_file",
    ] {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap();
        all.extend(rows.map(|r| format!("{table}: {}", r.unwrap())));
    }
    all
}

pub(super) fn code<T: std::fmt::Debug>(r: Result<T, PledgeError>) -> &'static str {
    r.unwrap_err().code()
}

/// A round of 2026 over the pledges published so far: the leaders are 职工5 and 职工6, the
/// colleagues are each owner's 科室, default scoring.
pub(super) fn round_input(mode: RatingMode) -> PledgeRoundInput {
    PledgeRoundInput {
        year: YEAR,
        title: "2026年度评诺".into(),
        mode,
        colleagues: ColleagueScope::SameDepartment,
        leader_ids: Vec::new(),
        colleague_ids: Vec::new(),
        scoring: Scoring::default(),
    }
}

impl Unit {
    /// 职工1 (办公室) and 职工2 (宣传科) publish; a round with 职工5 and 职工6 as leaders is
    /// created and opened on 1 December.
    pub fn open_round_of_two(&mut self, mode: RatingMode) -> (PledgeRound, Pledge, Pledge) {
        let a = self.publish_own(0);
        let b = self.publish_own(1);
        let input = PledgeRoundInput {
            leader_ids: vec![self.people[4], self.people[5]],
            ..round_input(mode)
        };
        let r = create_round(&mut self.conn, &input, at(11, 30)).unwrap();
        let r = open_round(&mut self.conn, r.id, at(12, 1)).unwrap();
        (r, a, b)
    }

    pub fn rate(
        &mut self,
        rater: usize,
        round: i64,
        pledge: i64,
        rating: Rating,
    ) -> Result<RateableOwner, PledgeError> {
        let input = RatingInput {
            round_id: round,
            pledge_id: pledge,
            rating,
            comment: String::new(),
        };
        rate(&mut self.conn, self.people[rater], &input, at(12, 2))
    }
}
