//! After the results: the 获奖名单 and the 成绩表 (for the print view and as .xlsx), and the 奖状.
//! The 成绩表 shows every judge's score and marks the dropped ones, on paper as on screen.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::{judged_contest, JudgingError};
use crate::contests::ContestError;
use crate::time::show_date;

fn cell(text: impl Into<String>) -> ResultCell {
    ResultCell::plain(text)
}

pub const DROPPED_NOTE: &str = "注：带删除线的分数为去掉的一个最高分和一个最低分，不计入最后得分。";

pub fn result_sheet(
    conn: &Connection,
    activity_id: i64,
    kind: ResultSheetKind,
    now: NaiveDateTime,
) -> Result<ResultSheet, JudgingError> {
    let c = judged_contest(conn, activity_id, now)?;
    let unit_name = crate::settings::unit_info(conn)?.unit_name;
    let departments: HashMap<i64, &str> = c
        .entrants
        .iter()
        .map(|e| (e.id, e.department_name.as_str()))
        .collect();
    let department = |id: i64| departments.get(&id).copied().unwrap_or_default();
    let blend: HashMap<i64, &BlendLine> = c
        .exhibition
        .iter()
        .flat_map(|x| x.blend.iter())
        .map(|b| (b.entrant_id, b))
        .collect();
    let final_of = |r: &crate::contests::JudgedResult| match blend.get(&r.entrant_id) {
        Some(b) => b.final_text.clone().unwrap_or_default(),
        None => r.final_text.clone().unwrap_or_default(),
    };
    let award = |r: &crate::contests::JudgedResult| {
        r.award.map(|a| a.label().to_string()).unwrap_or_default()
    };
    let rank =
        |r: &crate::contests::JudgedResult| r.rank.map(|n| n.to_string()).unwrap_or_default();
    let (columns, rows, note): (Vec<String>, Vec<Vec<ResultCell>>, String) = match kind {
        ResultSheetKind::Awards => {
            let columns = ["奖项", "名次", "参赛者", "科室", "最后得分"];
            let rows = c
                .results
                .iter()
                .filter(|r| r.award.is_some())
                .map(|r| {
                    vec![
                        cell(award(r)),
                        cell(rank(r)),
                        cell(&r.entrant_name),
                        cell(department(r.entrant_id)),
                        cell(final_of(r)),
                    ]
                })
                .collect();
            (columns.map(String::from).to_vec(), rows, String::new())
        }
        ResultSheetKind::Scores => {
            let mut columns: Vec<String> = ["名次", "参赛者", "科室"].map(String::from).to_vec();
            columns.extend(c.judges.iter().map(|j| j.name.clone()));
            if blend.is_empty() {
                columns.extend(["最后得分", "奖项"].map(String::from));
            } else {
                columns.extend(
                    ["评委得分", "人气票数", "人气分", "综合得分", "奖项"].map(String::from),
                );
            }
            let mut any_dropped = false;
            let rows = c
                .results
                .iter()
                .map(|r| {
                    let mut row = vec![
                        cell(rank(r)),
                        cell(&r.entrant_name),
                        cell(department(r.entrant_id)),
                    ];
                    for j in &c.judges {
                        let given = r.scores.iter().find(|s| s.judge_id == j.id);
                        row.push(match given {
                            Some(s) => {
                                any_dropped |= s.dropped.is_some();
                                ResultCell {
                                    text: s.total.to_string(),
                                    dropped: s.dropped.is_some(),
                                }
                            }
                            None if r.recused_judge_ids.contains(&j.id) => cell("回避"),
                            None => cell("—"),
                        });
                    }
                    row.push(cell(r.final_text.clone().unwrap_or_default()));
                    if let Some(b) = blend.get(&r.entrant_id) {
                        row.push(cell(b.votes.to_string()));
                        row.push(cell(&b.popular_text));
                        row.push(cell(b.final_text.clone().unwrap_or_default()));
                    }
                    row.push(cell(award(r)));
                    row
                })
                .collect();
            let note = if any_dropped {
                DROPPED_NOTE.to_string()
            } else {
                String::new()
            };
            (columns, rows, note)
        }
        ResultSheetKind::Teams => return Err(ContestError::NoTeamSheet.into()),
    };
    let mut subtitle = format!(
        "评分：{}；{} 名及以上评委评分时去掉一个最高分和一个最低分",
        c.rules
            .criteria
            .iter()
            .map(|k| format!("{} {}", k.name, k.weight))
            .collect::<Vec<_>>()
            .join(" / "),
        c.rules.trim_from
    );
    if c.rules.recusal {
        subtitle.push_str("；评委回避本科室参赛者");
    }
    if let Some(x) = c.exhibition.as_ref().filter(|x| !x.blend.is_empty()) {
        subtitle.push_str(&format!(
            "；综合得分 = 评委得分 × {}% + 人气分 × {}%",
            100 - x.vote.weight,
            x.vote.weight
        ));
    }
    if let Some(x) = c.exhibition.as_ref().filter(|x| x.vote.reprints > 0) {
        subtitle.push_str(&format!("；开始投票后补印投票码 {} 次", x.vote.reprints));
    }
    if let Some(at) = c.published_at {
        subtitle.push_str(&format!("；{}公布", show_date(at.date())));
    }
    Ok(ResultSheet {
        kind,
        unit_name,
        title: format!("{}{}", c.activity_title, kind.label()),
        subtitle,
        columns,
        rows,
        note,
    })
}

/// One 奖状 per awarded entrant, best first; only once the results are published.
pub fn certificates(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<Certificate>, JudgingError> {
    let c = judged_contest(conn, activity_id, now)?;
    let published = c
        .published_at
        .ok_or(JudgingError::NotPublished("公布后才能打印奖状"))?;
    let unit_name = crate::settings::unit_info(conn)?.unit_name;
    Ok(c.results
        .iter()
        .filter_map(|r| {
            let award = r.award?;
            let department_name = c
                .entrants
                .iter()
                .find(|e| e.id == r.entrant_id)
                .map(|e| e.department_name.clone())
                .unwrap_or_default();
            let work = c
                .exhibition
                .iter()
                .flat_map(|x| x.entries.iter())
                .find(|e| e.id == r.entrant_id);
            Some(Certificate {
                unit_name: unit_name.clone(),
                entrant_name: work.map_or_else(|| r.entrant_name.clone(), |w| w.author.clone()),
                work_title: work.map(|w| w.title.clone()),
                department_name,
                activity_title: c.activity_title.clone(),
                award: Some(award),
                award_label: award.label().to_string(),
                date_text: show_date(published.date()),
            })
        })
        .collect())
}
