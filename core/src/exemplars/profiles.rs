//! The profiles themselves: create, edit, publish or keep as draft. One profile per person and
//! per 科室.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension};

use super::cards::get_exemplar;
use super::model::*;
use super::store::{row, subject};
use super::{write, ExemplarError};
use crate::text;
use crate::time::time_text;

struct Checked {
    title: String,
    story: String,
}

fn check(
    conn: &Connection,
    input: &ExemplarInput,
    id: Option<i64>,
) -> Result<Checked, ExemplarError> {
    let (name, _) = subject(conn, input.staff_id, input.department_id)?;
    let title = text::required("称号", &input.title, TITLE_MAX).map_err(ExemplarError::BadTitle)?;
    let story = text::optional("事迹", &input.story, STORY_MAX).map_err(ExemplarError::BadStory)?;
    let other: Option<(i64, String)> = conn
        .query_row(
            "SELECT id, title FROM exemplar WHERE staff_id IS ?1 AND department_id IS ?2",
            params![input.staff_id, input.department_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((_, title)) = other.filter(|(other, _)| Some(*other) != id) {
        return Err(ExemplarError::AlreadyProfiled { name, title });
    }
    Ok(Checked { title, story })
}

/// 新建典型: a draft profile of a person or a 科室 (one profile each).
pub fn create_exemplar(
    conn: &mut Connection,
    input: &ExemplarInput,
    now: NaiveDateTime,
) -> Result<Exemplar, ExemplarError> {
    let tx = write(conn)?;
    let c = check(&tx, input, None)?;
    tx.execute(
        "INSERT INTO exemplar (staff_id, department_id, title, story, published, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 0, ?5, ?5)",
        params![input.staff_id, input.department_id, c.title, c.story, time_text(now)],
    )?;
    let id = tx.last_insert_rowid();
    tx.commit()?;
    get_exemplar(conn, id, now)
}

/// Edits a profile's subject, title and story; whether it is published stays as it was.
pub fn update_exemplar(
    conn: &mut Connection,
    id: i64,
    input: &ExemplarInput,
    now: NaiveDateTime,
) -> Result<Exemplar, ExemplarError> {
    let tx = write(conn)?;
    row(&tx, id)?;
    let c = check(&tx, input, Some(id))?;
    tx.execute(
        "UPDATE exemplar SET staff_id = ?2, department_id = ?3, title = ?4, story = ?5, updated_at = ?6
         WHERE id = ?1",
        params![id, input.staff_id, input.department_id, c.title, c.story, time_text(now)],
    )?;
    tx.commit()?;
    get_exemplar(conn, id, now)
}

/// 发布 (on the wall for everyone) or back to 草稿 (the organizers' own again).
pub fn set_published(
    conn: &mut Connection,
    id: i64,
    published: bool,
    now: NaiveDateTime,
) -> Result<Exemplar, ExemplarError> {
    let tx = write(conn)?;
    row(&tx, id)?;
    tx.execute(
        "UPDATE exemplar SET published = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, published, time_text(now)],
    )?;
    tx.commit()?;
    get_exemplar(conn, id, now)
}
