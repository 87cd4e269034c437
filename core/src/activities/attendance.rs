//! 签到 and attendance: check-in from the list, absences at the end, corrections with a reason,
//! 心得 for 诵读 / 学习 / 道德讲堂 and hours for 志愿服务.

use chrono::{Duration, NaiveDateTime};
use rusqlite::Connection;

use super::model::*;
use super::{show_time, store, write, ActivityError};
use crate::text;

/// Check-in opens this long before the start.
pub const CHECK_IN_OPENS_BEFORE: Duration = Duration::hours(24);

/// The member, their entry and activity, refusing drafts and cancelled activities.
fn load(
    conn: &Connection,
    member_id: i64,
) -> Result<(Member, store::SignupRow, store::ActivityRow), ActivityError> {
    let (m, s) = store::member(conn, member_id)?.ok_or(ActivityError::SignupNotFound)?;
    let a = store::activity(conn, s.activity_id)?.ok_or(ActivityError::NotFound)?;
    match a.phase {
        Phase::Draft => Err(ActivityError::NotPublished(a.activity.title)),
        Phase::Cancelled => Err(ActivityError::Cancelled(a.activity.title)),
        _ if s.status != SignupStatus::Confirmed => Err(ActivityError::NotConfirmed(m.name)),
        _ => Ok((m, s, a)),
    }
}

fn reload(conn: &Connection, member_id: i64) -> Result<Member, ActivityError> {
    Ok(store::member(conn, member_id)?
        .ok_or(ActivityError::SignupNotFound)?
        .0)
}

/// 签到: marks a confirmed person present, with the time. Opens 24 hours before the start; after
/// the activity is finished, use [`correct_attendance`].
pub fn check_in(
    conn: &mut Connection,
    member_id: i64,
    now: NaiveDateTime,
) -> Result<Member, ActivityError> {
    let tx = write(conn)?;
    let (m, _, a) = load(&tx, member_id)?;
    if a.phase == Phase::Finished {
        return Err(ActivityError::Locked(a.activity.title));
    }
    let opens = a.activity.schedule.starts_at - CHECK_IN_OPENS_BEFORE;
    if now < opens {
        return Err(ActivityError::CheckInNotOpen(show_time(opens)));
    }
    if m.attendance != Some(Attendance::Present) {
        store::set_attendance(&tx, member_id, Some(Attendance::Present), Some(now))?;
    }
    tx.commit()?;
    reload(conn, member_id)
}

/// 撤销签到 (a wrong click), before the activity is finished.
pub fn undo_check_in(conn: &mut Connection, member_id: i64) -> Result<Member, ActivityError> {
    let tx = write(conn)?;
    let (_, _, a) = load(&tx, member_id)?;
    if a.phase == Phase::Finished {
        return Err(ActivityError::Locked(a.activity.title));
    }
    store::set_attendance(&tx, member_id, None, None)?;
    tx.commit()?;
    reload(conn, member_id)
}

/// 更正出勤: sets present or absent with a reason, kept with the old value; also after the end.
pub fn correct_attendance(
    conn: &mut Connection,
    member_id: i64,
    attendance: Attendance,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Member, ActivityError> {
    let reason = text::required("更正原因", reason, REASON_MAX)
        .map_err(|_| ActivityError::ReasonRequired)?;
    let tx = write(conn)?;
    let (m, _, _) = load(&tx, member_id)?;
    if m.attendance != Some(attendance) {
        let at = (attendance == Attendance::Present).then_some(m.checked_in_at.unwrap_or(now));
        store::set_attendance(&tx, member_id, Some(attendance), at)?;
        store::insert_correction(&tx, member_id, m.attendance, attendance, &reason, now)?;
    }
    tx.commit()?;
    reload(conn, member_id)
}

/// 心得: a participant's reflection, for 诵读 / 学习 / 道德讲堂, once they attended. Staff may only
/// write their own.
pub fn set_reflection(
    conn: &mut Connection,
    member_id: i64,
    reflection: &str,
    actor: Actor,
) -> Result<Member, ActivityError> {
    let reflection =
        text::optional("心得", reflection, REFLECTION_MAX).map_err(ActivityError::Invalid)?;
    let tx = write(conn)?;
    let (m, _, a) = load(&tx, member_id)?;
    if matches!(actor, Actor::Staff(me) if me != m.staff_id) {
        return Err(ActivityError::NotYours);
    }
    if !a.activity.kind.takes_reflection() {
        return Err(ActivityError::WrongKind {
            kind: a.activity.kind.label().into(),
            what: "心得".into(),
        });
    }
    if m.attendance != Some(Attendance::Present) {
        return Err(ActivityError::NotPresent("心得".into()));
    }
    store::set_reflection(&tx, member_id, &reflection)?;
    tx.commit()?;
    reload(conn, member_id)
}

/// 志愿服务时长 in hours (0 < h ≤ 24), for people who attended; `None` clears it.
pub fn set_hours(
    conn: &mut Connection,
    member_id: i64,
    hours: Option<f64>,
) -> Result<Member, ActivityError> {
    if let Some(h) = hours {
        if !(h > 0.0 && h <= HOURS_MAX && h.is_finite()) {
            return Err(ActivityError::HoursOutOfRange {
                hours: h.to_string(),
                max: HOURS_MAX,
            });
        }
    }
    let tx = write(conn)?;
    let (m, _, a) = load(&tx, member_id)?;
    if !a.activity.kind.takes_hours() {
        return Err(ActivityError::WrongKind {
            kind: a.activity.kind.label().into(),
            what: "服务时长".into(),
        });
    }
    if m.attendance != Some(Attendance::Present) {
        return Err(ActivityError::NotPresent("服务时长".into()));
    }
    store::set_hours(&tx, member_id, hours.map(|h| (h * 10.0).round() / 10.0))?;
    tx.commit()?;
    reload(conn, member_id)
}
