//! 纸质选票: counts entered by the 计票人 and again by the 监票人 after a round closes. The
//! result is blocked until both entries exist and agree; then they are merged with the kiosk
//! ballots. Every entitled voter got exactly one slip with one code and votes once, at the kiosk
//! (the code is then used) or on paper; so the paper ballots of a round can be at most the codes
//! issued less the codes used at the kiosk. Once the category's 公示 is issued, the counts are
//! frozen.

use rusqlite::{params, Connection, OptionalExtension};

use super::allowed::paper_enterable;
use super::model::*;
use super::rounds::{round_row, turnout};
use super::{write, HonorError};

fn check(r: &Round, p: &PaperCount) -> Result<Vec<CandidateCount>, HonorError> {
    let bad = |m: String| Err(HonorError::PaperInvalid(m));
    if p.invalid > p.ballots {
        return bad(format!(
            "废票 {} 张多于收回的纸质选票 {} 张",
            p.invalid, p.ballots
        ));
    }
    let valid = p.ballots - p.invalid;
    let mut out: Vec<CandidateCount> = r
        .candidates
        .iter()
        .map(|c| CandidateCount {
            nomination_id: c.nomination_id,
            name: c.name.clone(),
            ..Default::default()
        })
        .collect();
    let mut seen: Vec<i64> = Vec::new();
    for e in &p.candidates {
        let Some(slot) = out.iter_mut().find(|c| c.nomination_id == e.nomination_id) else {
            return bad("录入中有不在本轮候选人名单中的人，请刷新后重新录入".into());
        };
        if seen.contains(&e.nomination_id) {
            return bad(format!("{} 录入了不止一次", slot.name));
        }
        seen.push(e.nomination_id);
        let marks = u64::from(e.votes_for) + u64::from(e.against) + u64::from(e.abstain);
        if marks > u64::from(valid) {
            return bad(format!(
                "{} 的票数合计 {} 多于有效纸质选票 {} 张",
                slot.name, marks, valid
            ));
        }
        if r.form == BallotForm::Choose && e.against + e.abstain > 0 {
            return bad("限选票只录入得票数，没有反对和弃权".into());
        }
        (slot.votes_for, slot.against, slot.abstain) = (e.votes_for, e.against, e.abstain);
    }
    let total: u64 = out.iter().map(|c| u64::from(c.votes_for)).sum();
    if total > u64::from(valid) * u64::from(r.seats) {
        return bad(format!(
            "得票合计 {total} 多于有效纸质选票 {valid} 张 × 名额 {} 名",
            r.seats
        ));
    }
    Ok(out)
}

/// Records (or replaces) one person's count of the paper ballots of a closed round; refused once
/// the category's 公示 is issued, and when there would be more ballots than voters who did not
/// vote at the kiosk.
pub fn enter_paper_count(
    conn: &mut Connection,
    round_id: i64,
    role: PaperRole,
    count: &PaperCount,
) -> Result<PaperStatus, HonorError> {
    let tx = write(conn)?;
    let r = round_row(&tx, round_id)?;
    paper_enterable(&tx, &r)?;
    let votes = check(&r, count)?;
    let t = turnout(&tx, round_id)?;
    let cast = u64::from(t.used) + u64::from(count.ballots);
    if cast > u64::from(t.issued) {
        return Err(HonorError::TooManyBallots {
            cast,
            kiosk: t.used,
            paper: count.ballots,
            issued: t.issued,
        });
    }
    tx.execute(
        "DELETE FROM honor_paper_count WHERE round_id = ?1 AND role = ?2",
        params![round_id, role.as_sql()],
    )?;
    tx.execute(
        "INSERT INTO honor_paper_count (round_id, role, ballots, invalid) VALUES (?1, ?2, ?3, ?4)",
        params![round_id, role.as_sql(), count.ballots, count.invalid],
    )?;
    for v in &votes {
        tx.execute(
            "INSERT INTO honor_paper_votes (round_id, role, nomination_id, votes_for, against, abstain)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![round_id, role.as_sql(), v.nomination_id, v.votes_for, v.against, v.abstain],
        )?;
    }
    tx.commit()?;
    paper_status(conn, round_id)
}

