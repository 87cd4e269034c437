//! 计票: the pure [`tally`] over counts, [`count_ballots`] that turns ballots into counts, and the
//! store functions that tally a closed round and open a runoff for places lost to a tie.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::paper::confirmed_paper;
use super::rounds::{insert_runoff, round_row, turnout};
use super::secret::kiosk_ballots;
use super::{write, HonorError};

/// Adds up canonical ballots into per-candidate counts, in the candidates' order.
pub fn count_ballots(candidates: &[RoundCandidate], ballots: &[Ballot]) -> Vec<CandidateCount> {
    add_up(candidates, ballots.iter().map(|b| (b, 1)))
}

/// Like [`count_ballots`], over distinct ballots each cast `n` times.
fn add_up<'a>(
    candidates: &[RoundCandidate],
    ballots: impl Iterator<Item = (&'a Ballot, u32)>,
) -> Vec<CandidateCount> {
    let mut counts: Vec<CandidateCount> = candidates
        .iter()
        .map(|c| CandidateCount {
            nomination_id: c.nomination_id,
            name: c.name.clone(),
            ..Default::default()
        })
        .collect();
    let mut add = |id: i64, vote: Approval, n: u32| {
        if let Some(c) = counts.iter_mut().find(|c| c.nomination_id == id) {
            match vote {
                Approval::For => c.votes_for += n,
                Approval::Against => c.against += n,
                Approval::Abstain => c.abstain += n,
            }
        }
    };
    for (b, n) in ballots {
        match b {
            Ballot::Choose { chosen } => chosen.iter().for_each(|id| add(*id, Approval::For, n)),
            Ballot::Approve { marks } => marks.iter().for_each(|m| add(m.nomination_id, m.vote, n)),
        }
    }
    counts
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
        unfilled: c.seats - elected.len() as u32,
        elected,
        tie_at_line,
    }
}

/// The counts of a closed round: its kiosk ballots plus the confirmed paper count, if any.
pub fn round_counts(conn: &Connection, round_id: i64) -> Result<Counts, HonorError> {
    let r = round_row(conn, round_id)?;
    if r.state != RoundState::Closed {
        return Err(HonorError::TallyBeforeClose(r.title));
    }
    let ballots = kiosk_ballots(conn, round_id)?;
    let t = turnout(conn, round_id)?;
    let mut counts = Counts {
        form: r.form,
        majority_base: r.majority_base,
        seats: r.seats,
        issued: t.issued,
        cast: ballots.iter().map(|(_, n)| n).sum(),
        invalid: 0,
        candidates: add_up(&r.candidates, ballots.iter().map(|(b, n)| (b, *n))),
    };
    if let Some(paper) = confirmed_paper(conn, &r)? {
        counts.cast += paper.ballots;
        counts.invalid += paper.invalid;
        for p in &paper.candidates {
            if let Some(c) = counts
                .candidates
                .iter_mut()
                .find(|c| c.nomination_id == p.nomination_id)
            {
                c.votes_for += p.votes_for;
                c.against += p.against;
                c.abstain += p.abstain;
            }
        }
    }
    Ok(counts)
}

/// 计票 of a closed round; refused while it is open (only [`turnout`] is shown then).
pub fn tally_round(conn: &Connection, round_id: i64) -> Result<Tally, HonorError> {
    Ok(tally(&round_counts(conn, round_id)?))
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
    let t = tally(&round_counts(&tx, round_id)?);
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM honor_round WHERE runoff_of = ?1)",
        [round_id],
        |x| x.get(0),
    )?;
    if exists {
        return Err(HonorError::RunoffExists(r.title));
    }
    if t.unfilled == 0 {
        return Err(HonorError::NothingToRunOff(r.title));
    }
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
