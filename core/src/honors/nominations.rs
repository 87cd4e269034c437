//! 推荐 and 资格审查: who may be nominated for a category, and the candidate list.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::categories::{category_row, voting_started};
use super::model::*;
use super::{show_time, time_text, write, HonorError};
use crate::auth::Role;
use crate::roster::{self, PoliticalStatus, Staff};

const SELECT: &str = "SELECT n.id, n.category_id, n.staff_id, n.department_id,
        COALESCE(s.name, d.name), COALESCE(sd.name, d.name), n.source, n.source_department_id,
        n.deeds, n.review, n.review_reason, n.created_at, c.target
    FROM honor_nomination n
    JOIN honor_category c ON c.id = n.category_id
    LEFT JOIN staff s ON s.id = n.staff_id
    LEFT JOIN department sd ON sd.id = s.department_id
    LEFT JOIN department d ON d.id = n.department_id";

fn from_row(r: &Row) -> rusqlite::Result<Nomination> {
    let name: String = r.get(4)?;
    let family = r.get::<_, String>(12)? == Target::Family.as_sql();
    Ok(Nomination {
        id: r.get(0)?,
        category_id: r.get(1)?,
        staff_id: r.get(2)?,
        department_id: r.get(3)?,
        nominee: if family {
            format!("{name}家庭")
        } else {
            name
        },
        department_name: r.get(5)?,
        source: NominationSource::from_sql(&r.get::<_, String>(6)?)
            .unwrap_or(NominationSource::Leadership),
        source_department_id: r.get(7)?,
        deeds: r.get(8)?,
        review: Review::from_sql(&r.get::<_, String>(9)?).unwrap_or(Review::Pending),
        review_reason: r.get(10)?,
        created_at: crate::time::time_column(r, 11)?,
    })
}

pub(crate) fn nomination_row(conn: &Connection, id: i64) -> Result<Nomination, HonorError> {
    conn.query_row(&format!("{SELECT} WHERE n.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(HonorError::NominationNotFound)
}

fn person(conn: &Connection, id: i64) -> Result<Staff, HonorError> {
    roster::get_staff(conn, id).map_err(|e| match e {
        roster::RosterError::StaffNotFound => HonorError::StaffNotFound,
        other => HonorError::Invalid(other.to_string()),
    })
}

/// The nominee's display name, after checking they fit the category: the right kind of nominee,
/// 在职, and a party member or veteran when the category requires it.
fn check_nominee(
    conn: &Connection,
    c: &Category,
    input: &NominationInput,
) -> Result<(String, Option<Staff>), HonorError> {
    let wrong = || HonorError::WrongNominee {
        category: c.name.clone(),
        target: c.target.label().into(),
    };
    match (
        c.target,
        input.nominee_staff_id,
        input.nominee_department_id,
    ) {
        (Target::Department, None, Some(d)) => {
            let name =
                roster::store::department_name(conn, d)?.ok_or(HonorError::DepartmentNotFound)?;
            Ok((name, None))
        }
        (Target::Person | Target::Family, Some(id), None) => {
            let p = person(conn, id)?;
            if !p.active {
                return Err(HonorError::InactiveStaff(p.name));
            }
            match c.eligibility {
                Eligibility::PartyMember
                    if !matches!(
                        p.political_status,
                        PoliticalStatus::CpcMember | PoliticalStatus::CpcProbationary
                    ) =>
                {
                    return Err(HonorError::PartyMembersOnly {
                        category: c.name.clone(),
                        name: p.name,
                        status: p.political_status.label().into(),
                    })
                }
                Eligibility::Veteran if !p.is_veteran => {
                    return Err(HonorError::VeteransOnly {
                        category: c.name.clone(),
                        name: p.name,
                    })
                }
                _ => {}
            }
            let name = if c.target == Target::Family {
                format!("{}家庭", p.name)
            } else {
                p.name.clone()
            };
            Ok((name, Some(p)))
        }
        _ => Err(wrong()),
    }
}

/// Checks who nominates: a 科室 nominates its own people (or itself), a person only themself.
fn check_source(
    conn: &Connection,
    input: &NominationInput,
    nominee: Option<&Staff>,
) -> Result<Option<i64>, HonorError> {
    match input.source {
        NominationSource::Leadership => Ok(None),
        NominationSource::SelfNominated => match (nominee, input.actor_staff_id) {
            (Some(p), Some(me)) if p.id == me => Ok(None),
            _ => Err(HonorError::SelfForOthers),
        },
        NominationSource::Department => {
            let d = input
                .source_department_id
                .ok_or_else(|| HonorError::Invalid("科室推荐请选择推荐科室".into()))?;
            let department =
                roster::store::department_name(conn, d)?.ok_or(HonorError::DepartmentNotFound)?;
            if let Some(p) = nominee {
                if p.department_id != d {
                    return Err(HonorError::NotInSourceDepartment {
                        name: p.name.clone(),
                        department,
                    });
                }
            }
            Ok(Some(d))
        }
    }
}

/// 推荐: adds a nominee to a category during its nomination window, with their 事迹.
pub fn nominate(
    conn: &mut Connection,
    input: &NominationInput,
    now: NaiveDateTime,
) -> Result<Nomination, HonorError> {
    let deeds =
        crate::text::required("事迹", &input.deeds, DEEDS_MAX).map_err(HonorError::Invalid)?;
    let tx = write(conn)?;
    let c = category_row(&tx, input.category_id)?;
    if now < c.nominations_open_at {
        return Err(HonorError::NominationNotYetOpen {
            category: c.name,
            opens: show_time(c.nominations_open_at),
        });
    }
    if now >= c.nominations_close_at {
        return Err(HonorError::NominationClosed {
            category: c.name,
            closed: show_time(c.nominations_close_at),
        });
    }
    if voting_started(&tx, c.id)? {
        return Err(HonorError::ReviewLocked(c.name));
    }
    let (nominee, staff) = check_nominee(&tx, &c, input)?;
    let source_department = check_source(&tx, input, staff.as_ref())?;
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM honor_nomination WHERE category_id = ?1
                        AND (staff_id = ?2 OR department_id = ?3))",
        params![c.id, input.nominee_staff_id, input.nominee_department_id],
        |r| r.get(0),
    )?;
    if taken {
        return Err(HonorError::AlreadyNominated {
            category: c.name,
            nominee,
        });
    }
    tx.execute(
        "INSERT INTO honor_nomination (category_id, staff_id, department_id, source,
                                       source_department_id, deeds, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            c.id,
            input.nominee_staff_id,
            input.nominee_department_id,
            input.source.as_sql(),
            source_department,
            deeds,
            time_text(now),
        ],
    )?;
    let id = tx.last_insert_rowid();
    tx.commit()?;
    nomination_row(conn, id)
}

