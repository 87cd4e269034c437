//! 推荐 and 资格审查: who nominates, a nomination as typed and as kept, the 候选人名单 and attached files.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::category::Category;
use crate::labelled::labelled;

/// Who nominates: a 科室, the leadership (领导推荐) or the person themself (个人自荐).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum NominationSource {
    Department,
    Leadership,
    #[serde(rename = "self")]
    SelfNominated,
}

labelled!(NominationSource {
    Department => "department", "科室推荐";
    Leadership => "leadership", "领导推荐";
    SelfNominated => "self", "个人自荐";
});

/// 资格审查
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "NominationReview")]
pub enum Review {
    /// 待审查
    Pending,
    /// 通过
    Passed,
    /// 不通过
    Rejected,
}

labelled!(Review {
    Pending => "pending", "待审查";
    Passed => "passed", "通过";
    Rejected => "rejected", "不通过";
});

/// A nomination as typed in the 推荐 form. The nominee is a 职工 (`nominee_staff_id`, for person
/// and family categories) or a 科室 (`nominee_department_id`, for department categories).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NominationInput {
    #[ts(type = "number")]
    pub category_id: i64,
    #[ts(type = "number | null")]
    pub nominee_staff_id: Option<i64>,
    #[ts(type = "number | null")]
    pub nominee_department_id: Option<i64>,
    pub source: NominationSource,
    /// The nominating 科室, for [`NominationSource::Department`].
    #[ts(type = "number | null")]
    pub source_department_id: Option<i64>,
    /// For [`NominationSource::SelfNominated`]: who is acting (must be the nominee).
    #[ts(type = "number | null")]
    pub actor_staff_id: Option<i64>,
    /// 事迹
    pub deeds: String,
}

/// 推荐: one nominee in one category, with the 资格审查 result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Nomination {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub category_id: i64,
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    /// 张三, 张三家庭, or the 科室's name.
    pub nominee: String,
    /// The nominee's 科室 (or the 科室 itself).
    pub department_name: String,
    pub source: NominationSource,
    #[ts(type = "number | null")]
    pub source_department_id: Option<i64>,
    pub deeds: String,
    pub review: Review,
    pub review_reason: String,
    pub created_at: NaiveDateTime,
}

/// 等额 (as many candidates as places), 差额 (more) or 不足 (fewer: some places stay empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "HonorCompetition")]
pub enum Competition {
    Equal,
    Competitive,
    Short,
}

labelled!(Competition {
    Equal => "等额";
    Competitive => "差额";
    Short => "候选人少于名额";
});

/// 候选人名单 of a category: the nominations that passed 资格审查.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorCandidateList")]
pub struct CandidateList {
    pub category: Category,
    pub candidates: Vec<Nomination>,
    pub competition: Competition,
    /// e.g. "差额：5 名候选人，名额 3 名"
    pub summary: String,
}

/// 推荐附件: a file attached to a nomination (事迹材料, a photo).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NominationFile {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub nomination_id: i64,
    pub file_name: String,
    #[ts(type = "number")]
    pub size: i64,
    pub is_image: bool,
}
