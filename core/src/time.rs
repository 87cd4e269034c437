//! Time, one way for the whole core: the unit's local time, without offset, to the second.
//!
//! The clock is read in one place, [`now`], and only by the shell; every rule takes `now` as an
//! argument (so tests move the clock) and stamps what it writes with that same `now`. Stored as
//! `YYYY-MM-DDTHH:MM:SS` text ([`TIME_FORMAT`]), dates as `YYYY-MM-DD` ([`DATE_FORMAT`]); shown to
//! people as `2026年11月30日 18:00` ([`show_time`]) or `2026年11月30日` ([`show_date`]).

use std::sync::LazyLock;

use chrono::format::{Item, Parsed, StrftimeItems};
use chrono::{Local, NaiveDate, NaiveDateTime, Timelike};
use rusqlite::types::Type;
use rusqlite::Row;

/// How a time is stored.
pub const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";
/// How a date is stored.
pub const DATE_FORMAT: &str = "%Y-%m-%d";

/// The unit's local time now, to the second. Only the shell reads the clock.
pub fn now() -> NaiveDateTime {
    let t = Local::now().naive_local();
    t.with_nanosecond(0).unwrap_or(t)
}

/// The stored text of a time.
pub fn time_text(t: NaiveDateTime) -> String {
    t.format_with_items(TIME_ITEMS.iter()).to_string()
}

/// The stored text of a date.
pub fn date_text(d: NaiveDate) -> String {
    d.format_with_items(DATE_ITEMS.iter()).to_string()
}

/// The stored formats taken apart once: `parse_from_str` and `format` would read the format again
/// for every value, and the lists read thousands (the year's activities for the 首页).
static TIME_ITEMS: LazyLock<Vec<Item<'static>>> = LazyLock::new(|| items(TIME_FORMAT));
static DATE_ITEMS: LazyLock<Vec<Item<'static>>> = LazyLock::new(|| items(DATE_FORMAT));

fn items(format: &'static str) -> Vec<Item<'static>> {
    StrftimeItems::new(format)
        .parse()
        .expect("the stored formats are valid")
}

/// A stored time read back: exactly [`TIME_FORMAT`], as `NaiveDateTime::parse_from_str` reads it.
pub fn parse_time(s: &str) -> Result<NaiveDateTime, chrono::ParseError> {
    let mut parsed = Parsed::new();
    chrono::format::parse(&mut parsed, s, TIME_ITEMS.iter())?;
    parsed.to_naive_datetime_with_offset(0)
}

/// A stored date read back: exactly [`DATE_FORMAT`], as `NaiveDate::parse_from_str` reads it.
pub fn parse_date(s: &str) -> Result<NaiveDate, chrono::ParseError> {
    let mut parsed = Parsed::new();
    chrono::format::parse(&mut parsed, s, DATE_ITEMS.iter())?;
    parsed.to_naive_date()
}

/// Column `i` of a row as a time; text that is not a stored time is an error naming the column.
pub fn time_column(r: &Row, i: usize) -> rusqlite::Result<NaiveDateTime> {
    let s: String = r.get(i)?;
    parse_time(&s)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, Type::Text, Box::new(e)))
}

/// Column `i` of a row as a time, or `None` when it is NULL.
pub fn opt_time_column(r: &Row, i: usize) -> rusqlite::Result<Option<NaiveDateTime>> {
    match r.get::<_, Option<String>>(i)? {
        None => Ok(None),
        Some(_) => time_column(r, i).map(Some),
    }
}

/// Column `i` of a row as a date; text that is not a stored date is an error naming the column.
pub fn date_column(r: &Row, i: usize) -> rusqlite::Result<NaiveDate> {
    let s: String = r.get(i)?;
    parse_date(&s)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, Type::Text, Box::new(e)))
}

/// 2026年11月30日 18:00
pub fn show_time(t: NaiveDateTime) -> String {
    t.format("%Y年%-m月%-d日 %H:%M").to_string()
}

