//! Leaderboards for people and for 科室 over a year, quarter or month, worked out from one tally.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::{policy, tally, PointsError};

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
    let (from, to) = period.span()?;
    let (rules, version) = policy::rules_for(conn, period.year)?;
    let counts = tally::tally(conn, from, to, now)?;
    let People {
        people,
        by_department,
        ..
    } = people(conn, &rules, &counts)?;
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
    // 科室 without active staff go last whatever their figure.
    departments.sort_by(|a, b| {
        (b.headcount > 0)
            .cmp(&(a.headcount > 0))
            .then(b.per_head.total_cmp(&a.per_head))
    });
    let ranked = ranks(departments.iter().map(|d| d.per_head));
    for (d, r) in departments.iter_mut().zip(ranked) {
        d.rank = r;
    }
    Ok(Leaderboard {
        period,
        period_label: period.label(),
        policy_version: version,
        people,
        departments,
    })
}

/// One page of a period's board for the screen: ranked whole, then searched by 姓名, 工号 or 科室
/// and cut to the page, so a unit of thousands sends the 50 rows it shows.
pub fn board_page(
    conn: &Connection,
    period: Period,
    query: &BoardQuery,
    now: NaiveDateTime,
) -> Result<BoardPage, PointsError> {
    let max = crate::roster::PAGE_SIZE_MAX;
    if !(1..=max).contains(&query.page_size) {
        return Err(PointsError::PageSizeOutOfRange {
            size: query.page_size,
            max,
        });
    }
    let board = leaderboard(conn, period, now)?;
    let any_points = board.people.iter().any(|p| p.total != 0.0);
    let text = query.text.trim();
    let matching: Vec<PersonStanding> = board
        .people
        .into_iter()
        .filter(|p| {
            text.is_empty()
                || p.name.contains(text)
                || p.employee_no.contains(text)
                || p.department_name.contains(text)
        })
        .collect();
    let size = query.page_size as usize;
    let skip = (query.page.max(1) as usize - 1).saturating_mul(size);
    Ok(BoardPage {
        period: board.period,
        period_label: board.period_label,
        policy_version: board.policy_version,
        total: matching.len() as i64,
        items: matching.into_iter().skip(skip).take(size).collect(),
        any_points,
        departments: board.departments,
    })
}

/// The people of a period's board, best first, and what the 科室 board and the home page take
/// from the same pass.
struct People {
    people: Vec<PersonStanding>,
    /// Points of each 科室's active people.
    by_department: HashMap<i64, f64>,
    /// Each 科室's active people who attended at least once in the period.
    attendees: HashMap<i64, u32>,
}

fn people(
    conn: &Connection,
    rules: &PointsRules,
    counts: &HashMap<i64, tally::Counts>,
) -> Result<People, PointsError> {
    let mut people: Vec<PersonStanding> = Vec::new();
    let mut by_department: HashMap<i64, f64> = HashMap::new();
    let mut attendees: HashMap<i64, u32> = HashMap::new();
    for s in crate::roster::store::all_staff(conn)? {
        let c = counts.get(&s.id);
        let total = c.map(|c| round2(c.points(rules))).unwrap_or(0.0);
        if !s.active && total == 0.0 {
            continue;
        }
        if s.active {
            *by_department.entry(s.department_id).or_default() += total;
            if c.is_some_and(|c| c.present > 0) {
                *attendees.entry(s.department_id).or_default() += 1;
            }
        }
        people.push(PersonStanding {
            rank: 0,
            staff_id: s.id,
            employee_no: s.employee_no,
            name: s.name,
            department_id: s.department_id,
            department_name: s.department_name,
            total,
        });
    }
    // all_staff comes in roster order; a stable sort keeps it among equals.
    people.sort_by(|a, b| b.total.total_cmp(&a.total));
    let ranked = ranks(people.iter().map(|p| p.total));
    for (p, r) in people.iter_mut().zip(ranked) {
        p.rank = r;
    }
    Ok(People {
        people,
        by_department,
        attendees,
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
    let (from, to) = period.span()?;
    let (rules, _) = policy::rules_for(conn, period.year)?;
    let counts = tally::tally(conn, from, to, now)?;
    let People {
        mut people,
        attendees,
        ..
    } = people(conn, &rules, &counts)?;
    people.truncate(n);
    Ok(Glance {
        top: people,
        attendees,
    })
}
