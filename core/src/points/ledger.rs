//! A person's ledger: every row traced to its source record, and manual adjustments with their
//! reason. Nothing of it is stored but the adjustments; a corrected source shows at once.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::{policy, store, tally, PointsError};
use crate::activities::{ActivityKind, Attendance};
use crate::roster::RosterError;
use crate::store::write;

fn row(
    date: chrono::NaiveDate,
    kind: SourceKind,
    source_id: i64,
    title: &str,
    (detail, counted): (String, Counted),
    points: f64,
) -> LedgerRow {
    LedgerRow {
        date,
        kind,
        source_id,
        title: title.into(),
        detail,
        counted,
        points: round2(points),
    }
}

fn activity(kind: ActivityKind) -> (String, Counted) {
    (kind.label().into(), Counted::Activity { kind })
}

/// One person's ledger for a period, oldest row first.
pub fn person_ledger(
    conn: &Connection,
    staff_id: i64,
    period: Period,
    now: NaiveDateTime,
) -> Result<PersonLedger, PointsError> {
    let (from, to) = period.span()?;
    let person = crate::roster::get_staff(conn, staff_id).map_err(|e| match e {
        RosterError::StaffNotFound => PointsError::StaffNotFound,
        e => e.into(),
    })?;
    let (rules, version) = policy::rules_for(conn, period.year)?;
    let mut rows = Vec::new();
    for a in crate::activities::attendance_records(conn, staff_id, from, to)? {
        let day = a.starts_at.date();
        match a.attendance {
            Attendance::Present => {
                rows.push(row(
                    day,
                    SourceKind::Attendance,
                    a.activity_id,
                    &a.title,
                    activity(a.kind),
                    rules.attend,
                ));
                if a.kind == ActivityKind::Volunteer {
                    if let Some(h) = a.hours {
                        rows.push(row(
                            day,
                            SourceKind::Volunteer,
                            a.activity_id,
                            &a.title,
                            (
                                format!("{} 小时", round2(h)),
                                Counted::Hours { hours: round2(h) },
                            ),
                            h * rules.volunteer_per_hour,
                        ));
                    }
                }
            }
            Attendance::Absent => rows.push(row(
                day,
                SourceKind::Absence,
                a.activity_id,
                &a.title,
                activity(a.kind),
                rules.absent,
            )),
        }
    }
    let judged = crate::contests::published_awards(conn, from, to, now)?;
    let timed = crate::contests::published_timed_awards(conn, from, to, now)?;
    for a in judged.into_iter().chain(timed) {
        if a.staff_id == staff_id {
            rows.push(row(
                a.starts_at.date(),
                SourceKind::ContestAward,
                a.activity_id,
                &a.activity_title,
                (a.award.label().into(), Counted::Award { level: a.award }),
                tally::prize_points(&rules, a.award),
            ));
        }
    }
    for p in crate::contests::finished_places(conn, from, to)? {
        if p.staff_id == staff_id {
            let place = crate::contests::place_title(p.place).unwrap_or_default();
            rows.push(row(
                p.starts_at.date(),
                SourceKind::TournamentPlace,
                p.activity_id,
                &p.activity_title,
                (place.into(), Counted::Place { place: p.place }),
                tally::place_points(&rules, p.place).unwrap_or_default(),
            ));
        }
    }
    for a in tally::honors_in(conn, from, to)? {
        if a.staff_id == Some(staff_id) {
            rows.push(row(
                a.confirmed_at.date(),
                SourceKind::Honor,
                a.category_id,
                &format!("{}年{}", a.year, a.category),
                (a.category.clone(), Counted::Honor),
                rules.honor,
            ));
        }
    }
    for (owner, g) in tally::person_grades(conn, from, to)? {
        if owner == staff_id {
            let points = tally::grade_points(&rules, g.grade).unwrap_or_default();
            rows.push(row(
                g.closed_at.date(),
                SourceKind::PledgeGrade,
                g.round_id,
                &g.round_title,
                (g.grade.label().into(), Counted::Grade { grade: g.grade }),
                points,
            ));
        }
    }
    for a in store::adjustments(conn, Some(staff_id), from, to)? {
        rows.push(row(
            a.on_date,
            SourceKind::Adjustment,
            a.id,
            &a.reason,
            (
                format!("{}调整", crate::time::show_date(a.created_at.date())),
                Counted::Adjusted {
                    on: a.created_at.date(),
                },
            ),
            a.points,
        ));
    }
    rows.sort_by_key(|a| a.date);
    let total = round2(rows.iter().map(|r| r.points).sum());
    Ok(PersonLedger {
        staff_id,
        name: person.name,
        employee_no: person.employee_no,
        department_name: person.department_name,
        period,
        period_label: period.label(),
        policy_version: version,
        rows,
        total,
    })
}

/// Gives or takes points by hand; the reason is required and the adjustment is kept for good.
pub fn add_adjustment(
    conn: &mut Connection,
    input: &AdjustmentInput,
    now: NaiveDateTime,
) -> Result<Adjustment, PointsError> {
    let reason = input.reason.trim();
    if reason.is_empty() {
        return Err(PointsError::ReasonRequired);
    }
    if reason.chars().count() > REASON_MAX {
        return Err(PointsError::ReasonTooLong { max: REASON_MAX });
    }
    if input.points == 0.0 {
        return Err(PointsError::AdjustmentZero);
    }
    if !(-ADJUSTMENT_MAX..=ADJUSTMENT_MAX).contains(&input.points) {
        return Err(PointsError::AdjustmentOutOfRange {
            points: input.points,
            max: ADJUSTMENT_MAX,
        });
    }
    check_year(chrono::Datelike::year(&input.on_date))?;
    let tx = write(conn)?;
    crate::roster::get_staff(&tx, input.staff_id).map_err(|e| match e {
        RosterError::StaffNotFound => PointsError::StaffNotFound,
        e => e.into(),
    })?;
    let id = store::insert_adjustment(&tx, input, reason, now)?;
    let out = store::adjustment(&tx, id)?;
    tx.commit().map_err(crate::error::StoreError::from)?;
    Ok(out)
}

/// The adjustments of a period, newest first.
pub fn adjustments(conn: &Connection, period: Period) -> Result<Vec<Adjustment>, PointsError> {
    let (from, to) = period.span()?;
    Ok(store::adjustments(conn, None, from, to)?)
}
