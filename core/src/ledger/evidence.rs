//! Evidence over a year range: the app's records gathered from each feature's public functions,
//! filed under 标准 by the mapping and the decisions by hand, plus uploaded documents; the
//! coverage tree and the 标准 without evidence.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::mapping::{filings, pairs};
use super::model::*;
use super::records::gather;
use super::tree::{all_rows, build};
use super::{documents, LedgerError};

/// The widest year range a query may span.
pub const MAX_YEARS: i32 = 10;

/// Checks a year range: `from <= to`, at most [`MAX_YEARS`] years, four-digit years.
pub fn check_years(from: i32, to: i32) -> Result<(), LedgerError> {
    let four_digits = |y: i32| (1000..=9999).contains(&y);
    if !four_digits(from) || !four_digits(to) || from > to || to - from >= MAX_YEARS {
        return Err(LedgerError::BadYears { from, to });
    }
    Ok(())
}

/// What is filed under each 标准 in the range: records (key: kind and id) with their evidence,
/// and the records the mapping would file but the organizer took out.
pub(crate) struct Filed {
    pub records: BTreeMap<i64, Vec<Evidence>>,
    pub taken_out: BTreeMap<i64, Vec<Evidence>>,
}

pub(crate) fn filed(
    conn: &Connection,
    from: i32,
    to: i32,
    now: NaiveDateTime,
) -> Result<Filed, LedgerError> {
    let records = gather(conn, from, to, now)?;
    let mut by_source: HashMap<String, Vec<i64>> = HashMap::new();
    for (source, standard) in pairs(conn)? {
        by_source.entry(source).or_default().push(standard);
    }
    let index: HashMap<(RecordKind, i64), usize> = records
        .iter()
        .enumerate()
        .map(|(i, r)| ((r.kind, r.record_id), i))
        .collect();
    // standard → record index → (by hand, note)
    let mut under: BTreeMap<i64, BTreeMap<usize, (bool, String)>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        for s in by_source.get(&r.source).into_iter().flatten() {
            under
                .entry(*s)
                .or_default()
                .insert(i, (false, String::new()));
        }
    }
    let mut taken: BTreeMap<i64, BTreeSet<(usize, String)>> = BTreeMap::new();
    for f in filings(conn)? {
        let Some(&i) = index.get(&(f.kind, f.record_id)) else {
            continue;
        };
        let list = under.entry(f.standard_id).or_default();
        if f.filed {
            list.insert(i, (true, f.note));
        } else if list.remove(&i).is_some() {
            taken.entry(f.standard_id).or_default().insert((i, f.note));
        }
    }
    let with = |i: usize, by_hand: bool, note: String| Evidence {
        by_hand,
        note,
        ..records[i].clone()
    };
    Ok(Filed {
        records: under
            .into_iter()
            .map(|(s, list)| {
                let ev = list.into_iter().map(|(i, (h, n))| with(i, h, n)).collect();
                (s, ev)
            })
            .collect(),
        taken_out: taken
            .into_iter()
            .map(|(s, set)| (s, set.into_iter().map(|(i, n)| with(i, true, n)).collect()))
            .collect(),
    })
}

/// The 测评体系 with the evidence per 标准 over `from..=to`: counts summed up the tree, the 标准
/// without any evidence counted as gaps, and each item's 自评分 beside its 分值.
pub fn coverage(
    conn: &Connection,
    from: i32,
    to: i32,
    now: NaiveDateTime,
) -> Result<Coverage, LedgerError> {
    check_years(from, to)?;
    let f = filed(conn, from, to, now)?;
    let docs = documents::counts(conn, from, to)?;
    let count = |id: i64| {
        f.records.get(&id).map_or(0, |r| r.len() as u32) + docs.get(&id).copied().unwrap_or(0)
    };
    fn walk(n: &Node, count: &dyn Fn(i64) -> u32) -> CoverageNode {
        let children: Vec<CoverageNode> = n.children.iter().map(|c| walk(c, count)).collect();
        let (evidence, gaps) = if n.level == Level::Standard {
            let e = count(n.id);
            (e, u32::from(e == 0))
        } else {
            (
                children.iter().map(|c| c.evidence).sum(),
                children.iter().map(|c| c.gaps).sum(),
            )
        };
        CoverageNode {
            id: n.id,
            level: n.level,
            name: n.name.clone(),
            points: n.points,
            special: n.special,
            self_score: n.self_score,
            evidence,
            gaps,
            children,
        }
    }
    let tree = build(all_rows(conn)?);
    let items: Vec<CoverageNode> = tree.iter().map(|n| walk(n, &count)).collect();
    let standards = all_rows(conn)?
        .iter()
        .filter(|r| r.node.level == Level::Standard)
        .count() as u32;
    Ok(Coverage {
        from_year: from,
        to_year: to,
        standards,
        gaps: items.iter().map(|i| i.gaps).sum(),
        base_points: items.iter().filter(|i| !i.special).map(|i| i.points).sum(),
        special_points: items.iter().filter(|i| i.special).map(|i| i.points).sum(),
        self_total: tree.iter().filter_map(|i| i.self_score).sum(),
        items,
    })
}

