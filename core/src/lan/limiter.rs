//! The per-device rate limit: a token bucket per peer address, in memory only, with a bounded
//! table. The time is passed in, so the rule is tested without waiting.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Requests a device may make at once …
pub const RATE_BURST: u32 = 30;
/// … and the steady rate after that.
pub const RATE_PER_SECOND: u32 = 3;
/// Devices remembered at most; beyond, the one idle longest is forgotten.
pub const RATE_TABLE_MAX: usize = 4096;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

#[derive(Debug)]
pub struct RateLimiter {
    burst: f64,
    per_second: f64,
    max: usize,
    buckets: HashMap<IpAddr, Bucket>,
}

impl Default for RateLimiter {
    fn default() -> Self {
        RateLimiter::new(RATE_BURST, RATE_PER_SECOND, RATE_TABLE_MAX)
    }
}

impl RateLimiter {
    pub fn new(burst: u32, per_second: u32, max: usize) -> Self {
        RateLimiter {
            burst: f64::from(burst.max(1)),
            per_second: f64::from(per_second),
            max: max.max(1),
            buckets: HashMap::new(),
        }
    }

    /// Takes one request's token for `ip` at `now`; `false` when its bucket is empty.
    pub fn allow(&mut self, ip: IpAddr, now: Instant) -> bool {
        if !self.buckets.contains_key(&ip) && self.buckets.len() >= self.max {
            self.make_room(now);
        }
        let bucket = self.buckets.entry(ip).or_insert(Bucket {
            tokens: self.burst,
            last: now,
        });
        let elapsed = now.saturating_duration_since(bucket.last).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.per_second).min(self.burst);
        bucket.last = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// Devices that made a request in the `window` before `now`.
    pub fn seen_within(&self, window: Duration, now: Instant) -> u32 {
        let seen = self
            .buckets
            .values()
            .filter(|b| now.saturating_duration_since(b.last) <= window)
            .count();
        u32::try_from(seen).unwrap_or(u32::MAX)
    }

    /// Devices remembered now (at most the table's bound).
    pub fn len(&self) -> usize {
        self.buckets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }

    /// Forgets the buckets that have filled up again (remembering them changes nothing); if none
    /// has, the fullest one (an emptied bucket, a device held back, is forgotten last).
    fn make_room(&mut self, now: Instant) {
        let (burst, per_second) = (self.burst, self.per_second);
        let level = |b: &Bucket| {
            let elapsed = now.saturating_duration_since(b.last).as_secs_f64();
            (b.tokens + elapsed * per_second).min(burst)
        };
        self.buckets.retain(|_, b| level(b) < burst);
        if self.buckets.len() >= self.max {
            if let Some(fullest) = self
                .buckets
                .iter()
                .max_by(|(_, a), (_, b)| level(a).total_cmp(&level(b)))
                .map(|(ip, _)| *ip)
            {
                self.buckets.remove(&fullest);
            }
        }
    }
}
