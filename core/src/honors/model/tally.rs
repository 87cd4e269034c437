//! 计票: the counts, each candidate's result, the tally and the paper count.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::round::{BallotForm, MajorityBase};
use crate::labelled::labelled;

/// Counts for one candidate (for [`BallotForm::Choose`] only `votes_for` is used).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "TallyCandidateCount")]
pub struct CandidateCount {
    #[ts(type = "number")]
    pub nomination_id: i64,
    pub name: String,
    pub votes_for: u32,
    pub against: u32,
    pub abstain: u32,
}

/// Everything the tally needs, however the ballots were gathered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "TallyCounts")]
pub struct Counts {
    pub form: BallotForm,
    pub majority_base: MajorityBase,
    pub seats: u32,
    /// 发出选票 (= entitled voters).
    pub issued: u32,
    /// 收回选票, valid and invalid.
    pub cast: u32,
    pub invalid: u32,
    pub candidates: Vec<CandidateCount>,
    /// Times the unused codes were printed again after the first ballot (each with a reason).
    pub reprints: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "TallyCandidateResult")]
pub struct CandidateResult {
    #[ts(type = "number")]
    pub nomination_id: i64,
    pub name: String,
    pub votes_for: u32,
    pub against: u32,
    pub abstain: u32,
    /// 1 = most votes; equal votes share a rank.
    pub rank: u32,
    /// More than half of the majority base.
    pub has_majority: bool,
    pub elected: bool,
    pub outcome: Outcome,
}

/// What the result says of one candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "TallyOutcome")]
pub enum Outcome {
    /// 当选
    Elected,
    /// 同票，待另行投票: tied with a majority across the seat line.
    TiedAtLine,
    /// 未过半数
    NoMajority,
    /// 未当选: a majority, but below the seat line.
    NotElected,
}

labelled!(Outcome {
    Elected => "当选";
    TiedAtLine => "同票，待另行投票";
    NoMajority => "未过半数";
    NotElected => "未当选";
});

/// 计票结果
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "VoteTally")]
pub struct Tally {
    pub seats: u32,
    pub issued: u32,
    pub cast: u32,
    pub valid: u32,
    pub invalid: u32,
    pub majority_base: MajorityBase,
    /// The fewest 赞成 / votes that make a majority.
    pub majority_needed: u32,
    /// Ranked by votes (approve form: by 赞成).
    pub results: Vec<CandidateResult>,
    #[ts(type = "number[]")]
    pub elected: Vec<i64>,
    /// Candidates with a majority tied across the seat line; none of them is elected here.
    #[ts(type = "number[]")]
    pub tie_at_line: Vec<i64>,
    /// Places not filled (tie at the line, or too few with a majority).
    pub unfilled: u32,
    /// Times the unused codes were printed again after voting began (补印选票码).
    pub reprints: u32,
}

/// Who enters the paper count: the 计票人, then the 监票人 again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PaperRole {
    Counter,
    Scrutineer,
}

labelled!(PaperRole {
    Counter => "counter", "计票人";
    Scrutineer => "scrutineer", "监票人";
});

/// 纸质选票 counts as one person entered them. `ballots` counts every paper ballot collected,
/// `invalid` those among them that are void (e.g. more choices than seats).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PaperCount {
    pub ballots: u32,
    pub invalid: u32,
    /// Per candidate (`name` is ignored on entry); a candidate left out has no votes.
    pub candidates: Vec<CandidateCount>,
}

/// Where the double entry of paper ballots stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PaperStatus {
    pub counter_entered: bool,
    pub scrutineer_entered: bool,
    /// Both entered and equal.
    pub confirmed: bool,
    /// What differs, e.g. "李四：赞成/得票 12 与 13".
    pub mismatches: Vec<String>,
}
