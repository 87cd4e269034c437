//! The activity list in SQL: one page in list order (newest start first, `activity_by_start`, or
//! `activity_by_phase` under a state filter) and its total, from `tally_activity` where the
//! filters allow, so that a page costs the same whatever the number of activities.

use chrono::NaiveDateTime;
use rusqlite::types::Value;
use rusqlite::{Connection, ToSql};

use super::{activity_from_row, ActivityRow, ACTIVITY_COLUMNS};
use crate::activities::model::{state_condition, ActivityQuery, ActivityState};
use crate::time::time_text;

/// The list's conditions and the named values they read.
struct Filter {
    conditions: Vec<&'static str>,
    values: Vec<(&'static str, Value)>,
}

impl Filter {
    fn new(q: &ActivityQuery, staff_view: bool, now: NaiveDateTime) -> Filter {
        let mut f = Filter {
            conditions: Vec::new(),
            values: Vec::new(),
        };
        if staff_view {
            f.conditions.push("a.phase <> 'draft'");
        }
        if let Some(state) = q.state {
            let condition = state_condition(state);
            f.conditions.push(condition);
            if condition.contains(":now") {
                f.values.push((":now", time_text(now).into()));
            }
        }
        if let Some(kind) = q.kind {
            f.conditions.push("a.kind = :kind");
            f.values.push((":kind", kind.as_sql().to_string().into()));
        }
        if let Some(month) = &q.month {
            // The range lets `activity_by_start` serve it; the prefix keeps it exact.
            f.conditions.push(
                "a.starts_at >= :month AND a.starts_at < :month || '-99'
                 AND substr(a.starts_at, 1, 7) = :month",
            );
            f.values.push((":month", month.clone().into()));
        }
        if let Some(department) = q.department_id {
            f.conditions.push(
                "(NOT EXISTS (SELECT 1 FROM activity_department x WHERE x.activity_id = a.id)
                  OR EXISTS (SELECT 1 FROM activity_department x
                             WHERE x.activity_id = a.id AND x.department_id = :department))",
            );
            f.values.push((":department", department.into()));
        }
        let text = q.text.trim();
        if !text.is_empty() {
            f.conditions
                .push("(a.title LIKE :text ESCAPE '\\' OR a.place LIKE :text ESCAPE '\\')");
            let escaped = text
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            f.values.push((":text", format!("%{escaped}%").into()));
        }
        f
    }

    fn sql(&self) -> String {
        if self.conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.conditions.join(" AND "))
        }
    }

    fn params<'a>(&'a self, more: &'a [(&'static str, Value)]) -> Vec<(&'a str, &'a dyn ToSql)> {
        self.values
            .iter()
            .chain(more)
            .map(|(name, value)| (*name, value as &dyn ToSql))
            .collect()
    }
}

/// One page of the list: `limit` activities from the `offset`-th on, newest start first.
pub fn activity_page(
    conn: &Connection,
    q: &ActivityQuery,
    staff_view: bool,
    now: NaiveDateTime,
    limit: i64,
    offset: i64,
) -> rusqlite::Result<Vec<ActivityRow>> {
    let filter = Filter::new(q, staff_view, now);
    let more = [(":limit", limit.into()), (":offset", offset.into())];
    let rows = conn
        .prepare_cached(&page_sql(&filter))?
        .query_map(&*filter.params(&more), activity_from_row)?
        .collect();
    rows
}

fn page_sql(filter: &Filter) -> String {
    format!(
        "SELECT {ACTIVITY_COLUMNS} FROM activity a {}
         ORDER BY a.starts_at DESC, a.id DESC LIMIT :limit OFFSET :offset",
        filter.sql()
    )
}

/// How many activities the list has with these filters. Kind and state alone are counted from
/// `tally_activity` and, for the states that follow the clock, over the activities still ahead;
/// a month, a 科室 or a text counts the rows it selects.
pub fn activity_total(
    conn: &Connection,
    q: &ActivityQuery,
    staff_view: bool,
    now: NaiveDateTime,
) -> rusqlite::Result<i64> {
    let tallied = q.month.is_none() && q.department_id.is_none() && q.text.trim().is_empty();
    let phases = match q.state {
        _ if !tallied => return counted(conn, &Filter::new(q, staff_view, now)),
        Some(ActivityState::Upcoming | ActivityState::Open | ActivityState::Closed) => {
            return counted(conn, &Filter::new(q, staff_view, now))
        }
        None if staff_view => "'published', 'finished', 'cancelled'",
        None => "'draft', 'published', 'finished', 'cancelled'",
        Some(ActivityState::Draft) if staff_view => return Ok(0),
        Some(ActivityState::Draft) => "'draft'",
        Some(ActivityState::Finished) => "'finished'",
        Some(ActivityState::Cancelled) => "'cancelled'",
        Some(ActivityState::InProgress) => "'published'",
    };
    let kind: Value = q.kind.map(|k| k.as_sql().to_string()).into();
    let tally: i64 = conn
        .prepare_cached(&format!(
            "SELECT coalesce(sum(n), 0) FROM tally_activity
             WHERE phase IN ({phases}) AND (:kind IS NULL OR kind = :kind)"
        ))?
        .query_row(&[(":kind", &kind as &dyn ToSql)][..], |r| r.get(0))?;
    if q.state != Some(ActivityState::InProgress) {
        return Ok(tally);
    }
    // 进行中: the published ones but those still ahead.
    let ahead: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM activity a
             WHERE a.phase = 'published' AND a.starts_at > :now AND (:kind IS NULL OR a.kind = :kind)",
        )?
        .query_row(
            &[
                (":now", &time_text(now) as &dyn ToSql),
                (":kind", &kind as &dyn ToSql),
            ][..],
            |r| r.get(0),
        )?;
    Ok(tally - ahead)
}

fn counted(conn: &Connection, filter: &Filter) -> rusqlite::Result<i64> {
    conn.prepare_cached(&format!("SELECT count(*) FROM activity a {}", filter.sql()))?
        .query_row(&*filter.params(&[]), |r| r.get(0))
}

/// How SQLite reads the first page of the list, unfiltered, in staff mode and under each state
/// filter (`EXPLAIN QUERY PLAN`, one line per step).
#[cfg(test)]
pub fn plans(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    use crate::activities::model::ActivityState as S;
    let states = [
        None,
        Some(S::Draft),
        Some(S::Upcoming),
        Some(S::Open),
        Some(S::Closed),
        Some(S::InProgress),
        Some(S::Finished),
        Some(S::Cancelled),
    ];
    let mut plans = Vec::new();
    for (state, staff_view) in states.iter().flat_map(|s| [(*s, false), (*s, true)]) {
        let q = ActivityQuery {
            state,
            ..Default::default()
        };
        let filter = Filter::new(&q, staff_view, crate::testkit::november(10, 9));
        let more = [(":limit", 20.into()), (":offset", 0.into())];
        let lines: Vec<String> = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", page_sql(&filter)))?
            .query_map(&*filter.params(&more), |r| r.get(3))?
            .collect::<rusqlite::Result<_>>()?;
        plans.push(format!(
            "{state:?} staff={staff_view}: {}",
            lines.join("; ")
        ));
    }
    Ok(plans)
}
