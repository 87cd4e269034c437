//! What can go wrong with a stored judged contest, in plain Chinese, with a stable code each.
//! Mistakes in the scores themselves are [`ContestError`]s from the pure rules, passed through.

use crate::activities::ActivityError;
use crate::contests::ContestError;
use crate::error::{Coded, StoreError};
use crate::roster::RosterError;

#[derive(Debug, thiserror::Error)]
pub enum JudgingError {
    #[error(transparent)]
    Rule(#[from] ContestError),
    #[error("{0}")]
    Invalid(String),
    #[error("“{0}”类活动不评分；评分适用于演讲、公文写作、歌咏、诵读和书画展览")]
    NotJudgedKind(String),
    #[error("活动“{0}”已取消，不能评分")]
    ActivityCancelled(String),
    #[error("成绩已于 {0} 公布并锁定；如需修改，请先解锁并写明原因")]
    Locked(String),
    /// `0` says what waits for it: "公布后才能打印奖状".
    #[error("成绩尚未公布，{0}")]
    NotPublished(&'static str),
    #[error("解锁已公布的成绩须写明原因")]
    ReasonRequired,
    #[error("找不到这名评委，可能已被删除，请刷新后再试")]
    JudgeNotFound,
    #[error("找不到这名参赛者（可能已取消报名），请刷新后再试")]
    EntrantNotFound,
    #[error("本次比赛已有 {0} 名评委，不能再添加；请先删去不再担任的评委")]
    TooManyJudges(usize),
    #[error("{0} 已经是本次比赛的评委")]
    DuplicateJudge(String),
    #[error("已有评分时不能修改评分项，否则已录入的分数会对不上；请先删除有评分的评委")]
    CriteriaInUse,
    #[error("请先添加评委")]
    NoJudges,
    #[error("本活动还没有参赛者（已报名的人员或科室）")]
    NoEntrants,
    #[error(
        "还有 {missing} 份评分未录入（如评委 {judge} 给 {entrant} 的评分），全部录入后才能公布"
    )]
    Incomplete {
        missing: usize,
        judge: String,
        entrant: String,
    },
    #[error("{entrant} 的“{criterion}”{reason}{more}；整张评分表都没有保存，请改正后再保存")]
    BadCell {
        entrant: String,
        criterion: String,
        reason: String,
        /// "（另有 2 处有误）", or empty.
        more: String,
    },
    #[error("无法读取这个文件：{0}")]
    SheetUnreadable(String),
    #[error("这不是本系统的评分表：{0}。请在“录入评分”页下载评分表，填好后再导入")]
    NotOurSheet(String),
    #[error("这份评分表是“{file}”的，不是本次比赛“{this}”的；请导入本次比赛的评分表")]
    SheetOfAnotherContest { file: String, this: String },
    #[error("评分表上的评委“{0}”不是本次比赛的评委（可能已被删除）；请重新下载该评委的评分表")]
    SheetJudgeUnknown(String),
    #[error("“{0}”类活动没有作品登记和人气投票；这些只用于书画展览")]
    NotExhibition(String),
    #[error("人气投票已经开始，作品不能再增删")]
    VoteStarted,
    #[error("人气投票已经结束")]
    VoteClosed,
    #[error("人气投票没有在进行")]
    VoteNotOpen,
    #[error("人气投票还在进行，请先结束投票再公布成绩")]
    VoteStillOpen,
    #[error("投票码不对，请核对后重新输入")]
    UnknownCode,
    #[error("这个投票码已经用过了，每个投票码只能投一次")]
    CodeUsed,
    #[error(
        "已经有人投票，未用的投票码只能写明原因补印（原因会记录在案，并在成绩表中注明补印次数）"
    )]
    UnusedCodesHidden,
    #[error("补印投票码须写明原因，如：选票受潮、遗失")]
    ReprintReasonRequired,
    #[error(transparent)]
    Ballot(crate::ballot::BallotError),
    #[error("{0}")]
    File(String),
    #[error(transparent)]
    Activity(#[from] ActivityError),
    #[error(transparent)]
    Roster(#[from] RosterError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for JudgingError {
    fn code(&self) -> &'static str {
        use JudgingError::*;
        match self {
            Rule(e) => e.code(),
            Invalid(_) => "contests.invalid",
            NotJudgedKind(_) => "contests.not_judged_kind",
            ActivityCancelled(_) => "contests.activity_cancelled",
            Locked(_) => "contests.locked",
            NotPublished(_) => "contests.not_published",
            ReasonRequired => "contests.reason_required",
            JudgeNotFound => "contests.judge_not_found",
            EntrantNotFound => "contests.entrant_not_found",
            TooManyJudges(_) => "contests.too_many_judges",
            DuplicateJudge(_) => "contests.duplicate_judge",
            CriteriaInUse => "contests.criteria_in_use",
            NoJudges => "contests.no_judges",
            NoEntrants => "contests.no_entrants",
            Incomplete { .. } => "contests.incomplete",
            BadCell { .. } => "contests.bad_cell",
            SheetUnreadable(_) => "contests.sheet_unreadable",
            NotOurSheet(_) => "contests.not_our_sheet",
            SheetOfAnotherContest { .. } => "contests.sheet_of_another_contest",
            SheetJudgeUnknown(_) => "contests.sheet_judge_unknown",
            NotExhibition(_) => "contests.not_exhibition",
            VoteStarted => "contests.vote_started",
            VoteClosed => "contests.vote_closed",
            VoteNotOpen => "contests.vote_not_open",
            VoteStillOpen => "contests.vote_still_open",
            UnknownCode => "contests.unknown_code",
            CodeUsed => "contests.code_used",
            UnusedCodesHidden => "contests.unused_codes_hidden",
            ReprintReasonRequired => "contests.reprint_reason_required",
            Ballot(e) => e.code(),
            File(_) => "contests.file",
            Activity(e) => e.code(),
            Roster(e) => e.code(),
            Store(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for JudgingError {
    fn from(e: rusqlite::Error) -> Self {
        JudgingError::Store(e.into())
    }
}
