//! One-time codes: drawn from the OS's secure random source, read back however the voter typed them.

use rand::rngs::OsRng;
use rand::TryRngCore;

use super::BallotError;

pub const CODE_LEN: usize = 8;
/// No 0/O, 1/I: 32 symbols that read unambiguously on a printed slip.
pub const CODE_ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// An 8-character code from [`CODE_ALPHABET`]; 32 symbols, so each random byte maps uniformly.
pub fn new_code() -> Result<String, BallotError> {
    let mut bytes = [0u8; CODE_LEN];
    OsRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| BallotError::Random(e.to_string()))?;
    Ok(bytes
        .iter()
        .map(|b| CODE_ALPHABET[(b & 31) as usize] as char)
        .collect())
}

/// A code as the voter typed it: upper case, without spaces or dashes.
pub fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}
