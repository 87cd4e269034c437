//! 递补: free places go to waitlisted entries in order of arrival, each exactly once. Runs inside
//! the transaction that frees the places (a cancellation, a raised capacity).

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::SignupStatus;
use super::{store, ActivityError};

/// Gives free places to waitlisted entries in order of arrival, each exactly once. Returns how
/// many moved up.
pub(crate) fn promote(
    conn: &Connection,
    activity_id: i64,
    capacity: Option<u32>,
    now: NaiveDateTime,
) -> Result<u32, ActivityError> {
    let mut promoted = 0;
    loop {
        if let Some(c) = capacity {
            if store::confirmed_count(conn, activity_id)? >= c {
                break;
            }
        }
        let Some(next) = store::first_waitlisted(conn, activity_id)? else {
            break;
        };
        store::set_signup_status(conn, next, SignupStatus::Confirmed, now)?;
        promoted += 1;
    }
    Ok(promoted)
}
