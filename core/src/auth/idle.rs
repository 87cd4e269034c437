//! 自动锁定: after how many idle minutes organizer mode ends (the unit's choice, kept in the
//! `setting` table), and how soon a person chosen in self-service is let go.

use std::time::Duration;

use rusqlite::Connection;

use super::AuthError;
use crate::error::StoreError;
use crate::store::setting;

const ORGANIZER_IDLE_KEY: &str = "organizer_idle_minutes";
/// Organizer mode locks itself after this many idle minutes unless the unit chose otherwise.
pub const DEFAULT_ORGANIZER_IDLE_MINUTES: u32 = 15;
/// The longest idle time the unit may choose (2 hours).
pub const ORGANIZER_IDLE_MINUTES_MAX: u32 = 120;
/// The person chosen in self-service is forgotten after this many idle minutes.
pub const SELF_SERVICE_IDLE_MINUTES: u32 = 3;

/// After how many idle minutes organizer mode locks itself.
pub fn organizer_idle_minutes(conn: &Connection) -> Result<u32, StoreError> {
    Ok(setting::get(conn, ORGANIZER_IDLE_KEY)?
        .and_then(|v| v.parse().ok())
        .filter(|m| (1..=ORGANIZER_IDLE_MINUTES_MAX).contains(m))
        .unwrap_or(DEFAULT_ORGANIZER_IDLE_MINUTES))
}

/// [`organizer_idle_minutes`] as a duration, for the session.
pub fn organizer_idle(conn: &Connection) -> Result<Duration, StoreError> {
    Ok(Duration::from_secs(
        u64::from(organizer_idle_minutes(conn)?) * 60,
    ))
}

/// 设置 → 自动锁定: 1 to [`ORGANIZER_IDLE_MINUTES_MAX`] minutes.
pub fn set_organizer_idle_minutes(conn: &mut Connection, minutes: u32) -> Result<(), AuthError> {
    if !(1..=ORGANIZER_IDLE_MINUTES_MAX).contains(&minutes) {
        return Err(AuthError::IdleOutOfRange);
    }
    let tx = conn.transaction()?;
    setting::put(&tx, ORGANIZER_IDLE_KEY, &minutes.to_string())?;
    tx.commit()?;
    Ok(())
}
