//! The counts the ledger is made of, per person, read from each source feature's public functions:
//! attendance (activities), awards of published contests and the 冠军 / 亚军 / 季军 of finished
//! tournaments (contests), confirmed honors (honors), the 评诺 grades of closed rounds (pledges) and
//! manual adjustments. A policy turns counts into points, so a policy change is previewed by
//! applying two policies to one tally.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::model::PointsRules;
use super::{store, PointsError};
use crate::contests::AwardLevel;
use crate::pledges::{Grade, Owner};

/// What one person did in a period, before it is worth anything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub present: u32,
    pub absent: u32,
    pub volunteer_hours: f64,
    /// 一等奖, 二等奖, 三等奖, 优秀奖
    pub prizes: [u32; 4],
    /// 冠军, 亚军, 季军 of finished tournaments
    pub places: [u32; 3],
    pub honors: u32,
    /// 评诺 graded 优秀, 良好
    pub pledge_grades: [u32; 2],
    pub adjusted: f64,
}

pub fn prize_index(level: AwardLevel) -> usize {
    match level {
        AwardLevel::First => 0,
        AwardLevel::Second => 1,
        AwardLevel::Third => 2,
        AwardLevel::Excellent => 3,
    }
}

pub fn prize_points(rules: &PointsRules, level: AwardLevel) -> f64 {
    [
        rules.first_prize,
        rules.second_prize,
        rules.third_prize,
        rules.excellent_prize,
    ][prize_index(level)]
}

/// What a tournament's final place is worth; places after the 3rd have no rule.
pub fn place_points(rules: &PointsRules, place: u32) -> Option<f64> {
    match place {
        1 => Some(rules.place_first),
        2 => Some(rules.place_second),
        3 => Some(rules.place_third),
        _ => None,
    }
}

/// What a 评诺 grade is worth; 一般 and 差 have no rule and count nothing.
pub fn grade_points(rules: &PointsRules, grade: Grade) -> Option<f64> {
    match grade {
        Grade::Excellent => Some(rules.pledge_excellent),
        Grade::Good => Some(rules.pledge_good),
        Grade::Fair | Grade::Poor => None,
    }
}

/// The 评诺 grades of people (not of 科室) in rounds closed on the days `[from, to)`: the closing
/// day is the grade's day. Only the grades that have a rule.
pub fn person_grades(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(i64, crate::pledges::ClosedGrade)>, PointsError> {
    Ok(crate::pledges::closed_grades(conn, from, to)?
        .into_iter()
        .filter(|g| matches!(g.grade, Grade::Excellent | Grade::Good))
        .filter_map(|g| match g.owner {
            Owner::Person { staff_id } => Some((staff_id, g)),
            Owner::Department { .. } => None,
        })
        .collect())
}

impl Counts {
    /// The points these counts are worth under `rules`.
    pub fn points(&self, rules: &PointsRules) -> f64 {
        let prizes = [
            rules.first_prize,
            rules.second_prize,
            rules.third_prize,
            rules.excellent_prize,
        ];
        let prize_points: f64 = self
            .prizes
            .iter()
            .zip(prizes)
            .map(|(&n, p)| f64::from(n) * p)
            .sum();
        let places = [rules.place_first, rules.place_second, rules.place_third];
        let place_points: f64 = self
            .places
            .iter()
            .zip(places)
            .map(|(&n, p)| f64::from(n) * p)
            .sum();
        f64::from(self.present) * rules.attend
            + f64::from(self.absent) * rules.absent
            + self.volunteer_hours * rules.volunteer_per_hour
            + prize_points
            + place_points
            + f64::from(self.honors) * rules.honor
            + f64::from(self.pledge_grades[0]) * rules.pledge_excellent
            + f64::from(self.pledge_grades[1]) * rules.pledge_good
            + self.adjusted
    }
}

/// Honors confirmed on the days `[from, to)`: the confirmation day is the honor's day. An honor of
/// a year is confirmed in that year or the next, so two years of 荣誉榜 cover every one.
pub fn honors_in(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<crate::honors::Award>, PointsError> {
    let mut out = Vec::new();
    for year in (from.year() - 1)..=to.year() {
        if !(super::model::YEAR_MIN..=super::model::YEAR_MAX).contains(&year) {
            continue;
        }
        out.extend(
            crate::honors::awards(conn, year)?
                .into_iter()
                .filter(|a| a.staff_id.is_some())
                .filter(|a| from <= a.confirmed_at.date() && a.confirmed_at.date() < to),
        );
    }
    Ok(out)
}

/// Everyone's counts on the days `[from, to)`.
pub fn tally(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    now: NaiveDateTime,
) -> Result<HashMap<i64, Counts>, PointsError> {
    let mut out: HashMap<i64, Counts> = HashMap::new();
    for t in crate::activities::attendance_tally(conn, from, to)?.iter() {
        let c = out.entry(t.staff_id).or_default();
        c.present = t.present;
        c.absent = t.absent;
        c.volunteer_hours = t.volunteer_hours;
    }
    let judged = crate::contests::published_awards(conn, from, to, now)?;
    let timed = crate::contests::published_timed_awards(conn, from, to, now)?;
    for a in judged.into_iter().chain(timed) {
        out.entry(a.staff_id).or_default().prizes[prize_index(a.award)] += 1;
    }
    for p in crate::contests::finished_places(conn, from, to)? {
        out.entry(p.staff_id).or_default().places[p.place as usize - 1] += 1;
    }
    for a in honors_in(conn, from, to)? {
        if let Some(staff_id) = a.staff_id {
            out.entry(staff_id).or_default().honors += 1;
        }
    }
    for (staff_id, g) in person_grades(conn, from, to)? {
        let i = usize::from(g.grade != Grade::Excellent);
        out.entry(staff_id).or_default().pledge_grades[i] += 1;
    }
    for (staff_id, sum) in store::adjustment_sums(conn, from, to)? {
        out.entry(staff_id).or_default().adjusted = sum;
    }
    Ok(out)
}
