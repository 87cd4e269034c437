//! 亮诺 · 践诺 · 评诺 (`pledges`): each person's and each 科室's public commitments of a year,
//! carried out and evaluated.
//!
//! - 亮诺 ([`publish_pledge`]): a [`Pledge`] of one [`Owner`] (a person or a 科室) for a year, with
//!   items of a kind (岗位承诺, 服务承诺, 作风承诺, or one the organizer adds with [`add_kind`]),
//!   content and a due date. A person publishes their own in self-service ([`Actor::Staff`]); the
//!   organizer publishes for anyone. One pledge per owner and year; after publishing, only the
//!   organizer changes an item ([`edit_item`]), and the old text is kept with the reason.
//! - 践诺 ([`add_progress`]): dated entries with text and files ([`add_progress_file`], in the
//!   shared [`crate::files`] store; the organizer removes one with [`remove_progress_file`]) that
//!   set the item's [`Status`] and progress %. An item past its due date and not 已兑现 is
//!   `overdue`, by the `now` every read takes (the one clock).
//! - Reading back: the 亮诺墙 by 科室 ([`wall`]), an owner's [`timeline`], the [`summary`] per 科室
//!   (and as .xlsx, [`export_summary`]).
//!
//! - 评诺 ([`create_round`], [`open_round`], [`rate`], [`kiosk_rate`], [`round_result`]): a round of a
//!   year rates every owner that published, by groups — 自评, 同事 (the owner's 科室 or chosen
//!   people), 领导 (chosen people) — 满意 / 基本满意 / 不满意. Named rounds take ratings in
//!   self-service; anonymous rounds through one-time codes at the 投票终端, cast through the shared
//!   secret ballot ([`crate::ballot`], one box per sheet: no rating row, the same file whatever the
//!   order; the self-assessment stays named). One rating per rater per owner, none outside the
//!   rater's groups or the round's open time. The result — group averages, weights shared out when
//!   a group has no ratings, grades by cut-offs with an optional cap on 优秀 — shows only once the
//!   round is closed ([`Scoring`], [`RoundResult`]), and each owner's grade on their record
//!   ([`owner_grades`]).
//!
//! The SQL of the feature is in `store.rs` (pledges) and `round_store.rs` (rounds); every write runs
//! in one IMMEDIATE transaction.

mod allowed;
mod error;
mod eval_model;
mod model;
mod progress;
mod publish;
mod rating;
mod results;
mod round_store;
mod rounds;
mod store;
mod wall;

pub use error::PledgeError;
pub use eval_model::*;
pub use model::*;
pub use progress::{add_progress, add_progress_file, progress_file_bytes, remove_progress_file};
pub use publish::{add_kind, edit_item, get_pledge, kinds, pledge_of, publish_pledge};
pub use rating::{kiosk_rate, kiosk_sheet, rate, rateable};
pub use results::{
    closed_grades, export_result, grade_all, held_rounds, owner_grades, result_doc, result_rows,
    result_xlsx, round_result, weighted_score, ClosedGrade, GroupCounts, HeldRound,
};
pub use rounds::{
    close_round, create_round, get_round, kiosk_round, open_round, reprint_sheet_codes,
    round_codes, rounds, update_round,
};
pub use wall::{board_doc, export_summary, summary, summary_xlsx, timeline, wall};

/// Who writes (the one type of `auth`, named here for the pledges' callers).
pub use crate::auth::Actor;

#[cfg(test)]
mod tests;
