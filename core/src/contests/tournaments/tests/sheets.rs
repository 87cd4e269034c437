//! A tournament's 成绩表, 获奖名单 and 奖状 in the shared result-sheet form, their .xlsx, what staff
//! may read of them (finished tournaments only), and the places on a person's record.

use calamine::Reader;

use super::fixture::*;
use super::*;
use crate::activities::ActivityKind;
use crate::auth::Role;

fn texts(row: &[ResultCell]) -> Vec<&str> {
    row.iter().map(|c| c.text.as_str()).collect()
}

/// Five players of 乒乓球, round robin, every match won by the better seed (3:1).
fn played(finished: bool) -> Club {
    let mut c = club(ActivityKind::TableTennis, 5);
    crate::settings::set_unit_name(&mut c.conn, "市科技局").unwrap();
    c.draw(&tt_draw()).unwrap();
    let t = c.tournament();
    for m in t.rounds.iter().flat_map(|r| &r.matches) {
        let seed = |id: i64| t.players.iter().find(|p| p.staff_id == id).unwrap().seed;
        let games = if seed(m.first) < seed(m.second) {
            "11:7 9:11 12:10 11:4"
        } else {
            "7:11 11:9 10:12 4:11"
        };
        c.record(m.id, &tt(games)).unwrap();
    }
    if finished {
        finish_tournament(&mut c.conn, c.activity, at(25, 17)).unwrap();
    }
    c
}

#[test]
fn the_score_sheet_is_the_standings_with_what_placed_each_player() {
    let c = played(true);
    let s = tournament_sheet(&c.conn, c.activity, ResultSheetKind::Scores).unwrap();
    assert_eq!(s.unit_name, "市科技局");
    assert_eq!(s.title, "乒乓球比赛成绩表");
    assert_eq!(
        s.columns,
        [
            "名次",
            "选手",
            "科室",
            "场次",
            "胜",
            "负",
            "积分",
            "局数",
            "分数",
            "名次依据"
        ]
    );
    assert_eq!(
        texts(&s.rows[0]),
        [
            "1",
            "选手1",
            "办公室",
            "4",
            "4",
            "0",
            "8",
            "12:4",
            "172:128",
            "积分"
        ]
    );
    assert_eq!(s.rows.len(), 5);
    assert!(
        s.subtitle.contains("乒乓球循环赛") && s.subtitle.contains("2026年11月25日结束"),
        "{}",
        s.subtitle
    );
    assert!(s.note.contains("国际乒联"), "{}", s.note);
    assert!(
        !s.note.contains('*') && s.rows.iter().flatten().all(|c| !c.text.contains('*')),
        "every match kept its points: nothing is marked"
    );
}

const GAMES_ONLY_NOTE: &str = "* 有比赛仅记局分，未记每局比分：标 * 的分数不含这些比赛，积分相同的几人之间有这样的比赛时不比较分数比。";

