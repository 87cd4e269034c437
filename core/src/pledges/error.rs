use crate::error::{Coded, StoreError};
use crate::files::FileError;

/// Everything 亮诺 · 践诺 · 评诺 can refuse, each with a stable code and a plain Chinese message.
#[derive(Debug, thiserror::Error)]
pub enum PledgeError {
    #[error("{0}")]
    Invalid(String),
    #[error("年度 {year} 不在 {min}–{max} 之间，请检查")]
    YearOutOfRange { year: i32, min: i32, max: i32 },
    #[error("承诺至少要有一项，请添加承诺事项")]
    NoItems,
    #[error("一份承诺最多 {max} 项（现为 {count} 项），请合并或删减")]
    TooManyItems { count: usize, max: usize },
    #[error("“{0}”不是承诺类别；可选岗位承诺、服务承诺、作风承诺或组织者添加的类别")]
    UnknownKind(String),
    #[error("已有承诺类别“{0}”")]
    DuplicateKind(String),
    #[error("找不到这名职工，请刷新后再试")]
    StaffNotFound,
    #[error("{0} 已停用，不能亮诺")]
    InactiveStaff(String),
    #[error("找不到这个科室，请刷新后再试")]
    DepartmentNotFound,
    #[error("{owner} 已发布 {year} 年的承诺；如需修改，请组织者填写原因后修改")]
    AlreadyPublished { owner: String, year: i32 },
    #[error("个人亮诺只能发布自己的承诺，请选择本人")]
    SelfForOthers,
    #[error("找不到这份承诺，可能已被删除，请刷新后再试")]
    PledgeNotFound,
    #[error("找不到这项承诺，请刷新后再试")]
    ItemNotFound,
    #[error("修改已发布的承诺须写明原因（会保留在记录中）")]
    ReasonRequired,
    #[error("修改内容与原来相同，无需修改")]
    NothingChanged,
    #[error("进度的日期 {date} 还没到，请填写今天或以前的日期")]
    ProgressInFuture { date: String },
    #[error("进度百分比应在 0–100 之间（收到 {0}）")]
    ProgressOutOfRange(u8),
    #[error("“未开始”的进度应为 0%")]
    NotStartedWithProgress,
    #[error("这是 {owner} 的承诺，只能为自己的承诺登记进度")]
    NotYourPledge { owner: String },
    #[error("找不到这条进度，请刷新后再试")]
    ProgressNotFound,
    #[error("找不到这个附件，可能已被删除，请刷新后再试")]
    FileNotFound,
    #[error("找不到这轮评诺，请刷新后再试")]
    RoundNotFound,
    #[error("评诺“{0}”已开始，设置已锁定，不能再修改")]
    RoundLocked(String),
    #[error("评诺“{0}”还没有开始，请等组织者开始后再评价")]
    RoundNotOpen(String),
    #[error("评诺“{0}”已结束，不能再评价")]
    RoundClosed(String),
    #[error("{0} 年还没有人发布承诺，无法开始评诺；请先亮诺")]
    NoPledgesToRate(i32),
    #[error("三组权重之和应为 100%（现为 {0}%）")]
    WeightsNotHundred(u32),
    #[error("“{0}”应在 0–100 之间")]
    OverHundred(&'static str),
    #[error("分值应为 满意 > 基本满意 > 不满意")]
    PointsOutOfOrder,
    #[error("等次分数线应为 优秀 > 良好 > 一般")]
    CutoffsOutOfOrder,
    #[error("优秀比例上限应在 1%–100% 之间（现为 {0}%）")]
    CapOutOfRange(u8),
    #[error("{0} 不在本轮评诺的对象中")]
    NotInRound(String),
    #[error("你不在评价 {0} 的人员范围内（自评、同事或领导）")]
    NotEntitled(String),
    #[error("你已经评价过 {0}，每人对每个对象只能评价一次")]
    AlreadyRated(String),
    #[error("本轮评诺为匿名评价，请到投票终端用评价码评价（自评除外）")]
    RoundIsAnonymous,
    #[error("本轮评诺为实名评价，没有评价码")]
    RoundIsNamed,
    #[error("评诺“{0}”结束后才公布结果")]
    ResultsHidden(String),
    #[error("还有 {0} 个对象没有评价，请全部评价后再提交")]
    SheetIncomplete(usize),
    #[error("评价表中有不属于这张评价码的对象，请刷新后重试")]
    NotOnSheet,
    #[error("评价码 {0} 不存在，请核对评价码")]
    UnknownCode(String),
    #[error("这个评价码已经用过，每个码只能评价一次")]
    CodeUsed,
    #[error("这个评价码不属于本轮评诺，请核对")]
    WrongRound,
    #[error("找不到这张评价表，请刷新后再试")]
    SheetNotFound,
    #[error("已开始评价，补印评价码须写明原因（会记录在案）")]
    ReprintNeedsReason,
    #[error(transparent)]
    Ballot(crate::ballot::BallotError),
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for PledgeError {
    fn code(&self) -> &'static str {
        use PledgeError::*;
        match self {
            Invalid(_) => "pledges.invalid",
            YearOutOfRange { .. } => "pledges.year_out_of_range",
            NoItems => "pledges.no_items",
            TooManyItems { .. } => "pledges.too_many_items",
            UnknownKind(_) => "pledges.unknown_kind",
            DuplicateKind(_) => "pledges.duplicate_kind",
            StaffNotFound => "pledges.staff_not_found",
            InactiveStaff(_) => "pledges.inactive_staff",
            DepartmentNotFound => "pledges.department_not_found",
            AlreadyPublished { .. } => "pledges.already_published",
            SelfForOthers => "pledges.self_for_others",
            PledgeNotFound => "pledges.pledge_not_found",
            ItemNotFound => "pledges.item_not_found",
            ReasonRequired => "pledges.reason_required",
            NothingChanged => "pledges.nothing_changed",
            ProgressInFuture { .. } => "pledges.progress_in_future",
            ProgressOutOfRange(_) => "pledges.progress_out_of_range",
            NotStartedWithProgress => "pledges.not_started_with_progress",
            NotYourPledge { .. } => "pledges.not_your_pledge",
            ProgressNotFound => "pledges.progress_not_found",
            FileNotFound => "pledges.file_not_found",
            RoundNotFound => "pledges.round_not_found",
            RoundLocked(_) => "pledges.round_locked",
            RoundNotOpen(_) => "pledges.round_not_open",
            RoundClosed(_) => "pledges.round_closed",
            NoPledgesToRate(_) => "pledges.no_pledges_to_rate",
            WeightsNotHundred(_) => "pledges.weights_not_hundred",
            OverHundred(_) => "pledges.over_hundred",
            PointsOutOfOrder => "pledges.points_out_of_order",
            CutoffsOutOfOrder => "pledges.cutoffs_out_of_order",
            CapOutOfRange(_) => "pledges.cap_out_of_range",
            NotInRound(_) => "pledges.not_in_round",
            NotEntitled(_) => "pledges.not_entitled",
            AlreadyRated(_) => "pledges.already_rated",
            RoundIsAnonymous => "pledges.round_is_anonymous",
            RoundIsNamed => "pledges.round_is_named",
            ResultsHidden(_) => "pledges.results_hidden",
            SheetIncomplete(_) => "pledges.sheet_incomplete",
            NotOnSheet => "pledges.not_on_sheet",
            UnknownCode(_) => "pledges.unknown_code",
            CodeUsed => "pledges.code_used",
            WrongRound => "pledges.wrong_round",
            SheetNotFound => "pledges.sheet_not_found",
            ReprintNeedsReason => "pledges.reprint_needs_reason",
            Ballot(e) => e.code(),
            File(e) => e.code(),
            Store(e) => e.code(),
        }
    }
}

impl From<crate::ballot::BallotError> for PledgeError {
    /// The ballot's refusals about codes in the words of 评诺; the rest as they are.
    fn from(e: crate::ballot::BallotError) -> Self {
        use crate::ballot::BallotError as B;
        match e {
            B::UnknownCode(c) => PledgeError::UnknownCode(c),
            B::CodeUsed => PledgeError::CodeUsed,
            B::OtherBox => PledgeError::WrongRound,
            B::ReprintNeedsReason => PledgeError::ReprintNeedsReason,
            B::Store(e) => PledgeError::Store(e),
            other => PledgeError::Ballot(other),
        }
    }
}

impl From<rusqlite::Error> for PledgeError {
    fn from(e: rusqlite::Error) -> Self {
        PledgeError::Store(e.into())
    }
}
