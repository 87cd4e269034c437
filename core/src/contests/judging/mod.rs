//! Judged contests in the store: an activity's judging rules, judges, score sheets, results,
//! publishing with a lock (unlocking needs a reason and is logged), the result sheets and 奖状;
//! for a 书画展览 also the works and the popular vote blended with the judges' score.
//!
//! Main types: [`JudgedContest`] (everything of one contest, with its results worked out by the
//! pure [`crate::contests::judge_contest`]), [`ContestJudge`], [`Entrant`] (a confirmed sign-up:
//! a person or a 科室 team), [`ResultSheet`] and [`Certificate`]. Errors are [`JudgingError`]s.

mod contest;
mod error;
mod exhibition;
mod model;
mod sheets;
mod store;

pub use contest::{
    add_judge, default_awards, enter_score, is_judged_kind, judged_contest, publish_results,
    remove_judge, set_judging_rules, unlock_results,
};
pub use error::JudgingError;
pub use exhibition::{
    add_entry, blend_scaled, cast_vote, close_vote, issue_vote_codes, popular_scaled, remove_entry,
    set_vote_weight, unused_vote_codes, vote_ballot,
};
pub use model::*;
pub use sheets::{certificates, export_result_sheet, result_sheet, DROPPED_NOTE};

use rusqlite::{Connection, Transaction, TransactionBehavior};

/// A write transaction that takes the write lock at once.
fn write(conn: &mut Connection) -> Result<Transaction<'_>, JudgingError> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

#[cfg(test)]
mod tests;
