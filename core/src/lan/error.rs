//! Refusals of 手机参与, each with a plain Chinese message and a stable `lan.*` code.

use crate::auth::AuthError;
use crate::error::{Coded, StoreError};

/// The shortest window the organizer may open …
pub const MINUTES_MIN: u32 = 15;
/// … and the longest: a working day.
pub const MINUTES_MAX: u32 = 8 * 60;
/// The lengths the organizer's window offers, all within the two above …
pub const MINUTES_OFFERED: [u32; 8] = [30, 60, 90, 120, 180, 240, 360, 480];
/// … two hours unless another is chosen.
pub const MINUTES_DEFAULT: u32 = 120;

#[derive(Debug, thiserror::Error)]
pub enum LanError {
    #[error("开放时间应为 {MINUTES_MIN} 到 {MINUTES_MAX} 分钟")]
    MinutesOutOfRange,
    #[error("请至少选择一项开放给手机的内容")]
    NoPurpose,
    #[error("“{0}”选了两次，请只选一次")]
    DuplicatePurpose(&'static str),
    #[error("手机参与要求每个人用个人 PIN 确认身份；请先在“设置”中开启个人 PIN，并为职工生成 PIN")]
    PinsOff,
    #[error("找不到工号为 {0} 的在职职工，请核对工号")]
    UnknownEmployee(String),
    #[error("请输入工号")]
    EmployeeNoRequired,
    #[error("请先用工号和个人 PIN 登录")]
    LoginRequired,
    #[error("组织者没有开放“{0}”，请联系组织者")]
    PurposeOff(&'static str),
    #[error("操作太频繁，请稍等几秒再试")]
    RateLimited,
    #[error("手机参与没有开启")]
    NotOn,
    #[error("无法启动手机参与服务：{0}")]
    Server(String),
    #[error("无法生成随机口令：{0}")]
    Random(String),
    #[error(transparent)]
    Auth(#[from] AuthError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for LanError {
    fn code(&self) -> &'static str {
        match self {
            LanError::MinutesOutOfRange => "lan.minutes_out_of_range",
            LanError::NoPurpose => "lan.no_purpose",
            LanError::DuplicatePurpose(_) => "lan.duplicate_purpose",
            LanError::PinsOff => "lan.pins_off",
            LanError::UnknownEmployee(_) => "lan.unknown_employee",
            LanError::EmployeeNoRequired => "lan.employee_no_required",
            LanError::LoginRequired => "lan.login_required",
            LanError::PurposeOff(_) => "lan.purpose_off",
            LanError::RateLimited => "lan.rate_limited",
            LanError::NotOn => "lan.not_on",
            LanError::Server(_) => "lan.server",
            LanError::Random(_) => "lan.random",
            LanError::Auth(e) => e.code(),
            LanError::Store(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for LanError {
    fn from(e: rusqlite::Error) -> Self {
        LanError::Store(e.into())
    }
}
