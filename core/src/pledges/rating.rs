//! 评诺 ratings: named (a person as themself, in self-service) and anonymous (a one-time code at the
//! 投票终端, cast through the shared secret ballot).

use std::collections::BTreeSet;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::allowed::check_open;
use super::eval_model::*;
use super::round_store as rs;
use super::rounds::{group_of, label_of, round_row, sheet_box};
use super::store::{self, Filter};
use super::PledgeError;
use crate::ballot::{self, Slot};
use crate::store::write;
use crate::text;

/// Rates one owner as oneself. One rating per rater per owner per round, only while the round is
/// open, only in a group one belongs to; in an anonymous round only 自评 is named.
pub fn rate(
    conn: &mut Connection,
    rater: i64,
    input: &RatingInput,
    now: NaiveDateTime,
) -> Result<RateableOwner, PledgeError> {
    let comment =
        text::optional("评价意见", &input.comment, COMMENT_MAX).map_err(PledgeError::Invalid)?;
    let tx = write(conn)?;
    let round = round_row(&tx, input.round_id)?;
    check_open(&round)?;
    let owner = rs::owners(&tx, round.id)?
        .into_iter()
        .find(|o| o.pledge_id == input.pledge_id)
        .ok_or_else(|| {
            PledgeError::NotInRound(
                store::pledges(&tx, &Filter::One(input.pledge_id), now.date())
                    .ok()
                    .and_then(|mut p| p.pop())
                    .map_or_else(|| "这份承诺".into(), |p| p.owner_name),
            )
        })?;
    let group = group_of(&tx, &round, rater, &owner)?
        .ok_or_else(|| PledgeError::NotEntitled(owner.owner_name.clone()))?;
    if round.mode == RatingMode::Anonymous && group != RaterGroup::Myself {
        return Err(PledgeError::RoundIsAnonymous);
    }
    if rs::named_rating(&tx, round.id, owner.pledge_id, rater)?.is_some() {
        return Err(PledgeError::AlreadyRated(owner.owner_name));
    }
    let input = RatingInput {
        comment,
        ..input.clone()
    };
    rs::insert_rating(&tx, &input, rater, group, now)?;
    tx.commit()?;
    Ok(RateableOwner {
        pledge_id: owner.pledge_id,
        owner: owner.owner,
        owner_name: owner.owner_name,
        department_name: owner.department_name,
        group,
        rated: Some(input.rating),
    })
}

/// Whom this person may rate as themself in the round, and what they gave so far.
pub fn rateable(
    conn: &Connection,
    round_id: i64,
    rater: i64,
) -> Result<Vec<RateableOwner>, PledgeError> {
    let round = round_row(conn, round_id)?;
    let mut out = Vec::new();
    for owner in rs::owners(conn, round_id)? {
        let Some(group) = group_of(conn, &round, rater, &owner)? else {
            continue;
        };
        if round.mode == RatingMode::Anonymous && group != RaterGroup::Myself {
            continue;
        }
        out.push(RateableOwner {
            rated: rs::named_rating(conn, round_id, owner.pledge_id, rater)?,
            pledge_id: owner.pledge_id,
            owner: owner.owner,
            owner_name: owner.owner_name,
            department_name: owner.department_name,
            group,
        });
    }
    Ok(out)
}

/// The sheet a code of this round belongs to; refuses an unknown, spent or foreign code.
fn sheet_of_code(
    conn: &Connection,
    round_id: i64,
    code: &str,
) -> Result<rs::SheetRow, PledgeError> {
    let mut refusal = None;
    for sheet in rs::sheets(conn, round_id)? {
        match ballot::check_code(conn, sheet_box(sheet.id), code) {
            Ok(()) => return Ok(sheet),
            Err(ballot::BallotError::OtherBox) => {}
            Err(e) => refusal = Some(e),
        }
    }
    Err(refusal
        .map(PledgeError::from)
        .unwrap_or(PledgeError::WrongRound))
}

/// At the 投票终端: what the code rates. Nothing is written.
pub fn kiosk_sheet(
    conn: &Connection,
    round_id: i64,
    code: &str,
    now: NaiveDateTime,
) -> Result<KioskSheet, PledgeError> {
    let round = round_row(conn, round_id)?;
    check_open(&round)?;
    let sheet = sheet_of_code(conn, round_id, code)?;
    let on_sheet: BTreeSet<i64> = rs::sheet_pledges(conn, sheet.id)?.into_iter().collect();
    let owners = store::pledges(
        conn,
        &Filter::Year(round.year, sheet.department_id),
        now.date(),
    )?
    .into_iter()
    .filter(|p| on_sheet.contains(&p.id))
    .map(|p| KioskOwner {
        pledge_id: p.id,
        owner_name: p.owner_name,
        department_name: p.department_name,
        items: p.items.into_iter().map(|i| i.content).collect(),
    })
    .collect();
    Ok(KioskSheet {
        round_title: round.title,
        label: label_of(&sheet),
        owners,
    })
}

/// At the 投票终端: one code rates every owner of its sheet once. The code is spent and the
/// counters go up in one transaction; nothing records the code, the time or the order.
pub fn kiosk_rate(
    conn: &mut Connection,
    round_id: i64,
    code: &str,
    marks: &[SheetMark],
) -> Result<(), PledgeError> {
    let sheet = {
        let round = round_row(conn, round_id)?;
        check_open(&round)?;
        if round.mode != RatingMode::Anonymous {
            return Err(PledgeError::RoundIsNamed);
        }
        sheet_of_code(conn, round_id, code)?
    };
    let sheet_id = sheet.id;
    ballot::cast(
        conn,
        sheet_box(sheet_id),
        code,
        |tx| {
            check_open(&round_row(tx, round_id)?)?;
            let on_sheet: BTreeSet<i64> = rs::sheet_pledges(tx, sheet_id)?.into_iter().collect();
            let marked: BTreeSet<i64> = marks.iter().map(|m| m.pledge_id).collect();
            if marked.len() != marks.len() || !marked.is_subset(&on_sheet) {
                return Err(PledgeError::NotOnSheet);
            }
            if marked.len() < on_sheet.len() {
                return Err(PledgeError::SheetIncomplete(on_sheet.len() - marked.len()));
            }
            Ok(marks
                .iter()
                .map(|m| Slot::new(m.pledge_id, m.rating.mark()))
                .collect())
        },
        PledgeError::from,
    )
}
