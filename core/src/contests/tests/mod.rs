//! Contest rules, one file per behaviour group. Published tables come from `core/tests/data/`.

mod bounds;
mod chess;
mod chess_rulebook;
mod decimal;
mod errors;
mod groups;
mod judged;
mod knockout;
mod no_panics;
mod ranking;
mod round_robin;
mod swiss;
mod table_tennis;
mod table_tennis_games;

use super::*;
use crate::error::Coded;
use crate::AppError;

pub(super) const BERGER_TABLES: &str = include_str!("../../../tests/data/berger_tables.txt");
pub(super) const SEEDING: &str = include_str!("../../../tests/data/seeding.txt");

/// The lines of a data file without comments and blank lines.
pub(super) fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// What the UI would see.
pub(super) fn shown(e: ContestError) -> AppError {
    assert!(e.code().starts_with("contests."), "{}", e.code());
    e.into()
}

/// Player ids 101, 102, … so that ids never look like seeds or indexes.
pub(super) fn ids(n: usize) -> Vec<i64> {
    (0..n as i64).map(|i| 101 + i).collect()
}
