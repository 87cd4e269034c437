//! 手机参与 (`lan`): staff take part from their own phones over the unit's own network, while the
//! data stays on this one machine.
//!
//! The organizer opens a window of 15 minutes to a working day ([`check_start`]) for chosen
//! [`Purpose`]s; the shell then serves the phone page under `/m/<token>/` ([`window_token`]) to
//! peers in the private ranges and the loopback only ([`is_private`]), each address held to a
//! token bucket ([`RateLimiter`]). A phone identifies with 工号 + personal PIN ([`login`], which
//! goes through [`crate::auth::as_staff`]: the same PIN check and lockout as the desktop) and gets
//! a random session token kept in memory only ([`PhoneSessions`]), ending with the window. Voting
//! by phone needs no login: a one-time code through [`crate::ballot`], as at the 投票终端.
//!
//! No HTTP here: the rules only, as plain functions the shell calls (src-tauri/src/lan/).

mod error;
mod limiter;
mod phones;
mod reads;
mod rules;

pub use error::{LanError, MINUTES_DEFAULT, MINUTES_MAX, MINUTES_MIN, MINUTES_OFFERED};
pub use limiter::{RateLimiter, RATE_BURST, RATE_PER_SECOND, RATE_TABLE_MAX};
pub use phones::{login, PhoneSessions, PHONE_SESSIONS_MAX};
pub use reads::{open_activities, open_pledge_rounds, open_votes, phone_info};
pub use rules::{check_start, is_private, show_until, tokens_match, window_token};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the organizer switches on for phones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Purpose {
    /// 活动报名: open activities, sign up, cancel one's place.
    Signup,
    /// 我的活动 and 心得.
    MyActivities,
    /// 亮诺: publish one's own pledge, see one's own.
    Pledge,
    /// 评诺 by name (实名评价, and 自评 in any open round).
    PledgeRating,
    /// 投票 with a one-time code in an open 评先选优 round: no 工号, no PIN.
    Vote,
}

impl Purpose {
    /// The name the organizer sees.
    pub fn label(self) -> &'static str {
        match self {
            Purpose::Signup => "活动报名",
            Purpose::MyActivities => "我的活动和心得",
            Purpose::Pledge => "亮诺",
            Purpose::PledgeRating => "评诺",
            Purpose::Vote => "投票",
        }
    }
}

/// 开启手机参与: for how long and for what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LanStartInput {
    /// 15..=480
    pub minutes: u32,
    pub purposes: Vec<Purpose>,
}

/// What the organizer's window shows.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LanStatus {
    pub on: bool,
    pub purposes: Vec<Purpose>,
    /// "YYYY-MM-DD HH:MM", local time.
    pub until: Option<String>,
    /// http://<lan ip>:<port>/m/<token>/
    pub url: Option<String>,
    /// The url as a QR code, an `<svg>` string.
    pub qr_svg: Option<String>,
    /// Devices seen in the last 2 minutes.
    pub phones: u32,
    /// Every private IPv4 address of the machine (for a second network card).
    pub addresses: Vec<String>,
}

/// `GET api/info`: what the phone page shows first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PhoneInfo {
    pub unit_name: String,
    pub purposes: Vec<Purpose>,
    /// "YYYY-MM-DD HH:MM", local time.
    pub until: String,
}

/// `POST api/login`: 工号 + personal PIN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PhoneLogin {
    pub employee_no: String,
    pub pin: String,
}

/// A phone's login: the token it sends as `Authorization: Bearer <token>`, and who it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PhoneSession {
    pub token: String,
    #[ts(type = "number")]
    pub staff_id: i64,
    pub name: String,
    pub department: String,
}

#[cfg(test)]
mod tests;
