//! Sign-up (报名), the waitlist (候补) and cancellation: who may take a place, and who moves up
//! when one frees.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::allowed::{self, Entry, Who};
use super::model::*;
use super::waitlist::promote;
use super::{store, write, ActivityError};
use crate::roster::{self, PoliticalStatus, Staff};

fn person(conn: &Connection, staff_id: i64) -> Result<Staff, ActivityError> {
    roster::get_staff(conn, staff_id).map_err(|e| match e {
        roster::RosterError::StaffNotFound => ActivityError::StaffNotFound,
        other => ActivityError::Invalid(other.to_string()),
    })
}

/// Whether `p` may take part: 在职, in an eligible 科室, a party member when required, and not
/// already on the list.
fn check_person(conn: &Connection, a: &Activity, p: &Staff) -> Result<(), ActivityError> {
    check_eligible(a, p)?;
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

/// Whether `p` may take part at all: 在职, in an eligible 科室, a party member when required.
fn check_eligible(a: &Activity, p: &Staff) -> Result<(), ActivityError> {
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
    Ok(())
}

/// The activities taking sign-ups now that `staff_id` may join (their own sign-ups included, so
/// they can see and cancel them): the self-service list, as staff see activities.
pub fn open_to(
    conn: &Connection,
    staff_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<Activity>, ActivityError> {
    let p = person(conn, staff_id)?;
    let mut query = ActivityQuery {
        state: Some(ActivityState::Open),
        page: 1,
        page_size: crate::paging::PAGE_SIZE_MAX,
        ..ActivityQuery::default()
    };
    let mut open = Vec::new();
    loop {
        let page = super::list_activities(conn, &query, now, crate::auth::Role::Staff)?;
        let last = page.items.len() < query.page_size as usize;
        open.extend(
            page.items
                .into_iter()
                .filter(|a| check_eligible(a, &p).is_ok()),
        );
        if last {
            return Ok(open);
        }
        query.page += 1;
    }
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
    allowed::taking_signups(&row, actor, now)?;
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
    entry(conn, activity_id, id, now)
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
    allowed::taking_signups(&row, Actor::Organizer, now)?;
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
    entry(conn, activity_id, id, now)
}

fn entry(
    conn: &Connection,
    activity_id: i64,
    id: i64,
    now: NaiveDateTime,
) -> Result<Signup, ActivityError> {
    signup_list(conn, activity_id, now)?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or(ActivityError::SignupNotFound)
}

/// The entry `signup_id` with its activity, and whether `actor` is on it.
fn own_entry(
    conn: &Connection,
    signup_id: i64,
    actor: Actor,
) -> Result<(Entry, store::SignupRow, store::ActivityRow), ActivityError> {
    let s = store::signup(conn, signup_id)?.ok_or(ActivityError::SignupNotFound)?;
    let mine = match actor {
        Actor::Organizer => true,
        Actor::Staff(me) => {
            store::active_signup_of(conn, s.activity_id, me)?.is_some_and(|own| own.id == s.id)
        }
    };
    let entry = Entry {
        status: s.status,
        team: s.team,
        mine,
    };
    let a = store::activity(conn, s.activity_id)?.ok_or(ActivityError::NotFound)?;
    Ok((entry, s, a))
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
    let (entry, s, a) = own_entry(&tx, signup_id, actor)?;
    allowed::cancellable(&entry, &a, actor, now)?;
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
    let (entry, s, a) = own_entry(&tx, signup_id, actor)?;
    allowed::entry_open_to(&entry, &a, actor)?;
    if s.status != SignupStatus::Waitlisted {
        return Err(ActivityError::NotWaitlisted);
    }
    store::set_signup_status(&tx, s.id, SignupStatus::LeftWaitlist, now)?;
    tx.commit()?;
    super::get_activity(conn, s.activity_id, now)
}

/// The sign-up list of an activity, in order of arrival, with waitlist positions (for the rules of
/// other features; nothing is marked allowed).
pub fn signups(conn: &Connection, activity_id: i64) -> Result<Vec<Signup>, ActivityError> {
    store::activity(conn, activity_id)?.ok_or(ActivityError::NotFound)?;
    Ok(store::signups(conn, activity_id)?)
}

/// The sign-up list as the window shows it: [`signups`] with what the organizer may do with each
/// entry and person at `now`.
pub fn signup_list(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<Signup>, ActivityError> {
    let a = store::activity(conn, activity_id)?.ok_or(ActivityError::NotFound)?;
    let mut list = store::signups(conn, activity_id)?;
    allowed::fill_list(&a, &mut list, now);
    Ok(list)
}

/// [`signup_list`] as `viewer` may see it: staff are told of no draft activity, so not of who is
/// entered for one either.
pub fn signup_list_for(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
    viewer: crate::auth::Role,
) -> Result<Vec<Signup>, ActivityError> {
    super::activity_for(conn, activity_id, now, viewer)?;
    signup_list(conn, activity_id, now)
}

/// 我的活动: every activity a person signed up for, with where they stand.
pub fn my_activities(
    conn: &Connection,
    staff_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<MyActivity>, ActivityError> {
    let me = person(conn, staff_id)?;
    let mut out = Vec::new();
    for store::PersonEntry {
        activity_id,
        signup_id,
        status,
        queue_seq: seq,
        attendance,
        team,
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
        let entry = Entry {
            status,
            team,
            mine: true,
        };
        let who = Who {
            name: &me.name,
            staff_id,
            attendance,
        };
        let allowed = allowed::my_permits(&row, &entry, &who, now);
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
            allowed,
        });
    }
    Ok(out)
}
