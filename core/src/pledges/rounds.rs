//! 评诺 rounds: set up (draft), open (owners fixed; for an anonymous round the sheets, their
//! ballot boxes and one-time codes), close; who may rate whom.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::allowed::{at_kiosk, check_open, closable, editable, openable, permits};
use super::eval_model::*;
use super::round_store::{self as rs, OwnerRow};
use super::PledgeError;
use crate::ballot::{self, BoxKind, BoxRef, Slot};
use crate::store::write;
use crate::text;

/// The ballot box of an anonymous sheet.
pub(super) fn sheet_box(sheet_id: i64) -> BoxRef {
    BoxRef {
        kind: BoxKind::PledgeSheet,
        ref_id: sheet_id,
    }
}

/// The round with what the organizer may do with it now.
pub(super) fn round_row(conn: &Connection, id: i64) -> Result<PledgeRound, PledgeError> {
    let mut round = rs::round(conn, id)?.ok_or(PledgeError::RoundNotFound)?;
    round.allowed = permits(conn, &round)?;
    Ok(round)
}

fn check_scoring(s: &Scoring) -> Result<(), PledgeError> {
    let fields: [(&'static str, u8); 9] = [
        ("满意分值", s.satisfied),
        ("基本满意分值", s.basic),
        ("不满意分值", s.unsatisfied),
        ("领导评权重", s.leaders_weight),
        ("同事评权重", s.colleagues_weight),
        ("自评权重", s.self_weight),
        ("优秀分数线", s.excellent_from),
        ("良好分数线", s.good_from),
        ("一般分数线", s.fair_from),
    ];
    if let Some((name, _)) = fields.iter().find(|(_, v)| *v > 100) {
        return Err(PledgeError::OverHundred(name));
    }
    let sum =
        u32::from(s.leaders_weight) + u32::from(s.colleagues_weight) + u32::from(s.self_weight);
    if sum != 100 {
        return Err(PledgeError::WeightsNotHundred(sum));
    }
    if !(s.satisfied > s.basic && s.basic > s.unsatisfied) {
        return Err(PledgeError::PointsOutOfOrder);
    }
    if !(s.excellent_from > s.good_from && s.good_from > s.fair_from) {
        return Err(PledgeError::CutoffsOutOfOrder);
    }
    if let Some(cap) = s.excellent_cap_percent {
        if !(1..=100).contains(&cap) {
            return Err(PledgeError::CapOutOfRange(cap));
        }
    }
    Ok(())
}

fn check_people(conn: &Connection, ids: &[i64]) -> Result<Vec<i64>, PledgeError> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        match rs::staff_department(conn, *id)? {
            None => return Err(PledgeError::StaffNotFound),
            Some((_, false)) => {
                let name = super::store::person(conn, *id)?
                    .map(|p| p.0)
                    .unwrap_or_default();
                return Err(PledgeError::InactiveStaff(name));
            }
            Some(_) if !out.contains(id) => out.push(*id),
            Some(_) => {}
        }
    }
    Ok(out)
}

fn check_input(
    conn: &Connection,
    input: &PledgeRoundInput,
) -> Result<PledgeRoundInput, PledgeError> {
    if !(super::model::YEAR_MIN..=super::model::YEAR_MAX).contains(&input.year) {
        return Err(PledgeError::YearOutOfRange {
            year: input.year,
            min: super::model::YEAR_MIN,
            max: super::model::YEAR_MAX,
        });
    }
    let title =
        text::required("评诺名称", &input.title, ROUND_TITLE_MAX).map_err(PledgeError::Invalid)?;
    check_scoring(&input.scoring)?;
    let leader_ids = check_people(conn, &input.leader_ids)?;
    let colleague_ids = match input.colleagues {
        ColleagueScope::Chosen => check_people(conn, &input.colleague_ids)?,
        ColleagueScope::SameDepartment => Vec::new(),
    };
    Ok(PledgeRoundInput {
        title,
        leader_ids,
        colleague_ids,
        ..input.clone()
    })
}

