//! The SQL of 评诺 (`pledge_round`, `pledge_round_rater`, `pledge_round_owner`, `pledge_rating`,
//! `pledge_sheet`, `pledge_sheet_owner`). Anonymous ratings are not here: they are counters of the
//! shared secret ballot ([`crate::ballot`]).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::eval_model::*;
use super::model::Owner;
use crate::time::{opt_time_column, time_column, time_text};

const ROUND_COLUMNS: &str = "id, year, title, mode, colleagues, score_satisfied, score_basic,
    score_unsatisfied, weight_leaders, weight_colleagues, weight_self, excellent_from, good_from,
    fair_from, excellent_cap_percent, state, created_at,
    (SELECT COUNT(*) FROM pledge_round_owner o WHERE o.round_id = pledge_round.id)";

fn round_row(r: &Row) -> rusqlite::Result<PledgeRound> {
    Ok(PledgeRound {
        id: r.get(0)?,
        year: r.get(1)?,
        title: r.get(2)?,
        mode: r.get(3)?,
        colleagues: r.get(4)?,
        scoring: Scoring {
            satisfied: r.get(5)?,
            basic: r.get(6)?,
            unsatisfied: r.get(7)?,
            leaders_weight: r.get(8)?,
            colleagues_weight: r.get(9)?,
            self_weight: r.get(10)?,
            excellent_from: r.get(11)?,
            good_from: r.get(12)?,
            fair_from: r.get(13)?,
            excellent_cap_percent: r.get(14)?,
        },
        state: r.get(15)?,
        created_at: time_column(r, 16)?,
        owners: r.get(17)?,
        leaders: Vec::new(),
        chosen_colleagues: Vec::new(),
        allowed: Default::default(),
    })
}

fn raters(conn: &Connection, round_id: i64, grp: &str) -> rusqlite::Result<Vec<Rater>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.name, d.name FROM pledge_round_rater r
         JOIN staff s ON s.id = r.staff_id JOIN department d ON d.id = s.department_id
         WHERE r.round_id = ?1 AND r.grp = ?2 ORDER BY s.employee_no",
    )?;
    let rows = stmt.query_map(params![round_id, grp], |r| {
        Ok(Rater {
            staff_id: r.get(0)?,
            name: r.get(1)?,
            department_name: r.get(2)?,
        })
    })?;
    rows.collect()
}

pub fn round(conn: &Connection, id: i64) -> rusqlite::Result<Option<PledgeRound>> {
    let found = conn
        .query_row(
            &format!("SELECT {ROUND_COLUMNS} FROM pledge_round WHERE id = ?1"),
            [id],
            round_row,
        )
        .optional()?;
    let Some(mut round) = found else {
        return Ok(None);
    };
    round.leaders = raters(conn, id, "leaders")?;
    round.chosen_colleagues = raters(conn, id, "colleagues")?;
    Ok(Some(round))
}

pub fn round_ids(conn: &Connection, year: Option<i32>) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM pledge_round WHERE ?1 IS NULL OR year = ?1 ORDER BY year DESC, id",
    )?;
    let ids = stmt.query_map([year], |r| r.get(0))?;
    ids.collect()
}

