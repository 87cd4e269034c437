//! A stored knockout: winners advance by themselves. When every match of the latest round has its
//! winner the next round is paired by [`next_round`] (with the 季军赛 after the semi-finals when
//! chosen). A corrected result that changes a winner re-pairs the next round's match if it has not
//! been played yet, and is refused if it has — rounds already played never change.

use std::collections::BTreeMap;

use rusqlite::Connection;

use super::model::*;
use super::store::{self, from_json, MatchRow, TournamentRow};
use crate::contests::{match_summary, next_round, BracketMatch, ChessResult, MatchWinner, TtMatch};

/// The winner of a match with this result; a drawn 象棋 game decides nothing in a knockout.
pub(super) fn winner_of(
    first: i64,
    second: i64,
    result: &MatchResult,
    rules: &TournamentRules,
) -> Result<i64, TournamentError> {
    match (result, rules) {
        (MatchResult::TableTennis(outcome), TournamentRules::TableTennis(r)) => {
            let m = TtMatch {
                a: first,
                b: second,
                outcome: outcome.clone(),
            };
            Ok(match_summary(&m, r)?.winner)
        }
        (MatchResult::Chess(c), _) => match c {
            ChessResult::RedWins | ChessResult::RedWinsByForfeit => Ok(first),
            ChessResult::BlackWins | ChessResult::BlackWinsByForfeit => Ok(second),
            ChessResult::Draw => Err(TournamentError::KnockoutNeedsWinner),
        },
        _ => Err(TournamentError::WrongSport {
            expected: rules.sport().label(),
        }),
    }
}

fn bracket(m: &MatchRow) -> BracketMatch {
    BracketMatch {
        round: m.round,
        number: m.board,
        first: Some(m.first),
        second: m.second,
        third_place: m.third_place,
    }
}

/// The matches by round.
fn by_round(stored: Vec<MatchRow>) -> BTreeMap<u32, Vec<MatchRow>> {
    let mut rounds: BTreeMap<u32, Vec<MatchRow>> = BTreeMap::new();
    for m in stored {
        rounds.entry(m.round).or_default().push(m);
    }
    rounds
}

/// The winners of a round's main matches (byes and unplayed matches left out).
fn winners(
    round: &[MatchRow],
    rules: &TournamentRules,
) -> Result<Vec<MatchWinner>, TournamentError> {
    let mut out = Vec::new();
    for m in round.iter().filter(|m| !m.third_place) {
        if let (Some(second), Some(result)) = (m.second, &m.result) {
            let result: MatchResult = from_json(result)?;
            out.push(MatchWinner {
                number: m.board,
                winner: winner_of(m.first, second, &result, rules)?,
            });
        }
    }
    Ok(out)
}

/// After a result: re-pairs unplayed matches that follow from a changed winner (refusing when a
/// played one would change), then pairs the next round once the latest is complete.
pub(super) fn advance(
    conn: &Connection,
    t: &TournamentRow,
    rules: &TournamentRules,
) -> Result<(), TournamentError> {
    // Only the knockout's own matches (a group stage, if any, is not part of the bracket).
    let knockout = store::matches(conn, t.id)?
        .into_iter()
        .filter(|m| m.group.is_none())
        .collect();
    let rounds = by_round(knockout);
    let numbers: Vec<u32> = rounds.keys().copied().collect();
    for pair in numbers.windows(2) {
        let (prev, this) = (&rounds[&pair[0]], &rounds[&pair[1]]);
        let expected = paired_after(prev, rules, t.third_place)?;
        for e in expected {
            let stored = this
                .iter()
                .find(|m| m.board == e.number && m.third_place == e.third_place);
            let (Some(m), Some(first)) = (stored, e.first) else {
                continue;
            };
            if (m.first, m.second) == (first, e.second) {
                continue;
            }
            if m.result.is_some() {
                return Err(TournamentError::PlayedRoundWouldChange { round: m.round });
            }
            store::set_match_players(conn, m.id, first, e.second)?;
        }
    }
    let Some((&last, matches)) = rounds.last_key_value() else {
        return Ok(());
    };
    let complete = matches
        .iter()
        .all(|m| m.second.is_none() || m.result.is_some());
    let main = matches.iter().filter(|m| !m.third_place).count();
    if complete && main > 1 {
        for m in paired_after(matches, rules, t.third_place)? {
            if let Some(first) = m.first {
                store::insert_match(
                    conn,
                    t.id,
                    (last + 1, 1, m.number, m.third_place),
                    first,
                    m.second,
                )?;
            }
        }
    }
    Ok(())
}

fn paired_after(
    round: &[MatchRow],
    rules: &TournamentRules,
    third_place: bool,
) -> Result<Vec<BracketMatch>, TournamentError> {
    let brackets: Vec<BracketMatch> = round.iter().map(bracket).collect();
    Ok(next_round(&brackets, &winners(round, rules)?, third_place)?)
}

/// Places so far: 1 and 2 from the final, 3 and 4 from the 季军赛 (else 3 shared), then by the
/// round lost in — the losers of a round of m matches share place m + 1. Players still in have
/// no place yet. Players sharing a place are listed by seed.
pub(super) fn knockout_places(
    players: &[i64],
    stored: Vec<MatchRow>,
    rules: &TournamentRules,
) -> Result<Vec<KnockoutPlace>, TournamentError> {
    let rounds = by_round(stored);
    let mut places: Vec<KnockoutPlace> = players
        .iter()
        .map(|&player| KnockoutPlace {
            place: None,
            player,
            lost_in: None,
        })
        .collect();
    let mut set = |player: i64, place: u32, lost_in: Option<u32>| {
        if let Some(p) = places.iter_mut().find(|p| p.player == player) {
            p.place = Some(place);
            p.lost_in = lost_in;
        }
    };
    for (&round, matches) in &rounds {
        let main = matches.iter().filter(|m| !m.third_place).count() as u32;
        for m in matches {
            let (Some(second), Some(result)) = (m.second, &m.result) else {
                continue;
            };
            let result: MatchResult = from_json(result)?;
            let winner = winner_of(m.first, second, &result, rules)?;
            let loser = if winner == m.first { second } else { m.first };
            if m.third_place {
                // Both lost a semi-final; the 季军赛 orders them.
                set(winner, 3, Some(round - 1));
                set(loser, 4, Some(round - 1));
            } else if main == 1 {
                set(winner, 1, None);
                set(loser, 2, Some(round));
            } else {
                set(loser, main + 1, Some(round));
            }
        }
    }
    places.sort_by_key(|p| p.place.unwrap_or(u32::MAX));
    Ok(places)
}
