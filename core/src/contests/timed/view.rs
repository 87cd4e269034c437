//! What the window shows of a timed contest: the runners with their bibs and where they are, the
//! starts, the ranking of each group and the 科室 team ranking — worked out from the times as they
//! are now, on every read — and the organizer's permits from the writes' own checks.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::ranking::{clock_text, place_by_time, team_ranking, RunnerStatus, Timing};
use super::state::{confirmed, group_names, State, ALL_LABEL, UNGROUPED_LABEL};
use super::store::RunnerRow;
use crate::auth::Role;
use crate::contests::award_levels;
use crate::permit::Permit;

/// The timed contest of an activity (爬山, 全民健身), with the defaults until the organizer
/// changes them.
pub fn timed_contest(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<TimedContest, TimedError> {
    let state = State::load(conn, activity_id, now)?;
    view(conn, &state)
}

/// The confirmed individual sign-ups before the bibs, the field after.
fn signed_up(conn: &Connection, state: &State) -> Result<usize, TimedError> {
    Ok(if state.runners.is_empty() {
        confirmed(conn, state.activity.id)?.len()
    } else {
        state.runners.len()
    })
}

/// [`timed_contest`] as `viewer` may see it: staff are told of no draft activity.
pub fn timed_contest_for(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<TimedContest, TimedError> {
    crate::activities::activity_for(conn, activity_id, now, viewer)?;
    timed_contest(conn, activity_id, now)
}

/// Seconds from the runner's start to their finish.
pub(super) fn seconds(state: &State, r: &RunnerRow) -> Option<u32> {
    let (start, end) = (state.started_at(r)?, r.finished_at?);
    u32::try_from((end - start).num_seconds()).ok()
}

pub(super) fn runner(state: &State, r: &RunnerRow) -> Runner {
    let status = state.status(r);
    let open = |check: Result<(), TimedError>| Permit::of(check, |_| true);
    let out = state.out_status(r).is_some();
    let mark = |s| state.markable(r, s);
    Runner {
        staff_id: r.staff_id,
        bib: r.bib,
        name: r.name.clone(),
        employee_no: r.employee_no.clone(),
        department_name: r.department_name.clone(),
        group: r.group.clone(),
        status,
        started_at: state.started_at(r),
        finished_at: r.finished_at,
        time_text: seconds(state, r).map(|s| clock_text(s.into())),
        allowed: RunnerPermits {
            group: if state.settings.group_rule == GroupRule::None {
                Permit::absent(state.group_changeable().err().map(Into::into))
            } else {
                open(state.group_changeable())
            },
            correct: if out {
                Permit::absent(None)
            } else {
                open(
                    state
                        .open()
                        .and_then(|_| state.after_start(r, NaiveDateTime::MAX)),
                )
            },
            mark_out: if out || r.finished_at.is_some() {
                Permit::absent(mark(RunnerStatus::Dnf).err().map(Into::into))
            } else {
                open(mark(RunnerStatus::Dnf))
            },
            clear_out: if out {
                open(state.unmarkable(r))
            } else {
                Permit::absent(None)
            },
        },
    }
}

/// The rankings of every group: the settings' groups in order (or 全体), then 未分组 if anyone is.
pub(super) fn group_results(state: &State) -> Result<Vec<GroupResults>, TimedError> {
    let names = group_names(&state.settings);
    let mut labels: Vec<(String, Option<String>)> = if names.is_empty() {
        vec![(ALL_LABEL.to_string(), None)]
    } else {
        names.iter().map(|n| (n.clone(), Some(n.clone()))).collect()
    };
    let grouped = !names.is_empty();
    if grouped && state.runners.iter().any(|r| r.group.is_none()) {
        labels.push((UNGROUPED_LABEL.to_string(), None));
    }
    let by_id: HashMap<i64, &RunnerRow> = state.runners.iter().map(|r| (r.staff_id, r)).collect();
    let mut out = Vec::new();
    for (label, group) in labels {
        let timings: Vec<Timing> = state
            .runners
            .iter()
            .filter(|r| !grouped || r.group == group)
            .map(|r| {
                let status = state.status(r);
                Timing {
                    id: r.staff_id,
                    bib: r.bib,
                    status,
                    seconds: (status == RunnerStatus::Finished)
                        .then(|| seconds(state, r))
                        .flatten(),
                }
            })
            .collect();
        let placed = place_by_time(&timings);
        let ranks: Vec<Option<u32>> = placed.iter().map(|p| p.place).collect();
        // 未分组 runners are listed with their times but win nothing until they are in a group.
        let awards = if grouped && group.is_none() {
            vec![None; ranks.len()]
        } else {
            award_levels(&ranks, &state.settings.awards)?
        };
        let results = placed
            .iter()
            .zip(awards)
            .map(|(p, award)| {
                let r = by_id[&p.timing.id];
                TimedResult {
                    staff_id: r.staff_id,
                    bib: r.bib,
                    name: r.name.clone(),
                    department_name: r.department_name.clone(),
                    place: p.place,
                    status: p.timing.status,
                    time_text: p.timing.seconds.map(|s| clock_text(s.into())),
                    award,
                }
            })
            .collect();
        out.push(GroupResults { label, results });
    }
    Ok(out)
}

/// The 科室 team ranking over every group (empty when the settings count no team).
pub(super) fn team_results(state: &State) -> Vec<TeamResult> {
    let best = state.settings.team_best;
    if best == 0 {
        return Vec::new();
    }
    let finishers: Vec<(i64, i64, u32)> = state
        .runners
        .iter()
        .filter(|r| r.out.is_none())
        .filter_map(|r| Some((r.department_id?, r.staff_id, seconds(state, r)?)))
        .collect();
    let by_id: HashMap<i64, &RunnerRow> = state.runners.iter().map(|r| (r.staff_id, r)).collect();
    let times: HashMap<i64, u32> = finishers.iter().map(|f| (f.1, f.2)).collect();
    team_ranking(&finishers, best, state.settings.team_score)
        .into_iter()
        .map(|t| TeamResult {
            department_name: t
                .counted
                .first()
                .map(|id| by_id[id].department_name.clone())
                .unwrap_or_default(),
            place: t.place,
            counted: t
                .counted
                .iter()
                .map(|id| format!("{} {}", by_id[id].name, clock_text(times[id].into())))
                .collect(),
            finishers: t.finishers,
            score_text: t.score.map(clock_text),
        })
        .collect()
}

pub(super) fn view(conn: &Connection, state: &State) -> Result<TimedContest, TimedError> {
    let signed_up = signed_up(conn, state)?;
    let open = |check: Result<(), TimedError>| Permit::of(check, |_| true);
    let starts = match state.settings.start_mode {
        StartMode::Mass => vec![None],
        StartMode::ByGroup => group_names(&state.settings).into_iter().map(Some).collect(),
    };
    let starts = starts
        .into_iter()
        .map(|group| {
            let key = group.as_deref().unwrap_or("");
            TimedStart {
                started_at: state.starts.iter().find(|s| s.0 == key).map(|s| s.1),
                allowed: open(state.startable(group.as_deref())),
                group,
            }
        })
        .collect();
    let published = state.published_at.is_some();
    let never = |_: &TimedError| false;
    Ok(TimedContest {
        activity_id: state.activity.id,
        activity_title: state.activity.title.clone(),
        activity_kind: state.activity.kind,
        settings: state.settings.clone(),
        signed_up: signed_up as u32,
        bibs_issued: !state.runners.is_empty(),
        group_names: group_names(&state.settings),
        runners: state.runners.iter().map(|r| runner(state, r)).collect(),
        starts,
        groups: group_results(state)?,
        teams: team_results(state),
        published_at: state.published_at,
        log: state.log.clone(),
        allowed: TimedPermits {
            settings: open(state.settings_changeable()),
            bibs: Permit::of(state.bibs_issuable(signed_up), |e| {
                !matches!(e, TimedError::BibsIssued)
            }),
            record: Permit::of(state.recordable(), |e| !matches!(e, TimedError::Locked(_))),
            publish: if published {
                Permit::absent(None)
            } else {
                open(state.publishable())
            },
            unlock: Permit::of(state.unlockable(), never),
            certificates: Permit::of(
                state
                    .unlockable()
                    .map_err(|_| TimedError::NotPublished("公布后才能打印奖状")),
                |_| true,
            ),
        },
    })
}
