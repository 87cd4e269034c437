//! The types of 评诺: evaluation rounds, rater groups, ratings, the scoring rules and the result.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::Owner;
use crate::labelled::labelled;
use crate::permit::Permit;

pub const ROUND_TITLE_MAX: usize = 40;
pub const COMMENT_MAX: usize = 200;

/// 自评 / 同事评 / 领导评
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RaterGroup {
    #[serde(rename = "self")]
    Myself,
    Colleagues,
    Leaders,
}

labelled!(RaterGroup {
    Myself => "self", "自评";
    Colleagues => "colleagues", "同事评";
    Leaders => "leaders", "领导评";
});

/// 满意 / 基本满意 / 不满意 (also the ballot counter's mark: 0, 1, 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Rating {
    Satisfied,
    Basic,
    Unsatisfied,
}

labelled!(Rating {
    Satisfied => "satisfied", "满意";
    Basic => "basic", "基本满意";
    Unsatisfied => "unsatisfied", "不满意";
});

impl Rating {
    /// The ballot counter's mark.
    pub fn mark(self) -> u8 {
        match self {
            Rating::Satisfied => 0,
            Rating::Basic => 1,
            Rating::Unsatisfied => 2,
        }
    }
}

/// 实名 (staff as themselves in self-service) or 匿名 (one-time codes at the 投票终端).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RatingMode {
    Named,
    Anonymous,
}

labelled!(RatingMode {
    Named => "named", "实名评价";
    Anonymous => "anonymous", "匿名评价（投票终端）";
});

/// Who the colleagues are: everyone of the owner's 科室, or people the organizer chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ColleagueScope {
    SameDepartment,
    Chosen,
}

labelled!(ColleagueScope {
    SameDepartment => "same_department", "本科室同事";
    Chosen => "chosen", "指定人员";
});

/// 优秀 / 良好 / 一般 / 差
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "PledgeGrade")]
pub enum Grade {
    Excellent,
    Good,
    Fair,
    Poor,
}

labelled!(Grade {
    Excellent => "优秀";
    Good => "良好";
    Fair => "一般";
    Poor => "差";
});

/// How ratings become a grade. Scores and cut-offs are points out of 100; weights are percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Scoring {
    /// Points for 满意, 基本满意, 不满意 (default 100 / 60 / 0).
    pub satisfied: u8,
    pub basic: u8,
    pub unsatisfied: u8,
    /// Weights of the groups in percent, adding up to 100 (default 40 / 40 / 20).
    pub leaders_weight: u8,
    pub colleagues_weight: u8,
    pub self_weight: u8,
    /// Lowest score of 优秀, 良好, 一般 (default 90 / 75 / 60); below 一般 is 差.
    pub excellent_from: u8,
    pub good_from: u8,
    pub fair_from: u8,
    /// At most this share (percent) of the rated owners is 优秀; `None` for no cap.
    pub excellent_cap_percent: Option<u8>,
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            satisfied: 100,
            basic: 60,
            unsatisfied: 0,
            leaders_weight: 40,
            colleagues_weight: 40,
            self_weight: 20,
            excellent_from: 90,
            good_from: 75,
            fair_from: 60,
            excellent_cap_percent: None,
        }
    }
}

impl Scoring {
    pub fn points(&self, r: Rating) -> u8 {
        match r {
            Rating::Satisfied => self.satisfied,
            Rating::Basic => self.basic,
            Rating::Unsatisfied => self.unsatisfied,
        }
    }

    pub fn weight(&self, g: RaterGroup) -> u8 {
        match g {
            RaterGroup::Leaders => self.leaders_weight,
            RaterGroup::Colleagues => self.colleagues_weight,
            RaterGroup::Myself => self.self_weight,
        }
    }

    pub fn grade(&self, score: f64) -> Grade {
        if score >= f64::from(self.excellent_from) {
            Grade::Excellent
        } else if score >= f64::from(self.good_from) {
            Grade::Good
        } else if score >= f64::from(self.fair_from) {
            Grade::Fair
        } else {
            Grade::Poor
        }
    }
}

/// The 评诺 forms' limits, the settings a new round starts from and the tie rule at the 优秀
/// cap, sent to the window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PledgeRoundLimits {
    pub round_title: u32,
    /// A named rating's comment.
    pub comment: u32,
    pub default_scoring: Scoring,
    pub cap_tie_rule: String,
}

impl PledgeRoundLimits {
    pub fn get() -> Self {
        PledgeRoundLimits {
            round_title: ROUND_TITLE_MAX as u32,
            comment: COMMENT_MAX as u32,
            default_scoring: Scoring::default(),
            cap_tie_rule: CAP_TIE_RULE.into(),
        }
    }
}

/// The tie rule at the 优秀 cap, shown with every result that has a cap.
pub const CAP_TIE_RULE: &str =
    "优秀名额按得分从高到低确定；名额线上得分相同的，均不评为优秀，评为良好（不超过比例）";

