//! The types of 综合量化考核: the policy, the period, ledger rows and the leaderboards.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::PointsError;
use crate::labelled::labelled;

/// The lowest and highest points one rule may give.
pub const RULE_MIN: f64 = -100.0;
pub const RULE_MAX: f64 = 100.0;
/// Points per hour of 志愿服务: from 0 to this.
pub const PER_HOUR_MAX: f64 = 20.0;
/// The most points one manual adjustment may give or take.
pub const ADJUSTMENT_MAX: f64 = 100.0;
/// The longest reason of an adjustment and note of a policy change, in characters.
pub const REASON_MAX: usize = 200;
pub const YEAR_MIN: i32 = 2000;
pub const YEAR_MAX: i32 = 2100;

/// What each kind of record is worth. A year without a saved policy uses [`PointsRules::default`],
/// the defaults of the product brief.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct PointsRules {
    /// 参加活动 (签到出席)
    pub attend: f64,
    /// 报名后缺席
    pub absent: f64,
    pub first_prize: f64,
    pub second_prize: f64,
    pub third_prize: f64,
    pub excellent_prize: f64,
    /// 乒乓球 / 象棋 比赛的冠军, 亚军, 季军 (final places of a finished tournament)
    pub place_first: f64,
    pub place_second: f64,
    pub place_third: f64,
    /// 获得荣誉 (公示后确认)
    pub honor: f64,
    /// 评诺 优秀 / 良好
    pub pledge_excellent: f64,
    pub pledge_good: f64,
    /// 志愿服务: points per hour served
    pub volunteer_per_hour: f64,
}

impl Default for PointsRules {
    fn default() -> Self {
        PointsRules {
            attend: 1.0,
            absent: -1.0,
            first_prize: 5.0,
            second_prize: 3.0,
            third_prize: 2.0,
            excellent_prize: 1.0,
            place_first: 5.0,
            place_second: 3.0,
            place_third: 2.0,
            honor: 10.0,
            pledge_excellent: 5.0,
            pledge_good: 3.0,
            volunteer_per_hour: 1.0,
        }
    }
}

impl PointsRules {
    /// Each rule with its label and the range it must lie in.
    pub fn fields(&self) -> [(&'static str, f64, f64, f64); 13] {
        [
            ("参加活动", self.attend, RULE_MIN, RULE_MAX),
            ("报名后缺席", self.absent, RULE_MIN, RULE_MAX),
            ("一等奖", self.first_prize, RULE_MIN, RULE_MAX),
            ("二等奖", self.second_prize, RULE_MIN, RULE_MAX),
            ("三等奖", self.third_prize, RULE_MIN, RULE_MAX),
            ("优秀奖", self.excellent_prize, RULE_MIN, RULE_MAX),
            ("冠军", self.place_first, RULE_MIN, RULE_MAX),
            ("亚军", self.place_second, RULE_MIN, RULE_MAX),
            ("季军", self.place_third, RULE_MIN, RULE_MAX),
            ("获得荣誉", self.honor, RULE_MIN, RULE_MAX),
            ("评诺优秀", self.pledge_excellent, RULE_MIN, RULE_MAX),
            ("评诺良好", self.pledge_good, RULE_MIN, RULE_MAX),
            ("志愿服务每小时", self.volunteer_per_hour, 0.0, PER_HOUR_MAX),
        ]
    }

    pub fn check(&self) -> Result<(), PointsError> {
        for (field, value, min, max) in self.fields() {
            if !(min..=max).contains(&value) {
                return Err(PointsError::RuleOutOfRange {
                    field,
                    value,
                    min,
                    max,
                });
            }
        }
        Ok(())
    }
}

/// One saved version of a year's policy; version 0 is the default, never saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PolicyVersion {
    pub version: u32,
    pub rules: PointsRules,
    pub note: String,
    pub created_at: Option<NaiveDateTime>,
}

/// A year's policy: the version in use and every earlier one, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Policy {
    pub year: i32,
    pub current: PolicyVersion,
    pub history: Vec<PolicyVersion>,
}

/// A year, or one quarter or one month of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Period {
    pub year: i32,
    pub quarter: Option<u8>,
    pub month: Option<u8>,
}

impl Period {
    pub fn year(year: i32) -> Self {
        Period {
            year,
            quarter: None,
            month: None,
        }
    }

    /// The days `[from, to)` of the period, after checking it.
    pub fn span(&self) -> Result<(NaiveDate, NaiveDate), PointsError> {
        check_year(self.year)?;
        let (first, months) = match (self.quarter, self.month) {
            (Some(_), Some(_)) => return Err(PointsError::QuarterAndMonth),
            (Some(q), None) if !(1..=4).contains(&q) => {
                return Err(PointsError::QuarterOutOfRange(q))
            }
            (None, Some(m)) if !(1..=12).contains(&m) => {
                return Err(PointsError::MonthOutOfRange(m))
            }
            (Some(q), None) => (u32::from(q) * 3 - 2, 3),
            (None, Some(m)) => (u32::from(m), 1),
            (None, None) => (1, 12),
        };
        let from = NaiveDate::from_ymd_opt(self.year, first, 1).expect("checked month");
        let end = first + months;
        let to = if end > 12 {
            NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(self.year, end, 1)
        }
        .expect("checked month");
        Ok((from, to))
    }

    /// 2026年 / 2026年第一季度 / 2026年3月
    pub fn label(&self) -> String {
        const QUARTERS: [&str; 4] = ["一", "二", "三", "四"];
        match (self.quarter, self.month) {
            (Some(q), _) if (1..=4).contains(&q) => {
                format!("{}年第{}季度", self.year, QUARTERS[q as usize - 1])
            }
            (_, Some(m)) => format!("{}年{}月", self.year, m),
            _ => format!("{}年", self.year),
        }
    }
}

