//! 评诺 results: each group's average points, the weighted score (weights of groups nobody rated
//! in are shared out, and the result says so), grades by the cut-offs with the optional cap on
//! 优秀 and its tie rule; shown only once the round is closed; as .xlsx; on each owner's record.

use std::collections::{BTreeMap, HashMap};

use rusqlite::Connection;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};

use super::eval_model::*;
use super::model::Owner;
use super::round_store as rs;
use super::rounds::{round_row, sheet_box};
use super::PledgeError;
use crate::ballot;
use crate::exports::pdf::{PrintDoc, PrintSection, PrintTable};
use crate::exports::{self, ExportedFile};

/// Counts per group of one owner: [满意, 基本满意, 不满意].
pub type GroupCounts = BTreeMap<RaterGroup, [u32; 3]>;

const GROUPS: [RaterGroup; 3] = [
    RaterGroup::Leaders,
    RaterGroup::Colleagues,
    RaterGroup::Myself,
];

fn two_decimals(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// One owner's groups and weighted score out of 100 (two decimals; `None` when no group with a
/// weight was rated), with a note for each weighted group nobody rated in.
pub fn weighted_score(
    s: &Scoring,
    counts: &GroupCounts,
) -> (Vec<GroupScore>, Option<f64>, Vec<String>) {
    let rated = |g: RaterGroup| counts.get(&g).is_some_and(|c| c.iter().sum::<u32>() > 0);
    let total_weight: u32 = GROUPS
        .iter()
        .filter(|g| rated(**g))
        .map(|g| u32::from(s.weight(*g)))
        .sum();
    let mut notes = Vec::new();
    let mut score = 0.0;
    let groups = GROUPS
        .iter()
        .map(|&g| {
            let [sat, basic, uns] = counts.get(&g).copied().unwrap_or_default();
            let n = sat + basic + uns;
            let avg = (n > 0).then(|| {
                (f64::from(sat) * f64::from(s.satisfied)
                    + f64::from(basic) * f64::from(s.basic)
                    + f64::from(uns) * f64::from(s.unsatisfied))
                    / f64::from(n)
            });
            let weight_used = match avg {
                Some(_) if total_weight > 0 => {
                    f64::from(s.weight(g)) * 100.0 / f64::from(total_weight)
                }
                _ => 0.0,
            };
            if let Some(a) = avg {
                score += a * weight_used / 100.0;
            } else if s.weight(g) > 0 {
                notes.push(format!(
                    "{}无人评价，其权重 {}% 按比例分给其他组",
                    g.label(),
                    s.weight(g)
                ));
            }
            GroupScore {
                group: g,
                satisfied: sat,
                basic,
                unsatisfied: uns,
                score: avg.map(two_decimals),
                weight_used: two_decimals(weight_used),
            }
        })
        .collect();
    let score = (total_weight > 0).then(|| two_decimals(score));
    (groups, score, notes)
}

/// Grades by the cut-offs, then the cap on 优秀: at most ⌊rated × cap %⌋ owners, best first; those
/// tied on the score at the line are all 良好. Ranks: equal scores share a rank.
pub fn grade_all(s: &Scoring, results: &mut [OwnerResult]) {
    for r in results.iter_mut() {
        r.grade = r.score.map(|x| s.grade(x));
    }
    let mut scored: Vec<f64> = results.iter().filter_map(|r| r.score).collect();
    scored.sort_by(|a, b| b.total_cmp(a));
    for r in results.iter_mut() {
        r.rank = r
            .score
            .map(|x| scored.iter().take_while(|y| **y > x).count() as u32 + 1);
    }
    let Some(cap) = s.excellent_cap_percent else {
        return;
    };
    let allowed = scored.len() * usize::from(cap) / 100;
    let mut excellent: Vec<f64> = results
        .iter()
        .filter(|r| r.grade == Some(Grade::Excellent))
        .filter_map(|r| r.score)
        .collect();
    if excellent.len() <= allowed {
        return;
    }
    excellent.sort_by(|a, b| b.total_cmp(a));
    let line = excellent[allowed];
    for r in results.iter_mut() {
        if r.grade == Some(Grade::Excellent) && r.score.is_some_and(|x| x <= line) {
            r.grade = Some(Grade::Good);
            r.notes.push(format!(
                "优秀比例上限 {cap}%（{allowed} 名）：得分 {x} 未进入优秀名额，评为良好",
                x = r.score.unwrap_or_default()
            ));
        }
    }
}

fn rules(round: &PledgeRound) -> Vec<String> {
    let s = &round.scoring;
    let mut lines = vec![
        format!("评价方式：{}", round.mode.label()),
        format!(
            "分值：满意 {} 分，基本满意 {} 分，不满意 {} 分",
            s.satisfied, s.basic, s.unsatisfied
        ),
        format!(
            "权重：领导评 {}%，同事评 {}%，自评 {}%；某组无人评价时，其权重按比例分给有评价的组",
            s.leaders_weight, s.colleagues_weight, s.self_weight
        ),
        format!(
            "等次：优秀 ≥ {} 分，良好 ≥ {} 分，一般 ≥ {} 分，低于 {} 分为差",
            s.excellent_from, s.good_from, s.fair_from, s.fair_from
        ),
    ];
    if let Some(cap) = s.excellent_cap_percent {
        lines.push(format!(
            "优秀比例不超过参评对象的 {cap}%（向下取整）；{CAP_TIE_RULE}"
        ));
    }
    lines
}

/// Every owner's counts per group: named ratings plus the counters of the anonymous sheets.
fn counts(conn: &Connection, round_id: i64) -> Result<HashMap<i64, GroupCounts>, PledgeError> {
    let mut out: HashMap<i64, GroupCounts> = HashMap::new();
    for ((pledge, group, rating), n) in rs::named_counts(conn, round_id)? {
        out.entry(pledge).or_default().entry(group).or_default()[rating.mark() as usize] += n;
    }
    for sheet in rs::sheets(conn, round_id)? {
        for (slot, n) in ballot::counts(conn, sheet_box(sheet.id))?.iter() {
            if slot.subject == 0 || slot.mark > 2 {
                continue;
            }
            out.entry(slot.subject)
                .or_default()
                .entry(sheet.group)
                .or_default()[slot.mark as usize] += n;
        }
    }
    Ok(out)
}

/// The result of a round, computed whatever its state (for the record and the benchmark).
pub(super) fn compute(conn: &Connection, round: PledgeRound) -> Result<RoundResult, PledgeError> {
    let counts = counts(conn, round.id)?;
    let mut comments = rs::comments(conn, round.id)?;
    let mut results: Vec<OwnerResult> = rs::owners(conn, round.id)?
        .into_iter()
        .map(|o| {
            let (groups, score, notes) = weighted_score(
                &round.scoring,
                counts.get(&o.pledge_id).unwrap_or(&GroupCounts::new()),
            );
            OwnerResult {
                pledge_id: o.pledge_id,
                owner: o.owner,
                owner_name: o.owner_name,
                department_name: o.department_name,
                groups,
                score,
                grade: None,
                rank: None,
                notes,
                comments: comments.remove(&o.pledge_id).unwrap_or_default(),
            }
        })
        .collect();
    grade_all(&round.scoring, &mut results);
    results.sort_by_key(|r| r.rank.unwrap_or(u32::MAX));
    Ok(RoundResult {
        rules: rules(&round),
        round,
        results,
    })
}

/// The result of a closed round; hidden (refused) until it is closed.
pub fn round_result(conn: &Connection, round_id: i64) -> Result<RoundResult, PledgeError> {
    let round = round_row(conn, round_id)?;
    super::allowed::result_shown(&round)?;
    compute(conn, round)
}

/// An owner's grades in every closed round, oldest first — for their record.
pub fn owner_grades(conn: &Connection, owner: Owner) -> Result<Vec<PledgeGradeLine>, PledgeError> {
    let pledges = rs::pledges_of_owner(conn, owner)?;
    let mut out = Vec::new();
    for (round_id, pledge_id) in rs::closed_rounds_of(conn, &pledges)? {
        let result = round_result(conn, round_id)?;
        if let Some(r) = result.results.iter().find(|r| r.pledge_id == pledge_id) {
            out.push(PledgeGradeLine {
                round_id,
                year: result.round.year,
                round_title: result.round.title.clone(),
                score: r.score,
                grade: r.grade,
            });
        }
    }
    Ok(out)
}

/// A grade given in a closed round, as the points ledger counts it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosedGrade {
    pub round_id: i64,
    pub round_title: String,
    pub year: i32,
    pub closed_at: chrono::NaiveDateTime,
    pub owner: Owner,
    pub grade: Grade,
}

