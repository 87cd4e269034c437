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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Role {
    /// 职工模式: browse and self-service only.
    Staff,
    /// 组织者模式: management unlocked by the organizer password.
    Organizer,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SessionInfo {
    pub role: Role,
}

#[derive(Debug)]
pub struct Session {
    role: Role,
    failed: u32,
    locked_until: Option<Instant>,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            role: Role::Staff,
            failed: 0,
            locked_until: None,
        }
    }
}

impl Session {
    pub fn role(&self) -> Role {
        self.role
    }

    pub fn info(&self) -> SessionInfo {
        SessionInfo { role: self.role }
    }

    /// The check every organizer command makes first.
    pub fn require_organizer(&self) -> Result<(), AuthError> {
        match self.role {
            Role::Organizer => Ok(()),
            Role::Staff => Err(AuthError::OrganizerRequired),
        }
    }

    /// Switches to organizer mode when `password` is right.
    pub fn login(&mut self, conn: &Connection, password: &str) -> Result<SessionInfo, AuthError> {
        self.login_at(conn, password, Instant::now())
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
    }

    /// 退出: back to staff mode.
    pub fn logout(&mut self) -> SessionInfo {
        self.role = Role::Staff;
        self.info()
    }
}
