//! 书画展览: the works on show (title, author, medium, photo) and the popular vote (人气投票) with
//! one-time codes, blended with the judges' score (read back in `exhibition_view`).
//!
//! - The works are the entrants of the judging; a photo is one of the activity's image files.
//! - The vote is a box of the shared secret ballot ([`crate::ballot`]): one-time codes with only a
//!   used flag, and one counter per work created when the vote opens and overwritten in place, so
//!   the file keeps neither the order of the votes nor a link to a code. One code, one vote, in
//!   one IMMEDIATE transaction; the write-ahead log is emptied after each vote. Unused codes are
//!   listed until the first vote; after that they are reprinted only with a reason, which is
//!   logged and counted on the 成绩表.
//! - The blend, once the vote is closed: the popular score is votes ÷ the most votes × 100 (the
//!   most voted work has 100), rounded half up to the contest's decimals; the final score is
//!   judges × (100 − weight)% + popular × weight%, rounded half up once more. Ranks and awards then
//!   follow the blended score.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension};

use super::contest::{finish, writable};
use super::exhibition_view::{
    codes_issuable, entries, popular_vote, refusal, unused_listable, vote_not_closed, vote_row,
    vote_running, work_slot, DEFAULT_WEIGHT,
};
use super::model::*;
use super::JudgingError;
use crate::activities::{self, ActivityKind};
use crate::ballot::{self, BoxRef, Slot};
use crate::roster;
use crate::time::time_text;

pub const MAX_WEIGHT: u32 = 50;
pub const MAX_CODES: u32 = 2000;
pub const WORK_TITLE_MAX: usize = 40;
pub const WORK_MEDIUM_MAX: usize = 20;

fn require_exhibition(kind: ActivityKind) -> Result<(), JudgingError> {
    if kind != ActivityKind::Exhibition {
        return Err(JudgingError::NotExhibition(kind.label().into()));
    }
    Ok(())
}

/// Adds a work: its title, its author (a 职工), the medium and optionally a photo.
pub fn add_entry(
    conn: &mut Connection,
    activity_id: i64,
    input: &EntryInput,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let (tx, before) = writable(conn, activity_id, now)?;
    require_exhibition(before.activity_kind)?;
    if vote_row(&tx, activity_id)?.is_some_and(|(s, _)| s != VoteState::Ready) {
        return Err(JudgingError::VoteStarted);
    }
    let title = crate::text::required("作品名称", &input.title, WORK_TITLE_MAX)
        .map_err(JudgingError::Invalid)?;
    let medium = crate::text::optional("类别", &input.medium, WORK_MEDIUM_MAX)
        .map_err(JudgingError::Invalid)?;
    let author = roster::get_staff(&tx, input.staff_id)?;
    if !author.active {
        return Err(JudgingError::Invalid(format!(
            "{} 已停用，不能登记作品",
            author.name
        )));
    }
    if let Some(file) = input.photo_file_id {
        let photo = activities::files(&tx, activity_id)?
            .into_iter()
            .find(|f| f.id == file);
        if !photo.is_some_and(|f| f.is_image) {
            return Err(JudgingError::Invalid(
                "作品照片须是本活动“照片与文件”中的一张图片".into(),
            ));
        }
    }
    tx.execute(
        "INSERT INTO exhibition_entry (activity_id, title, staff_id, medium, photo_file_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![activity_id, title, input.staff_id, medium, input.photo_file_id, time_text(now)],
    )?;
    finish(tx, activity_id, now)
}

