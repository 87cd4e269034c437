//! The types of 亮诺 · 践诺: owners, pledges and their items, progress entries, the 亮诺墙 and the
//! per-科室 summary.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::labelled::labelled;

/// The years a pledge can belong to.
pub const YEAR_MIN: i32 = 2000;
pub const YEAR_MAX: i32 = 2100;
/// Items of one pledge.
pub const ITEMS_MAX: usize = 12;
/// 承诺内容 at most this many characters.
pub const CONTENT_MAX: usize = 300;
/// A kind's name (岗位承诺 …).
pub const KIND_MAX: usize = 12;
/// The reason of an edit, the text of a progress entry.
pub const REASON_MAX: usize = 200;
pub const PROGRESS_TEXT_MAX: usize = 1000;
/// Progress of an item, in percent.
pub const PROGRESS_MAX: u8 = 100;

/// The kinds every unit has; the organizer adds more ([`crate::pledges::add_kind`]).
pub const BUILT_IN_KINDS: [&str; 3] = ["岗位承诺", "服务承诺", "作风承诺"];

/// Whose pledge: a person or a 科室.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export, rename = "PledgeOwner")]
pub enum Owner {
    Person {
        #[ts(type = "number")]
        staff_id: i64,
    },
    Department {
        #[ts(type = "number")]
        department_id: i64,
    },
}

/// 未开始 / 进行中 / 已兑现 / 未兑现
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "PledgeStatus")]
pub enum Status {
    NotStarted,
    InProgress,
    Fulfilled,
    Unfulfilled,
}

labelled!(Status {
    NotStarted => "not_started", "未开始";
    InProgress => "in_progress", "进行中";
    Fulfilled => "fulfilled", "已兑现";
    Unfulfilled => "unfulfilled", "未兑现";
});

/// One item as typed in the 亮诺 form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "PledgeItemInput")]
pub struct ItemInput {
    /// 岗位承诺, 服务承诺, 作风承诺 or a kind the organizer added.
    pub kind: String,
    pub content: String,
    pub due_on: NaiveDate,
}

/// A pledge as typed: its owner, year and items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PledgeInput {
    pub owner: Owner,
    pub year: i32,
    pub items: Vec<ItemInput>,
}

/// One item of a published pledge, with its state now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PledgeItem {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub pledge_id: i64,
    pub position: u32,
    pub kind: String,
    pub content: String,
    pub due_on: NaiveDate,
    pub status: Status,
    /// 0–100.
    pub progress: u8,
    /// Past its due date and not 已兑现 (by the one clock).
    pub overdue: bool,
    /// Organizer edits kept with their reasons.
    pub edits: u32,
}

/// 亮诺: one owner's pledge of a year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Pledge {
    #[ts(type = "number")]
    pub id: i64,
    pub year: i32,
    pub owner: Owner,
    /// 张三, or the 科室's name.
    pub owner_name: String,
    /// The person's 科室 (or the 科室 itself).
    #[ts(type = "number")]
    pub department_id: i64,
    pub department_name: String,
    /// Published by the person themself in self-service.
    pub by_self: bool,
    pub published_at: NaiveDateTime,
    pub items: Vec<PledgeItem>,
}

/// An organizer's edit of a published item, as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "PledgeItemEditInput")]
pub struct ItemEditInput {
    pub item: ItemInput,
    pub reason: String,
}

/// A kept edit: what the item said before, and why it changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "PledgeItemEdit")]
pub struct ItemEdit {
    #[ts(type = "number")]
    pub item_id: i64,
    pub old_kind: String,
    pub old_content: String,
    pub old_due_on: NaiveDate,
    pub reason: String,
    pub edited_at: NaiveDateTime,
}

/// 践诺: a progress entry as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ProgressInput {
    #[ts(type = "number")]
    pub item_id: i64,
    pub entry_on: NaiveDate,
    pub text: String,
    pub status: Status,
    /// 0–100; 已兑现 always counts as 100.
    pub progress: u8,
}

/// A file attached to a progress entry (a photo, a document).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ProgressFile {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub progress_id: i64,
    pub file_name: String,
    #[ts(type = "number")]
    pub size: i64,
    pub is_image: bool,
}

/// A stored progress entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ProgressEntry {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub item_id: i64,
    pub entry_on: NaiveDate,
    pub text: String,
    pub status: Status,
    pub progress: u8,
    /// Entered by the owner in self-service (else by the organizer).
    pub by_self: bool,
    pub added_at: NaiveDateTime,
    pub files: Vec<ProgressFile>,
}

/// One line of an owner's timeline, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export, rename = "PledgeTimelineEntry")]
pub enum TimelineEntry {
    Published {
        at: NaiveDateTime,
        items: u32,
    },
    Progress {
        item_position: u32,
        entry: ProgressEntry,
    },
    Edited {
        item_position: u32,
        edit: ItemEdit,
    },
}

/// An owner's pledge with everything that happened to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PledgeTimeline {
    pub pledge: Pledge,
    pub entries: Vec<TimelineEntry>,
}

/// 亮诺墙: the published pledges of one 科室 (its own and its people's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WallSection {
    #[ts(type = "number")]
    pub department_id: i64,
    pub department_name: String,
    pub pledges: Vec<Pledge>,
}

/// 践诺 summary of one 科室: items of its pledges and its people's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "PledgeSummaryRow")]
pub struct SummaryRow {
    #[ts(type = "number")]
    pub department_id: i64,
    pub department_name: String,
    pub pledges: u32,
    pub items: u32,
    pub fulfilled: u32,
    /// Share 已兑现, in whole percent (0 when there are no items).
    pub fulfilled_percent: u32,
    pub overdue: u32,
}

/// The 亮诺 form's limits and the kinds to offer, sent to the window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PledgeLimits {
    pub content: u32,
    pub kind: u32,
    pub reason: u32,
    pub progress_text: u32,
    /// The largest progress %.
    pub progress_max: u32,
    pub items: u32,
    pub built_in_kinds: Vec<String>,
}

impl PledgeLimits {
    pub fn get() -> Self {
        PledgeLimits {
            content: CONTENT_MAX as u32,
            kind: KIND_MAX as u32,
            reason: REASON_MAX as u32,
            progress_text: PROGRESS_TEXT_MAX as u32,
            progress_max: u32::from(PROGRESS_MAX),
            items: ITEMS_MAX as u32,
            built_in_kinds: BUILT_IN_KINDS.iter().map(|k| k.to_string()).collect(),
        }
    }
}
