//! The role of the person at the keyboard, kept in memory for the life of the window.

use std::time::{Duration, Instant};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{verify_password, AuthError};

/// Wrong passwords in a row that lock the login.
pub const MAX_FAILED_LOGINS: u32 = 5;
/// How long the login stays locked after [`MAX_FAILED_LOGINS`] failures.
pub const LOCKOUT: Duration = Duration::from_secs(30);
/// Organizer mode locks itself after this long without an organizer action, unless the unit
/// chose another time in 设置 ([`super::organizer_idle_minutes`]).
pub const DEFAULT_ORGANIZER_IDLE: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Role {
    /// 职工模式: browse and self-service only.
    Staff,
    /// 组织者模式: management unlocked by the organizer password.
    Organizer,
}

/// What a 投票终端 is locked to. The voting commands take their target from here, never from
/// the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Kiosk {
    /// 评先选优: one voting round.
    HonorsRound {
        #[ts(type = "number")]
        round_id: i64,
    },
    /// 书画展览 人气投票: the exhibition (its activity).
    Exhibition {
        #[ts(type = "number")]
        activity_id: i64,
    },
    /// 评诺 (anonymous): one evaluation round.
    PledgeRound {
        #[ts(type = "number")]
        round_id: i64,
    },
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SessionInfo {
    pub role: Role,
    /// The vote the 投票终端 shows, while the window is locked to it.
    pub kiosk: Option<Kiosk>,
}

#[derive(Debug)]
pub struct Session {
    role: Role,
    failed: u32,
    locked_until: Option<Instant>,
    kiosk: Option<Kiosk>,
    /// The last organizer action; organizer mode ends [`Session::idle_limit`] after it.
    last_active: Option<Instant>,
    idle_limit: Duration,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            role: Role::Staff,
            failed: 0,
            locked_until: None,
            kiosk: None,
            last_active: None,
            idle_limit: DEFAULT_ORGANIZER_IDLE,
        }
    }
}

impl Session {
    pub fn role(&self) -> Role {
        self.role
    }

    /// Whose eyes the data is shown to: staff while a kiosk is open (phones masked), even though
    /// an organizer opened it.
    pub fn viewer(&self) -> Role {
        match self.kiosk {
            Some(_) => Role::Staff,
            None => self.role,
        }
    }

    pub fn info(&self) -> SessionInfo {
        SessionInfo {
            role: self.role,
            kiosk: self.kiosk,
        }
    }

    /// The vote the window is locked to, if a kiosk is open.
    pub fn kiosk(&self) -> Option<Kiosk> {
        self.kiosk
    }

    /// The check every organizer command makes first. Refused at the 投票终端 too: a voter at
    /// the kiosk must not reach management, even though an organizer opened it.
    pub fn require_organizer(&self) -> Result<(), AuthError> {
        if self.kiosk.is_some() {
            return Err(AuthError::KioskLocked);
        }
        match self.role {
            Role::Organizer => Ok(()),
            Role::Staff => Err(AuthError::OrganizerRequired),
        }
    }

    /// Organizer mode left idle for the idle limit ends as if the organizer had logged out. The
    /// shell calls this with the current time before every use of the session; an open kiosk is
    /// left alone (only the organizer password leaves it).
    pub fn expire_if_idle(&mut self, now: Instant) {
        let idle = self
            .last_active
            .is_some_and(|t| now.saturating_duration_since(t) >= self.idle_limit);
        if self.role == Role::Organizer && self.kiosk.is_none() && idle {
            self.role = Role::Staff;
            self.last_active = None;
        }
    }

    /// An organizer action (or the organizer working in the window): the idle time starts again.
    pub fn touch(&mut self, now: Instant) {
        if self.role == Role::Organizer {
            self.last_active = Some(now);
        }
    }

    /// How long organizer mode may stay idle (the unit's setting).
    pub fn set_idle_limit(&mut self, limit: Duration) {
        self.idle_limit = limit;
    }

    /// Switches to organizer mode when `password` is right.
    pub fn login(&mut self, conn: &Connection, password: &str) -> Result<SessionInfo, AuthError> {
        self.login_at(conn, password, Instant::now())
    }

    /// 进入投票终端: the organizer locks the window to one vote. Whether that vote exists and
    /// can take ballots is the caller's check (honors, contests).
    pub fn enter_kiosk(&mut self, kiosk: Kiosk) -> Result<SessionInfo, AuthError> {
        self.require_organizer()?;
        self.kiosk = Some(kiosk);
        Ok(self.info())
    }

    /// The honors round the kiosk is locked to, for its voting commands.
    pub fn kiosk_round(&self) -> Result<i64, AuthError> {
        match self.kiosk {
            Some(Kiosk::HonorsRound { round_id }) => Ok(round_id),
            _ => Err(AuthError::NotKiosk),
        }
    }

    /// The exhibition the kiosk is locked to, for its popular-vote commands.
    pub fn kiosk_exhibition(&self) -> Result<i64, AuthError> {
        match self.kiosk {
            Some(Kiosk::Exhibition { activity_id }) => Ok(activity_id),
            _ => Err(AuthError::NotKiosk),
        }
    }

    /// The 评诺 round the kiosk is locked to, for its rating commands.
    pub fn kiosk_pledge_round(&self) -> Result<i64, AuthError> {
        match self.kiosk {
            Some(Kiosk::PledgeRound { round_id }) => Ok(round_id),
            _ => Err(AuthError::NotKiosk),
        }
    }

    /// 退出投票终端: needs the organizer password, with the same lockout as the login; the
    /// window is back in organizer mode.
    pub fn leave_kiosk(
        &mut self,
        conn: &Connection,
        password: &str,
    ) -> Result<SessionInfo, AuthError> {
        self.leave_kiosk_at(conn, password, Instant::now())
    }

    pub(crate) fn leave_kiosk_at(
        &mut self,
        conn: &Connection,
        password: &str,
        now: Instant,
    ) -> Result<SessionInfo, AuthError> {
        self.kiosk.ok_or(AuthError::NotKiosk)?;
        self.login_at(conn, password, now)?;
        self.kiosk = None;
        Ok(self.info())
    }

    pub(crate) fn login_at(
        &mut self,
        conn: &Connection,
        password: &str,
        now: Instant,
    ) -> Result<SessionInfo, AuthError> {
        if let Some(until) = self.locked_until {
            if now < until {
                return Err(AuthError::LockedOut {
                    seconds: (until - now).as_secs().max(1),
                });
            }
            self.locked_until = None;
            self.failed = 0;
        }
        match verify_password(conn, password) {
            Ok(()) => {
                self.failed = 0;
                self.role = Role::Organizer;
                self.idle_limit = super::organizer_idle(conn)?;
                self.last_active = Some(now);
                Ok(self.info())
            }
            Err(AuthError::WrongPassword) => {
                self.failed += 1;
                if self.failed >= MAX_FAILED_LOGINS {
                    self.locked_until = Some(now + LOCKOUT);
                }
                Err(AuthError::WrongPassword)
            }
            Err(e) => Err(e),
        }
    }

    /// Right after setting the first password, its author is the organizer.
    pub fn become_organizer_after_first_setup(&mut self) {
        self.role = Role::Organizer;
        self.last_active = Some(Instant::now());
    }

    /// 退出: back to staff mode.
    pub fn logout(&mut self) -> SessionInfo {
        if self.kiosk.is_some() {
            return self.info();
        }
        self.role = Role::Staff;
        self.info()
    }
}