/// An evaluation round as the organizer sets it up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PledgeRoundInput {
    pub year: i32,
    pub title: String,
    pub mode: RatingMode,
    pub colleagues: ColleagueScope,
    /// The 领导 who rate (staff ids).
    #[ts(type = "Array<number>")]
    pub leader_ids: Vec<i64>,
    /// The colleagues who rate, when [`ColleagueScope::Chosen`].
    #[ts(type = "Array<number>")]
    pub colleague_ids: Vec<i64>,
    pub scoring: Scoring,
}

/// 草稿 → 进行中 → 已结束
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "PledgeRoundState")]
pub enum RoundState {
    Draft,
    Open,
    Closed,
}

labelled!(RoundState {
    Draft => "draft", "草稿";
    Open => "open", "进行中";
    Closed => "closed", "已结束";
});

/// A person chosen as a rater.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "PledgeRater")]
pub struct Rater {
    #[ts(type = "number")]
    pub staff_id: i64,
    pub name: String,
    pub department_name: String,
}

/// An evaluation round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PledgeRound {
    #[ts(type = "number")]
    pub id: i64,
    pub year: i32,
    pub title: String,
    pub mode: RatingMode,
    pub colleagues: ColleagueScope,
    pub leaders: Vec<Rater>,
    pub chosen_colleagues: Vec<Rater>,
    pub scoring: Scoring,
    pub state: RoundState,
    pub created_at: NaiveDateTime,
    /// Owners rated in this round (fixed when it opens).
    pub owners: u32,
    /// What the organizer may do with the round now.
    pub allowed: PledgeRoundPermits,
}

/// The organizer's actions on a 评诺 round, as core would judge them now.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PledgeRoundPermits {
    /// 修改 (a draft round).
    pub edit: Permit,
    /// 开始评价 (a draft round of a year with pledges).
    pub open: Permit,
    /// 结束评价 (an open round).
    pub close: Permit,
    /// 打印评价票 (an open anonymous round).
    pub codes: Permit,
    /// 进入投票终端 (an open anonymous round).
    pub kiosk: Permit,
    /// 查看结果 (a closed round).
    pub result: Permit,
}

/// A named rating as typed in self-service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RatingInput {
    #[ts(type = "number")]
    pub round_id: i64,
    #[ts(type = "number")]
    pub pledge_id: i64,
    pub rating: Rating,
    pub comment: String,
}

/// One owner a rater may rate, and whether they already did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RateableOwner {
    #[ts(type = "number")]
    pub pledge_id: i64,
    pub owner: Owner,
    pub owner_name: String,
    pub department_name: String,
    pub group: RaterGroup,
    pub rated: Option<Rating>,
}

/// The slips of one sheet of an anonymous round: who receives them and the codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SheetCodes {
    #[ts(type = "number")]
    pub sheet_id: i64,
    pub group: RaterGroup,
    /// 领导, 办公室同事, 指定同事 …
    pub label: String,
    pub owners: u32,
    pub codes: Vec<String>,
}

/// What a code at the 投票终端 rates: the owners of its sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KioskSheet {
    pub round_title: String,
    pub label: String,
    pub owners: Vec<KioskOwner>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KioskOwner {
    #[ts(type = "number")]
    pub pledge_id: i64,
    pub owner_name: String,
    pub department_name: String,
    /// The items' content, to remind the rater what was pledged.
    pub items: Vec<String>,
}

/// One mark on an anonymous sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SheetMark {
    #[ts(type = "number")]
    pub pledge_id: i64,
    pub rating: Rating,
}

/// The ratings of one group for one owner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GroupScore {
    pub group: RaterGroup,
    pub satisfied: u32,
    pub basic: u32,
    pub unsatisfied: u32,
    /// Average points of the group; `None` without ratings.
    pub score: Option<f64>,
    /// The weight used (percent, after sharing out the weights of groups without ratings).
    pub weight_used: f64,
}

/// One owner's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OwnerResult {
    #[ts(type = "number")]
    pub pledge_id: i64,
    pub owner: Owner,
    pub owner_name: String,
    pub department_name: String,
    pub groups: Vec<GroupScore>,
    /// Weighted score out of 100, to two decimals; `None` when nobody rated.
    pub score: Option<f64>,
    pub grade: Option<Grade>,
    /// 1 = best; equal scores share a rank.
    pub rank: Option<u32>,
    /// Why the grade is not what the cut-offs alone give, or how weights were shared out.
    pub notes: Vec<String>,
    /// Comments of named ratings (without the rater).
    pub comments: Vec<String>,
}

/// The result of a closed round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RoundResult {
    pub round: PledgeRound,
    pub results: Vec<OwnerResult>,
    /// The rules in words: scores, weights, cut-offs, the cap and its tie rule.
    pub rules: Vec<String>,
}

/// An owner's grade in one closed round, for their record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PledgeGradeLine {
    #[ts(type = "number")]
    pub round_id: i64,
    pub year: i32,
    pub round_title: String,
    pub score: Option<f64>,
    pub grade: Option<Grade>,
}
