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
            File(e) => e.code(),
            Store(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for PledgeError {
    fn from(e: rusqlite::Error) -> Self {
        PledgeError::Store(e.into())
    }
}
