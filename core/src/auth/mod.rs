//! 组织者模式 (`auth`): the organizer password and the role of the current session.
//!
//! The app starts in staff mode ([`Role::Staff`]). The organizer sets a password at first start
//! (stored only as an argon2 hash) and logs in to unlock management. Every organizer command calls
//! [`Session::require_organizer`] before it touches the core. Five wrong passwords in a row lock the
//! login for [`LOCKOUT`]. Organizer mode left idle (15 minutes unless the unit chose another time)
//! ends as if the organizer had logged out ([`Session::expire_if_idle`]).

mod actor;
mod idle;
mod password;
mod pin;
mod pin_batch;
mod session;

pub use actor::{as_staff, Actor};
pub use idle::{
    organizer_idle, organizer_idle_minutes, set_organizer_idle_minutes,
    DEFAULT_ORGANIZER_IDLE_MINUTES, ORGANIZER_IDLE_MINUTES_MAX, SELF_SERVICE_IDLE_MINUTES,
};
pub use password::{change_password, password_is_set, verify_password};
pub(crate) use password::{hash_password, store_first_password};
pub use pin::{
    set_staff_pin, set_staff_pins_enabled, staff_has_pin, staff_pins_enabled, verify_staff,
    MAX_FAILED_PINS, PIN_DIGITS_MAX, PIN_DIGITS_MIN, PIN_LOCKOUT,
};
pub use pin_batch::{issue_staff_pins, random_pin, PinBatchInput, PinSlip, GENERATED_PIN_DIGITS};
pub use session::{
    Kiosk, Role, Session, SessionInfo, DEFAULT_ORGANIZER_IDLE, LOCKOUT, MAX_FAILED_LOGINS,
};

use crate::error::{Coded, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("此操作需要组织者权限，请先点击右上角“组织者登录”")]
    OrganizerRequired,
    #[error("投票终端正在使用中；请先输入组织者密码退出投票终端")]
    KioskLocked,
    #[error("投票终端没有打开，请由组织者从投票页面进入")]
    NotKiosk,
    #[error("组织者密码已经设置过；如需修改，请登录后在“设置”中修改")]
    AlreadySet,
    #[error("还没有设置组织者密码，请先设置")]
    NotSet,
    #[error("密码不正确")]
    WrongPassword,
    #[error("密码连续输错 {MAX_FAILED_LOGINS} 次，请 {seconds} 秒后再试")]
    LockedOut { seconds: u64 },
    #[error("{0}")]
    WeakPassword(String),
    #[error("{0}")]
    Invalid(String),
    #[error("请输入你的个人 PIN")]
    PinRequired,
    #[error("个人 PIN 不正确，还可以再试 {left} 次")]
    WrongPin { left: u32 },
    #[error("{name} 的个人 PIN 连续输错 {MAX_FAILED_PINS} 次，已锁定到 {until}；请到时再试，或请组织者重设 PIN")]
    PinLocked { name: String, until: String },
    #[error("{0} 还没有个人 PIN，请联系组织者设置")]
    NoPin(String),
    #[error("找不到这个科室，请刷新后再试")]
    DepartmentNotFound,
    #[error("{0}没有需要生成 PIN 的在职职工")]
    NoOneForPins(String),
    #[error("组织者模式的自动锁定时间应为 1 到 {ORGANIZER_IDLE_MINUTES_MAX} 分钟")]
    IdleOutOfRange,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for AuthError {
    fn code(&self) -> &'static str {
        match self {
            AuthError::OrganizerRequired => "auth.organizer_required",
            AuthError::KioskLocked => "auth.kiosk_locked",
            AuthError::NotKiosk => "auth.not_kiosk",
            AuthError::AlreadySet => "auth.already_set",
            AuthError::NotSet => "auth.not_set",
            AuthError::WrongPassword => "auth.wrong_password",
            AuthError::LockedOut { .. } => "auth.locked_out",
            AuthError::WeakPassword(_) => "auth.weak_password",
            AuthError::Invalid(_) => "auth.invalid",
            AuthError::PinRequired => "auth.pin_required",
            AuthError::WrongPin { .. } => "auth.wrong_pin",
            AuthError::PinLocked { .. } => "auth.pin_locked",
            AuthError::NoPin(_) => "auth.no_pin",
            AuthError::DepartmentNotFound => "auth.department_not_found",
            AuthError::NoOneForPins(_) => "auth.no_one_for_pins",
            AuthError::IdleOutOfRange => "auth.idle_out_of_range",
            AuthError::Store(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for AuthError {
    fn from(e: rusqlite::Error) -> Self {
        AuthError::Store(e.into())
    }
}

#[cfg(test)]
mod idle_tests;
#[cfg(test)]
mod pin_tests;
#[cfg(test)]
mod tests;
