//! The types of a stored tournament (乒乓球 or 象棋 attached to an activity) and its error.
//!
//! A [`Tournament`] is what the window shows: the players with their seeds, the rounds with their
//! matches (a bye is shown in its round), the results as entered and the standings worked out
//! from them on every read — so a corrected result is always reflected at once.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activities::ActivityError;
use crate::contests::{
    ChessResult, ChessRules, ChessStandingRow, ContestError, TtOutcome, TtRules, TtStandingRow,
};
use crate::error::{Coded, StoreError};
use crate::labelled::labelled;

/// The sport, from the activity's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Sport {
    /// 乒乓球
    TableTennis,
    /// 象棋
    Chess,
}

labelled!(Sport {
    TableTennis => "table_tennis", "乒乓球";
    Chess => "chess", "象棋";
});

impl Sport {
    /// 乒乓球 and 象棋 are played as tournaments; other kinds are not.
    pub fn of_kind(kind: crate::activities::ActivityKind) -> Option<Sport> {
        use crate::activities::ActivityKind;
        match kind {
            ActivityKind::TableTennis => Some(Sport::TableTennis),
            ActivityKind::Chess => Some(Sport::Chess),
            _ => None,
        }
    }
}

/// How the players meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TournamentFormat {
    /// 循环赛 (FIDE Berger tables)
    RoundRobin,
    /// 淘汰赛: standard seeding, byes to the top seeds, winners advance automatically.
    Knockout,
    /// 瑞士制 (象棋): paired round by round from the results so far.
    Swiss,
    /// 小组赛 + 淘汰赛 (乒乓球): groups by snake seeding play a round robin, the top of each group
    /// go on to a knockout.
    GroupsKnockout,
}

labelled!(TournamentFormat {
    RoundRobin => "round_robin", "循环赛";
    Knockout => "knockout", "淘汰赛";
    Swiss => "swiss", "瑞士制";
    GroupsKnockout => "groups_knockout", "小组赛 + 淘汰赛";
});

/// The rules of the sport, fixed when the draw is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "sport", rename_all = "snake_case")]
#[ts(export)]
pub enum TournamentRules {
    TableTennis(TtRules),
    Chess(ChessRules),
}

impl TournamentRules {
    pub fn sport(&self) -> Sport {
        match self {
            TournamentRules::TableTennis(_) => Sport::TableTennis,
            TournamentRules::Chess(_) => Sport::Chess,
        }
    }
}

/// What the organizer chooses when making the draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DrawInput {
    pub format: TournamentFormat,
    /// 双循环 (象棋 round robin only): the table twice, colours reversed in the second cycle.
    pub double: bool,
    /// Knockout only: a match for third place (季军赛) between the semi-final losers.
    pub third_place: bool,
    /// Swiss only: the number of rounds; `null` = ⌈log₂ n⌉ + 1.
    pub rounds: Option<u32>,
    /// Groups then knockout: the number of groups and how many of each go through.
    pub groups: Option<GroupsPlan>,
    pub rules: TournamentRules,
    /// Staff ids in seed order (1号 first); empty = the order of sign-up.
    #[ts(type = "number[]")]
    pub seeds: Vec<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GroupsPlan {
    pub groups: u32,
    /// The top `advance` of each group go through to the knockout.
    pub advance: u32,
}