/// Removes a work and the judges' scores for it; not once the popular vote has started.
pub fn remove_entry(
    conn: &mut Connection,
    entry_id: i64,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let activity_id: i64 = conn
        .query_row(
            "SELECT activity_id FROM exhibition_entry WHERE id = ?1",
            [entry_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(JudgingError::EntrantNotFound)?;
    let (tx, _) = writable(conn, activity_id, now)?;
    if vote_row(&tx, activity_id)?.is_some_and(|(s, _)| s != VoteState::Ready) {
        return Err(JudgingError::VoteStarted);
    }
    tx.execute(
        "DELETE FROM contest_score WHERE entrant_id = ?1
           AND judge_id IN (SELECT id FROM contest_judge WHERE activity_id = ?2)",
        params![entry_id, activity_id],
    )?;
    tx.execute("DELETE FROM exhibition_entry WHERE id = ?1", [entry_id])?;
    finish(tx, activity_id, now)
}

fn set_vote_row(
    conn: &Connection,
    activity_id: i64,
    state: VoteState,
    weight: u32,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO exhibition_vote_round (activity_id, state, weight) VALUES (?1, ?2, ?3)
         ON CONFLICT (activity_id) DO UPDATE SET state = ?2, weight = ?3",
        params![activity_id, state.as_sql(), weight],
    )?;
    Ok(())
}

/// Sets the weight of the popular vote (0–50 %), before the vote is closed.
pub fn set_vote_weight(
    conn: &mut Connection,
    activity_id: i64,
    weight: u32,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let (tx, before) = writable(conn, activity_id, now)?;
    require_exhibition(before.activity_kind)?;
    if weight > MAX_WEIGHT {
        return Err(JudgingError::Invalid(format!(
            "人气投票的权重最多 {MAX_WEIGHT}%，现在是 {weight}%"
        )));
    }
    let (state, _) = vote_row(&tx, activity_id)?.unwrap_or((VoteState::Ready, DEFAULT_WEIGHT));
    vote_not_closed(state)?;
    set_vote_row(&tx, activity_id, state, weight)?;
    finish(tx, activity_id, now)
}

/// Issues `count` new one-time codes and opens the vote; returns the new codes to print.
pub fn issue_vote_codes(
    conn: &mut Connection,
    activity_id: i64,
    count: u32,
    now: NaiveDateTime,
) -> Result<Vec<String>, JudgingError> {
    let (tx, before) = writable(conn, activity_id, now)?;
    require_exhibition(before.activity_kind)?;
    if count == 0 || count > MAX_CODES {
        return Err(JudgingError::Invalid(format!(
            "一次可发放 1–{MAX_CODES} 个投票码，现在是 {count}"
        )));
    }
    let (state, weight) = vote_row(&tx, activity_id)?.unwrap_or((VoteState::Ready, DEFAULT_WEIGHT));
    codes_issuable(state, before.entrants.len())?;
    // The counters are created with the first codes, before any vote; the works are fixed from then.
    let ballot_box = BoxRef::exhibition(activity_id);
    let slots: Vec<Slot> = before.entrants.iter().map(|e| work_slot(e.id)).collect();
    ballot::open_box(&tx, ballot_box, &slots).map_err(refusal)?;
    let codes = ballot::add_codes(&tx, ballot_box, count).map_err(refusal)?;
    set_vote_row(&tx, activity_id, VoteState::Open, weight)?;
    tx.commit()?;
    Ok(codes)
}

/// The unused codes of an open vote, sorted, to print as slips — until the first vote is cast;
/// after that only [`reprint_vote_codes`] with a reason.
pub fn unused_vote_codes(conn: &Connection, activity_id: i64) -> Result<Vec<String>, JudgingError> {
    let vote = popular_vote(conn, activity_id)?;
    unused_listable(vote.state, vote.votes_cast)?;
    ballot::unused_codes(conn, BoxRef::exhibition(activity_id)).map_err(refusal)
}

/// 补印投票码 of an open vote after voting began: needs a reason, which is logged with the time and
/// the number of slips; the number of reprints is shown with the vote and on the 成绩表.
pub fn reprint_vote_codes(
    conn: &mut Connection,
    activity_id: i64,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Vec<String>, JudgingError> {
    if reason.trim().is_empty() {
        return Err(JudgingError::ReprintReasonRequired);
    }
    let reason = crate::text::required("补印原因", reason, super::REASON_MAX)
        .map_err(JudgingError::Invalid)?;
    let tx = super::write(conn)?;
    if popular_vote(&tx, activity_id)?.state != VoteState::Open {
        return Err(JudgingError::VoteNotOpen);
    }
    let codes = ballot::reprint_codes(&tx, BoxRef::exhibition(activity_id), &reason, now)
        .map_err(refusal)?;
    tx.commit()?;
    Ok(codes)
}

/// One vote for one work with a one-time code, through the shared secret ballot: nothing links
/// the counted vote to the code or keeps the order of the votes.
pub fn cast_vote(
    conn: &mut Connection,
    activity_id: i64,
    code: &str,
    entry_id: i64,
) -> Result<(), JudgingError> {
    let ballot_box = BoxRef::exhibition(activity_id);
    ballot::cast(
        conn,
        ballot_box,
        code,
        |tx| {
            vote_running(popular_vote(tx, activity_id)?.state)?;
            ballot::check_code(tx, ballot_box, code).map_err(refusal)?;
            let known: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM exhibition_entry WHERE id = ?1 AND activity_id = ?2)",
                params![entry_id, activity_id],
                |r| r.get(0),
            )?;
            if !known {
                return Err(JudgingError::EntrantNotFound);
            }
            Ok(vec![work_slot(entry_id)])
        },
        refusal,
    )
}

/// Ends the popular vote: from now on the blend decides ranks and awards.
pub fn close_vote(
    conn: &mut Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let (tx, before) = writable(conn, activity_id, now)?;
    require_exhibition(before.activity_kind)?;
    let vote = popular_vote(&tx, activity_id)?;
    vote_running(vote.state)?;
    set_vote_row(&tx, activity_id, VoteState::Closed, vote.weight)?;
    finish(tx, activity_id, now)
}

/// The kiosk's ballot: open to everyone, it shows the works but no scores and no counts.
pub fn vote_ballot(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<VoteBallot, JudgingError> {
    let a = activities::get_activity(conn, activity_id, now)?;
    require_exhibition(a.kind)?;
    Ok(VoteBallot {
        activity_id,
        activity_title: a.title,
        state: popular_vote(conn, activity_id)?.state,
        entries: entries(conn, activity_id)?,
    })
}
