//! Staff self-service: a person chooses themselves by 姓名 / 工号 and, when the organizer has turned
//! PINs on, confirms with their personal PIN (4–6 digits, set by the organizer, stored as argon2).

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use rusqlite::{params, Connection, OptionalExtension};

use super::AuthError;
use crate::store::{setting, write};

const PINS_KEY: &str = "staff_pins_enabled";

pub fn staff_pins_enabled(conn: &Connection) -> Result<bool, crate::error::StoreError> {
    Ok(setting::get(conn, PINS_KEY)?.as_deref() == Some("1"))
}

pub fn set_staff_pins_enabled(conn: &mut Connection, enabled: bool) -> Result<(), AuthError> {
    let tx = write(conn)?;
    setting::put(&tx, PINS_KEY, if enabled { "1" } else { "0" })?;
    tx.commit()?;
    Ok(())
}

/// Sets (or with `None` clears) a person's PIN.
pub fn set_staff_pin(
    conn: &mut Connection,
    staff_id: i64,
    pin: Option<&str>,
) -> Result<(), AuthError> {
    let hash = match pin {
        Some(p) => {
            if !(4..=6).contains(&p.len()) || !p.chars().all(|c| c.is_ascii_digit()) {
                return Err(AuthError::Invalid("个人 PIN 应为 4 到 6 位数字".into()));
            }
            let salt = SaltString::generate(&mut OsRng);
            let h = Argon2::default()
                .hash_password(p.as_bytes(), &salt)
                .map_err(|e| AuthError::Invalid(e.to_string()))?;
            Some(h.to_string())
        }
        None => None,
    };
    let tx = write(conn)?;
    if tx.execute(
        "UPDATE staff SET pin_hash = ?2 WHERE id = ?1",
        params![staff_id, hash],
    )? == 0
    {
        return Err(AuthError::Invalid("找不到这名职工，请刷新后再试".into()));
    }
    tx.commit()?;
    Ok(())
}

/// Whether a person has a PIN.
pub fn staff_has_pin(conn: &Connection, staff_id: i64) -> Result<bool, AuthError> {
    let hash: Option<Option<String>> = conn
        .query_row(
            "SELECT pin_hash FROM staff WHERE id = ?1",
            [staff_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(hash.flatten().is_some())
}

/// The check of every self-service request: the person exists and, when PINs are on, `pin` is theirs.
pub fn verify_staff(conn: &Connection, staff_id: i64, pin: Option<&str>) -> Result<(), AuthError> {
    let row: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT name, pin_hash FROM staff WHERE id = ?1",
            [staff_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (name, hash) =
        row.ok_or_else(|| AuthError::Invalid("找不到这名职工，请重新选择".into()))?;
    if !staff_pins_enabled(conn)? {
        return Ok(());
    }
    let hash = hash.ok_or(AuthError::NoPin(name))?;
    let pin = pin
        .filter(|p| !p.is_empty())
        .ok_or(AuthError::PinRequired)?;
    let parsed = PasswordHash::new(&hash).map_err(|_| AuthError::WrongPin)?;
    Argon2::default()
        .verify_password(pin.as_bytes(), &parsed)
        .map_err(|_| AuthError::WrongPin)
}