/// Every grade of the rounds closed on the days `[from, to)`; owners nobody rated have none.
pub fn closed_grades(
    conn: &Connection,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> Result<Vec<ClosedGrade>, PledgeError> {
    let mut out = Vec::new();
    for (round_id, closed_at) in rs::closed_between(conn, from, to)? {
        let r = compute(conn, round_row(conn, round_id)?)?;
        for o in r.results {
            if let Some(grade) = o.grade {
                out.push(ClosedGrade {
                    round_id,
                    round_title: r.round.title.clone(),
                    year: r.round.year,
                    closed_at,
                    owner: o.owner,
                    grade,
                });
            }
        }
    }
    Ok(out)
}

/// A 评诺 round that was held (opened), as the 创建台账 files it.
#[derive(Debug, Clone, PartialEq)]
pub struct HeldRound {
    pub id: i64,
    pub year: i32,
    pub title: String,
    pub opened_at: chrono::NaiveDateTime,
    pub closed_at: Option<chrono::NaiveDateTime>,
    /// Owners rated.
    pub owners: u32,
    /// Owners graded 优秀 and 良好 (once closed).
    pub excellent: u32,
    pub good: u32,
}

/// The rounds of the years `from..=to` that were opened, oldest first.
pub fn held_rounds(conn: &Connection, from: i32, to: i32) -> Result<Vec<HeldRound>, PledgeError> {
    let mut out = Vec::new();
    for (id, opened_at, closed_at) in rs::held_rounds(conn, from, to)? {
        let round = round_row(conn, id)?;
        let (mut excellent, mut good) = (0, 0);
        if closed_at.is_some() {
            for o in compute(conn, round.clone())?.results {
                match o.grade {
                    Some(Grade::Excellent) => excellent += 1,
                    Some(Grade::Good) => good += 1,
                    _ => {}
                }
            }
        }
        out.push(HeldRound {
            id,
            year: round.year,
            title: round.title,
            opened_at,
            closed_at,
            owners: round.owners,
            excellent,
            good,
        });
    }
    Ok(out)
}

fn group_text(g: &GroupScore) -> String {
    match g.score {
        Some(s) => format!("{s}（{}/{}/{}）", g.satisfied, g.basic, g.unsatisfied),
        None => "—".into(),
    }
}

/// The result table's rows: 名次, 对象, 科室, 领导评, 同事评, 自评, 得分, 等次, 说明.
pub fn result_rows(r: &RoundResult) -> (Vec<String>, Vec<Vec<String>>) {
    let head = [
        "名次",
        "对象",
        "科室",
        "领导评",
        "同事评",
        "自评",
        "得分",
        "等次",
        "说明",
    ];
    let rows = r
        .results
        .iter()
        .map(|o| {
            let mut row = vec![
                o.rank.map_or("—".into(), |n| n.to_string()),
                o.owner_name.clone(),
                o.department_name.clone(),
            ];
            row.extend(o.groups.iter().map(group_text));
            row.push(o.score.map_or("—".into(), |s| s.to_string()));
            row.push(o.grade.map_or("无评价", Grade::label).into());
            row.push(o.notes.join("；"));
            row
        })
        .collect();
    (head.map(String::from).to_vec(), rows)
}

fn xlsx(unit: &str, r: &RoundResult) -> Result<Vec<u8>, XlsxError> {
    let (head, rows) = result_rows(r);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("评诺结果")?;
    let last = head.len() as u16 - 1;
    let title = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center);
    let cell = Format::new().set_border(FormatBorder::Thin);
    let bold = cell.clone().set_bold();
    ws.merge_range(
        0,
        0,
        0,
        last,
        &format!("{unit}　{}结果", r.round.title),
        &title,
    )?;
    for (i, line) in r.rules.iter().enumerate() {
        ws.merge_range(i as u32 + 1, 0, i as u32 + 1, last, line, &Format::new())?;
    }
    let top = r.rules.len() as u32 + 1;
    for (c, name) in head.iter().enumerate() {
        ws.write_string_with_format(top, c as u16, name, &bold)?;
        ws.set_column_width(c as u16, if c == 8 { 40.0 } else { 14.0 })?;
    }
    for (i, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            ws.write_string_with_format(top + 1 + i as u32, c as u16, text, &cell)?;
        }
    }
    ws.set_paper_size(9); // A4
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    wb.save_to_buffer()
}

