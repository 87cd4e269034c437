//! 践诺: dated progress entries on an item (setting its status and progress) with attached files in
//! the shared file store ([`crate::files`]).

use std::path::Path;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::store;
use super::{Actor, PledgeError};
use crate::files;
use crate::store::write;
use crate::text;

/// A person acts only on their own pledge; the organizer on any.
fn check_actor(conn: &Connection, pledge_id: i64, actor: Actor) -> Result<(), PledgeError> {
    let Actor::Staff(me) = actor else {
        return Ok(());
    };
    let owner = store::pledge_owner(conn, pledge_id)?.ok_or(PledgeError::PledgeNotFound)?;
    if owner != (Owner::Person { staff_id: me }) {
        let owner = super::publish::owner_name(conn, owner).unwrap_or_default();
        return Err(PledgeError::NotYourPledge { owner });
    }
    Ok(())
}

/// Adds a dated progress entry to an item: its text, and the item's status and progress from now
/// on. 已兑现 counts as 100 %; 未开始 must be 0 %; the date cannot be after today.
pub fn add_progress(
    conn: &mut Connection,
    input: &ProgressInput,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<ProgressEntry, PledgeError> {
    let tx = write(conn)?;
    let (pledge_id, _, _) = store::item(&tx, input.item_id)?.ok_or(PledgeError::ItemNotFound)?;
    check_actor(&tx, pledge_id, actor)?;
    let text =
        text::required("进度说明", &input.text, PROGRESS_TEXT_MAX).map_err(PledgeError::Invalid)?;
    if input.entry_on > now.date() {
        return Err(PledgeError::ProgressInFuture {
            date: crate::time::show_date(input.entry_on),
        });
    }
    if input.progress > PROGRESS_MAX {
        return Err(PledgeError::ProgressOutOfRange(input.progress));
    }
    let progress = match input.status {
        Status::Fulfilled => PROGRESS_MAX,
        Status::NotStarted if input.progress > 0 => {
            return Err(PledgeError::NotStartedWithProgress)
        }
        _ => input.progress,
    };
    let entry = ProgressInput {
        text,
        progress,
        ..input.clone()
    };
    let id = store::insert_progress(&tx, &entry, matches!(actor, Actor::Staff(_)), now)?;
    let added = store::progress(&tx, pledge_id)?
        .into_iter()
        .find(|e| e.id == id)
        .ok_or(PledgeError::ProgressNotFound)?;
    tx.commit()?;
    Ok(added)
}

/// Attaches a file (a photo, a document) to a progress entry; the same content again returns the
/// existing one.
pub fn add_progress_file(
    conn: &mut Connection,
    dir: &Path,
    progress_id: i64,
    actor: Actor,
    file_name: &str,
    bytes: &[u8],
    now: NaiveDateTime,
) -> Result<ProgressFile, PledgeError> {
    let tx = write(conn)?;
    let pledge_id =
        store::progress_pledge(&tx, progress_id)?.ok_or(PledgeError::ProgressNotFound)?;
    check_actor(&tx, pledge_id, actor)?;
    let staged = files::stage(dir, file_name, bytes)?;
    let added = store::insert_file(&tx, progress_id, &staged.stored, now)?;
    tx.commit()?;
    staged.keep();
    Ok(added)
}

/// The bytes of an attached file, checked against its hash.
pub fn progress_file_bytes(
    conn: &Connection,
    dir: &Path,
    file_id: i64,
) -> Result<(ProgressFile, Vec<u8>), PledgeError> {
    let (f, sha) = store::file(conn, file_id)?.ok_or(PledgeError::FileNotFound)?;
    let bytes = files::read(dir, &sha, &f.file_name)?;
    Ok((f, bytes))
}

/// Removes a file from a progress entry (the organizer's correction); its bytes go once nothing
/// refers to them.
pub fn remove_progress_file(
    conn: &mut Connection,
    dir: &Path,
    file_id: i64,
) -> Result<(), PledgeError> {
    let tx = write(conn)?;
    let (_, sha256) = store::file(&tx, file_id)?.ok_or(PledgeError::FileNotFound)?;
    store::delete_file(&tx, file_id)?;
    let still_used = files::in_use(&tx, &sha256)?;
    tx.commit()?;
    if !still_used {
        files::delete(dir, &sha256);
    }
    Ok(())
}
