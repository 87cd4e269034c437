//! 评选项目: the categories of a year, their quota, eligibility and nomination window.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::*;
use super::{show_time, time_text, write, HonorError};
use crate::time::time_column;

const COLUMNS: &str = "id, year, name, target, quota, eligibility, nominations_open_at, \
                       nominations_close_at, sort_order";

fn from_row(r: &Row) -> rusqlite::Result<Category> {
    Ok(Category {
        id: r.get(0)?,
        year: r.get(1)?,
        name: r.get(2)?,
        target: Target::from_sql(&r.get::<_, String>(3)?).unwrap_or(Target::Person),
        quota: r.get(4)?,
        eligibility: Eligibility::from_sql(&r.get::<_, String>(5)?).unwrap_or(Eligibility::None),
        nominations_open_at: time_column(r, 6)?,
        nominations_close_at: time_column(r, 7)?,
        sort_order: r.get(8)?,
    })
}

pub(crate) fn category_row(conn: &Connection, id: i64) -> Result<Category, HonorError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM honor_category WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(HonorError::CategoryNotFound)
}

/// Whether any round of the category has opened: its rules and 资格审查 are then fixed.
pub(crate) fn voting_started(conn: &Connection, category_id: i64) -> Result<bool, HonorError> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM honor_round WHERE category_id = ?1 AND state <> 'draft')",
        [category_id],
        |r| r.get(0),
    )?)
}

/// How far a category's 公示 has gone: once issued, the rounds and counts behind it are frozen;
/// once confirmed, everything of the category is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Publicized {
    No,
    Issued,
    Confirmed,
}

pub(crate) fn publicized(conn: &Connection, category_id: i64) -> Result<Publicized, HonorError> {
    let confirmed: Option<Option<String>> = conn
        .query_row(
            "SELECT confirmed_at FROM honor_publicity WHERE category_id = ?1",
            [category_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(match confirmed {
        None => Publicized::No,
        Some(None) => Publicized::Issued,
        Some(Some(_)) => Publicized::Confirmed,
    })
}

/// A year within [`YEAR_MIN`]..=[`YEAR_MAX`].
pub(crate) fn check_year(year: i32) -> Result<(), HonorError> {
    if (YEAR_MIN..=YEAR_MAX).contains(&year) {
        Ok(())
    } else {
        Err(HonorError::YearOutOfRange {
            year,
            min: YEAR_MIN,
            max: YEAR_MAX,
        })
    }
}

fn check(input: &CategoryInput) -> Result<CategoryInput, HonorError> {
    let name = crate::text::required("评选项目名称", &input.name, CATEGORY_NAME_MAX)
        .map_err(HonorError::Invalid)?;
    check_year(input.year)?;
    if !(1..=QUOTA_MAX).contains(&input.quota) {
        return Err(HonorError::QuotaOutOfRange {
            name,
            quota: input.quota,
            max: QUOTA_MAX,
        });
    }
    if input.nominations_close_at <= input.nominations_open_at {
        return Err(HonorError::Invalid(format!(
            "“{name}”的推荐截止时间（{}）须晚于开始时间（{}）",
            show_time(input.nominations_close_at),
            show_time(input.nominations_open_at)
        )));
    }
    Ok(CategoryInput {
        name,
        ..input.clone()
    })
}

fn name_taken(conn: &Connection, year: i32, name: &str, except: i64) -> Result<bool, HonorError> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM honor_category WHERE year = ?1 AND name = ?2 AND id <> ?3)",
        params![year, name, except],
        |r| r.get(0),
    )?)
}

