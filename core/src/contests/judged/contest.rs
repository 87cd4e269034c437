//! A judged contest in the store: settings, judges, score sheets, publishing and unlocking.
//!
//! Every write runs in one IMMEDIATE transaction, works the results out again from what it wrote
//! (with [`judge_contest`]) and commits only if that succeeds — so a score out of range, a score
//! from a recused judge or a broken award plan is refused and leaves nothing behind.

use std::collections::HashSet;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::{exhibition_view, store, write, JudgingError};
use crate::activities::{self, Activity, ActivityKind, ActivityState, SignupStatus};
use crate::contests::results_lock::{self, Locked};
use crate::contests::{
    judge_contest, recusals, AwardPlan, Judge, JudgedEntrant, JudgingRules, ScoreSheet,
};
use crate::roster;
use crate::time::show_time;

pub const REASON_MAX: usize = 200;
pub const JUDGE_NAME_MAX: usize = 20;
/// The most judges one contest may have: the largest panel the drop rule is made for.
pub const JUDGES_MAX: usize = super::TRIM_FROM_MAX as usize;

/// 演讲、公文写作、歌咏、诵读 and 书画展览 are judged.
pub fn is_judged_kind(kind: ActivityKind) -> bool {
    matches!(
        kind,
        ActivityKind::Reading
            | ActivityKind::Speech
            | ActivityKind::Writing
            | ActivityKind::Singing
            | ActivityKind::Exhibition
    )
}

/// 一等奖 1, 二等奖 2, 三等奖 3, 优秀奖 for everyone else ranked.
pub fn default_awards() -> AwardPlan {
    AwardPlan::Count {
        first: 1,
        second: 2,
        third: 3,
        excellent: None,
    }
}

fn judged_activity(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<Activity, JudgingError> {
    let a = activities::get_activity(conn, activity_id, now)?;
    if !is_judged_kind(a.kind) {
        return Err(JudgingError::NotJudgedKind(a.kind.label().into()));
    }
    Ok(a)
}

/// The confirmed sign-ups: a person (their 科室 from the roster) or a 科室 team.
fn entrants(conn: &Connection, activity_id: i64) -> Result<Vec<Entrant>, JudgingError> {
    let mut out = Vec::new();
    for s in activities::signups(conn, activity_id)? {
        if s.status != SignupStatus::Confirmed {
            continue;
        }
        if let Some(d) = s.team_department_id {
            let name = s.team_name.unwrap_or_default();
            out.push(Entrant {
                id: s.id,
                department_name: name.clone(),
                name,
                department_id: Some(d),
            });
        } else if let Some(m) = s.members.first() {
            let staff = roster::get_staff(conn, m.staff_id)?;
            out.push(Entrant {
                id: s.id,
                name: m.name.clone(),
                department_id: Some(staff.department_id),
                department_name: m.department_name.clone(),
            });
        }
    }
    Ok(out)
}

/// The whole contest with its results worked out; the defaults until the organizer changes them.
pub fn judged_contest(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let a = judged_activity(conn, activity_id, now)?;
    let (rules, awards, published_at) = match store::contest(conn, activity_id)? {
        Some(row) => (row.rules, row.awards, row.published_at),
        None => (JudgingRules::default(), Some(default_awards()), None),
    };
    let judges = store::judges(conn, activity_id)?;
    let entrants = if a.kind == ActivityKind::Exhibition {
        exhibition_view::entrants(conn, activity_id)?
    } else {
        entrants(conn, activity_id)?
    };
    let current: HashSet<i64> = entrants.iter().map(|e| e.id).collect();
    // Sheets of entrants who have since left the list are kept in the store but not counted.
    let sheets: Vec<ScoreSheet> = store::sheets(conn, activity_id)?
        .into_iter()
        .filter(|s| current.contains(&s.entrant_id))
        .collect();
    let panel: Vec<Judge> = judges
        .iter()
        .map(|j| Judge {
            id: j.id,
            name: j.name.clone(),
            department_id: j.department_id,
        })
        .collect();
    let field: Vec<JudgedEntrant> = entrants
        .iter()
        .map(|e| JudgedEntrant {
            id: e.id,
            name: e.name.clone(),
            department_id: e.department_id,
        })
        .collect();
    let mut results = judge_contest(&rules, &panel, &field, &sheets, awards.as_ref())?;
    let exhibition = if a.kind == ActivityKind::Exhibition {
        let plan = awards.as_ref();
        let mut ex =
            exhibition_view::exhibition(conn, activity_id, rules.decimals, plan, &mut results)?;
        ex.vote.allowed = exhibition_view::vote_permits(
            ex.vote.state,
            ex.vote.votes_cast,
            entrants.len(),
            || open_to_changes(&a, published_at),
        );
        Some(ex)
    } else {
        None
    };
    Ok(JudgedContest {
        activity_id,
        activity_title: a.title,
        activity_kind: a.kind,
        recusals: recusals(&panel, &field, rules.recusal),
        rules,
        awards,
        judges,
        entrants,
        sheets,
        results,
        published_at,
        log: store::log(conn, activity_id)?,
        exhibition,
    })
}

/// Opens the write transaction and checks that the contest may change: judged, not cancelled, not
/// locked. Returns the contest as it is before the change.
pub(super) fn writable<'c>(
    conn: &'c mut Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<(rusqlite::Transaction<'c>, JudgedContest), JudgingError> {
    let tx = write(conn)?;
    let before = judged_contest(&tx, activity_id, now)?;
    let a = activities::get_activity(&tx, activity_id, now)?;
    open_to_changes(&a, before.published_at)?;
    Ok((tx, before))
}