/// Writes the round's settings (a new round when `id` is `None`) and its chosen raters.
pub fn save_round(
    conn: &Connection,
    id: Option<i64>,
    input: &PledgeRoundInput,
    now: NaiveDateTime,
) -> rusqlite::Result<i64> {
    let s = &input.scoring;
    let settings = params![
        input.year,
        input.title,
        input.mode.as_sql(),
        input.colleagues.as_sql(),
        s.satisfied,
        s.basic,
        s.unsatisfied,
        s.leaders_weight,
        s.colleagues_weight,
        s.self_weight,
        s.excellent_from,
        s.good_from,
        s.fair_from,
        s.excellent_cap_percent,
    ];
    let id = match id {
        None => {
            let mut values = settings.to_vec();
            let created = time_text(now);
            values.push(&created);
            conn.execute(
                "INSERT INTO pledge_round (year, title, mode, colleagues, score_satisfied,
                   score_basic, score_unsatisfied, weight_leaders, weight_colleagues, weight_self,
                   excellent_from, good_from, fair_from, excellent_cap_percent, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                values.as_slice(),
            )?;
            conn.last_insert_rowid()
        }
        Some(id) => {
            let mut values = settings.to_vec();
            values.push(&id);
            conn.execute(
                "UPDATE pledge_round SET year = ?1, title = ?2, mode = ?3, colleagues = ?4,
                   score_satisfied = ?5, score_basic = ?6, score_unsatisfied = ?7,
                   weight_leaders = ?8, weight_colleagues = ?9, weight_self = ?10,
                   excellent_from = ?11, good_from = ?12, fair_from = ?13,
                   excellent_cap_percent = ?14
                 WHERE id = ?15",
                values.as_slice(),
            )?;
            conn.execute("DELETE FROM pledge_round_rater WHERE round_id = ?1", [id])?;
            id
        }
    };
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO pledge_round_rater (round_id, staff_id, grp) VALUES (?1, ?2, ?3)",
    )?;
    for s in &input.leader_ids {
        insert.execute(params![id, s, "leaders"])?;
    }
    for s in &input.colleague_ids {
        insert.execute(params![id, s, "colleagues"])?;
    }
    Ok(id)
}

pub fn set_state(
    conn: &Connection,
    id: i64,
    state: RoundState,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    let column = match state {
        RoundState::Open => "opened_at",
        RoundState::Closed => "closed_at",
        RoundState::Draft => "created_at",
    };
    conn.execute(
        &format!("UPDATE pledge_round SET state = ?2, {column} = ?3 WHERE id = ?1"),
        params![id, state.as_sql(), time_text(now)],
    )?;
    Ok(())
}

/// Fixes the owners of a round: every pledge of its year. Returns how many.
/// How many pledges of the year were published.
pub fn pledges_of_year(conn: &Connection, year: i32) -> rusqlite::Result<u32> {
    conn.query_row("SELECT COUNT(*) FROM pledge WHERE year = ?1", [year], |r| {
        r.get(0)
    })
}

pub fn snapshot_owners(conn: &Connection, round_id: i64, year: i32) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT INTO pledge_round_owner (round_id, pledge_id)
         SELECT ?1, id FROM pledge WHERE year = ?2",
        params![round_id, year],
    )
}

/// An owner of a round: the pledge, whose it is, and their 科室.
#[derive(Debug, Clone)]
pub struct OwnerRow {
    pub pledge_id: i64,
    pub owner: Owner,
    pub owner_name: String,
    pub department_id: i64,
    pub department_name: String,
}

/// The owners of a round, in the 亮诺墙's order.
pub fn owners(conn: &Connection, round_id: i64) -> rusqlite::Result<Vec<OwnerRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.staff_id, p.department_id, COALESCE(s.name, d.name), od.id, od.name
         FROM pledge_round_owner o
         JOIN pledge p ON p.id = o.pledge_id
         LEFT JOIN staff s ON s.id = p.staff_id
         LEFT JOIN department d ON d.id = p.department_id
         JOIN department od ON od.id = COALESCE(s.department_id, p.department_id)
         WHERE o.round_id = ?1
         ORDER BY od.sort_order, od.id, p.staff_id IS NOT NULL, s.employee_no, p.id",
    )?;
    let rows = stmt.query_map([round_id], |r| {
        Ok(OwnerRow {
            pledge_id: r.get(0)?,
            owner: match r.get::<_, Option<i64>>(1)? {
                Some(staff_id) => Owner::Person { staff_id },
                None => Owner::Department {
                    department_id: r.get(2)?,
                },
            },
            owner_name: r.get(3)?,
            department_id: r.get(4)?,
            department_name: r.get(5)?,
        })
    })?;
    rows.collect()
}

/// Is this staff member a chosen rater of the group in the round?
pub fn is_rater(
    conn: &Connection,
    round_id: i64,
    grp: RaterGroup,
    staff_id: i64,
) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM pledge_round_rater
                        WHERE round_id = ?1 AND grp = ?2 AND staff_id = ?3)",
        params![round_id, grp.as_sql(), staff_id],
        |r| r.get(0),
    )
}

