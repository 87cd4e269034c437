//! A phone's login: 工号 + personal PIN through the desktop's own check, and the table of phone
//! sessions (memory only, ending with the window).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::rules::random_hex;
use super::{LanError, PhoneLogin, PhoneSession};
use crate::auth::{self, Actor};
use crate::roster::{self, Staff};

/// Phone sessions kept at most; beyond, the oldest login ends.
pub const PHONE_SESSIONS_MAX: usize = 20_000;

/// 工号 + PIN → the person, acting as themselves. Refused while PINs are off (a phone has no other
/// proof), for an unknown or 停用 工号, and by [`auth::as_staff`] exactly as at the desk: a wrong
/// PIN is counted, five in a row lock that person's PIN.
pub fn login(
    conn: &mut Connection,
    input: &PhoneLogin,
    now: NaiveDateTime,
) -> Result<(Actor, Staff), LanError> {
    if !auth::staff_pins_enabled(conn)? {
        return Err(LanError::PinsOff);
    }
    let employee_no = input.employee_no.trim();
    if employee_no.is_empty() {
        return Err(LanError::EmployeeNoRequired);
    }
    let unknown = || LanError::UnknownEmployee(employee_no.chars().take(32).collect());
    let (id, _) = roster::store::staff_by_employee_no(conn, employee_no)?.ok_or_else(unknown)?;
    let staff = roster::get_staff(conn, id).map_err(|_| unknown())?;
    if !staff.active {
        return Err(unknown());
    }
    let actor = auth::as_staff(conn, id, Some(input.pin.trim()), now)?;
    Ok((actor, staff))
}

#[derive(Debug, Clone)]
struct Entry {
    actor: Actor,
    /// Order of login, to end the oldest when the table is full.
    seq: u64,
}

/// The phones logged in during the current window: a random token per login, nothing stored.
#[derive(Debug, Default)]
pub struct PhoneSessions {
    by_token: HashMap<String, Entry>,
    next: u64,
}

impl PhoneSessions {
    /// A new session for `staff`, acting as `actor` (what [`login`] gave back), with 128 random
    /// bits from the OS as its token.
    pub fn open(&mut self, actor: Actor, staff: &Staff) -> Result<PhoneSession, LanError> {
        if self.by_token.len() >= PHONE_SESSIONS_MAX {
            if let Some(oldest) = self
                .by_token
                .iter()
                .min_by_key(|(_, e)| e.seq)
                .map(|(t, _)| t.clone())
            {
                self.by_token.remove(&oldest);
            }
        }
        let token = random_hex(16)?;
        self.next += 1;
        self.by_token.insert(
            token.clone(),
            Entry {
                actor,
                seq: self.next,
            },
        );
        Ok(PhoneSession {
            token,
            staff_id: staff.id,
            name: staff.name.clone(),
            department: staff.department_name.clone(),
        })
    }

    /// Who acts with `token`; [`LanError::LoginRequired`] when missing or unknown.
    pub fn actor_of(&self, token: Option<&str>) -> Result<Actor, LanError> {
        token
            .and_then(|t| self.by_token.get(t))
            .map(|e| e.actor)
            .ok_or(LanError::LoginRequired)
    }

    /// 退出 on the phone.
    pub fn end(&mut self, token: &str) {
        self.by_token.remove(token);
    }

    /// The window ended: every phone must log in again next time.
    pub fn clear(&mut self) {
        self.by_token.clear();
    }

    pub fn len(&self) -> usize {
        self.by_token.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_token.is_empty()
    }
}
