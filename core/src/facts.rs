//! Facts the window needs to offer only what core accepts: the field limits of every form, what
//! each kind of activity records, and the starting point of a tournament draw.
//!
//! They are read from the very constants and functions the rules check with, and written into the
//! typed bindings as `facts.ts` (an [`AppFacts`] value) when `cargo test -p wenming-core`
//! regenerates them; `scripts/test.sh` fails when that file is stale. The window imports it and
//! keeps no copy of its own.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activities::{self, ActivityKind};
use crate::contests::{self, ContestForm, JudgingLimits, TimedLimits, TournamentFacts};
use crate::pledges::{PledgeLimits, PledgeRoundLimits};
use crate::{auth, challenges, exemplars, honors, lan, ledger, points, roster, settings};

/// Everything the window is told once, at build time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AppFacts {
    pub limits: Limits,
    /// One line per kind of activity, in the order the kinds are offered.
    pub kinds: Vec<KindFacts>,
    pub tournaments: TournamentFacts,
    /// How many backups are kept (the oldest beyond go).
    pub backups_kept: u32,
    /// The unit as the window shows it until the database has answered.
    pub unit_before_start: settings::UnitInfo,
}

/// What an activity of one kind records besides attendance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KindFacts {
    pub kind: ActivityKind,
    /// 心得 from each person who attended.
    pub takes_reflection: bool,
    /// 服务时长 of each person who served.
    pub takes_hours: bool,
    /// Judged, played as a tournament or timed, if it is a contest.
    pub contest: Option<ContestForm>,
    /// Names the role models (学树身边典型) it studied.
    pub studies_exemplars: bool,
    /// Holds a 健身挑战 over a period of days (counts per day, ranked).
    pub takes_challenge: bool,
}

/// The longest text (in characters) or largest number each form accepts, by feature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Limits {
    pub unit_name: u32,
    /// Digits of a personal PIN (职工自助).
    pub pin_digits_min: u32,
    pub pin_digits_max: u32,
    /// Rows of one page of a list (staff, activities).
    pub page_size: u32,
    pub roster: RosterLimits,
    pub activities: ActivityLimits,
    pub honors: HonorLimits,
    pub judging: JudgingLimits,
    pub timed: TimedLimits,
    pub pledges: PledgeLimits,
    pub pledge_rounds: PledgeRoundLimits,
    pub points: PointsLimits,
    pub ledger: LedgerLimits,
    pub exemplars: ExemplarLimits,
    pub challenges: ChallengeLimits,
    pub lan: LanLimits,
}

/// How long 手机参与 may stay open, in minutes, and the lengths the organizer's window offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LanLimits {
    pub minutes_min: u32,
    pub minutes_max: u32,
    pub minutes_offered: Vec<u32>,
    pub minutes_default: u32,
}

