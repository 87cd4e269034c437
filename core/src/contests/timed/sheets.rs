//! After the race: the 成绩表 (every runner by group), the 获奖名单 and the 科室团体成绩 in the
//! shared [`ResultSheet`] form of every contest (so they print and export as a judged contest's
//! do, through `contests::published`), the 奖状, and the awards of published contests person by
//! person for the points ledger.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::model::*;
use super::state::State;
use super::store;
use super::view::{group_results, team_results};
use crate::contests::results_lock::{self, Locked};
use crate::contests::{
    Certificate, ContestError, PersonAward, ResultCell, ResultSheet, ResultSheetKind,
};
use crate::time::show_date;

fn cell(text: impl Into<String>) -> ResultCell {
    ResultCell::plain(text)
}

fn opt<T: ToString>(v: Option<T>) -> ResultCell {
    cell(v.map(|x| x.to_string()).unwrap_or_default())
}

/// The 成绩表, the 获奖名单 or the 科室团体成绩 (only when the organizer set a 科室 ranking) as it
/// is now; the subtitle says when the results were published.
pub fn timed_sheet(
    conn: &Connection,
    activity_id: i64,
    kind: ResultSheetKind,
    now: NaiveDateTime,
) -> Result<ResultSheet, TimedError> {
    let s = State::load(conn, activity_id, now)?;
    if kind == ResultSheetKind::Teams && s.settings.team_best == 0 {
        return Err(ContestError::NoTeamSheet.into());
    }
    let unit_name = crate::settings::unit_info(conn)?.unit_name;
    let groups = group_results(&s)?;
    let status_or_time = |r: &TimedResult| {
        r.time_text
            .clone()
            .unwrap_or_else(|| r.status.label().to_string())
    };
    let award = |r: &TimedResult| opt(r.award.map(|a| a.label()));
    let (columns, rows): (&[&str], Vec<Vec<ResultCell>>) = match kind {
        ResultSheetKind::Scores => (
            &["组别", "名次", "号码", "姓名", "科室", "用时", "奖项"],
            groups
                .iter()
                .flat_map(|g| {
                    g.results.iter().map(|r| {
                        vec![
                            cell(&g.label),
                            opt(r.place),
                            cell(r.bib.to_string()),
                            cell(&r.name),
                            cell(&r.department_name),
                            cell(status_or_time(r)),
                            award(r),
                        ]
                    })
                })
                .collect(),
        ),
        ResultSheetKind::Awards => (
            &["组别", "奖项", "名次", "号码", "姓名", "科室", "用时"],
            groups
                .iter()
                .flat_map(|g| {
                    g.results.iter().filter(|r| r.award.is_some()).map(|r| {
                        vec![
                            cell(&g.label),
                            award(r),
                            opt(r.place),
                            cell(r.bib.to_string()),
                            cell(&r.name),
                            cell(&r.department_name),
                            cell(status_or_time(r)),
                        ]
                    })
                })
                .collect(),
        ),
        ResultSheetKind::Teams => (
            &["名次", "科室", "计入成绩", "完赛人数", "团体成绩"],
            team_results(&s)
                .into_iter()
                .map(|t| {
                    vec![
                        opt(t.place),
                        cell(&t.department_name),
                        cell(t.counted.join("、")),
                        cell(t.finishers.to_string()),
                        opt(t.score_text),
                    ]
                })
                .collect(),
        ),
    };
    let settings = &s.settings;
    let mut subtitle = format!(
        "{}，{}；按用时排名，用时相同名次并列",
        settings.group_rule.label(),
        settings.start_mode.label()
    );
    if kind == ResultSheetKind::Teams {
        subtitle = format!(
            "每个科室取最快的 {} 人，按{}排名；完赛不足 {} 人的科室不排名",
            settings.team_best,
            settings.team_score.label(),
            settings.team_best
        );
    }
    let corrections = s
        .log
        .iter()
        .filter(|l| l.action == TimedAction::Correct)
        .count();
    if corrections > 0 {
        subtitle.push_str(&format!("；写明原因更正 {corrections} 处"));
    }
    if let Some(at) = s.published_at {
        subtitle.push_str(&format!("；{}公布", show_date(at.date())));
    }
    Ok(ResultSheet {
        kind,
        unit_name,
        title: format!("{}{}", s.activity.title, kind.label()),
        subtitle,
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows,
        note: String::new(),
    })
}

/// One 奖状 per awarded runner, group by group; only once the results are published.
pub fn timed_certificates(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<Certificate>, TimedError> {
    let s = State::load(conn, activity_id, now)?;
    let published = s
        .published_at
        .ok_or(TimedError::NotPublished("公布后才能打印奖状"))?;
    let unit_name = crate::settings::unit_info(conn)?.unit_name;
    let grouped = s.settings.group_rule != GroupRule::None;
    Ok(group_results(&s)?
        .into_iter()
        .flat_map(|g| {
            let label = g.label;
            g.results.into_iter().filter_map(move |r| {
                let award = r.award?;
                Some((label.clone(), r, award))
            })
        })
        .map(|(group, r, award)| Certificate {
            unit_name: unit_name.clone(),
            entrant_name: r.name,
            work_title: None,
            department_name: r.department_name,
            activity_title: if grouped {
                format!("{}{}", s.activity.title, group)
            } else {
                s.activity.title.clone()
            },
            award: Some(award),
            award_label: award.label().to_string(),
            date_text: show_date(published.date()),
        })
        .collect())
}

/// Every award of the timed contests published and starting in `[from, to)`, for the points
/// ledger (counted like the awards of a judged contest).
pub fn published_timed_awards(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    now: NaiveDateTime,
) -> Result<Vec<PersonAward>, TimedError> {
    let mut out = Vec::new();
    for activity_id in results_lock::published_in(conn, Locked::Timed, from, to)? {
        let s = State::load(conn, activity_id, now)?;
        for g in group_results(&s)? {
            for r in g.results {
                let Some(award) = r.award else { continue };
                out.push(PersonAward {
                    activity_id,
                    activity_title: s.activity.title.clone(),
                    starts_at: s.activity.schedule.starts_at,
                    staff_id: r.staff_id,
                    award,
                });
            }
        }
    }
    Ok(out)
}

/// Whether the results of the activity's timed contest are published (final): what staff may see.
pub(crate) fn timed_published(conn: &Connection, activity_id: i64) -> Result<bool, TimedError> {
    Ok(store::contest(conn, activity_id)?.is_some_and(|c| c.published_at.is_some()))
}
