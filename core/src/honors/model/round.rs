//! 投票轮次: the ballot form, the majority base, who may vote, a round with its permits, the turnout, and a ballot as the kiosk submits it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::labelled::labelled;
use crate::permit::Permit;

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
    /// What the organizer may do with the round now. Filled in where rounds are listed for the
    /// window ([`crate::honors::rounds`], [`crate::honors::get_round`]); elsewhere nothing is offered.
    pub allowed: RoundPermits,
}

/// The organizer's actions on a round, as core would judge them now.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "VotingRoundPermits")]
pub struct RoundPermits {
    /// 编辑 (a draft round, until the category's 公示 is issued).
    pub edit: Permit,
    /// 删除 (a draft round, likewise).
    pub delete: Permit,
    /// 移除 a voter from the list (a draft round with more than one voter).
    pub remove_voter: Permit,
    /// 开始投票 (a draft round whose candidates and 名额 still match).
    pub open: Permit,
    /// 打印选票码 (an open round).
    pub slips: Permit,
    /// 进入投票终端 (an open round).
    pub kiosk: Permit,
    /// 结束投票 (an open round).
    pub close: Permit,
    /// 打开大屏 with the round's 投票率 (an open round).
    pub screen: Permit,
    /// 另行投票 for places left unfilled (a closed round, once).
    pub runoff: Permit,
    /// 导出计票结果 and the 计票报告 (a closed round whose paper counts, if any, agree).
    pub tally: Permit,
    /// 录入纸质选票 (a closed round, until the category's 公示 is issued).
    pub paper: Permit,
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
    /// Codes not used yet: how many have not voted at the kiosk (a count only — nobody is named,
    /// since no code is linked to a voter).
    pub not_voted: u32,
}

/// One entitled voter of a round (who may vote — never whether or how they voted).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "VotingRoundVoter")]
pub struct RoundVoter {
    #[ts(type = "number")]
    pub staff_id: i64,
    pub employee_no: String,
    pub name: String,
}

/// The entitled voters of one 科室, in the roster's 科室 order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "VotingRoundVoterGroup")]
pub struct VoterGroup {
    #[ts(type = "number")]
    pub department_id: i64,
    pub department_name: String,
    pub voters: Vec<RoundVoter>,
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