/// A contest changes while its activity is not cancelled and its results are not published.
fn open_to_changes(a: &Activity, published_at: Option<NaiveDateTime>) -> Result<(), JudgingError> {
    if a.state == ActivityState::Cancelled {
        return Err(JudgingError::ActivityCancelled(a.title.clone()));
    }
    if let Some(at) = published_at {
        return Err(JudgingError::Locked(show_time(at)));
    }
    Ok(())
}

/// Works the results out again from what was written; commits only if that succeeds.
pub(super) fn finish(
    tx: rusqlite::Transaction<'_>,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let after = judged_contest(&tx, activity_id, now)?;
    tx.commit()?;
    Ok(after)
}

/// Sets the criteria, the drop threshold, the decimals, 回避 and the award plan. The criteria
/// cannot change once scores are entered.
pub fn set_judging_rules(
    conn: &mut Connection,
    activity_id: i64,
    rules: &JudgingRules,
    awards: Option<&AwardPlan>,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let mut rules = rules.clone();
    for c in &mut rules.criteria {
        c.name = c.name.trim().to_string();
    }
    // The rules alone, checked before anything is stored.
    judge_contest(&rules, &[], &[], &[], awards)?;
    let (tx, before) = writable(conn, activity_id, now)?;
    if rules.criteria != before.rules.criteria && store::has_sheets(&tx, activity_id)? {
        return Err(JudgingError::CriteriaInUse);
    }
    store::save_settings(&tx, activity_id, &rules, awards)?;
    finish(tx, activity_id, now)
}

/// Stores the settings in force, so that later updates have a row to change.
fn ensure_row(tx: &Connection, c: &JudgedContest) -> Result<(), JudgingError> {
    if store::contest(tx, c.activity_id)?.is_none() {
        store::save_settings(tx, c.activity_id, &c.rules, c.awards.as_ref())?;
    }
    Ok(())
}

/// Adds a judge: a 职工 (their 科室 is used for 回避) or an outside judge by name.
pub fn add_judge(
    conn: &mut Connection,
    activity_id: i64,
    input: &JudgeInput,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let (tx, before) = writable(conn, activity_id, now)?;
    if before.judges.len() >= JUDGES_MAX {
        return Err(JudgingError::TooManyJudges(JUDGES_MAX));
    }
    let (name, department_id) = match input.staff_id {
        Some(id) => {
            let s = roster::get_staff(&tx, id)?;
            if !s.active {
                return Err(JudgingError::Invalid(format!(
                    "{} 已停用，不能担任评委",
                    s.name
                )));
            }
            if before.judges.iter().any(|j| j.staff_id == Some(id)) {
                return Err(JudgingError::DuplicateJudge(s.name));
            }
            (s.name, Some(s.department_id))
        }
        None => {
            let name = crate::text::required("评委姓名", &input.name, JUDGE_NAME_MAX)
                .map_err(JudgingError::Invalid)?;
            (name, None)
        }
    };
    if before.judges.iter().any(|j| j.name == name) {
        return Err(JudgingError::DuplicateJudge(name));
    }
    ensure_row(&tx, &before)?;
    store::insert_judge(&tx, activity_id, input.staff_id, &name, department_id)?;
    finish(tx, activity_id, now)
}