pub fn chosen_count(conn: &Connection, round_id: i64, grp: RaterGroup) -> rusqlite::Result<u32> {
    conn.query_row(
        "SELECT COUNT(*) FROM pledge_round_rater WHERE round_id = ?1 AND grp = ?2",
        params![round_id, grp.as_sql()],
        |r| r.get(0),
    )
}

/// Active people of a 科室 (the colleagues of its owners).
pub fn active_in_department(conn: &Connection, department_id: i64) -> rusqlite::Result<u32> {
    conn.query_row(
        "SELECT COUNT(*) FROM staff WHERE department_id = ?1 AND active = 1",
        [department_id],
        |r| r.get(0),
    )
}

/// The rating this rater gave this owner in the round, if any.
pub fn named_rating(
    conn: &Connection,
    round_id: i64,
    pledge_id: i64,
    rater: i64,
) -> rusqlite::Result<Option<Rating>> {
    conn.query_row(
        "SELECT rating FROM pledge_rating
         WHERE round_id = ?1 AND pledge_id = ?2 AND rater_staff_id = ?3",
        params![round_id, pledge_id, rater],
        |r| r.get(0),
    )
    .optional()
}

pub fn insert_rating(
    conn: &Connection,
    input: &RatingInput,
    rater: i64,
    grp: RaterGroup,
    now: NaiveDateTime,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO pledge_rating (round_id, pledge_id, rater_staff_id, grp, rating, comment,
                                    rated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            input.round_id,
            input.pledge_id,
            rater,
            grp.as_sql(),
            input.rating.as_sql(),
            input.comment,
            time_text(now)
        ],
    )?;
    Ok(())
}

/// Named ratings of a round counted per (pledge, group, rating), and their comments per pledge.
pub type NamedCounts = HashMap<(i64, RaterGroup, Rating), u32>;

pub fn named_counts(conn: &Connection, round_id: i64) -> rusqlite::Result<NamedCounts> {
    let mut stmt = conn.prepare_cached(
        "SELECT pledge_id, grp, rating, COUNT(*) FROM pledge_rating WHERE round_id = ?1
         GROUP BY pledge_id, grp, rating",
    )?;
    let rows = stmt.query_map([round_id], |r| {
        Ok(((r.get(0)?, r.get(1)?, r.get(2)?), r.get(3)?))
    })?;
    rows.collect()
}

pub fn comments(conn: &Connection, round_id: i64) -> rusqlite::Result<HashMap<i64, Vec<String>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT pledge_id, comment FROM pledge_rating WHERE round_id = ?1 AND comment <> ''
         ORDER BY pledge_id, comment",
    )?;
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    for row in stmt.query_map([round_id], |r| Ok((r.get(0)?, r.get(1)?)))? {
        let (pledge, comment): (i64, String) = row?;
        out.entry(pledge).or_default().push(comment);
    }
    Ok(out)
}

/// A sheet of an anonymous round.
#[derive(Debug, Clone)]
pub struct SheetRow {
    pub id: i64,
    pub round_id: i64,
    pub group: RaterGroup,
    pub department_id: Option<i64>,
    pub department_name: Option<String>,
}

pub fn insert_sheet(
    conn: &Connection,
    round_id: i64,
    grp: RaterGroup,
    department_id: Option<i64>,
    pledges: &[i64],
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO pledge_sheet (round_id, grp, department_id) VALUES (?1, ?2, ?3)",
        params![round_id, grp.as_sql(), department_id],
    )?;
    let id = conn.last_insert_rowid();
    let mut insert = conn
        .prepare_cached("INSERT INTO pledge_sheet_owner (sheet_id, pledge_id) VALUES (?1, ?2)")?;
    for p in pledges {
        insert.execute(params![id, p])?;
    }
    Ok(id)
}

const SHEET_COLUMNS: &str = "s.id, s.round_id, s.grp, s.department_id, d.name";

