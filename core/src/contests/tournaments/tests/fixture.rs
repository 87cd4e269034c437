//! A small unit for the stored tournament tests: `n` people signed up for a 乒乓球 or 象棋
//! activity, the clock fixed in November 2026.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::*;
use crate::activities::{create_activity, sign_up, ActivityInput, ActivityKind, Actor, Schedule};
use crate::roster::{self, DepartmentInput, DepartmentKind, Gender, PoliticalStatus, StaffInput};
use crate::store::open_in_memory;

pub(super) fn at(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(hour, 0, 0)
        .unwrap()
}

pub(super) struct Club {
    pub conn: Connection,
    pub activity: i64,
    /// Staff ids in order of sign-up; people[i] is named 选手{i+1}.
    pub people: Vec<i64>,
}

/// An activity of `kind` with `n` people signed up, in order.
pub(super) fn club(kind: ActivityKind, n: usize) -> Club {
    let mut conn = open_in_memory().unwrap();
    let department = roster::create_department(
        &mut conn,
        &DepartmentInput {
            name: "办公室".into(),
            kind: DepartmentKind::Office,
            sort_order: 0,
        },
    )
    .unwrap()
    .id;
    let input = ActivityInput {
        kind,
        title: format!("{}比赛", kind.label()),
        description: String::new(),
        place: "活动室".into(),
        schedule: Schedule {
            starts_at: at(25, 9),
            ends_at: at(25, 17),
            signup_opens_at: at(1, 9),
            signup_deadline: at(20, 18),
            cancel_cutoff: at(18, 18),
        },
        capacity: None,
        department_ids: Vec::new(),
        party_members_only: false,
        team_mode: false,
    };
    let activity = create_activity(&mut conn, &input, true, at(1, 8))
        .unwrap()
        .id;
    let people = (0..n)
        .map(|i| {
            let s = StaffInput {
                employee_no: format!("P{:03}", i + 1),
                name: format!("选手{}", i + 1),
                gender: Gender::Male,
                department_id: department,
                position: String::new(),
                political_status: PoliticalStatus::Masses,
                is_veteran: false,
                phone: String::new(),
            };
            let id = roster::create_staff(&mut conn, &s).unwrap().id;
            sign_up(&mut conn, activity, id, Actor::Organizer, at(10, 9)).unwrap();
            id
        })
        .collect();
    Club {
        conn,
        activity,
        people,
    }
}

pub(super) fn tt_draw() -> DrawInput {
    DrawInput {
        format: TournamentFormat::RoundRobin,
        double: false,
        third_place: false,
        rounds: None,
        groups: None,
        rules: TournamentRules::TableTennis(TtRules::default()),
        seeds: Vec::new(),
    }
}

pub(super) fn chess_draw(double: bool) -> DrawInput {
    DrawInput {
        format: TournamentFormat::RoundRobin,
        double,
        third_place: false,
        rounds: None,
        groups: None,
        rules: TournamentRules::Chess(ChessRules::default()),
        seeds: Vec::new(),
    }
}

/// A 象棋 knockout, with or without a 季军赛.
pub(super) fn knockout_draw(third_place: bool) -> DrawInput {
    DrawInput {
        format: TournamentFormat::Knockout,
        double: false,
        third_place,
        rounds: None,
        groups: None,
        rules: TournamentRules::Chess(ChessRules::default()),
        seeds: Vec::new(),
    }
}

/// A 乒乓球 result from the games as written "11:5 9:11 …", first-named player's points first.
pub(super) fn tt(games: &str) -> MatchResult {
    let games = games
        .split(' ')
        .map(|s| {
            let (a, b) = s.split_once(':').unwrap();
            GameScore {
                a: a.parse().unwrap(),
                b: b.parse().unwrap(),
            }
        })
        .collect();
    MatchResult::TableTennis(TtOutcome::Played { games })
}

impl Club {
    pub fn draw(&mut self, input: &DrawInput) -> Result<Tournament, crate::AppError> {
        make_draw(&mut self.conn, self.activity, input, at(25, 9)).map_err(Into::into)
    }

    pub fn record(
        &mut self,
        match_id: i64,
        r: &MatchResult,
    ) -> Result<Tournament, crate::AppError> {
        record_result(&mut self.conn, match_id, r, at(25, 10)).map_err(Into::into)
    }

    pub fn tournament(&self) -> Tournament {
        get_tournament(&self.conn, self.activity).unwrap().unwrap()
    }

    /// The match between two people (staff ids), in either order.
    pub fn match_of(&self, a: i64, b: i64) -> TournamentMatch {
        self.tournament()
            .rounds
            .into_iter()
            .flat_map(|r| r.matches)
            .find(|m| (m.first, m.second) == (a, b) || (m.first, m.second) == (b, a))
            .unwrap()
    }

    /// Everything stored about the tournament, to compare before and after a refusal.
    pub fn snapshot(&self) -> String {
        self.conn
            .query_row(
                "SELECT coalesce((SELECT group_concat(id || sport || format || rules || lots || coalesce(finished_at, '')) FROM tournament), '')
                     || coalesce((SELECT group_concat(staff_id || ':' || seed) FROM tournament_player), '')
                     || coalesce((SELECT group_concat(id || round || board || first || coalesce(second, '-') || coalesce(result, '-')) FROM tournament_match), '')",
                [],
                |r| r.get(0),
            )
            .unwrap()
    }
}

/// A 象棋 Swiss tournament of `rounds` rounds (`None`: the default).
pub(super) fn swiss_draw(rounds: Option<u32>) -> DrawInput {
    DrawInput {
        format: TournamentFormat::Swiss,
        double: false,
        third_place: false,
        rounds,
        groups: None,
        rules: TournamentRules::Chess(ChessRules::default()),
        seeds: Vec::new(),
    }
}

/// 乒乓球 groups then knockout: `groups` groups, the top `advance` of each going through.
pub(super) fn groups_draw(groups: u32, advance: u32) -> DrawInput {
    DrawInput {
        format: TournamentFormat::GroupsKnockout,
        groups: Some(GroupsPlan { groups, advance }),
        ..tt_draw()
    }
}
