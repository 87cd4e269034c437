//! The lifecycle: 草稿 → 报名中 → 报名截止 → 进行中 → 已结束, or 已取消. The organizer stores a
//! phase (draft, published, finished, cancelled); within `published` the state follows the clock.

use chrono::{Duration, NaiveDateTime, Timelike};
use rusqlite::Connection;

use super::model::*;
use super::waitlist::promote;
use super::{allowed, store, write, ActivityError};
use crate::auth::Role;
use crate::text;

fn with_state(row: store::ActivityRow, now: NaiveDateTime) -> Activity {
    let state = state_at(row.phase, &row.activity.schedule, now);
    let allowed = allowed::activity_permits(&row, state, now);
    Activity {
        state,
        allowed,
        ..row.activity
    }
}

/// Numbers no real activity reaches: [`CAPACITY_MAX`], [`DURATION_MAX_DAYS`], years outside
/// [`YEAR_MIN`]..=[`YEAR_MAX`].
fn check_bounds(input: &ActivityInput) -> Result<(), ActivityError> {
    if let Some(capacity) = input.capacity.filter(|c| *c > CAPACITY_MAX) {
        return Err(ActivityError::CapacityOutOfRange {
            capacity,
            max: CAPACITY_MAX,
        });
    }
    let s = &input.schedule;
    for t in [s.signup_opens_at, s.starts_at, s.ends_at] {
        let year = chrono::Datelike::year(&t);
        if !(YEAR_MIN..=YEAR_MAX).contains(&year) {
            return Err(ActivityError::YearOutOfRange {
                year,
                min: YEAR_MIN,
                max: YEAR_MAX,
            });
        }
    }
    let days = (s.ends_at - s.starts_at).num_days();
    if days > DURATION_MAX_DAYS {
        return Err(ActivityError::TooLong {
            days,
            max: DURATION_MAX_DAYS,
        });
    }
    Ok(())
}

/// Checks and tidies what the organizer typed.
fn check(input: &ActivityInput) -> Result<ActivityInput, ActivityError> {
    let invalid = ActivityError::Invalid;
    let title = text::required("活动名称", &input.title, TITLE_MAX).map_err(invalid)?;
    let place = text::optional("地点", &input.place, PLACE_MAX).map_err(invalid)?;
    let description =
        text::optional("活动说明", &input.description, DESCRIPTION_MAX).map_err(invalid)?;
    let s = &input.schedule;
    let problem = if s.ends_at <= s.starts_at {
        Some("结束时间必须晚于开始时间")
    } else if s.signup_deadline <= s.signup_opens_at {
        Some("报名截止时间必须晚于报名开始时间")
    } else if s.signup_deadline > s.ends_at {
        Some("报名截止时间不能晚于活动结束时间")
    } else if s.cancel_cutoff > s.signup_deadline.max(s.starts_at) {
        Some("取消报名截止时间不能晚于报名截止时间和活动开始时间")
    } else if input.capacity == Some(0) {
        Some("名额至少为 1；不限名额请留空")
    } else {
        None
    };
    if let Some(p) = problem {
        return Err(ActivityError::Invalid(p.to_string()));
    }
    check_bounds(input)?;
    let mut department_ids = input.department_ids.clone();
    department_ids.sort_unstable();
    department_ids.dedup();
    Ok(ActivityInput {
        title,
        place,
        description,
        department_ids,
        ..input.clone()
    })
}

fn check_departments_exist(conn: &Connection, ids: &[i64]) -> Result<(), ActivityError> {
    for id in ids {
        if crate::roster::store::department_name(conn, *id)?.is_none() {
            return Err(ActivityError::Invalid(
                "所选科室不存在，请刷新后重新选择".into(),
            ));
        }
    }
    Ok(())
}

/// Creates an activity, as a draft or published at once.
pub fn create_activity(
    conn: &mut Connection,
    input: &ActivityInput,
    publish: bool,
    now: NaiveDateTime,
) -> Result<Activity, ActivityError> {
    let input = check(input)?;
    let tx = write(conn)?;
    check_departments_exist(&tx, &input.department_ids)?;
    let id = store::insert_activity(
        &tx,
        &input,
        if publish {
            Phase::Published
        } else {
            Phase::Draft
        },
        now,
    )?;
    tx.commit()?;
    get_activity(conn, id, now)
}

/// Edits an activity that is not finished or cancelled. Raising the capacity promotes as many
/// waitlisted entries as now fit; it cannot drop below the places already taken.
pub fn update_activity(
    conn: &mut Connection,
    id: i64,
    input: &ActivityInput,
    now: NaiveDateTime,
) -> Result<Activity, ActivityError> {
    let input = check(input)?;
    let tx = write(conn)?;
    let row = store::activity(&tx, id)?.ok_or(ActivityError::NotFound)?;
    allowed::editable(&row)?;
    check_departments_exist(&tx, &input.department_ids)?;
    let confirmed = store::confirmed_count(&tx, id)?;
    if input.capacity.is_some_and(|c| c < confirmed) {
        return Err(ActivityError::CapacityBelowConfirmed(confirmed));
    }
    let taken = row.activity.confirmed + row.activity.waitlisted > 0;
    if taken && input.team_mode != row.activity.team_mode {
        return Err(ActivityError::Invalid(
            "已有人报名，不能再在个人报名和科室报名之间切换".into(),
        ));
    }
    store::update_activity(&tx, id, &input, now)?;
    promote(&tx, id, input.capacity, now)?;
    tx.commit()?;
    get_activity(conn, id, now)
}