/// The counts a 健身挑战 takes per person per day, and its longest period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChallengeLimits {
    pub steps_per_day: u32,
    pub km_per_day: u32,
    pub km_decimals: u32,
    pub period_days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LedgerLimits {
    /// 测评项目 / 指标 names.
    pub node_name: u32,
    pub standard_name: u32,
    /// 分值 of one node.
    pub points: u32,
    /// The note of a record filed or taken out by hand.
    pub note: u32,
    /// 说明报告 of a 台账 export.
    pub report: u32,
    /// Widest year range of coverage and export.
    pub years: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RosterLimits {
    pub employee_no: u32,
    pub staff_name: u32,
    pub position: u32,
    pub department_name: u32,
    /// 科室 排序 (0 first).
    pub sort_order: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ActivityLimits {
    pub title: u32,
    pub place: u32,
    pub description: u32,
    pub reflection: u32,
    /// 取消原因, 更正原因
    pub reason: u32,
    /// 服务时长 of one person at one activity.
    pub hours: f64,
    /// 名额 of one activity.
    pub capacity: u32,
    /// Days from an activity's start to its end.
    pub duration_days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HonorLimits {
    pub category_name: u32,
    pub deeds: u32,
    pub round_title: u32,
    /// 审查意见 / 不通过原因
    pub review_reason: u32,
    pub objection: u32,
    /// 异议受理 (who takes objections, and how)
    pub objections_to: u32,
    /// 名额 of one category.
    pub quota: u32,
}

/// 综合量化考核: the range of one rule and of one adjustment, and the longest reason or note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PointsLimits {
    pub rule_min: f64,
    pub rule_max: f64,
    pub per_hour_max: f64,
    pub adjustment_max: f64,
    pub reason: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExemplarLimits {
    pub title: u32,
    pub story: u32,
}

const fn n(v: usize) -> u32 {
    v as u32
}

pub fn app_facts() -> AppFacts {
    AppFacts {
        limits: Limits {
            unit_name: n(settings::UNIT_NAME_MAX),
            pin_digits_min: n(auth::PIN_DIGITS_MIN),
            pin_digits_max: n(auth::PIN_DIGITS_MAX),
            page_size: crate::paging::PAGE_SIZE_MAX,
            roster: RosterLimits {
                employee_no: n(roster::EMPLOYEE_NO_MAX),
                staff_name: n(roster::NAME_MAX),
                position: n(roster::POSITION_MAX),
                department_name: n(roster::DEPARTMENT_NAME_MAX),
                sort_order: roster::SORT_ORDER_MAX,
            },
            activities: ActivityLimits {
                title: n(activities::TITLE_MAX),
                place: n(activities::PLACE_MAX),
                description: n(activities::DESCRIPTION_MAX),
                reflection: n(activities::REFLECTION_MAX),
                reason: n(activities::REASON_MAX),
                hours: activities::HOURS_MAX,
                capacity: activities::CAPACITY_MAX,
                duration_days: activities::DURATION_MAX_DAYS as u32,
            },
            honors: HonorLimits {
                category_name: n(honors::CATEGORY_NAME_MAX),
                deeds: n(honors::DEEDS_MAX),
                round_title: n(honors::ROUND_TITLE_MAX),
                review_reason: n(honors::REASON_MAX),
                objection: n(honors::OBJECTION_MAX),
                objections_to: n(honors::OBJECTIONS_TO_MAX),
                quota: honors::QUOTA_MAX,
            },
            judging: JudgingLimits::new(),
            timed: TimedLimits::get(),
            pledges: PledgeLimits::get(),
            pledge_rounds: PledgeRoundLimits::get(),
            points: PointsLimits {
                rule_min: points::RULE_MIN,
                rule_max: points::RULE_MAX,
                per_hour_max: points::PER_HOUR_MAX,
                adjustment_max: points::ADJUSTMENT_MAX,
                reason: n(points::REASON_MAX),
            },
            ledger: LedgerLimits {
                node_name: n(ledger::NODE_NAME_MAX),
                standard_name: n(ledger::STANDARD_NAME_MAX),
                points: ledger::POINTS_MAX,
                note: n(ledger::NOTE_MAX),
                report: n(ledger::REPORT_MAX),
                years: ledger::MAX_YEARS as u32,
            },
            exemplars: ExemplarLimits {
                title: n(exemplars::TITLE_MAX),
                story: n(exemplars::STORY_MAX),
            },
            challenges: ChallengeLimits {
                steps_per_day: challenges::STEPS_PER_DAY_MAX,
                km_per_day: challenges::KM_PER_DAY_MAX,
                km_decimals: challenges::KM_DECIMALS,
                period_days: challenges::PERIOD_DAYS_MAX as u32,
            },
            lan: LanLimits {
                minutes_min: lan::MINUTES_MIN,
                minutes_max: lan::MINUTES_MAX,
                minutes_offered: lan::MINUTES_OFFERED.to_vec(),
                minutes_default: lan::MINUTES_DEFAULT,
            },
        },
        kinds: ActivityKind::ALL
            .into_iter()
            .map(|kind| KindFacts {
                kind,
                takes_reflection: kind.takes_reflection(),
                takes_hours: kind.takes_hours(),
                contest: contests::contest_form(kind),
                studies_exemplars: exemplars::studies_exemplars(kind),
                takes_challenge: challenges::takes_challenge(kind),
            })
            .collect(),
        tournaments: contests::tournament_facts(),
        backups_kept: n(crate::safety::backups::KEEP),
        unit_before_start: settings::UnitInfo::before_start(),
    }
}

/// `facts.ts`: the facts as a typed constant, one field a line down to the second level.
pub fn facts_ts() -> String {
    let value = serde_json::to_value(app_facts()).expect("facts always serialize");
    format!(
        "// Generated by wenming-core (core/src/facts.rs) with `cargo test -p wenming-core`. Do not edit.\n\
         import type {{ AppFacts }} from './AppFacts'\n\n\
         export const FACTS: AppFacts = {}\n",
        literal(&value, 0)
    )
}

/// Objects laid out a field a line down to depth 3 and lists of objects an item a line down to
/// depth 2; the rest on one line.
fn literal(v: &serde_json::Value, depth: usize) -> String {
    let pad = "  ".repeat(depth + 1);
    let end = "  ".repeat(depth);
    match v {
        serde_json::Value::Object(map) if depth < 3 => {
            let fields: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{pad}{k}: {}", literal(v, depth + 1)))
                .collect();
            format!("{{\n{},\n{end}}}", fields.join(",\n"))
        }
        serde_json::Value::Array(items)
            if depth < 2 && !items.is_empty() && items.iter().all(|i| i.is_object()) =>
        {
            let lines: Vec<String> = items
                .iter()
                .map(|i| format!("{pad}{}", serde_json::to_string(i).expect("json")))
                .collect();
            format!("[\n{},\n{end}]", lines.join(",\n"))
        }
        other => serde_json::to_string(other).expect("json"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::{DepartmentInput, DepartmentKind};

    /// Writes `facts.ts` next to the other bindings (where ts-rs writes them), so the window
    /// reads the limits core checks; `scripts/test.sh` diffs it like every binding.
    #[test]
    fn the_window_gets_its_facts_from_core() {
        let dir = std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/bindings").to_string()
        });
        let path = std::path::Path::new(&dir).join("facts.ts");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&path, facts_ts()).unwrap();
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(written.contains(&format!("department_name: {}", roster::DEPARTMENT_NAME_MAX)));
        let kinds: Vec<ActivityKind> = app_facts().kinds.iter().map(|k| k.kind).collect();
        assert_eq!(kinds, ActivityKind::ALL, "every kind, once, in order");
    }

    #[test]
    fn the_lan_lengths_offered_are_the_ones_the_start_check_accepts() {
        let l = app_facts().limits.lan;
        let mut conn = crate::store::open_in_memory().unwrap();
        auth::set_staff_pins_enabled(&mut conn, true).unwrap();
        let start = |minutes: u32| {
            lan::check_start(
                &conn,
                &lan::LanStartInput {
                    minutes,
                    purposes: vec![lan::Purpose::Signup],
                },
            )
        };
        assert!(l.minutes_offered.contains(&l.minutes_default));
        for m in &l.minutes_offered {
            assert!(start(*m).is_ok(), "{m} minutes offered and accepted");
        }
        assert!(start(l.minutes_min).is_ok() && start(l.minutes_max).is_ok());
        assert!(start(l.minutes_min - 1).is_err() && start(l.minutes_max + 1).is_err());
    }

    #[test]
    fn the_roster_limits_sent_are_the_ones_the_checks_enforce() {
        let l = app_facts().limits.roster;
        let department = |len: u32| DepartmentInput {
            name: "科".repeat(len as usize),
            kind: DepartmentKind::Office,
            sort_order: 0,
        };
        let mut conn = crate::store::open_in_memory().unwrap();
        assert!(roster::create_department(
            &mut conn,
            &department(l.department_name),
            crate::testkit::november(1, 8)
        )
        .is_ok());
        let err = roster::create_department(
            &mut conn,
            &department(l.department_name + 1),
            crate::testkit::november(1, 8),
        );
        assert!(err.is_err(), "one character more is refused");
        let no = |len: u32| "A".repeat(len as usize);
        assert!(roster::check_employee_no(&no(l.employee_no)).is_ok());
        assert!(roster::check_employee_no(&no(l.employee_no + 1)).is_err());
    }

    #[test]
    fn kinds_say_what_they_record_and_which_contest_they_hold() {
        let of = |kind| {
            app_facts()
                .kinds
                .into_iter()
                .find(|k| k.kind == kind)
                .unwrap()
        };
        assert!(of(ActivityKind::Study).takes_reflection);
        assert!(of(ActivityKind::Volunteer).takes_hours);
        assert_eq!(of(ActivityKind::Speech).contest, Some(ContestForm::Judged));
        assert_eq!(
            of(ActivityKind::Chess).contest,
            Some(ContestForm::Tournament)
        );
        assert_eq!(of(ActivityKind::Hiking).contest, Some(ContestForm::Timed));
        assert_eq!(of(ActivityKind::Fitness).contest, Some(ContestForm::Timed));
        assert_eq!(of(ActivityKind::Study).contest, None);
    }

    #[test]
    fn swiss_rounds_are_listed_for_every_field_up_to_the_largest_swiss_draw() {
        let swiss = app_facts().tournaments.swiss;
        let at = |n: u32| *swiss.iter().find(|s| s.players == n).unwrap();
        assert_eq!((at(16).max, at(16).default), (15, 5));
        assert_eq!((at(9).max, at(9).default), (9, 5));
        assert_eq!((at(4).max, at(4).default), (3, 3));
        assert!(swiss.iter().all(|s| s.default >= 1 && s.default <= s.max));
    }
}
