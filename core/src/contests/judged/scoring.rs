//! Judged contests (演讲、公文写作、歌咏、书画评审): criteria, judges' score sheets, 回避, the
//! final score with the highest and lowest dropped, ranks and awards.
//!
//! Rules, as the organizer is told them:
//! - **Criteria**: each has a name and a weight; the weights add up to 100. The weight is also the
//!   criterion's full marks: under 内容 40 / 表达 30 / 形象 20 / 时间 10 a judge gives 内容 0–40, and so
//!   on, to two decimals. A judge's score for an entrant is the plain sum, out of 100.
//! - **Dropping**: when at least `trim_from` judges (default 5, at least 3) score an entrant, one
//!   highest and one lowest score are dropped and the rest averaged; with fewer, all are averaged.
//!   Equal extremes drop one score only (that of the judge with the smallest id, so the choice does
//!   not depend on the order of the lists). Dropped scores stay in the result, marked.
//! - **回避**: when switched on, a judge does not score entrants of their own 科室; the threshold
//!   then applies to the judges who may score that entrant. Judges without a 科室 (外请评委) and
//!   entrants without one are never recused.
//! - **Arithmetic**: marks are integer hundredths ([`Centi`]), the mean is the exact fraction,
//!   rounded once, half up, to `decimals` places (default 2). Ranks compare those rounded values,
//!   so 91.665 and 91.674 both show 91.67 and share a rank.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contests::{
    award_levels, competition_ranks, round_mean, show_scaled, AwardLevel, AwardPlan, Centi,
    ContestError,
};

/// One line of the score sheet: 内容 40.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Criterion {
    pub name: String,
    /// Share of the 100-point total, and the criterion's full marks.
    pub weight: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Judge {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    /// `null` for a judge from outside the unit: never recused.
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
}

/// A person or a team (then the team's 科室) taking part in a judged contest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JudgedEntrant {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
}

/// One judge's marks for one entrant, in the order of the criteria.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ScoreSheet {
    #[ts(type = "number")]
    pub judge_id: i64,
    #[ts(type = "number")]
    pub entrant_id: i64,
    #[ts(type = "number[]")]
    pub marks: Vec<Centi>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JudgingRules {
    pub criteria: Vec<Criterion>,
    /// Drop one highest and one lowest score from this many judges on (default 5).
    pub trim_from: u32,
    /// Decimals of the final score, and of the comparison for ranks (default 2).
    pub decimals: u8,
    /// 回避: judges do not score entrants of their own 科室.
    pub recusal: bool,
}

impl Default for JudgingRules {
    fn default() -> Self {
        let c = |name: &str, weight| Criterion {
            name: name.into(),
            weight,
        };
        JudgingRules {
            criteria: vec![c("内容", 40), c("表达", 30), c("形象", 20), c("时间", 10)],
            trim_from: 5,
            decimals: 2,
            recusal: false,
        }
    }
}

/// A (judge, entrant) pair that must not be scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Recusal {
    #[ts(type = "number")]
    pub judge_id: i64,
    #[ts(type = "number")]
    pub entrant_id: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DropReason {
    /// 去掉的最高分
    Highest,
    /// 去掉的最低分
    Lowest,
}

/// One judge's total for an entrant, and whether it was dropped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CountedScore {
    #[ts(type = "number")]
    pub judge_id: i64,
    pub judge_name: String,
    #[ts(type = "number")]
    pub total: Centi,
    pub dropped: Option<DropReason>,
}

/// An entrant's line on the 成绩表.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JudgedResult {
    #[ts(type = "number")]
    pub entrant_id: i64,
    pub entrant_name: String,
    /// Every score given, in the order of the judges, dropped ones marked.
    pub scores: Vec<CountedScore>,
    /// Judges who may not score this entrant (回避).
    #[ts(type = "number[]")]
    pub recused_judge_ids: Vec<i64>,
    /// Judges who may score this entrant but have not yet.
    #[ts(type = "number[]")]
    pub missing_judge_ids: Vec<i64>,
    /// Rounded to `decimals`; `null` while nobody has scored.
    pub final_score: Option<f64>,
    /// The final score with exactly `decimals` places: "91.60".
    pub final_text: Option<String>,
    pub rank: Option<u32>,
    pub award: Option<AwardLevel>,
}

/// `trim_from`: dropping starts at 3 judges at the least; no panel has more than 30.
pub const TRIM_FROM_MIN: u32 = 3;
pub const TRIM_FROM_MAX: u32 = 30;
/// The criteria's weights add up to this many points (a judge's full marks).
pub const WEIGHTS_TOTAL: u32 = 100;
/// Final scores are shown and ranked to at most this many decimals.
pub const DECIMALS_MAX: u8 = 4;
/// The longest name of a criterion (内容, 语言表达, …), in characters.
pub const CRITERION_NAME_MAX: usize = 20;

