//! 书画展览 read back: the works, the works as the judging's entrants, the popular vote's state
//! and counts, and — once the vote is closed — the blend of the judges' and the popular score that
//! decides ranks and awards (see `exhibition` for the rule).

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension};

use super::model::*;
use super::JudgingError;
use crate::ballot::{self, BallotError, BoxRef, Slot};
use crate::contests::{award_levels, competition_ranks, show_scaled, AwardPlan, JudgedResult};
use crate::roster;

pub const DEFAULT_WEIGHT: u32 = 30;

/// 权重 and 发放投票码: not once the vote is closed.
pub(super) fn vote_not_closed(state: VoteState) -> Result<(), JudgingError> {
    match state {
        VoteState::Closed => Err(JudgingError::VoteClosed),
        _ => Ok(()),
    }
}

/// Votes, unused codes, the 投票终端 and 结束投票: an open vote only.
pub(super) fn vote_running(state: VoteState) -> Result<(), JudgingError> {
    match state {
        VoteState::Open => Ok(()),
        _ => Err(JudgingError::VoteNotOpen),
    }
}

/// 查看未用的投票码 as they are: an open vote nobody has voted in yet; after the first vote the
/// unused codes come back only as a reprint with a reason.
pub(super) fn unused_listable(state: VoteState, votes_cast: u32) -> Result<(), JudgingError> {
    vote_running(state)?;
    if votes_cast > 0 {
        return Err(JudgingError::UnusedCodesHidden);
    }
    Ok(())
}

/// 发放投票码: works to vote for, and a vote not closed.
pub(super) fn codes_issuable(state: VoteState, works: usize) -> Result<(), JudgingError> {
    if works == 0 {
        return Err(JudgingError::NoEntrants);
    }
    vote_not_closed(state)
}

/// The vote's permits; `changes` is the contest's own check that it may still change (not
/// cancelled, results not published), which every write but the kiosk's runs first.
pub(super) fn vote_permits(
    state: VoteState,
    votes_cast: u32,
    works: usize,
    changes: impl Fn() -> Result<(), JudgingError>,
) -> VotePermits {
    use crate::permit::Permit;
    let never = |_: &JudgingError| false;
    VotePermits {
        weight: Permit::of(changes().and_then(|_| vote_not_closed(state)), |_| true),
        issue: Permit::of(changes().and_then(|_| codes_issuable(state, works)), |e| {
            matches!(e, JudgingError::NoEntrants)
        }),
        unused: Permit::of(unused_listable(state, votes_cast), never),
        reprint: if votes_cast > 0 {
            Permit::of(vote_running(state), never)
        } else {
            Permit::absent(None)
        },
        kiosk: Permit::of(vote_running(state), never),
        close: Permit::of(changes().and_then(|_| vote_running(state)), never),
    }
}

