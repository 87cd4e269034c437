//! Sign-up (报名), the waitlist (候补) and cancellation: who may take a place, and who moves up
//! when one frees.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::waitlist::promote;
use super::{show_time, store, write, ActivityError};
use crate::roster::{self, PoliticalStatus, Staff};

/// Refuses sign-ups to drafts, cancelled or finished activities, and — for staff acting for
/// themselves — outside the sign-up window. The organizer's 代报名 may add latecomers.
fn check_open(
    row: &store::ActivityRow,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<(), ActivityError> {
    let a = &row.activity;
    match row.phase {
        Phase::Draft => return Err(ActivityError::NotPublished(a.title.clone())),
        Phase::Cancelled => return Err(ActivityError::Cancelled(a.title.clone())),
        Phase::Finished => return Err(ActivityError::Finished(a.title.clone())),
        Phase::Published => {}
    }
    if actor == Actor::Organizer {
        return Ok(());
    }
    if now < a.schedule.signup_opens_at {
        return Err(ActivityError::NotYetOpen(show_time(
            a.schedule.signup_opens_at,
        )));
    }
    if now >= a.schedule.signup_deadline {
        return Err(ActivityError::AfterDeadline(show_time(
            a.schedule.signup_deadline,
        )));
    }
    Ok(())
}

fn person(conn: &Connection, staff_id: i64) -> Result<Staff, ActivityError> {
    roster::get_staff(conn, staff_id).map_err(|e| match e {
        roster::RosterError::StaffNotFound => ActivityError::StaffNotFound,
        other => ActivityError::Invalid(other.to_string()),
    })
}

/// Whether `p` may take part: 在职, in an eligible 科室, a party member when required, and not
/// already on the list.
fn check_person(conn: &Connection, a: &Activity, p: &Staff) -> Result<(), ActivityError> {
    if !p.active {
        return Err(ActivityError::InactiveStaff(p.name.clone()));
    }
    if !a.department_ids.is_empty() && !a.department_ids.contains(&p.department_id) {
        return Err(ActivityError::NotEligibleDepartment {
            name: p.name.clone(),
            department: p.department_name.clone(),
            allowed: a.department_names.join("、"),
        });
    }
    let member = matches!(
        p.political_status,
        PoliticalStatus::CpcMember | PoliticalStatus::CpcProbationary
    );
    if a.party_members_only && !member {
        return Err(ActivityError::PartyMembersOnly {
            name: p.name.clone(),
            status: p.political_status.label().into(),
        });
    }
    if let Some(existing) = store::active_signup_of(conn, a.id, p.id)? {
        return Err(match existing.status {
            SignupStatus::Waitlisted => ActivityError::AlreadyWaitlisted {
                name: p.name.clone(),
                position: store::waitlist_position(conn, a.id, existing.queue_seq)?,
            },
            _ => ActivityError::AlreadySignedUp {
                name: p.name.clone(),
            },
        });
    }
    Ok(())
}

fn status_for_new_entry(conn: &Connection, a: &Activity) -> Result<SignupStatus, ActivityError> {
    let full = match a.capacity {
        Some(c) => store::confirmed_count(conn, a.id)? >= c,
        None => false,
    };
    Ok(if full {
        SignupStatus::Waitlisted
    } else {
        SignupStatus::Confirmed
    })
}

/// 报名 (or 代报名 by the organizer): a place while there is one, else the end of the waitlist.
pub fn sign_up(
    conn: &mut Connection,
    activity_id: i64,
    staff_id: i64,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Signup, ActivityError> {
    if matches!(actor, Actor::Staff(me) if me != staff_id) {
        return Err(ActivityError::NotYours);
    }
    let tx = write(conn)?;
    let row = store::activity(&tx, activity_id)?.ok_or(ActivityError::NotFound)?;
    check_open(&row, actor, now)?;
    if row.activity.team_mode {
        return Err(ActivityError::TeamsOnly);
    }
    let p = person(&tx, staff_id)?;
    check_person(&tx, &row.activity, &p)?;
    let status = status_for_new_entry(&tx, &row.activity)?;
    let id = store::insert_signup(
        &tx,
        activity_id,
        None,
        status,
        actor == Actor::Organizer,
        now,
        &[staff_id],
    )?;
    tx.commit()?;
    entry(conn, activity_id, id)
}

/// 按科室报名 (organizer): a 科室 team with the chosen members, all of that 科室.
pub fn sign_up_team(
    conn: &mut Connection,
    activity_id: i64,
    department_id: i64,
    members: &[i64],
    now: NaiveDateTime,
) -> Result<Signup, ActivityError> {
    let mut members = members.to_vec();
    members.sort_unstable();
    members.dedup();
    if members.is_empty() {
        return Err(ActivityError::EmptyTeam);
    }
    let tx = write(conn)?;
    let row = store::activity(&tx, activity_id)?.ok_or(ActivityError::NotFound)?;
    check_open(&row, Actor::Organizer, now)?;
    if !row.activity.team_mode {
        return Err(ActivityError::IndividualsOnly);
    }
    let department = roster::store::department_name(&tx, department_id)?
        .ok_or_else(|| ActivityError::Invalid("所选科室不存在，请刷新后重新选择".into()))?;
    if store::active_team_signup(&tx, activity_id, department_id)? {
        return Err(ActivityError::TeamAlreadySignedUp(department));
    }
    for id in &members {
        let p = person(&tx, *id)?;
        if p.department_id != department_id {
            return Err(ActivityError::NotInTeamDepartment {
                name: p.name,
                department,
            });
        }
        check_person(&tx, &row.activity, &p)?;
    }
    let status = status_for_new_entry(&tx, &row.activity)?;
    let id = store::insert_signup(
        &tx,
        activity_id,
        Some(department_id),
        status,
        true,
        now,
        &members,
    )?;
    tx.commit()?;
    entry(conn, activity_id, id)
}

fn entry(conn: &Connection, activity_id: i64, id: i64) -> Result<Signup, ActivityError> {
    store::signups(conn, activity_id)?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or(ActivityError::SignupNotFound)
}

/// The entry `signup_id` with its activity, if `actor` may act on it.
fn own_entry(
    conn: &Connection,
    signup_id: i64,
    actor: Actor,
) -> Result<(store::SignupRow, store::ActivityRow), ActivityError> {
    let s = store::signup(conn, signup_id)?.ok_or(ActivityError::SignupNotFound)?;
    if let Actor::Staff(me) = actor {
        if s.team {
            return Err(ActivityError::Invalid(
                "科室报名由组织者管理，如需取消请联系组织者".into(),
            ));
        }
        let mine =
            store::active_signup_of(conn, s.activity_id, me)?.is_some_and(|own| own.id == s.id);
        if !mine {
            return Err(ActivityError::NotYours);
        }
    }
    if !s.status.is_active() {
        return Err(ActivityError::NotActive(s.status.label().to_string()));
    }
    let a = store::activity(conn, s.activity_id)?.ok_or(ActivityError::NotFound)?;
    if matches!(a.phase, Phase::Finished | Phase::Cancelled) {
        return Err(ActivityError::Locked(a.activity.title));
    }
    Ok((s, a))
}

/// 取消报名: staff until the cancellation cutoff, the organizer at any time before the end. A freed
/// place goes to the first person on the waitlist in the same transaction.
pub fn cancel_signup(
    conn: &mut Connection,
    signup_id: i64,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Activity, ActivityError> {
    let tx = write(conn)?;
    let (s, a) = own_entry(&tx, signup_id, actor)?;
    if s.status == SignupStatus::Confirmed
        && actor != Actor::Organizer
        && now >= a.activity.schedule.cancel_cutoff
    {
        return Err(ActivityError::AfterCancelCutoff(show_time(
            a.activity.schedule.cancel_cutoff,
        )));
    }
    let new_status = if s.status == SignupStatus::Waitlisted {
        SignupStatus::LeftWaitlist
    } else {
        SignupStatus::Cancelled
    };
    store::set_signup_status(&tx, s.id, new_status, now)?;
    promote(&tx, s.activity_id, a.activity.capacity, now)?;
    tx.commit()?;
    super::get_activity(conn, s.activity_id, now)
}

/// 退出候补: anyone may leave the waitlist at any time before the activity ends.
pub fn leave_waitlist(
    conn: &mut Connection,
    signup_id: i64,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Activity, ActivityError> {
    let tx = write(conn)?;
    let (s, _) = own_entry(&tx, signup_id, actor)?;
    if s.status != SignupStatus::Waitlisted {
        return Err(ActivityError::NotWaitlisted);
    }
    store::set_signup_status(&tx, s.id, SignupStatus::LeftWaitlist, now)?;
    tx.commit()?;
    super::get_activity(conn, s.activity_id, now)
}

/// The sign-up list of an activity, in order of arrival, with waitlist positions.
pub fn signups(conn: &Connection, activity_id: i64) -> Result<Vec<Signup>, ActivityError> {
    store::activity(conn, activity_id)?.ok_or(ActivityError::NotFound)?;
    Ok(store::signups(conn, activity_id)?)
}

/// 我的活动: every activity a person signed up for, with where they stand.
pub fn my_activities(
    conn: &Connection,
    staff_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<MyActivity>, ActivityError> {
    person(conn, staff_id)?;
    let mut out = Vec::new();
    for store::PersonEntry {
        activity_id,
        signup_id,
        status,
        queue_seq: seq,
        attendance,
    } in store::entries_of(conn, staff_id)?
    {
        let Some(row) = store::activity(conn, activity_id)? else {
            continue;
        };
        let state = state_at(row.phase, &row.activity.schedule, now);
        let waitlist_position = if status == SignupStatus::Waitlisted {
            Some(store::waitlist_position(conn, activity_id, seq)?)
        } else {
            None
        };
        let open = matches!(
            state,
            ActivityState::Upcoming
                | ActivityState::Open
                | ActivityState::Closed
                | ActivityState::InProgress
        );
        let can_cancel = open
            && row.activity.team_mode.then_some(()).is_none()
            && (status == SignupStatus::Waitlisted
                || (status == SignupStatus::Confirmed
                    && now < row.activity.schedule.cancel_cutoff));
        let a = row.activity;
        out.push(MyActivity {
            activity_id,
            signup_id,
            title: a.title,
            kind: a.kind,
            starts_at: a.schedule.starts_at,
            place: a.place,
            state,
            status,
            waitlist_position,
            attendance,
            can_cancel,
        });
    }
    Ok(out)
}
