//! What may be done now with a 评诺 round. Each write of a round's lifecycle runs one of the checks
//! below, and every round core returns carries the same checks as [`Permit`]s
//! ([`PledgeRound::allowed`]), so the window offers a button only when the write would accept it
//! and shows the write's own refusal when it would not.

use rusqlite::Connection;

use super::eval_model::*;
use super::round_store as rs;
use super::PledgeError;
use crate::permit::Permit;

/// 修改: a draft round; once open its settings are locked.
pub(super) fn editable(r: &PledgeRound) -> Result<(), PledgeError> {
    if r.state != RoundState::Draft {
        return Err(PledgeError::RoundLocked(r.title.clone()));
    }
    Ok(())
}

/// 开始评价: a draft round of a year in which someone published a pledge.
pub(super) fn openable(conn: &Connection, r: &PledgeRound) -> Result<(), PledgeError> {
    editable(r)?;
    if rs::pledges_of_year(conn, r.year)? == 0 {
        return Err(PledgeError::NoPledgesToRate(r.year));
    }
    Ok(())
}

/// Refuses unless the round takes ratings now.
pub(super) fn check_open(round: &PledgeRound) -> Result<(), PledgeError> {
    match round.state {
        RoundState::Draft => Err(PledgeError::RoundNotOpen(round.title.clone())),
        RoundState::Closed => Err(PledgeError::RoundClosed(round.title.clone())),
        RoundState::Open => Ok(()),
    }
}

/// 结束评价: an open round.
pub(super) fn closable(r: &PledgeRound) -> Result<(), PledgeError> {
    check_open(r)
}

/// 打印评价票 and 进入投票终端: an open anonymous round.
pub(super) fn at_kiosk(r: &PledgeRound) -> Result<(), PledgeError> {
    check_open(r)?;
    if r.mode == RatingMode::Named {
        return Err(PledgeError::RoundIsNamed);
    }
    Ok(())
}

/// 查看结果: a closed round; hidden before.
pub(super) fn result_shown(r: &PledgeRound) -> Result<(), PledgeError> {
    if r.state != RoundState::Closed {
        return Err(PledgeError::ResultsHidden(r.title.clone()));
    }
    Ok(())
}

/// The organizer's actions on the round, as the checks above judge them now.
pub(super) fn permits(
    conn: &Connection,
    r: &PledgeRound,
) -> Result<PledgeRoundPermits, PledgeError> {
    let draft = r.state == RoundState::Draft;
    let anonymous = r.mode == RatingMode::Anonymous;
    Ok(PledgeRoundPermits {
        edit: Permit::of(editable(r), |_| draft),
        open: Permit::of(openable(conn, r), |_| draft),
        close: Permit::of(closable(r), |_| r.state == RoundState::Open),
        codes: Permit::of(at_kiosk(r), |_| anonymous && r.state == RoundState::Open),
        kiosk: Permit::of(at_kiosk(r), |_| anonymous && r.state == RoundState::Open),
        result: Permit::of(result_shown(r), |_| !draft),
    })
}