/// 发布: a draft becomes visible and follows its sign-up times.
pub fn publish_activity(
    conn: &mut Connection,
    id: i64,
    now: NaiveDateTime,
) -> Result<Activity, ActivityError> {
    let tx = write(conn)?;
    let row = store::activity(&tx, id)?.ok_or(ActivityError::NotFound)?;
    allowed::publishable(&row)?;
    store::set_phase(&tx, id, Phase::Published, "", now)?;
    tx.commit()?;
    get_activity(conn, id, now)
}

/// 截止报名: ends the sign-up now, before its planned deadline.
pub fn close_signup(
    conn: &mut Connection,
    id: i64,
    now: NaiveDateTime,
) -> Result<Activity, ActivityError> {
    let tx = write(conn)?;
    let row = store::activity(&tx, id)?.ok_or(ActivityError::NotFound)?;
    allowed::closable(&row, state_at(row.phase, &row.activity.schedule, now))?;
    end_signup(&tx, &row, now)?;
    tx.commit()?;
    get_activity(conn, id, now)
}

fn end_signup(
    conn: &Connection,
    row: &store::ActivityRow,
    now: NaiveDateTime,
) -> Result<(), ActivityError> {
    let id = row.activity.id;
    store::set_time(conn, id, "signup_deadline", now)?;
    if row.activity.schedule.signup_opens_at >= now {
        store::set_time(conn, id, "signup_opens_at", now - Duration::seconds(1))?;
    }
    Ok(())
}

/// Fixes a contest's field (a tournament drawn, a judged contest's results published), inside the
/// caller's transaction: the sign-up ends if it had not, and until [`release_contest_field`] nobody
/// joins the list (not even by the organizer's 代报名) or gives up a place on it, so nobody plays
/// in no match and nobody drawn or scored silently leaves.
pub fn fix_contest_field(
    conn: &Connection,
    id: i64,
    now: NaiveDateTime,
) -> Result<(), ActivityError> {
    let row = store::activity(conn, id)?.ok_or(ActivityError::NotFound)?;
    if allowed::closable(&row, state_at(row.phase, &row.activity.schedule, now)).is_ok() {
        end_signup(conn, &row, now)?;
    }
    store::set_field_fixed(conn, id, Some(now))?;
    Ok(())
}

/// The draw was undone or the results unlocked: the list may change again (the sign-up stays
/// ended; the organizer may still add and remove people, staff within the times set).
pub fn release_contest_field(conn: &Connection, id: i64) -> Result<(), ActivityError> {
    store::set_field_fixed(conn, id, None)?;
    Ok(())
}

/// 取消活动: every place and waitlist entry shows as cancelled by the organizer, with the reason.
pub fn cancel_activity(
    conn: &mut Connection,
    id: i64,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Activity, ActivityError> {
    let reason = text::required("取消原因", reason, REASON_MAX).map_err(ActivityError::Invalid)?;
    let tx = write(conn)?;
    let row = store::activity(&tx, id)?.ok_or(ActivityError::NotFound)?;
    allowed::editable(&row)?;
    store::end_active_signups(&tx, id, now)?;
    store::set_phase(&tx, id, Phase::Cancelled, &reason, now)?;
    tx.commit()?;
    get_activity(conn, id, now)
}

/// 结束活动: whoever holds a place and was not checked in is recorded as absent.
pub fn finish_activity(
    conn: &mut Connection,
    id: i64,
    now: NaiveDateTime,
) -> Result<Activity, ActivityError> {
    let tx = write(conn)?;
    let row = store::activity(&tx, id)?.ok_or(ActivityError::NotFound)?;
    allowed::finishable(&row, now)?;
    store::mark_absent(&tx, id)?;
    store::set_phase(&tx, id, Phase::Finished, "", now)?;
    tx.commit()?;
    get_activity(conn, id, now)
}

pub fn get_activity(
    conn: &Connection,
    id: i64,
    now: NaiveDateTime,
) -> Result<Activity, ActivityError> {
    Ok(with_state(
        store::activity(conn, id)?.ok_or(ActivityError::NotFound)?,
        now,
    ))
}

/// One activity as `viewer` may see it: a 草稿 is the organizers' own until it is published, so
/// staff mode is answered as if it did not exist.
pub fn activity_for(
    conn: &Connection,
    id: i64,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<Activity, ActivityError> {
    let a = get_activity(conn, id, now)?;
    if viewer == Role::Staff && a.state == ActivityState::Draft {
        return Err(ActivityError::NotFound);
    }
    Ok(a)
}

/// The activity list with its filters, newest first, one page at a time: filtered, ordered and
/// counted in SQL (`store::list`), so a page costs the same whatever the number of activities.
pub fn list_activities(
    conn: &Connection,
    q: &ActivityQuery,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<ActivityPage, ActivityError> {
    let window = crate::paging::Window::of(q.page, q.page_size)?;
    let staff_view = viewer != Role::Organizer;
    let mut page = store::activity_page(conn, q, staff_view, now, window.limit, window.offset)?;
    let total = store::activity_total(conn, q, staff_view, now)?;
    store::fill_details(conn, &mut page)?;
    Ok(ActivityPage {
        items: page.into_iter().map(|r| with_state(r, now)).collect(),
        total,
    })
}

/// The activities that took place (published or finished, started before `now`) in the calendar
/// years `from_year..=to_year`, oldest first: the evidence the 创建台账 files under its 标准.
pub fn held_activities(
    conn: &Connection,
    from_year: i32,
    to_year: i32,
    now: NaiveDateTime,
) -> Result<Vec<HeldActivity>, crate::error::StoreError> {
    let (from, until) = crate::time::years_span(from_year, to_year);
    // Stored times are to the second: `now` is compared as it would be stored.
    let now = now.with_nanosecond(0).unwrap_or(now);
    let kept = store::held_between_kept(conn, from, until)?;
    Ok(kept.iter().filter(|a| a.starts_at < now).cloned().collect())
}
