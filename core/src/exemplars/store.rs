//! The reads of 学树身边典型 that every step shares: a stored profile (and whether the viewer may
//! see it), whom it is about, its card photo, and the links between profiles and the activities
//! that studied them.

use chrono::NaiveDateTime;
use rusqlite::{Connection, OptionalExtension, Row};

use super::ExemplarError;
use crate::auth::Role;
use crate::roster;
use crate::time::time_column;

/// A profile as stored.
pub(super) struct ExemplarRow {
    pub id: i64,
    pub staff_id: Option<i64>,
    pub department_id: Option<i64>,
    pub title: String,
    pub story: String,
    pub published: bool,
    pub updated_at: NaiveDateTime,
}

const COLUMNS: &str = "id, staff_id, department_id, title, story, published, updated_at";

fn from_row(r: &Row) -> rusqlite::Result<ExemplarRow> {
    Ok(ExemplarRow {
        id: r.get(0)?,
        staff_id: r.get(1)?,
        department_id: r.get(2)?,
        title: r.get(3)?,
        story: r.get(4)?,
        published: r.get(5)?,
        updated_at: time_column(r, 6)?,
    })
}

pub(super) fn row(conn: &Connection, id: i64) -> Result<ExemplarRow, ExemplarError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM exemplar WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(ExemplarError::NotFound)
}

/// The profile as `viewer` may see it: a draft does not exist for staff mode.
pub(super) fn visible_row(
    conn: &Connection,
    id: i64,
    viewer: Role,
) -> Result<ExemplarRow, ExemplarError> {
    let r = row(conn, id)?;
    if viewer == Role::Staff && !r.published {
        return Err(ExemplarError::NotFound);
    }
    Ok(r)
}

pub(super) fn rows(conn: &Connection, viewer: Role) -> Result<Vec<ExemplarRow>, ExemplarError> {
    let only_published = viewer == Role::Staff;
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM exemplar WHERE published = 1 OR NOT ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([only_published], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The person or 科室 a profile is about: (name, 科室 name).
pub(super) fn subject(
    conn: &Connection,
    staff_id: Option<i64>,
    department_id: Option<i64>,
) -> Result<(String, String), ExemplarError> {
    match (staff_id, department_id) {
        (Some(_), Some(_)) => Err(ExemplarError::TwoSubjects),
        (None, None) => Err(ExemplarError::NoSubject),
        (Some(s), None) => {
            let s = roster::store::staff_by_id(conn, s)?.ok_or(ExemplarError::StaffNotFound)?;
            Ok((s.name, s.department_name))
        }
        (None, Some(d)) => {
            let name = roster::store::department_name(conn, d)?
                .ok_or(ExemplarError::DepartmentNotFound)?;
            Ok((name.clone(), name))
        }
    }
}

/// The card's photo: the first one added.
pub(super) fn first_photo(conn: &Connection, exemplar_id: i64) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached("SELECT min(id) FROM exemplar_file WHERE exemplar_id = ?1")?
        .query_row([exemplar_id], |r| r.get(0))
}

pub(super) fn activities_of(conn: &Connection, exemplar_id: i64) -> rusqlite::Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT activity_id FROM exemplar_study WHERE exemplar_id = ?1")?;
    let rows = stmt.query_map([exemplar_id], |r| r.get(0))?;
    rows.collect()
}

pub(super) fn exemplars_of(conn: &Connection, activity_id: i64) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT exemplar_id FROM exemplar_study WHERE activity_id = ?1 ORDER BY exemplar_id",
    )?;
    let rows = stmt.query_map([activity_id], |r| r.get(0))?;
    rows.collect()
}
