//! A stored Swiss tournament (象棋): round 1 is paired at the draw, each next round only when the
//! organizer asks and the current round is complete, from the results so far ([`pair_round`]: no
//! rematches, score groups with floats, the bye — scored as a win — to the lowest-ranked player
//! without one). A result corrected in a round already paired changes the standings and the
//! pairing of rounds still to come, never the rounds already paired.

use super::model::*;
use super::store::{from_json, MatchRow, Planned};
use crate::contests::{pair_round, swiss_players, ChessBye, ChessGame, ChessRules};

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
