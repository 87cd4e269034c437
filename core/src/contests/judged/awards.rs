//! The awards of published contests, person by person: what the points ledger counts. Results that
//! are not published (or were unlocked again) give nobody an award.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::{judged_contest, JudgingError};
use crate::activities::ActivityKind;
use crate::contests::results_lock::{self, Locked};
use crate::contests::AwardLevel;

/// One person's award in one published contest (each member of a 科室 team has one).
#[derive(Debug, Clone, PartialEq)]
pub struct PersonAward {
    pub activity_id: i64,
    pub activity_title: String,
    pub starts_at: NaiveDateTime,
    pub staff_id: i64,
    pub award: AwardLevel,
}

/// Every award of the contests published and starting in `[from, to)`, worked out from the score
/// sheets as they are now.
pub fn published_awards(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    now: NaiveDateTime,
) -> Result<Vec<PersonAward>, JudgingError> {
    let mut out = Vec::new();
    for activity_id in results_lock::published_in(conn, Locked::Judged, from, to)? {
        let contest = judged_contest(conn, activity_id, now)?;
        let starts_at = crate::activities::get_activity(conn, activity_id, now)?
            .schedule
            .starts_at;
        // The entrant of a 书画展览 is a work, of every other contest a sign-up.
        let people = |entrant: i64| -> Result<Vec<i64>, JudgingError> {
            if contest.activity_kind == ActivityKind::Exhibition {
                Ok(contest
                    .exhibition
                    .iter()
                    .flat_map(|e| &e.entries)
                    .filter(|e| e.id == entrant)
                    .map(|e| e.staff_id)
                    .collect())
            } else {
                Ok(crate::activities::signups(conn, activity_id)?
                    .into_iter()
                    .filter(|s| s.id == entrant)
                    .flat_map(|s| s.members.into_iter().map(|m| m.staff_id))
                    .collect())
            }
        };
        for result in &contest.results {
            let Some(award) = result.award else { continue };
            for staff_id in people(result.entrant_id)? {
                out.push(PersonAward {
                    activity_id,
                    activity_title: contest.activity_title.clone(),
                    starts_at,
                    staff_id,
                    award,
                });
            }
        }
    }
    Ok(out)
}
