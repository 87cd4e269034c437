//! 亮诺 · 践诺 rules, one file per behaviour group. The clock is explicit: `at(month, day)` is 09:00
//! on a day of 2026.

mod progress;
mod publish;
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