fn sheet_row(r: &Row) -> rusqlite::Result<SheetRow> {
    Ok(SheetRow {
        id: r.get(0)?,
        round_id: r.get(1)?,
        group: r.get(2)?,
        department_id: r.get(3)?,
        department_name: r.get(4)?,
    })
}

pub fn sheets(conn: &Connection, round_id: i64) -> rusqlite::Result<Vec<SheetRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SHEET_COLUMNS} FROM pledge_sheet s LEFT JOIN department d ON d.id = s.department_id
         WHERE s.round_id = ?1 ORDER BY s.id"
    ))?;
    let rows = stmt.query_map([round_id], sheet_row)?;
    rows.collect()
}

pub fn sheet(conn: &Connection, id: i64) -> rusqlite::Result<Option<SheetRow>> {
    conn.query_row(
        &format!(
            "SELECT {SHEET_COLUMNS} FROM pledge_sheet s
             LEFT JOIN department d ON d.id = s.department_id WHERE s.id = ?1"
        ),
        [id],
        sheet_row,
    )
    .optional()
}

pub fn sheet_pledges(conn: &Connection, sheet_id: i64) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT pledge_id FROM pledge_sheet_owner WHERE sheet_id = ?1 ORDER BY pledge_id",
    )?;
    let rows = stmt.query_map([sheet_id], |r| r.get(0))?;
    rows.collect()
}

/// Rounds that are closed, with the pledge of this owner among their owners.
pub fn closed_rounds_of(
    conn: &Connection,
    pledge_ids: &[i64],
) -> rusqlite::Result<Vec<(i64, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, o.pledge_id FROM pledge_round r
         JOIN pledge_round_owner o ON o.round_id = r.id
         WHERE r.state = 'closed' AND o.pledge_id = ?1 ORDER BY r.year, r.id",
    )?;
    let mut out = Vec::new();
    for p in pledge_ids {
        for row in stmt.query_map([p], |r| Ok((r.get(0)?, r.get(1)?)))? {
            out.push(row?);
        }
    }
    Ok(out)
}

/// The ids of every pledge of an owner (all years).
pub fn pledges_of_owner(conn: &Connection, owner: Owner) -> rusqlite::Result<Vec<i64>> {
    let (staff, dept) = match owner {
        Owner::Person { staff_id } => (Some(staff_id), None),
        Owner::Department { department_id } => (None, Some(department_id)),
    };
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM pledge WHERE staff_id IS ?1 AND department_id IS ?2 ORDER BY year",
    )?;
    let rows = stmt.query_map(params![staff, dept], |r| r.get(0))?;
    rows.collect()
}

/// 科室 that have active people, with the staff's 科室 of a rater.
pub fn staff_department(conn: &Connection, staff_id: i64) -> rusqlite::Result<Option<(i64, bool)>> {
    conn.query_row(
        "SELECT department_id, active FROM staff WHERE id = ?1",
        [staff_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

/// Rounds closed on the days `[from, to)` (by their closing time), with that time, oldest first.
pub fn closed_between(
    conn: &Connection,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> rusqlite::Result<Vec<(i64, NaiveDateTime)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, closed_at FROM pledge_round
         WHERE state = 'closed' AND closed_at >= ?1 AND closed_at < ?2 ORDER BY closed_at, id",
    )?;
    let rows = stmt.query_map(
        params![crate::time::date_text(from), crate::time::date_text(to)],
        |r| Ok((r.get(0)?, time_column(r, 1)?)),
    )?;
    rows.collect()
}

/// Rounds of the years `from..=to` that were opened (open or closed), with when they were opened
/// and closed, oldest first.
pub fn held_rounds(
    conn: &Connection,
    from: i32,
    to: i32,
) -> rusqlite::Result<Vec<(i64, NaiveDateTime, Option<NaiveDateTime>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, opened_at, closed_at FROM pledge_round
         WHERE state <> 'draft' AND year BETWEEN ?1 AND ?2 ORDER BY year, id",
    )?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok((r.get(0)?, time_column(r, 1)?, opt_time_column(r, 2)?))
    })?;
    rows.collect()
}