fn entry(conn: &Connection, r: &Round, role: PaperRole) -> Result<Option<PaperCount>, HonorError> {
    let head: Option<(u32, u32)> = conn
        .query_row(
            "SELECT ballots, invalid FROM honor_paper_count WHERE round_id = ?1 AND role = ?2",
            params![r.id, role.as_sql()],
            |x| Ok((x.get(0)?, x.get(1)?)),
        )
        .optional()?;
    let Some((ballots, invalid)) = head else {
        return Ok(None);
    };
    let mut stmt = conn.prepare(
        "SELECT nomination_id, votes_for, against, abstain FROM honor_paper_votes
         WHERE round_id = ?1 AND role = ?2 ORDER BY nomination_id",
    )?;
    let candidates = stmt
        .query_map(params![r.id, role.as_sql()], |x| {
            let id: i64 = x.get(0)?;
            Ok(CandidateCount {
                nomination_id: id,
                name: r
                    .candidates
                    .iter()
                    .find(|c| c.nomination_id == id)
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
                votes_for: x.get(1)?,
                against: x.get(2)?,
                abstain: x.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Some(PaperCount {
        ballots,
        invalid,
        candidates,
    }))
}

/// What differs between two entries, in plain Chinese.
fn differences(a: &PaperCount, b: &PaperCount) -> Vec<String> {
    let mut out = Vec::new();
    if a.ballots != b.ballots {
        out.push(format!("纸质选票张数 {} 与 {}", a.ballots, b.ballots));
    }
    if a.invalid != b.invalid {
        out.push(format!("废票 {} 与 {}", a.invalid, b.invalid));
    }
    for (x, y) in a.candidates.iter().zip(&b.candidates) {
        for (what, p, q) in [
            ("得票/赞成", x.votes_for, y.votes_for),
            ("反对", x.against, y.against),
            ("弃权", x.abstain, y.abstain),
        ] {
            if p != q {
                out.push(format!("{}：{what} {p} 与 {q}", x.name));
            }
        }
    }
    out
}

pub fn paper_status(conn: &Connection, round_id: i64) -> Result<PaperStatus, HonorError> {
    let r = round_row(conn, round_id)?;
    let a = entry(conn, &r, PaperRole::Counter)?;
    let b = entry(conn, &r, PaperRole::Scrutineer)?;
    let mismatches = match (&a, &b) {
        (Some(a), Some(b)) => differences(a, b),
        _ => Vec::new(),
    };
    Ok(PaperStatus {
        counter_entered: a.is_some(),
        scrutineer_entered: b.is_some(),
        confirmed: a.is_some() && b.is_some() && mismatches.is_empty(),
        mismatches,
    })
}

/// The confirmed paper count of a round: `None` if no paper ballots were entered; refused while
/// only one person has entered them or the two entries differ.
pub(crate) fn confirmed_paper(
    conn: &Connection,
    r: &Round,
) -> Result<Option<PaperCount>, HonorError> {
    let a = entry(conn, r, PaperRole::Counter)?;
    let b = entry(conn, r, PaperRole::Scrutineer)?;
    match (a, b) {
        (None, None) => Ok(None),
        (Some(_), None) => Err(HonorError::PaperUnconfirmed(
            PaperRole::Scrutineer.label().into(),
        )),
        (None, Some(_)) => Err(HonorError::PaperUnconfirmed(
            PaperRole::Counter.label().into(),
        )),
        (Some(a), Some(b)) => {
            let d = differences(&a, &b);
            if d.is_empty() {
                Ok(Some(a))
            } else {
                Err(HonorError::PaperMismatch(d.join("；")))
            }
        }
    }
}
