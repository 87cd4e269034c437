//! The writes of a timed contest: settings, 号码布, groups, 发令, the finish line, corrections
//! with a reason, 未完赛 / 弃权, publishing and unlocking. Each runs in one IMMEDIATE transaction,
//! checks with `state`'s rules and changes nothing when it refuses. The time of an arrival is
//! always the `now` the shell read from the machine's clock; a typed time is only a correction,
//! and a correction needs a reason, kept in the log.

use chrono::{NaiveDateTime, NaiveTime};
use rusqlite::Connection;

use super::model::*;
use super::ranking::RunnerStatus;
use super::state::{clock, confirmed, group_names, reason, State, MEN, WOMEN};
use super::store::{self, RunnerRow};
use super::view::view;
use crate::activities;
use crate::contests::results_lock::{self, Locked};
use crate::roster::{self, Gender};
use crate::store::write;

/// Reads the state inside the write transaction, runs `act`, and answers with the contest as it
/// is after the change; commits only when everything succeeded.
fn change<T>(
    conn: &mut Connection,
    activity_id: i64,
    now: NaiveDateTime,
    act: impl FnOnce(&rusqlite::Transaction<'_>, &State) -> Result<T, TimedError>,
) -> Result<(T, TimedContest), TimedError> {
    let tx = write(conn)?;
    let before = State::load(&tx, activity_id, now)?;
    let out = act(&tx, &before)?;
    let after = State::load(&tx, activity_id, now)?;
    let contest = view(&tx, &after)?;
    tx.commit()?;
    Ok((out, contest))
}

fn ensure_row(tx: &Connection, s: &State) -> Result<(), TimedError> {
    if !s.stored {
        store::save_settings(tx, s.activity.id, &s.settings)?;
    }
    Ok(())
}

/// The settings with group names trimmed, checked.
fn checked(settings: &TimedSettings) -> Result<TimedSettings, TimedError> {
    let mut s = settings.clone();
    s.groups = if s.group_rule == GroupRule::Manual {
        s.groups.iter().map(|g| g.trim().to_string()).collect()
    } else {
        Vec::new()
    };
    if s.group_rule == GroupRule::None {
        s.start_mode = StartMode::Mass;
    }
    if s.group_rule == GroupRule::Manual && s.groups.is_empty() {
        return Err(TimedError::NoGroups);
    }
    if s.groups.len() > GROUPS_MAX {
        return Err(TimedError::TooManyGroups);
    }
    for (i, g) in s.groups.iter().enumerate() {
        if g.is_empty() {
            return Err(TimedError::EmptyGroupName);
        }
        if g.chars().count() > GROUP_NAME_MAX {
            return Err(TimedError::GroupNameTooLong(g.clone()));
        }
        if s.groups[..i].contains(g) {
            return Err(TimedError::DuplicateGroup(g.clone()));
        }
    }
    if s.team_best > TEAM_BEST_MAX {
        return Err(TimedError::InvalidTeamBest(s.team_best));
    }
    s.awards.check()?;
    Ok(s)
}

/// The group a runner falls in when the rule is applied: by 性别, or kept if still a group.
fn group_by_rule(
    conn: &Connection,
    settings: &TimedSettings,
    staff_id: i64,
    kept: Option<&str>,
) -> Result<Option<String>, TimedError> {
    Ok(match settings.group_rule {
        GroupRule::None => None,
        GroupRule::ByGender => match roster::get_staff(conn, staff_id)?.gender {
            Gender::Male => Some(MEN.to_string()),
            Gender::Female => Some(WOMEN.to_string()),
            Gender::Unspecified => kept.filter(|k| *k == MEN || *k == WOMEN).map(String::from),
        },
        GroupRule::Manual => kept
            .filter(|k| settings.groups.iter().any(|g| g == k))
            .map(String::from),
    })
}

/// 保存设置: groups, start mode, the 科室 team rule and the awards; until the first start. The
/// runners are grouped again by the new rule.
pub fn set_timed_settings(
    conn: &mut Connection,
    activity_id: i64,
    settings: &TimedSettings,
    now: NaiveDateTime,
) -> Result<TimedContest, TimedError> {
    let new = checked(settings)?;
    let ((), contest) = change(conn, activity_id, now, |tx, s| {
        s.settings_changeable()?;
        store::save_settings(tx, activity_id, &new)?;
        for r in &s.runners {
            let g = group_by_rule(tx, &new, r.staff_id, r.group.as_deref())?;
            store::set_group(tx, activity_id, r.staff_id, g.as_deref())?;
        }
        Ok(())
    })?;
    Ok(contest)
}

/// 发放号码布: the confirmed individual sign-ups get 1, 2, 3 … in the order they signed up; the
/// field is fixed and the sign-up ends.
pub fn issue_bibs(
    conn: &mut Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<TimedContest, TimedError> {
    let ((), contest) = change(conn, activity_id, now, |tx, s| {
        let people = confirmed(tx, activity_id)?;
        s.bibs_issuable(people.len())?;
        ensure_row(tx, s)?;
        for (i, m) in people.iter().enumerate() {
            let staff = roster::get_staff(tx, m.staff_id)?;
            let row = RunnerRow {
                staff_id: m.staff_id,
                bib: i as u32 + 1,
                name: m.name.clone(),
                employee_no: m.employee_no.clone(),
                department_id: Some(staff.department_id),
                department_name: m.department_name.clone(),
                group: group_by_rule(tx, &s.settings, m.staff_id, None)?,
                finished_at: None,
                out: None,
            };
            store::insert_runner(tx, activity_id, &row)?;
        }
        activities::fix_contest_field(tx, activity_id, now)?;
        Ok(())
    })?;
    Ok(contest)
}

/// Puts a runner in a group (or in none), until the first start.
pub fn set_runner_group(
    conn: &mut Connection,
    activity_id: i64,
    staff_id: i64,
    group: Option<&str>,
    now: NaiveDateTime,
) -> Result<TimedContest, TimedError> {
    let ((), contest) = change(conn, activity_id, now, |tx, s| {
        s.group_changeable()?;
        s.runner(staff_id)?;
        if let Some(g) = group {
            if !group_names(&s.settings).iter().any(|n| n == g) {
                return Err(TimedError::UnknownGroup(g.to_string()));
            }
        }
        store::set_group(tx, activity_id, staff_id, group)?;
        Ok(())
    })?;
    Ok(contest)
}

/// 发令: the whole field (集体出发) or one group (分组出发) starts now.
pub fn start_timed(
    conn: &mut Connection,
    activity_id: i64,
    group: Option<&str>,
    now: NaiveDateTime,
) -> Result<TimedContest, TimedError> {
    let ((), contest) = change(conn, activity_id, now, |tx, s| {
        s.startable(group)?;
        ensure_row(tx, s)?;
        store::insert_start(tx, activity_id, group.unwrap_or(""), now)?;
        Ok(())
    })?;
    Ok(contest)
}

/// The runner a code typed or scanned at the finish line names: a 号码布 or a 工号.
fn runner_by_code<'s>(s: &'s State, code: &str) -> Result<&'s RunnerRow, TimedError> {
    let code = code.trim();
    if code.is_empty() {
        return Err(TimedError::EmptyCode);
    }
    let by_bib = code
        .parse::<u32>()
        .ok()
        .and_then(|b| s.runners.iter().find(|r| r.bib == b));
    let by_no = s
        .runners
        .iter()
        .find(|r| r.employee_no.eq_ignore_ascii_case(code));
    match (by_bib, by_no) {
        (Some(a), Some(b)) if a.staff_id != b.staff_id => Err(TimedError::AmbiguousCode {
            code: code.to_string(),
            bib_name: a.name.clone(),
            staff_name: b.name.clone(),
        }),
        (Some(r), _) | (None, Some(r)) => Ok(r),
        (None, None) => Err(TimedError::UnknownCode(
            code.chars().take(CODE_MAX).collect(),
        )),
    }
}

