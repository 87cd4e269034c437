//! The 大屏's reads: counts only while a round is open, following each ballot; a tournament's
//! standings and current round as they change; drafts refused as to staff; reads only for the
//! view the organizer opened.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::activities::{ActivityKind, Actor};
use crate::contests::{DrawInput, MatchResult, TournamentFormat, TournamentRules, TtOutcome};
use crate::error::Coded;
use crate::honors::{
    self, Ballot, BallotForm, MajorityBase, NominationInput, NominationSource, RoundInput,
    RoundState, VoterSelection,
};
use crate::testkit;

fn jan(day: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2030, 1, day)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

/// Five people in one 科室, two of them candidates of 先进个人 2030, and a draft round over all.
fn round() -> (Connection, i64, Vec<i64>) {
    let mut conn = testkit::database();
    let d = testkit::departments(&mut conn, &["办公室"]);
    let people = testkit::staff(&mut conn, testkit::people(5, "职工", &d));
    let categories = honors::seed_default_categories(&mut conn, 2030, jan(7)).unwrap();
    let category = categories.iter().find(|c| c.name == "先进个人").unwrap().id;
    for &staff in &people[..2] {
        let input = NominationInput {
            category_id: category,
            nominee_staff_id: Some(staff),
            nominee_department_id: None,
            source: NominationSource::Leadership,
            source_department_id: None,
            actor_staff_id: None,
            deeds: "热心服务".into(),
        };
        let n = honors::nominate(&mut conn, &input, jan(7)).unwrap();
        honors::review_nomination(&mut conn, n.id, true, "").unwrap();
    }
    let input = RoundInput {
        category_id: category,
        title: "先进个人投票".into(),
        form: BallotForm::Choose,
        majority_base: MajorityBase::Cast,
        voters: VoterSelection {
            whole_roster: true,
            ..Default::default()
        },
    };
    let round = honors::create_round(&mut conn, &input, jan(7)).unwrap().id;
    (conn, round, people)
}

#[test]
fn the_turnout_screen_counts_codes_used_of_codes_issued_and_follows_each_ballot() {
    let (mut conn, round, _) = round();
    let draft = turnout(&conn, round).unwrap();
    assert_eq!(
        (draft.state, draft.issued, draft.used, draft.percent),
        (RoundState::Draft, 0, 0, 0)
    );
    let codes = honors::open_round(&mut conn, round, jan(7)).unwrap();
    let first = honors::get_round(&conn, round).unwrap().candidates[0].nomination_id;
    let ballot = Ballot::Choose {
        chosen: vec![first],
    };
    honors::cast_ballot(&mut conn, round, &codes[0], &ballot).unwrap();
    honors::cast_ballot(&mut conn, round, &codes[1], &ballot).unwrap();
    let two = turnout(&conn, round).unwrap();
    assert_eq!(
        (two.category.as_str(), two.title.as_str()),
        ("先进个人", "先进个人投票")
    );
    assert_eq!(
        (two.state, two.voters, two.issued, two.used, two.percent),
        (RoundState::Open, 5, 5, 2, 40)
    );
    honors::cast_ballot(&mut conn, round, &codes[2], &ballot).unwrap();
    assert_eq!(
        turnout(&conn, round).unwrap().used,
        3,
        "the next ballot shows"
    );
}

#[test]
fn the_turnout_screen_carries_no_figure_of_any_candidate() {
    let (mut conn, round, _) = round();
    let codes = honors::open_round(&mut conn, round, jan(7)).unwrap();
    let first = honors::get_round(&conn, round).unwrap().candidates[0].nomination_id;
    let ballot = Ballot::Choose {
        chosen: vec![first],
    };
    honors::cast_ballot(&mut conn, round, &codes[0], &ballot).unwrap();
    let json = serde_json::to_value(turnout(&conn, round).unwrap()).unwrap();
    let mut keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "category",
            "issued",
            "percent",
            "state",
            "title",
            "unit_name",
            "used",
            "voters"
        ],
        "counts only: no candidate, no tally"
    );
    assert!(
        !json.to_string().contains("职工1"),
        "no candidate named: {json}"
    );
}

#[test]
fn a_missing_round_is_refused_by_name() {
    let (conn, _, _) = round();
    let e = turnout(&conn, 999).unwrap_err();
    assert_eq!(e.code(), "round.not_found");
}

fn table_tennis(n: usize, published: bool) -> (Connection, i64) {
    let mut conn = testkit::database();
    let d = testkit::departments(&mut conn, &["办公室"]);
    let people = testkit::staff(&mut conn, testkit::people(n, "选手", &d));
    let input = testkit::activity_input(ActivityKind::TableTennis, "乒乓球比赛");
    let activity =
        crate::activities::create_activity(&mut conn, &input, published, testkit::november(1, 8))
            .unwrap()
            .id;
    if published {
        testkit::sign_up_all(&mut conn, activity, &people, |_| Actor::Organizer);
    }
    (conn, activity)
}

fn round_robin() -> DrawInput {
    DrawInput {
        format: TournamentFormat::RoundRobin,
        double: false,
        third_place: false,
        rounds: None,
        groups: None,
        rules: TournamentRules::TableTennis(Default::default()),
        seeds: Vec::new(),
    }
}

