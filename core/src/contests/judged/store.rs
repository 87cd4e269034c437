//! SQL for judged contests only. Nothing here commits; the functions in `contest.rs` own the
//! transactions.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension};

use super::model::*;
use crate::contests::{AwardPlan, Centi, Criterion, JudgingRules, ScoreSheet};
use crate::time::{opt_time_column, time_column, time_text};

/// The stored settings of a contest; `None` until the organizer first changes something.
pub struct ContestRow {
    pub rules: JudgingRules,
    pub awards: Option<AwardPlan>,
    pub published_at: Option<NaiveDateTime>,
}

fn json_err(i: usize, e: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
}

pub fn contest(conn: &Connection, activity_id: i64) -> rusqlite::Result<Option<ContestRow>> {
    conn.prepare_cached(
        "SELECT criteria, trim_from, decimals, recusal, award_plan, published_at
         FROM judged_contest WHERE activity_id = ?1",
    )?
    .query_row([activity_id], |r| {
        let criteria: Vec<Criterion> =
            serde_json::from_str(&r.get::<_, String>(0)?).map_err(|e| json_err(0, e))?;
        let awards = match r.get::<_, Option<String>>(4)? {
            Some(s) => Some(serde_json::from_str(&s).map_err(|e| json_err(4, e))?),
            None => None,
        };
        let published_at = opt_time_column(r, 5)?;
        Ok(ContestRow {
            rules: JudgingRules {
                criteria,
                trim_from: r.get(1)?,
                decimals: r.get(2)?,
                recusal: r.get(3)?,
            },
            awards,
            published_at,
        })
    })
    .optional()
}

/// Inserts or replaces the settings (not the publication).
pub fn save_settings(
    conn: &Connection,
    activity_id: i64,
    rules: &JudgingRules,
    awards: Option<&AwardPlan>,
) -> rusqlite::Result<()> {
    let criteria = serde_json::to_string(&rules.criteria).expect("criteria serialize");
    let awards = awards.map(|a| serde_json::to_string(a).expect("award plan serializes"));
    conn.execute(
        "INSERT INTO judged_contest (activity_id, criteria, trim_from, decimals, recusal, award_plan)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (activity_id) DO UPDATE SET criteria = ?2, trim_from = ?3, decimals = ?4,
             recusal = ?5, award_plan = ?6",
        params![
            activity_id,
            criteria,
            rules.trim_from,
            rules.decimals,
            rules.recusal,
            awards
        ],
    )?;
    Ok(())
}

pub fn judges(conn: &Connection, activity_id: i64) -> rusqlite::Result<Vec<ContestJudge>> {
    let mut stmt = conn.prepare_cached(
        "SELECT j.id, j.staff_id, j.name, j.department_id, d.name
         FROM contest_judge j LEFT JOIN department d ON d.id = j.department_id
         WHERE j.activity_id = ?1 ORDER BY j.id",
    )?;
    let rows = stmt.query_map([activity_id], |r| {
        Ok(ContestJudge {
            id: r.get(0)?,
            staff_id: r.get(1)?,
            name: r.get(2)?,
            department_id: r.get(3)?,
            department_name: r.get(4)?,
        })
    })?;
    rows.collect()
}

/// The activity a judge belongs to.
pub fn judge_activity(conn: &Connection, judge_id: i64) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT activity_id FROM contest_judge WHERE id = ?1",
        [judge_id],
        |r| r.get(0),
    )
    .optional()
}

pub fn insert_judge(
    conn: &Connection,
    activity_id: i64,
    staff_id: Option<i64>,
    name: &str,
    department_id: Option<i64>,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO contest_judge (activity_id, staff_id, name, department_id) VALUES (?1, ?2, ?3, ?4)",
        params![activity_id, staff_id, name, department_id],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn delete_judge(conn: &Connection, judge_id: i64) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM contest_score WHERE judge_id = ?1", [judge_id])?;
    conn.execute("DELETE FROM contest_judge WHERE id = ?1", [judge_id])?;
    Ok(())
}

pub fn sheets(conn: &Connection, activity_id: i64) -> rusqlite::Result<Vec<ScoreSheet>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.judge_id, s.entrant_id, s.marks FROM contest_score s
         JOIN contest_judge j ON j.id = s.judge_id
         WHERE j.activity_id = ?1 ORDER BY s.judge_id, s.entrant_id",
    )?;
    let rows = stmt.query_map([activity_id], |r| {
        let marks: Vec<u32> =
            serde_json::from_str(&r.get::<_, String>(2)?).map_err(|e| json_err(2, e))?;
        Ok(ScoreSheet {
            judge_id: r.get(0)?,
            entrant_id: r.get(1)?,
            marks: marks.into_iter().map(Centi).collect(),
        })
    })?;
    rows.collect()
}

pub fn has_sheets(conn: &Connection, activity_id: i64) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM contest_score s JOIN contest_judge j ON j.id = s.judge_id
                        WHERE j.activity_id = ?1)",
        [activity_id],
        |r| r.get(0),
    )
}

pub fn save_sheet(
    conn: &Connection,
    sheet: &ScoreSheet,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    let marks: Vec<u32> = sheet.marks.iter().map(|m| m.hundredths()).collect();
    conn.execute(
        "INSERT INTO contest_score (judge_id, entrant_id, marks, entered_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (judge_id, entrant_id) DO UPDATE SET marks = ?3, entered_at = ?4",
        params![
            sheet.judge_id,
            sheet.entrant_id,
            serde_json::to_string(&marks).expect("marks serialize"),
            time_text(now)
        ],
    )?;
    Ok(())
}

/// Takes back one judge's score for one entrant (if any).
pub fn delete_sheet(conn: &Connection, judge_id: i64, entrant_id: i64) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM contest_score WHERE judge_id = ?1 AND entrant_id = ?2",
        params![judge_id, entrant_id],
    )?;
    Ok(())
}

pub fn log(conn: &Connection, activity_id: i64) -> rusqlite::Result<Vec<ResultLogEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT action, reason, at FROM contest_log WHERE activity_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([activity_id], |r| {
        let action = match r.get::<_, String>(0)?.as_str() {
            "publish" => ResultAction::Publish,
            _ => ResultAction::Unlock,
        };
        Ok(ResultLogEntry {
            action,
            reason: r.get(1)?,
            at: time_column(r, 2)?,
        })
    })?;
    rows.collect()
}

pub fn add_log(
    conn: &Connection,
    activity_id: i64,
    action: ResultAction,
    reason: &str,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO contest_log (activity_id, action, reason, at) VALUES (?1, ?2, ?3, ?4)",
        params![activity_id, action.as_sql(), reason, time_text(now)],
    )?;
    Ok(())
}
