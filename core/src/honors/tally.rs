//! 计票: the pure [`tally`] over counts, [`count_ballots`] that turns ballots into counts,
//! [`merge_paper`] (checked: a sum that does not fit is refused), and the store functions that
//! tally a closed round and open a runoff for places lost to a tie.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::error::ballot_refusal;
use super::model::*;
use super::paper::confirmed_paper;
use super::rounds::{insert_runoff, round_row, turnout};
use super::{write, HonorError};
use crate::ballot::{self, BoxRef};

/// Adds up canonical ballots into per-candidate counts, in the candidates' order (a count stops
/// at `u32::MAX` rather than wrapping).
pub fn count_ballots(candidates: &[RoundCandidate], ballots: &[Ballot]) -> Vec<CandidateCount> {
    let mut counts = empty_counts(candidates);
    let mut add = |id: i64, vote: Approval| {
        if let Some(c) = counts.iter_mut().find(|c| c.nomination_id == id) {
            let n = match vote {
                Approval::For => &mut c.votes_for,
                Approval::Against => &mut c.against,
                Approval::Abstain => &mut c.abstain,
            };
            *n = n.saturating_add(1);
        }
    };
    for b in ballots {
        match b {
            Ballot::Choose { chosen } => chosen.iter().for_each(|id| add(*id, Approval::For)),
            Ballot::Approve { marks } => marks.iter().for_each(|m| add(m.nomination_id, m.vote)),
        }
    }
    counts
}

fn empty_counts(candidates: &[RoundCandidate]) -> Vec<CandidateCount> {
    candidates
        .iter()
        .map(|c| CandidateCount {
            nomination_id: c.nomination_id,
            name: c.name.clone(),
            ..Default::default()
        })
        .collect()
}

/// The kiosk's counts of a round, read from its ballot counters.
fn kiosk_counts(r: &Round, issued: u32, kiosk: &ballot::Counts, reprints: u32) -> Counts {
    let mut candidates = empty_counts(&r.candidates);
    for c in &mut candidates {
        c.votes_for = kiosk.get(Approval::For.slot(c.nomination_id));
        c.against = kiosk.get(Approval::Against.slot(c.nomination_id));
        c.abstain = kiosk.get(Approval::Abstain.slot(c.nomination_id));
    }
    Counts {
        form: r.form,
        majority_base: r.majority_base,
        seats: r.seats,
        issued,
        cast: kiosk.total(),
        invalid: 0,
        candidates,
        reprints,
    }
}

/// Adds a confirmed paper count to the kiosk's counts. Checked: a sum beyond what a count holds is
/// refused with [`HonorError::CountOverflow`], never wrapped.
pub fn merge_paper(mut counts: Counts, paper: &PaperCount) -> Result<Counts, HonorError> {
    let add = |a: u32, b: u32, what: &str| {
        a.checked_add(b)
            .ok_or_else(|| HonorError::CountOverflow(format!("{what} {a} + {b}")))
    };
    counts.cast = add(counts.cast, paper.ballots, "收回选票")?;
    counts.invalid = add(counts.invalid, paper.invalid, "无效票")?;
    if counts.invalid > counts.cast {
        return Err(HonorError::CountOverflow(format!(
            "无效票 {} 多于收回选票 {}",
            counts.invalid, counts.cast
        )));
    }
    for p in &paper.candidates {
        if let Some(c) = counts
            .candidates
            .iter_mut()
            .find(|c| c.nomination_id == p.nomination_id)
        {
            c.votes_for = add(c.votes_for, p.votes_for, &c.name)?;
            c.against = add(c.against, p.against, &c.name)?;
            c.abstain = add(c.abstain, p.abstain, &c.name)?;
        }
    }
    Ok(counts)
}

