//! The final places of finished tournaments, person by person: what the points ledger counts as
//! 冠军 / 亚军 / 季军. A tournament that is not finished gives nobody a place; the places are those
//! of its standings (a knockout's final and 季军赛, or both semi-final losers sharing 3rd without
//! one; a round robin's or Swiss table's places, shared places counting for each player).

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::model::{KnockoutPlace, Standings, TournamentError};
use super::store;
use super::view::view;

/// The lowest place that counts: 季军.
pub const PLACES_COUNTED: u32 = 3;

/// What a counted place is called: 1 冠军, 2 亚军, 3 季军; `None` below.
pub fn place_title(place: u32) -> Option<&'static str> {
    match place {
        1 => Some("冠军"),
        2 => Some("亚军"),
        3 => Some("季军"),
        _ => None,
    }
}

/// One person's final place (1 冠军, 2 亚军, 3 季军) in one finished tournament.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonPlace {
    pub activity_id: i64,
    pub activity_title: String,
    pub starts_at: NaiveDateTime,
    pub staff_id: i64,
    pub place: u32,
}

/// Every place 1 to 3 of the tournaments finished whose activity starts in `[from, to)`.
pub fn finished_places(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<PersonPlace>, TournamentError> {
    let mut out = Vec::new();
    for (activity_id, activity_title, starts_at) in store::finished_in(conn, from, to)? {
        let row = store::drawn(conn, activity_id)?;
        let places: Vec<(i64, u32)> = match view(conn, row)?.standings {
            Standings::TableTennis(rows) => rows.iter().map(|r| (r.player, r.place)).collect(),
            Standings::Chess(rows) => rows.iter().map(|r| (r.player, r.place)).collect(),
            Standings::Knockout(places)
            | Standings::Groups {
                knockout: places, ..
            } => knockout(&places),
        };
        let mut places: Vec<_> = places
            .into_iter()
            .filter(|&(_, place)| (1..=PLACES_COUNTED).contains(&place))
            .collect();
        places.sort_by_key(|&(player, place)| (place, player));
        out.extend(places.into_iter().map(|(staff_id, place)| PersonPlace {
            activity_id,
            activity_title: activity_title.clone(),
            starts_at,
            staff_id,
            place,
        }));
    }
    Ok(out)
}

fn knockout(places: &[KnockoutPlace]) -> Vec<(i64, u32)> {
    places
        .iter()
        .filter_map(|p| p.place.map(|place| (p.player, place)))
        .collect()
}
