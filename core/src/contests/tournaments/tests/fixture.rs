//! A small unit for the stored tournament tests: `n` people signed up for a 乒乓球 or 象棋
//! activity, the clock fixed in November 2026.

use rusqlite::Connection;

use super::*;
use crate::activities::{ActivityInput, ActivityKind, Actor, Schedule};
use crate::roster::{Gender, StaffInput};
use crate::testkit;

pub(super) use crate::testkit::november as at;

pub(super) struct Club {
    pub conn: Connection,
    pub activity: i64,
    /// Staff ids in order of sign-up; people[i] is named 选手{i+1}.
    pub people: Vec<i64>,
}

/// An activity of `kind` with `n` people signed up, in order.
pub(super) fn club(kind: ActivityKind, n: usize) -> Club {
    let mut conn = testkit::database();
    let department = testkit::departments(&mut conn, &["办公室"]);
    let input = ActivityInput {
        place: "活动室".into(),
        schedule: Schedule {
            ends_at: at(25, 17),
            ..testkit::schedule()
        },
        ..testkit::activity_input(kind, &format!("{}比赛", kind.label()))
    };
    let activity = testkit::publish(&mut conn, &input).id;
    let players = testkit::people(n, "选手", &department)
        .into_iter()
        .map(|s| StaffInput {
            gender: Gender::Male,
            ..s
        });
    let people = testkit::staff(&mut conn, players);
    testkit::sign_up_all(&mut conn, activity, &people, |_| Actor::Organizer);
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