/// The weights are positive, named, distinct, and add up to 100.
pub fn check_criteria(criteria: &[Criterion]) -> Result<(), ContestError> {
    if criteria.is_empty() {
        return Err(ContestError::NoCriteria);
    }
    let mut names = HashSet::new();
    for c in criteria {
        let name = c.name.trim();
        if name.is_empty() {
            return Err(ContestError::EmptyCriterionName);
        }
        if name.chars().count() > CRITERION_NAME_MAX {
            return Err(ContestError::CriterionNameTooLong(
                name.to_string(),
                CRITERION_NAME_MAX,
            ));
        }
        if !names.insert(name) {
            return Err(ContestError::DuplicateCriterion(name.to_string()));
        }
        if c.weight == 0 {
            return Err(ContestError::ZeroWeight(name.to_string()));
        }
    }
    let total: u64 = criteria.iter().map(|c| u64::from(c.weight)).sum();
    if total != u64::from(WEIGHTS_TOTAL) {
        return Err(ContestError::InvalidWeights(total));
    }
    Ok(())
}

/// A judge's score for an entrant: the sum of the marks, each within 0..=its weight.
pub fn sheet_total(criteria: &[Criterion], marks: &[Centi]) -> Result<Centi, ContestError> {
    total_for(criteria, marks, String::new())
}

fn total_for(criteria: &[Criterion], marks: &[Centi], who: String) -> Result<Centi, ContestError> {
    if marks.len() != criteria.len() {
        return Err(ContestError::WrongMarkCount {
            who,
            expected: criteria.len(),
            found: marks.len(),
        });
    }
    let mut total = 0u32;
    for (c, m) in criteria.iter().zip(marks) {
        if *m > Centi::points(c.weight) {
            return Err(ContestError::MarkOutOfRange {
                who,
                criterion: c.name.clone(),
                mark: m.to_string(),
                max: c.weight,
            });
        }
        total += m.hundredths();
    }
    Ok(Centi(total))
}

/// The scores of one entrant after dropping the extremes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trimmed {
    /// (judge id, total) counted in the mean, in the order given.
    pub kept: Vec<(i64, Centi)>,
    pub dropped_highest: Option<(i64, Centi)>,
    pub dropped_lowest: Option<(i64, Centi)>,
}

impl Trimmed {
    /// Sum of the kept scores, in hundredths.
    pub fn sum(&self) -> u64 {
        self.kept.iter().map(|(_, s)| s.hundredths() as u64).sum()
    }

    /// The mean rounded half up to `decimals`, scaled by `10^decimals`; `None` when nothing is kept.
    pub fn mean_scaled(&self, decimals: u8) -> Option<u64> {
        (!self.kept.is_empty()).then(|| round_mean(self.sum(), self.kept.len() as u64, decimals))
    }
}

/// Drops one highest and one lowest score when there are at least `trim_from` scores (and at
/// least 3). Among equal extremes the score of the smallest judge id is the one dropped.
pub fn trim_extremes(scores: &[(i64, Centi)], trim_from: u32) -> Trimmed {
    if scores.len() < (trim_from.max(3) as usize) {
        return Trimmed {
            kept: scores.to_vec(),
            dropped_highest: None,
            dropped_lowest: None,
        };
    }
    let high = (0..scores.len())
        .max_by_key(|&i| (scores[i].1, std::cmp::Reverse(scores[i].0)))
        .expect("at least 3 scores");
    let low = (0..scores.len())
        .filter(|&i| i != high)
        .min_by_key(|&i| (scores[i].1, scores[i].0))
        .expect("at least 3 scores");
    Trimmed {
        kept: (0..scores.len())
            .filter(|&i| i != high && i != low)
            .map(|i| scores[i])
            .collect(),
        dropped_highest: Some(scores[high]),
        dropped_lowest: Some(scores[low]),
    }
}

/// The (judge, entrant) pairs that must not be scored: same 科室, when 回避 is on.
pub fn recusals(judges: &[Judge], entrants: &[JudgedEntrant], enabled: bool) -> Vec<Recusal> {
    if !enabled {
        return Vec::new();
    }
    judges
        .iter()
        .flat_map(|j| {
            entrants
                .iter()
                .filter(move |e| j.department_id.is_some() && j.department_id == e.department_id)
                .map(move |e| Recusal {
                    judge_id: j.id,
                    entrant_id: e.id,
                })
        })
        .collect()
}

fn check_unique<'a>(
    ids: impl Iterator<Item = &'a i64>,
    what: &'static str,
) -> Result<(), ContestError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(*id) {
            return Err(ContestError::DuplicateId { what, id: *id });
        }
    }
    Ok(())
}

