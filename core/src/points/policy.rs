//! The points policy of a year: defaults until the organizer saves one, then versions kept for good.
//! A change is previewed first: the year's tally under the rules in use and under the new ones.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::{store, tally, PointsError};
use crate::store::write;

/// The rules in use for `year` and their version (0: the defaults, never saved).
pub fn rules_for(conn: &Connection, year: i32) -> Result<(PointsRules, u32), PointsError> {
    Ok(store::versions(conn, year)?
        .into_iter()
        .next()
        .map(|v| (v.rules, v.version))
        .unwrap_or((PointsRules::default(), 0)))
}

/// A year's policy with its history.
pub fn policy(conn: &Connection, year: i32) -> Result<Policy, PointsError> {
    check_year(year)?;
    let mut history = store::versions(conn, year)?;
    let current = if history.is_empty() {
        PolicyVersion {
            version: 0,
            rules: PointsRules::default(),
            note: "默认规则".into(),
            created_at: None,
        }
    } else {
        history.remove(0)
    };
    Ok(Policy {
        year,
        current,
        history,
    })
}

/// What saving `rules` for `year` would change, person by person, without saving anything.
pub fn preview_policy(
    conn: &Connection,
    year: i32,
    rules: &PointsRules,
    now: NaiveDateTime,
) -> Result<PolicyPreview, PointsError> {
    rules.check()?;
    let (from, to) = Period::year(year).span()?;
    let (current, version) = rules_for(conn, year)?;
    let counts = tally::tally(conn, from, to, now)?;
    let staff = crate::roster::store::all_staff(conn)?;
    let mut changes = Vec::new();
    let (mut total_before, mut total_after) = (0.0, 0.0);
    for s in staff {
        let Some(c) = counts.get(&s.id) else { continue };
        let (before, after) = (round2(c.points(&current)), round2(c.points(rules)));
        total_before += before;
        total_after += after;
        if before != after {
            changes.push(PreviewChange {
                staff_id: s.id,
                name: s.name,
                department_name: s.department_name,
                before,
                after,
                difference: round2(after - before),
            });
        }
    }
    changes.sort_by(|a, b| {
        b.difference
            .abs()
            .total_cmp(&a.difference.abs())
            .then(a.staff_id.cmp(&b.staff_id))
    });
    Ok(PolicyPreview {
        year,
        from_version: version,
        rules: *rules,
        changes,
        total_before: round2(total_before),
        total_after: round2(total_after),
    })
}

/// Saves `rules` as the next version of `year`'s policy; the ledger follows at once (it is derived
/// on every read). The versions before stay as its history.
pub fn set_policy(
    conn: &mut Connection,
    year: i32,
    rules: &PointsRules,
    note: &str,
    now: NaiveDateTime,
) -> Result<Policy, PointsError> {
    check_year(year)?;
    rules.check()?;
    let note = note.trim();
    if note.chars().count() > REASON_MAX {
        return Err(PointsError::NoteTooLong { max: REASON_MAX });
    }
    let tx = write(conn)?;
    let (current, version) = rules_for(&tx, year)?;
    if current == *rules {
        return Err(PointsError::PolicyUnchanged);
    }
    store::insert_version(&tx, year, version + 1, rules, note, now)?;
    tx.commit().map_err(crate::error::StoreError::from)?;
    policy(conn, year)
}
