//! 公示: the notice, objections, the publicity of a category and the honors it confirms.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::nomination::Nomination;

/// Working days a 公示 lasts by default.
pub const NOTICE_WORKING_DAYS: u32 = 5;
/// A 公示 starts at the earliest on the day its last round closed and at the latest this many
/// days after today (a notice is prepared shortly before it is posted, not months ahead).
pub const PUBLICITY_START_MAX_DAYS_AHEAD: i64 = 30;
pub const OBJECTIONS_TO_MAX: usize = 100;

/// 公示 notice text of a category's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorNotice")]
pub struct Notice {
    pub title: String,
    /// The whole notice, paragraphs separated by blank lines.
    pub text: String,
    pub starts_on: chrono::NaiveDate,
    pub ends_on: chrono::NaiveDate,
}

pub const OBJECTION_MAX: usize = 500;

/// 异议 raised during a 公示, optionally about one nominee, and how it was resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorObjection")]
pub struct Objection {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub nomination_id: Option<i64>,
    /// The nominee it concerns, if any.
    pub nominee: Option<String>,
    pub received_on: chrono::NaiveDate,
    pub content: String,
    /// 处理结果; `None` while the objection is open.
    pub resolution: Option<String>,
    /// 异议成立: the nominee is not confirmed.
    pub upheld: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorObjectionInput")]
pub struct ObjectionInput {
    #[ts(type = "number | null")]
    pub nomination_id: Option<i64>,
    pub received_on: chrono::NaiveDate,
    pub content: String,
}

/// 公示 of one category: the notice as issued, who it names, the objections and the confirmation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorPublicity")]
pub struct Publicity {
    #[ts(type = "number")]
    pub category_id: i64,
    pub notice: Notice,
    pub objections_to: String,
    pub nominees: Vec<Nomination>,
    pub objections: Vec<Objection>,
    pub confirmed_at: Option<NaiveDateTime>,
}

/// 荣誉 confirmed at the end of a 公示: on the person's or the 科室's record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorAward")]
pub struct Award {
    #[ts(type = "number")]
    pub category_id: i64,
    pub year: i32,
    pub category: String,
    #[ts(type = "number")]
    pub nomination_id: i64,
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    pub nominee: String,
    pub department_name: String,
    pub confirmed_at: NaiveDateTime,
}