pub(super) fn entries(
    conn: &Connection,
    activity_id: i64,
) -> Result<Vec<ExhibitionEntry>, JudgingError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, title, staff_id, medium, photo_file_id FROM exhibition_entry
         WHERE activity_id = ?1 ORDER BY id",
    )?;
    let rows: Vec<(i64, String, i64, String, Option<i64>)> = stmt
        .query_map([activity_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(|(id, title, staff_id, medium, photo_file_id)| {
            let s = roster::get_staff(conn, staff_id)?;
            Ok(ExhibitionEntry {
                id,
                title,
                staff_id,
                author: s.name,
                department_name: s.department_name,
                medium,
                photo_file_id,
            })
        })
        .collect()
}

/// The works as entrants: `《春山》张三`, with the author's 科室 (for 回避).
pub(super) fn entrants(conn: &Connection, activity_id: i64) -> Result<Vec<Entrant>, JudgingError> {
    entries(conn, activity_id)?
        .into_iter()
        .map(|e| {
            let s = roster::get_staff(conn, e.staff_id)?;
            Ok(Entrant {
                id: e.id,
                name: format!("《{}》{}", e.title, e.author),
                department_id: Some(s.department_id),
                department_name: e.department_name,
            })
        })
        .collect()
}

pub(super) fn vote_row(
    conn: &Connection,
    activity_id: i64,
) -> rusqlite::Result<Option<(VoteState, u32)>> {
    conn.query_row(
        "SELECT state, weight FROM exhibition_vote_round WHERE activity_id = ?1",
        [activity_id],
        |r| Ok((r.get::<_, VoteState>(0)?, r.get(1)?)),
    )
    .optional()
}

/// The counter of a work.
pub(super) fn work_slot(entry_id: i64) -> Slot {
    Slot::new(entry_id, 0)
}

/// The ballot box's refusals in the words of the popular vote.
pub(super) fn refusal(e: BallotError) -> JudgingError {
    match e {
        BallotError::UnknownCode(_) | BallotError::OtherBox => JudgingError::UnknownCode,
        BallotError::CodeUsed => JudgingError::CodeUsed,
        BallotError::NoBox => JudgingError::VoteNotOpen,
        BallotError::ReprintNeedsReason => JudgingError::UnusedCodesHidden,
        other => JudgingError::Ballot(other),
    }
}

pub(super) fn popular_vote(
    conn: &Connection,
    activity_id: i64,
) -> Result<PopularVote, JudgingError> {
    let (state, weight) =
        vote_row(conn, activity_id)?.unwrap_or((VoteState::Ready, DEFAULT_WEIGHT));
    let ballot_box = BoxRef::exhibition(activity_id);
    let (codes_issued, votes_cast) = ballot::turnout(conn, ballot_box).map_err(refusal)?;
    Ok(PopularVote {
        state,
        weight,
        codes_issued,
        votes_cast,
        allowed: VotePermits::default(),
        reprints: ballot::reprints(conn, ballot_box).map_err(refusal)?,
    })
}

/// votes ÷ most × 100, scaled by 10^decimals, rounded half up; 0 when nobody voted.
pub fn popular_scaled(votes: u32, most: u32, decimals: u8) -> u64 {
    if most == 0 {
        return 0;
    }
    let scale = 10u64.pow(decimals as u32);
    (2 * votes as u64 * 100 * scale + most as u64) / (2 * most as u64)
}

/// judges × (100 − weight)% + popular × weight%, both scaled by 10^decimals, rounded half up.
pub fn blend_scaled(judges: u64, popular: u64, weight: u32) -> u64 {
    let w = weight.min(100) as u64;
    (judges * (100 - w) + popular * w + 50) / 100
}

/// The exhibition part of the contest; once the vote is closed, `results` are re-ranked (and
/// re-awarded) by the blended score.
pub(super) fn exhibition(
    conn: &Connection,
    activity_id: i64,
    decimals: u8,
    awards: Option<&AwardPlan>,
    results: &mut Vec<JudgedResult>,
) -> Result<Exhibition, JudgingError> {
    let vote = popular_vote(conn, activity_id)?;
    let entries = entries(conn, activity_id)?;
    if vote.state != VoteState::Closed {
        return Ok(Exhibition {
            entries,
            vote,
            blend: Vec::new(),
        });
    }
    let counted = ballot::counts(conn, BoxRef::exhibition(activity_id)).map_err(refusal)?;
    let votes: HashMap<i64, u32> = entries
        .iter()
        .map(|e| (e.id, counted.get(work_slot(e.id))))
        .collect();
    let most = votes.values().copied().max().unwrap_or(0);
    let scale = 10f64.powi(decimals as i32);
    let judge_scaled = |r: &JudgedResult| r.final_score.map(|f| (f * scale).round() as u64);
    let lines: Vec<(BlendLine, Option<u64>)> = results
        .iter()
        .map(|r| {
            let n = votes.get(&r.entrant_id).copied().unwrap_or(0);
            let popular = popular_scaled(n, most, decimals);
            let blended = judge_scaled(r).map(|j| blend_scaled(j, popular, vote.weight));
            let line = BlendLine {
                entrant_id: r.entrant_id,
                judge_text: r.final_text.clone(),
                votes: n,
                popular_text: show_scaled(popular, decimals),
                final_text: blended.map(|b| show_scaled(b, decimals)),
            };
            (line, blended)
        })
        .collect();
    let ranked: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].1.is_some()).collect();
    let values: Vec<i64> = ranked.iter().map(|&i| lines[i].1.unwrap() as i64).collect();
    for r in results.iter_mut() {
        r.rank = None;
        r.award = None;
    }
    for (&i, rank) in ranked.iter().zip(competition_ranks(&values)) {
        results[i].rank = Some(rank);
    }
    if let Some(plan) = awards {
        let ranks: Vec<Option<u32>> = results.iter().map(|r| r.rank).collect();
        for (r, award) in results.iter_mut().zip(award_levels(&ranks, plan)?) {
            r.award = award;
        }
    }
    let mut order: Vec<usize> = (0..results.len()).collect();
    order.sort_by_key(|&i| results[i].rank.unwrap_or(u32::MAX));
    let mut blend_by_id: HashMap<i64, BlendLine> =
        lines.into_iter().map(|(l, _)| (l.entrant_id, l)).collect();
    let sorted: Vec<JudgedResult> = order.iter().map(|&i| results[i].clone()).collect();
    *results = sorted;
    let blend = results
        .iter()
        .filter_map(|r| blend_by_id.remove(&r.entrant_id))
        .collect();
    Ok(Exhibition {
        entries,
        vote,
        blend,
    })
}
