//! What a phone lists: the same reads as the desktop, narrowed to what a person may do now.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::{show_until, LanError, PhoneInfo, Purpose};
use crate::activities::{self, Activity, ActivityError};
use crate::honors::{self, HonorError, Round};
use crate::pledges::{self, PledgeError, PledgeRound, RoundState};
use crate::settings;

/// `GET api/info`.
pub fn phone_info(
    conn: &Connection,
    purposes: &[Purpose],
    until: NaiveDateTime,
) -> Result<PhoneInfo, LanError> {
    Ok(PhoneInfo {
        unit_name: settings::unit_info(conn)?.unit_name,
        purposes: purposes.to_vec(),
        until: show_until(until),
    })
}

/// Activities open for sign-up now that `staff_id` may join (the desktop's self-service rule).
pub fn open_activities(
    conn: &Connection,
    staff_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<Activity>, ActivityError> {
    activities::open_to(conn, staff_id, now)
}

/// 评先选优 rounds taking ballots now, as the 投票终端 shows them.
pub fn open_votes(conn: &Connection) -> Result<Vec<Round>, HonorError> {
    honors::open_rounds(conn)?
        .into_iter()
        .filter_map(|todo| todo.round_id)
        .map(|id| honors::ballot_round(conn, id))
        .collect()
}

/// 评诺 rounds taking ratings now (named ratings; in an anonymous round only one's 自评).
pub fn open_pledge_rounds(conn: &Connection) -> Result<Vec<PledgeRound>, PledgeError> {
    Ok(pledges::rounds(conn, None)?
        .into_iter()
        .filter(|r| r.state == RoundState::Open)
        .collect())
}
