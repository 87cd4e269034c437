//! The results of every kind of contest as the window reads them, whatever the kind: the
//! 成绩表 / 获奖名单 (judged contests, tournaments and timed contests alike, in the shared
//! [`ResultSheet`] form; a timed contest's 科室团体成绩 too), the 奖状, the .xlsx, and a person's
//! places on their record.
//!
//! Staff see only what is final: a judged or timed contest's published results and a finished
//! tournament's places. Anything else — a draft activity, unpublished results, a tournament still
//! running — is refused to staff exactly as an activity that does not exist, so a guessed id tells
//! nothing.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::sheet::{export_sheet, Certificate, ResultSheet, ResultSheetKind};
use super::{judged, timed, tournaments, Sport};
use crate::activities::{self, Activity, ActivityError};
use crate::auth::Role;
use crate::exports::ExportedFile;
use crate::AppError;

enum Results {
    Judged,
    Tournament,
    Timed,
}

fn kind_of(a: &Activity) -> Results {
    if Sport::of_kind(a.kind).is_some() {
        Results::Tournament
    } else if timed::is_timed_kind(a.kind) {
        Results::Timed
    } else {
        Results::Judged
    }
}

/// Whether the results of the activity are final: published (judged, timed) or finished
/// (tournament).
fn results_final(conn: &Connection, a: &Activity, now: NaiveDateTime) -> Result<bool, AppError> {
    Ok(match kind_of(a) {
        Results::Tournament => tournaments::tournament_finished(conn, a.id)?,
        Results::Timed => timed::timed_published(conn, a.id)?,
        Results::Judged => {
            judged::is_judged_kind(a.kind)
                && judged::judged_contest(conn, a.id, now)?
                    .published_at
                    .is_some()
        }
    })
}

/// The activity as `viewer` may read its results: staff only once they are final.
fn readable(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<Activity, AppError> {
    let a = activities::activity_for(conn, activity_id, now, viewer)?;
    if viewer == Role::Staff && !results_final(conn, &a, now)? {
        return Err(ActivityError::NotFound.into());
    }
    Ok(a)
}

/// The 成绩表 or the 获奖名单 (a timed contest's 科室团体成绩 too) of a contest or a tournament, as
/// `viewer` may see it.
pub fn result_sheet_for(
    conn: &Connection,
    activity_id: i64,
    kind: ResultSheetKind,
    now: NaiveDateTime,
    viewer: Role,
) -> Result<ResultSheet, AppError> {
    let a = readable(conn, activity_id, now, viewer)?;
    Ok(match kind_of(&a) {
        Results::Tournament => tournaments::tournament_sheet(conn, activity_id, kind)?,
        Results::Timed => timed::timed_sheet(conn, activity_id, kind, now)?,
        Results::Judged => judged::result_sheet(conn, activity_id, kind, now)?,
    })
}

/// Writes a result sheet of a contest or a tournament as .xlsx into `dir`.
pub fn export_result_sheet(
    conn: &Connection,
    activity_id: i64,
    kind: ResultSheetKind,
    dir: &std::path::Path,
    now: NaiveDateTime,
) -> Result<ExportedFile, AppError> {
    let sheet = result_sheet_for(conn, activity_id, kind, now, Role::Organizer)?;
    export_sheet(&sheet, dir, now)
}

/// The 奖状 of a contest (published) or a tournament (finished), best first (a timed contest: group
/// by group).
pub fn certificates(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<Certificate>, AppError> {
    let a = activities::get_activity(conn, activity_id, now)?;
    Ok(match kind_of(&a) {
        Results::Tournament => tournaments::tournament_certificates(conn, activity_id)?,
        Results::Timed => timed::timed_certificates(conn, activity_id, now)?,
        Results::Judged => judged::certificates(conn, activity_id, now)?,
    })
}

/// A place on a person's record: an award of a published contest (judged or timed) or a 冠军 /
/// 亚军 / 季军 of a finished tournament.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ContestPlace {
    #[ts(type = "number")]
    pub activity_id: i64,
    pub activity_title: String,
    pub starts_at: NaiveDateTime,
    /// 一等奖, 冠军 …
    pub result: String,
}

/// The places of one person in every published contest and finished tournament, newest first.
pub fn staff_places(
    conn: &Connection,
    staff_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<ContestPlace>, AppError> {
    // Every year a record can hold (stored dates compare as text, so no sign or fifth digit).
    let from = NaiveDate::from_ymd_opt(1900, 1, 1).expect("a date");
    let to = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date");
    let mut out: Vec<ContestPlace> = judged::published_awards(conn, from, to, now)?
        .into_iter()
        .chain(timed::published_timed_awards(conn, from, to, now)?)
        .filter(|a| a.staff_id == staff_id)
        .map(|a| ContestPlace {
            activity_id: a.activity_id,
            activity_title: a.activity_title,
            starts_at: a.starts_at,
            result: a.award.label().to_string(),
        })
        .collect();
    for p in tournaments::finished_places(conn, from, to)? {
        if p.staff_id != staff_id {
            continue;
        }
        if let Some(title) = tournaments::place_title(p.place) {
            out.push(ContestPlace {
                activity_id: p.activity_id,
                activity_title: p.activity_title,
                starts_at: p.starts_at,
                result: title.to_string(),
            });
        }
    }
    out.sort_by(|a, b| {
        b.starts_at
            .cmp(&a.starts_at)
            .then(a.activity_id.cmp(&b.activity_id))
    });
    Ok(out)
}
