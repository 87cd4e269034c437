//! What may be done now with an activity, an entry on its list or a person on an entry.
//!
//! Each write of this feature runs one of the checks below; the records it returns carry the same
//! checks as [`Permit`]s (`Activity::allowed`, `Signup::allowed`, `Member::allowed`,
//! `MyActivity::allowed`), so the window offers a button only when the write would accept it and
//! shows the write's own refusal when it would not.

use chrono::{Duration, NaiveDateTime};

use super::model::*;
use super::store::ActivityRow;
use super::ActivityError;
use crate::permit::Permit;
use crate::time::show_time;

/// Check-in opens this long before the start.
pub const CHECK_IN_OPENS_BEFORE: Duration = Duration::hours(24);

// ---- the activity

/// 编辑 and 取消活动: not once the activity is finished or cancelled.
pub(super) fn editable(a: &ActivityRow) -> Result<(), ActivityError> {
    match a.phase {
        Phase::Finished | Phase::Cancelled => Err(ActivityError::Locked(a.activity.title.clone())),
        _ => Ok(()),
    }
}

/// 发布: drafts only.
pub(super) fn publishable(a: &ActivityRow) -> Result<(), ActivityError> {
    match a.phase {
        Phase::Draft => Ok(()),
        _ => Err(ActivityError::AlreadyPublished(a.activity.title.clone())),
    }
}

/// 截止报名: while sign-up is open or about to open.
pub(super) fn closable(a: &ActivityRow, state: ActivityState) -> Result<(), ActivityError> {
    match state {
        ActivityState::Open | ActivityState::Upcoming => Ok(()),
        _ => Err(ActivityError::SignupNotOpen(a.activity.title.clone())),
    }
}

/// 结束活动: published and started.
pub(super) fn finishable(a: &ActivityRow, now: NaiveDateTime) -> Result<(), ActivityError> {
    match a.phase {
        Phase::Draft => return Err(ActivityError::NotPublished(a.activity.title.clone())),
        Phase::Finished | Phase::Cancelled => {
            return Err(ActivityError::Locked(a.activity.title.clone()))
        }
        Phase::Published => {}
    }
    if now < a.activity.schedule.starts_at {
        return Err(ActivityError::NotStarted(show_time(
            a.activity.schedule.starts_at,
        )));
    }
    Ok(())
}

