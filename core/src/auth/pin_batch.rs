//! 批量生成个人 PIN: the organizer gives every active person of a 科室, or of the whole unit, a
//! new random PIN at once and prints them as sealed slips (name outside, PIN inside). The PINs
//! are drawn from the operating system's random source and stored only as hashes; the plain PINs
//! exist only in the returned [`PinSlip`]s, for printing.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::pin::{hash_pin, pin_hasher};
use super::AuthError;

/// Digits of a generated PIN (the most a PIN may have).
pub const GENERATED_PIN_DIGITS: usize = 6;

/// Whom a batch of PINs is for.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct PinBatchInput {
    /// One 科室, or the whole unit when `None`.
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    /// Only people who have no PIN yet (newcomers); otherwise everyone gets a new PIN.
    pub only_without_pin: bool,
}

/// One sealed slip: who it is for (printed outside) and the PIN (printed inside).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PinSlip {
    #[ts(type = "number")]
    pub staff_id: i64,
    pub employee_no: String,
    pub name: String,
    pub department_name: String,
    pub pin: String,
}

/// A PIN of [`GENERATED_PIN_DIGITS`] digits, uniformly drawn from the OS random source.
pub fn random_pin() -> String {
    const RANGE: u32 = 1_000_000;
    // Reject the top of the u32 range so that every PIN is equally likely.
    const LIMIT: u32 = u32::MAX - u32::MAX % RANGE;
    loop {
        let n = OsRng.next_u32();
        if n < LIMIT {
            return format!("{:06}", n % RANGE);
        }
    }
}

/// Gives every active person in scope a new random PIN (one transaction) and lifts their PIN
/// locks. Returns the slips in the order of the roster (科室, then 工号).
pub fn issue_staff_pins(
    conn: &mut Connection,
    input: &PinBatchInput,
) -> Result<Vec<PinSlip>, AuthError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let department = match input.department_id {
        Some(id) => Some(
            tx.query_row("SELECT name FROM department WHERE id = ?1", [id], |r| {
                r.get::<_, String>(0)
            })
            .optional()?
            .ok_or(AuthError::DepartmentNotFound)?,
        ),
        None => None,
    };
    let people: Vec<(i64, String, String, String)> = {
        let mut stmt = tx.prepare(
            "SELECT s.id, s.employee_no, s.name, d.name FROM staff s
               JOIN department d ON d.id = s.department_id
              WHERE s.active = 1
                AND (?1 IS NULL OR s.department_id = ?1)
                AND (?2 = 0 OR s.pin_hash IS NULL)
              ORDER BY d.sort_order, d.id, s.employee_no",
        )?;
        let rows = stmt.query_map(params![input.department_id, input.only_without_pin], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    if people.is_empty() {
        return Err(AuthError::NoOneForPins(
            department.map_or_else(|| "全单位".into(), |d| format!("“{d}”")),
        ));
    }
    let slips: Vec<PinSlip> = people
        .into_iter()
        .map(|(staff_id, employee_no, name, department_name)| PinSlip {
            staff_id,
            employee_no,
            name,
            department_name,
            pin: random_pin(),
        })
        .collect();
    let hashes = hash_all(&slips)?;
    {
        let mut set = tx.prepare("UPDATE staff SET pin_hash = ?2 WHERE id = ?1")?;
        let mut unlock = tx.prepare("DELETE FROM staff_pin_lock WHERE staff_id = ?1")?;
        for (slip, hash) in slips.iter().zip(&hashes) {
            set.execute(params![slip.staff_id, hash])?;
            unlock.execute([slip.staff_id])?;
        }
    }
    tx.commit()?;
    Ok(slips)
}

/// Hashes the PINs on every core the machine has (hashing is the batch's whole cost).
fn hash_all(slips: &[PinSlip]) -> Result<Vec<String>, AuthError> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = slips.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = slips
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let hasher = pin_hasher();
                    part.iter()
                        .map(|s| hash_pin(&hasher, &s.pin))
                        .collect::<Result<Vec<_>, _>>()
                })
            })
            .collect();
        let mut all = Vec::with_capacity(slips.len());
        for w in workers {
            all.extend(w.join().expect("a hashing thread does not panic")?);
        }
        Ok(all)
    })
}
