//! 填报: a person's count for a day of the challenge (their own in 职工自助, or anyone's by the
//! organizer). One count per person per day: a second one for the same day is refused unless the
//! request says to replace the first.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::board::{my_challenge, participant};
use super::error::ChallengeError;
use super::model::{ChallengeEntryInput, MyChallenge};
use super::rules::{amount_of_number, check_day, may_enter, show_amount};
use super::store;
use crate::activities::{self, Actor};
use crate::store::write;
use crate::time::date_text;

/// Enters `staff_id`'s count for a day; returns what the person sees of the challenge after it.
pub fn enter_count(
    conn: &mut Connection,
    activity_id: i64,
    staff_id: i64,
    input: &ChallengeEntryInput,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<MyChallenge, ChallengeError> {
    if actor.staff_id().is_some_and(|me| me != staff_id) {
        return Err(ChallengeError::NotYours);
    }
    let tx = write(conn)?;
    let activity = activities::get_activity(&tx, activity_id, now)?;
    let row = store::challenge_of(&tx, activity_id)?.ok_or(ChallengeError::NotSetUp)?;
    may_enter(&activity)?;
    let person = participant(&tx, activity_id, staff_id)?;
    check_day(row.starts_on, row.ends_on, input.day, now.date())?;
    let amount = amount_of_number(row.unit, input.amount)?;
    if let Some(old) = store::amount_on(&tx, row.id, staff_id, input.day)? {
        if !input.replace {
            return Err(ChallengeError::DayAlreadyEntered {
                name: person.name,
                day: date_text(input.day),
                amount: show_amount(row.unit, old),
            });
        }
    }
    store::put_entry(
        &tx,
        row.id,
        staff_id,
        input.day,
        amount,
        actor == Actor::Organizer,
        now,
    )?;
    tx.commit().map_err(crate::error::StoreError::from)?;
    my_challenge(conn, activity_id, staff_id, now)
}