/// 终点录入: the runner whose 号码布 or 工号 was typed arrives now (the machine's clock).
pub fn record_finish(
    conn: &mut Connection,
    activity_id: i64,
    code: &str,
    now: NaiveDateTime,
) -> Result<Arrival, TimedError> {
    let (staff_id, contest) = change(conn, activity_id, now, |tx, s| {
        s.recordable()?;
        let r = runner_by_code(s, code)?;
        s.finishable(r, now)?;
        store::set_finish(tx, activity_id, r.staff_id, Some(now))?;
        Ok(r.staff_id)
    })?;
    let runner = contest
        .runners
        .iter()
        .find(|r| r.staff_id == staff_id)
        .cloned()
        .ok_or(TimedError::RunnerNotFound)?;
    Ok(Arrival { runner, contest })
}

/// `10:31:50` or `10:31` read as a time of day.
fn time_of_day(text: &str) -> Result<NaiveTime, TimedError> {
    let t = text.trim().replace('：', ":");
    NaiveTime::parse_from_str(&t, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(&t, "%H:%M"))
        .map_err(|_| TimedError::InvalidTime(text.chars().take(CODE_MAX).collect()))
}

/// 更正到达时间 with a reason: the time of day read off the finish sheet (on the day of the
/// runner's start), or the arrival taken back. A runner marked 未完赛 or 弃权 gets no time.
pub fn correct_finish(
    conn: &mut Connection,
    activity_id: i64,
    input: &FinishCorrection,
    now: NaiveDateTime,
) -> Result<TimedContest, TimedError> {
    let why = reason(&input.reason)?;
    let finish = input.finish.as_deref().map(time_of_day).transpose()?;
    let ((), contest) = change(conn, activity_id, now, |tx, s| {
        s.open()?;
        let r = s.runner(input.staff_id)?;
        if let Some(status) = s.out_status(r) {
            return Err(TimedError::MarkedOut {
                bib: r.bib,
                name: r.name.clone(),
                status,
            });
        }
        let was = r.finished_at.map(clock).unwrap_or_else(|| "无".into());
        let at = match finish {
            Some(t) => {
                let start = s.started_at(r);
                let day = start.map(|st| st.date()).unwrap_or(now.date());
                let at = day.and_time(t);
                s.after_start(r, at)?;
                Some(at)
            }
            None if r.finished_at.is_none() => {
                return Err(TimedError::NoFinishToRemove {
                    bib: r.bib,
                    name: r.name.clone(),
                })
            }
            None => None,
        };
        let became = at.map(clock).unwrap_or_else(|| "删除".into());
        store::set_finish(tx, activity_id, r.staff_id, at)?;
        let detail = format!("{}号 {} 到达 {was} → {became}", r.bib, r.name);
        store::add_log(tx, activity_id, TimedAction::Correct, &detail, &why, now)?;
        Ok(())
    })?;
    Ok(contest)
}

