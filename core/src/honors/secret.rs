//! The secret ballot: one-time codes from the OS's secure random source, and `cast_ballot`, which
//! marks a code used and stores the ballot in one IMMEDIATE transaction — with nothing that links
//! the two: the ballot's key is random, the table is WITHOUT ROWID, and no time is kept.

use chrono::NaiveDateTime;
use rand::rngs::OsRng;
use rand::TryRngCore;
use rusqlite::{params, Connection, OptionalExtension};

use super::model::*;
use super::rounds::round_row;
use super::{write, HonorError};

fn random_bytes<const N: usize>() -> Result<[u8; N], HonorError> {
    let mut buf = [0u8; N];
    OsRng
        .try_fill_bytes(&mut buf)
        .map_err(|e| HonorError::Invalid(format!("系统安全随机数不可用（{e}），请重试")))?;
    Ok(buf)
}

/// An 8-character code from [`CODE_ALPHABET`]; 32 symbols, so each byte maps uniformly.
pub(crate) fn new_code() -> Result<String, HonorError> {
    let bytes = random_bytes::<CODE_LEN>()?;
    Ok(bytes
        .iter()
        .map(|b| CODE_ALPHABET[(b & 31) as usize] as char)
        .collect())
}

/// A random 128-bit key in hex: the only identity a stored ballot has.
fn new_ballot_id() -> Result<String, HonorError> {
    Ok(random_bytes::<16>()?
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// A code as the voter typed it: upper case, without spaces or dashes.
pub fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

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

/// Refuses a code that is unknown, used or of another round, and a round not open.
fn check_usable(conn: &Connection, round: &Round, code: &str) -> Result<(), HonorError> {
    match round.state {
        RoundState::Draft => return Err(HonorError::RoundNotOpen(round.title.clone())),
        RoundState::Closed => return Err(HonorError::RoundClosed(round.title.clone())),
        RoundState::Open => {}
    }
    let found: Option<(i64, bool)> = conn
        .query_row(
            "SELECT round_id, used FROM honor_ballot_code WHERE code = ?1",
            [code],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match found {
        None => Err(HonorError::UnknownCode(code.to_string())),
        Some((other, _)) if other != round.id => {
            Err(HonorError::CodeOfAnotherRound(round.title.clone()))
        }
        Some((_, true)) => Err(HonorError::CodeUsed),
        Some((_, false)) => Ok(()),
    }
}

/// The round a 投票终端 shows: only an open round takes ballots.
pub fn ballot_round(conn: &Connection, round_id: i64) -> Result<Round, HonorError> {
    let round = round_row(conn, round_id)?;
    match round.state {
        RoundState::Draft => Err(HonorError::RoundNotOpen(round.title)),
        RoundState::Closed => Err(HonorError::RoundClosed(round.title)),
        RoundState::Open => Ok(round),
    }
}

/// The kiosk's first step: is this code good for round `round_id` right now? Answers with the
/// round (its candidates make the ballot); nothing is written, the code stays unused.
pub fn check_code(conn: &Connection, round_id: i64, code: &str) -> Result<Round, HonorError> {
    let round = round_row(conn, round_id)?;
    check_usable(conn, &round, &normalize_code(code))?;
    Ok(round)
}

/// 投票 at the kiosk on round `round_id` with a one-time `code`. The code is marked used and the
/// ballot stored in the same transaction; `now` is deliberately not recorded anywhere.
pub fn cast_ballot(
    conn: &mut Connection,
    round_id: i64,
    code: &str,
    ballot: &Ballot,
    _now: NaiveDateTime,
) -> Result<(), HonorError> {
    let code = normalize_code(code);
    let tx = write(conn)?;
    let round = round_row(&tx, round_id)?;
    check_usable(&tx, &round, &code)?;
    let canonical = check_ballot(round.form, round.seats, &round.candidates, ballot)?;
    let marked = tx.execute(
        "UPDATE honor_ballot_code SET used = 1 WHERE code = ?1 AND round_id = ?2 AND used = 0",
        params![code, round_id],
    )?;
    if marked != 1 {
        return Err(HonorError::CodeUsed);
    }
    let choices = serde_json::to_string(&canonical)
        .map_err(|e| HonorError::Invalid(format!("选票无法保存：{e}")))?;
    tx.execute(
        "INSERT INTO honor_ballot (id, round_id, choices) VALUES (?1, ?2, ?3)",
        params![new_ballot_id()?, round_id, choices],
    )?;
    tx.commit()?;
    forget_write_order(conn);
    Ok(())
}

/// Folds the write-ahead log into the database and empties it, so that the log's frames (one
/// commit per ballot, in the order cast, each next to its code's page) do not stay on disk. Best
/// effort: a busy reader only delays this to the next ballot or to closing the round.
pub(crate) fn forget_write_order(conn: &Connection) {
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
}

/// The unused codes of an open round, sorted, to print (again) as slips. Used codes are spent and
/// not printed; no code says whom it was meant for.
pub fn unused_codes(conn: &Connection, round_id: i64) -> Result<Vec<String>, HonorError> {
    let round = round_row(conn, round_id)?;
    if round.state != RoundState::Open {
        return Err(HonorError::RoundNotOpen(round.title));
    }
    let mut stmt = conn.prepare(
        "SELECT code FROM honor_ballot_code WHERE round_id = ?1 AND used = 0 ORDER BY code",
    )?;
    let codes = stmt
        .query_map([round_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(codes)
}

/// The stored kiosk ballots of a round, each distinct ballot once with how many were cast like
/// it. Canonical ballots of the same content have the same text, so SQLite does the counting.
pub(crate) fn kiosk_ballots(
    conn: &Connection,
    round_id: i64,
) -> Result<Vec<(Ballot, u32)>, HonorError> {
    let mut stmt = conn.prepare(
        "SELECT choices, COUNT(*) FROM honor_ballot WHERE round_id = ?1 GROUP BY choices",
    )?;
    let rows: Vec<(String, u32)> = stmt
        .query_map([round_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    rows.iter()
        .map(|(s, n)| {
            serde_json::from_str(s)
                .map(|b| (b, *n))
                .map_err(|e| HonorError::Invalid(format!("选票数据损坏：{e}")))
        })
        .collect()
}
