//! Who writes: the organizer, or a person acting as themselves in 职工自助. Every feature takes
//! this one type, and self-service requests get theirs from [`as_staff`] only, so a person's write
//! cannot skip the PIN check.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::{verify_staff, AuthError};

/// The organizer (also 代报名 and publishing for others), or a staff member for themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Organizer,
    Staff(i64),
}

impl Actor {
    /// The person acting for themselves; `None` for the organizer.
    pub fn staff_id(self) -> Option<i64> {
        match self {
            Actor::Organizer => None,
            Actor::Staff(id) => Some(id),
        }
    }
}

/// The one entry of every self-service request: the person exists and, when PINs are on, `pin` is
/// theirs and not locked (a wrong PIN is counted before the refusal returns). The actor it gives
/// back is the only way a request acts as that person.
pub fn as_staff(
    conn: &mut Connection,
    staff_id: i64,
    pin: Option<&str>,
    now: NaiveDateTime,
) -> Result<Actor, AuthError> {
    verify_staff(conn, staff_id, pin, now)?;
    Ok(Actor::Staff(staff_id))
}