pub fn check_year(year: i32) -> Result<(), PointsError> {
    if (YEAR_MIN..=YEAR_MAX).contains(&year) {
        Ok(())
    } else {
        Err(PointsError::YearOutOfRange {
            year,
            min: YEAR_MIN,
            max: YEAR_MAX,
        })
    }
}

/// Where a ledger row comes from; with `source_id` it names the record the window opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SourceKind {
    /// 参加活动: `source_id` is the activity.
    Attendance,
    /// 报名后缺席: the activity.
    Absence,
    /// 志愿服务时长: the activity.
    Volunteer,
    /// 比赛获奖: the contest's activity.
    ContestAward,
    /// 比赛名次 (冠军 / 亚军 / 季军 of a finished tournament): the tournament's activity.
    TournamentPlace,
    /// 荣誉: the honor category (评选项目).
    Honor,
    /// 评诺等次 (优秀 / 良好): the 评诺 round.
    PledgeGrade,
    /// 手工调整: the adjustment.
    Adjustment,
}

labelled!(SourceKind {
    Attendance => "参加活动";
    Absence => "报名后缺席";
    Volunteer => "志愿服务时长";
    ContestAward => "比赛获奖";
    TournamentPlace => "比赛名次";
    Honor => "获得荣誉";
    PledgeGrade => "评诺等次";
    Adjustment => "手工调整";
});

/// One line of a person's ledger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LedgerRow {
    pub date: NaiveDate,
    pub kind: SourceKind,
    #[ts(type = "number")]
    pub source_id: i64,
    /// The record's title: the activity (or tournament), the 评选项目, the 评诺 round, or the adjustment's reason.
    pub title: String,
    /// What about it counted, in Chinese for sheets: 一等奖, 冠军, 3 小时, …
    pub detail: String,
    /// The same, typed, for the window to word in its language.
    pub counted: Counted,
    pub points: f64,
}

/// What about a ledger row's record counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "what", rename_all = "snake_case")]
#[ts(export)]
pub enum Counted {
    /// Attended or missed an activity of this kind.
    Activity {
        kind: crate::activities::ActivityKind,
    },
    /// Hours of 志愿服务.
    Hours {
        hours: f64,
    },
    Award {
        level: crate::contests::AwardLevel,
    },
    /// 1 冠军, 2 亚军, 3 季军.
    Place {
        place: u32,
    },
    /// The honor category's own name (the organizer's words) is the detail.
    Honor,
    Grade {
        grade: crate::pledges::Grade,
    },
    /// A manual adjustment entered on this day.
    Adjusted {
        on: NaiveDate,
    },
}

/// A person's ledger for a period: every row and their sum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PersonLedger {
    #[ts(type = "number")]
    pub staff_id: i64,
    pub name: String,
    pub employee_no: String,
    pub department_name: String,
    pub period: Period,
    pub period_label: String,
    pub policy_version: u32,
    pub rows: Vec<LedgerRow>,
    pub total: f64,
}

/// A person's place on the leaderboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PersonStanding {
    pub rank: u32,
    #[ts(type = "number")]
    pub staff_id: i64,
    pub employee_no: String,
    pub name: String,
    #[ts(type = "number")]
    pub department_id: i64,
    pub department_name: String,
    pub total: f64,
}

/// A 科室's place: ranked by points per head (active staff now), so small 科室 are not penalised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DepartmentStanding {
    pub rank: u32,
    #[ts(type = "number")]
    pub department_id: i64,
    pub name: String,
    pub headcount: u32,
    pub total: f64,
    pub per_head: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Leaderboard {
    pub period: Period,
    pub period_label: String,
    pub policy_version: u32,
    pub people: Vec<PersonStanding>,
    pub departments: Vec<DepartmentStanding>,
}

/// The people's board on screen: a search by 姓名, 工号 or 科室, one page at a time. Ranks are the
/// whole board's, whatever the search.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BoardQuery {
    pub text: String,
    /// 1-based.
    pub page: u32,
    pub page_size: u32,
}

/// One page of a period's board, with what the screen says around it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BoardPage {
    pub period: Period,
    pub period_label: String,
    pub policy_version: u32,
    /// The page's people, best first.
    pub items: Vec<PersonStanding>,
    /// How many people match the search.
    #[ts(type = "number")]
    pub total: i64,
    /// Whether anyone on the whole board has points (an empty board explains itself).
    pub any_points: bool,
    pub departments: Vec<DepartmentStanding>,
}

/// A manual adjustment, kept for good.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Adjustment {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub staff_id: i64,
    pub name: String,
    pub department_name: String,
    pub on_date: NaiveDate,
    pub points: f64,
    pub reason: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AdjustmentInput {
    #[ts(type = "number")]
    pub staff_id: i64,
    pub on_date: NaiveDate,
    pub points: f64,
    pub reason: String,
}

/// One person whose year total a policy change would change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PreviewChange {
    #[ts(type = "number")]
    pub staff_id: i64,
    pub name: String,
    pub department_name: String,
    pub before: f64,
    pub after: f64,
    pub difference: f64,
}

/// What saving `rules` for the year would do, before it is done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PolicyPreview {
    pub year: i32,
    pub from_version: u32,
    pub rules: PointsRules,
    /// Only the people whose total changes, the largest change first.
    pub changes: Vec<PreviewChange>,
    pub total_before: f64,
    pub total_after: f64,
}

/// Points kept to two decimals, the way they are shown.
pub fn round2(x: f64) -> f64 {
    let r = (x * 100.0).round() / 100.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}
