//! 公示: the notice text of a category's result — unit, category, the elected with their 科室, the
//! period of 5 working days and where to raise objections.

use chrono::{Datelike, NaiveDate, Weekday};
use rusqlite::Connection;

use super::categories::category_row;
use super::model::*;
use super::nominations::nominations;
use super::rounds::rounds;
use super::tally::tally_round;
use super::HonorError;
use crate::time::show_date;

fn is_working_day(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The first and last day of a period of `days` working days from `from` (a weekend start moves
/// to the Monday). Weekends are skipped; public holidays and 调休 are not known to the app, so
/// the organizer checks the dates in such weeks.
pub fn working_days(from: NaiveDate, days: u32) -> (NaiveDate, NaiveDate) {
    let mut start = from;
    while !is_working_day(start) {
        start = start.succ_opt().unwrap_or(start);
    }
    let mut end = start;
    let mut left = days.max(1) - 1;
    while left > 0 {
        end = end.succ_opt().unwrap_or(end);
        if is_working_day(end) {
            left -= 1;
        }
    }
    (start, end)
}

/// The nominations elected in a category's closed rounds (a runoff included), in list order.
pub(crate) fn elected_nominations(
    conn: &Connection,
    category_id: i64,
) -> Result<Vec<Nomination>, HonorError> {
    let mut elected: Vec<i64> = Vec::new();
    for r in rounds(conn, category_id)? {
        if r.state == RoundState::Closed {
            elected.extend(tally_round(conn, r.id)?.elected);
        }
    }
    Ok(nominations(conn, category_id)?
        .into_iter()
        .filter(|n| elected.contains(&n.id))
        .collect())
}

/// The 公示 of a category: everyone elected in its closed rounds (a runoff included), for
/// [`NOTICE_WORKING_DAYS`] working days from `from`, objections to `objections_to`.
pub fn publicity_notice(
    conn: &Connection,
    category_id: i64,
    from: NaiveDate,
    objections_to: &str,
) -> Result<Notice, HonorError> {
    let people = elected_nominations(conn, category_id)?;
    notice_text(conn, category_id, &people, from, objections_to)
}

pub(crate) fn notice_text(
    conn: &Connection,
    category_id: i64,
    people: &[Nomination],
    from: NaiveDate,
    objections_to: &str,
) -> Result<Notice, HonorError> {
    let objections_to = crate::text::required("异议受理", objections_to, OBJECTIONS_TO_MAX)
        .map_err(HonorError::Invalid)?;
    let c = category_row(conn, category_id)?;
    if people.is_empty() {
        return Err(HonorError::NothingElected(c.name));
    }
    let unit = crate::settings::unit_info(conn)?.unit_name;
    let (starts_on, ends_on) = working_days(from, NOTICE_WORKING_DAYS);
    let title = format!("关于{}年度“{}”评选结果的公示", c.year, c.name);
    let lines: Vec<String> = people
        .iter()
        .enumerate()
        .map(|(i, n)| match c.target {
            Target::Department => format!("{}. {}", i + 1, n.nominee),
            _ => format!("{}. {}（{}）", i + 1, n.nominee, n.department_name),
        })
        .collect();
    let measure = match c.target {
        Target::Department => "个",
        Target::Person => "名",
        Target::Family => "户",
    };
    let text = format!(
        "{title}\n\n经推荐、资格审查和投票，拟评选以下{count}{measure}为{year}年度“{name}”，现予公示：\n\n\
         {list}\n\n公示期为{start}至{end}（{days}个工作日）。公示期间，如对上述人选有异议，\
         请向{objections_to}反映。反映情况须实事求是，以真实姓名反映的，我们将予以保密。\n\n\
         {unit}\n{start}",
        count = people.len(),
        year = c.year,
        name = c.name,
        list = lines.join("\n"),
        start = show_date(starts_on),
        end = show_date(ends_on),
        days = NOTICE_WORKING_DAYS,
    );
    Ok(Notice {
        title,
        text,
        starts_on,
        ends_on,
    })
}
