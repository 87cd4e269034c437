//! The ballot tables (`ballot_box`, `ballot_code`, `ballot_counter`, `ballot_reprint`): opening a
//! box with all its counters, issuing codes, the single-use cast, and reading the counters back.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension};

use super::{new_code, normalize_code, BallotError, BoxRef, Slot, MAX_COUNT, OFFSET};

fn box_id(conn: &Connection, b: BoxRef) -> Result<Option<i64>, BallotError> {
    Ok(conn
        .query_row(
            "SELECT id FROM ballot_box WHERE kind = ?1 AND ref_id = ?2",
            params![b.kind.as_sql(), b.ref_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// Creates the box if it does not exist yet and every counter it lacks, at zero: `slots` plus
/// [`Slot::TOTAL`]. Call it inside the transaction that opens the vote, before any ballot; a
/// counter added later would be a record inserted in the middle of voting.
pub fn open_box(conn: &Connection, b: BoxRef, slots: &[Slot]) -> Result<(), BallotError> {
    conn.execute(
        "INSERT OR IGNORE INTO ballot_box (kind, ref_id) VALUES (?1, ?2)",
        params![b.kind.as_sql(), b.ref_id],
    )?;
    let id = box_id(conn, b)?.ok_or(BallotError::NoBox)?;
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO ballot_counter (box_id, subject, mark, n) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for s in std::iter::once(&Slot::TOTAL).chain(slots) {
        insert.execute(params![id, s.subject, s.mark, OFFSET])?;
    }
    Ok(())
}

/// Issues `count` new codes for an opened box and returns them sorted, so that their order says
/// nothing of whom they are handed to.
pub fn add_codes(conn: &Connection, b: BoxRef, count: u32) -> Result<Vec<String>, BallotError> {
    let id = box_id(conn, b)?.ok_or(BallotError::NoBox)?;
    let mut insert =
        conn.prepare_cached("INSERT OR IGNORE INTO ballot_code (code, box_id) VALUES (?1, ?2)")?;
    let mut codes = Vec::with_capacity(count as usize);
    while codes.len() < count as usize {
        let code = new_code()?;
        if insert.execute(params![code, id])? == 1 {
            codes.push(code);
        }
    }
    codes.sort_unstable();
    Ok(codes)
}

/// Refuses a code that is unknown, spent, or of another vote. Nothing is written.
pub fn check_code(conn: &Connection, b: BoxRef, code: &str) -> Result<(), BallotError> {
    let code = normalize_code(code);
    let found: Option<(i64, bool)> = conn
        .query_row(
            "SELECT box_id, used FROM ballot_code WHERE code = ?1",
            [&code],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((owner, used)) = found else {
        return Err(BallotError::UnknownCode(code));
    };
    if Some(owner) != box_id(conn, b)? {
        return Err(BallotError::OtherBox);
    }
    if used {
        return Err(BallotError::CodeUsed);
    }
    Ok(())
}

/// Casts one ballot with a one-time `code`, in one IMMEDIATE transaction: `prepare` checks the
/// feature's rules (is the vote open, is the ballot valid) and returns the slots the ballot counts
/// in (each at most once); then the code is spent and each slot and [`Slot::TOTAL`] goes up by
/// one, overwriting counters in place. Nothing records the code, the time or the order. After the
/// commit the write-ahead log is emptied. `refusal` turns the ballot's own refusals into the
/// feature's error.
pub fn cast<E>(
    conn: &mut Connection,
    b: BoxRef,
    code: &str,
    prepare: impl FnOnce(&Connection) -> Result<Vec<Slot>, E>,
    refusal: impl Fn(BallotError) -> E,
) -> Result<(), E>
where
    E: From<rusqlite::Error>,
{
    let tx = crate::store::write(conn).map_err(|e| refusal(BallotError::Store(e)))?;
    let mut slots = prepare(&tx)?;
    check_code(&tx, b, code).map_err(&refusal)?;
    let id = box_id(&tx, b)
        .map_err(&refusal)?
        .ok_or(BallotError::NoBox)
        .map_err(&refusal)?;
    let spent = tx.execute(
        "UPDATE ballot_code SET used = 1 WHERE code = ?1 AND box_id = ?2 AND used = 0",
        params![normalize_code(code), id],
    )?;
    if spent != 1 {
        return Err(refusal(BallotError::CodeUsed));
    }
    slots.sort_unstable();
    slots.dedup();
    slots.retain(|s| *s != Slot::TOTAL);
    slots.push(Slot::TOTAL);
    for s in &slots {
        bump(&tx, id, *s).map_err(&refusal)?;
    }
    tx.commit()?;
    forget_write_order(conn);
    Ok(())
}

/// Adds one to a counter, in place. Refused (and so the whole ballot) if the counter is missing or
/// full.
fn bump(conn: &Connection, box_id: i64, s: Slot) -> Result<(), BallotError> {
    let max = OFFSET + i64::from(MAX_COUNT);
    let changed = conn
        .prepare_cached(
            "UPDATE ballot_counter SET n = n + 1
             WHERE box_id = ?1 AND subject = ?2 AND mark = ?3 AND n >= ?4 AND n < ?5",
        )?
        .execute(params![box_id, s.subject, s.mark, OFFSET, max])?;
    if changed == 1 {
        return Ok(());
    }
    let n: Option<i64> = conn
        .query_row(
            "SELECT n FROM ballot_counter WHERE box_id = ?1 AND subject = ?2 AND mark = ?3",
            params![box_id, s.subject, s.mark],
            |r| r.get(0),
        )
        .optional()?;
    match n {
        None => Err(BallotError::Corrupt(format!(
            "没有第 {} 项第 {} 栏的计数",
            s.subject, s.mark
        ))),
        Some(n) if n == max => Err(BallotError::CounterFull { max: MAX_COUNT }),
        Some(n) => Err(BallotError::Corrupt(format!("计数值 {n} 不在范围内"))),
    }
}

/// Folds the write-ahead log into the database and empties it, so that its frames (one commit per
/// ballot, in the order cast) do not stay on disk. Best effort: a busy reader only delays this to
/// the next ballot or to closing the vote.
pub fn forget_write_order(conn: &Connection) {
    crate::store::empty_write_ahead_log(conn);
}

/// The counters of a box, read back as counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts(BTreeMap<Slot, u32>);

impl Counts {
    /// The count of a slot; 0 for a slot that has no counter.
    pub fn get(&self, s: Slot) -> u32 {
        self.0.get(&s).copied().unwrap_or(0)
    }

    /// Ballots cast.
    pub fn total(&self) -> u32 {
        self.get(Slot::TOTAL)
    }

    pub fn iter(&self) -> impl Iterator<Item = (Slot, u32)> + '_ {
        self.0.iter().map(|(s, n)| (*s, *n))
    }
}

/// Every counter of a box (none before it opens). A stored value outside `OFFSET ..= OFFSET +
/// MAX_COUNT` is refused as damaged rather than counted wrong.
pub fn counts(conn: &Connection, b: BoxRef) -> Result<Counts, BallotError> {
    let Some(id) = box_id(conn, b)? else {
        return Ok(Counts::default());
    };
    let mut stmt = conn.prepare_cached(
        "SELECT subject, mark, n FROM ballot_counter WHERE box_id = ?1 ORDER BY subject, mark",
    )?;
    let rows: Vec<(i64, u8, i64)> = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(|(subject, mark, n)| {
            let count = n
                .checked_sub(OFFSET)
                .and_then(|c| u32::try_from(c).ok())
                .ok_or_else(|| BallotError::Corrupt(format!("计数值 {n} 不在范围内")))?;
            Ok((Slot { subject, mark }, count))
        })
        .collect::<Result<_, _>>()
        .map(Counts)
}

/// (codes issued, codes used) of a box; (0, 0) before it opens.
pub fn turnout(conn: &Connection, b: BoxRef) -> Result<(u32, u32), BallotError> {
    let Some(id) = box_id(conn, b)? else {
        return Ok((0, 0));
    };
    Ok(conn.query_row(
        "SELECT COUNT(*), COALESCE(SUM(used), 0) FROM ballot_code WHERE box_id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// Has any ballot been cast (any code spent)?
pub fn has_ballots(conn: &Connection, b: BoxRef) -> Result<bool, BallotError> {
    Ok(turnout(conn, b)?.1 > 0)
}

fn unused(conn: &Connection, id: i64) -> Result<Vec<String>, BallotError> {
    let mut stmt = conn.prepare_cached(
        "SELECT code FROM ballot_code WHERE box_id = ?1 AND used = 0 ORDER BY code",
    )?;
    let codes = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(codes)
}

/// The unused codes, sorted, to print as slips — only until the first ballot is cast. After that
/// a list of unused codes tells whoever holds it which slips are still good, so it takes
/// [`reprint_codes`] with a reason.
pub fn unused_codes(conn: &Connection, b: BoxRef) -> Result<Vec<String>, BallotError> {
    let id = box_id(conn, b)?.ok_or(BallotError::NoBox)?;
    if has_ballots(conn, b)? {
        return Err(BallotError::ReprintNeedsReason);
    }
    unused(conn, id)
}

/// The unused codes again, with a `reason` (already checked by the feature) that is logged with
/// the time and the number of slips; allowed at any time while the vote is open.
pub fn reprint_codes(
    conn: &Connection,
    b: BoxRef,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Vec<String>, BallotError> {
    let id = box_id(conn, b)?.ok_or(BallotError::NoBox)?;
    if reason.trim().is_empty() {
        return Err(BallotError::ReprintNeedsReason);
    }
    let codes = unused(conn, id)?;
    conn.execute(
        "INSERT INTO ballot_reprint (box_id, reason, slips, printed_at) VALUES (?1, ?2, ?3, ?4)",
        params![
            id,
            reason.trim(),
            codes.len() as i64,
            crate::time::time_text(now)
        ],
    )?;
    Ok(codes)
}

/// How many times the unused codes of a box were reprinted with a reason.
pub fn reprints(conn: &Connection, b: BoxRef) -> Result<u32, BallotError> {
    let Some(id) = box_id(conn, b)? else {
        return Ok(0);
    };
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM ballot_reprint WHERE box_id = ?1",
        [id],
        |r| r.get(0),
    )?)
}