#[test]
fn the_tournament_screen_shows_the_standings_and_the_round_being_played() {
    let (mut conn, activity) = table_tennis(4, true);
    let now = testkit::november(25, 10);
    let before = tournament(&conn, activity, now).unwrap();
    assert!(!before.drawn && before.standings.is_empty() && before.matches.is_empty());

    let t = crate::contests::make_draw(&mut conn, activity, &round_robin(), now).unwrap();
    let screen = tournament(&conn, activity, now).unwrap();
    assert_eq!(
        (
            screen.round,
            screen.matches.len(),
            screen.recorded,
            screen.total
        ),
        (Some(1), 2, 0, 6)
    );
    assert!(screen.matches.iter().all(|m| m.result.is_none()));

    let m = &t.rounds[0].matches[0];
    let walkover = MatchResult::TableTennis(TtOutcome::Walkover { winner: m.first });
    crate::contests::record_result(&mut conn, m.id, &walkover, now).unwrap();
    let screen = tournament(&conn, activity, now).unwrap();
    assert_eq!(screen.recorded, 1);
    let shown = screen.matches.iter().find(|s| s.board == m.board).unwrap();
    assert!(
        shown.result.as_deref().unwrap().ends_with("（弃权）"),
        "{shown:?}"
    );
    let leader = &screen.standings[0];
    assert_eq!((leader.place, leader.won, leader.lost), (Some(1), 1, 0));
    assert!(leader.name.starts_with("选手") && leader.department_name == "办公室");
}

#[test]
fn a_draft_tournament_is_not_shown_on_the_screen() {
    let (conn, activity) = table_tennis(2, false);
    let e = tournament(&conn, activity, testkit::november(25, 10)).unwrap_err();
    assert_eq!(e.code(), "activities.not_found");
}

#[test]
fn an_activity_that_is_not_a_tournament_is_refused_by_name() {
    let mut conn = testkit::database();
    let a = testkit::publish(
        &mut conn,
        &testkit::activity_input(ActivityKind::Reading, "诵读会"),
    );
    let e = tournament(&conn, a.id, testkit::november(25, 10)).unwrap_err();
    assert_eq!(e.code(), "screens.not_a_tournament");
    assert!(e.to_string().contains("诵读会"));
}

#[test]
fn a_read_answers_only_for_the_view_the_organizer_opened() {
    let opened = ScreenView::Turnout { round_id: 3 };
    assert!(require_open(Some(&opened), &opened).is_ok());
    for asked in [
        ScreenView::Turnout { round_id: 4 },
        ScreenView::Honors { year: 2030 },
    ] {
        let e = require_open(Some(&opened), &asked).unwrap_err();
        assert_eq!(e.code(), "screens.not_open");
    }
    assert_eq!(
        require_open(None, &opened).unwrap_err().code(),
        "screens.not_open"
    );
}

#[test]
fn checking_a_view_refuses_a_missing_record_and_accepts_the_placeholder() {
    let (conn, round, _) = round();
    let now = jan(8);
    assert!(check_view(&conn, &ScreenView::Turnout { round_id: round }, now).is_ok());
    assert!(check_view(&conn, &ScreenView::PhoneQr, now).is_ok());
    assert!(check_view(&conn, &ScreenView::Honors { year: 2030 }, now).is_ok());
    let missing = ScreenView::PledgeWall {
        department_id: Some(999),
    };
    assert_eq!(
        check_view(&conn, &missing, now).unwrap_err().code(),
        "roster.department_not_found"
    );
    let all = pledge_wall(&conn, None, now).unwrap();
    assert_eq!((all.year, all.department_name), (2030, None));
}

#[test]
fn the_honors_screen_of_a_year_without_honors_is_empty() {
    let (conn, _, _) = round();
    let h = honors(&conn, 2030).unwrap();
    assert_eq!((h.year, h.categories.len()), (2030, 0));
}

#[test]
fn the_phone_qr_screen_shows_the_address_and_nothing_about_the_phones() {
    use crate::lan::{LanStatus, Purpose};
    let (conn, _, _) = round();
    let off = phone_qr(&conn, &LanStatus::default()).unwrap();
    assert!(!off.on && off.url.is_none() && off.qr_svg.is_none());
    assert_eq!(
        off.unit_name,
        crate::settings::unit_info(&conn).unwrap().unit_name
    );
    let status = LanStatus {
        on: true,
        purposes: vec![Purpose::Signup, Purpose::Vote],
        until: Some("2026-12-03 17:30".into()),
        url: Some("http://192.168.1.20:8686/m/abc/".into()),
        qr_svg: Some("<svg/>".into()),
        phones: 27,
        addresses: vec!["192.168.1.20".into(), "10.0.0.5".into()],
    };
    let on = phone_qr(&conn, &status).unwrap();
    assert_eq!(on.url, status.url);
    assert_eq!(on.purposes, status.purposes);
    let shown = serde_json::to_string(&on).unwrap();
    assert!(
        !shown.contains("27") && !shown.contains("10.0.0.5"),
        "{shown}"
    );
}
