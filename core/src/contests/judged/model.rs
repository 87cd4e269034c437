//! The types of a stored judged contest, as the window sees them.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activities::ActivityKind;
use crate::contests::{AwardPlan, JudgedResult, JudgingRules, Recusal, ScoreSheet};
use crate::labelled::labelled;
use crate::permit::Permit;

/// A judge of the contest: a 职工 (with the 科室 used for 回避) or a guest from outside.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ContestJudge {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    pub name: String,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    pub department_name: Option<String>,
}

/// Who the organizer adds as a judge: a 职工 by id, or an outside judge by name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JudgeInput {
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    /// Used for an outside judge (`staff_id: null`); ignored for a 职工.
    pub name: String,
}

/// An entrant: a confirmed sign-up of the activity, a person or a 科室 team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Entrant {
    /// The sign-up's id.
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    pub department_name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ResultAction {
    /// 公布成绩
    Publish,
    /// 解锁
    Unlock,
}

labelled!(ResultAction {
    Publish => "publish", "公布成绩";
    Unlock => "unlock", "解锁";
});

/// One line of the log of publishing and unlocking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ResultLogEntry {
    pub action: ResultAction,
    pub reason: String,
    #[ts(type = "string")]
    pub at: NaiveDateTime,
}

/// Everything of one judged contest: its rules, judges, entrants, sheets, and the results worked
/// out from them by [`crate::contests::judge_contest`].
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct JudgedContest {
    #[ts(type = "number")]
    pub activity_id: i64,
    pub activity_title: String,
    pub activity_kind: ActivityKind,
    pub rules: JudgingRules,
    pub awards: Option<AwardPlan>,
    pub judges: Vec<ContestJudge>,
    pub entrants: Vec<Entrant>,
    pub sheets: Vec<ScoreSheet>,
    pub recusals: Vec<Recusal>,
    pub results: Vec<JudgedResult>,
    /// Set while the results are published and locked.
    #[ts(type = "string | null")]
    pub published_at: Option<NaiveDateTime>,
    pub log: Vec<ResultLogEntry>,
    /// For a 书画展览: the works, the popular vote and the blend; `null` for other kinds.
    pub exhibition: Option<Exhibition>,
}

pub use crate::contests::sheet::{Certificate, ResultCell, ResultSheet, ResultSheetKind};

/// A work on show at a 书画展览; for an exhibition, the entries are the entrants of the judging.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExhibitionEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
    #[ts(type = "number")]
    pub staff_id: i64,
    pub author: String,
    pub department_name: String,
    /// 书法, 国画, 油画 …
    pub medium: String,
    /// One of the activity's files (an image), or `null`.
    #[ts(type = "number | null")]
    pub photo_file_id: Option<i64>,
}

/// What the organizer enters for a work.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EntryInput {
    pub title: String,
    #[ts(type = "number")]
    pub staff_id: i64,
    pub medium: String,
    #[ts(type = "number | null")]
    pub photo_file_id: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum VoteState {
    /// 未开始: the weight may be set; no codes yet.
    Ready,
    /// 投票中
    Open,
    /// 已结束: the votes count in the blend.
    Closed,
}

labelled!(VoteState {
    Ready => "ready", "未开始";
    Open => "open", "投票中";
    Closed => "closed", "已结束";
});

/// The popular vote of an exhibition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PopularVote {
    pub state: VoteState,
    /// Share of the popular score in the final score, in percent (default 30, at most 50).
    pub weight: u32,
    pub codes_issued: u32,
    pub votes_cast: u32,
    /// How often the unused codes were reprinted (with a reason) after voting began.
    pub reprints: u32,
    /// What the organizer may do with the vote now.
    pub allowed: VotePermits,
}

/// The organizer's actions on an exhibition's popular vote, as core would judge them now.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VotePermits {
    /// 保存权重 (until the vote is closed or the results are published).
    pub weight: Permit,
    /// 发放投票码, which opens the vote.
    pub issue: Permit,
    /// 查看未用的投票码 (an open vote nobody has voted in yet).
    pub unused: Permit,
    /// 补印投票码 with a reason (an open vote after the first vote).
    pub reprint: Permit,
    /// 进入投票终端 (an open vote).
    pub kiosk: Permit,
    /// 结束投票 (an open vote, results not published).
    pub close: Permit,
}

/// An entrant's blend of the judges' score and the popular vote, once the vote is closed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BlendLine {
    #[ts(type = "number")]
    pub entrant_id: i64,
    /// The judges' final score, as on the 成绩表.
    pub judge_text: Option<String>,
    pub votes: u32,
    /// Votes as a score out of 100: the most voted work has 100.
    pub popular_text: String,
    /// judges × (100 − weight)% + popular × weight%; `null` while no judge has scored.
    pub final_text: Option<String>,
}

/// The exhibition part of a contest: the works, the popular vote and, once closed, the blend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Exhibition {
    pub entries: Vec<ExhibitionEntry>,
    pub vote: PopularVote,
    /// Empty until the vote is closed; then in rank order, as the results.
    pub blend: Vec<BlendLine>,
}

/// What a voter sees at the kiosk: the exhibition, whether voting is open, and the works.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VoteBallot {
    #[ts(type = "number")]
    pub activity_id: i64,
    pub activity_title: String,
    pub state: VoteState,
    pub entries: Vec<ExhibitionEntry>,
}
