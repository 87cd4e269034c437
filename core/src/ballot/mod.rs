//! The secret ballot (`ballot`), shared by every anonymous vote of the app: the 评先选优 rounds,
//! the 书画展览 popular vote, and the anonymous 评诺 ratings.
//!
//! A vote is a [`BoxRef`] (which feature, which round) holding one-time codes and counters:
//!
//! - Codes: 8 symbols from [`CODE_ALPHABET`] drawn from the OS's secure random source
//!   ([`new_code`]), typed in any case with spaces or dashes ([`normalize_code`]). A code keeps only
//!   a `used` flag: no voter, no time, no ballot.
//! - Counters, not ballots: one counter per [`Slot`] (a subject such as a candidate or a work, and a
//!   mark such as 赞成/反对/弃权 or 满意/基本满意/不满意), plus [`Slot::TOTAL`] for ballots cast. All
//!   of them are inserted when the vote opens; a ballot only overwrites them. Every counter is an
//!   8-byte integer (stored as [`OFFSET`] + count, so SQLite's variable-size integers never change
//!   size) and a code's flag 0 → 1 keeps its record size, so SQLite rewrites each record in place:
//!   the bytes of the file after a set of ballots are the same whatever order they were cast in.
//! - [`cast`] checks the feature's own rules, spends the code and adds the ballot to its counters in
//!   one IMMEDIATE transaction, then empties the write-ahead log (whose frames would keep the order
//!   of commits). Every connection runs with `secure_delete` on, so nothing freed keeps old bytes.
//! - Unused codes can be listed for slips until the first ballot is cast; after that only
//!   [`reprint_codes`], with a reason, which is logged and counted in the result report.
//!
//! A new kind of vote adds a [`BoxKind`], chooses its slots, and calls [`open_box`], [`cast`] and
//! [`counts`]; it never touches the tables itself.

mod codes;
mod error;
mod store;

pub use codes::{new_code, normalize_code, CODE_ALPHABET, CODE_LEN};
pub use error::BallotError;
pub use store::{
    add_codes, cast, check_code, counts, forget_write_order, has_ballots, open_box, reprint_codes,
    reprints, turnout, unused_codes, Counts,
};

/// Counters are stored as `OFFSET + count`: an integer of at least 2^62 always takes SQLite's
/// 8-byte form, so a counter's record never changes size as it grows.
pub const OFFSET: i64 = 1 << 62;

/// The largest count a counter (or a code count) holds; a ballot beyond it is refused.
pub const MAX_COUNT: u32 = u32::MAX;

/// Which feature a ballot box belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoxKind {
    /// A 评先选优 voting round (`ref_id` = `honor_round.id`).
    HonorRound,
    /// The popular vote of a 书画展览 (`ref_id` = `activity.id`).
    Exhibition,
    /// One sheet of an anonymous 评诺 round (`ref_id` = `pledge_sheet.id`).
    PledgeSheet,
}

impl BoxKind {
    fn as_sql(self) -> &'static str {
        match self {
            BoxKind::HonorRound => "honor_round",
            BoxKind::Exhibition => "exhibition",
            BoxKind::PledgeSheet => "pledge_sheet",
        }
    }
}

/// One secret vote: a feature's round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoxRef {
    pub kind: BoxKind,
    pub ref_id: i64,
}

impl BoxRef {
    pub fn honor_round(round_id: i64) -> Self {
        BoxRef {
            kind: BoxKind::HonorRound,
            ref_id: round_id,
        }
    }

    pub fn exhibition(activity_id: i64) -> Self {
        BoxRef {
            kind: BoxKind::Exhibition,
            ref_id: activity_id,
        }
    }
}

/// What a counter counts: a `subject` (a candidate's nomination, a work, a person rated; ids are
/// positive) and a `mark` the feature defines (e.g. 0 赞成, 1 反对, 2 弃权).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slot {
    pub subject: i64,
    pub mark: u8,
}

impl Slot {
    /// Ballots cast (subject 0 is no candidate).
    pub const TOTAL: Slot = Slot {
        subject: 0,
        mark: 0,
    };

    pub fn new(subject: i64, mark: u8) -> Self {
        Slot { subject, mark }
    }
}

#[cfg(test)]
pub(crate) mod tests;
