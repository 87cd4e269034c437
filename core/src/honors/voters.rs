//! 投票人名单: who is entitled to vote in a round, by 科室, and taking someone off the list while
//! the round is a draft. The list says who may vote — never whether or how anyone voted: no code
//! is linked to a voter (see [`crate::ballot`]).

use rusqlite::{params, Connection, OptionalExtension};

use super::allowed::{more_than_one_voter, voters_changeable};
use super::model::*;
use super::round_view::get_round;
use super::rounds::round_row;
use super::{write, HonorError};

/// The entitled voters of a round, grouped by 科室 in the roster's order, by 工号 within each.
pub fn round_voters(conn: &Connection, round_id: i64) -> Result<Vec<VoterGroup>, HonorError> {
    round_row(conn, round_id)?;
    let mut stmt = conn.prepare(
        "SELECT d.id, d.name, s.id, s.employee_no, s.name
         FROM honor_round_voter v
         JOIN staff s ON s.id = v.staff_id
         JOIN department d ON d.id = s.department_id
         WHERE v.round_id = ?1
         ORDER BY d.sort_order, d.id, s.employee_no",
    )?;
    let rows = stmt.query_map([round_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            RoundVoter {
                staff_id: r.get(2)?,
                employee_no: r.get(3)?,
                name: r.get(4)?,
            },
        ))
    })?;
    let mut groups: Vec<VoterGroup> = Vec::new();
    for row in rows {
        let (department_id, department_name, voter) = row?;
        match groups.last_mut() {
            Some(g) if g.department_id == department_id => g.voters.push(voter),
            _ => groups.push(VoterGroup {
                department_id,
                department_name,
                voters: vec![voter],
            }),
        }
    }
    Ok(groups)
}

/// 移除投票人: takes one person off a draft round's list. Refused once the round opened (the
/// codes were issued for the list as it stood), for someone not on the list, and for the last
/// voter (delete the round instead). Answers with the round as it now is.
pub fn remove_voter(
    conn: &mut Connection,
    round_id: i64,
    staff_id: i64,
) -> Result<Round, HonorError> {
    let tx = write(conn)?;
    let r = round_row(&tx, round_id)?;
    voters_changeable(&tx, &r)?;
    let listed = tx
        .query_row(
            "SELECT 1 FROM honor_round_voter WHERE round_id = ?1 AND staff_id = ?2",
            params![round_id, staff_id],
            |_| Ok(()),
        )
        .optional()?;
    if listed.is_none() {
        return Err(HonorError::VoterNotListed(r.title));
    }
    more_than_one_voter(&tx, &r)?;
    tx.execute(
        "DELETE FROM honor_round_voter WHERE round_id = ?1 AND staff_id = ?2",
        params![round_id, staff_id],
    )?;
    tx.commit()?;
    get_round(conn, round_id)
}
