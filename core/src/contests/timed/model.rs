//! The types of a stored timed contest (爬山、全民健身), as the window sees them, and its error.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ranking::{RunnerStatus, TeamScore};
use crate::activities::{ActivityError, ActivityKind};
use crate::contests::{AwardLevel, AwardPlan, ContestError};
use crate::error::{Coded, StoreError};
use crate::labelled::labelled;
use crate::permit::Permit;
use crate::roster::RosterError;

/// The longest group name, the most groups, the largest N of a team's best N, the longest reason.
pub const GROUP_NAME_MAX: usize = 10;
pub const GROUPS_MAX: usize = 20;
pub const TEAM_BEST_MAX: u32 = 20;
pub const REASON_MAX: usize = 200;
/// The longest 号码布 or 工号 typed at the finish line.
pub const CODE_MAX: usize = 20;

/// 爬山 and 全民健身 may be raced against the clock.
pub fn is_timed_kind(kind: ActivityKind) -> bool {
    matches!(kind, ActivityKind::Hiking | ActivityKind::Fitness)
}

/// How the runners are grouped for the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum GroupRule {
    /// 不分组: one ranking of everyone.
    None,
    /// 按性别: 男子组 and 女子组 from the roster's 性别 (未填 stays 未分组).
    ByGender,
    /// 自定分组 (年龄段 …): the organizer names the groups and puts each runner in one.
    Manual,
}

labelled!(GroupRule {
    None => "不分组";
    ByGender => "按性别分组";
    Manual => "自定分组";
});

/// How the field is sent off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum StartMode {
    /// 集体出发: one start for everyone.
    Mass,
    /// 分组出发: each group has its own start (waves).
    ByGroup,
}

labelled!(StartMode {
    Mass => "集体出发";
    ByGroup => "分组出发";
});

/// What the organizer sets before the start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TimedSettings {
    pub group_rule: GroupRule,
    /// The groups of 自定分组, in order (ignored otherwise).
    pub groups: Vec<String>,
    pub start_mode: StartMode,
    /// 科室团体: the best N finishers of each 科室 count; 0 = no team ranking.
    pub team_best: u32,
    pub team_score: TeamScore,
    /// The awards of each group.
    pub awards: AwardPlan,
}

impl Default for TimedSettings {
    fn default() -> Self {
        TimedSettings {
            group_rule: GroupRule::None,
            groups: Vec::new(),
            start_mode: StartMode::Mass,
            team_best: 3,
            team_score: TeamScore::Sum,
            awards: AwardPlan::Count {
                first: 1,
                second: 2,
                third: 3,
                excellent: Some(0),
            },
        }
    }
}

/// One runner with their bib and where they are in the race.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Runner {
    #[ts(type = "number")]
    pub staff_id: i64,
    pub bib: u32,
    pub name: String,
    pub employee_no: String,
    pub department_name: String,
    /// `null`: 未分组.
    pub group: Option<String>,
    pub status: RunnerStatus,
    #[ts(type = "string | null")]
    pub started_at: Option<NaiveDateTime>,
    #[ts(type = "string | null")]
    pub finished_at: Option<NaiveDateTime>,
    /// `1:02:03`, once finished.
    pub time_text: Option<String>,
    /// What the organizer may do on this runner's line now.
    pub allowed: RunnerPermits,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RunnerPermits {
    /// 改组 (自定分组, before the runner's start).
    pub group: Permit,
    /// 更正到达时间 (with a reason).
    pub correct: Permit,
    /// 标记未完赛 / 弃权 (with a reason).
    pub mark_out: Permit,
    /// 撤销未完赛 / 弃权 (with a reason).
    pub clear_out: Permit,
}

/// A start given: the whole field (`group: null`) or one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TimedStart {
    pub group: Option<String>,
    #[ts(type = "string | null")]
    pub started_at: Option<NaiveDateTime>,
    /// 发令 now.
    pub allowed: Permit,
}

/// A line of a group's ranking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TimedResult {
    #[ts(type = "number")]
    pub staff_id: i64,
    pub bib: u32,
    pub name: String,
    pub department_name: String,
    /// `null` without a time.
    pub place: Option<u32>,
    pub status: RunnerStatus,
    pub time_text: Option<String>,
    pub award: Option<AwardLevel>,
}

/// The ranking of one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GroupResults {
    /// 全体, 男子组, …, or 未分组.
    pub label: String,
    pub results: Vec<TimedResult>,
}

/// A 科室 in the team ranking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TeamResult {
    pub department_name: String,
    /// `null` with fewer finishers than the N counted.
    pub place: Option<u32>,
    /// The names counted with their times: `张三 0:52:07`.
    pub counted: Vec<String>,
    pub finishers: u32,
    /// The total or the mean, `1:02:03`.
    pub score_text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TimedAction {
    /// 更正
    Correct,
    /// 公布成绩
    Publish,
    /// 解锁
    Unlock,
}

