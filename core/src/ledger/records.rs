//! The app's records the ledger can file, read through each feature's public functions:
//! activities that took place, contest results, 评先选优 rounds and 公示, 评诺 rounds (亮诺 · 践诺 ·
//! 评诺 of a year) and the study sessions of role models (学树身边典型); and the mapping sources
//! they come from.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::model::*;
use super::LedgerError;
use crate::activities::{self, ActivityKind};
use crate::{contests, exemplars, honors, pledges};

/// What the title of a study session adds to its activity's title.
pub(crate) const STUDY_SUFFIX: &str = "（学习身边典型）";

/// Every source the mapping knows, with its label: one per activity kind, then the other records.
pub fn sources() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = ActivityKind::ALL
        .iter()
        .map(|k| (activity_source(*k), format!("活动：{}", k.label())))
        .collect();
    for kind in [
        RecordKind::HonorRound,
        RecordKind::HonorPublicity,
        RecordKind::PledgeRound,
        RecordKind::ExemplarStudy,
    ] {
        out.push((kind.as_sql().to_string(), kind.label().to_string()));
    }
    out
}

/// The source of an activity of this kind and of its contest results.
pub fn activity_source(kind: ActivityKind) -> String {
    format!("activity.{}", kind.as_sql())
}

fn first_of_year(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default()
}

/// Every app record of the range that the ledger can file, oldest first.
pub(crate) fn gather(
    conn: &Connection,
    from: i32,
    to: i32,
    now: NaiveDateTime,
) -> Result<Vec<Evidence>, LedgerError> {
    let held = activities::held_activities(conn, from, to, now)?;
    let mut out = Vec::with_capacity(held.len() + 16);
    let mut by_id = HashMap::with_capacity(held.len());
    for a in &held {
        by_id.insert(a.id, a);
        out.push(Evidence {
            kind: RecordKind::Activity,
            record_id: a.id,
            title: a.title.clone(),
            on: a.starts_at.date(),
            detail: format!(
                "{}，到场 {} 人，照片和附件 {} 个",
                a.kind.label(),
                a.present,
                a.files
            ),
            source: activity_source(a.kind),
            by_hand: false,
            note: String::new(),
        });
    }
    for c in contests::decided_contests(conn)? {
        if let Some(a) = by_id.get(&c.activity_id) {
            out.push(Evidence {
                kind: RecordKind::ContestResult,
                record_id: a.id,
                title: format!("{}（比赛成绩）", a.title),
                on: a.starts_at.date(),
                detail: format!(
                    "成绩于 {} 确定",
                    crate::time::show_date(c.decided_at.date())
                ),
                source: activity_source(a.kind),
                by_hand: false,
                note: String::new(),
            });
        }
    }
    for r in honors::closed_rounds(conn, from, to)? {
        out.push(Evidence {
            kind: RecordKind::HonorRound,
            record_id: r.id,
            title: format!("{}年{} · {}", r.year, r.category, r.title),
            on: r
                .closed_at
                .map(|t| t.date())
                .unwrap_or(first_of_year(r.year)),
            detail: "投票已结束".into(),
            source: RecordKind::HonorRound.as_sql().into(),
            by_hand: false,
            note: String::new(),
        });
    }
    for p in honors::issued_publicities(conn, from, to)? {
        out.push(Evidence {
            kind: RecordKind::HonorPublicity,
            record_id: p.category_id,
            title: p.title,
            on: p.starts_on,
            detail: if p.confirmed {
                "已确认表彰"
            } else {
                "公示中"
            }
            .into(),
            source: RecordKind::HonorPublicity.as_sql().into(),
            by_hand: false,
            note: String::new(),
        });
    }
    for r in pledges::held_rounds(conn, from, to)? {
        out.push(Evidence {
            kind: RecordKind::PledgeRound,
            record_id: r.id,
            title: r.title,
            on: r.closed_at.unwrap_or(r.opened_at).date(),
            detail: match r.closed_at {
                Some(_) => format!(
                    "评诺已结束，参评 {} 个，优秀 {} 个，良好 {} 个",
                    r.owners, r.excellent, r.good
                ),
                None => format!("评诺进行中，参评 {} 个", r.owners),
            },
            source: RecordKind::PledgeRound.as_sql().into(),
            by_hand: false,
            note: String::new(),
        });
    }
    for (activity_id, names) in exemplars::study_sessions(conn)? {
        if let Some(a) = by_id.get(&activity_id) {
            out.push(Evidence {
                kind: RecordKind::ExemplarStudy,
                record_id: a.id,
                title: format!("{}{STUDY_SUFFIX}", a.title),
                on: a.starts_at.date(),
                detail: format!("学习{}，到场 {} 人", names.join("、"), a.present),
                source: RecordKind::ExemplarStudy.as_sql().into(),
                by_hand: false,
                note: String::new(),
            });
        }
    }
    out.sort_by_key(|a| (a.on, a.kind, a.record_id));
    Ok(out)
}

/// Whether the record exists, whatever its year.
pub(crate) fn record_exists(
    conn: &Connection,
    kind: RecordKind,
    id: i64,
) -> Result<bool, LedgerError> {
    Ok(match kind {
        RecordKind::Activity => {
            activities::get_activity(conn, id, NaiveDateTime::default()).is_ok()
        }
        RecordKind::ContestResult => contests::decided_contests(conn)?
            .iter()
            .any(|c| c.activity_id == id),
        RecordKind::HonorRound => honors::get_round(conn, id).is_ok(),
        RecordKind::HonorPublicity => matches!(honors::publicity(conn, id), Ok(Some(_))),
        RecordKind::PledgeRound => {
            pledges::get_round(conn, id).is_ok_and(|r| r.state != pledges::RoundState::Draft)
        }
        RecordKind::ExemplarStudy => exemplars::study_sessions(conn)?
            .iter()
            .any(|(a, _)| *a == id),
    })
}
