//! 首页 (`dashboard`): the first screen in one call — upcoming activities and open sign-ups,
//! participation by 科室 (share of active staff who attended at least one activity this year),
//! activities by month, the points top 10 and, for the organizer, the pending work, each item
//! naming the record its screen opens.
//!
//! Everything is read through the public functions of the features it shows: the pending work
//! comes from `honors` (nominations, rounds, 公示), `pledges` (评诺 rounds open, items overdue per
//! 科室) and `ledger` (the 标准 without evidence this year, per 测评项目).

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activities::ActivityBrief;
use crate::auth::Role;
use crate::error::{Coded, StoreError};
use crate::points::{Period, PersonStanding, PointsError};

/// How many activities each list shows, and how many people the points top list.
pub const LIST_LEN: u32 = 6;
pub const TOP_LEN: usize = 10;
/// A 公示 ending within this many days counts as pending.
pub const PUBLICITY_SOON_DAYS: i64 = 3;

#[derive(Debug, thiserror::Error)]
pub enum DashboardError {
    #[error(transparent)]
    Points(#[from] PointsError),
    #[error(transparent)]
    Pledge(#[from] crate::pledges::PledgeError),
    #[error(transparent)]
    Ledger(#[from] crate::ledger::LedgerError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for DashboardError {
    fn from(e: rusqlite::Error) -> Self {
        DashboardError::Store(e.into())
    }
}

impl Coded for DashboardError {
    fn code(&self) -> &'static str {
        match self {
            DashboardError::Points(e) => e.code(),
            DashboardError::Pledge(e) => e.code(),
            DashboardError::Ledger(e) => e.code(),
            DashboardError::Store(e) => e.code(),
        }
    }
}

/// One 科室's participation this year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DepartmentParticipation {
    #[ts(type = "number")]
    pub department_id: i64,
    pub name: String,
    pub active_staff: u32,
    /// People now in the 科室 who attended at least one activity this year.
    pub attendees: u32,
    /// attendees / active staff, 0–1 (0 for a 科室 without active staff).
    pub share: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PendingKind {
    /// 推荐待审查: `target_id` is the 评选项目.
    NominationsToReview,
    /// 投票待结束: the 评选项目 (the round is in `detail`).
    RoundToClose,
    /// 公示到期待确认: the 评选项目.
    PublicityEnding,
    /// 评诺待结束: the 评诺 round (`count` owners rated in it, `year` its year).
    PledgeRoundToClose,
    /// 承诺逾期: the 科室 (`count` items of this year's pledges past due and not 已兑现).
    PledgesOverdue,
    /// 标准缺少佐证: the 测评项目 (`count` of its 标准 without evidence this year).
    StandardWithoutEvidence,
}

/// One piece of the organizer's pending work and the record to open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PendingItem {
    pub kind: PendingKind,
    #[ts(type = "number")]
    pub target_id: i64,
    pub title: String,
    pub count: u32,
    pub due: Option<NaiveDate>,
    /// The record's year where its screen is chosen by year (a 评诺 round's).
    pub year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Dashboard {
    pub year: i32,
    pub upcoming: Vec<ActivityBrief>,
    pub open_signups: Vec<ActivityBrief>,
    pub participation: Vec<DepartmentParticipation>,
    /// Activities (published or finished) starting in each month of the year, January first.
    pub activities_by_month: Vec<u32>,
    pub top_points: Vec<PersonStanding>,
    /// The organizer's pending work; `None` in staff mode.
    pub pending: Option<Vec<PendingItem>>,
}

/// The organizer's pending work at `now`.
pub fn pending(conn: &Connection, now: NaiveDateTime) -> Result<Vec<PendingItem>, DashboardError> {
    let today = now.date();
    use crate::honors;
    let item = |kind, t: honors::HonorTodo| PendingItem {
        kind,
        target_id: t.category_id,
        title: t.title,
        count: t.count,
        due: t.ends_on,
        year: None,
    };
    let mut out = Vec::new();
    for t in honors::nominations_to_review(conn, today.year())? {
        out.push(item(PendingKind::NominationsToReview, t));
    }
    for t in honors::open_rounds(conn)? {
        out.push(item(PendingKind::RoundToClose, t));
    }
    for r in crate::pledges::rounds(conn, None)? {
        if r.state == crate::pledges::RoundState::Open {
            out.push(PendingItem {
                kind: PendingKind::PledgeRoundToClose,
                target_id: r.id,
                title: r.title,
                count: r.owners,
                due: None,
                year: Some(r.year),
            });
        }
    }
    let soon = today + Duration::days(PUBLICITY_SOON_DAYS);
    for t in honors::publicity_ending(conn, soon)? {
        out.push(item(PendingKind::PublicityEnding, t));
    }
    for d in crate::pledges::summary(conn, today.year(), now)? {
        if d.overdue > 0 {
            out.push(PendingItem {
                kind: PendingKind::PledgesOverdue,
                target_id: d.department_id,
                title: d.department_name,
                count: d.overdue,
                due: None,
                year: None,
            });
        }
    }
    let year = today.year();
    for item in crate::ledger::coverage(conn, year, year, now)?.items {
        if item.gaps > 0 {
            out.push(PendingItem {
                kind: PendingKind::StandardWithoutEvidence,
                target_id: item.id,
                title: item.name,
                count: item.gaps,
                due: None,
                year: None,
            });
        }
    }
    Ok(out)
}

/// Makes the reads of the 首页 that are kept until the next write (the year's attendance tally and
/// the roster in order behind its glance, the 科室: [`crate::store::memo`]), so that the first
/// 首页 is answered from them; what is not kept is left to that 首页. Called where the database is
/// opened, while the window still loads its page: on the large unit a first 首页 took ~4× one
/// read again (docs/PERFORMANCE.md).
pub fn prepare(conn: &Connection, now: NaiveDateTime) -> Result<(), DashboardError> {
    crate::points::glance(conn, Period::year(now.year()), TOP_LEN, now)?;
    crate::roster::list_departments(conn).map_err(|e| DashboardError::Points(e.into()))?;
    Ok(())
}

/// The home page for `viewer` at `now`.
pub fn dashboard(
    conn: &Connection,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<Dashboard, DashboardError> {
    let year = now.year();
    let (from, to) = Period::year(year).span()?;
    // One tally gives both the top 10 and who came: the year's sign-ups are read once.
    let glance = crate::points::glance(conn, Period::year(year), TOP_LEN, now)?;
    let participation = crate::roster::list_departments(conn)
        .map_err(|e| DashboardError::Points(e.into()))?
        .into_iter()
        .map(|d| {
            let active = d.active_staff.max(0) as u32;
            let came = glance.attendees.get(&d.id).copied().unwrap_or(0);
            DepartmentParticipation {
                department_id: d.id,
                name: d.name,
                active_staff: active,
                attendees: came,
                share: if active == 0 {
                    0.0
                } else {
                    f64::from(came) / f64::from(active)
                },
            }
        })
        .collect();
    let mut by_month = vec![0u32; 12];
    for (m, n) in crate::activities::activities_by_month(conn, from, to)? {
        if (1..=12).contains(&m) {
            by_month[m as usize - 1] = n;
        }
    }
    Ok(Dashboard {
        year,
        upcoming: crate::activities::upcoming_activities(conn, now, LIST_LEN)?,
        open_signups: crate::activities::open_for_signup(conn, now, LIST_LEN)?,
        participation,
        activities_by_month: by_month,
        top_points: glance.top,
        pending: match viewer {
            Role::Organizer => Some(pending(conn, now)?),
            _ => None,
        },
    })
}

#[cfg(test)]
mod tests;
