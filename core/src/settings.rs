//! 单位设置: the unit's name, the first start (the unit's name and the organizer password
//! together), and what every screen needs to know about the unit. Values are kept in the
//! `setting` table ([`crate::store::setting`]).

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::auth::{self, AuthError};
use crate::error::{Coded, StoreError};
use crate::store::setting::{get, put};
use crate::store::write;

const UNIT_NAME: &str = "unit_name";
/// Shown until the organizer names the unit at first start.
pub const DEFAULT_UNIT_NAME: &str = "市X局";
pub const UNIT_NAME_MAX: usize = 40;

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for SettingsError {
    fn code(&self) -> &'static str {
        match self {
            SettingsError::Invalid(_) => "settings.invalid",
            SettingsError::Store(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for SettingsError {
    fn from(e: rusqlite::Error) -> Self {
        SettingsError::Store(e.into())
    }
}

/// What every screen needs to know about the unit and the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UnitInfo {
    pub unit_name: String,
    /// False until the organizer has set a password at first start.
    pub password_set: bool,
    /// Staff self-service asks for a personal PIN.
    pub staff_pins_enabled: bool,
    /// Organizer mode locks itself after this many minutes without an organizer action.
    pub organizer_idle_minutes: u32,
    /// The person chosen in self-service is forgotten after this many idle minutes.
    pub self_service_idle_minutes: u32,
    /// The longest idle time the organizer may choose.
    pub organizer_idle_minutes_max: u32,
    /// Wrong PINs in a row that lock a person's PIN, and for how many minutes.
    pub pin_attempts: u32,
    pub pin_lockout_minutes: u32,
}

/// What the window asks for at start: the unit, the current role and where the data lives.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub unit: UnitInfo,
    pub role: auth::Role,
    pub db_path: String,
    /// The vote the window is locked to as a 投票终端, if any.
    pub kiosk: Option<crate::auth::Kiosk>,
}

impl UnitInfo {
    /// What the window assumes until the database has answered: no name, no password, and the
    /// rules' defaults (sent with the facts, so the window keeps no copy of them).
    pub fn before_start() -> UnitInfo {
        UnitInfo {
            unit_name: String::new(),
            password_set: false,
            staff_pins_enabled: false,
            organizer_idle_minutes: auth::DEFAULT_ORGANIZER_IDLE_MINUTES,
            self_service_idle_minutes: auth::SELF_SERVICE_IDLE_MINUTES,
            organizer_idle_minutes_max: auth::ORGANIZER_IDLE_MINUTES_MAX,
            pin_attempts: auth::MAX_FAILED_PINS,
            pin_lockout_minutes: auth::PIN_LOCKOUT.num_minutes() as u32,
        }
    }
}

pub fn unit_info(conn: &Connection) -> Result<UnitInfo, StoreError> {
    Ok(UnitInfo {
        unit_name: get(conn, UNIT_NAME)?.unwrap_or_else(|| DEFAULT_UNIT_NAME.to_string()),
        password_set: auth::password_is_set(conn)?,
        staff_pins_enabled: auth::staff_pins_enabled(conn)?,
        organizer_idle_minutes: auth::organizer_idle_minutes(conn)?,
        ..UnitInfo::before_start()
    })
}

fn check_unit_name(name: &str) -> Result<String, SettingsError> {
    crate::text::required("单位名称", name, UNIT_NAME_MAX).map_err(SettingsError::Invalid)
}

/// First start: sets the organizer password and the unit's name together, in one transaction.
/// Refused once a password exists.
pub fn set_first_password(
    conn: &mut Connection,
    password: &str,
    unit_name: &str,
) -> Result<(), AuthError> {
    let hash = auth::hash_password(password)?;
    let unit_name = check_unit_name(unit_name).map_err(|e| AuthError::Invalid(e.to_string()))?;
    let tx = write(conn)?;
    auth::store_first_password(&tx, &hash)?;
    put(&tx, UNIT_NAME, &unit_name)?;
    tx.commit()?;
    Ok(())
}

pub fn set_unit_name(conn: &mut Connection, name: &str) -> Result<UnitInfo, SettingsError> {
    let name = check_unit_name(name)?;
    let tx = write(conn)?;
    put(&tx, UNIT_NAME, &name)?;
    tx.commit()?;
    Ok(unit_info(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_name_defaults_until_set_and_rejects_blank_or_too_long_names() {
        let mut conn = crate::store::open_in_memory().unwrap();
        assert_eq!(unit_info(&conn).unwrap().unit_name, DEFAULT_UNIT_NAME);
        assert_eq!(
            set_unit_name(&mut conn, " 市科技局 ").unwrap().unit_name,
            "市科技局"
        );
        let err: crate::AppError = set_unit_name(&mut conn, "  ").unwrap_err().into();
        assert_eq!(err.code, "settings.invalid");
        assert_eq!(err.message, "单位名称不能为空");
        assert!(set_unit_name(&mut conn, &"局".repeat(41)).is_err());
        assert_eq!(unit_info(&conn).unwrap().unit_name, "市科技局");
    }
}
