//! Judged contests (演讲、公文写作、歌咏、诵读、书画展览).
//!
//! - The rules, pure (no database, no clock): `scoring` — [`judge_contest`] turns
//!   [`ScoreSheet`]s into [`JudgedResult`]s: weighted criteria, one highest and one lowest dropped
//!   from 5 judges on (shown, never hidden), 回避 by 科室 ([`recusals`]), ranks shared at the
//!   configured decimals and awards by count or share.
//! - In the store: an activity's judging rules, judges (职工 or outside names), score sheets,
//!   results worked out by [`judge_contest`] on every read and every write (a write that would not
//!   judge cleanly is refused and rolled back), publishing with a lock (unlocking needs a reason
//!   and is logged), the 获奖名单 / 成绩表 and 奖状 (`sheets`); for a 书画展览 also the works and
//!   the popular vote blended with the judges' score (`exhibition`, read back in
//!   `exhibition_view`).
//! - One judge's whole sheet at once (`judge_sheet`): the 录入评分 grid and an imported .xlsx both
//!   go through [`save_judge_sheet`] — every cell checked, any bad cell refuses the whole sheet;
//!   the .xlsx template to download and the reading of the filled-in file are in `sheet_file`.
//!
//! Main types: [`JudgedContest`] (everything of one contest, with its results), [`ContestJudge`],
//! [`Entrant`] (a confirmed sign-up: a person or a 科室 team), [`ResultSheet`] and
//! [`Certificate`]. Errors of the stored part are [`JudgingError`]s (codes `contests.*`).

mod awards;
mod contest;
mod error;
mod exhibition;
mod exhibition_view;
mod judge_sheet;
mod model;
mod scoring;
mod sheet_file;
mod sheets;
mod store;

pub use awards::{published_awards, PersonAward};
pub use contest::{
    add_judge, default_awards, enter_score, is_judged_kind, judged_contest, publish_results,
    remove_judge, set_judging_rules, unlock_results, JUDGES_MAX, JUDGE_NAME_MAX, REASON_MAX,
};
pub use error::JudgingError;
pub use exhibition::{
    add_entry, cast_vote, close_vote, issue_vote_codes, remove_entry, reprint_vote_codes,
    set_vote_weight, unused_vote_codes, vote_ballot, MAX_CODES, MAX_WEIGHT, WORK_MEDIUM_MAX,
    WORK_TITLE_MAX,
};
pub use exhibition_view::{blend_scaled, popular_scaled};
pub use judge_sheet::{save_judge_sheet, JudgeSheet, JudgeSheetRow};
pub use model::*;
pub use scoring::{
    check_criteria, judge_contest, recusals, sheet_total, trim_extremes, CountedScore, Criterion,
    DropReason, Judge, JudgedEntrant, JudgedResult, JudgingRules, Recusal, ScoreSheet, Trimmed,
    CRITERION_NAME_MAX, DECIMALS_MAX, TRIM_FROM_MAX, TRIM_FROM_MIN, WEIGHTS_TOTAL,
};
pub use sheet_file::{export_judge_sheet_template, preview_judge_sheet, JudgeSheetRead, ReadLine};
pub use sheets::{certificates, result_sheet, DROPPED_NOTE};

use crate::store::write;

#[cfg(test)]
mod tests;
