//! 亮诺: the kinds of items, publishing a pledge (by the person themself or by the organizer), and
//! the organizer's edits of a published item with a kept reason.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::store::{self, Filter};
use super::{Actor, PledgeError};
use crate::store::write;
use crate::text;

/// The kinds to choose from: the three built in, then those the organizer added.
pub fn kinds(conn: &Connection) -> Result<Vec<String>, PledgeError> {
    let mut all: Vec<String> = BUILT_IN_KINDS.iter().map(|k| k.to_string()).collect();
    all.extend(store::added_kinds(conn)?);
    Ok(all)
}

/// Adds a kind of item (e.g. 廉洁承诺) beside the three built in.
pub fn add_kind(
    conn: &mut Connection,
    name: &str,
    now: NaiveDateTime,
) -> Result<Vec<String>, PledgeError> {
    let name = text::required("承诺类别", name, KIND_MAX).map_err(PledgeError::Invalid)?;
    let tx = write(conn)?;
    if kinds(&tx)?.contains(&name) {
        return Err(PledgeError::DuplicateKind(name));
    }
    store::insert_kind(&tx, &name, now)?;
    let all = kinds(&tx)?;
    tx.commit()?;
    Ok(all)
}

fn check_year(year: i32) -> Result<(), PledgeError> {
    if !(YEAR_MIN..=YEAR_MAX).contains(&year) {
        return Err(PledgeError::YearOutOfRange {
            year,
            min: YEAR_MIN,
            max: YEAR_MAX,
        });
    }
    Ok(())
}

/// One item checked: a known kind, content within its limit (trimmed).
fn check_item(conn: &Connection, item: &ItemInput) -> Result<ItemInput, PledgeError> {
    let kind = item.kind.trim().to_string();
    if !kinds(conn)?.contains(&kind) {
        return Err(PledgeError::UnknownKind(kind));
    }
    let content =
        text::required("承诺内容", &item.content, CONTENT_MAX).map_err(PledgeError::Invalid)?;
    Ok(ItemInput {
        kind,
        content,
        due_on: item.due_on,
    })
}

/// The owner's display name; refuses an unknown owner or a person no longer active.
pub(super) fn owner_name(conn: &Connection, owner: Owner) -> Result<String, PledgeError> {
    match owner {
        Owner::Person { staff_id } => {
            let (name, _, active) =
                store::person(conn, staff_id)?.ok_or(PledgeError::StaffNotFound)?;
            if !active {
                return Err(PledgeError::InactiveStaff(name));
            }
            Ok(name)
        }
        Owner::Department { department_id } => {
            store::department_name(conn, department_id)?.ok_or(PledgeError::DepartmentNotFound)
        }
    }
}

/// 亮诺: publishes the owner's pledge of the year with all its items at once. A person publishes
/// only their own (`Actor::Staff`); the organizer publishes for anyone. One pledge per owner and
/// year: a published one is changed only by the organizer's edits, with a reason.
pub fn publish_pledge(
    conn: &mut Connection,
    input: &PledgeInput,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Pledge, PledgeError> {
    let tx = write(conn)?;
    if let Actor::Staff(me) = actor {
        if input.owner != (Owner::Person { staff_id: me }) {
            return Err(PledgeError::SelfForOthers);
        }
    }
    check_year(input.year)?;
    let owner = owner_name(&tx, input.owner)?;
    if input.items.is_empty() {
        return Err(PledgeError::NoItems);
    }
    if input.items.len() > ITEMS_MAX {
        return Err(PledgeError::TooManyItems {
            count: input.items.len(),
            max: ITEMS_MAX,
        });
    }
    let items = input
        .items
        .iter()
        .map(|i| check_item(&tx, i))
        .collect::<Result<Vec<_>, _>>()?;
    if store::pledge_id_of(&tx, input.owner, input.year)?.is_some() {
        return Err(PledgeError::AlreadyPublished {
            owner,
            year: input.year,
        });
    }
    let by_self = matches!(actor, Actor::Staff(_));
    let id = store::insert_pledge(&tx, input.owner, input.year, by_self, now)?;
    for (n, item) in items.iter().enumerate() {
        store::insert_item(&tx, id, n as u32 + 1, item)?;
    }
    let pledge = read(&tx, id, now)?;
    tx.commit()?;
    Ok(pledge)
}

/// The organizer changes a published item; the old text and the reason are kept.
pub fn edit_item(
    conn: &mut Connection,
    item_id: i64,
    input: &ItemEditInput,
    now: NaiveDateTime,
) -> Result<Pledge, PledgeError> {
    let tx = write(conn)?;
    let (pledge_id, _, old) = store::item(&tx, item_id)?.ok_or(PledgeError::ItemNotFound)?;
    let new = check_item(&tx, &input.item)?;
    let reason =
        text::optional("修改原因", &input.reason, REASON_MAX).map_err(PledgeError::Invalid)?;
    if reason.is_empty() {
        return Err(PledgeError::ReasonRequired);
    }
    if new == old {
        return Err(PledgeError::NothingChanged);
    }
    store::edit_item(&tx, item_id, &old, &new, &reason, now)?;
    let pledge = read(&tx, pledge_id, now)?;
    tx.commit()?;
    Ok(pledge)
}

/// One pledge, its items' state as of `now`.
pub(super) fn read(conn: &Connection, id: i64, now: NaiveDateTime) -> Result<Pledge, PledgeError> {
    store::pledges(conn, &Filter::One(id), now.date())?
        .pop()
        .ok_or(PledgeError::PledgeNotFound)
}

/// One pledge by id.
pub fn get_pledge(conn: &Connection, id: i64, now: NaiveDateTime) -> Result<Pledge, PledgeError> {
    read(conn, id, now)
}

/// The owner's pledge of the year, if published.
pub fn pledge_of(
    conn: &Connection,
    owner: Owner,
    year: i32,
    now: NaiveDateTime,
) -> Result<Option<Pledge>, PledgeError> {
    match store::pledge_id_of(conn, owner, year)? {
        Some(id) => read(conn, id, now).map(Some),
        None => Ok(None),
    }
}
