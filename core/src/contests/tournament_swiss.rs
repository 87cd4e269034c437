//! A stored Swiss tournament (象棋): round 1 is paired at the draw, each next round only when the
//! organizer asks and the current round is complete, from the results so far ([`pair_round`]: no
//! rematches, score groups with floats, the bye — scored as a win — to the lowest-ranked player
//! without one). A result corrected in a round already paired changes the standings and the
//! pairing of rounds still to come, never the rounds already paired.

use rusqlite::Connection;

use super::tournament::*;
use super::tournament_ops::{drawn, from_json, view, write, Planned};
use super::tournament_store::{self as store, MatchRow};
use super::{pair_round, swiss_players, ChessBye, ChessGame, ChessRules};

/// The games with a result and the byes, as the pairing and the standings take them.
pub(super) fn swiss_games(
    stored: &[MatchRow],
) -> Result<(Vec<ChessGame>, Vec<ChessBye>), TournamentError> {
    let mut games = Vec::new();
    let mut byes = Vec::new();
    for m in stored {
        match (m.second, &m.result) {
            (None, _) => byes.push(ChessBye {
                round: m.round,
                player: m.first,
            }),
            (Some(black), Some(result)) => {
                if let MatchResult::Chess(result) = from_json(result)? {
                    games.push(ChessGame {
                        round: m.round,
                        red: m.first,
                        black,
                        result,
                    });
                }
            }
            (Some(_), None) => {}
        }
    }
    Ok((games, byes))
}

/// The matches of Swiss round `round` for `ids` (in seed order) after the stored rounds.
pub(super) fn swiss_round(
    ids: &[i64],
    stored: &[MatchRow],
    rules: &ChessRules,
    round: u32,
) -> Result<Vec<Planned>, TournamentError> {
    let (games, byes) = swiss_games(stored)?;
    let paired = pair_round(&swiss_players(ids, &games, &byes, &rules.points)?, round)?;
    let mut out: Vec<Planned> = paired
        .boards
        .iter()
        .map(|b| ((round, 1, b.board, false), b.red, Some(b.black)))
        .collect();
    if let Some(bye) = paired.bye {
        out.push(((round, 1, paired.boards.len() as u32 + 1, false), bye, None));
    }
    Ok(out)
}

/// 编排下一轮 of a Swiss tournament, once every game of the current round has its result.
pub fn pair_next_round(
    conn: &mut Connection,
    activity_id: i64,
) -> Result<Tournament, TournamentError> {
    let tx = write(conn)?;
    let row = drawn(&tx, activity_id)?;
    if row.finished_at.is_some() {
        return Err(TournamentError::Finished);
    }
    let (Some(planned), TournamentFormat::Swiss) = (row.rounds, row.format) else {
        return Err(TournamentError::NotSwiss);
    };
    let TournamentRules::Chess(rules) = from_json(&row.rules)? else {
        return Err(TournamentError::SwissForChessOnly);
    };
    let stored = store::matches(&tx, row.id)?;
    let current = stored.iter().map(|m| m.round).max().unwrap_or(0);
    let open = stored
        .iter()
        .filter(|m| m.round == current && m.second.is_some() && m.result.is_none())
        .count();
    if open > 0 {
        return Err(TournamentError::RoundNotComplete {
            round: current,
            open: open as u32,
        });
    }
    if current >= planned {
        return Err(TournamentError::AllRoundsPaired(planned));
    }
    let ids: Vec<i64> = store::players(&tx, row.id)?
        .iter()
        .map(|p| p.staff_id)
        .collect();
    for (at, first, second) in swiss_round(&ids, &stored, &rules, current + 1)? {
        store::insert_match(&tx, row.id, at, first, second)?;
    }
    let view = view(&tx, row)?;
    tx.commit()?;
    Ok(view)
}
