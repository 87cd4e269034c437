//! The 测评体系 tree, the mapping, filing by hand, documents, coverage counts and the 责任分解,
//! one file per subject; the builders shared by them are here.

mod documents;
mod duties;
mod filing;
mod tree;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::activities::{self, ActivityKind};
use crate::error::Coded;
use crate::testkit::{self, november};

/// December 2026: the standard activities (25 November 2026) have taken place.
fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 2)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

struct Unit {
    conn: Connection,
    departments: Vec<i64>,
    people: Vec<i64>,
    dir: tempfile::TempDir,
}

/// A unit with two 科室 and four people, and the 示例 测评体系 loaded.
fn unit() -> Unit {
    let mut conn = testkit::database();
    let departments = testkit::departments(&mut conn, &["办公室", "宣传科"]);
    let people = testkit::staff(&mut conn, testkit::people(4, "职工", &departments));
    load_sample_tree(&mut conn).unwrap();
    Unit {
        conn,
        departments,
        people,
        dir: tempfile::tempdir().unwrap(),
    }
}

fn held(u: &mut Unit, kind: ActivityKind, title: &str) -> i64 {
    testkit::publish(&mut u.conn, &testkit::activity_input(kind, title)).id
}

/// The id of the 标准 whose name starts with `prefix`.
fn standard(u: &Unit, prefix: &str) -> i64 {
    fn find(n: &Node, prefix: &str) -> Option<i64> {
        if n.level == Level::Standard && n.name.starts_with(prefix) {
            return Some(n.id);
        }
        n.children.iter().find_map(|c| find(c, prefix))
    }
    tree(&u.conn)
        .unwrap()
        .items
        .iter()
        .find_map(|i| find(i, prefix))
        .unwrap_or_else(|| panic!("no 标准 {prefix}"))
}

fn item(u: &Unit, name: &str) -> i64 {
    tree(&u.conn)
        .unwrap()
        .items
        .iter()
        .find(|i| i.name == name)
        .unwrap()
        .id
}

/// Evidence count of each 标准 with any, by its name.
fn counts(u: &Unit, from: i32, to: i32) -> Vec<(String, u32)> {
    fn walk(n: &CoverageNode, out: &mut Vec<(String, u32)>) {
        if n.level == Level::Standard && n.evidence > 0 {
            out.push((n.name.clone(), n.evidence));
        }
        n.children.iter().for_each(|c| walk(c, out));
    }
    let mut out = Vec::new();
    for i in &coverage(&u.conn, from, to, now()).unwrap().items {
        walk(i, &mut out);
    }
    out
}

fn code<E: Coded>(e: E) -> &'static str {
    e.code()
}

fn input(name: &str, points: u32) -> NodeInput {
    NodeInput {
        name: name.into(),
        points,
        methods: vec![Method::Material],
        special: false,
    }
}
