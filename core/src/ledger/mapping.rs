//! How records reach the 标准: the mapping by source (activities by kind — with their contest
//! results —, 评先选优 rounds and 公示, pledges, role-model studies) that the organizer edits, and
//! records filed or taken out by hand with a note. SQL of `ledger_mapping` and `ledger_filing`.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection};

use super::model::*;
use super::records::sources;
use super::tree::row;
use super::LedgerError;
use crate::store::write;
use crate::time::time_text;

pub const NOTE_MAX: usize = 200;

/// (source, standard) pairs.
pub(crate) fn pairs(conn: &Connection) -> rusqlite::Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT source, standard_id FROM ledger_mapping ORDER BY source, standard_id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// The mapping: for every source, the 标准 its records are filed under.
pub fn mapping(conn: &Connection) -> Result<Vec<MappingRow>, LedgerError> {
    let pairs = pairs(conn)?;
    Ok(sources()
        .into_iter()
        .map(|(source, label)| MappingRow {
            standard_ids: pairs
                .iter()
                .filter(|(s, _)| *s == source)
                .map(|(_, id)| *id)
                .collect(),
            source,
            label,
        })
        .collect())
}

/// Files the records of `source` under exactly these 标准 from now on.
pub fn set_mapping(
    conn: &mut Connection,
    source: &str,
    standard_ids: &[i64],
) -> Result<MappingRow, LedgerError> {
    let label = sources()
        .into_iter()
        .find(|(s, _)| s == source)
        .map(|(_, l)| l)
        .ok_or_else(|| LedgerError::UnknownSource(source.to_string()))?;
    let tx = write(conn)?;
    for id in standard_ids {
        if row(&tx, *id)?.node.level != Level::Standard {
            return Err(LedgerError::NotAStandard);
        }
    }
    tx.execute("DELETE FROM ledger_mapping WHERE source = ?1", [source])?;
    for id in standard_ids {
        tx.execute(
            "INSERT OR IGNORE INTO ledger_mapping (source, standard_id) VALUES (?1, ?2)",
            params![source, id],
        )?;
    }
    tx.commit()?;
    let mut ids = standard_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    Ok(MappingRow {
        source: source.to_string(),
        label,
        standard_ids: ids,
    })
}

/// A decision by hand about one record under one 标准.
#[derive(Debug, Clone)]
pub(crate) struct Filing {
    pub standard_id: i64,
    pub kind: RecordKind,
    pub record_id: i64,
    pub filed: bool,
    pub note: String,
}

pub(crate) fn filings(conn: &Connection) -> rusqlite::Result<Vec<Filing>> {
    let mut stmt = conn.prepare_cached(
        "SELECT standard_id, record_kind, record_id, filed, note FROM ledger_filing ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        let kind: String = r.get(1)?;
        Ok((
            RecordKind::from_sql(&kind),
            Filing {
                standard_id: r.get(0)?,
                kind: RecordKind::Activity,
                record_id: r.get(2)?,
                filed: r.get(3)?,
                note: r.get(4)?,
            },
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        if let (Some(kind), f) = row? {
            out.push(Filing { kind, ..f });
        }
    }
    Ok(out)
}

fn check_note(note: &str) -> Result<String, LedgerError> {
    crate::text::required("说明", note, NOTE_MAX).map_err(LedgerError::BadNote)
}

/// Files a record under a 标准 by hand (`filed`), or takes it out of a 标准 the mapping would
/// file it under (`!filed`); the note says why. A later decision about the same record and 标准
/// replaces the earlier one.
pub fn file_record(
    conn: &mut Connection,
    standard_id: i64,
    kind: RecordKind,
    record_id: i64,
    filed: bool,
    note: &str,
    now: NaiveDateTime,
) -> Result<(), LedgerError> {
    let note = check_note(note)?;
    let tx = write(conn)?;
    if row(&tx, standard_id)?.node.level != Level::Standard {
        return Err(LedgerError::NotAStandard);
    }
    if !super::records::record_exists(&tx, kind, record_id)? {
        return Err(LedgerError::RecordNotFound {
            kind: kind.label(),
            id: record_id,
        });
    }
    tx.execute(
        "INSERT INTO ledger_filing (standard_id, record_kind, record_id, filed, note, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (standard_id, record_kind, record_id)
         DO UPDATE SET filed = ?4, note = ?5, at = ?6",
        params![
            standard_id,
            kind.as_sql(),
            record_id,
            filed,
            note,
            time_text(now)
        ],
    )?;
    tx.commit()?;
    Ok(())
}

/// Forgets the decision by hand: the record is filed by the mapping again (or not at all).
pub fn forget_filing(
    conn: &mut Connection,
    standard_id: i64,
    kind: RecordKind,
    record_id: i64,
) -> Result<(), LedgerError> {
    let tx = write(conn)?;
    row(&tx, standard_id)?;
    tx.execute(
        "DELETE FROM ledger_filing WHERE standard_id = ?1 AND record_kind = ?2 AND record_id = ?3",
        params![standard_id, kind.as_sql(), record_id],
    )?;
    tx.commit()?;
    Ok(())
}
