//! 签到 and attendance: check-in from the list, absences at the end, corrections with a reason,
//! 心得 for 诵读 / 学习 / 道德讲堂 and hours for 志愿服务.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::allowed::{self, Who};
use super::model::*;
use super::{store, write, ActivityError};
use crate::text;

/// The member, their entry and activity, refusing drafts and cancelled activities.
fn load(
    conn: &Connection,
    member_id: i64,
) -> Result<(Member, store::SignupRow, store::ActivityRow), ActivityError> {
    let (m, s) = store::member(conn, member_id)?.ok_or(ActivityError::SignupNotFound)?;
    let a = store::activity(conn, s.activity_id)?.ok_or(ActivityError::NotFound)?;
    allowed::on_the_list(&a, s.status, &m.name)?;
    Ok((m, s, a))
}

/// The member as it now stands, with what the organizer may do next.
fn reload(conn: &Connection, member_id: i64, now: NaiveDateTime) -> Result<Member, ActivityError> {
    let (mut m, s) = store::member(conn, member_id)?.ok_or(ActivityError::SignupNotFound)?;
    let a = store::activity(conn, s.activity_id)?.ok_or(ActivityError::NotFound)?;
    m.allowed = allowed::member_permits(&a, s.status, &m, now);
    Ok(m)
}

/// 签到: marks a confirmed person present, with the time. Opens 24 hours before the start; after
/// the activity is finished, use [`correct_attendance`].
pub fn check_in(
    conn: &mut Connection,
    member_id: i64,
    now: NaiveDateTime,
) -> Result<Member, ActivityError> {
    let tx = write(conn)?;
    let (m, s, a) = load(&tx, member_id)?;
    allowed::check_in(&a, s.status, &m.name, now)?;
    if m.attendance != Some(Attendance::Present) {
        store::set_attendance(&tx, member_id, Some(Attendance::Present), Some(now))?;
    }
    tx.commit()?;
    reload(conn, member_id, now)
}

/// Most people one 批量签到 takes.
pub const CHECK_IN_BATCH_MAX: usize = 500;

/// 批量签到: every ticked person of the activity checked in at once, or — when one of them cannot
/// be — nobody, and the refusal names that person.
pub fn check_in_many(
    conn: &mut Connection,
    activity_id: i64,
    member_ids: &[i64],
    now: NaiveDateTime,
) -> Result<Vec<Member>, ActivityError> {
    if member_ids.is_empty() {
        return Err(ActivityError::NobodyChosen);
    }
    if member_ids.len() > CHECK_IN_BATCH_MAX {
        return Err(ActivityError::BatchTooLarge {
            count: member_ids.len(),
            max: CHECK_IN_BATCH_MAX,
        });
    }
    let tx = write(conn)?;
    for &id in member_ids {
        let (m, s, a) = load(&tx, id)?;
        if s.activity_id != activity_id {
            return Err(ActivityError::SignupNotFound);
        }
        allowed::check_in(&a, s.status, &m.name, now)?;
        if m.attendance != Some(Attendance::Present) {
            store::set_attendance(&tx, id, Some(Attendance::Present), Some(now))?;
        }
    }
    tx.commit()?;
    member_ids.iter().map(|&id| reload(conn, id, now)).collect()
}

/// 工号签到 at the door: the person with this 工号 (typed or scanned) on the activity's list is
/// checked in; `already` tells that they had been before, so the door can say so.
pub fn check_in_by_employee_no(
    conn: &mut Connection,
    activity_id: i64,
    employee_no: &str,
    now: NaiveDateTime,
) -> Result<DoorCheckIn, ActivityError> {
    let no = text::required("工号", employee_no, crate::roster::EMPLOYEE_NO_MAX)
        .map_err(ActivityError::Invalid)?;
    let tx = write(conn)?;
    store::activity(&tx, activity_id)?.ok_or(ActivityError::NotFound)?;
    let id = store::member_by_employee_no(&tx, activity_id, &no)?
        .ok_or_else(|| ActivityError::NotOnList(no.clone()))?;
    let (m, s, a) = load(&tx, id)?;
    allowed::check_in(&a, s.status, &m.name, now)?;
    let already = m.attendance == Some(Attendance::Present);
    if !already {
        store::set_attendance(&tx, id, Some(Attendance::Present), Some(now))?;
    }
    tx.commit()?;
    Ok(DoorCheckIn {
        member: reload(conn, id, now)?,
        already,
    })
}

/// 撤销签到 (a wrong click), before the activity is finished.
pub fn undo_check_in(
    conn: &mut Connection,
    member_id: i64,
    now: NaiveDateTime,
) -> Result<Member, ActivityError> {
    let tx = write(conn)?;
    let (m, s, a) = load(&tx, member_id)?;
    allowed::attendance_open(&a, s.status, &m.name)?;
    store::set_attendance(&tx, member_id, None, None)?;
    tx.commit()?;
    reload(conn, member_id, now)
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
    reload(conn, member_id, now)
}

/// 心得: a participant's reflection, for 诵读 / 学习 / 道德讲堂, once they attended. Staff may only
/// write their own.
pub fn set_reflection(
    conn: &mut Connection,
    member_id: i64,
    reflection: &str,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Member, ActivityError> {
    let reflection =
        text::optional("心得", reflection, REFLECTION_MAX).map_err(ActivityError::Invalid)?;
    let tx = write(conn)?;
    let (m, s, a) = load(&tx, member_id)?;
    allowed::reflection(&a, s.status, &Who::from(&m), actor)?;
    store::set_reflection(&tx, member_id, &reflection)?;
    tx.commit()?;
    reload(conn, member_id, now)
}

/// 心得 on one's own line of the entry `signup_id`: what a phone has (我的活动 names entries, not
/// lines). The organizer has no own line; someone not on the entry is told it is not found.
pub fn set_own_reflection(
    conn: &mut Connection,
    signup_id: i64,
    reflection: &str,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Member, ActivityError> {
    let staff_id = actor.staff_id().ok_or(ActivityError::SignupNotFound)?;
    let member =
        store::member_on(conn, signup_id, staff_id)?.ok_or(ActivityError::SignupNotFound)?;
    set_reflection(conn, member, reflection, actor, now)
}

/// 志愿服务时长 in hours (0 < h ≤ 24), for people who attended; `None` clears it.
pub fn set_hours(
    conn: &mut Connection,
    member_id: i64,
    hours: Option<f64>,
    now: NaiveDateTime,
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
    let (m, s, a) = load(&tx, member_id)?;
    allowed::hours(&a, s.status, &Who::from(&m))?;
    store::set_hours(&tx, member_id, hours.map(|h| (h * 10.0).round() / 10.0))?;
    tx.commit()?;
    reload(conn, member_id, now)
}
