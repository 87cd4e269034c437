//! The reads behind each 大屏 view, through the features' public functions.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDateTime};
use rusqlite::Connection;

use super::model::*;
use super::ScreenError;
use crate::auth::Role;
use crate::contests::{
    ChessResult, MatchResult, Sport, Standings, Tournament, TournamentMatch, TtOutcome,
};
use crate::lan::LanStatus;

fn unit_name(conn: &Connection) -> Result<String, ScreenError> {
    Ok(crate::settings::unit_info(conn)?.unit_name)
}

/// The screen's reads answer only for the view the organizer opened: `open` is the open screen's
/// view (none when no screen is open), `asked` the view a read is for.
pub fn require_open(open: Option<&ScreenView>, asked: &ScreenView) -> Result<(), ScreenError> {
    match open {
        Some(view) if view == asked => Ok(()),
        _ => Err(ScreenError::NotOpen),
    }
}

/// Whether `view` can be shown: its record exists and is not a draft (as staff would see it).
/// Nothing is written.
pub fn check_view(
    conn: &Connection,
    view: &ScreenView,
    now: NaiveDateTime,
) -> Result<(), ScreenError> {
    match view {
        ScreenView::Turnout { round_id } => turnout(conn, *round_id).map(drop),
        ScreenView::Tournament { activity_id } => tournament(conn, *activity_id, now).map(drop),
        ScreenView::Honors { year } => honors(conn, *year).map(drop),
        ScreenView::PledgeWall { department_id } => {
            pledge_wall(conn, *department_id, now).map(drop)
        }
        ScreenView::PhoneQr => Ok(()),
    }
}

/// 投票率 of a round: codes used of codes issued, whatever its state; the tally is never read.
pub fn turnout(conn: &Connection, round_id: i64) -> Result<TurnoutScreen, ScreenError> {
    let round = crate::honors::get_round(conn, round_id)?;
    let category = crate::honors::get_category(conn, round.category_id)?;
    let t = crate::honors::turnout(conn, round_id)?;
    let percent = if t.issued == 0 {
        0
    } else {
        (u64::from(t.used) * 100 / u64::from(t.issued)) as u32
    };
    Ok(TurnoutScreen {
        unit_name: unit_name(conn)?,
        category: category.name,
        title: round.title,
        state: round.state,
        voters: round.voters,
        issued: t.issued,
        used: t.used,
        percent,
    })
}

/// A tournament's standings and its current round, as staff may see it (a draft activity is
/// refused as missing).
pub fn tournament(
    conn: &Connection,
    activity_id: i64,
    now: NaiveDateTime,
) -> Result<TournamentScreen, ScreenError> {
    let activity = crate::activities::activity_for(conn, activity_id, now, Role::Staff)?;
    let sport = Sport::of_kind(activity.kind)
        .ok_or_else(|| ScreenError::NotATournament(activity.title.clone()))?;
    let mut screen = TournamentScreen {
        unit_name: unit_name(conn)?,
        title: activity.title,
        sport,
        drawn: false,
        standings: Vec::new(),
        round: None,
        matches: Vec::new(),
        recorded: 0,
        total: 0,
        finished: false,
    };
    let Some(t) = crate::contests::tournament_for(conn, activity_id, now, Role::Staff)? else {
        return Ok(screen);
    };
    let names: HashMap<i64, (&str, &str)> = t
        .players
        .iter()
        .map(|p| (p.staff_id, (p.name.as_str(), p.department_name.as_str())))
        .collect();
    let current = t
        .rounds
        .iter()
        .find(|r| !r.complete)
        .or_else(|| t.rounds.last());
    screen.drawn = true;
    screen.standings = standings(&t, &names);
    screen.round = current.map(|r| r.round);
    screen.matches = current
        .map(|r| r.matches.iter().map(|m| screen_match(m, &names)).collect())
        .unwrap_or_default();
    screen.recorded = t.recorded;
    screen.total = t.total;
    screen.finished = t.finished_at.is_some();
    Ok(screen)
}

fn name_of(names: &HashMap<i64, (&str, &str)>, id: i64) -> (String, String) {
    let (n, d) = names.get(&id).copied().unwrap_or(("", ""));
    (n.to_string(), d.to_string())
}

fn standings(t: &Tournament, names: &HashMap<i64, (&str, &str)>) -> Vec<ScreenStanding> {
    let tt = |group: Option<&str>, rows: &[crate::contests::TtStandingRow]| {
        rows.iter()
            .map(|r| {
                let (name, department_name) = name_of(names, r.player);
                ScreenStanding {
                    place: Some(r.place),
                    group: group.map(str::to_string),
                    name,
                    department_name,
                    won: r.won,
                    drawn: None,
                    lost: r.lost,
                    points: Some(r.match_points),
                }
            })
            .collect::<Vec<_>>()
    };
    let knockout = |places: &[crate::contests::KnockoutPlace]| {
        places
            .iter()
            .map(|p| {
                let (name, department_name) = name_of(names, p.player);
                let (won, lost) = knockout_record(t, p.player);
                ScreenStanding {
                    place: p.place,
                    group: None,
                    name,
                    department_name,
                    won,
                    drawn: None,
                    lost,
                    points: None,
                }
            })
            .collect::<Vec<_>>()
    };
    match &t.standings {
        Standings::TableTennis(rows) => tt(None, rows),
        Standings::Chess(rows) => rows
            .iter()
            .map(|r| {
                let (name, department_name) = name_of(names, r.player);
                ScreenStanding {
                    place: Some(r.place),
                    group: None,
                    name,
                    department_name,
                    won: r.wins,
                    drawn: Some(r.draws),
                    lost: r.losses,
                    points: Some(r.score),
                }
            })
            .collect(),
        Standings::Knockout(places) => knockout(places),
        Standings::Groups {
            groups,
            knockout: k,
        } if k.is_empty() => groups
            .iter()
            .flat_map(|g| tt(Some(&g.label), &g.rows))
            .collect(),
        Standings::Groups { knockout: k, .. } => knockout(k),
    }
}

