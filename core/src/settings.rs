//! 单位设置: the unit's name and other key/value settings kept in the `setting` table.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Coded, StoreError};

pub(crate) const UNIT_NAME: &str = "unit_name";
/// Shown until the organizer names the unit at first start.
pub const DEFAULT_UNIT_NAME: &str = "市X局";
const UNIT_NAME_MAX: usize = 40;

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
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UnitInfo {
    pub unit_name: String,
    /// False until the organizer has set a password at first start.
    pub password_set: bool,
    /// Staff self-service asks for a personal PIN.
    pub staff_pins_enabled: bool,
}

/// What the window asks for at start: the unit, the current role and where the data lives.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub unit: UnitInfo,
    pub role: crate::auth::Role,
    pub db_path: String,
    /// The voting round the window is locked to as a 投票终端, if any.
    #[ts(type = "number | null")]
    pub kiosk_round: Option<i64>,
}

pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub(crate) fn put(conn: &Connection, key: &str, value: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

pub fn unit_info(conn: &Connection) -> Result<UnitInfo, StoreError> {
    Ok(UnitInfo {
        unit_name: get(conn, UNIT_NAME)?.unwrap_or_else(|| DEFAULT_UNIT_NAME.to_string()),
        password_set: crate::auth::password_is_set(conn)?,
        staff_pins_enabled: crate::auth::staff_pins_enabled(conn)?,
    })
}

pub(crate) fn check_unit_name(name: &str) -> Result<String, SettingsError> {
    crate::text::required("单位名称", name, UNIT_NAME_MAX).map_err(SettingsError::Invalid)
}

pub fn set_unit_name(conn: &mut Connection, name: &str) -> Result<UnitInfo, SettingsError> {
    let name = check_unit_name(name)?;
    let tx = conn.transaction()?;
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
