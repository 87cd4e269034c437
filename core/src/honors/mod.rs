//! 评先选优 (`honors`): the year's honor categories, nominations with 资格审查, and secret voting
//! rounds with their tally.
//!
//! Main types: [`Category`] (名额, eligibility, nomination window), [`Nomination`] and the
//! [`CandidateList`] (等额 / 差额), [`Round`] (draft → open → closed, rules locked once open),
//! [`Ballot`] and [`Tally`]. Secrecy: opening a round issues one random code per entitled voter,
//! linked to nobody, and creates the round's ballot counters in the shared [`crate::ballot`] box;
//! [`cast_ballot`] spends the code and adds the ballot to the counters, overwriting them in place,
//! so the database file is the same whatever order the ballots came in, and empties the
//! write-ahead log. Unused codes are listed for slips until the first ballot; then only
//! [`reprint_codes`] with a reason, counted in the [`Tally`]. Paper ballots are entered twice
//! ([`enter_paper_count`], 计票人 then 监票人) and merged once both agree; the 公示
//! ([`start_publicity`]) takes objections and ends in confirmed [`Award`]s. What remains: the
//! counters after each ballot differ by that ballot, so someone copying the database *between*
//! two ballots and knowing who voted in between learns that vote — the kiosk's PC must be kept
//! out of reach while the round is open, and slips handed out at random. Every rule
//! takes the local time `now`; writes run in an IMMEDIATE transaction.

mod allowed;
mod attachments;
mod categories;
mod error;
mod model;
mod nominations;
mod notice;
mod paper;
mod pending;
mod publicity;
mod report;
mod round_view;
mod rounds;
mod secret;
mod tally;
mod voters;

pub use crate::ballot::normalize_code;
pub use attachments::{
    add_nomination_file, nomination_file_bytes, nomination_file_bytes_for, nomination_files,
    nomination_files_for, remove_nomination_file,
};
pub use categories::{
    create_category, get_category, list_categories, seed_default_categories, update_category,
    DEFAULT_CATEGORIES,
};
pub use error::HonorError;
pub use model::*;
pub use nominations::{
    candidate_list, my_nominations, nominate, nominations, nominations_for, review_nomination,
    MyNomination,
};
pub use notice::{publicity_notice, working_days};
pub use paper::{enter_paper_count, paper_status};
pub use pending::{nominations_to_review, open_rounds, publicity_ending, HonorTodo};
pub use publicity::{
    add_objection, awards, confirm_publicity, department_awards, publicity, resolve_objection,
    staff_awards, start_publicity,
};
pub use publicity::{issued_publicities, IssuedPublicity};
pub use report::{export_tally, publicity_doc, summary_line, tally_doc, tally_rows, tally_xlsx};
pub use round_view::{get_round, rounds};
pub use rounds::{close_round, create_round, delete_round, open_round, turnout, update_round};
pub use rounds::{closed_rounds, ClosedRound};
pub use secret::{
    ballot_round, cast_ballot, check_ballot, check_code, reprint_codes, unused_codes,
};
pub use tally::{count_ballots, merge_paper, open_runoff, round_counts, tally, tally_round};
pub use voters::{remove_voter, round_voters};

use crate::store::write;
use crate::time::{show_time, time_text};

#[cfg(test)]
mod tests;