/// Sets up a round (a draft: nothing can be rated yet).
pub fn create_round(
    conn: &mut Connection,
    input: &PledgeRoundInput,
    now: NaiveDateTime,
) -> Result<PledgeRound, PledgeError> {
    let tx = write(conn)?;
    let input = check_input(&tx, input)?;
    let id = rs::save_round(&tx, None, &input, now)?;
    let round = round_row(&tx, id)?;
    tx.commit()?;
    Ok(round)
}

/// Changes a draft round; once open its settings are locked.
pub fn update_round(
    conn: &mut Connection,
    id: i64,
    input: &PledgeRoundInput,
    now: NaiveDateTime,
) -> Result<PledgeRound, PledgeError> {
    let tx = write(conn)?;
    editable(&round_row(&tx, id)?)?;
    let input = check_input(&tx, input)?;
    rs::save_round(&tx, Some(id), &input, now)?;
    let round = round_row(&tx, id)?;
    tx.commit()?;
    Ok(round)
}

pub fn get_round(conn: &Connection, id: i64) -> Result<PledgeRound, PledgeError> {
    round_row(conn, id)
}

/// The rounds of a year (every year when `None`), newest year first.
pub fn rounds(conn: &Connection, year: Option<i32>) -> Result<Vec<PledgeRound>, PledgeError> {
    rs::round_ids(conn, year)?
        .into_iter()
        .map(|id| round_row(conn, id))
        .collect()
}

/// Opens a draft round: its owners are every pledge of the year as it stands. An anonymous round
/// gets its sheets — the leaders rate every owner; the colleagues of each 科室 rate the owners of
/// that 科室 (or the chosen colleagues rate every owner) — each a ballot box with all its counters
/// and one code per rater, printed on slips handed out at random.
pub fn open_round(
    conn: &mut Connection,
    id: i64,
    now: NaiveDateTime,
) -> Result<PledgeRound, PledgeError> {
    let tx = write(conn)?;
    let round = round_row(&tx, id)?;
    openable(&tx, &round)?;
    rs::snapshot_owners(&tx, id, round.year)?;
    if round.mode == RatingMode::Anonymous {
        let owners = rs::owners(&tx, id)?;
        let every: Vec<i64> = owners.iter().map(|o| o.pledge_id).collect();
        let mut sheets: Vec<(RaterGroup, Option<i64>, Vec<i64>, u32)> = Vec::new();
        let leaders = rs::chosen_count(&tx, id, RaterGroup::Leaders)?;
        if leaders > 0 {
            sheets.push((RaterGroup::Leaders, None, every.clone(), leaders));
        }
        match round.colleagues {
            ColleagueScope::Chosen => {
                let n = rs::chosen_count(&tx, id, RaterGroup::Colleagues)?;
                if n > 0 {
                    sheets.push((RaterGroup::Colleagues, None, every.clone(), n));
                }
            }
            ColleagueScope::SameDepartment => {
                let mut departments: Vec<i64> = owners.iter().map(|o| o.department_id).collect();
                departments.dedup();
                for d in departments {
                    let of_d: Vec<i64> = owners
                        .iter()
                        .filter(|o| o.department_id == d)
                        .map(|o| o.pledge_id)
                        .collect();
                    let n = rs::active_in_department(&tx, d)?;
                    if n > 0 {
                        sheets.push((RaterGroup::Colleagues, Some(d), of_d, n));
                    }
                }
            }
        }
        for (group, department, pledges, codes) in sheets {
            let sheet = rs::insert_sheet(&tx, id, group, department, &pledges)?;
            let slots: Vec<Slot> = pledges
                .iter()
                .flat_map(|p| Rating::ALL.map(|r| Slot::new(*p, r.mark())))
                .collect();
            ballot::open_box(&tx, sheet_box(sheet), &slots)?;
            ballot::add_codes(&tx, sheet_box(sheet), codes)?;
        }
    }
    rs::set_state(&tx, id, RoundState::Open, now)?;
    let round = round_row(&tx, id)?;
    tx.commit()?;
    Ok(round)
}

