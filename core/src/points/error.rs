use crate::activities::ActivityError;
use crate::contests::{JudgingError, TimedError, TournamentError};
use crate::error::{Coded, StoreError};
use crate::exports::ExportError;
use crate::honors::HonorError;
use crate::paging::PageError;
use crate::pledges::PledgeError;
use crate::roster::RosterError;

/// Everything 综合量化考核 can refuse, each with a stable code and a plain Chinese message.
#[derive(Debug, thiserror::Error)]
pub enum PointsError {
    #[error("年度 {year} 不在 {min}–{max} 之间，请检查")]
    YearOutOfRange { year: i32, min: i32, max: i32 },
    #[error("季度应为 1–4，收到 {0}")]
    QuarterOutOfRange(u8),
    #[error("月份应为 1–12，收到 {0}")]
    MonthOutOfRange(u8),
    #[error("请只选季度或月份中的一个")]
    QuarterAndMonth,
    #[error("“{field}”的分值 {value} 不在 {min}–{max} 之间，请检查")]
    RuleOutOfRange {
        field: &'static str,
        value: f64,
        min: f64,
        max: f64,
    },
    #[error("积分规则没有变化，无需保存")]
    PolicyUnchanged,
    #[error("修改说明不能超过 {max} 个字")]
    NoteTooLong { max: usize },
    #[error("找不到这名职工，请刷新后再试")]
    StaffNotFound,
    #[error("请填写调整原因，原因会记录在积分明细中")]
    ReasonRequired,
    #[error("调整原因不能超过 {max} 个字")]
    ReasonTooLong { max: usize },
    #[error("调整分值不能为 0")]
    AdjustmentZero,
    #[error("一次调整 {points} 分超出了 ±{max} 分的范围，请检查")]
    AdjustmentOutOfRange { points: f64, max: f64 },
    #[error(transparent)]
    Page(#[from] PageError),
    #[error("积分表生成失败：{0}")]
    SheetFailed(String),
    #[error(transparent)]
    Activity(#[from] ActivityError),
    #[error(transparent)]
    Judging(#[from] JudgingError),
    #[error(transparent)]
    Tournament(#[from] TournamentError),
    #[error(transparent)]
    Timed(#[from] TimedError),
    #[error(transparent)]
    Honor(#[from] HonorError),
    #[error(transparent)]
    Pledge(#[from] PledgeError),
    #[error(transparent)]
    Roster(#[from] RosterError),
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for PointsError {
    fn from(e: rusqlite::Error) -> Self {
        PointsError::Store(e.into())
    }
}

impl Coded for PointsError {
    fn code(&self) -> &'static str {
        match self {
            PointsError::YearOutOfRange { .. } => "points.year_out_of_range",
            PointsError::QuarterOutOfRange(_) => "points.quarter_out_of_range",
            PointsError::MonthOutOfRange(_) => "points.month_out_of_range",
            PointsError::QuarterAndMonth => "points.quarter_and_month",
            PointsError::RuleOutOfRange { .. } => "points.rule_out_of_range",
            PointsError::PolicyUnchanged => "points.policy_unchanged",
            PointsError::NoteTooLong { .. } => "points.note_too_long",
            PointsError::StaffNotFound => "points.staff_not_found",
            PointsError::ReasonRequired => "points.reason_required",
            PointsError::ReasonTooLong { .. } => "points.reason_too_long",
            PointsError::AdjustmentZero => "points.adjustment_zero",
            PointsError::AdjustmentOutOfRange { .. } => "points.adjustment_out_of_range",
            PointsError::Page(e) => e.code(),
            PointsError::SheetFailed(_) => "points.sheet_failed",
            PointsError::Activity(e) => e.code(),
            PointsError::Judging(e) => e.code(),
            PointsError::Tournament(e) => e.code(),
            PointsError::Timed(e) => e.code(),
            PointsError::Honor(e) => e.code(),
            PointsError::Pledge(e) => e.code(),
            PointsError::Roster(e) => e.code(),
            PointsError::Export(e) => e.code(),
            PointsError::Store(e) => e.code(),
        }
    }
}