/// Sign-ups are taken by published activities not yet finished; staff acting for themselves only
/// within the sign-up window. The organizer's 代报名 may add latecomers.
pub(super) fn taking_signups(
    a: &ActivityRow,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<(), ActivityError> {
    let title = || a.activity.title.clone();
    match a.phase {
        Phase::Draft => return Err(ActivityError::NotPublished(title())),
        Phase::Cancelled => return Err(ActivityError::Cancelled(title())),
        Phase::Finished => return Err(ActivityError::Finished(title())),
        Phase::Published => {}
    }
    if a.field_fixed {
        return Err(ActivityError::FieldFixed(title()));
    }
    if actor == Actor::Organizer {
        return Ok(());
    }
    let s = &a.activity.schedule;
    if now < s.signup_opens_at {
        return Err(ActivityError::NotYetOpen(show_time(s.signup_opens_at)));
    }
    if now >= s.signup_deadline {
        return Err(ActivityError::AfterDeadline(show_time(s.signup_deadline)));
    }
    Ok(())
}

/// 我要报名: a staff member for themselves, within the window, in an activity of individuals.
pub(super) fn self_sign_up(
    a: &ActivityRow,
    staff_id: i64,
    now: NaiveDateTime,
) -> Result<(), ActivityError> {
    taking_signups(a, Actor::Staff(staff_id), now)?;
    if a.activity.team_mode {
        return Err(ActivityError::TeamsOnly);
    }
    Ok(())
}

/// The activity's permits at `now`, with `state` worked out from the same clock.
pub(super) fn activity_permits(
    a: &ActivityRow,
    state: ActivityState,
    now: NaiveDateTime,
) -> ActivityPermits {
    let never = |_: &ActivityError| false;
    ActivityPermits {
        edit: Permit::of(editable(a), never),
        publish: Permit::of(publishable(a), never),
        close_signup: Permit::of(closable(a, state), never),
        finish: Permit::of(finishable(a, now), |e| {
            matches!(e, ActivityError::NotStarted(_))
        }),
        cancel: Permit::of(editable(a), never),
        add_signup: Permit::of(taking_signups(a, Actor::Organizer, now), never),
        // Who signs up is not known yet: the window-wide rules only (the person's are checked on
        // the write).
        sign_up: Permit::of(self_sign_up(a, 0, now), |e| {
            matches!(e, ActivityError::NotYetOpen(_))
        }),
    }
}

// ---- an entry on the list

/// What is known of an entry when deciding who may act on it.
pub(super) struct Entry {
    pub status: SignupStatus,
    /// A 科室 team, managed by the organizer.
    pub team: bool,
    /// Whether the acting staff member is on it (always true for the organizer).
    pub mine: bool,
}

/// Whether `actor` may act on the entry at all: the organizer on any, staff on their own
/// individual entry; the entry still active and the activity not finished or cancelled.
pub(super) fn entry_open_to(e: &Entry, a: &ActivityRow, actor: Actor) -> Result<(), ActivityError> {
    if let Actor::Staff(_) = actor {
        if e.team {
            return Err(ActivityError::TeamEntry);
        }
        if !e.mine {
            return Err(ActivityError::NotYours);
        }
    }
    if !e.status.is_active() {
        return Err(ActivityError::NotActive(e.status.label().to_string()));
    }
    editable(a)
}

/// 取消报名 / 退出候补: staff give up a place only until the cancellation cutoff.
pub(super) fn cancellable(
    e: &Entry,
    a: &ActivityRow,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<(), ActivityError> {
    entry_open_to(e, a, actor)?;
    // A place in a drawn or scored field is given up as 弃权 in the contest, not here; the
    // waitlist is outside the field.
    if a.field_fixed && e.status == SignupStatus::Confirmed {
        return Err(ActivityError::FieldFixed(a.activity.title.clone()));
    }
    let cutoff = a.activity.schedule.cancel_cutoff;
    if e.status == SignupStatus::Confirmed && actor != Actor::Organizer && now >= cutoff {
        return Err(ActivityError::AfterCancelCutoff(show_time(cutoff)));
    }
    Ok(())
}

// ---- a person on an entry

/// Attendance, 心得 and hours are kept for people holding a place in a published activity that was
/// not cancelled.
pub(super) fn on_the_list(
    a: &ActivityRow,
    status: SignupStatus,
    name: &str,
) -> Result<(), ActivityError> {
    match a.phase {
        Phase::Draft => Err(ActivityError::NotPublished(a.activity.title.clone())),
        Phase::Cancelled => Err(ActivityError::Cancelled(a.activity.title.clone())),
        _ if status != SignupStatus::Confirmed => Err(ActivityError::NotConfirmed(name.into())),
        _ => Ok(()),
    }
}

/// 撤销签到, and 签到 apart from its opening time: until the activity is finished (then
/// 更正出勤).
pub(super) fn attendance_open(
    a: &ActivityRow,
    status: SignupStatus,
    name: &str,
) -> Result<(), ActivityError> {
    on_the_list(a, status, name)?;
    if a.phase == Phase::Finished {
        return Err(ActivityError::Locked(a.activity.title.clone()));
    }
    Ok(())
}

/// 签到: opens [`CHECK_IN_OPENS_BEFORE`] the start.
pub(super) fn check_in(
    a: &ActivityRow,
    status: SignupStatus,
    name: &str,
    now: NaiveDateTime,
) -> Result<(), ActivityError> {
    attendance_open(a, status, name)?;
    let opens = a.activity.schedule.starts_at - CHECK_IN_OPENS_BEFORE;
    if now < opens {
        return Err(ActivityError::CheckInNotOpen(show_time(opens)));
    }
    Ok(())
}

/// The person a 心得 or hours are about.
pub(super) struct Who<'a> {
    pub name: &'a str,
    pub staff_id: i64,
    pub attendance: Option<Attendance>,
}

impl<'a> From<&'a Member> for Who<'a> {
    fn from(m: &'a Member) -> Self {
        Who {
            name: &m.name,
            staff_id: m.staff_id,
            attendance: m.attendance,
        }
    }
}

