//! The draft 说明报告 of a 台账 export (at most [`REPORT_MAX`] characters), composed from the
//! records of the range: counts, dates, participation, and the 标准 still without evidence. The
//! organizer edits it before exporting.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::evidence::coverage;
use super::model::RecordKind;
use super::records::gather;
use super::LedgerError;
use crate::activities;

/// Most characters of a 说明报告.
pub const REPORT_MAX: usize = 500;

/// Checks the organizer's text: at most [`REPORT_MAX`] characters (blank is allowed: no report).
pub fn check_report(text: &str) -> Result<String, LedgerError> {
    let text = text.trim().to_string();
    let n = text.chars().count();
    if n > REPORT_MAX {
        return Err(LedgerError::ReportTooLong {
            chars: n,
            max: REPORT_MAX,
        });
    }
    Ok(text)
}

fn cut(text: String) -> String {
    if text.chars().count() <= REPORT_MAX {
        return text;
    }
    let mut out: String = text.chars().take(REPORT_MAX - 1).collect();
    out.push('…');
    out
}

/// A draft 说明报告 for the years `from..=to`.
pub fn draft_report(
    conn: &Connection,
    from: i32,
    to: i32,
    now: NaiveDateTime,
) -> Result<String, LedgerError> {
    let c = coverage(conn, from, to, now)?;
    let records = gather(conn, from, to, now)?;
    let held = activities::held_activities(conn, from, to, now)?;
    let unit = crate::settings::unit_info(conn)?.unit_name;
    let years = if from == to {
        format!("{from}年")
    } else {
        format!("{from}—{to}年")
    };
    let mut by_kind: BTreeMap<&str, u32> = BTreeMap::new();
    for a in &held {
        *by_kind.entry(a.kind.label()).or_default() += 1;
    }
    let present: u32 = held.iter().map(|a| a.present).sum();
    let count = |k: RecordKind| records.iter().filter(|r| r.kind == k).count();
    let mut text = format!("{unit}{years}文明单位创建工作说明\n\n");
    if held.is_empty() {
        text.push_str(&format!("{years}尚无已开展的活动记录。"));
    } else {
        let kinds: Vec<String> = by_kind.iter().map(|(k, n)| format!("{k}{n}次")).collect();
        let first = held
            .first()
            .map(|a| crate::time::show_date(a.starts_at.date()));
        let last = held
            .last()
            .map(|a| crate::time::show_date(a.starts_at.date()));
        text.push_str(&format!(
            "{years}共开展活动{}次（{}），参与职工{}人次，时间自{}至{}。",
            held.len(),
            kinds.join("、"),
            present,
            first.unwrap_or_default(),
            last.unwrap_or_default()
        ));
    }
    let contests = count(RecordKind::ContestResult);
    if contests > 0 {
        text.push_str(&format!("组织比赛并公布成绩{contests}项。"));
    }
    let (rounds, notices) = (
        count(RecordKind::HonorRound),
        count(RecordKind::HonorPublicity),
    );
    if rounds + notices > 0 {
        text.push_str(&format!(
            "开展评先选优投票{rounds}轮，发布公示{notices}次。"
        ));
    }
    let (pledge_rounds, studies) = (
        count(RecordKind::PledgeRound),
        count(RecordKind::ExemplarStudy),
    );
    if pledge_rounds > 0 {
        text.push_str(&format!("开展亮诺践诺评诺，组织评诺{pledge_rounds}轮。"));
    }
    if studies > 0 {
        text.push_str(&format!("组织学习身边典型{studies}次。"));
    }
    text.push_str(&format!(
        "\n\n对照测评体系{}条标准，已有材料{}条，尚缺{}条",
        c.standards,
        c.standards - c.gaps,
        c.gaps
    ));
    let missing: Vec<&str> = c
        .items
        .iter()
        .filter(|i| i.gaps > 0)
        .map(|i| i.name.as_str())
        .take(5)
        .collect();
    if missing.is_empty() {
        text.push('。');
    } else {
        text.push_str(&format!(
            "，主要在{}等方面，将继续补充完善。",
            missing.join("、")
        ));
    }
    Ok(cut(text))
}