/// Removes a judge and the scores they gave.
pub fn remove_judge(
    conn: &mut Connection,
    judge_id: i64,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let activity_id = store::judge_activity(conn, judge_id)?.ok_or(JudgingError::JudgeNotFound)?;
    let (tx, _) = writable(conn, activity_id, now)?;
    store::delete_judge(&tx, judge_id)?;
    finish(tx, activity_id, now)
}

/// Enters (or corrects) one judge's marks for one entrant, in the order of the criteria.
pub fn enter_score(
    conn: &mut Connection,
    activity_id: i64,
    sheet: &ScoreSheet,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let (tx, before) = writable(conn, activity_id, now)?;
    if !before.judges.iter().any(|j| j.id == sheet.judge_id) {
        return Err(JudgingError::JudgeNotFound);
    }
    if !before.entrants.iter().any(|e| e.id == sheet.entrant_id) {
        return Err(JudgingError::EntrantNotFound);
    }
    store::save_sheet(&tx, sheet, now)?;
    finish(tx, activity_id, now)
}

/// Publishes the results and locks them: every judge has scored every entrant they may score.
pub fn publish_results(
    conn: &mut Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let (tx, before) = writable(conn, activity_id, now)?;
    if before.judges.is_empty() {
        return Err(JudgingError::NoJudges);
    }
    if before.entrants.is_empty() {
        return Err(JudgingError::NoEntrants);
    }
    if before
        .exhibition
        .as_ref()
        .is_some_and(|x| x.vote.state == VoteState::Open)
    {
        return Err(JudgingError::VoteStillOpen);
    }
    let missing: Vec<(i64, &str)> = before
        .results
        .iter()
        .flat_map(|r| {
            r.missing_judge_ids
                .iter()
                .map(move |j| (*j, r.entrant_name.as_str()))
        })
        .collect();
    if let Some(&(judge_id, entrant)) = missing.first() {
        let judge = before.judges.iter().find(|j| j.id == judge_id);
        return Err(JudgingError::Incomplete {
            missing: missing.len(),
            judge: judge.map(|j| j.name.clone()).unwrap_or_default(),
            entrant: entrant.to_string(),
        });
    }
    ensure_row(&tx, &before)?;
    // The field is final: a later sign-up would be an entrant nobody scored.
    activities::fix_contest_field(&tx, activity_id, now)?;
    results_lock::set_published(&tx, Locked::Judged, activity_id, Some(now))?;
    store::add_log(&tx, activity_id, ResultAction::Publish, "", now)?;
    finish(tx, activity_id, now)
}

/// Unlocks published results for a correction; the reason is kept in the log.
pub fn unlock_results(
    conn: &mut Connection,
    activity_id: i64,
    reason: &str,
    now: NaiveDateTime,
) -> Result<JudgedContest, JudgingError> {
    let tx = write(conn)?;
    let before = judged_contest(&tx, activity_id, now)?;
    if before.published_at.is_none() {
        return Err(JudgingError::NotPublished("无需解锁"));
    }
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(JudgingError::ReasonRequired);
    }
    let reason =
        crate::text::required("解锁原因", reason, REASON_MAX).map_err(JudgingError::Invalid)?;
    results_lock::set_published(&tx, Locked::Judged, activity_id, None)?;
    activities::release_contest_field(&tx, activity_id)?;
    store::add_log(&tx, activity_id, ResultAction::Unlock, &reason, now)?;
    finish(tx, activity_id, now)
}