/// Matches won and lost by a knockout player (a walkover counts for its winner).
fn knockout_record(t: &Tournament, player: i64) -> (u32, u32) {
    let (mut won, mut lost) = (0, 0);
    for m in t.rounds.iter().flat_map(|r| &r.matches) {
        if m.first != player && m.second != player {
            continue;
        }
        match winner(m) {
            Some(w) if w == player => won += 1,
            Some(_) => lost += 1,
            None => {}
        }
    }
    (won, lost)
}

fn winner(m: &TournamentMatch) -> Option<i64> {
    let first_won = match m.result.as_ref()? {
        MatchResult::Chess(ChessResult::RedWins | ChessResult::RedWinsByForfeit) => true,
        MatchResult::Chess(ChessResult::BlackWins | ChessResult::BlackWinsByForfeit) => false,
        MatchResult::Chess(ChessResult::Draw) => return None,
        MatchResult::TableTennis(TtOutcome::Walkover { winner }) => return Some(*winner),
        MatchResult::TableTennis(TtOutcome::Retired { retired, .. }) => *retired != m.first,
        MatchResult::TableTennis(_) => {
            let (a, b) = m.games?;
            a > b
        }
    };
    Some(if first_won { m.first } else { m.second })
}

fn screen_match(m: &TournamentMatch, names: &HashMap<i64, (&str, &str)>) -> ScreenMatch {
    let result = m.result.as_ref().map(|r| match r {
        MatchResult::Chess(c) => match c {
            ChessResult::RedWins => "红胜".to_string(),
            ChessResult::Draw => "和棋".to_string(),
            ChessResult::BlackWins => "黑胜".to_string(),
            ChessResult::RedWinsByForfeit => "红胜（弃权）".to_string(),
            ChessResult::BlackWinsByForfeit => "黑胜（弃权）".to_string(),
        },
        MatchResult::TableTennis(outcome) => {
            let (a, b) = m.games.unwrap_or((0, 0));
            match outcome {
                TtOutcome::Walkover { .. } => format!("{a} : {b}（弃权）"),
                TtOutcome::Retired { .. } => format!("{a} : {b}（退赛）"),
                _ => format!("{a} : {b}"),
            }
        }
    });
    ScreenMatch {
        board: m.board,
        group: m.group.clone(),
        third_place: m.third_place,
        first: name_of(names, m.first).0,
        second: name_of(names, m.second).0,
        result,
    }
}

/// 荣誉榜 of `year`: the confirmed honors by 评选项目, names and 科室 only.
pub fn honors(conn: &Connection, year: i32) -> Result<HonorsScreen, ScreenError> {
    let mut categories: Vec<ScreenHonorCategory> = Vec::new();
    for a in crate::honors::awards(conn, year)? {
        let honoree = ScreenHonoree {
            nominee: a.nominee,
            department_name: a.department_name,
        };
        match categories.last_mut() {
            Some(c) if c.category == a.category => c.honorees.push(honoree),
            _ => categories.push(ScreenHonorCategory {
                category: a.category,
                honorees: vec![honoree],
            }),
        }
    }
    Ok(HonorsScreen {
        unit_name: unit_name(conn)?,
        year,
        categories,
    })
}

/// 亮诺墙 of this year (by the clock), of one 科室 or all — the wall every member of staff sees.
pub fn pledge_wall(
    conn: &Connection,
    department_id: Option<i64>,
    now: NaiveDateTime,
) -> Result<PledgeWallScreen, ScreenError> {
    let department_name = match department_id {
        None => None,
        Some(id) => Some(
            crate::roster::list_departments(conn)?
                .into_iter()
                .find(|d| d.id == id)
                .map(|d| d.name)
                .ok_or(crate::roster::RosterError::DepartmentNotFound)?,
        ),
    };
    let year = now.year();
    Ok(PledgeWallScreen {
        unit_name: unit_name(conn)?,
        year,
        department_name,
        sections: crate::pledges::wall(conn, year, department_id, now)?,
    })
}

/// 手机参与 as the room sees it, from the window's status: the address and its QR code, the purposes
/// and the end; the count of phones and the machine's other addresses are left out.
pub fn phone_qr(conn: &Connection, status: &LanStatus) -> Result<PhoneQrScreen, ScreenError> {
    Ok(PhoneQrScreen {
        unit_name: unit_name(conn)?,
        on: status.on,
        purposes: status.purposes.clone(),
        until: status.until.clone(),
        url: status.url.clone(),
        qr_svg: status.qr_svg.clone(),
    })
}
