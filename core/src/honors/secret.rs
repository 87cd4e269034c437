//! The secret ballot of a round: checking a ballot against the round's rules, and casting it
//! through the shared [`crate::ballot`] box of the round — one counter per candidate and mark,
//! overwritten in place, so the file keeps no order and no link between a code and a ballot.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::allowed::taking_ballots;
use super::error::ballot_refusal;
use super::model::*;
use super::rounds::round_row;
use super::HonorError;
use crate::ballot::{self, BoxRef, Slot};

/// Checks a ballot against the round's rules and returns it in canonical form (choices sorted;
/// approve form: every candidate marked, those left out as 弃权).
pub fn check_ballot(
    form: BallotForm,
    seats: u32,
    candidates: &[RoundCandidate],
    ballot: &Ballot,
) -> Result<Ballot, HonorError> {
    let name = |id: i64| {
        candidates
            .iter()
            .find(|c| c.nomination_id == id)
            .map(|c| c.name.clone())
            .ok_or(HonorError::UnknownCandidate)
    };
    let mut ids: Vec<i64> = match (form, ballot) {
        (BallotForm::Choose, Ballot::Choose { chosen }) => chosen.clone(),
        (BallotForm::Approve, Ballot::Approve { marks }) => {
            marks.iter().map(|m| m.nomination_id).collect()
        }
        _ => return Err(HonorError::WrongForm(form.label().into())),
    };
    for id in &ids {
        name(*id)?;
    }
    ids.sort_unstable();
    if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
        return Err(HonorError::DuplicateChoice(name(w[0])?));
    }
    match ballot {
        Ballot::Choose { .. } => {
            if ids.len() > seats as usize {
                return Err(HonorError::TooManyChoices {
                    chosen: ids.len(),
                    seats,
                });
            }
            Ok(Ballot::Choose { chosen: ids })
        }
        Ballot::Approve { marks } => {
            let mut all: Vec<Mark> = candidates
                .iter()
                .map(|c| Mark {
                    nomination_id: c.nomination_id,
                    vote: marks
                        .iter()
                        .find(|m| m.nomination_id == c.nomination_id)
                        .map_or(Approval::Abstain, |m| m.vote),
                })
                .collect();
            all.sort_by_key(|m| m.nomination_id);
            let approved = all.iter().filter(|m| m.vote == Approval::For).count();
            if approved > seats as usize {
                return Err(HonorError::TooManyChoices {
                    chosen: approved,
                    seats,
                });
            }
            Ok(Ballot::Approve { marks: all })
        }
    }
}

/// The slots a canonical ballot counts in.
fn ballot_slots(ballot: &Ballot) -> Vec<Slot> {
    match ballot {
        Ballot::Choose { chosen } => chosen.iter().map(|id| Approval::For.slot(*id)).collect(),
        Ballot::Approve { marks } => marks.iter().map(|m| m.vote.slot(m.nomination_id)).collect(),
    }
}

/// The round a 投票终端 shows: only an open round takes ballots.
pub fn ballot_round(conn: &Connection, round_id: i64) -> Result<Round, HonorError> {
    let round = round_row(conn, round_id)?;
    taking_ballots(&round)?;
    Ok(round)
}

/// The kiosk's first step: is this code good for round `round_id` right now? Answers with the
/// round (its candidates make the ballot); nothing is written, the code stays unused.
pub fn check_code(conn: &Connection, round_id: i64, code: &str) -> Result<Round, HonorError> {
    let round = ballot_round(conn, round_id)?;
    ballot::check_code(conn, BoxRef::honor_round(round_id), code)
        .map_err(ballot_refusal(&round.title))?;
    Ok(round)
}

/// 投票 at the kiosk on round `round_id` with a one-time `code`: the code is spent and the
/// ballot added to the round's counters in one transaction; it takes no time on purpose, so no
/// time of a ballot can be recorded anywhere, and the write-ahead log is emptied afterwards.
pub fn cast_ballot(
    conn: &mut Connection,
    round_id: i64,
    code: &str,
    ballot: &Ballot,
) -> Result<(), HonorError> {
    let title = round_row(conn, round_id)?.title;
    ballot::cast(
        conn,
        BoxRef::honor_round(round_id),
        code,
        |tx| {
            let round = round_row(tx, round_id)?;
            taking_ballots(&round)?;
            ballot::check_code(tx, BoxRef::honor_round(round_id), code)
                .map_err(ballot_refusal(&round.title))?;
            let canonical = check_ballot(round.form, round.seats, &round.candidates, ballot)?;
            Ok(ballot_slots(&canonical))
        },
        ballot_refusal(&title),
    )
}

/// The unused codes of an open round, sorted, to print as slips — until the first ballot is cast;
/// after that only [`reprint_codes`] with a reason. No code says whom it was meant for.
pub fn unused_codes(conn: &Connection, round_id: i64) -> Result<Vec<String>, HonorError> {
    let round = round_row(conn, round_id)?;
    if round.state != RoundState::Open {
        return Err(HonorError::RoundNotOpen(round.title));
    }
    ballot::unused_codes(conn, BoxRef::honor_round(round_id)).map_err(ballot_refusal(&round.title))
}

/// 补印选票码 of an open round after voting began: needs a reason, which is logged; the number of
/// reprints is shown in the result report.
pub fn reprint_codes(
    conn: &mut Connection,
    round_id: i64,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Vec<String>, HonorError> {
    if reason.trim().is_empty() {
        return Err(HonorError::ReprintReasonRequired);
    }
    let reason =
        crate::text::required("补印原因", reason, REASON_MAX).map_err(HonorError::Invalid)?;
    let tx = super::write(conn)?;
    let round = round_row(&tx, round_id)?;
    if round.state != RoundState::Open {
        return Err(HonorError::RoundNotOpen(round.title));
    }
    let codes = ballot::reprint_codes(&tx, BoxRef::honor_round(round_id), &reason, now)
        .map_err(ballot_refusal(&round.title))?;
    tx.commit()?;
    Ok(codes)
}