/// 资格审查: pass, or reject with a reason. Can be changed until voting on the category starts.
pub fn review_nomination(
    conn: &mut Connection,
    nomination_id: i64,
    passed: bool,
    reason: &str,
) -> Result<Nomination, HonorError> {
    let reason = if passed {
        crate::text::optional("审查意见", reason, REASON_MAX)
    } else {
        crate::text::required("不通过原因", reason, REASON_MAX)
    }
    .map_err(|e| {
        if reason.trim().is_empty() {
            HonorError::ReasonRequired
        } else {
            HonorError::Invalid(e)
        }
    })?;
    let tx = write(conn)?;
    let n = nomination_row(&tx, nomination_id)?;
    let c = category_row(&tx, n.category_id)?;
    if voting_started(&tx, c.id)? {
        return Err(HonorError::ReviewLocked(c.name));
    }
    let review = if passed {
        Review::Passed
    } else {
        Review::Rejected
    };
    tx.execute(
        "UPDATE honor_nomination SET review = ?2, review_reason = ?3 WHERE id = ?1",
        params![nomination_id, review.as_sql(), reason],
    )?;
    tx.commit()?;
    nomination_row(conn, nomination_id)
}

/// Every nomination of a category, in order of arrival.
pub fn nominations(conn: &Connection, category_id: i64) -> Result<Vec<Nomination>, HonorError> {
    category_row(conn, category_id)?;
    let mut stmt = conn.prepare(&format!("{SELECT} WHERE n.category_id = ?1 ORDER BY n.id"))?;
    let rows = stmt.query_map([category_id], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The nominations of a category as `viewer` may see them: staff mode does not see why a
/// nomination was turned down (nor a note on one still pending) — that is between the nominee and
/// the organizers.
pub fn nominations_for(
    conn: &Connection,
    category_id: i64,
    viewer: Role,
) -> Result<Vec<Nomination>, HonorError> {
    let mut list = nominations(conn, category_id)?;
    if viewer == Role::Staff {
        for n in list.iter_mut().filter(|n| n.review != Review::Passed) {
            n.review_reason.clear();
        }
    }
    Ok(list)
}

/// One of a person's own nominations, as 职工自助 shows it to them: the category it is for, where
/// 资格审查 stands and, if it was not passed, why.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export, rename = "HonorMyNomination")]
pub struct MyNomination {
    pub year: i32,
    pub category: String,
    pub nomination: Nomination,
}

/// 我的推荐: the nominations of the person `staff_id` (themselves or their family), newest first,
/// with the reason of a 不通过 — the one place staff mode shows it, and only to the nominee, after
/// their PIN (checked by the caller).
pub fn my_nominations(conn: &Connection, staff_id: i64) -> Result<Vec<MyNomination>, HonorError> {
    person(conn, staff_id)?;
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE n.staff_id = ?1 ORDER BY c.year DESC, n.id DESC"
    ))?;
    let list = stmt
        .query_map([staff_id], from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    list.into_iter()
        .map(|nomination| {
            let c = category_row(conn, nomination.category_id)?;
            Ok(MyNomination {
                year: c.year,
                category: c.name,
                nomination,
            })
        })
        .collect()
}

/// 候选人名单: the nominations that passed 资格审查, and whether the vote is 等额 or 差额.
pub fn candidate_list(conn: &Connection, category_id: i64) -> Result<CandidateList, HonorError> {
    let category = category_row(conn, category_id)?;
    let candidates: Vec<Nomination> = nominations(conn, category_id)?
        .into_iter()
        .filter(|n| n.review == Review::Passed)
        .collect();
    let n = candidates.len() as u32;
    let competition = match n.cmp(&category.quota) {
        std::cmp::Ordering::Equal => Competition::Equal,
        std::cmp::Ordering::Greater => Competition::Competitive,
        std::cmp::Ordering::Less => Competition::Short,
    };
    let summary = format!(
        "{}：{} 名候选人，名额 {} 名",
        competition.label(),
        n,
        category.quota
    );
    Ok(CandidateList {
        category,
        candidates,
        competition,
        summary,
    })
}
