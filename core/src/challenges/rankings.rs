//! The standings of a challenge, without the store: people by their total (equal totals share a
//! rank), 科室 by their total per head of their 在职 staff, compared exactly (no rounding decides
//! a place).

use std::cmp::Ordering;

use super::model::{ChallengeDepartmentStanding, ChallengePersonStanding, ChallengeUnit};
use super::rules::in_unit;

/// A participant with their stored total and days entered.
pub(crate) struct PersonTotal {
    pub staff_id: i64,
    pub employee_no: String,
    pub name: String,
    pub department_name: String,
    pub total: i64,
    pub days: u32,
}

/// A 科室 with its 在职 headcount, its participants and the sum of their totals.
pub(crate) struct DepartmentTotal {
    pub department_id: i64,
    pub name: String,
    pub headcount: u32,
    pub participants: u32,
    pub total: i64,
}

/// Highest total first; equal totals share the rank (1, 1, 3) and are listed by 工号.
pub(crate) fn rank_people(
    unit: ChallengeUnit,
    mut people: Vec<PersonTotal>,
) -> Vec<ChallengePersonStanding> {
    people.sort_by(|a, b| {
        b.total
            .cmp(&a.total)
            .then_with(|| a.employee_no.cmp(&b.employee_no))
    });
    let mut out: Vec<ChallengePersonStanding> = Vec::with_capacity(people.len());
    let mut previous: Option<(i64, u32)> = None;
    for (i, p) in people.into_iter().enumerate() {
        let rank = match previous {
            Some((total, rank)) if total == p.total => rank,
            _ => i as u32 + 1,
        };
        previous = Some((p.total, rank));
        out.push(ChallengePersonStanding {
            rank,
            staff_id: p.staff_id,
            employee_no: p.employee_no,
            name: p.name,
            department_name: p.department_name,
            total: in_unit(unit, p.total),
            days: p.days,
        });
    }
    out
}

/// `a.total / a.headcount` against `b`'s, exactly.
fn per_head_cmp(a: &DepartmentTotal, b: &DepartmentTotal) -> Ordering {
    (i128::from(a.total) * i128::from(b.headcount))
        .cmp(&(i128::from(b.total) * i128::from(a.headcount)))
}

/// Highest total per 在职 head first; equal shares (12 over 4 and 6 over 2) share the rank. A
/// 科室 without 在职 staff has no share and comes last, unranked. The input's order (the 科室's
/// own order) keeps ties in place.
pub(crate) fn rank_departments(
    unit: ChallengeUnit,
    mut departments: Vec<DepartmentTotal>,
) -> Vec<ChallengeDepartmentStanding> {
    departments.sort_by(|a, b| match (a.headcount > 0, b.headcount > 0) {
        (true, true) => per_head_cmp(b, a),
        (x, y) => y.cmp(&x),
    });
    let mut out: Vec<ChallengeDepartmentStanding> = Vec::with_capacity(departments.len());
    for (i, d) in departments.iter().enumerate() {
        let rank = if d.headcount == 0 {
            None
        } else if i > 0
            && departments[i - 1].headcount > 0
            && per_head_cmp(&departments[i - 1], d) == Ordering::Equal
        {
            out[i - 1].rank
        } else {
            Some(i as u32 + 1)
        };
        let per_head = if d.headcount == 0 {
            0.0
        } else {
            (in_unit(unit, d.total) / f64::from(d.headcount) * 100.0).round() / 100.0
        };
        out.push(ChallengeDepartmentStanding {
            rank,
            department_id: d.department_id,
            name: d.name.clone(),
            headcount: d.headcount,
            participants: d.participants,
            total: in_unit(unit, d.total),
            per_head,
        });
    }
    out
}
