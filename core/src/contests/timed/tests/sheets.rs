//! The sheets of a timed contest in the shared form of every contest: the 成绩表 group by group,
//! the 获奖名单, the 科室团体成绩 (only with a 科室 ranking) and the .xlsx; staff read them, the
//! 奖状 and a person's places only once the results are published, and before as a missing id.

use super::race::raced;
use super::*;
use std::path::Path;

use crate::auth::Role;

fn texts(row: &[ResultCell]) -> Vec<String> {
    row.iter().map(|c| c.text.clone()).collect()
}

#[test]
fn the_sheets_list_every_group_the_awarded_and_the_departments() {
    let h = raced();
    let sheet =
        |kind| result_sheet_for(&h.conn, h.activity, kind, at(12, 0, 0), Role::Organizer).unwrap();
    let scores = sheet(ResultSheetKind::Scores);
    assert_eq!(scores.title, "重阳登山赛成绩表");
    assert_eq!(
        scores.columns,
        ["组别", "名次", "号码", "姓名", "科室", "用时", "奖项"]
    );
    assert_eq!(scores.rows.len(), 6);
    assert_eq!(
        texts(&scores.rows[0]),
        ["男子组", "1", "3", "登山者3", "人事科", "0:50:00", "一等奖"]
    );
    assert_eq!(
        texts(&scores.rows[5]),
        ["女子组", "", "6", "登山者6", "人事科", "未完赛", ""]
    );
    let awards = sheet(ResultSheetKind::Awards);
    assert_eq!(awards.kind, ResultSheetKind::Awards);
    assert_eq!(awards.rows.len(), 5);
    assert!(awards.rows.iter().all(|r| !r[1].text.is_empty()));
    let teams = sheet(ResultSheetKind::Teams);
    assert_eq!(teams.title, "重阳登山赛科室团体成绩");
    assert_eq!(texts(&teams.rows[0])[..2], ["1", "财务科"]);
    assert!(teams
        .subtitle
        .starts_with("每个科室取最快的 2 人，按合计用时排名"));

    let dir = tempfile::tempdir().unwrap();
    for kind in [
        ResultSheetKind::Scores,
        ResultSheetKind::Awards,
        ResultSheetKind::Teams,
    ] {
        let file = export_result_sheet(&h.conn, h.activity, kind, dir.path(), at(12, 0, 0))
            .unwrap_or_else(|e| panic!("{kind:?}: {e:?}"));
        assert!(file.path.ends_with(".xlsx"), "{}", file.path);
        assert!(file.file_name.contains(kind.label()), "{}", file.file_name);
    }
}

#[test]
fn without_a_department_ranking_there_is_no_team_sheet_to_print_or_export() {
    let mut h = hike(2);
    h.settings(|s| s.team_best = 0);
    h.bibs();
    let refused = result_sheet_for(
        &h.conn,
        h.activity,
        ResultSheetKind::Teams,
        at(12, 0, 0),
        Role::Organizer,
    )
    .unwrap_err();
    assert_eq!(refused.code, "contests.no_team_sheet");
    assert!(refused.message.contains("科室团体"), "{}", refused.message);
    let dir = tempfile::tempdir().unwrap();
    let refused = export_result_sheet(
        &h.conn,
        h.activity,
        ResultSheetKind::Teams,
        dir.path(),
        at(12, 0, 0),
    )
    .unwrap_err();
    assert_eq!(refused.code, "contests.no_team_sheet");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn staff_read_the_sheets_and_places_only_once_the_results_are_published() {
    let mut h = raced();
    let winner = h.people[2];
    let as_staff =
        |h: &Hike, kind| result_sheet_for(&h.conn, h.activity, kind, at(12, 0, 0), Role::Staff);
    for kind in [
        ResultSheetKind::Scores,
        ResultSheetKind::Awards,
        ResultSheetKind::Teams,
    ] {
        let refused = as_staff(&h, kind).unwrap_err();
        assert_eq!(refused.code, "activities.not_found", "{kind:?}");
        let missing = result_sheet_for(&h.conn, 9999, kind, at(12, 0, 0), Role::Staff).unwrap_err();
        assert_eq!(
            (refused.code, refused.message),
            (missing.code, missing.message),
            "unpublished results look like a missing id"
        );
    }
    let refused = certificates(&h.conn, h.activity, at(12, 0, 0)).unwrap_err();
    assert_eq!(refused.code, "timed.not_published");
    assert!(staff_places(&h.conn, winner, at(12, 0, 0))
        .unwrap()
        .is_empty());

    publish_timed(&mut h.conn, h.activity, at(11, 0, 0)).unwrap();
    let awards = as_staff(&h, ResultSheetKind::Awards).unwrap();
    assert_eq!(awards.rows.len(), 5);
    assert!(
        awards.subtitle.ends_with("2026年11月25日公布"),
        "{}",
        awards.subtitle
    );
    assert_eq!(as_staff(&h, ResultSheetKind::Teams).unwrap().rows.len(), 3);
    let places = staff_places(&h.conn, winner, at(12, 0, 0)).unwrap();
    let places: Vec<(&str, &str)> = places
        .iter()
        .map(|p| (p.activity_title.as_str(), p.result.as_str()))
        .collect();
    assert_eq!(places, [("重阳登山赛", "一等奖")]);
}

#[test]
fn a_published_hike_goes_into_the_ledger_export_with_its_score_sheet_as_xlsx_and_pdf() {
    let mut h = raced();
    publish_timed(&mut h.conn, h.activity, at(11, 0, 0)).unwrap();
    crate::ledger::load_sample_tree(&mut h.conn).unwrap();
    let (files, out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let input = crate::ledger::ExportInput {
        from_year: 2026,
        to_year: 2026,
        report: String::new(),
        zip: false,
    };
    let done = crate::ledger::export_ledger(
        &h.conn,
        files.path(),
        out.path(),
        &input,
        at(12, 0, 0),
        &mut |_| true,
    )
    .unwrap();
    let mut sheets: Vec<std::path::PathBuf> = walkdir(Path::new(&done.path))
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("重阳登山赛成绩表"))
        .collect();
    sheets.sort();
    let ext: Vec<String> = sheets
        .iter()
        .map(|p| p.extension().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(ext, ["pdf", "xlsx"], "{sheets:?}");
    let pages = crate::exports::pdf::read_pages(&std::fs::read(&sheets[0]).unwrap());
    assert!(
        pages[0].contains("重阳登山赛成绩表") && pages[0].contains("登山者3"),
        "{}",
        pages[0]
    );
}

fn walkdir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.file_type().unwrap().is_dir() {
            out.extend(walkdir(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}
