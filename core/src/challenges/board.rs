//! Setting a challenge up, and reading it: the board of standings the window shows on the
//! activity, and what one person sees of their own (我的挑战), each with the permits made from the
//! writes' own checks.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::error::ChallengeError;
use super::model::*;
use super::rankings::{rank_departments, rank_people, DepartmentTotal, PersonTotal};
use super::rules::{check_day, check_period, may_enter, may_set_up};
use super::store::{self, ChallengeRow};
use crate::activities::{self, Activity, SignupStatus};
use crate::auth::Role;
use crate::permit::Permit;
use crate::store::write;
use crate::time::date_text;

/// 设置挑战: the unit and period of an activity's challenge, set or changed. Once counts are in,
/// the unit stays and the period keeps every day entered.
pub fn set_challenge(
    conn: &mut Connection,
    activity_id: i64,
    input: &ChallengeInput,
    now: NaiveDateTime,
) -> Result<ChallengeBoard, ChallengeError> {
    let tx = write(conn)?;
    let activity = activities::get_activity(&tx, activity_id, now)?;
    may_set_up(&activity)?;
    check_period(input, &activity)?;
    match store::challenge_of(&tx, activity_id)? {
        None => store::insert_challenge(&tx, activity_id, input, now)?,
        Some(row) => {
            let (entries, first, last) = store::entry_span(&tx, row.id)?;
            if entries > 0 && input.unit != row.unit {
                return Err(ChallengeError::UnitLocked(row.unit.label().into()));
            }
            for day in [first, last].into_iter().flatten() {
                if day < input.starts_on || day > input.ends_on {
                    return Err(ChallengeError::EntriesOutsidePeriod {
                        day: date_text(day),
                    });
                }
            }
            store::update_challenge(&tx, row.id, input, now)?;
        }
    }
    tx.commit().map_err(crate::error::StoreError::from)?;
    challenge_board(conn, activity_id, now, Role::Organizer)
}