/// 2026年11月30日
pub fn show_date(d: NaiveDate) -> String {
    d.format("%Y年%-m月%-d日").to_string()
}

/// The first moment of `from_year` and the first moment after `to_year`: the span of the calendar
/// years `from_year..=to_year`, for queries over a year range.
pub fn years_span(from_year: i32, to_year: i32) -> (NaiveDateTime, NaiveDateTime) {
    let start = |y: i32| {
        NaiveDate::from_ymd_opt(y.clamp(1, 9998), 1, 1)
            .unwrap_or_default()
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default()
    };
    (start(from_year), start(to_year.saturating_add(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        parse_time(s).unwrap()
    }

    #[test]
    fn a_stored_time_reads_back_to_the_same_second_and_shows_in_chinese() {
        let t = at("2026-11-05T09:07:30");
        assert_eq!(time_text(t), "2026-11-05T09:07:30");
        assert_eq!(show_time(t), "2026年11月5日 09:07");
        assert_eq!(show_date(t.date()), "2026年11月5日");
        assert_eq!(date_text(t.date()), "2026-11-05");
        assert_eq!(parse_date("2026-11-05").unwrap(), t.date());
    }

    #[test]
    fn the_clock_has_no_fraction_of_a_second_so_it_survives_being_stored() {
        let t = now();
        assert_eq!(t.nanosecond(), 0);
        assert_eq!(parse_time(&time_text(t)).unwrap(), t);
    }

    #[test]
    fn stored_text_reads_exactly_as_chrono_reads_it_with_the_stored_format() {
        for s in [
            "2026-11-05T09:07:30",
            "2026-1-5T9:7:3",
            "2026-11-05T09:07:30+08:00",
            "2026-11-05T09:07:30.5",
            "2026-11-05 09:07:30",
            " 2026-11-05T09:07:30",
            "2026-02-30T00:00:00",
            "2026-11-05T24:00:00",
            "2026-11-05T23:59:60",
            "2026-11-05",
            "",
        ] {
            assert_eq!(
                parse_time(s),
                NaiveDateTime::parse_from_str(s, TIME_FORMAT),
                "{s}"
            );
        }
        for s in [
            "2026-11-05",
            "2026-1-5",
            "2026-02-30",
            "2026-11-05T09:07:30",
            "26-11-05",
            "",
        ] {
            assert_eq!(
                parse_date(s),
                NaiveDate::parse_from_str(s, DATE_FORMAT),
                "{s}"
            );
        }
    }

    #[test]
    fn text_with_an_offset_or_a_missing_part_is_not_a_stored_time() {
        for bad in [
            "2026-11-05T09:07:30+08:00",
            "2026-11-05 09:07",
            "2026-11-05",
            "",
        ] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_column_that_is_not_a_stored_time_is_an_error_naming_the_column() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let read = |sql: &str| conn.query_row(sql, [], |r| opt_time_column(r, 1));
        assert_eq!(
            read("SELECT 0, '2026-11-05T09:07:30'").unwrap(),
            Some(at("2026-11-05T09:07:30"))
        );
        assert_eq!(read("SELECT 0, NULL").unwrap(), None);
        match read("SELECT 0, 'yesterday'") {
            Err(rusqlite::Error::FromSqlConversionFailure(1, Type::Text, _)) => {}
            other => panic!("{other:?}"),
        }
        let day = |sql: &str| conn.query_row(sql, [], |r| date_column(r, 1));
        assert_eq!(
            day("SELECT 0, '2026-11-05'").unwrap(),
            at("2026-11-05T00:00:00").date()
        );
        match day("SELECT 0, '2026-11-05T09:07:30'") {
            Err(rusqlite::Error::FromSqlConversionFailure(1, Type::Text, _)) => {}
            other => panic!("{other:?}"),
        }
    }
}