/// `测评项目 / 指标 / 标准` of every 标准, by id.
pub(crate) fn paths(conn: &Connection) -> rusqlite::Result<HashMap<i64, (String, String, String)>> {
    let rows = all_rows(conn)?;
    let names: HashMap<i64, (&str, Option<i64>)> = rows
        .iter()
        .map(|r| (r.node.id, (r.node.name.as_str(), r.node.parent_id)))
        .collect();
    let mut out = HashMap::new();
    for r in rows.iter().filter(|r| r.node.level == Level::Standard) {
        let ind = r.node.parent_id.and_then(|p| names.get(&p));
        let item = ind.and_then(|(_, p)| p.and_then(|p| names.get(&p)));
        out.insert(
            r.node.id,
            (
                item.map_or("", |i| i.0).to_string(),
                ind.map_or("", |i| i.0).to_string(),
                r.node.name.clone(),
            ),
        );
    }
    Ok(out)
}

fn path_text((item, indicator, standard): &(String, String, String)) -> String {
    format!("{item} / {indicator} / {standard}")
}

/// Everything filed under one 标准 in the range.
pub fn standard_evidence(
    conn: &Connection,
    standard_id: i64,
    from: i32,
    to: i32,
    now: NaiveDateTime,
) -> Result<StandardEvidence, LedgerError> {
    check_years(from, to)?;
    if super::tree::row(conn, standard_id)?.node.level != Level::Standard {
        return Err(LedgerError::NotAStandard);
    }
    let mut f = filed(conn, from, to, now)?;
    let path = paths(conn)?
        .get(&standard_id)
        .map(path_text)
        .unwrap_or_default();
    Ok(StandardEvidence {
        standard_id,
        path,
        records: f.records.remove(&standard_id).unwrap_or_default(),
        taken_out: f.taken_out.remove(&standard_id).unwrap_or_default(),
        documents: documents::documents(conn, standard_id, from, to)?,
    })
}

/// Every app record of the range, for filing one by hand.
pub fn records(
    conn: &Connection,
    from: i32,
    to: i32,
    now: NaiveDateTime,
) -> Result<Vec<Evidence>, LedgerError> {
    check_years(from, to)?;
    gather(conn, from, to, now)
}

/// The 标准 with no evidence at all in `from..=to`, in tree order, with their responsible 科室:
/// what the home page lists as pending work.
pub fn standards_without_evidence(
    conn: &Connection,
    from: i32,
    to: i32,
    now: NaiveDateTime,
) -> Result<Vec<Gap>, LedgerError> {
    let c = coverage(conn, from, to, now)?;
    let paths = paths(conn)?;
    let departments: HashMap<i64, Option<i64>> = all_rows(conn)?
        .into_iter()
        .map(|r| (r.node.id, r.node.department_id))
        .collect();
    let mut out = Vec::new();
    fn collect(n: &CoverageNode, out: &mut Vec<i64>) {
        if n.level == Level::Standard && n.evidence == 0 {
            out.push(n.id);
        }
        for c in &n.children {
            collect(c, out);
        }
    }
    let mut ids = Vec::new();
    for i in &c.items {
        collect(i, &mut ids);
    }
    for id in ids {
        out.push(Gap {
            standard_id: id,
            path: paths.get(&id).map(path_text).unwrap_or_default(),
            department_id: departments.get(&id).copied().flatten(),
        });
    }
    Ok(out)
}
