//! 投票轮次: a round's rules (candidates, voters, form, majority base, seats) and its lifecycle
//! draft → open → closed. Opening locks the rules and issues one secret code per entitled voter.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension};

use super::allowed::{
    check_not_publicized, closable, deletable, editable, openable, passed_candidates,
};
use super::categories::category_row;
use super::model::*;
use super::{time_text, write, HonorError};
use crate::ballot::{self, BoxRef};

pub(crate) fn round_row(conn: &Connection, id: i64) -> Result<Round, HonorError> {
    let head = conn
        .query_row(
            "SELECT id, category_id, title, form, majority_base, seats, state, runoff_of
             FROM honor_round WHERE id = ?1",
            [id],
            |r| {
                Ok(Round {
                    id: r.get(0)?,
                    category_id: r.get(1)?,
                    title: r.get(2)?,
                    form: BallotForm::from_sql(&r.get::<_, String>(3)?)
                        .unwrap_or(BallotForm::Choose),
                    majority_base: MajorityBase::from_sql(&r.get::<_, String>(4)?)
                        .unwrap_or_default(),
                    seats: r.get(5)?,
                    state: RoundState::from_sql(&r.get::<_, String>(6)?)
                        .unwrap_or(RoundState::Draft),
                    runoff_of: r.get(7)?,
                    candidates: Vec::new(),
                    voters: 0,
                    allowed: RoundPermits::default(),
                })
            },
        )
        .optional()?;
    let mut round = head.ok_or(HonorError::RoundNotFound)?;
    let mut stmt = conn.prepare(
        "SELECT n.id, COALESCE(s.name, d.name), COALESCE(sd.name, d.name), c.target
         FROM honor_round_candidate rc
         JOIN honor_nomination n ON n.id = rc.nomination_id
         JOIN honor_category c ON c.id = n.category_id
         LEFT JOIN staff s ON s.id = n.staff_id
         LEFT JOIN department sd ON sd.id = s.department_id
         LEFT JOIN department d ON d.id = n.department_id
         WHERE rc.round_id = ?1 ORDER BY n.id",
    )?;
    round.candidates = stmt
        .query_map([id], |r| {
            let name: String = r.get(1)?;
            let family = r.get::<_, String>(3)? == Target::Family.as_sql();
            Ok(RoundCandidate {
                nomination_id: r.get(0)?,
                name: if family {
                    format!("{name}家庭")
                } else {
                    name
                },
                department_name: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    round.voters = conn.query_row(
        "SELECT COUNT(*) FROM honor_round_voter WHERE round_id = ?1",
        [id],
        |r| r.get(0),
    )?;
    Ok(round)
}

/// The 在职 staff the selection names, without repeats.
fn resolve_voters(conn: &Connection, v: &VoterSelection) -> Result<Vec<i64>, HonorError> {
    let mut ids: Vec<i64> = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT id FROM staff WHERE active = 1 AND (?1 = 1 OR department_id = ?2) ORDER BY id",
    )?;
    if v.whole_roster {
        ids.extend(
            stmt.query_map(params![1, 0], |r| r.get::<_, i64>(0))?
                .collect::<Result<Vec<_>, _>>()?,
        );
    }
    for d in &v.department_ids {
        crate::roster::store::department_name(conn, *d)?.ok_or(HonorError::DepartmentNotFound)?;
        ids.extend(
            stmt.query_map(params![0, d], |r| r.get::<_, i64>(0))?
                .collect::<Result<Vec<_>, _>>()?,
        );
    }
    for s in &v.staff_ids {
        let p = crate::roster::get_staff(conn, *s).map_err(|_| HonorError::StaffNotFound)?;
        if !p.active {
            return Err(HonorError::Invalid(format!(
                "{} 已停用，不能参加投票",
                p.name
            )));
        }
        ids.push(p.id);
    }
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Err(HonorError::NoVoters);
    }
    Ok(ids)
}

fn set_people(
    conn: &Connection,
    round_id: i64,
    candidates: &[i64],
    voters: &[i64],
) -> Result<(), HonorError> {
    conn.execute(
        "DELETE FROM honor_round_candidate WHERE round_id = ?1",
        [round_id],
    )?;
    conn.execute(
        "DELETE FROM honor_round_voter WHERE round_id = ?1",
        [round_id],
    )?;
    for n in candidates {
        conn.execute(
            "INSERT INTO honor_round_candidate (round_id, nomination_id) VALUES (?1, ?2)",
            params![round_id, n],
        )?;
    }
    for s in voters {
        conn.execute(
            "INSERT INTO honor_round_voter (round_id, staff_id) VALUES (?1, ?2)",
            params![round_id, s],
        )?;
    }
    Ok(())
}

/// A category votes on its 名额 once: a further round is only a runoff ([`insert_runoff`]) for
/// the places that round left unfilled or tied at the line, so the places filled by all rounds
/// never exceed the 名额.
fn check_no_round_yet(conn: &Connection, c: &Category) -> Result<(), HonorError> {
    let first: Option<String> = conn
        .query_row(
            "SELECT title FROM honor_round WHERE category_id = ?1 ORDER BY id LIMIT 1",
            [c.id],
            |r| r.get(0),
        )
        .optional()?;
    match first {
        None => Ok(()),
        Some(round) => Err(HonorError::FirstRoundExists {
            category: c.name.clone(),
            round,
        }),
    }
}

fn check_title(title: &str) -> Result<String, HonorError> {
    crate::text::required("投票名称", title, ROUND_TITLE_MAX).map_err(HonorError::Invalid)
}

/// A draft round for a category: its candidates are the nominations that passed 资格审查, its
/// seats the category's 名额. Refused when the category already has a round (what that round
/// leaves open goes to a runoff) or once its 公示 is issued.
pub fn create_round(
    conn: &mut Connection,
    input: &RoundInput,
    now: NaiveDateTime,
) -> Result<Round, HonorError> {
    let title = check_title(&input.title)?;
    let tx = write(conn)?;
    let c = category_row(&tx, input.category_id)?;
    check_not_publicized(&tx, &c)?;
    check_no_round_yet(&tx, &c)?;
    let candidates = passed_candidates(&tx, c.id)?;
    if candidates.is_empty() {
        return Err(HonorError::NoCandidates(c.name));
    }
    let voters = resolve_voters(&tx, &input.voters)?;
    tx.execute(
        "INSERT INTO honor_round (category_id, title, form, majority_base, seats, state, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, 'draft', ?6)",
        params![
            c.id,
            title,
            input.form.as_sql(),
            input.majority_base.as_sql(),
            c.quota,
            time_text(now)
        ],
    )?;
    let id = tx.last_insert_rowid();
    set_people(&tx, id, &candidates, &voters)?;
    tx.commit()?;
    round_row(conn, id)
}

/// Changes a draft round (title, form, base, voters; candidates are re-read from 资格审查).
/// Refused once the round has opened. A runoff keeps its candidates and seats.
pub fn update_round(
    conn: &mut Connection,
    round_id: i64,
    input: &RoundInput,
) -> Result<Round, HonorError> {
    let title = check_title(&input.title)?;
    let tx = write(conn)?;
    let old = round_row(&tx, round_id)?;
    editable(&tx, &old)?;
    if input.category_id != old.category_id {
        return Err(HonorError::Invalid("投票所属的评选项目不能更改".into()));
    }
    let c = category_row(&tx, old.category_id)?;
    let candidates = match old.runoff_of {
        Some(_) => old.candidates.iter().map(|c| c.nomination_id).collect(),
        None => passed_candidates(&tx, c.id)?,
    };
    if candidates.is_empty() {
        return Err(HonorError::NoCandidates(c.name));
    }
    let voters = resolve_voters(&tx, &input.voters)?;
    let seats = if old.runoff_of.is_some() {
        old.seats
    } else {
        c.quota
    };
    tx.execute(
        "UPDATE honor_round SET title = ?2, form = ?3, majority_base = ?4, seats = ?5 WHERE id = ?1",
        params![
            round_id,
            title,
            input.form.as_sql(),
            input.majority_base.as_sql(),
            seats
        ],
    )?;
    set_people(&tx, round_id, &candidates, &voters)?;
    tx.commit()?;
    round_row(conn, round_id)
}

/// 删除 a draft round with its candidates and voters: nothing was issued or cast yet, so nothing
/// is lost. Refused once the round opened. Deleting a category's first round lets a new one be set
/// up; deleting a runoff lets the round it continues offer 另行投票 again.
pub fn delete_round(conn: &mut Connection, round_id: i64) -> Result<(), HonorError> {
    let tx = write(conn)?;
    let r = round_row(&tx, round_id)?;
    deletable(&tx, &r)?;
    tx.execute("DELETE FROM honor_round WHERE id = ?1", [round_id])?;
    tx.commit()?;
    Ok(())
}

/// 开始投票: refused if 资格审查 changed the candidates or the 名额 changed since the round was
/// saved, or once the category's 公示 is issued; locks the rules and issues exactly one code per
/// entitled voter. The codes are
/// returned once, sorted (so their order says nothing of who they were meant for), for printing
/// on slips that are handed out at random; no table links a code to a voter.
pub fn open_round(
    conn: &mut Connection,
    round_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<String>, HonorError> {
    let tx = write(conn)?;
    let r = round_row(&tx, round_id)?;
    openable(&tx, &r)?;
    let ballot_box = BoxRef::honor_round(round_id);
    let refusal = super::error::ballot_refusal(&r.title);
    ballot::open_box(&tx, ballot_box, &r.slots()).map_err(&refusal)?;
    let codes = ballot::add_codes(&tx, ballot_box, r.voters).map_err(&refusal)?;
    tx.execute(
        "UPDATE honor_round SET state = 'open', opened_at = ?2 WHERE id = ?1",
        params![round_id, time_text(now)],
    )?;
    tx.commit()?;
    Ok(codes)
}

/// 结束投票: no more ballots; the tally becomes available. The write-ahead log is then emptied.
pub fn close_round(
    conn: &mut Connection,
    round_id: i64,
    now: NaiveDateTime,
) -> Result<Round, HonorError> {
    let tx = write(conn)?;
    let r = round_row(&tx, round_id)?;
    closable(&r)?;
    tx.execute(
        "UPDATE honor_round SET state = 'closed', closed_at = ?2 WHERE id = ?1",
        params![round_id, time_text(now)],
    )?;
    tx.commit()?;
    ballot::forget_write_order(conn);
    round_row(conn, round_id)
}

/// The rounds of a category, oldest first, without permits (see [`super::round_view::rounds`]).
pub(super) fn rounds(conn: &Connection, category_id: i64) -> Result<Vec<Round>, HonorError> {
    category_row(conn, category_id)?;
    let mut stmt = conn.prepare("SELECT id FROM honor_round WHERE category_id = ?1 ORDER BY id")?;
    let ids: Vec<i64> = stmt
        .query_map([category_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    ids.into_iter().map(|id| round_row(conn, id)).collect()
}

/// 投票率: codes used of codes issued — the only figure shown while a round is open.
pub fn turnout(conn: &Connection, round_id: i64) -> Result<Turnout, HonorError> {
    let r = round_row(conn, round_id)?;
    let (issued, used) = ballot::turnout(conn, BoxRef::honor_round(round_id))
        .map_err(super::error::ballot_refusal(&r.title))?;
    Ok(Turnout {
        issued,
        used,
        not_voted: issued.saturating_sub(used),
    })
}

/// Inserts a runoff draft round (used by the tally) for `seats` places that `of` left unfilled;
/// refused once the category's 公示 is issued.
pub(crate) fn insert_runoff(
    conn: &Connection,
    of: &Round,
    candidates: &[i64],
    seats: u32,
    now: NaiveDateTime,
) -> Result<i64, HonorError> {
    check_not_publicized(conn, &category_row(conn, of.category_id)?)?;
    conn.execute(
        "INSERT INTO honor_round (category_id, title, form, majority_base, seats, state, runoff_of,
                                  created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, 'draft', ?6, ?7)",
        params![
            of.category_id,
            format!("{}（另行投票）", of.title),
            of.form.as_sql(),
            of.majority_base.as_sql(),
            seats,
            of.id,
            time_text(now)
        ],
    )?;
    let id = conn.last_insert_rowid();
    let mut stmt = conn.prepare("SELECT staff_id FROM honor_round_voter WHERE round_id = ?1")?;
    let voters: Vec<i64> = stmt
        .query_map([of.id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    set_people(conn, id, candidates, &voters)?;
    Ok(id)
}

/// A closed voting round, as evidence for the 创建台账.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosedRound {
    pub id: i64,
    pub title: String,
    pub category: String,
    pub year: i32,
    pub closed_at: Option<NaiveDateTime>,
}

/// The closed rounds of the categories of the years `from_year..=to_year`, oldest first.
pub fn closed_rounds(
    conn: &Connection,
    from_year: i32,
    to_year: i32,
) -> Result<Vec<ClosedRound>, crate::error::StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, r.title, c.name, c.year, r.closed_at
         FROM honor_round r JOIN honor_category c ON c.id = r.category_id
         WHERE r.state = 'closed' AND c.year BETWEEN ?1 AND ?2
         ORDER BY c.year, r.id",
    )?;
    let rows = stmt.query_map(params![from_year, to_year], |r| {
        Ok(ClosedRound {
            id: r.get(0)?,
            title: r.get(1)?,
            category: r.get(2)?,
            year: r.get(3)?,
            closed_at: crate::time::opt_time_column(r, 4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
