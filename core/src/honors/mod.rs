//! 评先选优 (`honors`): the year's honor categories, nominations with 资格审查, and secret voting
//! rounds with their tally.
//!
//! Main types: [`Category`] (名额, eligibility, nomination window), [`Nomination`] and the
//! [`CandidateList`] (等额 / 差额), [`Round`] (draft → open → closed, rules locked once open),
//! [`Ballot`] and [`Tally`]. Secrecy: opening a round issues one random code per entitled voter,
//! linked to nobody; [`cast_ballot`] marks the code used and stores the ballot under a random key
//! in a WITHOUT ROWID table, with no code, voter or time — so no column, id order or timestamp ties
//! a ballot to a code; closing a round empties the write-ahead log. Paper ballots are entered
//! twice ([`enter_paper_count`], 计票人 then 监票人) and merged once both agree; the 公示 text comes
//! from [`publicity_notice`]. What remains: while a round is open, a copy of the database *with
//! its write-ahead log* shows each ballot's commit next to its code, so whoever holds that copy
//! and knows who got which slip could correlate — slips must be handed out at random. Every rule
//! takes the local time `now`; writes run in an IMMEDIATE transaction.

mod categories;
mod error;
mod model;
mod nominations;
mod notice;
mod paper;
mod rounds;
mod secret;
mod tally;

pub use categories::{
    create_category, get_category, list_categories, seed_default_categories, update_category,
    DEFAULT_CATEGORIES,
};
pub use error::HonorError;
pub use model::*;
pub use nominations::{candidate_list, nominate, nominations, review_nomination};
pub use notice::{publicity_notice, working_days};
pub use paper::{enter_paper_count, paper_status};
pub use rounds::{close_round, create_round, get_round, open_round, rounds, turnout, update_round};
pub use secret::{cast_ballot, check_ballot, normalize_code};
pub use tally::{count_ballots, open_runoff, round_counts, tally, tally_round};

use chrono::NaiveDateTime;
use rusqlite::{Connection, Transaction, TransactionBehavior};

/// 2026年11月30日 18:00
fn show_time(t: NaiveDateTime) -> String {
    t.format("%Y年%-m月%-d日 %H:%M").to_string()
}

fn time_text(t: NaiveDateTime) -> String {
    t.format(TIME_FORMAT).to_string()
}

/// A write transaction that takes the write lock at once, so that check-then-write is race free.
fn write(conn: &mut Connection) -> Result<Transaction<'_>, HonorError> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

#[cfg(test)]
mod tests;
