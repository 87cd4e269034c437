//! Checking a 乒乓球 game and match, and counting its games and points (walkover and retirement
//! credited as described in [`super`]).

use super::{GameScore, TtMatch, TtMatchSummary, TtOutcome, TtRules, GAME_SCORE_MAX};
use crate::contests::ContestError;

fn complete(s: GameScore, p: u32) -> bool {
    let (hi, lo) = (s.a.max(s.b), s.a.min(s.b));
    hi >= p && if hi == p { lo + 2 <= p } else { hi - lo == 2 }
}

/// Checks one finished game (`game` is 1-based, for the message).
pub fn check_game(game: usize, s: GameScore, rules: &TtRules) -> Result<(), ContestError> {
    let p = rules.game_points;
    if complete(s, p) {
        return Ok(());
    }
    let (hi, lo) = (s.a.max(s.b), s.a.min(s.b));
    let deuce = p - 1;
    let reason = if hi < p {
        format!("须有一方先得 {p} 分")
    } else if lo < deuce {
        format!("一方先得 {p} 分即结束，对方不足 {deuce} 分时不会再比下去")
    } else if hi - lo < 2 {
        format!("{deuce} 平后须领先 2 分")
    } else {
        format!("{deuce} 平后领先 2 分即结束，分差不会超过 2 分")
    };
    Err(ContestError::InvalidGameScore {
        game,
        score: format!("{}:{}", s.a, s.b),
        reason,
    })
}

/// A score that can stand in an unfinished game (the game in which a player retired).
fn possible_unfinished(s: GameScore, p: u32) -> bool {
    let (hi, lo) = (s.a.max(s.b), s.a.min(s.b));
    hi < p || (lo + 1 >= p && hi - lo <= 1)
}

/// A match recorded by games only must be over: one side has exactly the games needed, the
/// other fewer.
fn check_games_only(a: u32, b: u32, rules: &TtRules) -> Result<(), ContestError> {
    let need = rules.games_to_win();
    let format = rules.format_name();
    let reason = if a.max(b) > need {
        format!("{format}一方最多胜 {need} 局，不会出现 {a}:{b}")
    } else if a == need && b == need {
        format!("两人不能都胜 {need} 局，{format}先胜 {need} 局的一方即赢下本场")
    } else if a.max(b) < need {
        format!("本场尚未结束，{format}须一方先胜 {need} 局")
    } else {
        return Ok(());
    };
    Err(ContestError::InvalidMatch(format!(
        "局数 {a}:{b} 无效：{reason}"
    )))
}

/// Checks a match and counts its games and points.
pub fn match_summary(m: &TtMatch, rules: &TtRules) -> Result<TtMatchSummary, ContestError> {
    rules.check()?;
    let entered: &[GameScore] = match &m.outcome {
        TtOutcome::Played { games } | TtOutcome::Retired { games, .. } => games,
        TtOutcome::Walkover { .. } | TtOutcome::GamesOnly { .. } => &[],
    };
    if let Some((i, g)) = entered
        .iter()
        .enumerate()
        .find(|(_, g)| g.a.max(g.b) > GAME_SCORE_MAX)
    {
        return Err(ContestError::InvalidGameScore {
            game: i + 1,
            score: format!("{}:{}", g.a, g.b),
            reason: format!("一局的得分不会超过 {GAME_SCORE_MAX} 分"),
        });
    }
    if m.a == m.b {
        return Err(ContestError::SamePlayer(m.a));
    }
    let need = rules.games_to_win();
    let p = rules.game_points;
    let side_of = |player: i64| -> Result<bool, ContestError> {
        match player {
            x if x == m.a => Ok(true),
            x if x == m.b => Ok(false),
            x => Err(ContestError::UnknownPlayer(x)),
        }
    };
    // Counts complete games in order; refuses a game after the match was decided.
    let count = |games: &[GameScore]| -> Result<(u32, u32, u32, u32), ContestError> {
        let (mut ga, mut gb, mut pa, mut pb) = (0, 0, 0, 0);
        for (i, &g) in games.iter().enumerate() {
            if ga == need || gb == need {
                return Err(ContestError::InvalidMatch(format!(
                    "本场在第 {i} 局已决出胜负（{ga}:{gb}），不应再有第 {} 局",
                    i + 1
                )));
            }
            check_game(i + 1, g, rules)?;
            if g.a > g.b {
                ga += 1;
            } else {
                gb += 1;
            }
            pa += g.a;
            pb += g.b;
        }
        Ok((ga, gb, pa, pb))
    };
    let orient = |a_won: bool, (ga, gb, pa, pb): (u32, u32, u32, u32), forfeited| {
        let (winner, loser) = if a_won { (m.a, m.b) } else { (m.b, m.a) };
        let (games, points) = if a_won {
            ((ga, gb), (pa, pb))
        } else {
            ((gb, ga), (pb, pa))
        };
        TtMatchSummary {
            winner,
            loser,
            games,
            points,
            forfeited,
            points_kept: true,
        }
    };
    match &m.outcome {
        TtOutcome::Played { games } => {
            let (ga, gb, pa, pb) = count(games)?;
            if ga < need && gb < need {
                return Err(ContestError::InvalidMatch(format!(
                    "本场尚未结束：{}须一方先胜 {need} 局，现在是 {ga}:{gb}；如有一方退赛，请按“中途退赛”录入",
                    rules.format_name()
                )));
            }
            Ok(orient(ga == need, (ga, gb, pa, pb), false))
        }
        TtOutcome::GamesOnly { a, b } => {
            let (a, b) = (*a, *b);
            check_games_only(a, b, rules)?;
            Ok(TtMatchSummary {
                points_kept: false,
                ..orient(a == need, (a, b, 0, 0), false)
            })
        }
        TtOutcome::Walkover { winner } => {
            let a_won = side_of(*winner)?;
            let credited = if a_won {
                (need, 0, need * p, 0)
            } else {
                (0, need, 0, need * p)
            };
            Ok(orient(a_won, credited, true))
        }
        TtOutcome::Retired { retired, games } => {
            let a_won = !side_of(*retired)?;
            let unfinished = games.last().copied().filter(|&g| !complete(g, p));
            let played = &games[..games.len() - unfinished.is_some() as usize];
            let (mut ga, mut gb, mut pa, mut pb) = count(played)?;
            if ga == need || gb == need {
                return Err(ContestError::InvalidMatch(format!(
                    "本场已经以 {ga}:{gb} 结束，不能再记为中途退赛"
                )));
            }
            if let Some(g) = unfinished {
                if !possible_unfinished(g, p) {
                    check_game(games.len(), g, rules)?;
                }
                // The unfinished game goes to the winner: to 11, or 2 ahead after 10 平.
                let (w, l) = if a_won { (g.a, g.b) } else { (g.b, g.a) };
                let w = w.max(p).max(l + 2);
                let (a, b) = if a_won { (w, l) } else { (l, w) };
                pa += a;
                pb += b;
                if a_won {
                    ga += 1;
                } else {
                    gb += 1;
                }
            }
            // Any further games needed: 11:0 each.
            let (won, other_points) = if a_won {
                (&mut ga, &mut pa)
            } else {
                (&mut gb, &mut pb)
            };
            while *won < need {
                *won += 1;
                *other_points += p;
            }
            Ok(orient(a_won, (ga, gb, pa, pb), true))
        }
    }
}
