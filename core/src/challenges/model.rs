//! The types of 全民健身挑战: the unit and period the organizer sets, a day's entry, the standings
//! of people and 科室, what a person sees of their own, and what may be done now.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activities::ActivityKind;
use crate::labelled::labelled;
use crate::permit::Permit;

/// What a day's count is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ChallengeUnit {
    /// 步 (健步走), whole numbers.
    Steps,
    /// 公里, at most two decimals.
    Km,
}

labelled!(ChallengeUnit {
    Steps => "steps", "步";
    Km => "km", "公里";
});

/// The most steps one person may enter for one day: more than a marathon's worth.
pub const STEPS_PER_DAY_MAX: u32 = 100_000;
/// The most kilometres one person may enter for one day.
pub const KM_PER_DAY_MAX: u32 = 100;
/// Decimals of a count in 公里.
pub const KM_DECIMALS: u32 = 2;
/// The longest challenge, in days (the longest activity; a sheet has one column a day).
pub const PERIOD_DAYS_MAX: i64 = crate::activities::DURATION_MAX_DAYS;

impl ChallengeUnit {
    /// Stored amounts are whole numbers: steps, or hundredths of a kilometre.
    pub fn scale(self) -> i64 {
        match self {
            ChallengeUnit::Steps => 1,
            ChallengeUnit::Km => 10_i64.pow(KM_DECIMALS),
        }
    }

    pub fn decimals(self) -> u32 {
        match self {
            ChallengeUnit::Steps => 0,
            ChallengeUnit::Km => KM_DECIMALS,
        }
    }

    /// The most one person may enter for one day, in the unit.
    pub fn daily_max(self) -> u32 {
        match self {
            ChallengeUnit::Steps => STEPS_PER_DAY_MAX,
            ChallengeUnit::Km => KM_PER_DAY_MAX,
        }
    }
}

/// Kinds of activity that may hold a challenge over days.
pub fn takes_challenge(kind: ActivityKind) -> bool {
    matches!(kind, ActivityKind::Fitness | ActivityKind::Hiking)
}

/// What the organizer sets: the unit and the days (both included) counts are entered for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChallengeInput {
    pub unit: ChallengeUnit,
    #[ts(type = "string")]
    pub starts_on: NaiveDate,
    #[ts(type = "string")]
    pub ends_on: NaiveDate,
}

/// The challenge as set up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChallengeSetup {
    pub unit: ChallengeUnit,
    #[ts(type = "string")]
    pub starts_on: NaiveDate,
    #[ts(type = "string")]
    pub ends_on: NaiveDate,
    /// Days in the period.
    pub days: u32,
    /// The most one person may enter for a day, in the unit.
    pub daily_max: u32,
    pub decimals: u32,
}

/// One person's place: the sum of their days and how many days they entered. Equal totals share
/// a rank (1, 1, 3); days entered are shown, never a tie-break.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChallengePersonStanding {
    pub rank: u32,
    #[ts(type = "number")]
    pub staff_id: i64,
    pub employee_no: String,
    pub name: String,
    pub department_name: String,
    /// In the unit (公里 with two decimals).
    pub total: f64,
    pub days: u32,
}

/// One 科室's place: the sum of its people's counts divided by its 在职 staff, so a small 科室
/// is not behind for being small and a 科室 where only a few take part is behind one where all
/// do. A 科室 with no 在职 staff is listed last, without a rank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChallengeDepartmentStanding {
    pub rank: Option<u32>,
    #[ts(type = "number")]
    pub department_id: i64,
    pub name: String,
    /// 在职 staff: what the total is divided by.
    pub headcount: u32,
    /// People of the 科室 signed up for the challenge.
    pub participants: u32,
    pub total: f64,
    /// `total / headcount`, rounded to two decimals for showing (ranks compare exactly).
    pub per_head: f64,
}

/// The challenge of an activity as the window shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChallengeBoard {
    #[ts(type = "number")]
    pub activity_id: i64,
    pub title: String,
    pub kind: ActivityKind,
    /// `null` until the organizer sets it up.
    pub setup: Option<ChallengeSetup>,
    /// Every participant (confirmed sign-ups), those without an entry at the bottom with 0.
    pub people: Vec<ChallengePersonStanding>,
    /// The 科室 open to the activity that have staff.
    pub departments: Vec<ChallengeDepartmentStanding>,
    /// Entries stored.
    pub entries: u32,
    pub allowed: ChallengePermits,
}

/// What the organizer may do with the challenge now.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChallengePermits {
    /// 设置挑战 (or change it).
    pub set_up: Permit,
    /// 导入表格 (and download the template).
    pub import: Permit,
}

/// One day's count of one person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DayEntry {
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub amount: f64,
    pub by_organizer: bool,
    #[ts(type = "string")]
    pub entered_at: NaiveDateTime,
}

/// A day's count as the person (or the organizer) types it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChallengeEntryInput {
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub amount: f64,
    /// Replace the count already entered for that day; without it a second entry is refused.
    pub replace: bool,
}

/// What a person sees of the challenge: their days, their place, and which days they may enter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MyChallenge {
    pub setup: Option<ChallengeSetup>,
    pub entries: Vec<DayEntry>,
    /// `null` when the person is not signed up.
    pub standing: Option<ChallengePersonStanding>,
    pub participants: u32,
    #[ts(type = "string")]
    pub today: NaiveDate,
    /// The days of the period up to today, newest first: what 填报 offers.
    #[ts(type = "string[]")]
    pub open_days: Vec<NaiveDate>,
    /// 填报: whether the person may enter a count now, and why not.
    pub enter: Permit,
}

/// A problem with one cell of an imported sheet, named as Excel names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CellProblem {
    /// 1-based, as Excel shows it.
    pub row: u32,
    /// A, B, …, AA …
    pub column: String,
    /// The column's header (工号, 姓名 or the day).
    pub header: String,
    /// The cell as read.
    pub text: String,
    pub reason: String,
}

/// One person's line of an imported sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportLine {
    pub row: u32,
    pub employee_no: String,
    pub name: String,
    /// Days with a count.
    pub days: u32,
    pub total: f64,
    /// Days whose stored count the import would replace with a different one.
    pub replaces: u32,
}

/// What a sheet would import: nothing is saved until confirmed, and nothing at all while any
/// cell is bad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChallengeImportPreview {
    pub lines: Vec<ImportLine>,
    pub problems: Vec<CellProblem>,
    /// Counts read (filled day cells).
    pub cells: u32,
    /// Of them, replacing a different stored count.
    pub replaces: u32,
    /// Whether confirming would save.
    pub can_import: bool,
}

/// What a confirmed import saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChallengeImportReport {
    pub saved: u32,
    pub replaced: u32,
}