#[test]
fn points_that_leave_out_a_match_recorded_by_games_only_are_marked_and_explained_under_the_sheet() {
    let mut c = club(ActivityKind::TableTennis, 3);
    c.draw(&tt_draw()).unwrap();
    let [p1, p2, p3] = [c.people[0], c.people[1], c.people[2]];
    let games_only = c.match_of(p1, p2);
    c.record(
        games_only.id,
        &MatchResult::TableTennis(TtOutcome::GamesOnly { a: 3, b: 1 }),
    )
    .unwrap();
    for m in [c.match_of(p1, p3), c.match_of(p2, p3)] {
        c.record(m.id, &tt("11:7 11:9 11:4")).unwrap();
    }

    let s = tournament_sheet(&c.conn, c.activity, ResultSheetKind::Scores).unwrap();

    let row_of = |name: &str| s.rows.iter().find(|r| r[1].text == name).unwrap();
    let points = s.columns.iter().position(|c| c == "分数").unwrap();
    let games = s.columns.iter().position(|c| c == "局数").unwrap();
    for name in ["选手1", "选手2"] {
        assert!(row_of(name)[points].text.ends_with('*'), "{name}");
    }
    let third = &row_of("选手3")[points].text;
    assert!(
        !third.contains('*'),
        "both of 选手3's matches kept their points: {third}"
    );
    let winner = games_only.first;
    let winner_name = if winner == p1 { "选手1" } else { "选手2" };
    let (g, p) = if c.match_of(winner, p3).first == winner {
        ("6:1", "33:20*")
    } else {
        ("3:4", "20:33*")
    };
    let row = row_of(winner_name);
    assert_eq!(
        (row[games].text.as_str(), row[points].text.as_str()),
        (g, p),
        "the 3:1 counts for games, not for points"
    );
    let lines: Vec<&str> = s.note.lines().collect();
    assert_eq!(lines.len(), 2, "{}", s.note);
    assert!(lines[0].contains("国际乒联"), "{}", lines[0]);
    assert_eq!(lines[1], GAMES_ONLY_NOTE);

    let awards = tournament_sheet(&c.conn, c.activity, ResultSheetKind::Awards).unwrap();
    assert_eq!(awards.note, "", "the award list shows no points");

    let dir = tempfile::tempdir().unwrap();
    let file = export_result_sheet(
        &c.conn,
        c.activity,
        ResultSheetKind::Scores,
        dir.path(),
        at(26, 9),
    )
    .unwrap();
    let mut wb = calamine::open_workbook_auto(&file.path).unwrap();
    let range = wb.worksheet_range("成绩表").unwrap();
    let first_cells: Vec<String> = range.rows().map(|r| r[0].to_string()).collect();
    let rule = first_cells
        .iter()
        .position(|t| t.contains("国际乒联"))
        .unwrap();
    assert_eq!(first_cells[rule + 1], GAMES_ONLY_NOTE, "a line of its own");
    let marked: Vec<String> = range
        .rows()
        .skip(3)
        .take(3)
        .map(|r| r[points].to_string())
        .filter(|t| t.ends_with('*'))
        .collect();
    assert_eq!(marked.len(), 2, "{marked:?}");
}

#[test]
fn the_award_list_names_the_champion_the_runner_up_and_third() {
    let c = played(true);
    let s = tournament_sheet(&c.conn, c.activity, ResultSheetKind::Awards).unwrap();
    assert_eq!(s.title, "乒乓球比赛获奖名单");
    let rows: Vec<Vec<&str>> = s.rows.iter().map(|r| texts(r)).collect();
    assert_eq!(
        rows,
        [
            ["冠军", "1", "选手1", "办公室"],
            ["亚军", "2", "选手2", "办公室"],
            ["季军", "3", "选手3", "办公室"],
        ]
    );
}

#[test]
fn a_chess_score_sheet_has_a_column_for_each_tie_break_in_the_organizers_order() {
    let mut c = club(ActivityKind::Chess, 3);
    let t = c.draw(&chess_draw(false)).unwrap();
    for m in t.rounds.iter().flat_map(|r| &r.matches) {
        c.record(m.id, &MatchResult::Chess(ChessResult::Draw))
            .unwrap();
    }
    let s = tournament_sheet(&c.conn, c.activity, ResultSheetKind::Scores).unwrap();
    let TournamentRules::Chess(rules) = &t.rules else {
        panic!("象棋")
    };
    let mut expected: Vec<String> = ["名次", "选手", "科室", "积分", "胜", "和", "负"]
        .map(String::from)
        .to_vec();
    expected.extend(rules.tie_breaks.iter().map(|k| k.label().to_string()));
    assert_eq!(s.columns, expected);
    assert!(s.rows.iter().all(|r| r.len() == expected.len()));
}