/// 心得: for kinds that take one, once the person attended; staff only their own.
pub(super) fn reflection(
    a: &ActivityRow,
    status: SignupStatus,
    who: &Who,
    actor: Actor,
) -> Result<(), ActivityError> {
    on_the_list(a, status, who.name)?;
    if matches!(actor, Actor::Staff(me) if me != who.staff_id) {
        return Err(ActivityError::NotYours);
    }
    if !a.activity.kind.takes_reflection() {
        return Err(ActivityError::WrongKind {
            kind: a.activity.kind.label().into(),
            what: "心得".into(),
        });
    }
    if who.attendance != Some(Attendance::Present) {
        return Err(ActivityError::NotPresent("心得".into()));
    }
    Ok(())
}

/// 服务时长: for 志愿服务, once the person attended.
pub(super) fn hours(a: &ActivityRow, status: SignupStatus, who: &Who) -> Result<(), ActivityError> {
    on_the_list(a, status, who.name)?;
    if !a.activity.kind.takes_hours() {
        return Err(ActivityError::WrongKind {
            kind: a.activity.kind.label().into(),
            what: "服务时长".into(),
        });
    }
    if who.attendance != Some(Attendance::Present) {
        return Err(ActivityError::NotPresent("服务时长".into()));
    }
    Ok(())
}

/// What the organizer may do on a person's line of the list.
pub(super) fn member_permits(
    a: &ActivityRow,
    status: SignupStatus,
    m: &Member,
    now: NaiveDateTime,
) -> MemberPermits {
    let present = m.attendance == Some(Attendance::Present);
    let never = |_: &ActivityError| false;
    let who = Who::from(m);
    MemberPermits {
        // Before check-in opens, 签到 shows disabled with the time it opens.
        check_in: if present {
            Permit::absent(None)
        } else {
            Permit::of(check_in(a, status, &m.name, now), |e| {
                matches!(e, ActivityError::CheckInNotOpen(_))
            })
        },
        undo_check_in: if present {
            Permit::of(attendance_open(a, status, &m.name), never)
        } else {
            Permit::absent(None)
        },
        // Until the end, 签到 and 撤销签到 keep attendance; 更正出勤 (with a reason) after it.
        correct: if a.phase == Phase::Finished {
            Permit::of(on_the_list(a, status, &m.name), never)
        } else {
            Permit::absent(None)
        },
        reflection: Permit::of(reflection(a, status, &who, Actor::Organizer), never),
        hours: Permit::of(hours(a, status, &who), never),
    }
}

/// Fills the permits of every entry and person of `a`'s list.
pub(super) fn fill_list(a: &ActivityRow, list: &mut [Signup], now: NaiveDateTime) {
    for s in list {
        let entry = Entry {
            status: s.status,
            team: s.team_department_id.is_some(),
            mine: true,
        };
        s.allowed = SignupPermits {
            cancel: Permit::of(cancellable(&entry, a, Actor::Organizer, now), |_| false),
        };
        for m in &mut s.members {
            m.allowed = member_permits(a, s.status, m, now);
        }
    }
}

/// What a staff member may still do with their own entry (我的活动).
pub(super) fn my_permits(
    a: &ActivityRow,
    entry: &Entry,
    me: &Who,
    now: NaiveDateTime,
) -> MyPermits {
    let actor = Actor::Staff(me.staff_id);
    MyPermits {
        cancel: Permit::of(cancellable(entry, a, actor, now), |e| {
            matches!(
                e,
                ActivityError::AfterCancelCutoff(_) | ActivityError::TeamEntry
            )
        }),
        reflection: Permit::of(reflection(a, entry.status, me, actor), |_| false),
    }
}
