//! What of 评先选优 waits for the organizer, for the home page: nominations not yet reviewed,
//! voting rounds still open, and 公示 that have ended or end within a few days but are not yet
//! confirmed. Reads only; the SQL of the steps' tables, read together.

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use crate::time::date_text;

/// One thing to do, with the record to open (a category; for an open round, the round).
#[derive(Debug, Clone, PartialEq)]
pub struct HonorTodo {
    pub category_id: i64,
    pub round_id: Option<i64>,
    pub title: String,
    /// Nominations waiting: how many; rounds: the voters who have not voted are not counted here.
    pub count: u32,
    /// The last day of a 公示.
    pub ends_on: Option<NaiveDate>,
}

/// 推荐待审查: per category of `year`, the nominations still pending review.
pub fn nominations_to_review(conn: &Connection, year: i32) -> rusqlite::Result<Vec<HonorTodo>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.name, count(*) FROM honor_nomination n
         JOIN honor_category c ON c.id = n.category_id
         WHERE c.year = ?1 AND n.review = 'pending'
         GROUP BY c.id ORDER BY c.sort_order, c.id",
    )?;
    let rows = stmt.query_map([year], |r| {
        Ok(HonorTodo {
            category_id: r.get(0)?,
            round_id: None,
            title: r.get(1)?,
            count: r.get(2)?,
            ends_on: None,
        })
    })?;
    rows.collect()
}

/// 投票进行中: rounds open for voting, to close once everyone has voted.
pub fn open_rounds(conn: &Connection) -> rusqlite::Result<Vec<HonorTodo>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.category_id, r.id, c.name || '：' || r.title FROM honor_round r
         JOIN honor_category c ON c.id = r.category_id
         WHERE r.state = 'open' ORDER BY r.opened_at, r.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(HonorTodo {
            category_id: r.get(0)?,
            round_id: Some(r.get(1)?),
            title: r.get(2)?,
            count: 1,
            ends_on: None,
        })
    })?;
    rows.collect()
}

/// 公示 not yet confirmed whose last day is on or before `until`.
pub fn publicity_ending(conn: &Connection, until: NaiveDate) -> rusqlite::Result<Vec<HonorTodo>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.category_id, c.name, p.ends_on FROM honor_publicity p
         JOIN honor_category c ON c.id = p.category_id
         WHERE p.confirmed_at IS NULL AND p.ends_on <= ?1 ORDER BY p.ends_on, p.category_id",
    )?;
    let rows = stmt.query_map(params![date_text(until)], |r| {
        let ends: String = r.get(2)?;
        Ok(HonorTodo {
            category_id: r.get(0)?,
            round_id: None,
            title: r.get(1)?,
            count: 1,
            ends_on: crate::time::parse_date(&ends).ok(),
        })
    })?;
    rows.collect()
}
