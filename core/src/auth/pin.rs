//! Staff self-service: a person chooses themselves by 姓名 / 工号 and, when the organizer has turned
//! PINs on, confirms with their personal PIN (4–6 digits, set by the organizer one by one or for a
//! whole 科室 at once, stored only as an argon2id hash).
//!
//! Wrong PINs count per person in the database (`staff_pin_lock`): after [`MAX_FAILED_PINS`] in a
//! row the person's PIN is refused, the right one too, until [`PIN_LOCKOUT`] has passed, also
//! across a restart of the app. A right PIN, or a new PIN from the organizer, clears the count.
//!
//! The hash is a light argon2id ([`pin_hasher`]): a PIN has at most a million values, so no hash
//! cost keeps a copied database file from revealing it; what protects a PIN is the lockout at the
//! keyboard. A light hash keeps issuing PINs for 5 000 people to seconds.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use chrono::{Duration, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use super::AuthError;
use crate::store::{setting, write};
use crate::time;

const PINS_KEY: &str = "staff_pins_enabled";
/// A personal PIN has at least this many digits …
pub const PIN_DIGITS_MIN: usize = 4;
/// … and at most this many.
pub const PIN_DIGITS_MAX: usize = 6;
/// Wrong PINs in a row that lock a person's PIN.
pub const MAX_FAILED_PINS: u32 = 5;
/// How long a person's PIN stays locked after [`MAX_FAILED_PINS`] wrong ones.
pub const PIN_LOCKOUT: Duration = Duration::minutes(15);
/// argon2id memory for PIN hashes, in KiB (the password uses argon2's default, 19 MiB).
const PIN_HASH_MEMORY_KIB: u32 = 1024;
const PIN_HASH_PASSES: u32 = 2;

pub fn staff_pins_enabled(conn: &Connection) -> Result<bool, crate::error::StoreError> {
    Ok(setting::get(conn, PINS_KEY)?.as_deref() == Some("1"))
}

pub fn set_staff_pins_enabled(conn: &mut Connection, enabled: bool) -> Result<(), AuthError> {
    let tx = write(conn)?;
    setting::put(&tx, PINS_KEY, if enabled { "1" } else { "0" })?;
    tx.commit()?;
    Ok(())
}

/// The hasher of PINs: argon2id with 1 MiB and 2 passes (see the module summary for why).
pub(super) fn pin_hasher() -> Argon2<'static> {
    let params = Params::new(PIN_HASH_MEMORY_KIB, PIN_HASH_PASSES, 1, None)
        .expect("constant argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The salted hash of a PIN (a PHC string that carries its own parameters).
pub(super) fn hash_pin(hasher: &Argon2<'_>, pin: &str) -> Result<String, AuthError> {
    let salt = SaltString::generate(&mut OsRng);
    hasher
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AuthError::Invalid(format!("无法保存个人 PIN：{e}")))
}

/// Sets (or with `None` clears) a person's PIN; a lock on their PIN is lifted.
pub fn set_staff_pin(
    conn: &mut Connection,
    staff_id: i64,
    pin: Option<&str>,
) -> Result<(), AuthError> {
    let hash = match pin {
        Some(p) => {
            if !(PIN_DIGITS_MIN..=PIN_DIGITS_MAX).contains(&p.len())
                || !p.chars().all(|c| c.is_ascii_digit())
            {
                return Err(AuthError::Invalid("个人 PIN 应为 4 到 6 位数字".into()));
            }
            Some(hash_pin(&pin_hasher(), p)?)
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
    tx.execute("DELETE FROM staff_pin_lock WHERE staff_id = ?1", [staff_id])?;
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

/// The check of every self-service request: the person exists and, when PINs are on, `pin` is
/// theirs and their PIN is not locked. A wrong PIN is counted (and the count committed) before
/// the refusal returns.
pub fn verify_staff(
    conn: &mut Connection,
    staff_id: i64,
    pin: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), AuthError> {
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
    let hash = hash.ok_or_else(|| AuthError::NoPin(name.clone()))?;
    let pin = pin
        .filter(|p| !p.is_empty())
        .ok_or(AuthError::PinRequired)?;

    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let lock: Option<(u32, Option<String>)> = tx
        .query_row(
            "SELECT failed, locked_until FROM staff_pin_lock WHERE staff_id = ?1",
            [staff_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (mut failed, locked_until) = lock.unwrap_or((0, None));
    if let Some(until) = locked_until
        .as_deref()
        .and_then(|t| time::parse_time(t).ok())
    {
        if now < until {
            return Err(AuthError::PinLocked {
                name,
                until: time::show_time(until),
            });
        }
        failed = 0;
    }
    let right = PasswordHash::new(&hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false);
    if right {
        tx.execute("DELETE FROM staff_pin_lock WHERE staff_id = ?1", [staff_id])?;
        tx.commit()?;
        return Ok(());
    }
    failed += 1;
    let until = (failed >= MAX_FAILED_PINS).then(|| now + PIN_LOCKOUT);
    tx.execute(
        "INSERT INTO staff_pin_lock (staff_id, failed, locked_until) VALUES (?1, ?2, ?3)
         ON CONFLICT (staff_id) DO UPDATE SET failed = excluded.failed,
             locked_until = excluded.locked_until",
        params![staff_id, failed, until.map(time::time_text)],
    )?;
    tx.commit()?;
    Err(match until {
        Some(until) => AuthError::PinLocked {
            name,
            until: time::show_time(until),
        },
        None => AuthError::WrongPin {
            left: MAX_FAILED_PINS - failed,
        },
    })
}