/// Scores the whole contest: every sheet checked, each entrant's final score from the judges who
/// may score them, ranks shared at `decimals`, and awards when a plan is given. Lines come in rank
/// order (ties in the order of `entrants`), then those nobody has scored yet.
pub fn judge_contest(
    rules: &JudgingRules,
    judges: &[Judge],
    entrants: &[JudgedEntrant],
    sheets: &[ScoreSheet],
    awards: Option<&AwardPlan>,
) -> Result<Vec<JudgedResult>, ContestError> {
    check_criteria(&rules.criteria)?;
    if !(TRIM_FROM_MIN..=TRIM_FROM_MAX).contains(&rules.trim_from) {
        return Err(ContestError::InvalidTrimThreshold(rules.trim_from));
    }
    if rules.decimals > DECIMALS_MAX {
        return Err(ContestError::InvalidDecimals(rules.decimals));
    }
    if let Some(plan) = awards {
        plan.check()?;
    }
    check_unique(judges.iter().map(|j| &j.id), "评委")?;
    check_unique(entrants.iter().map(|e| &e.id), "参赛者")?;
    let judge_by_id: HashMap<i64, &Judge> = judges.iter().map(|j| (j.id, j)).collect();
    let entrant_by_id: HashMap<i64, &JudgedEntrant> = entrants.iter().map(|e| (e.id, e)).collect();
    let recused: HashSet<Recusal> = recusals(judges, entrants, rules.recusal)
        .into_iter()
        .collect();

    let mut totals: HashMap<(i64, i64), Centi> = HashMap::new();
    for s in sheets {
        let judge = judge_by_id
            .get(&s.judge_id)
            .ok_or(ContestError::UnknownJudge(s.judge_id))?;
        let entrant = entrant_by_id
            .get(&s.entrant_id)
            .ok_or(ContestError::UnknownEntrant(s.entrant_id))?;
        let pair = Recusal {
            judge_id: s.judge_id,
            entrant_id: s.entrant_id,
        };
        if recused.contains(&pair) {
            return Err(ContestError::RecusedJudge {
                judge: judge.name.clone(),
                entrant: entrant.name.clone(),
            });
        }
        let who = format!("评委 {} 给 {} 的", judge.name, entrant.name);
        let total = total_for(&rules.criteria, &s.marks, who)?;
        if totals.insert((s.judge_id, s.entrant_id), total).is_some() {
            return Err(ContestError::DuplicateSheet {
                judge: judge.name.clone(),
                entrant: entrant.name.clone(),
            });
        }
    }

    let mut lines: Vec<(JudgedResult, Option<u64>)> = entrants
        .iter()
        .map(|e| {
            let mut given = Vec::new();
            let (mut recused_ids, mut missing_ids) = (Vec::new(), Vec::new());
            for j in judges {
                let pair = Recusal {
                    judge_id: j.id,
                    entrant_id: e.id,
                };
                match totals.get(&(j.id, e.id)) {
                    _ if recused.contains(&pair) => recused_ids.push(j.id),
                    Some(t) => given.push((j.id, *t)),
                    None => missing_ids.push(j.id),
                }
            }
            let trimmed = trim_extremes(&given, rules.trim_from);
            let scaled = trimmed.mean_scaled(rules.decimals);
            let scores = given
                .iter()
                .map(|&(judge_id, total)| CountedScore {
                    judge_id,
                    judge_name: judge_by_id[&judge_id].name.clone(),
                    total,
                    dropped: if trimmed.dropped_highest == Some((judge_id, total)) {
                        Some(DropReason::Highest)
                    } else if trimmed.dropped_lowest == Some((judge_id, total)) {
                        Some(DropReason::Lowest)
                    } else {
                        None
                    },
                })
                .collect();
            let scale = 10f64.powi(rules.decimals as i32);
            let line = JudgedResult {
                entrant_id: e.id,
                entrant_name: e.name.clone(),
                scores,
                recused_judge_ids: recused_ids,
                missing_judge_ids: missing_ids,
                final_score: scaled.map(|v| v as f64 / scale),
                final_text: scaled.map(|v| show_scaled(v, rules.decimals)),
                rank: None,
                award: None,
            };
            (line, scaled)
        })
        .collect();

    let scored: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].1.is_some()).collect();
    let values: Vec<i64> = scored.iter().map(|&i| lines[i].1.unwrap() as i64).collect();
    for (&i, rank) in scored.iter().zip(competition_ranks(&values)) {
        lines[i].0.rank = Some(rank);
    }
    if let Some(plan) = awards {
        let ranks: Vec<Option<u32>> = lines.iter().map(|(l, _)| l.rank).collect();
        for ((line, _), award) in lines.iter_mut().zip(award_levels(&ranks, plan)?) {
            line.award = award;
        }
    }
    let mut results: Vec<JudgedResult> = lines.into_iter().map(|(l, _)| l).collect();
    results.sort_by_key(|l| l.rank.unwrap_or(u32::MAX));
    Ok(results)
}
