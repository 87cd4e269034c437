//! The cards and the detail of profiles, with their honors (from [`crate::honors`]) and their
//! study sessions: an activity that studied a profile and whoever attended it (签到, attendance
//! 出席), read from the activities' own attendance every time, so a check-in or a correction
//! shows at once. Staff mode sees published profiles only, as if drafts did not exist.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::store::{activities_of, first_photo, row, rows, subject, visible_row, ExemplarRow};
use super::ExemplarError;
use crate::activities::{self, ActivityState, Attendance};
use crate::auth::Role;
use crate::honors;

/// The study sessions of profiles as `viewer` may see them, each activity read once.
pub(super) struct Studies {
    now: NaiveDateTime,
    viewer: Role,
    /// `None`: not a study session to show (not a study kind any more, cancelled, or a draft
    /// in staff mode).
    activities: HashMap<i64, Option<StudySession>>,
}

impl Studies {
    pub fn new(now: NaiveDateTime, viewer: Role) -> Self {
        Studies {
            now,
            viewer,
            activities: HashMap::new(),
        }
    }

    fn session(
        &mut self,
        conn: &Connection,
        activity_id: i64,
    ) -> Result<Option<StudySession>, ExemplarError> {
        if let Some(s) = self.activities.get(&activity_id) {
            return Ok(s.clone());
        }
        let a = activities::get_activity(conn, activity_id, self.now)?;
        let hidden = a.state == ActivityState::Cancelled
            || (self.viewer == Role::Staff && a.state == ActivityState::Draft)
            || !studies_exemplars(a.kind);
        let session = if hidden {
            None
        } else {
            let attendees = activities::signups(conn, activity_id)?
                .into_iter()
                .flat_map(|s| s.members)
                .filter(|m| m.attendance == Some(Attendance::Present))
                .map(|m| Attendee {
                    staff_id: m.staff_id,
                    name: m.name,
                    department_name: m.department_name,
                    checked_in_at: m.checked_in_at,
                })
                .collect();
            Some(StudySession {
                activity_id,
                title: a.title,
                kind: a.kind,
                starts_at: a.schedule.starts_at,
                attendees,
            })
        };
        self.activities.insert(activity_id, session.clone());
        Ok(session)
    }

    /// Every session that studied the profile, latest first.
    pub fn sessions(
        &mut self,
        conn: &Connection,
        exemplar_id: i64,
    ) -> Result<Vec<StudySession>, ExemplarError> {
        let mut out = Vec::new();
        for activity_id in activities_of(conn, exemplar_id)? {
            if let Some(s) = self.session(conn, activity_id)? {
                out.push(s);
            }
        }
        out.sort_by_key(|s| std::cmp::Reverse(s.starts_at));
        Ok(out)
    }
}

/// The card of one profile, whoever asks (for the organizer's own writes).
pub fn get_exemplar(
    conn: &Connection,
    id: i64,
    now: NaiveDateTime,
) -> Result<Exemplar, ExemplarError> {
    let r = row(conn, id)?;
    card(conn, r, &mut Studies::new(now, Role::Organizer))
}

fn card(
    conn: &Connection,
    r: ExemplarRow,
    studies: &mut Studies,
) -> Result<Exemplar, ExemplarError> {
    let (name, department_name) = subject(conn, r.staff_id, r.department_id)?;
    let honors = awards(conn, &r)?
        .into_iter()
        .map(|a| format!("{} {}", a.year, a.category))
        .collect();
    let sessions = studies.sessions(conn, r.id)?;
    let mut people: Vec<i64> = sessions
        .iter()
        .flat_map(|s| s.attendees.iter().map(|a| a.staff_id))
        .collect();
    people.sort_unstable();
    people.dedup();
    let last_studied_at = sessions
        .iter()
        .filter(|s| !s.attendees.is_empty())
        .map(|s| s.starts_at)
        .max();
    Ok(Exemplar {
        id: r.id,
        staff_id: r.staff_id,
        department_id: r.department_id,
        name,
        department_name,
        title: r.title,
        story: r.story,
        published: r.published,
        photo_file_id: first_photo(conn, r.id)?,
        honors,
        studied_by: people.len() as u32,
        last_studied_at,
        updated_at: r.updated_at,
    })
}

fn awards(conn: &Connection, r: &ExemplarRow) -> Result<Vec<honors::Award>, ExemplarError> {
    Ok(match (r.staff_id, r.department_id) {
        (Some(s), _) => honors::staff_awards(conn, s)?,
        (None, Some(d)) => honors::department_awards(conn, d)?,
        (None, None) => Vec::new(),
    })
}

/// 典型墙: every profile `viewer` may see (staff mode: published only), oldest first.
pub fn exemplars(
    conn: &Connection,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<Vec<Exemplar>, ExemplarError> {
    let mut studies = Studies::new(now, viewer);
    rows(conn, viewer)?
        .into_iter()
        .map(|r| card(conn, r, &mut studies))
        .collect()
}

/// One profile with its confirmed honors and every session that studied it, with who attended.
pub fn exemplar_detail(
    conn: &Connection,
    id: i64,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<ExemplarDetail, ExemplarError> {
    let r = visible_row(conn, id, viewer)?;
    let awards = awards(conn, &r)?;
    let mut studies = Studies::new(now, viewer);
    let sessions = studies.sessions(conn, id)?;
    let exemplar = card(conn, r, &mut studies)?;
    Ok(ExemplarDetail {
        exemplar,
        awards,
        sessions,
    })
}
