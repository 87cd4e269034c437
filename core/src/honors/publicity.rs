//! 公示 after the vote: issue the notice, record objections and their resolution, then confirm the
//! honors, which go on the person's or the 科室's record.

use chrono::{Days, NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension};

use super::categories::category_row;
use super::model::*;
use super::nominations::nominations;
use super::notice::{elected_nominations, notice_text};
use super::rounds::rounds;
use super::{time_text, write, HonorError};
use crate::time::{date_column, date_text, opt_time_column, show_date, time_column};

/// The day the category's last closed round closed.
fn last_closed_on(conn: &Connection, category_id: i64) -> Result<Option<NaiveDate>, HonorError> {
    let closed = conn.query_row(
        "SELECT MAX(closed_at) FROM honor_round WHERE category_id = ?1 AND state = 'closed'",
        [category_id],
        |r| opt_time_column(r, 0),
    )?;
    Ok(closed.map(|t| t.date()))
}

/// A 公示 starts no earlier than the day the last round closed and no later than
/// [`PUBLICITY_START_MAX_DAYS_AHEAD`] days after today.
fn check_start(
    conn: &Connection,
    category_id: i64,
    from: NaiveDate,
    today: NaiveDate,
) -> Result<(), HonorError> {
    if let Some(closed) = last_closed_on(conn, category_id)? {
        if from < closed {
            return Err(HonorError::PublicityBeforeClose {
                from: show_date(from),
                closed: show_date(closed),
            });
        }
    }
    let days = PUBLICITY_START_MAX_DAYS_AHEAD;
    let latest = today
        .checked_add_days(Days::new(days.unsigned_abs()))
        .unwrap_or(today);
    if from > latest {
        return Err(HonorError::PublicityTooFarAhead {
            from: show_date(from),
            latest: show_date(latest),
            days,
        });
    }
    Ok(())
}

/// 发布公示: the notice of everyone elected in the category's closed rounds, for
/// [`NOTICE_WORKING_DAYS`] working days from `from`, which lies between the day the last round
/// closed and [`PUBLICITY_START_MAX_DAYS_AHEAD`] days from today. It can be issued again (say,
/// with another start date) until the first objection is recorded; refused while a round is
/// still open, and when the rounds together elected more than the 名额. Once issued, the rounds,
/// the paper counts and the nominations behind it are frozen.
pub fn start_publicity(
    conn: &mut Connection,
    category_id: i64,
    from: NaiveDate,
    objections_to: &str,
    now: NaiveDateTime,
) -> Result<Publicity, HonorError> {
    let tx = write(conn)?;
    let c = category_row(&tx, category_id)?;
    if let Some(r) = rounds(&tx, category_id)?
        .into_iter()
        .find(|r| r.state == RoundState::Open)
    {
        return Err(HonorError::RoundStillOpen(r.title));
    }
    if let Some(p) = load(&tx, category_id)? {
        if p.confirmed_at.is_some() {
            return Err(HonorError::PublicityConfirmed(c.name));
        }
        if !p.objections.is_empty() {
            return Err(HonorError::PublicityHasObjections(c.name));
        }
    }
    check_start(&tx, category_id, from, now.date())?;
    let people = elected_nominations(&tx, category_id)?;
    if people.len() > c.quota as usize {
        return Err(HonorError::OverQuota {
            category: c.name,
            elected: people.len(),
            quota: c.quota,
        });
    }
    let notice = notice_text(&tx, category_id, &people, from, objections_to)?;
    tx.execute(
        "DELETE FROM honor_publicity WHERE category_id = ?1",
        [category_id],
    )?;
    tx.execute(
        "INSERT INTO honor_publicity
            (category_id, starts_on, ends_on, objections_to, title, text, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            category_id,
            date_text(notice.starts_on),
            date_text(notice.ends_on),
            objections_to.trim(),
            notice.title,
            notice.text,
            time_text(now)
        ],
    )?;
    for n in &people {
        tx.execute(
            "INSERT INTO honor_publicity_nominee (category_id, nomination_id) VALUES (?1, ?2)",
            params![category_id, n.id],
        )?;
    }
    tx.commit()?;
    publicity_or_missing(conn, category_id)
}

/// The 公示 of a category, if one was issued.
pub fn publicity(conn: &Connection, category_id: i64) -> Result<Option<Publicity>, HonorError> {
    category_row(conn, category_id)?;
    load(conn, category_id)
}

fn publicity_or_missing(conn: &Connection, category_id: i64) -> Result<Publicity, HonorError> {
    let c = category_row(conn, category_id)?;
    load(conn, category_id)?.ok_or(HonorError::NoPublicity(c.name))
}