/// The activity's challenge with the standings of people and 科室 (staff mode does not see a
/// draft activity's).
pub fn challenge_board(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<ChallengeBoard, ChallengeError> {
    let activity = activities::activity_for(conn, activity_id, now, viewer)?;
    let row = store::challenge_of(conn, activity_id)?;
    let allowed = ChallengePermits {
        set_up: Permit::of(may_set_up(&activity), |e| {
            !matches!(e, ChallengeError::NotAChallengeKind(_))
        }),
        import: Permit::of(
            row.ok_or(ChallengeError::NotSetUp)
                .and_then(|_| may_enter(&activity)),
            |_| true,
        ),
    };
    let (people, departments, entries) = match row {
        Some(row) => {
            let (people, departments) = standings(conn, &activity, &row)?;
            (people, departments, store::entry_span(conn, row.id)?.0)
        }
        None => (Vec::new(), Vec::new(), 0),
    };
    Ok(ChallengeBoard {
        activity_id,
        title: activity.title,
        kind: activity.kind,
        setup: row.map(setup_of),
        people,
        departments,
        entries,
        allowed,
    })
}

/// 我的挑战: a person's days, their place among the participants, and whether they may enter.
pub fn my_challenge(
    conn: &Connection,
    activity_id: i64,
    staff_id: i64,
    now: NaiveDateTime,
) -> Result<MyChallenge, ChallengeError> {
    let activity = activities::activity_for(conn, activity_id, now, Role::Staff)?;
    let today = now.date();
    let row = store::challenge_of(conn, activity_id)?;
    let Some(row) = row else {
        return Ok(MyChallenge {
            setup: None,
            entries: Vec::new(),
            standing: None,
            participants: 0,
            today,
            open_days: Vec::new(),
            enter: Permit::absent(Some(ChallengeError::NotSetUp.into())),
        });
    };
    let (people, _) = standings(conn, &activity, &row)?;
    let standing = people.iter().find(|p| p.staff_id == staff_id).cloned();
    let open_days: Vec<NaiveDate> = row
        .starts_on
        .iter_days()
        .take_while(|d| *d <= row.ends_on && *d <= today)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let enter = may_enter(&activity)
        .and_then(|_| participant(conn, activity_id, staff_id).map(|_| ()))
        .and_then(|_| {
            // Some day of the period must be open (the first, once it has come).
            check_day(row.starts_on, row.ends_on, row.starts_on, today)
        });
    Ok(MyChallenge {
        setup: Some(setup_of(row)),
        entries: store::entries_of(conn, row.id, staff_id, row.unit)?,
        standing,
        participants: people.len() as u32,
        today,
        open_days,
        enter: Permit::of(enter, |_| true),
    })
}

pub(super) fn setup_of(row: ChallengeRow) -> ChallengeSetup {
    ChallengeSetup {
        unit: row.unit,
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        days: ((row.ends_on - row.starts_on).num_days() + 1) as u32,
        daily_max: row.unit.daily_max(),
        decimals: row.unit.decimals(),
    }
}

/// A person on the activity's list holding a place (alone, or in a 科室's team).
#[derive(Debug, Clone)]
pub(super) struct Participant {
    pub staff_id: i64,
    pub employee_no: String,
    pub name: String,
    pub department_name: String,
}

/// Everyone holding a place on the activity's list, in the list's order.
pub(super) fn participants(
    conn: &Connection,
    activity_id: i64,
) -> Result<Vec<Participant>, ChallengeError> {
    Ok(activities::signups(conn, activity_id)?
        .into_iter()
        .filter(|s| s.status == SignupStatus::Confirmed)
        .flat_map(|s| s.members)
        .map(|m| Participant {
            staff_id: m.staff_id,
            employee_no: m.employee_no,
            name: m.name,
            department_name: m.department_name,
        })
        .collect())
}

/// The person, if they hold a place; else why they may not enter.
pub(super) fn participant(
    conn: &Connection,
    activity_id: i64,
    staff_id: i64,
) -> Result<Participant, ChallengeError> {
    if let Some(p) = participants(conn, activity_id)?
        .into_iter()
        .find(|p| p.staff_id == staff_id)
    {
        return Ok(p);
    }
    let staff =
        crate::roster::store::staff_by_id(conn, staff_id)?.ok_or(ChallengeError::StaffNotFound)?;
    Err(ChallengeError::NotSignedUp(staff.name))
}

/// People and 科室 in their places.
fn standings(
    conn: &Connection,
    activity: &Activity,
    row: &ChallengeRow,
) -> Result<
    (
        Vec<ChallengePersonStanding>,
        Vec<ChallengeDepartmentStanding>,
    ),
    ChallengeError,
> {
    let totals = store::totals(conn, row.id)?;
    let people: Vec<PersonTotal> = participants(conn, activity.id)?
        .into_iter()
        .map(|p| {
            let (total, days) = totals.get(&p.staff_id).copied().unwrap_or((0, 0));
            PersonTotal {
                staff_id: p.staff_id,
                employee_no: p.employee_no,
                name: p.name,
                department_name: p.department_name,
                total,
                days,
            }
        })
        .collect();
    let mut by_department: HashMap<&str, (u32, i64)> = HashMap::new();
    for p in &people {
        let d = by_department.entry(p.department_name.as_str()).or_default();
        d.0 += 1;
        d.1 += p.total;
    }
    let departments: Vec<DepartmentTotal> = crate::roster::store::departments(conn)?
        .into_iter()
        .filter(|d| activity.department_ids.is_empty() || activity.department_ids.contains(&d.id))
        .map(|d| {
            let (participants, total) = by_department
                .get(d.name.as_str())
                .copied()
                .unwrap_or((0, 0));
            DepartmentTotal {
                department_id: d.id,
                name: d.name,
                headcount: d.active_staff.max(0) as u32,
                participants,
                total,
            }
        })
        .filter(|d| d.headcount > 0 || d.participants > 0)
        .collect();
    Ok((
        rank_people(row.unit, people),
        rank_departments(row.unit, departments),
    ))
}