#[test]
fn the_exported_score_sheet_reads_back() {
    let c = played(true);
    let dir = tempfile::tempdir().unwrap();
    let file = export_result_sheet(
        &c.conn,
        c.activity,
        ResultSheetKind::Scores,
        dir.path(),
        at(26, 9),
    )
    .unwrap();
    assert!(
        file.file_name.starts_with("乒乓球比赛成绩表_"),
        "{}",
        file.file_name
    );
    let mut wb = calamine::open_workbook_auto(&file.path).unwrap();
    let range = wb.worksheet_range("成绩表").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[0][0], "市科技局　乒乓球比赛成绩表");
    assert_eq!(rows[2][..3], ["名次", "选手", "科室"]);
    let names: Vec<&str> = rows[3..8].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, ["选手1", "选手2", "选手3", "选手4", "选手5"]);
}

#[test]
fn a_running_tournament_says_its_places_are_not_final_and_has_no_certificates_yet() {
    let c = played(false);
    let s = tournament_sheet(&c.conn, c.activity, ResultSheetKind::Scores).unwrap();
    assert!(s.subtitle.contains("比赛尚未结束"), "{}", s.subtitle);
    let e: crate::AppError = tournament_certificates(&c.conn, c.activity)
        .unwrap_err()
        .into();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "tournament.not_finished",
            "比赛结束后才有最终名次，请先结束比赛再打印奖状"
        )
    );
}

#[test]
fn an_activity_without_a_draw_has_no_sheet() {
    let c = club(ActivityKind::TableTennis, 4);
    let e: crate::AppError = tournament_sheet(&c.conn, c.activity, ResultSheetKind::Awards)
        .unwrap_err()
        .into();
    assert_eq!(e.code, "tournament.not_drawn");
}

#[test]
fn certificates_go_to_the_first_three_with_the_day_the_tournament_finished() {
    let c = played(true);
    let certs = certificates(&c.conn, c.activity, at(26, 9)).unwrap();
    let lines: Vec<(&str, &str, &str)> = certs
        .iter()
        .map(|c| {
            (
                c.entrant_name.as_str(),
                c.award_label.as_str(),
                c.date_text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("选手1", "冠军", "2026年11月25日"),
            ("选手2", "亚军", "2026年11月25日"),
            ("选手3", "季军", "2026年11月25日"),
        ]
    );
    assert!(certs
        .iter()
        .all(|c| c.award.is_none() && c.unit_name == "市科技局"));
}

#[test]
fn staff_read_a_tournaments_sheets_only_once_it_is_finished() {
    let mut c = played(false);
    let staff = |c: &Club, id: i64| {
        result_sheet_for(
            &c.conn,
            id,
            ResultSheetKind::Scores,
            at(25, 12),
            Role::Staff,
        )
        .map_err(|e| (e.code, e.message))
    };
    let missing = staff(&c, 9999).unwrap_err();
    assert_eq!(missing.0, "activities.not_found");
    assert_eq!(staff(&c, c.activity).unwrap_err(), missing, "still running");
    assert!(result_sheet_for(
        &c.conn,
        c.activity,
        ResultSheetKind::Scores,
        at(25, 12),
        Role::Organizer
    )
    .is_ok());
    finish_tournament(&mut c.conn, c.activity, at(25, 17)).unwrap();
    assert_eq!(staff(&c, c.activity).unwrap().rows.len(), 5);
}

#[test]
fn a_persons_record_lists_their_place_once_the_tournament_is_finished() {
    let mut c = played(false);
    let second = c.people[1];
    assert!(staff_places(&c.conn, second, at(25, 12))
        .unwrap()
        .is_empty());
    finish_tournament(&mut c.conn, c.activity, at(25, 17)).unwrap();
    let places = staff_places(&c.conn, second, at(26, 9)).unwrap();
    let lines: Vec<(&str, &str)> = places
        .iter()
        .map(|p| (p.activity_title.as_str(), p.result.as_str()))
        .collect();
    assert_eq!(lines, [("乒乓球比赛", "亚军")]);
    assert!(staff_places(&c.conn, c.people[4], at(26, 9))
        .unwrap()
        .is_empty());
}
