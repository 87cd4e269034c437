//! What may be done now with a voting round. Each write of a round's lifecycle runs one of the
//! checks below, and the rounds listed for the window carry the same checks as [`Permit`]s
//! ([`Round::allowed`], made in [`super::round_view`]), so the window offers a button only when the
//! write would accept it and shows the write's own refusal when it would not.

use rusqlite::Connection;

use super::categories::{category_row, publicized, Publicized};
use super::model::*;
use super::HonorError;

/// Refuses any change to the rounds of a category whose 公示 has been issued: the notice rests on
/// their results. After confirmation the refusal says so.
pub(super) fn check_not_publicized(conn: &Connection, c: &Category) -> Result<(), HonorError> {
    match publicized(conn, c.id)? {
        Publicized::No => Ok(()),
        Publicized::Issued => Err(HonorError::RoundsFrozen(c.name.clone())),
        Publicized::Confirmed => Err(HonorError::PublicityConfirmed(c.name.clone())),
    }
}

/// The nominations of a category that passed 资格审查, by id.
pub(super) fn passed_candidates(
    conn: &Connection,
    category_id: i64,
) -> Result<Vec<i64>, HonorError> {
    let mut stmt = conn.prepare(
        "SELECT id FROM honor_nomination WHERE category_id = ?1 AND review = 'passed' ORDER BY id",
    )?;
    let ids = stmt.query_map([category_id], |r| r.get(0))?;
    Ok(ids.collect::<Result<_, _>>()?)
}

fn wrong_state(r: &Round, action: &str) -> HonorError {
    HonorError::WrongState {
        title: r.title.clone(),
        state: r.state.label().into(),
        action: action.into(),
    }
}

/// 编辑: a draft round, while the category's 公示 is not issued.
pub(super) fn editable(conn: &Connection, r: &Round) -> Result<(), HonorError> {
    if r.state != RoundState::Draft {
        return Err(HonorError::RoundLocked(r.title.clone()));
    }
    check_not_publicized(conn, &category_row(conn, r.category_id)?)
}

/// 删除: a draft round (nothing was issued or cast yet), while the category's 公示 is not issued.
pub(super) fn deletable(conn: &Connection, r: &Round) -> Result<(), HonorError> {
    if r.state != RoundState::Draft {
        return Err(HonorError::DeleteAfterOpen(r.title.clone()));
    }
    check_not_publicized(conn, &category_row(conn, r.category_id)?)
}

/// 移除投票人: a draft round, while the category's 公示 is not issued.
pub(super) fn voters_changeable(conn: &Connection, r: &Round) -> Result<(), HonorError> {
    if r.state != RoundState::Draft {
        return Err(HonorError::VotersLocked(r.title.clone()));
    }
    check_not_publicized(conn, &category_row(conn, r.category_id)?)
}

/// A round keeps at least one voter: refuses when only `sole` (the one listed) is left.
pub(super) fn more_than_one_voter(conn: &Connection, r: &Round) -> Result<(), HonorError> {
    if r.voters > 1 {
        return Ok(());
    }
    let name: String = conn.query_row(
        "SELECT s.name FROM honor_round_voter v JOIN staff s ON s.id = v.staff_id
         WHERE v.round_id = ?1",
        [r.id],
        |row| row.get(0),
    )?;
    Err(HonorError::LastVoter {
        title: r.title.clone(),
        name,
    })
}

/// 开始投票: a draft round, while the category's 公示 is not issued, whose candidates and seats
/// still are the ones 资格审查 and the 名额 give (a runoff keeps its own).
pub(super) fn openable(conn: &Connection, r: &Round) -> Result<(), HonorError> {
    if r.state != RoundState::Draft {
        return Err(wrong_state(r, "开始"));
    }
    let c = category_row(conn, r.category_id)?;
    check_not_publicized(conn, &c)?;
    if r.runoff_of.is_none() {
        let listed: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
        if listed != passed_candidates(conn, r.category_id)? {
            return Err(HonorError::CandidatesChanged(r.title.clone()));
        }
        if r.seats != c.quota {
            return Err(HonorError::QuotaChanged {
                category: c.name,
                round: r.title.clone(),
                quota: c.quota,
                seats: r.seats,
            });
        }
    }
    Ok(())
}

/// 结束投票: an open round.
pub(super) fn closable(r: &Round) -> Result<(), HonorError> {
    if r.state != RoundState::Open {
        return Err(wrong_state(r, "结束"));
    }
    Ok(())
}

/// Ballots, slips and the 投票终端: an open round only.
pub(super) fn taking_ballots(r: &Round) -> Result<(), HonorError> {
    match r.state {
        RoundState::Draft => Err(HonorError::RoundNotOpen(r.title.clone())),
        RoundState::Closed => Err(HonorError::RoundClosed(r.title.clone())),
        RoundState::Open => Ok(()),
    }
}

/// 计票结果, its .xlsx and the 计票报告: a closed round.
pub(super) fn tallied(r: &Round) -> Result<(), HonorError> {
    if r.state != RoundState::Closed {
        return Err(HonorError::TallyBeforeClose(r.title.clone()));
    }
    Ok(())
}

/// 录入纸质选票: a closed round, while the category's 公示 is not issued.
pub(super) fn paper_enterable(conn: &Connection, r: &Round) -> Result<(), HonorError> {
    if r.state != RoundState::Closed {
        return Err(HonorError::PaperBeforeClose(r.title.clone()));
    }
    let c = category_row(conn, r.category_id)?;
    match publicized(conn, c.id)? {
        Publicized::No => Ok(()),
        Publicized::Issued => Err(HonorError::PaperFrozen(c.name)),
        Publicized::Confirmed => Err(HonorError::PublicityConfirmed(c.name)),
    }
}
