//! The types of 评先选优: categories, nominations, voting rounds, ballots and the tally.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::labelled::labelled;

/// 事迹 at most this many characters.
pub const DEEDS_MAX: usize = 1500;
pub const CATEGORY_NAME_MAX: usize = 30;
pub const ROUND_TITLE_MAX: usize = 40;
pub const REASON_MAX: usize = 200;
/// The years a category can belong to.
pub const YEAR_MIN: i32 = 2000;
pub const YEAR_MAX: i32 = 2100;
/// 名额 of one category: no unit of even 5 000 people honors more at once.
pub const QUOTA_MAX: u32 = 500;
/// The length and the characters of a ballot code (shared by every secret vote).
pub use crate::ballot::{CODE_ALPHABET, CODE_LEN};

/// 评选对象
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "HonorTarget")]
pub enum Target {
    /// 个人
    Person,
    /// 科室（单位）
    Department,
    /// 家庭 (the family of a 职工)
    Family,
}

labelled!(Target {
    Person => "person", "个人";
    Department => "department", "科室（单位）";
    Family => "family", "家庭";
});

/// 参评条件
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "HonorEligibility")]
pub enum Eligibility {
    /// 不限
    None,
    /// 中共党员（含预备党员）
    PartyMember,
    /// 退役军人
    Veteran,
}

labelled!(Eligibility {
    None => "none", "不限";
    PartyMember => "party_member", "中共党员";
    Veteran => "veteran", "退役军人";
});

/// 评选项目 of one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorCategory")]
pub struct Category {
    #[ts(type = "number")]
    pub id: i64,
    pub year: i32,
    pub name: String,
    pub target: Target,
    /// 名额
    pub quota: u32,
    pub eligibility: Eligibility,
    pub nominations_open_at: NaiveDateTime,
    pub nominations_close_at: NaiveDateTime,
    pub sort_order: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorCategoryInput")]
pub struct CategoryInput {
    pub year: i32,
    pub name: String,
    pub target: Target,
    pub quota: u32,
    pub eligibility: Eligibility,
    pub nominations_open_at: NaiveDateTime,
    pub nominations_close_at: NaiveDateTime,
}

/// Who nominates: a 科室, the leadership (领导推荐) or the person themself (个人自荐).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum NominationSource {
    Department,
    Leadership,
    #[serde(rename = "self")]
    SelfNominated,
}

labelled!(NominationSource {
    Department => "department", "科室推荐";
    Leadership => "leadership", "领导推荐";
    SelfNominated => "self", "个人自荐";
});

/// 资格审查
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "NominationReview")]
pub enum Review {
    /// 待审查
    Pending,
    /// 通过
    Passed,
    /// 不通过
    Rejected,
}

labelled!(Review {
    Pending => "pending", "待审查";
    Passed => "passed", "通过";
    Rejected => "rejected", "不通过";
});

/// A nomination as typed in the 推荐 form. The nominee is a 职工 (`nominee_staff_id`, for person
/// and family categories) or a 科室 (`nominee_department_id`, for department categories).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NominationInput {
    #[ts(type = "number")]
    pub category_id: i64,
    #[ts(type = "number | null")]
    pub nominee_staff_id: Option<i64>,
    #[ts(type = "number | null")]
    pub nominee_department_id: Option<i64>,
    pub source: NominationSource,
    /// The nominating 科室, for [`NominationSource::Department`].
    #[ts(type = "number | null")]
    pub source_department_id: Option<i64>,
    /// For [`NominationSource::SelfNominated`]: who is acting (must be the nominee).
    #[ts(type = "number | null")]
    pub actor_staff_id: Option<i64>,
    /// 事迹
    pub deeds: String,
}

/// 推荐: one nominee in one category, with the 资格审查 result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Nomination {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub category_id: i64,
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    /// 张三, 张三家庭, or the 科室's name.
    pub nominee: String,
    /// The nominee's 科室 (or the 科室 itself).
    pub department_name: String,
    pub source: NominationSource,
    #[ts(type = "number | null")]
    pub source_department_id: Option<i64>,
    pub deeds: String,
    pub review: Review,
    pub review_reason: String,
    pub created_at: NaiveDateTime,
}

/// 等额 (as many candidates as places), 差额 (more) or 不足 (fewer: some places stay empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "HonorCompetition")]
pub enum Competition {
    Equal,
    Competitive,
    Short,
}

labelled!(Competition {
    Equal => "等额";
    Competitive => "差额";
    Short => "候选人少于名额";
});

/// 候选人名单 of a category: the nominations that passed 资格审查.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorCandidateList")]
pub struct CandidateList {
    pub category: Category,
    pub candidates: Vec<Nomination>,
    pub competition: Competition,
    /// e.g. "差额：5 名候选人，名额 3 名"
    pub summary: String,
}

/// 投票方式: choose at most `seats` candidates, or 赞成 / 反对 / 弃权 for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BallotForm {
    Choose,
    Approve,
}

labelled!(BallotForm {
    Choose => "choose", "限选（最多选名额数）";
    Approve => "approve", "赞成 / 反对 / 弃权";
});

/// What "more than half" is counted against: valid ballots cast (default) or entitled voters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MajorityBase {
    #[default]
    Cast,
    Entitled,
}

labelled!(MajorityBase {
    Cast => "cast", "有效票数";
    Entitled => "entitled", "应到人数";
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "VotingRoundState")]
pub enum RoundState {
    Draft,
    Open,
    Closed,
}

labelled!(RoundState {
    Draft => "draft", "尚未开始";
    Open => "open", "正在进行";
    Closed => "closed", "已结束";
});