labelled!(TimedAction {
    Correct => "correct", "更正";
    Publish => "publish", "公布成绩";
    Unlock => "unlock", "解锁";
});

/// One line of the log of corrections, publishing and unlocking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TimedLogEntry {
    pub action: TimedAction,
    /// What changed: `12号 张三 到达 10:32:15 → 10:31:50`.
    pub detail: String,
    pub reason: String,
    #[ts(type = "string")]
    pub at: NaiveDateTime,
}

/// The organizer's actions on the contest as core would judge them now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TimedPermits {
    /// 保存设置 (groups, start mode, team rule, awards).
    pub settings: Permit,
    /// 发放号码布 (fixes the field and ends the sign-up).
    pub bibs: Permit,
    /// 终点录入 (a start has been given, results not published).
    pub record: Permit,
    pub publish: Permit,
    pub unlock: Permit,
    /// 打印奖状 (published).
    pub certificates: Permit,
}

/// Everything of one timed contest, with the rankings worked out on every read.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TimedContest {
    #[ts(type = "number")]
    pub activity_id: i64,
    pub activity_title: String,
    pub activity_kind: ActivityKind,
    pub settings: TimedSettings,
    /// Confirmed individual sign-ups (before the bibs), the field (after).
    pub signed_up: u32,
    pub bibs_issued: bool,
    /// The groups a runner may be in (男子组 / 女子组, or the organizer's), in order.
    pub group_names: Vec<String>,
    pub runners: Vec<Runner>,
    /// One start (集体出发) or one per group (分组出发), given or not.
    pub starts: Vec<TimedStart>,
    pub groups: Vec<GroupResults>,
    /// Empty when the settings count no team.
    pub teams: Vec<TeamResult>,
    #[ts(type = "string | null")]
    pub published_at: Option<NaiveDateTime>,
    pub log: Vec<TimedLogEntry>,
    pub allowed: TimedPermits,
}

/// A 未完赛 / 弃权 mark, or its removal (`out: null`), with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OutInput {
    #[ts(type = "number")]
    pub staff_id: i64,
    /// `dnf` (未完赛) or `dns` (弃权); `null` lifts the mark.
    pub out: Option<RunnerStatus>,
    pub reason: String,
}

/// A corrected arrival: the time of day read off the finish line's sheet (`10:31:50`, on the day
/// of the runner's start), or `null` to take the arrival back; always with a reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FinishCorrection {
    #[ts(type = "number")]
    pub staff_id: i64,
    pub finish: Option<String>,
    pub reason: String,
}

/// A finish recorded at the finish line: who, and their line as it is now.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Arrival {
    pub runner: Runner,
    pub contest: TimedContest,
}