fn load(conn: &Connection, category_id: i64) -> Result<Option<Publicity>, HonorError> {
    let row = conn
        .query_row(
            "SELECT starts_on, ends_on, objections_to, title, text, confirmed_at
             FROM honor_publicity WHERE category_id = ?1",
            [category_id],
            |r| {
                Ok((
                    date_column(r, 0)?,
                    date_column(r, 1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    opt_time_column(r, 5)?,
                ))
            },
        )
        .optional()?;
    let Some((starts_on, ends_on, objections_to, title, text, confirmed_at)) = row else {
        return Ok(None);
    };
    let named: Vec<i64> = conn
        .prepare("SELECT nomination_id FROM honor_publicity_nominee WHERE category_id = ?1")?
        .query_map([category_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let all = nominations(conn, category_id)?;
    let nominees: Vec<Nomination> = all
        .iter()
        .filter(|n| named.contains(&n.id))
        .cloned()
        .collect();
    let mut stmt = conn.prepare(
        "SELECT id, nomination_id, received_on, content, resolution, upheld
         FROM honor_objection WHERE category_id = ?1 ORDER BY received_on, id",
    )?;
    let objections = stmt
        .query_map([category_id], |r| {
            let nomination_id: Option<i64> = r.get(1)?;
            Ok(Objection {
                id: r.get(0)?,
                nomination_id,
                nominee: nomination_id
                    .and_then(|id| all.iter().find(|n| n.id == id))
                    .map(|n| n.nominee.clone()),
                received_on: date_column(r, 2)?,
                content: r.get(3)?,
                resolution: r.get(4)?,
                upheld: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Some(Publicity {
        category_id,
        notice: Notice {
            title,
            text,
            starts_on,
            ends_on,
        },
        objections_to,
        nominees,
        objections,
        confirmed_at,
    }))
}

/// A 公示 that can still take objections and resolutions.
fn running(conn: &Connection, category_id: i64) -> Result<Publicity, HonorError> {
    let p = publicity_or_missing(conn, category_id)?;
    if p.confirmed_at.is_some() {
        let c = category_row(conn, category_id)?;
        return Err(HonorError::PublicityConfirmed(c.name));
    }
    Ok(p)
}

/// 记录异议 received during the 公示, about one of the nominees or the result as a whole.
pub fn add_objection(
    conn: &mut Connection,
    category_id: i64,
    input: &ObjectionInput,
    now: NaiveDateTime,
) -> Result<Publicity, HonorError> {
    let content = crate::text::required("异议内容", &input.content, OBJECTION_MAX)
        .map_err(HonorError::Invalid)?;
    let tx = write(conn)?;
    let p = running(&tx, category_id)?;
    if let Some(id) = input.nomination_id {
        if !p.nominees.iter().any(|n| n.id == id) {
            return Err(HonorError::NotOnNotice);
        }
    }
    if input.received_on < p.notice.starts_on || input.received_on > now.date() {
        return Err(HonorError::Invalid(format!(
            "收到日期应在公示开始（{}）与今天之间",
            show_date(p.notice.starts_on)
        )));
    }
    tx.execute(
        "INSERT INTO honor_objection (category_id, nomination_id, received_on, content)
         VALUES (?1, ?2, ?3, ?4)",
        params![
            category_id,
            input.nomination_id,
            date_text(input.received_on),
            content
        ],
    )?;
    tx.commit()?;
    publicity_or_missing(conn, category_id)
}

/// 处理异议: the finding in words, and whether it is upheld (then that nominee is not confirmed).
pub fn resolve_objection(
    conn: &mut Connection,
    objection_id: i64,
    resolution: &str,
    upheld: bool,
    now: NaiveDateTime,
) -> Result<Publicity, HonorError> {
    let resolution = crate::text::required("处理结果", resolution, OBJECTION_MAX)
        .map_err(|_| HonorError::ResolutionRequired)?;
    let tx = write(conn)?;
    let found: Option<(i64, Option<i64>)> = tx
        .query_row(
            "SELECT category_id, nomination_id FROM honor_objection WHERE id = ?1",
            [objection_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (category_id, nomination_id) = found.ok_or(HonorError::ObjectionNotFound)?;
    running(&tx, category_id)?;
    if upheld && nomination_id.is_none() {
        return Err(HonorError::Invalid(
            "这条异议没有指向某一名拟表彰对象，不能认定为“异议成立”；如需撤销某人，请另记一条指明对象的异议".into(),
        ));
    }
    tx.execute(
        "UPDATE honor_objection SET resolution = ?2, upheld = ?3, resolved_at = ?4 WHERE id = ?1",
        params![objection_id, resolution, upheld, time_text(now)],
    )?;
    tx.commit()?;
    publicity_or_missing(conn, category_id)
}

/// 公示结束，确认表彰: after the last day of the period, with every objection resolved. The
/// nominees of the notice, less those with an upheld objection, get the honor on their record.
pub fn confirm_publicity(
    conn: &mut Connection,
    category_id: i64,
    now: NaiveDateTime,
) -> Result<Publicity, HonorError> {
    let tx = write(conn)?;
    let p = running(&tx, category_id)?;
    if now.date() <= p.notice.ends_on {
        return Err(HonorError::PublicityRunning(show_date(p.notice.ends_on)));
    }
    let open = p
        .objections
        .iter()
        .filter(|o| o.resolution.is_none())
        .count();
    if open > 0 {
        return Err(HonorError::ObjectionsOpen(open));
    }
    for n in &p.nominees {
        let withdrawn = p
            .objections
            .iter()
            .any(|o| o.nomination_id == Some(n.id) && o.upheld == Some(true));
        if !withdrawn {
            tx.execute(
                "INSERT INTO honor_award (category_id, nomination_id, confirmed_at)
                 VALUES (?1, ?2, ?3)",
                params![category_id, n.id, time_text(now)],
            )?;
        }
    }
    tx.execute(
        "UPDATE honor_publicity SET confirmed_at = ?2 WHERE category_id = ?1",
        params![category_id, time_text(now)],
    )?;
    tx.commit()?;
    publicity_or_missing(conn, category_id)
}

const AWARDS: &str = "SELECT a.category_id, c.year, c.name, a.nomination_id, a.confirmed_at
    FROM honor_award a
    JOIN honor_category c ON c.id = a.category_id
    JOIN honor_nomination n ON n.id = a.nomination_id";

/// The honors whose `filter` column equals `value`, with the nominee's name and 科室.
fn award_rows(conn: &Connection, filter: &str, value: i64) -> Result<Vec<Award>, HonorError> {
    let mut stmt = conn.prepare(&format!(
        "{AWARDS} WHERE {filter} = ?1 ORDER BY c.year DESC, c.sort_order, a.nomination_id"
    ))?;
    let awards: Vec<Award> = stmt
        .query_map([value], |r| {
            Ok(Award {
                category_id: r.get(0)?,
                year: r.get(1)?,
                category: r.get(2)?,
                nomination_id: r.get(3)?,
                confirmed_at: time_column(r, 4)?,
                staff_id: None,
                department_id: None,
                nominee: String::new(),
                department_name: String::new(),
            })
        })?
        .collect::<Result<_, _>>()?;
    awards
        .into_iter()
        .map(|a| {
            let n = super::nominations::nomination_row(conn, a.nomination_id)?;
            Ok(Award {
                staff_id: n.staff_id,
                department_id: n.department_id,
                nominee: n.nominee,
                department_name: n.department_name,
                ..a
            })
        })
        .collect()
}

/// 荣誉榜: the honors confirmed for a year, category by category.
pub fn awards(conn: &Connection, year: i32) -> Result<Vec<Award>, HonorError> {
    award_rows(conn, "c.year", year as i64)
}

/// The honors on one person's record (their family's included), newest year first.
pub fn staff_awards(conn: &Connection, staff_id: i64) -> Result<Vec<Award>, HonorError> {
    award_rows(conn, "n.staff_id", staff_id)
}

/// The honors on one 科室's record, newest year first.
pub fn department_awards(conn: &Connection, department_id: i64) -> Result<Vec<Award>, HonorError> {
    award_rows(conn, "n.department_id", department_id)
}

/// A 公示 issued, as evidence for the 创建台账 (keyed by its category).
#[derive(Debug, Clone, PartialEq)]
pub struct IssuedPublicity {
    pub category_id: i64,
    pub category: String,
    pub title: String,
    pub starts_on: NaiveDate,
    pub confirmed: bool,
}

/// The 公示 whose period starts in the years `from_year..=to_year`, oldest first.
pub fn issued_publicities(
    conn: &Connection,
    from_year: i32,
    to_year: i32,
) -> Result<Vec<IssuedPublicity>, crate::error::StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.category_id, c.name, p.title, p.starts_on, p.confirmed_at IS NOT NULL
         FROM honor_publicity p JOIN honor_category c ON c.id = p.category_id
         WHERE p.starts_on >= ?1 AND p.starts_on < ?2
         ORDER BY p.starts_on, p.category_id",
    )?;
    let from = format!("{from_year:04}-01-01");
    let until = format!("{:04}-01-01", to_year.saturating_add(1));
    let rows = stmt.query_map(params![from, until], |r| {
        Ok(IssuedPublicity {
            category_id: r.get(0)?,
            category: r.get(1)?,
            title: r.get(2)?,
            starts_on: crate::time::parse_date(&r.get::<_, String>(3)?).unwrap_or_default(),
            confirmed: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
