//! Leaderboards for people and for 科室 over a year, quarter or month, worked out from one tally.
//! The whole unit is ranked from three numbers a person (id, 科室, active); names are read only
//! for the people a board shows: all of them for print and export, a page for the screen, the top
//! ten for the home page.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::{policy, tally, PointsError};
use crate::paging::Window;
use crate::roster::store::{self as roster_store, Member};
use crate::roster::Staff;

/// Ranks shared on equal points: 1, 2, 2, 4. `values` must be sorted best first.
fn ranks(values: impl Iterator<Item = f64>) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    let mut last: Option<f64> = None;
    for (i, v) in values.enumerate() {
        let rank = match (last, out.last()) {
            (Some(l), Some(&r)) if l == v => r,
            _ => i as u32 + 1,
        };
        out.push(rank);
        last = Some(v);
    }
    out
}

/// The leaderboards of a period: every active person (and anyone else with points), best first,
/// and every 科室 by points per head of its active staff.
pub fn leaderboard(
    conn: &Connection,
    period: Period,
    now: NaiveDateTime,
) -> Result<Leaderboard, PointsError> {
    // The whole board names everyone: one read of the roster serves the ranking and the names.
    let mut staff: Vec<Option<Staff>> = roster_store::all_staff(conn)?
        .into_iter()
        .map(Some)
        .collect();
    let members: Vec<Member> = staff.iter().flatten().map(Member::of).collect();
    let (standings, version) = standings_of(conn, period, &members, now)?;
    let people = standings
        .ranked
        .iter()
        .filter_map(|r| staff[r.at].take().map(|s| r.with(s)))
        .collect();
    Ok(Leaderboard {
        period,
        period_label: period.label(),
        policy_version: version,
        people,
        departments: departments(conn, &standings.by_department)?,
    })
}

/// One page of a period's board for the screen: ranked whole, then searched by 姓名, 工号 or 科室
/// and cut to the page, so a unit of thousands sends, and reads the names of, the 50 rows it shows.
pub fn board_page(
    conn: &Connection,
    period: Period,
    query: &BoardQuery,
    now: NaiveDateTime,
) -> Result<BoardPage, PointsError> {
    let window = Window::of(query.page, query.page_size)?;
    let members = roster_store::members_in_order(conn)?;
    let (standings, version) = standings_of(conn, period, &members, now)?;
    let any_points = standings.ranked.iter().any(|r| r.total != 0.0);
    let text = query.text.trim();
    let matching: Vec<&Ranked> = if text.is_empty() {
        standings.ranked.iter().collect()
    } else {
        let ids = roster_store::ids_matching(conn, text)?;
        standings
            .ranked
            .iter()
            .filter(|r| ids.contains(&r.staff_id))
            .collect()
    };
    let size = window.limit as usize;
    let skip = usize::try_from(window.offset).unwrap_or(usize::MAX);
    Ok(BoardPage {
        period,
        period_label: period.label(),
        policy_version: version,
        total: matching.len() as i64,
        items: named(conn, matching.into_iter().skip(skip).take(size))?,
        any_points,
        departments: departments(conn, &standings.by_department)?,
    })
}

/// What the home page shows of a period from one tally (the sign-ups are read once): the first
/// `n` people of its board and, per 科室, how many of its active people attended at least once.
#[derive(Debug, Clone, PartialEq)]
pub struct Glance {
    pub top: Vec<PersonStanding>,
    /// 科室 id → its active people present at one activity or more; 科室 with none are absent.
    pub attendees: HashMap<i64, u32>,
}

/// The home page's view of `period`: its top `n` (ties at the cut included only as far as `n`)
/// and the attendance per 科室.
pub fn glance(
    conn: &Connection,
    period: Period,
    n: usize,
    now: NaiveDateTime,
) -> Result<Glance, PointsError> {
    let members = roster_store::members_in_order(conn)?;
    let (standings, _) = standings_of(conn, period, &members, now)?;
    Ok(Glance {
        top: named(conn, standings.ranked.iter().take(n))?,
        attendees: standings.attendees,
    })
}

/// A person's place before their name is read.
struct Ranked {
    /// Where they come in the roster order the standings were made from.
    at: usize,
    staff_id: i64,
    total: f64,
    rank: u32,
}