#[derive(Debug, thiserror::Error)]
pub enum TimedError {
    #[error("“{0}”类活动不计时；计时赛适用于爬山和全民健身")]
    NotTimedKind(String),
    #[error("活动“{0}”已取消，不能计时")]
    ActivityCancelled(String),
    #[error("本活动以科室为单位报名，计时赛只支持个人报名")]
    TeamsNotSupported,
    #[error("本活动还没有确认报名的人员，不能发放号码布")]
    NoEntrants,
    #[error("号码布已经发放，参赛名单已确定")]
    BibsIssued,
    #[error("还没有发放号码布，请先发放")]
    NoBibs,
    #[error("已经发令出发，分组和出发方式不能再改")]
    Started,
    #[error("自定分组须至少设一个组")]
    NoGroups,
    #[error("组名不能为空")]
    EmptyGroupName,
    #[error("组名“{0}”太长，最多 {GROUP_NAME_MAX} 个字")]
    GroupNameTooLong(String),
    #[error("组名“{0}”重复了")]
    DuplicateGroup(String),
    #[error("最多设 {GROUPS_MAX} 个组")]
    TooManyGroups,
    #[error("没有“{0}”这个组")]
    UnknownGroup(String),
    #[error("不分组时不能给人分组；请先在设置中选择按性别分组或自定分组")]
    GroupsAreAutomatic,
    #[error("科室团体计前 N 名的 N 须在 0–{TEAM_BEST_MAX} 之间，现在是 {0}")]
    InvalidTeamBest(u32),
    #[error("{0}已经发令出发（{1}）")]
    AlreadyStarted(String, String),
    #[error("分组出发时请选择发令的组")]
    GroupRequired,
    #[error("集体出发只有一次发令，不分组别")]
    NoGroupStarts,
    #[error("{0}还有人未分组，分组出发前请先给每人分组")]
    UngroupedRunners(String),
    #[error("还没有发令出发，请先发令")]
    NoStartYet,
    #[error("{bib}号 {name} 还没有到达时间，无需删除")]
    NoFinishToRemove { bib: u32, name: String },
    #[error("请输入号码布号或工号")]
    EmptyCode,
    #[error("号码“{0}”不是本次比赛的号码布，也不是参赛人员的工号，请核对")]
    UnknownCode(String),
    #[error("“{code}”既是 {bib_name} 的号码布，又是 {staff_name} 的工号；请改输另一种号码")]
    AmbiguousCode {
        code: String,
        bib_name: String,
        staff_name: String,
    },
    #[error("{0}号 {1} 所在的{2}还没有发令出发，不能记到达")]
    NotStarted(u32, String, String),
    #[error("到达时间 {finish} 早于出发时间 {start}，请核对")]
    BeforeStart { finish: String, start: String },
    #[error("{bib}号 {name} 已于 {at} 到达，不能再记一次；如记错了，请写明原因更正")]
    AlreadyFinished { bib: u32, name: String, at: String },
    #[error("{bib}号 {name} 已标记为{status}，不能记到达时间；如标记错了，请先撤销标记")]
    MarkedOut {
        bib: u32,
        name: String,
        status: &'static str,
    },
    #[error("{bib}号 {name} 已有到达时间 {at}，不能标记为{status}；请先更正删除到达时间")]
    HasFinish {
        bib: u32,
        name: String,
        at: String,
        status: &'static str,
    },
    #[error("只能标记为未完赛或弃权")]
    InvalidMark,
    #[error("{bib}号 {name} 没有未完赛或弃权的标记，无需撤销")]
    NotMarked { bib: u32, name: String },
    #[error("更正须写明原因")]
    ReasonRequired,
    #[error("原因太长，最多 {REASON_MAX} 个字")]
    ReasonTooLong,
    #[error("时间“{0}”看不懂，请按 时:分:秒 填写，如 10:31:50")]
    InvalidTime(String),
    #[error("找不到这名参赛人员，请刷新后再试")]
    RunnerNotFound,
    #[error("成绩已于 {0} 公布并锁定；如需修改，请先解锁并写明原因")]
    Locked(String),
    #[error("成绩尚未公布，{0}")]
    NotPublished(&'static str),
    #[error("还有 {0} 人既没有到达时间也没有标记未完赛或弃权，全部处理后才能公布")]
    StillOnCourse(u32),
    #[error("还没有人到达，不能公布成绩")]
    NoFinishers,
    #[error(transparent)]
    Rule(#[from] ContestError),
    #[error(transparent)]
    Activity(#[from] ActivityError),
    #[error(transparent)]
    Roster(#[from] RosterError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for TimedError {
    fn from(e: rusqlite::Error) -> Self {
        TimedError::Store(e.into())
    }
}

impl Coded for TimedError {
    fn code(&self) -> &'static str {
        use TimedError::*;
        match self {
            NotTimedKind(_) => "timed.not_timed_kind",
            ActivityCancelled(_) => "timed.activity_cancelled",
            TeamsNotSupported => "timed.teams_not_supported",
            NoEntrants => "timed.no_entrants",
            BibsIssued => "timed.bibs_issued",
            NoBibs => "timed.no_bibs",
            Started => "timed.started",
            NoGroups => "timed.no_groups",
            EmptyGroupName => "timed.empty_group_name",
            GroupNameTooLong(_) => "timed.group_name_too_long",
            DuplicateGroup(_) => "timed.duplicate_group",
            TooManyGroups => "timed.too_many_groups",
            UnknownGroup(_) => "timed.unknown_group",
            GroupsAreAutomatic => "timed.groups_are_automatic",
            InvalidTeamBest(_) => "timed.invalid_team_best",
            AlreadyStarted(..) => "timed.already_started",
            GroupRequired => "timed.group_required",
            NoGroupStarts => "timed.no_group_starts",
            UngroupedRunners(_) => "timed.ungrouped_runners",
            NoStartYet => "timed.no_start_yet",
            NoFinishToRemove { .. } => "timed.no_finish_to_remove",
            EmptyCode => "timed.empty_code",
            UnknownCode(_) => "timed.unknown_code",
            AmbiguousCode { .. } => "timed.ambiguous_code",
            NotStarted(..) => "timed.not_started",
            BeforeStart { .. } => "timed.before_start",
            AlreadyFinished { .. } => "timed.already_finished",
            MarkedOut { .. } => "timed.marked_out",
            HasFinish { .. } => "timed.has_finish",
            InvalidMark => "timed.invalid_mark",
            NotMarked { .. } => "timed.not_marked",
            ReasonRequired => "timed.reason_required",
            ReasonTooLong => "timed.reason_too_long",
            InvalidTime(_) => "timed.invalid_time",
            RunnerNotFound => "timed.runner_not_found",
            Locked(_) => "timed.locked",
            NotPublished(_) => "timed.not_published",
            StillOnCourse(_) => "timed.still_on_course",
            NoFinishers => "timed.no_finishers",
            Rule(e) => e.code(),
            Activity(e) => e.code(),
            Roster(e) => e.code(),
            Store(e) => e.code(),
        }
    }
}
