//! The plain rules of the LAN window: what a start needs, which peers are answered, the tokens.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use chrono::NaiveDateTime;
use rand::rngs::OsRng;
use rand::TryRngCore;
use rusqlite::Connection;

use super::{LanError, LanStartInput, Purpose, MINUTES_MAX, MINUTES_MIN};
use crate::auth;

/// The purposes of a start, checked: 15..=480 minutes, at least one purpose and none twice, and
/// only while personal PINs are on (a phone proves who it is with the PIN alone).
pub fn check_start(conn: &Connection, input: &LanStartInput) -> Result<Vec<Purpose>, LanError> {
    if !(MINUTES_MIN..=MINUTES_MAX).contains(&input.minutes) {
        return Err(LanError::MinutesOutOfRange);
    }
    if input.purposes.is_empty() {
        return Err(LanError::NoPurpose);
    }
    let mut purposes = input.purposes.clone();
    purposes.sort();
    if let Some(twice) = purposes.windows(2).find(|w| w[0] == w[1]) {
        return Err(LanError::DuplicatePurpose(twice[0].label()));
    }
    if !auth::staff_pins_enabled(conn)? {
        return Err(LanError::PinsOff);
    }
    Ok(purposes)
}

/// Whether a peer may be answered: the loopback and the private ranges (10/8, 172.16/12,
/// 192.168/16, fc00::/7, fe80::/10), an IPv4 address mapped into IPv6 judged as the IPv4 one.
/// Everything else — public addresses, the unspecified and broadcast ones — is refused.
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => private_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => private_v4(v4),
            None => private_v6(v6),
        },
    }
}

fn private_v4(ip: Ipv4Addr) -> bool {
    ip.is_loopback() || ip.is_private()
}

fn private_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    ip.is_loopback() || (first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80
}

/// A fresh random token from the OS's secure source: `bytes` random bytes as lower-case hex.
pub(super) fn random_hex(bytes: usize) -> Result<String, LanError> {
    let mut buf = vec![0u8; bytes];
    OsRng
        .try_fill_bytes(&mut buf)
        .map_err(|e| LanError::Random(e.to_string()))?;
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

/// The token of a LAN window's address (`/m/<token>/`): 96 random bits, short enough for a QR
/// code a phone reads from across a room.
pub fn window_token() -> Result<String, LanError> {
    random_hex(12)
}

/// Compares a token from a request with the real one without stopping at the first difference.
pub fn tokens_match(given: &str, real: &str) -> bool {
    given.len() == real.len()
        && given
            .bytes()
            .zip(real.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// The end of a window as the organizer and the phones see it: "YYYY-MM-DD HH:MM".
pub fn show_until(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}