/// 标记未完赛 / 弃权, or lifts the mark, with a reason.
pub fn set_runner_out(
    conn: &mut Connection,
    activity_id: i64,
    input: &OutInput,
    now: NaiveDateTime,
) -> Result<TimedContest, TimedError> {
    let why = reason(&input.reason)?;
    let ((), contest) = change(conn, activity_id, now, |tx, s| {
        let r = s.runner(input.staff_id)?;
        let detail = match input.out {
            Some(status @ (RunnerStatus::Dnf | RunnerStatus::Dns)) => {
                s.markable(r, status)?;
                store::set_out(tx, activity_id, r.staff_id, Some(status.as_sql()))?;
                format!("{}号 {} 标记为{}", r.bib, r.name, status.label())
            }
            Some(_) => return Err(TimedError::InvalidMark),
            None => {
                s.unmarkable(r)?;
                store::set_out(tx, activity_id, r.staff_id, None)?;
                format!(
                    "{}号 {} 撤销{}标记",
                    r.bib,
                    r.name,
                    s.out_status(r).unwrap_or("")
                )
            }
        };
        ensure_row(tx, s)?;
        store::add_log(tx, activity_id, TimedAction::Correct, &detail, &why, now)?;
        Ok(())
    })?;
    Ok(contest)
}

/// 公布成绩: everyone has a time or is marked out; the results are locked.
pub fn publish_timed(
    conn: &mut Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<TimedContest, TimedError> {
    let ((), contest) = change(conn, activity_id, now, |tx, s| {
        s.publishable()?;
        ensure_row(tx, s)?;
        results_lock::set_published(tx, Locked::Timed, activity_id, Some(now))?;
        store::add_log(tx, activity_id, TimedAction::Publish, "", "", now)?;
        Ok(())
    })?;
    Ok(contest)
}

/// Unlocks published results for a correction; the reason is kept in the log.
pub fn unlock_timed(
    conn: &mut Connection,
    activity_id: i64,
    text: &str,
    now: NaiveDateTime,
) -> Result<TimedContest, TimedError> {
    let ((), contest) = change(conn, activity_id, now, |tx, s| {
        s.unlockable()?;
        let why = reason(text)?;
        results_lock::set_published(tx, Locked::Timed, activity_id, None)?;
        store::add_log(tx, activity_id, TimedAction::Unlock, "", &why, now)?;
        Ok(())
    })?;
    Ok(contest)
}
