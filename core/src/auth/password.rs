//! The organizer password: set once at first start, verified at login, changed in settings.
//! Only an argon2id PHC string is stored (setting `organizer_password_hash`).

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use rusqlite::Connection;

use super::AuthError;
use crate::store::{setting, write};

const HASH_KEY: &str = "organizer_password_hash";
const MIN_LEN: usize = 6;
const MAX_LEN: usize = 64;

pub fn password_is_set(conn: &Connection) -> Result<bool, crate::error::StoreError> {
    Ok(setting::get(conn, HASH_KEY)?.is_some())
}

/// Stores the first organizer password's hash (from [`hash_password`]) in the caller's
/// transaction; refused once a password exists. The first start itself, with the unit's name, is
/// `settings::set_first_password`.
pub(crate) fn store_first_password(tx: &Connection, hash: &str) -> Result<(), AuthError> {
    if password_is_set(tx)? {
        return Err(AuthError::AlreadySet);
    }
    setting::put(tx, HASH_KEY, hash)?;
    Ok(())
}

/// Checks `password` against the stored hash.
pub fn verify_password(conn: &Connection, password: &str) -> Result<(), AuthError> {
    let stored = setting::get(conn, HASH_KEY)?.ok_or(AuthError::NotSet)?;
    let parsed = PasswordHash::new(&stored).map_err(|_| AuthError::WrongPassword)?;
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .map_err(|_| AuthError::WrongPassword)
}

pub fn change_password(conn: &mut Connection, old: &str, new: &str) -> Result<(), AuthError> {
    verify_password(conn, old)?;
    let hash = hash_password(new)?;
    let tx = write(conn)?;
    setting::put(&tx, HASH_KEY, &hash)?;
    tx.commit()?;
    Ok(())
}

/// Checks a new password (6–64 characters, no spaces at either end) and hashes it (argon2id).
pub(crate) fn hash_password(password: &str) -> Result<String, AuthError> {
    let n = password.chars().count();
    if n < MIN_LEN {
        return Err(AuthError::WeakPassword(format!("密码至少 {MIN_LEN} 位")));
    }
    if n > MAX_LEN {
        return Err(AuthError::WeakPassword(format!("密码最多 {MAX_LEN} 位")));
    }
    if password.trim() != password {
        return Err(AuthError::WeakPassword("密码首尾不能是空格".into()));
    }
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AuthError::WeakPassword(format!("无法保存密码：{e}")))
}