impl Ranked {
    fn with(&self, s: Staff) -> PersonStanding {
        PersonStanding {
            rank: self.rank,
            staff_id: s.id,
            employee_no: s.employee_no,
            name: s.name,
            department_id: s.department_id,
            department_name: s.department_name,
            total: self.total,
        }
    }
}

/// The people of a period's board, best first, and what the 科室 board and the home page take
/// from the same pass.
struct Standings {
    ranked: Vec<Ranked>,
    /// Points of each 科室's active people.
    by_department: HashMap<i64, f64>,
    /// Each 科室's active people who attended at least once in the period.
    attendees: HashMap<i64, u32>,
}

/// The period's standings of `members` (in roster order) under its year's policy, and that
/// policy's version.
fn standings_of(
    conn: &Connection,
    period: Period,
    members: &[Member],
    now: NaiveDateTime,
) -> Result<(Standings, u32), PointsError> {
    let (from, to) = period.span()?;
    let (rules, version) = policy::rules_for(conn, period.year)?;
    let counts = tally::tally(conn, from, to, now)?;
    let mut ranked: Vec<Ranked> = Vec::new();
    let mut by_department: HashMap<i64, f64> = HashMap::new();
    let mut attendees: HashMap<i64, u32> = HashMap::new();
    for (at, m) in members.iter().enumerate() {
        let c = counts.get(&m.id);
        let total = c.map(|c| round2(c.points(&rules))).unwrap_or(0.0);
        if !m.active && total == 0.0 {
            continue;
        }
        if m.active {
            *by_department.entry(m.department_id).or_default() += total;
            if c.is_some_and(|c| c.present > 0) {
                *attendees.entry(m.department_id).or_default() += 1;
            }
        }
        ranked.push(Ranked {
            at,
            staff_id: m.id,
            total,
            rank: 0,
        });
    }
    // Members come in roster order; a stable sort keeps it among equals.
    ranked.sort_by(|a, b| b.total.total_cmp(&a.total));
    let places = ranks(ranked.iter().map(|r| r.total));
    for (r, place) in ranked.iter_mut().zip(places) {
        r.rank = place;
    }
    let standings = Standings {
        ranked,
        by_department,
        attendees,
    };
    Ok((standings, version))
}

/// The standings shown, with their names (someone removed meanwhile is left out).
fn named<'a>(
    conn: &Connection,
    shown: impl Iterator<Item = &'a Ranked>,
) -> Result<Vec<PersonStanding>, PointsError> {
    let shown: Vec<&Ranked> = shown.collect();
    let ids: Vec<i64> = shown.iter().map(|r| r.staff_id).collect();
    let mut staff = roster_store::staff_by_ids(conn, &ids)?
        .into_iter()
        .peekable();
    let mut out = Vec::new();
    for r in shown {
        if let Some(s) = staff.next_if(|s| s.id == r.staff_id) {
            out.push(r.with(s));
        }
    }
    Ok(out)
}

/// Every 科室 by points per head of its active staff; 科室 without active staff go last whatever
/// their figure.
fn departments(
    conn: &Connection,
    by_department: &HashMap<i64, f64>,
) -> Result<Vec<DepartmentStanding>, PointsError> {
    let mut departments: Vec<DepartmentStanding> = crate::roster::list_departments(conn)?
        .into_iter()
        .map(|d| {
            let total = round2(by_department.get(&d.id).copied().unwrap_or(0.0));
            let headcount = d.active_staff.max(0) as u32;
            DepartmentStanding {
                rank: 0,
                department_id: d.id,
                name: d.name,
                headcount,
                total,
                per_head: if headcount == 0 {
                    0.0
                } else {
                    round2(total / f64::from(headcount))
                },
            }
        })
        .collect();
    departments.sort_by(|a, b| {
        (b.headcount > 0)
            .cmp(&(a.headcount > 0))
            .then(b.per_head.total_cmp(&a.per_head))
    });
    let ranked = ranks(departments.iter().map(|d| d.per_head));
    for (d, r) in departments.iter_mut().zip(ranked) {
        d.rank = r;
    }
    Ok(departments)
}
