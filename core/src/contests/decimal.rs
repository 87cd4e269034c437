//! Exact decimal arithmetic for judged scores.
//!
//! A judge's mark has at most two decimals (92.35). Marks are kept as integer hundredths
//! ([`Centi`]), so sums are exact; a mean is kept as the exact fraction `sum / count` and rounded
//! only once, at the end, half up (四舍五入) to the configured number of decimals. Across IPC a
//! [`Centi`] is a plain JSON number (92.35); a number with more than two decimals is refused rather
//! than silently rounded.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ContestError;

/// A non-negative mark in hundredths of a point: `Centi(9235)` is 92.35.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Centi(pub u32);

impl Centi {
    /// Whole points: `Centi::points(40)` is 40.00.
    pub const fn points(p: u32) -> Self {
        Centi(p * 100)
    }

    pub const fn hundredths(self) -> u32 {
        self.0
    }

    /// From a number typed or sent by the UI. Refuses negative numbers, NaN, and more than two
    /// decimals (`92.355`); tolerates binary noise such as `0.1 + 0.2`.
    pub fn from_f64(x: f64) -> Result<Self, ContestError> {
        let scaled = x * 100.0;
        let rounded = scaled.round();
        if !x.is_finite() || x < 0.0 || (scaled - rounded).abs() > 1e-6 || rounded > u32::MAX as f64
        {
            return Err(ContestError::InvalidMark(format!("{x}")));
        }
        Ok(Centi(rounded as u32))
    }

    /// From text such as "92", "92.5" or "92.35".
    pub fn parse(s: &str) -> Result<Self, ContestError> {
        let bad = || ContestError::InvalidMark(s.to_string());
        let t = s.trim();
        let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
        if whole.is_empty()
            || frac.len() > 2
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        let whole: u32 = whole.parse().map_err(|_| bad())?;
        let frac: u32 = format!("{frac:0<2}").parse().map_err(|_| bad())?;
        whole
            .checked_mul(100)
            .and_then(|w| w.checked_add(frac))
            .map(Centi)
            .ok_or_else(bad)
    }

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

/// "92", "92.5", "92.35": no trailing zeros, as marks are written on a score sheet.
impl fmt::Display for Centi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, frac) = (self.0 / 100, self.0 % 100);
        match frac {
            0 => write!(f, "{whole}"),
            f2 if f2 % 10 == 0 => write!(f, "{whole}.{}", f2 / 10),
            f2 => write!(f, "{whole}.{f2:02}"),
        }
    }
}

impl Serialize for Centi {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.as_f64())
    }
}

impl<'de> Deserialize<'de> for Centi {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let x = f64::deserialize(d)?;
        Centi::from_f64(x).map_err(serde::de::Error::custom)
    }
}

/// `sum / count` hundredths, rounded half up to `decimals` places and returned scaled by
/// `10^decimals` (a mean of 91.665 with 2 decimals is 9167). Exact: integer arithmetic only.
pub fn round_mean(sum: u64, count: u64, decimals: u8) -> u64 {
    debug_assert!(count > 0 && decimals <= 4);
    let scale = 10u64.pow(decimals as u32);
    let denominator = count * 100;
    (2 * sum * scale + denominator) / (2 * denominator)
}

/// `9167` with 2 decimals → "91.67"; always shows exactly `decimals` places.
pub fn show_scaled(value: u64, decimals: u8) -> String {
    if decimals == 0 {
        return value.to_string();
    }
    let scale = 10u64.pow(decimals as u32);
    format!(
        "{}.{:0width$}",
        value / scale,
        value % scale,
        width = decimals as usize
    )
}
