//! What each 大屏 view shows, and the view itself.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contests::Sport;
use crate::honors::RoundState;
use crate::lan::Purpose;
use crate::pledges::WallSection;

/// One view of the 大屏 window: what the organizer put on the projector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum ScreenView {
    /// 投票率 of a 评先选优 round: codes used of codes issued, never a partial tally.
    Turnout {
        #[ts(type = "number")]
        round_id: i64,
    },
    /// Standings and the current round's matches of a 乒乓球 / 象棋 tournament.
    Tournament {
        #[ts(type = "number")]
        activity_id: i64,
    },
    /// 荣誉榜 of a year.
    Honors { year: i32 },
    /// 亮诺墙 of this year, of one 科室 or all.
    PledgeWall {
        #[ts(type = "number | null")]
        department_id: Option<i64>,
    },
    /// The QR code of 手机参与 with its address, while phones may take part; else that it is off.
    PhoneQr,
}

/// Every 大屏 shows the unit's name in its head line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TurnoutScreen {
    pub unit_name: String,
    pub category: String,
    pub title: String,
    pub state: RoundState,
    /// Entitled voters (应到人数).
    pub voters: u32,
    /// 投票码 issued and used: the only figures shown, open or closed.
    pub issued: u32,
    pub used: u32,
    /// used / issued in whole per cent, rounded down (0 before any code is issued).
    pub percent: u32,
}

/// One line of a tournament's standings as the room sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ScreenStanding {
    /// `null` while a knockout player is still in.
    pub place: Option<u32>,
    /// The group ("A", "B", …) of a group stage.
    pub group: Option<String>,
    pub name: String,
    pub department_name: String,
    pub won: u32,
    /// 象棋's draws; `null` for 乒乓球.
    pub drawn: Option<u32>,
    pub lost: u32,
    /// 积分 (乒乓球 match points, 象棋 score); `null` in a knockout.
    pub points: Option<u32>,
}

/// A match of the current round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ScreenMatch {
    pub board: u32,
    pub group: Option<String>,
    pub third_place: bool,
    pub first: String,
    pub second: String,
    /// The result once entered: "3 : 1" in games for 乒乓球, 红胜 / 和棋 / 黑胜 for 象棋.
    pub result: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TournamentScreen {
    pub unit_name: String,
    pub title: String,
    pub sport: Sport,
    /// No draw yet: nothing else is filled.
    pub drawn: bool,
    pub standings: Vec<ScreenStanding>,
    /// The round being played: the first with a match still to record (the last once all are).
    pub round: Option<u32>,
    pub matches: Vec<ScreenMatch>,
    /// Matches recorded / all matches.
    pub recorded: u32,
    pub total: u32,
    pub finished: bool,
}

/// One person or 科室 on the 荣誉榜.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ScreenHonoree {
    pub nominee: String,
    pub department_name: String,
}

/// One 评选项目 with its confirmed honors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ScreenHonorCategory {
    pub category: String,
    pub honorees: Vec<ScreenHonoree>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HonorsScreen {
    pub unit_name: String,
    pub year: i32,
    pub categories: Vec<ScreenHonorCategory>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PledgeWallScreen {
    pub unit_name: String,
    pub year: i32,
    /// The 科室 shown, or `null` for all.
    pub department_name: Option<String>,
    pub sections: Vec<WallSection>,
}

/// 手机参与 on the 大屏: the address to scan and until when, or that it is off. Nothing about the
/// phones (not how many, not from where).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PhoneQrScreen {
    pub unit_name: String,
    pub on: bool,
    /// What phones may do.
    pub purposes: Vec<Purpose>,
    pub until: Option<String>,
    pub url: Option<String>,
    /// The address as a QR code, an SVG document.
    pub qr_svg: Option<String>,
}
