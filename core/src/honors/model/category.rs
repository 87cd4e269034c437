//! 评选项目: who a category is for, who may be nominated, and the category itself.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::labelled::labelled;

/// 评选对象
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "HonorTarget")]
pub enum Target {
    /// 个人
    Person,
    /// 科室（单位）
    Department,
    /// 家庭 (the family of a 职工)
    Family,
}

labelled!(Target {
    Person => "person", "个人";
    Department => "department", "科室（单位）";
    Family => "family", "家庭";
});

/// 参评条件
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "HonorEligibility")]
pub enum Eligibility {
    /// 不限
    None,
    /// 中共党员（含预备党员）
    PartyMember,
    /// 退役军人
    Veteran,
}

labelled!(Eligibility {
    None => "none", "不限";
    PartyMember => "party_member", "中共党员";
    Veteran => "veteran", "退役军人";
});

/// 评选项目 of one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorCategory")]
pub struct Category {
    #[ts(type = "number")]
    pub id: i64,
    pub year: i32,
    pub name: String,
    pub target: Target,
    /// 名额
    pub quota: u32,
    pub eligibility: Eligibility,
    pub nominations_open_at: NaiveDateTime,
    pub nominations_close_at: NaiveDateTime,
    pub sort_order: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HonorCategoryInput")]
pub struct CategoryInput {
    pub year: i32,
    pub name: String,
    pub target: Target,
    pub quota: u32,
    pub eligibility: Eligibility,
    pub nominations_open_at: NaiveDateTime,
    pub nominations_close_at: NaiveDateTime,
}
