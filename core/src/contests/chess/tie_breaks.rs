//! The 象棋 tie-breaks (破同分), what each one measures, and the orders 中国象棋竞赛规则 (2011) gives
//! (第14条 名次确定), as presets the organizer picks instead of building the list.
//!
//! - 小分: the final scores of the opponents beaten plus half those of the opponents drawn with
//!   (14.1); shown with its half point, compared exactly.
//! - 对手分: the sum of the final scores of everyone the player met; a bye counts as an opponent
//!   with the lowest score among the players who have scored (14.4).
//! - 累进分: the sum of the player's running score after each round (early points weigh more).
//! - 胜局: games won (forfeit wins included, byes not).
//! - 直胜: points scored in the games among the tied players: only when exactly two are tied, or
//!   among any number, as the organizer chooses ([`DirectEncounterScope`]).
//! - 后走局数: games played as 黑方 (后走), forfeits not included (they were not played).
//! - 对局时后走: of two tied players who met, the one who had 黑方 in their game.
//! - 前轮成绩: the score after the round before the last, then the one before that, … (14.3.1's
//!   “比较前一轮成绩，以此类推”).
//! - 去轮累进分: 累进分 without the first round, then without the first two, … (14.3.2's
//!   “去除第一轮得分进行比较……以此类推”).
//! - 索伯分 (Sonneborn-Berger): for each game, the points earned times the opponent's final score;
//!   kept for tournaments drawn with it (with 2 / 1 / 0 it orders as 小分 does).
//!
//! 犯规 (fouls), which the rulebook lists between 胜局 and 后走局数, is not recorded by the app; the
//! presets leave that step out.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ChessPoints;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ChessTieBreak {
    /// 小分
    SmallScore,
    /// 对手分
    OpponentScore,
    /// 累进分
    Progressive,
    /// 胜局
    Wins,
    /// 直胜
    DirectEncounter,
    /// 后走局数
    BlackGames,
    /// 对局时后走
    BlackInDirectGame,
    /// 前轮成绩
    EarlierRounds,
    /// 去轮累进分
    ProgressiveCut,
    /// 索伯分
    SonnebornBerger,
}

impl ChessTieBreak {
    /// Every tie-break, in the order the draw form offers them.
    pub const ALL: [ChessTieBreak; 10] = [
        ChessTieBreak::SmallScore,
        ChessTieBreak::OpponentScore,
        ChessTieBreak::Progressive,
        ChessTieBreak::Wins,
        ChessTieBreak::DirectEncounter,
        ChessTieBreak::BlackGames,
        ChessTieBreak::BlackInDirectGame,
        ChessTieBreak::EarlierRounds,
        ChessTieBreak::ProgressiveCut,
        ChessTieBreak::SonnebornBerger,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ChessTieBreak::SmallScore => "小分",
            ChessTieBreak::OpponentScore => "对手分",
            ChessTieBreak::Progressive => "累进分",
            ChessTieBreak::Wins => "胜局",
            ChessTieBreak::DirectEncounter => "直胜",
            ChessTieBreak::BlackGames => "后走局数",
            ChessTieBreak::BlackInDirectGame => "对局时后走",
            ChessTieBreak::EarlierRounds => "前轮成绩",
            ChessTieBreak::ProgressiveCut => "去轮累进分",
            ChessTieBreak::SonnebornBerger => "索伯分",
        }
    }
}

/// Among whom 直胜 is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DirectEncounterScope {
    /// Only when exactly two players are tied at that step; three or more pass to the next one.
    TwoTied,
    /// Among any number of tied players: the points each scored against the others.
    #[default]
    AnyTied,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChessRules {
    pub points: ChessPoints,
    /// Applied in this order to players with equal scores.
    pub tie_breaks: Vec<ChessTieBreak>,
    /// Among whom 直胜 is compared (tournaments drawn before the choice compare among any number).
    #[serde(default)]
    pub direct_encounter: DirectEncounterScope,
}

impl Default for ChessRules {
    fn default() -> Self {
        ChessRules {
            points: ChessPoints::default(),
            tie_breaks: vec![
                ChessTieBreak::OpponentScore,
                ChessTieBreak::Progressive,
                ChessTieBreak::DirectEncounter,
                ChessTieBreak::SonnebornBerger,
            ],
            direct_encounter: DirectEncounterScope::AnyTied,
        }
    }
}

/// The orders of tie-breaks 中国象棋竞赛规则 (2011) gives, and the organizer's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ChessTieBreakPreset {
    /// 14.1, 一局循环制: 小分, 胜局, 直胜, (犯规), 后走局数, 对局时后走.
    RoundRobin,
    /// 14.3.1, 积分编排制 (瑞士制): 对手分, 胜局, (犯规), 后走局数, then 前轮成绩.
    SwissOpponentScore,
    /// 14.3.2, 积分编排制 (瑞士制): 累进分, 胜局, (犯规), 后走局数, then 去轮累进分.
    SwissProgressive,
    /// The organizer's own order.
    Free,
}

impl ChessTieBreakPreset {
    pub const ALL: [ChessTieBreakPreset; 4] = [
        ChessTieBreakPreset::RoundRobin,
        ChessTieBreakPreset::SwissOpponentScore,
        ChessTieBreakPreset::SwissProgressive,
        ChessTieBreakPreset::Free,
    ];

    /// The clause of 中国象棋竞赛规则 (2011) the preset follows; empty for the free order.
    pub fn clause(self) -> &'static str {
        match self {
            ChessTieBreakPreset::RoundRobin => "14.1",
            ChessTieBreakPreset::SwissOpponentScore => "14.3.1",
            ChessTieBreakPreset::SwissProgressive => "14.3.2",
            ChessTieBreakPreset::Free => "",
        }
    }

    /// The order of tie-breaks; `None` for the free order.
    pub fn tie_breaks(self) -> Option<Vec<ChessTieBreak>> {
        use ChessTieBreak::*;
        match self {
            ChessTieBreakPreset::RoundRobin => Some(vec![
                SmallScore,
                Wins,
                DirectEncounter,
                BlackGames,
                BlackInDirectGame,
            ]),
            ChessTieBreakPreset::SwissOpponentScore => {
                Some(vec![OpponentScore, Wins, BlackGames, EarlierRounds])
            }
            ChessTieBreakPreset::SwissProgressive => {
                Some(vec![Progressive, Wins, BlackGames, ProgressiveCut])
            }
            ChessTieBreakPreset::Free => None,
        }
    }

    /// The preset whose order `tie_breaks` is, or the free order.
    pub fn of(tie_breaks: &[ChessTieBreak]) -> ChessTieBreakPreset {
        ChessTieBreakPreset::ALL
            .into_iter()
            .find(|p| p.tie_breaks().as_deref() == Some(tie_breaks))
            .unwrap_or(ChessTieBreakPreset::Free)
    }
}

/// A preset as the draw form offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TieBreakPresetFacts {
    pub preset: ChessTieBreakPreset,
    /// “14.1”; empty for the free order.
    pub clause: String,
    /// Empty for the free order.
    pub tie_breaks: Vec<ChessTieBreak>,
}

impl TieBreakPresetFacts {
    pub fn all() -> Vec<TieBreakPresetFacts> {
        ChessTieBreakPreset::ALL
            .into_iter()
            .map(|preset| TieBreakPresetFacts {
                preset,
                clause: preset.clause().to_string(),
                tie_breaks: preset.tie_breaks().unwrap_or_default(),
            })
            .collect()
    }
}