/// The result of a closed round as .xlsx bytes, with its file name stem.
pub fn result_xlsx(conn: &Connection, round_id: i64) -> Result<(String, Vec<u8>), PledgeError> {
    let r = round_result(conn, round_id)?;
    let unit = crate::settings::unit_info(conn)?.unit_name;
    let bytes = xlsx(&unit, &r).map_err(|e| PledgeError::Invalid(format!("无法生成表格：{e}")))?;
    Ok((format!("{}结果", r.round.title), bytes))
}

/// Writes the result of a closed round as .xlsx into `dir`.
pub fn export_result(
    conn: &Connection,
    round_id: i64,
    dir: &std::path::Path,
    now: chrono::NaiveDateTime,
) -> Result<ExportedFile, crate::AppError> {
    let (stem, bytes) = result_xlsx(conn, round_id)?;
    Ok(exports::save(dir, &stem, "xlsx", &bytes, now)?)
}

/// The result of a closed round as the print view lays it out, for a PDF: the rules, then the
/// table.
pub fn result_doc(conn: &Connection, round_id: i64) -> Result<PrintDoc, PledgeError> {
    let r = round_result(conn, round_id)?;
    let (head, rows) = result_rows(&r);
    Ok(PrintDoc {
        unit_name: crate::settings::unit_info(conn)?.unit_name,
        sections: vec![PrintSection {
            title: format!("{}结果", r.round.title),
            before: r.rules.clone(),
            table: Some(PrintTable::new(&head, rows, "暂无评价对象")),
            ..PrintSection::default()
        }],
    })
}