/// Closes an open round: no rating after this; the result becomes visible.
pub fn close_round(
    conn: &mut Connection,
    id: i64,
    now: NaiveDateTime,
) -> Result<PledgeRound, PledgeError> {
    let tx = write(conn)?;
    closable(&round_row(&tx, id)?)?;
    rs::set_state(&tx, id, RoundState::Closed, now)?;
    let round = round_row(&tx, id)?;
    tx.commit()?;
    ballot::forget_write_order(conn);
    Ok(round)
}

/// The group in which `rater` rates `owner` in this round, if any: 自评 for one's own pledge,
/// then 领导 (chosen), then 同事 (same 科室, or chosen).
pub(super) fn group_of(
    conn: &Connection,
    round: &PledgeRound,
    rater: i64,
    owner: &OwnerRow,
) -> Result<Option<RaterGroup>, PledgeError> {
    if owner.owner == (super::Owner::Person { staff_id: rater }) {
        return Ok(Some(RaterGroup::Myself));
    }
    if rs::is_rater(conn, round.id, RaterGroup::Leaders, rater)? {
        return Ok(Some(RaterGroup::Leaders));
    }
    let colleague = match round.colleagues {
        ColleagueScope::Chosen => rs::is_rater(conn, round.id, RaterGroup::Colleagues, rater)?,
        ColleagueScope::SameDepartment => matches!(
            rs::staff_department(conn, rater)?,
            Some((d, true)) if d == owner.department_id
        ),
    };
    Ok(colleague.then_some(RaterGroup::Colleagues))
}

fn sheet_label(s: &rs::SheetRow) -> String {
    match (s.group, &s.department_name) {
        (RaterGroup::Leaders, _) => "领导评价".into(),
        (_, Some(d)) => format!("{d}同事评价"),
        _ => "指定同事评价".into(),
    }
}

fn sheet_codes(
    conn: &Connection,
    s: &rs::SheetRow,
    codes: Vec<String>,
) -> Result<SheetCodes, PledgeError> {
    Ok(SheetCodes {
        sheet_id: s.id,
        group: s.group,
        label: sheet_label(s),
        owners: rs::sheet_pledges(conn, s.id)?.len() as u32,
        codes,
    })
}

/// The unused codes of every sheet of an open anonymous round, to print as slips — only until a
/// sheet's first rating; after that [`reprint_sheet_codes`] with a reason.
pub fn round_codes(conn: &Connection, id: i64) -> Result<Vec<SheetCodes>, PledgeError> {
    at_kiosk(&round_row(conn, id)?)?;
    rs::sheets(conn, id)?
        .iter()
        .map(|s| {
            let codes = ballot::unused_codes(conn, sheet_box(s.id))?;
            sheet_codes(conn, s, codes)
        })
        .collect()
}

/// The unused codes of one sheet again, with a reason that is logged.
pub fn reprint_sheet_codes(
    conn: &mut Connection,
    sheet_id: i64,
    reason: &str,
    now: NaiveDateTime,
) -> Result<SheetCodes, PledgeError> {
    let reason = text::optional("补印原因", reason, super::model::REASON_MAX)
        .map_err(PledgeError::Invalid)?;
    if reason.is_empty() {
        return Err(PledgeError::ReprintNeedsReason);
    }
    let tx = write(conn)?;
    let sheet = rs::sheet(&tx, sheet_id)?.ok_or(PledgeError::SheetNotFound)?;
    check_open(&round_row(&tx, sheet.round_id)?)?;
    let codes = ballot::reprint_codes(&tx, sheet_box(sheet_id), &reason, now)?;
    let out = sheet_codes(&tx, &sheet, codes)?;
    tx.commit()?;
    Ok(out)
}

pub(super) fn label_of(s: &rs::SheetRow) -> String {
    sheet_label(s)
}

/// The round a 投票终端 rates in: open and anonymous.
pub fn kiosk_round(conn: &Connection, id: i64) -> Result<PledgeRound, PledgeError> {
    let round = round_row(conn, id)?;
    at_kiosk(&round)?;
    Ok(round)
}
