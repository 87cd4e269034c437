//! Rounds as the window gets them: each with what the organizer may do with it now.

use rusqlite::Connection;

use super::allowed::{
    closable, deletable, editable, more_than_one_voter, openable, paper_enterable, taking_ballots,
    voters_changeable,
};
use super::model::*;
use super::rounds::{self, round_row};
use super::tally::{runoff_tally, tally_round};
use super::HonorError;
use crate::permit::Permit;

/// The round's permits, from the checks its writes run.
fn round_permits(conn: &Connection, r: &Round) -> RoundPermits {
    let never = |_: &HonorError| false;
    let draft = |_: &HonorError| r.state == RoundState::Draft;
    RoundPermits {
        edit: Permit::of(editable(conn, r), draft),
        delete: Permit::of(deletable(conn, r), draft),
        remove_voter: Permit::of(
            voters_changeable(conn, r).and_then(|()| more_than_one_voter(conn, r)),
            draft,
        ),
        open: Permit::of(openable(conn, r), |e| {
            !matches!(e, HonorError::WrongState { .. })
        }),
        slips: Permit::of(taking_ballots(r), never),
        kiosk: Permit::of(taking_ballots(r), never),
        close: Permit::of(closable(r), never),
        screen: Permit::of(taking_ballots(r), never),
        runoff: Permit::of(runoff_tally(conn, r).map(|_| ()), |e| {
            matches!(e, HonorError::RunoffExists(_))
        }),
        tally: Permit::of(tally_round(conn, r.id).map(|_| ()), |e| {
            !matches!(e, HonorError::TallyBeforeClose(_))
        }),
        paper: Permit::of(paper_enterable(conn, r), |e| {
            !matches!(e, HonorError::PaperBeforeClose(_))
        }),
    }
}

fn with_permits(conn: &Connection, mut r: Round) -> Round {
    r.allowed = round_permits(conn, &r);
    r
}

/// One round, with its permits.
pub fn get_round(conn: &Connection, round_id: i64) -> Result<Round, HonorError> {
    Ok(with_permits(conn, round_row(conn, round_id)?))
}

/// The rounds of a category, oldest first, each with its permits.
pub fn rounds(conn: &Connection, category_id: i64) -> Result<Vec<Round>, HonorError> {
    Ok(rounds::rounds(conn, category_id)?
        .into_iter()
        .map(|r| with_permits(conn, r))
        .collect())
}