/// The result: candidates ranked by votes (赞成 for the approve form); elected are those within
/// the seats who have strictly more than half of the majority base. When candidates with a
/// majority are tied across the seat line, none of the tied is elected: they are reported in
/// `tie_at_line` and their places in `unfilled`, for a runoff.
pub fn tally(c: &Counts) -> Tally {
    let valid = c.cast.saturating_sub(c.invalid);
    let base = match c.majority_base {
        MajorityBase::Cast => valid,
        MajorityBase::Entitled => c.issued,
    };
    let majority_needed = base / 2 + 1;
    let mut sorted: Vec<&CandidateCount> = c.candidates.iter().collect();
    sorted.sort_by(|a, b| {
        b.votes_for
            .cmp(&a.votes_for)
            .then(a.nomination_id.cmp(&b.nomination_id))
    });
    let with_majority: Vec<&CandidateCount> = sorted
        .iter()
        .copied()
        .filter(|x| x.votes_for >= majority_needed && x.votes_for > 0)
        .collect();
    let seats = c.seats as usize;
    let (elected, tie_at_line): (Vec<i64>, Vec<i64>) = if seats == 0 {
        (Vec::new(), Vec::new())
    } else if with_majority.len() <= seats {
        (
            with_majority.iter().map(|x| x.nomination_id).collect(),
            Vec::new(),
        )
    } else {
        let line = with_majority[seats - 1].votes_for;
        if with_majority[seats].votes_for == line {
            (
                with_majority
                    .iter()
                    .filter(|x| x.votes_for > line)
                    .map(|x| x.nomination_id)
                    .collect(),
                with_majority
                    .iter()
                    .filter(|x| x.votes_for == line)
                    .map(|x| x.nomination_id)
                    .collect(),
            )
        } else {
            (
                with_majority[..seats]
                    .iter()
                    .map(|x| x.nomination_id)
                    .collect(),
                Vec::new(),
            )
        }
    };
    let results = sorted
        .iter()
        .map(|x| {
            let has_majority = x.votes_for >= majority_needed && x.votes_for > 0;
            let is_elected = elected.contains(&x.nomination_id);
            let outcome = if is_elected {
                Outcome::Elected
            } else if tie_at_line.contains(&x.nomination_id) {
                Outcome::TiedAtLine
            } else if !has_majority {
                Outcome::NoMajority
            } else {
                Outcome::NotElected
            };
            CandidateResult {
                nomination_id: x.nomination_id,
                name: x.name.clone(),
                votes_for: x.votes_for,
                against: x.against,
                abstain: x.abstain,
                rank: 1 + sorted.iter().filter(|y| y.votes_for > x.votes_for).count() as u32,
                has_majority,
                elected: is_elected,
                outcome,
            }
        })
        .collect();
    Tally {
        seats: c.seats,
        issued: c.issued,
        cast: c.cast,
        valid,
        invalid: c.invalid,
        majority_base: c.majority_base,
        majority_needed,
        results,
        unfilled: c.seats.saturating_sub(elected.len() as u32),
        elected,
        reprints: c.reprints,
        tie_at_line,
    }
}

/// The counts of a closed round: its kiosk ballot counters plus the confirmed paper count, if any.
pub fn round_counts(conn: &Connection, round_id: i64) -> Result<Counts, HonorError> {
    let r = round_row(conn, round_id)?;
    super::allowed::tallied(&r)?;
    let refusal = ballot_refusal(&r.title);
    let ballot_box = BoxRef::honor_round(round_id);
    let kiosk = ballot::counts(conn, ballot_box).map_err(&refusal)?;
    let reprints = ballot::reprints(conn, ballot_box).map_err(&refusal)?;
    let t = turnout(conn, round_id)?;
    let counts = kiosk_counts(&r, t.issued, &kiosk, reprints);
    match confirmed_paper(conn, &r)? {
        Some(paper) => merge_paper(counts, &paper),
        None => Ok(counts),
    }
}

/// 计票 of a closed round; refused while it is open (only [`turnout`] is shown then).
pub fn tally_round(conn: &Connection, round_id: i64) -> Result<Tally, HonorError> {
    Ok(tally(&round_counts(conn, round_id)?))
}

/// The tally a 另行投票 rests on: a closed round's, with places left unfilled, and no runoff yet.
pub(super) fn runoff_tally(conn: &Connection, r: &Round) -> Result<Tally, HonorError> {
    let t = tally(&round_counts(conn, r.id)?);
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM honor_round WHERE runoff_of = ?1)",
        [r.id],
        |x| x.get(0),
    )?;
    if exists {
        return Err(HonorError::RunoffExists(r.title.clone()));
    }
    if t.unfilled == 0 {
        return Err(HonorError::NothingToRunOff(r.title.clone()));
    }
    Ok(t)
}

/// 另行投票 for the unfilled places, with the same voters, form and majority base: among the
/// candidates tied at the seat line, or — when places stay empty for lack of a majority — among
/// everyone not elected.
pub fn open_runoff(
    conn: &mut Connection,
    round_id: i64,
    now: NaiveDateTime,
) -> Result<Round, HonorError> {
    let tx = write(conn)?;
    let r = round_row(&tx, round_id)?;
    let t = runoff_tally(&tx, &r)?;
    // Among the tied at the line; else (places empty for lack of a majority) among all who were
    // not elected.
    let candidates: Vec<i64> = if t.tie_at_line.is_empty() {
        t.results
            .iter()
            .filter(|x| !x.elected)
            .map(|x| x.nomination_id)
            .collect()
    } else {
        t.tie_at_line.clone()
    };
    let id = insert_runoff(&tx, &r, &candidates, t.unfilled, now)?;
    tx.commit()?;
    round_row(conn, id)
}