/// A result as entered: games for 乒乓球 (from the first-named player's side), 胜/和/负 from
/// 红方's side for 象棋.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "sport", content = "outcome", rename_all = "snake_case")]
#[ts(export)]
pub enum MatchResult {
    TableTennis(TtOutcome),
    Chess(ChessResult),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TournamentPlayer {
    #[ts(type = "number")]
    pub staff_id: i64,
    pub seed: u32,
    pub name: String,
    pub department_name: String,
    /// Groups then knockout: "A", "B", …
    pub group: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TournamentMatch {
    #[ts(type = "number")]
    pub id: i64,
    pub round: u32,
    /// The board (循环赛) or the match's number in its round (淘汰赛).
    pub board: u32,
    /// The 季军赛 of a knockout.
    pub third_place: bool,
    /// The group of a group-stage match ("A", "B", …).
    pub group: Option<String>,
    /// 红方 in 象棋; the side whose points are written first in 乒乓球.
    #[ts(type = "number")]
    pub first: i64,
    #[ts(type = "number")]
    pub second: i64,
    pub result: Option<MatchResult>,
    /// 乒乓球: games won (first, second), walkover and retirement as credited in the standings.
    pub games: Option<(u32, u32)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TournamentRound {
    pub round: u32,
    /// 1, or 2 in the second cycle of a 双循环.
    pub cycle: u32,
    pub matches: Vec<TournamentMatch>,
    /// Who sits out this round (轮空): one player in a round robin of an odd number, the top
    /// seeds in the first round of a knockout that does not fill its bracket.
    #[ts(type = "number[]")]
    pub byes: Vec<i64>,
    /// Every match of the round has a result.
    pub complete: bool,
}

/// The standings, by how they are worked out: a 乒乓球 or 象棋 round robin, or a knockout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "rows", rename_all = "snake_case")]
#[ts(export)]
pub enum Standings {
    TableTennis(Vec<TtStandingRow>),
    Chess(Vec<ChessStandingRow>),
    Knockout(Vec<KnockoutPlace>),
    /// Groups then knockout: each group's standings, then the knockout's places (empty until the
    /// knockout has begun).
    Groups {
        groups: Vec<GroupStandings>,
        knockout: Vec<KnockoutPlace>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GroupStandings {
    pub label: String,
    pub rows: Vec<TtStandingRow>,
}

/// A player's place in a knockout: 1 and 2 from the final, 3 and 4 from the 季军赛 (or 3 shared by
/// the semi-final losers), then shared by the round lost in (5 for the 1/4 决赛, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KnockoutPlace {
    /// `null` while the player is still in.
    pub place: Option<u32>,
    #[ts(type = "number")]
    pub player: i64,
    /// The round the player lost in, if any (the semi-final for both players of the 季军赛).
    pub lost_in: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Tournament {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub activity_id: i64,
    pub format: TournamentFormat,
    pub double: bool,
    pub third_place: bool,
    /// Swiss: the rounds planned (the others are paired one at a time).
    pub planned_rounds: Option<u32>,
    pub groups: Option<GroupsPlan>,
    /// Groups then knockout: the group stage is over and the knockout has been drawn.
    pub knockout_started: bool,
    pub rules: TournamentRules,
    pub players: Vec<TournamentPlayer>,
    pub rounds: Vec<TournamentRound>,
    pub standings: Standings,
    /// The organizer's drawing of lots for a final tie (staff ids in drawn order).
    #[ts(type = "number[]")]
    pub lots: Vec<i64>,
    /// Matches with a result / all matches (byes not counted).
    pub recorded: u32,
    pub total: u32,
    /// 已结束: results are final and can no longer be changed.
    #[ts(type = "string | null")]
    pub finished_at: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum TournamentError {
    #[error("“{0}”类活动不进行对阵编排，只有乒乓球和象棋可以编排")]
    NotATournamentKind(String),
    #[error("本活动是{0}比赛，请按{0}的规则编排")]
    WrongRules(&'static str),
    #[error("活动“{0}”已取消，不能编排对阵")]
    ActivityCancelled(String),
    #[error("本活动已经编排过对阵，不能再次编排")]
    AlreadyDrawn,
    #[error("本活动还没有编排对阵，请先编排")]
    NotDrawn,
    #[error("本活动以科室为单位报名，对阵编排只支持个人报名")]
    TeamsNotSupported,
    #[error("种子顺序须包含全部 {expected} 名已报名选手，各一次；{reason}")]
    InvalidSeeds { expected: usize, reason: String },
    #[error("双循环只用于象棋循环赛")]
    DoubleNotSupported,
    #[error("小组赛加淘汰赛只用于乒乓球，请设置小组数和每组出线人数")]
    GroupsForTableTennisOnly,
    #[error("小组赛还有 {0} 场没有录入成绩，全部赛完才能进入淘汰赛")]
    GroupsNotComplete(u32),
    #[error("{group} 组第 {place} 名并列，请先录入抽签结果再进入淘汰赛")]
    QualifierTied { group: String, place: u32 },
    #[error("淘汰赛已经开始")]
    KnockoutStarted,
    #[error("小组赛结束后才能结束比赛：请先进入淘汰赛")]
    KnockoutNotStarted,
    #[error("瑞士制只用于象棋")]
    SwissForChessOnly,
    #[error("第 {round} 轮还有 {open} 场没有录入成绩，全部录入后才能编排下一轮")]
    RoundNotComplete { round: u32, open: u32 },
    #[error("预定的 {0} 轮都已编排，没有下一轮了")]
    AllRoundsPaired(u32),
    #[error("下一轮只在瑞士制中逐轮编排；本赛制的对阵已全部排好或自动产生")]
    NotSwiss,
    #[error("瑞士制共 {planned} 轮，还有 {left} 轮没有编排，全部赛完才能结束比赛")]
    RoundsLeft { planned: u32, left: u32 },
    #[error("淘汰赛须分出胜负：和棋后请按加赛的结果录入胜方")]
    KnockoutNeedsWinner,
    #[error("第 {round} 轮的对阵已经赛过，改变这场的胜者会改变已赛的对阵，不能这样更正")]
    PlayedRoundWouldChange { round: u32 },
    #[error("找不到这场比赛，请刷新后再试")]
    MatchNotFound,
    #[error("{0} 本轮轮空，轮空不需要录入成绩")]
    ByeHasNoResult(String),
    #[error("本场是{expected}比赛，成绩的录入方式不对")]
    WrongSport { expected: &'static str },
    #[error("比赛已经结束，成绩不能再修改")]
    Finished,
    #[error("比赛结束后才有最终名次，请先结束比赛再打印奖状")]
    NotFinished,
    #[error("还有 {0} 场比赛没有录入成绩，全部录入后才能结束比赛")]
    NotComplete(u32),
    #[error("已经录入了 {0} 场比赛的成绩，不能再重新编排")]
    HasResults(u32),
    #[error(transparent)]
    Contest(#[from] ContestError),
    #[error(transparent)]
    Activity(#[from] ActivityError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for TournamentError {
    fn from(e: rusqlite::Error) -> Self {
        TournamentError::Store(StoreError::Sql(e))
    }
}

impl Coded for TournamentError {
    fn code(&self) -> &'static str {
        use TournamentError::*;
        match self {
            NotATournamentKind(_) => "tournament.not_a_tournament_kind",
            WrongRules(_) => "tournament.wrong_rules",
            ActivityCancelled(_) => "tournament.activity_cancelled",
            AlreadyDrawn => "tournament.already_drawn",
            NotDrawn => "tournament.not_drawn",
            TeamsNotSupported => "tournament.teams_not_supported",
            InvalidSeeds { .. } => "tournament.invalid_seeds",
            DoubleNotSupported => "tournament.double_not_supported",
            KnockoutNeedsWinner => "tournament.knockout_needs_winner",
            SwissForChessOnly => "tournament.swiss_for_chess_only",
            GroupsForTableTennisOnly => "tournament.groups_for_table_tennis_only",
            GroupsNotComplete(_) => "tournament.groups_not_complete",
            QualifierTied { .. } => "tournament.qualifier_tied",
            KnockoutStarted => "tournament.knockout_started",
            KnockoutNotStarted => "tournament.knockout_not_started",
            RoundNotComplete { .. } => "tournament.round_not_complete",
            AllRoundsPaired(_) => "tournament.all_rounds_paired",
            NotSwiss => "tournament.not_swiss",
            RoundsLeft { .. } => "tournament.rounds_left",
            PlayedRoundWouldChange { .. } => "tournament.played_round_would_change",
            MatchNotFound => "tournament.match_not_found",
            ByeHasNoResult(_) => "tournament.bye_has_no_result",
            WrongSport { .. } => "tournament.wrong_sport",
            Finished => "tournament.finished",
            NotFinished => "tournament.not_finished",
            NotComplete(_) => "tournament.not_complete",
            HasResults(_) => "tournament.has_results",
            Contest(e) => e.code(),
            Activity(e) => e.code(),
            Store(e) => e.code(),
        }
    }
}
