//! 学习典型: an activity of kind 学习 or 道德讲堂 names the profiles it studied; whoever attended it
//! studied them. Nothing about who studied is stored here (see [`super::cards`]).

use chrono::NaiveDateTime;
use rusqlite::{params, Connection};

use super::cards::get_exemplar;
use super::model::*;
use super::store::{exemplars_of, row, subject, visible_row};
use super::{write, ExemplarError};
use crate::activities::{self, ActivityError, ActivityState, Attendance};
use crate::auth::Role;

fn activity(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<activities::Activity, ExemplarError> {
    match activities::get_activity(conn, activity_id, now) {
        Err(ActivityError::NotFound) => Err(ExemplarError::ActivityNotFound),
        other => Ok(other?),
    }
}

/// 学习的典型: sets the profiles an activity of kind 学习 or 道德讲堂 studied (the list replaces
/// the earlier one). Other kinds and cancelled activities are refused; a draft profile cannot be
/// added (one already on the list may stay).
pub fn set_studied_exemplars(
    conn: &mut Connection,
    activity_id: i64,
    exemplar_ids: &[i64],
    now: NaiveDateTime,
) -> Result<Vec<Exemplar>, ExemplarError> {
    let tx = write(conn)?;
    let a = activity(&tx, activity_id, now)?;
    if !studies_exemplars(a.kind) {
        return Err(ExemplarError::NotStudyKind {
            title: a.title,
            kind: a.kind.label(),
        });
    }
    if a.state == ActivityState::Cancelled {
        return Err(ExemplarError::ActivityCancelled(a.title));
    }
    let before = exemplars_of(&tx, activity_id)?;
    let mut ids = exemplar_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    for &id in &ids {
        let r = row(&tx, id)?;
        if !r.published && !before.contains(&id) {
            return Err(ExemplarError::DraftStudied(r.title));
        }
    }
    tx.execute(
        "DELETE FROM exemplar_study WHERE activity_id = ?1",
        [activity_id],
    )?;
    for id in &ids {
        tx.execute(
            "INSERT INTO exemplar_study (activity_id, exemplar_id) VALUES (?1, ?2)",
            params![activity_id, id],
        )?;
    }
    tx.commit()?;
    studied_exemplars(conn, activity_id, now, Role::Organizer)
}

/// The profiles an activity studied, as `viewer` may see them (staff mode: no draft activity, no
/// draft profile).
pub fn studied_exemplars(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<Vec<Exemplar>, ExemplarError> {
    match activities::activity_for(conn, activity_id, now, viewer) {
        Err(ActivityError::NotFound) => return Err(ExemplarError::ActivityNotFound),
        other => other?,
    };
    let mut out = Vec::new();
    for id in exemplars_of(conn, activity_id)? {
        match visible_row(conn, id, viewer) {
            Ok(_) => out.push(get_exemplar(conn, id, now)?),
            Err(ExemplarError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// 学习的典型 on a person's record: each role model they studied, with the activity they attended
/// (latest first). Staff mode leaves out draft profiles.
pub fn studied_by_staff(
    conn: &Connection,
    staff_id: i64,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<Vec<StudiedExemplar>, ExemplarError> {
    let mut out = Vec::new();
    let attended = activities::my_activities(conn, staff_id, now)?
        .into_iter()
        .filter(|a| a.attendance == Some(Attendance::Present) && studies_exemplars(a.kind));
    for a in attended {
        if a.state == ActivityState::Cancelled {
            continue;
        }
        for id in exemplars_of(conn, a.activity_id)? {
            let r = match visible_row(conn, id, viewer) {
                Ok(r) => r,
                Err(ExemplarError::NotFound) => continue,
                Err(e) => return Err(e),
            };
            let (name, _) = subject(conn, r.staff_id, r.department_id)?;
            out.push(StudiedExemplar {
                exemplar_id: r.id,
                name,
                title: r.title,
                activity_id: a.activity_id,
                activity_title: a.title.clone(),
                kind: a.kind,
                starts_at: a.starts_at,
            });
        }
    }
    out.sort_by(|a, b| {
        b.starts_at
            .cmp(&a.starts_at)
            .then(a.exemplar_id.cmp(&b.exemplar_id))
    });
    Ok(out)
}

/// Every activity that studied a published role model, with their names in profile order: what
/// the 创建台账 files as 学树身边典型 evidence (the activity itself says when it took place).
pub fn study_sessions(conn: &Connection) -> Result<Vec<(i64, Vec<String>)>, ExemplarError> {
    let mut stmt = conn.prepare_cached(
        "SELECT es.activity_id, coalesce(s.name, d.name, '') FROM exemplar_study es
         JOIN exemplar e ON e.id = es.exemplar_id AND e.published = 1
         LEFT JOIN staff s ON s.id = e.staff_id
         LEFT JOIN department d ON d.id = e.department_id
         ORDER BY es.activity_id, es.exemplar_id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    let mut out: Vec<(i64, Vec<String>)> = Vec::new();
    for row in rows {
        let (activity, name) = row?;
        match out.last_mut() {
            Some((a, names)) if *a == activity => names.push(name),
            _ => out.push((activity, vec![name])),
        }
    }
    Ok(out)
}
