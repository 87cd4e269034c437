//! A tournament's 成绩表 (the standings as they are now), 获奖名单 (冠军 / 亚军 / 季军) and 奖状,
//! in the shared [`ResultSheet`] / [`Certificate`] form of every contest, so that they print and
//! export exactly as a judged contest's do.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::places::{place_title, PLACES_COUNTED};
use super::store;
use super::view::view;
use crate::contests::sheet::{Certificate, ResultCell, ResultSheet, ResultSheetKind};
use crate::contests::{ChessStandingRow, ContestError, TtStandingRow, TtTieBreak};
use crate::time::{parse_time, show_date};

fn cell(text: impl Into<String>) -> ResultCell {
    ResultCell::plain(text)
}

struct Drawn {
    activity_title: String,
    tournament: Tournament,
    finished: Option<NaiveDateTime>,
}

fn drawn(conn: &Connection, activity_id: i64) -> Result<Drawn, TournamentError> {
    let tournament = view(conn, store::drawn(conn, activity_id)?)?;
    let activity_title: String = conn.query_row(
        "SELECT title FROM activity WHERE id = ?1",
        [activity_id],
        |r| r.get(0),
    )?;
    let finished = tournament
        .finished_at
        .as_deref()
        .and_then(|t| parse_time(t).ok());
    Ok(Drawn {
        activity_title,
        tournament,
        finished,
    })
}

/// Every player's final place as the standings give it, best first (a knockout's players still
/// in have none yet).
fn places(t: &Tournament) -> Vec<(u32, i64)> {
    let mut out: Vec<(u32, i64)> = match &t.standings {
        Standings::TableTennis(rows) => rows.iter().map(|r| (r.place, r.player)).collect(),
        Standings::Chess(rows) => rows.iter().map(|r| (r.place, r.player)).collect(),
        Standings::Knockout(places)
        | Standings::Groups {
            knockout: places, ..
        } => places
            .iter()
            .filter_map(|p| p.place.map(|place| (place, p.player)))
            .collect(),
    };
    out.sort_by_key(|&(place, player)| (place, seed_of(t, player)));
    out
}

fn seed_of(t: &Tournament, player: i64) -> u32 {
    t.players
        .iter()
        .find(|p| p.staff_id == player)
        .map_or(u32::MAX, |p| p.seed)
}

fn player(t: &Tournament, id: i64) -> (String, String) {
    t.players
        .iter()
        .find(|p| p.staff_id == id)
        .map(|p| (p.name.clone(), p.department_name.clone()))
        .unwrap_or_default()
}

const TT_COLUMNS: [&str; 7] = ["场次", "胜", "负", "积分", "局数", "分数", "名次依据"];

/// The mark after a 分数 that leaves out matches recorded by games only, and its footnote.
const POINTS_LEFT_OUT: &str = "*";
const POINTS_LEFT_OUT_NOTE: &str =
    "* 有比赛仅记局分，未记每局比分：标 * 的分数不含这些比赛，积分相同的几人之间有这样的比赛时不比较分数比。";

/// Whether some 乒乓球 row's points leave out a match recorded by games only.
fn points_left_out(t: &Tournament) -> bool {
    match &t.standings {
        Standings::TableTennis(rows) => rows.iter().any(|r| !r.points_kept),
        Standings::Groups { groups, .. } => {
            groups.iter().flat_map(|g| &g.rows).any(|r| !r.points_kept)
        }
        Standings::Chess(_) | Standings::Knockout(_) => false,
    }
}

fn tt_cells(r: &TtStandingRow) -> Vec<ResultCell> {
    let decided = match r.decided_by {
        Some(TtTieBreak::MatchPoints) => "积分",
        Some(TtTieBreak::HeadToHeadMatchPoints) => "相互间积分",
        Some(TtTieBreak::GamesRatio) => "相互间局数比",
        Some(TtTieBreak::PointsRatio) => "相互间分数比",
        Some(TtTieBreak::Lots) => "抽签",
        None => "并列",
    };
    vec![
        cell(r.played.to_string()),
        cell(r.won.to_string()),
        cell(r.lost.to_string()),
        cell(r.match_points.to_string()),
        cell(format!("{}:{}", r.games_won, r.games_lost)),
        cell(format!(
            "{}:{}{}",
            r.points_won,
            r.points_lost,
            if r.points_kept { "" } else { POINTS_LEFT_OUT }
        )),
        cell(decided),
    ]
}

fn chess_cells(r: &ChessStandingRow) -> Vec<ResultCell> {
    let mut row = vec![
        cell(r.score.to_string()),
        cell(r.wins.to_string()),
        cell(r.draws.to_string()),
        cell(r.losses.to_string()),
    ];
    row.extend(r.tie_breaks.iter().map(|v| cell(&v.shown)));
    row
}

fn lead(t: &Tournament, place: String, id: i64) -> Vec<ResultCell> {
    let (name, department) = player(t, id);
    vec![cell(place), cell(name), cell(department)]
}

