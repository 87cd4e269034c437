//! What the window needs to know of contests before it asks: which kinds of activity are judged
//! and which are played as tournaments, the default rules of a draw, how many Swiss rounds a
//! field allows, and the limits of the judging forms. Read from the same functions and constants
//! the rules use (and sent to the window through `crate::facts`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::groups::MAX_GROUPS;
use super::judged::{
    is_judged_kind, CRITERION_NAME_MAX, DECIMALS_MAX, JUDGES_MAX, JUDGE_NAME_MAX, MAX_CODES,
    MAX_WEIGHT, REASON_MAX, TRIM_FROM_MAX, TRIM_FROM_MIN, WEIGHTS_TOTAL, WORK_MEDIUM_MAX,
    WORK_TITLE_MAX,
};
use super::ranking::{AWARD_PLACES_MAX, AWARD_SHARE_MAX};
use super::swiss::{default_rounds, max_rounds, MAX_PLAYERS};
use super::timed::{
    is_timed_kind, CODE_MAX, GROUPS_MAX, GROUP_NAME_MAX, REASON_MAX as TIMED_REASON_MAX,
    TEAM_BEST_MAX,
};
use super::{
    ChessRules, ChessTieBreak, ChessTieBreakPreset, Sport, TieBreakPresetFacts, TtRules,
    CHESS_POINTS_MAX,
};
use crate::activities::ActivityKind;

/// How an activity's results are kept when it is a contest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ContestForm {
    /// 评委打分 (演讲、公文写作、歌咏、诵读、书画展览)
    Judged,
    /// 对阵 (乒乓球、象棋)
    Tournament,
    /// 计时赛 (爬山、全民健身): 号码布, the finish line, places by time
    Timed,
}

/// The contest an activity of `kind` holds, if any.
pub fn contest_form(kind: ActivityKind) -> Option<ContestForm> {
    if is_judged_kind(kind) {
        Some(ContestForm::Judged)
    } else if Sport::of_kind(kind).is_some() {
        Some(ContestForm::Tournament)
    } else if is_timed_kind(kind) {
        Some(ContestForm::Timed)
    } else {
        None
    }
}

/// The Swiss rounds a field of `players` allows, and the number offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SwissRounds {
    pub players: u32,
    /// Without a rematch.
    pub max: u32,
    pub default: u32,
}

/// What the draw form starts from and may offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TournamentFacts {
    /// 乒乓球 by default: 五局三胜 of 11 points; 2 match points a win, 1 a loss, 0 a walkover.
    pub table_tennis: TtRules,
    /// 象棋 by default: 2 / 1 / 0, then every tie-break.
    pub chess: ChessRules,
    /// The orders of 中国象棋竞赛规则 (2011) the organizer picks from, then the free order.
    pub chess_presets: Vec<TieBreakPresetFacts>,
    /// The preset a new 循环赛 draw starts from (14.1) and a new 瑞士制 one (14.3.1).
    pub chess_preset_round_robin: ChessTieBreakPreset,
    pub chess_preset_swiss: ChessTieBreakPreset,
    /// The 象棋 tie-breaks a free order is built from (索伯分 only stays on tournaments drawn
    /// with it: 小分 is offered under its own name).
    pub chess_tie_breaks: Vec<ChessTieBreak>,
    /// One line per field size up to the most a Swiss draw takes (core refuses fields too small
    /// when drawing).
    pub swiss: Vec<SwissRounds>,
    pub max_groups: u32,
    /// The most points one 象棋 game may give (win, forfeit win or bye).
    pub chess_points_max: u32,
}

pub fn tournament_facts() -> TournamentFacts {
    TournamentFacts {
        table_tennis: TtRules::default(),
        chess: ChessRules::default(),
        chess_presets: TieBreakPresetFacts::all(),
        chess_preset_round_robin: ChessTieBreakPreset::RoundRobin,
        chess_preset_swiss: ChessTieBreakPreset::SwissOpponentScore,
        chess_tie_breaks: ChessTieBreak::ALL
            .into_iter()
            .filter(|t| *t != ChessTieBreak::SonnebornBerger)
            .collect(),
        swiss: (1..=MAX_PLAYERS)
            .map(|n| SwissRounds {
                players: n as u32,
                max: max_rounds(n),
                default: default_rounds(n),
            })
            .collect(),
        max_groups: MAX_GROUPS as u32,
        chess_points_max: CHESS_POINTS_MAX,
    }
}

/// The longest texts and largest numbers the judging forms accept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JudgingLimits {
    pub judge_name: u32,
    /// Judges of one contest.
    pub judges: u32,
    pub criterion_name: u32,
    /// Places of one award level in a count plan.
    pub award_places: u32,
    pub unlock_reason: u32,
    pub work_title: u32,
    pub work_medium: u32,
    pub vote_weight: u32,
    pub vote_codes: u32,
    /// 去掉最高分和最低分 applies from this many judges …
    pub trim_from_min: u32,
    /// … up to this many.
    pub trim_from_max: u32,
    /// The criteria's weights add up to this (so one weight is at most this).
    pub weights_total: u32,
    /// Decimals of a final score.
    pub decimals: u32,
    /// 奖项按比例: the shares add up to at most this many percent.
    pub award_share: u32,
}

impl JudgingLimits {
    pub fn new() -> JudgingLimits {
        JudgingLimits {
            judge_name: JUDGE_NAME_MAX as u32,
            judges: JUDGES_MAX as u32,
            criterion_name: CRITERION_NAME_MAX as u32,
            award_places: AWARD_PLACES_MAX,
            unlock_reason: REASON_MAX as u32,
            work_title: WORK_TITLE_MAX as u32,
            work_medium: WORK_MEDIUM_MAX as u32,
            vote_weight: MAX_WEIGHT,
            vote_codes: MAX_CODES,
            trim_from_min: TRIM_FROM_MIN,
            trim_from_max: TRIM_FROM_MAX,
            weights_total: WEIGHTS_TOTAL,
            decimals: DECIMALS_MAX as u32,
            award_share: AWARD_SHARE_MAX,
        }
    }
}

impl Default for JudgingLimits {
    fn default() -> Self {
        Self::new()
    }
}

/// The longest texts and largest numbers the timed contest's forms accept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TimedLimits {
    pub group_name: u32,
    pub groups: u32,
    /// N of a 科室's best N (0 = no team ranking).
    pub team_best: u32,
    /// 更正 / 未完赛 / 解锁 reasons.
    pub reason: u32,
    /// A 号码布 or 工号 typed at the finish line.
    pub code: u32,
}

impl TimedLimits {
    pub fn get() -> TimedLimits {
        TimedLimits {
            group_name: GROUP_NAME_MAX as u32,
            groups: GROUPS_MAX as u32,
            team_best: TEAM_BEST_MAX,
            reason: TIMED_REASON_MAX as u32,
            code: CODE_MAX as u32,
        }
    }
}