fn insert(
    conn: &Connection,
    c: &CategoryInput,
    sort_order: i32,
    now: NaiveDateTime,
) -> Result<i64, HonorError> {
    conn.execute(
        "INSERT INTO honor_category (year, name, target, quota, eligibility, nominations_open_at,
                                     nominations_close_at, sort_order, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            c.year,
            c.name,
            c.target.as_sql(),
            c.quota,
            c.eligibility.as_sql(),
            time_text(c.nominations_open_at),
            time_text(c.nominations_close_at),
            sort_order,
            time_text(now),
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

fn next_sort_order(conn: &Connection, year: i32) -> Result<i32, HonorError> {
    Ok(conn.query_row(
        "SELECT COALESCE(MAX(sort_order) + 1, 0) FROM honor_category WHERE year = ?1",
        [year],
        |r| r.get(0),
    )?)
}

/// Adds a category to a year.
pub fn create_category(
    conn: &mut Connection,
    input: &CategoryInput,
    now: NaiveDateTime,
) -> Result<Category, HonorError> {
    let input = check(input)?;
    let tx = write(conn)?;
    if name_taken(&tx, input.year, &input.name, 0)? {
        return Err(HonorError::DuplicateCategory {
            year: input.year,
            name: input.name,
        });
    }
    let order = next_sort_order(&tx, input.year)?;
    let id = insert(&tx, &input, order, now)?;
    tx.commit()?;
    category_row(conn, id)
}

/// Changes a category's rules; refused once a round of it has opened.
pub fn update_category(
    conn: &mut Connection,
    id: i64,
    input: &CategoryInput,
) -> Result<Category, HonorError> {
    let input = check(input)?;
    let tx = write(conn)?;
    let old = category_row(&tx, id)?;
    if voting_started(&tx, id)? {
        return Err(HonorError::CategoryLocked(old.name));
    }
    if name_taken(&tx, input.year, &input.name, id)? {
        return Err(HonorError::DuplicateCategory {
            year: input.year,
            name: input.name,
        });
    }
    tx.execute(
        "UPDATE honor_category SET year = ?2, name = ?3, target = ?4, quota = ?5, eligibility = ?6,
                nominations_open_at = ?7, nominations_close_at = ?8 WHERE id = ?1",
        params![
            id,
            input.year,
            input.name,
            input.target.as_sql(),
            input.quota,
            input.eligibility.as_sql(),
            time_text(input.nominations_open_at),
            time_text(input.nominations_close_at),
        ],
    )?;
    tx.commit()?;
    category_row(conn, id)
}

pub fn get_category(conn: &Connection, id: i64) -> Result<Category, HonorError> {
    category_row(conn, id)
}

/// The categories of `year`, in their display order.
pub fn list_categories(conn: &Connection, year: i32) -> Result<Vec<Category>, HonorError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM honor_category WHERE year = ?1 ORDER BY sort_order, id"
    ))?;
    let rows = stmt.query_map([year], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The seven categories of the speech, with their default 名额.
pub const DEFAULT_CATEGORIES: [(&str, Target, u32, Eligibility); 7] = [
    (
        "文明服务科室（单位）",
        Target::Department,
        2,
        Eligibility::None,
    ),
    ("文明服务标兵", Target::Person, 5, Eligibility::None),
    ("文明家庭", Target::Family, 5, Eligibility::None),
    ("党员先锋岗", Target::Person, 5, Eligibility::PartyMember),
    ("先进科室", Target::Department, 3, Eligibility::None),
    ("先进个人", Target::Person, 10, Eligibility::None),
    ("最美退役军人", Target::Person, 2, Eligibility::Veteran),
];

/// Creates the speech's seven categories for `year` — those not there yet, so running it twice
/// changes nothing. Nominations are open the whole year until the organizer narrows the window.
pub fn seed_default_categories(
    conn: &mut Connection,
    year: i32,
    now: NaiveDateTime,
) -> Result<Vec<Category>, HonorError> {
    check_year(year)?;
    let (Some(first), Some(next)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year + 1, 1, 1),
    ) else {
        return Err(HonorError::YearOutOfRange {
            year,
            min: YEAR_MIN,
            max: YEAR_MAX,
        });
    };
    let tx = write(conn)?;
    for (name, target, quota, eligibility) in DEFAULT_CATEGORIES {
        if name_taken(&tx, year, name, 0)? {
            continue;
        }
        let input = CategoryInput {
            year,
            name: name.into(),
            target,
            quota,
            eligibility,
            nominations_open_at: first.and_hms_opt(0, 0, 0).unwrap_or_default(),
            nominations_close_at: next.and_hms_opt(0, 0, 0).unwrap_or_default(),
        };
        let order = next_sort_order(&tx, year)?;
        insert(&tx, &check(&input)?, order, now)?;
    }
    tx.commit()?;
    list_categories(conn, year)
}
