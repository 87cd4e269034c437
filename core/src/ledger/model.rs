//! The types of the 创建台账: the 测评体系 tree, evidence, coverage and the 责任分解.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::labelled::labelled;

/// 测评项目 → 指标 → 标准.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Level {
    /// 测评项目
    Item,
    /// 指标
    Indicator,
    /// 标准 (测评内容): where evidence is filed
    Standard,
}

labelled!(Level {
    Item => "item", "测评项目";
    Indicator => "indicator", "指标";
    Standard => "standard", "标准";
});

impl Level {
    /// The level of a child of a node at this level; a 标准 has none.
    pub fn child(self) -> Option<Level> {
        match self {
            Level::Item => Some(Level::Indicator),
            Level::Indicator => Some(Level::Standard),
            Level::Standard => None,
        }
    }
}

/// 测评方法.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Method {
    /// 材料审核: what the 台账 export is for
    Material,
    /// 实地考察
    SiteVisit,
    /// 问卷调查
    Survey,
    /// 征求相关部门意见
    Opinions,
    /// 听取汇报
    Report,
}

labelled!(Method {
    Material => "material", "材料审核";
    SiteVisit => "site_visit", "实地考察";
    Survey => "survey", "问卷调查";
    Opinions => "opinions", "征求相关部门意见";
    Report => "report", "听取汇报";
});

/// What a document filed under a 标准 is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DocKind {
    Minutes,
    Regulation,
    Official,
    Briefing,
    Photo,
    Other,
}

labelled!(DocKind {
    Minutes => "minutes", "会议记录";
    Regulation => "regulation", "规章制度";
    Official => "official", "正式文件";
    Briefing => "briefing", "简报";
    Photo => "photo", "照片";
    Other => "other", "其他材料";
});

/// The kinds of app records filed as evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RecordKind {
    /// An activity that took place
    Activity,
    /// The decided results of a contest (judged, tournament or timed), by activity
    ContestResult,
    /// A closed 评先选优 voting round
    HonorRound,
    /// A 评先选优 公示, by category
    HonorPublicity,
    /// A 评诺 round of a year's pledges (亮诺 · 践诺 · 评诺) that was opened
    PledgeRound,
    /// An activity that studied published role models (学树身边典型), by activity
    ExemplarStudy,
}

labelled!(RecordKind {
    Activity => "activity", "活动";
    ContestResult => "contest_result", "比赛成绩";
    HonorRound => "honor_round", "评先选优投票";
    HonorPublicity => "honor_publicity", "评先选优公示";
    PledgeRound => "pledge_round", "亮诺践诺评诺";
    ExemplarStudy => "exemplar_study", "学树身边典型";
});

/// One node of the 测评体系 with its children.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Node {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub parent_id: Option<i64>,
    pub level: Level,
    pub name: String,
    /// 分值
    pub points: u32,
    pub methods: Vec<Method>,
    /// A 特色 测评项目, on top of the 100 分.
    pub special: bool,
    /// Still as the shipped 示例 left it.
    pub sample: bool,
    /// 自评分 of a 测评项目.
    pub self_score: Option<f64>,
    /// 责任分解 of a 标准.
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    #[ts(type = "string | null")]
    pub due_on: Option<NaiveDate>,
    pub children: Vec<Node>,
}

/// The whole 测评体系.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Tree {
    pub items: Vec<Node>,
    /// Points of the 基本指标 (not 特色): 100 when complete.
    pub base_points: u32,
    /// Points of the 特色 items, on top.
    pub special_points: u32,
    /// Any node still as the 示例 left it: the window labels the tree 示例.
    pub sample: bool,
    /// Where the 示例 comes from (shown beside it).
    pub sample_source: String,
}

/// What the organizer types for a node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NodeInput {
    pub name: String,
    pub points: u32,
    pub methods: Vec<Method>,
    /// Only for a 测评项目.
    pub special: bool,
}

/// The 责任分解 of a 标准: responsible 科室, person and due date (each optional).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DutyInput {
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    #[ts(type = "string | null")]
    pub due_on: Option<NaiveDate>,
}

/// A source of records the mapping files under 标准: activities of one kind (and their contest
/// results), 评先选优 rounds or 公示, pledges, role-model studies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MappingRow {
    /// e.g. `activity.reading`, `honor_round`
    pub source: String,
    pub label: String,
    #[ts(type = "number[]")]
    pub standard_ids: Vec<i64>,
}

/// An app record as evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Evidence {
    pub kind: RecordKind,
    /// The activity, the round, or the category of a 公示.
    #[ts(type = "number")]
    pub record_id: i64,
    pub title: String,
    #[ts(type = "string")]
    pub on: NaiveDate,
    /// Counts and state, e.g. 到场 23 人，照片 4 张.
    pub detail: String,
    /// The mapping source it came from.
    pub source: String,
    /// Filed (or taken out) by hand, with the organizer's note.
    pub by_hand: bool,
    pub note: String,
}

/// A file filed under a 标准 that is not an app record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LedgerDocument {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub standard_id: i64,
    pub kind: DocKind,
    pub year: i32,
    pub file_name: String,
    #[ts(type = "number")]
    pub size: i64,
    pub is_image: bool,
}

/// Everything filed under one 标准 in a year range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StandardEvidence {
    #[ts(type = "number")]
    pub standard_id: i64,
    /// 测评项目 / 指标 / 标准
    pub path: String,
    pub records: Vec<Evidence>,
    /// Records the mapping would file here but the organizer took out (they can be put back).
    pub taken_out: Vec<Evidence>,
    pub documents: Vec<LedgerDocument>,
}

/// One node of the coverage tree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CoverageNode {
    #[ts(type = "number")]
    pub id: i64,
    pub level: Level,
    pub name: String,
    pub points: u32,
    pub special: bool,
    pub self_score: Option<f64>,
    /// Evidence (records and documents) in the range: of this 标准, or summed over the 标准 below.
    pub evidence: u32,
    /// 标准 at or below this node without any evidence in the range.
    pub gaps: u32,
    pub children: Vec<CoverageNode>,
}

/// The coverage of the 测评体系 over a year range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Coverage {
    pub from_year: i32,
    pub to_year: i32,
    pub items: Vec<CoverageNode>,
    pub standards: u32,
    pub gaps: u32,
    pub base_points: u32,
    pub special_points: u32,
    /// Sum of the 自评分 given.
    pub self_total: f64,
}

/// A 标准 without evidence in a range (for the home page's pending work).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Gap {
    #[ts(type = "number")]
    pub standard_id: i64,
    pub path: String,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
}

/// One line of the 责任分解表.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Duty {
    #[ts(type = "number")]
    pub standard_id: i64,
    pub item: String,
    pub indicator: String,
    pub standard: String,
    pub points: u32,
    pub methods: Vec<Method>,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    pub department_name: String,
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    pub staff_name: String,
    #[ts(type = "string | null")]
    pub due_on: Option<NaiveDate>,
    /// Evidence filed for the year of the due date (this year without one).
    pub evidence: u32,
    /// Due date passed and nothing filed for its year.
    pub overdue: bool,
}