/// Who may vote: the whole 在职 roster, or the 在职 people of chosen 科室 plus chosen people.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VoterSelection {
    pub whole_roster: bool,
    #[ts(type = "number[]")]
    pub department_ids: Vec<i64>,
    #[ts(type = "number[]")]
    pub staff_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "VotingRoundInput")]
pub struct RoundInput {
    #[ts(type = "number")]
    pub category_id: i64,
    pub title: String,
    pub form: BallotForm,
    pub majority_base: MajorityBase,
    pub voters: VoterSelection,
}

/// A candidate on a round's ballot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "VotingRoundCandidate")]
pub struct RoundCandidate {
    #[ts(type = "number")]
    pub nomination_id: i64,
    pub name: String,
    pub department_name: String,
}

/// 一轮投票 for one category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "VotingRound")]
pub struct Round {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub category_id: i64,
    pub title: String,
    pub form: BallotForm,
    pub majority_base: MajorityBase,
    /// Places to fill: the quota, or the unfilled places for a runoff.
    pub seats: u32,
    pub state: RoundState,
    #[ts(type = "number | null")]
    pub runoff_of: Option<i64>,
    pub candidates: Vec<RoundCandidate>,
    /// Entitled voters (应到人数).
    pub voters: u32,
}

impl Round {
    /// Every ballot counter the round needs, created when it opens: 赞成 per candidate, and for
    /// the approve form 反对 and 弃权 too.
    pub(crate) fn slots(&self) -> Vec<crate::ballot::Slot> {
        let marks: &[Approval] = match self.form {
            BallotForm::Choose => &[Approval::For],
            BallotForm::Approve => &[Approval::For, Approval::Against, Approval::Abstain],
        };
        self.candidates
            .iter()
            .flat_map(|c| marks.iter().map(|m| m.slot(c.nomination_id)))
            .collect()
    }
}

/// 投票率 while a round runs: codes used of codes issued. Nothing else is shown before closing.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "VotingTurnout")]
pub struct Turnout {
    pub issued: u32,
    pub used: u32,
}

/// 赞成 / 反对 / 弃权
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "BallotApproval")]
pub enum Approval {
    For,
    Against,
    Abstain,
}

impl Approval {
    /// The ballot counter this mark goes to for a candidate: 0 赞成, 1 反对, 2 弃权.
    pub(crate) fn slot(self, nomination_id: i64) -> crate::ballot::Slot {
        let mark = match self {
            Approval::For => 0,
            Approval::Against => 1,
            Approval::Abstain => 2,
        };
        crate::ballot::Slot::new(nomination_id, mark)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "BallotMark")]
pub struct Mark {
    #[ts(type = "number")]
    pub nomination_id: i64,
    pub vote: Approval,
}

/// A ballot as the kiosk submits it. For [`BallotForm::Approve`] a candidate left out is 弃权.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "form", rename_all = "snake_case")]
#[ts(export)]
pub enum Ballot {
    Choose {
        #[ts(type = "number[]")]
        chosen: Vec<i64>,
    },
    Approve {
        marks: Vec<Mark>,
    },
}

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

/// Working days a 公示 lasts by default.
pub const NOTICE_WORKING_DAYS: u32 = 5;
/// A 公示 starts at the earliest on the day its last round closed and at the latest this many
/// days after today (a notice is prepared shortly before it is posted, not months ahead).
pub const PUBLICITY_START_MAX_DAYS_AHEAD: i64 = 30;
pub const OBJECTIONS_TO_MAX: usize = 100;

/// 公示 notice text of a category's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorNotice")]
pub struct Notice {
    pub title: String,
    /// The whole notice, paragraphs separated by blank lines.
    pub text: String,
    pub starts_on: chrono::NaiveDate,
    pub ends_on: chrono::NaiveDate,
}

pub const OBJECTION_MAX: usize = 500;

/// 异议 raised during a 公示, optionally about one nominee, and how it was resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorObjection")]
pub struct Objection {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub nomination_id: Option<i64>,
    /// The nominee it concerns, if any.
    pub nominee: Option<String>,
    pub received_on: chrono::NaiveDate,
    pub content: String,
    /// 处理结果; `None` while the objection is open.
    pub resolution: Option<String>,
    /// 异议成立: the nominee is not confirmed.
    pub upheld: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorObjectionInput")]
pub struct ObjectionInput {
    #[ts(type = "number | null")]
    pub nomination_id: Option<i64>,
    pub received_on: chrono::NaiveDate,
    pub content: String,
}

/// 公示 of one category: the notice as issued, who it names, the objections and the confirmation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorPublicity")]
pub struct Publicity {
    #[ts(type = "number")]
    pub category_id: i64,
    pub notice: Notice,
    pub objections_to: String,
    pub nominees: Vec<Nomination>,
    pub objections: Vec<Objection>,
    pub confirmed_at: Option<NaiveDateTime>,
}

/// 荣誉 confirmed at the end of a 公示: on the person's or the 科室's record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorAward")]
pub struct Award {
    #[ts(type = "number")]
    pub category_id: i64,
    pub year: i32,
    pub category: String,
    #[ts(type = "number")]
    pub nomination_id: i64,
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    pub nominee: String,
    pub department_name: String,
    pub confirmed_at: NaiveDateTime,
}

/// 推荐附件: a file attached to a nomination (事迹材料, a photo).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NominationFile {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub nomination_id: i64,
    pub file_name: String,
    #[ts(type = "number")]
    pub size: i64,
    pub is_image: bool,
}