/// 成绩表: the standings with what placed each player.
fn scores(t: &Tournament) -> (Vec<String>, Vec<Vec<ResultCell>>) {
    let mut columns: Vec<String> = ["名次", "选手", "科室"].map(String::from).to_vec();
    let mut rows = Vec::new();
    match &t.standings {
        Standings::TableTennis(list) => {
            columns.extend(TT_COLUMNS.map(String::from));
            for r in list {
                let mut row = lead(t, r.place.to_string(), r.player);
                row.extend(tt_cells(r));
                rows.push(row);
            }
        }
        Standings::Chess(list) => {
            columns.extend(["积分", "胜", "和", "负"].map(String::from));
            if let TournamentRules::Chess(rules) = &t.rules {
                columns.extend(rules.tie_breaks.iter().map(|k| k.label().to_string()));
            }
            for r in list {
                let mut row = lead(t, r.place.to_string(), r.player);
                row.extend(chess_cells(r));
                rows.push(row);
            }
        }
        Standings::Knockout(list) => {
            for p in list {
                let place = p.place.map_or("—".to_string(), |n| n.to_string());
                rows.push(lead(t, place, p.player));
            }
        }
        Standings::Groups { groups, knockout } => {
            columns.insert(0, "阶段".into());
            columns.extend(TT_COLUMNS.map(String::from));
            let blanks = || TT_COLUMNS.map(|_| cell("")).to_vec();
            for p in knockout {
                let place = p.place.map_or("—".to_string(), |n| n.to_string());
                let mut row = vec![cell("淘汰赛")];
                row.extend(lead(t, place, p.player));
                row.extend(blanks());
                rows.push(row);
            }
            for g in groups {
                for r in &g.rows {
                    let mut row = vec![cell(format!("{} 组", g.label))];
                    row.extend(lead(t, r.place.to_string(), r.player));
                    row.extend(tt_cells(r));
                    rows.push(row);
                }
            }
        }
    }
    (columns, rows)
}

/// 获奖名单: 冠军, 亚军 and 季军 (shared places listed for each player).
fn awards(t: &Tournament) -> Vec<Vec<ResultCell>> {
    places(t)
        .into_iter()
        .filter_map(|(place, id)| {
            let title = place_title(place)?;
            let (name, department) = player(t, id);
            Some(vec![
                cell(title),
                cell(place.to_string()),
                cell(name),
                cell(department),
            ])
        })
        .collect()
}

/// The 成绩表 or the 获奖名单 of a drawn tournament. Before 结束比赛 the sheet says its places are
/// not final yet.
pub fn tournament_sheet(
    conn: &Connection,
    activity_id: i64,
    kind: ResultSheetKind,
) -> Result<ResultSheet, TournamentError> {
    let d = drawn(conn, activity_id)?;
    let t = &d.tournament;
    let unit_name = crate::settings::unit_info(conn)?.unit_name;
    let (columns, rows) = match kind {
        ResultSheetKind::Scores => scores(t),
        ResultSheetKind::Awards => (
            ["奖项", "名次", "选手", "科室"].map(String::from).to_vec(),
            awards(t),
        ),
        ResultSheetKind::Teams => return Err(ContestError::NoTeamSheet.into()),
    };
    let mut subtitle = format!(
        "{}{}；{} 名选手，已赛 {} / {} 场",
        t.rules.sport().label(),
        t.format.label(),
        t.players.len(),
        t.recorded,
        t.total
    );
    match d.finished {
        Some(at) => subtitle.push_str(&format!("；{}结束", show_date(at.date()))),
        None => subtitle.push_str("；比赛尚未结束，名次不是最终结果"),
    }
    let mut note = match &t.rules {
        TournamentRules::Chess(r) if kind == ResultSheetKind::Scores => format!(
            "注：积分相同时依次比较{}。",
            r.tie_breaks
                .iter()
                .map(|k| k.label())
                .collect::<Vec<_>>()
                .join("、")
        ),
        TournamentRules::TableTennis(_) if kind == ResultSheetKind::Scores => {
            "注：积分相同时按国际乒联规则，只比较相互间比赛的积分、局数比、分数比。".into()
        }
        _ => String::new(),
    };
    if kind == ResultSheetKind::Scores && points_left_out(t) {
        note.push('\n');
        note.push_str(POINTS_LEFT_OUT_NOTE);
    }
    Ok(ResultSheet {
        kind,
        unit_name,
        title: format!("{}{}", d.activity_title, kind.label()),
        subtitle,
        columns,
        rows,
        note,
    })
}

/// One 奖状 per 冠军, 亚军 and 季军, best first; only once the tournament is finished.
pub fn tournament_certificates(
    conn: &Connection,
    activity_id: i64,
) -> Result<Vec<Certificate>, TournamentError> {
    let d = drawn(conn, activity_id)?;
    let finished = d.finished.ok_or(TournamentError::NotFinished)?;
    let unit_name = crate::settings::unit_info(conn)?.unit_name;
    Ok(places(&d.tournament)
        .into_iter()
        .filter(|&(place, _)| place <= PLACES_COUNTED)
        .filter_map(|(place, id)| {
            let (entrant_name, department_name) = player(&d.tournament, id);
            Some(Certificate {
                unit_name: unit_name.clone(),
                entrant_name,
                work_title: None,
                department_name,
                activity_title: d.activity_title.clone(),
                award: None,
                award_label: place_title(place)?.to_string(),
                date_text: show_date(finished.date()),
            })
        })
        .collect())
}

/// Whether the tournament of the activity is finished (its places are final): what staff may see.
pub(crate) fn tournament_finished(
    conn: &Connection,
    activity_id: i64,
) -> Result<bool, TournamentError> {
    Ok(store::tournament_of_activity(conn, activity_id)?
        .is_some_and(|row| row.finished_at.is_some()))
}
