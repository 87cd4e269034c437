//! The one error of 全民健身挑战: each refusal with its stable code and a plain Chinese message
//! naming the day, the count or the person, and what to do next.

use crate::activities::ActivityError;
use crate::error::{Coded, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ChallengeError {
    #[error("“{0}”活动不设健身挑战；只有全民健身、爬山活动可以设置")]
    NotAChallengeKind(String),
    #[error("本活动还没有设置健身挑战，请组织者先设置挑战的起止日期和计量单位")]
    NotSetUp,
    #[error("活动“{0}”还是草稿，发布后才能填报")]
    ActivityDraft(String),
    #[error("活动“{0}”已取消，不能再设置或填报")]
    ActivityCancelled(String),
    #[error("活动“{0}”已结束，挑战成绩不能再更改")]
    ActivityFinished(String),
    #[error("挑战的结束日期 {end} 早于开始日期 {start}，请检查日期")]
    PeriodReversed { start: String, end: String },
    #[error("挑战共 {days} 天，超过了 {max} 天；更长的挑战请分成几期")]
    PeriodTooLong { days: i64, max: i64 },
    #[error("挑战的日期须在活动的起止日期（{start} 至 {end}）之内，请检查日期或先修改活动时间")]
    PeriodOutsideActivity { start: String, end: String },
    #[error("已有人填报了“{0}”，计量单位不能再改")]
    UnitLocked(String),
    #[error("{day} 已有人填报，挑战日期须包括这一天")]
    EntriesOutsidePeriod { day: String },
    #[error("{day} 不在挑战期内（{start} 至 {end}）")]
    DayOutsidePeriod {
        day: String,
        start: String,
        end: String,
    },
    #[error("{day} 还没有到，只能填报今天或之前的数")]
    FutureDay { day: String },
    #[error("“{0}”不是数字，请填写{1}数")]
    NotANumber(String, &'static str),
    #[error("{0} 是负数，请填写 0 或以上的数")]
    Negative(String),
    #[error("步数须是整数（填写的是 {0}）")]
    WholeSteps(String),
    #[error("公里数最多保留两位小数（填写的是 {0}）")]
    TooManyDecimals(String),
    #[error("{amount} {unit}超出了每天 0–{max} {unit}的合理范围，请核对后重新填写")]
    OverDailyMax {
        amount: String,
        max: String,
        unit: &'static str,
    },
    #[error("找不到这名职工，请刷新后再试")]
    StaffNotFound,
    #[error("{0} 没有报名本活动，报名后才能填报")]
    NotSignedUp(String),
    #[error("{name} 在 {day} 已填报 {amount}；如要改为新的数，请选择“覆盖原数”")]
    DayAlreadyEntered {
        name: String,
        day: String,
        amount: String,
    },
    #[error("只能填报自己的数")]
    NotYours,
    // ── import of a filled sheet ───────────────────────────────────────────────────────────────
    #[error("“{0}”不是 .xlsx 表格文件，请用下载的模板填写后导入")]
    NotASpreadsheet(String),
    #[error("表格文件已损坏或无法读取：{0}")]
    Unreadable(String),
    #[error("表格是空的，没有任何数据")]
    EmptySheet,
    #[error("表格第一行应是表头（工号、姓名和挑战的每一天），请用下载的模板填写")]
    NoHeader,
    #[error("表格太大（{0}），请分批导入")]
    TooLarge(String),
    #[error("表格中有 {0} 处错误，什么也没有保存；请按预览中的提示修改后重新导入")]
    BadCells(usize),
    #[error("表格中没有填写任何数")]
    NothingToImport,
    #[error("无法生成表格：{0}")]
    SheetFailed(String),
    #[error(transparent)]
    Activity(#[from] ActivityError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for ChallengeError {
    fn code(&self) -> &'static str {
        match self {
            ChallengeError::NotAChallengeKind(_) => "challenge.not_a_challenge_kind",
            ChallengeError::NotSetUp => "challenge.not_set_up",
            ChallengeError::ActivityDraft(_) => "challenge.activity_draft",
            ChallengeError::ActivityCancelled(_) => "challenge.activity_cancelled",
            ChallengeError::ActivityFinished(_) => "challenge.activity_finished",
            ChallengeError::PeriodReversed { .. } => "challenge.period_reversed",
            ChallengeError::PeriodTooLong { .. } => "challenge.period_too_long",
            ChallengeError::PeriodOutsideActivity { .. } => "challenge.period_outside_activity",
            ChallengeError::UnitLocked(_) => "challenge.unit_locked",
            ChallengeError::EntriesOutsidePeriod { .. } => "challenge.entries_outside_period",
            ChallengeError::DayOutsidePeriod { .. } => "challenge.day_outside_period",
            ChallengeError::FutureDay { .. } => "challenge.future_day",
            ChallengeError::NotANumber(..) => "challenge.not_a_number",
            ChallengeError::Negative(_) => "challenge.negative",
            ChallengeError::WholeSteps(_) => "challenge.whole_steps",
            ChallengeError::TooManyDecimals(_) => "challenge.too_many_decimals",
            ChallengeError::OverDailyMax { .. } => "challenge.over_daily_max",
            ChallengeError::StaffNotFound => "challenge.staff_not_found",
            ChallengeError::NotSignedUp(_) => "challenge.not_signed_up",
            ChallengeError::DayAlreadyEntered { .. } => "challenge.day_already_entered",
            ChallengeError::NotYours => "challenge.not_yours",
            ChallengeError::NotASpreadsheet(_) => "challenge.import.not_a_spreadsheet",
            ChallengeError::Unreadable(_) => "challenge.import.unreadable",
            ChallengeError::EmptySheet => "challenge.import.empty_sheet",
            ChallengeError::NoHeader => "challenge.import.no_header",
            ChallengeError::TooLarge(_) => "challenge.import.too_large",
            ChallengeError::BadCells(_) => "challenge.import.bad_cells",
            ChallengeError::NothingToImport => "challenge.import.nothing_to_import",
            ChallengeError::SheetFailed(_) => "challenge.sheet_failed",
            ChallengeError::Activity(e) => e.code(),
            ChallengeError::Store(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for ChallengeError {
    fn from(e: rusqlite::Error) -> Self {
        ChallengeError::Store(e.into())
    }
}
