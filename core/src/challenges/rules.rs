//! The checks of 全民健身挑战, without the store: the period the organizer sets, the day and the
//! count a person enters, and what the activity's state allows. Each write runs them, and the
//! permits the window gets are made from the same functions.

use chrono::NaiveDate;

use super::error::ChallengeError;
use super::model::{takes_challenge, ChallengeInput, ChallengeUnit, PERIOD_DAYS_MAX};
use crate::activities::{Activity, ActivityState};
use crate::time::date_text;

/// A challenge may be set up (or changed) on a 全民健身 / 爬山 activity that is neither cancelled
/// nor finished; a draft may be prepared before it is published.
pub(crate) fn may_set_up(activity: &Activity) -> Result<(), ChallengeError> {
    if !takes_challenge(activity.kind) {
        return Err(ChallengeError::NotAChallengeKind(
            activity.kind.label().into(),
        ));
    }
    open(activity, true)
}

/// Counts are entered while the activity is published and neither cancelled nor finished.
pub(crate) fn may_enter(activity: &Activity) -> Result<(), ChallengeError> {
    open(activity, false)
}

fn open(activity: &Activity, draft_ok: bool) -> Result<(), ChallengeError> {
    match activity.state {
        ActivityState::Cancelled => Err(ChallengeError::ActivityCancelled(activity.title.clone())),
        ActivityState::Finished => Err(ChallengeError::ActivityFinished(activity.title.clone())),
        ActivityState::Draft if !draft_ok => {
            Err(ChallengeError::ActivityDraft(activity.title.clone()))
        }
        _ => Ok(()),
    }
}

/// The period runs forwards, lasts at most [`PERIOD_DAYS_MAX`] days and lies within the
/// activity's own days.
pub(crate) fn check_period(
    input: &ChallengeInput,
    activity: &Activity,
) -> Result<(), ChallengeError> {
    let (start, end) = (input.starts_on, input.ends_on);
    if end < start {
        return Err(ChallengeError::PeriodReversed {
            start: date_text(start),
            end: date_text(end),
        });
    }
    let days = (end - start).num_days() + 1;
    if days > PERIOD_DAYS_MAX {
        return Err(ChallengeError::PeriodTooLong {
            days,
            max: PERIOD_DAYS_MAX,
        });
    }
    let (first, last) = (
        activity.schedule.starts_at.date(),
        activity.schedule.ends_at.date(),
    );
    if start < first || end > last {
        return Err(ChallengeError::PeriodOutsideActivity {
            start: date_text(first),
            end: date_text(last),
        });
    }
    Ok(())
}

/// A day may be entered when it is in the period and not after `today`.
pub(crate) fn check_day(
    start: NaiveDate,
    end: NaiveDate,
    day: NaiveDate,
    today: NaiveDate,
) -> Result<(), ChallengeError> {
    if day < start || day > end {
        return Err(ChallengeError::DayOutsidePeriod {
            day: date_text(day),
            start: date_text(start),
            end: date_text(end),
        });
    }
    if day > today {
        return Err(ChallengeError::FutureDay {
            day: date_text(day),
        });
    }
    Ok(())
}

/// A count as typed (or read from a cell), in the unit: a number of 0 or more, whole for steps
/// and with at most two decimals for 公里, at most the unit's daily maximum. Returns the stored
/// amount (steps, or hundredths of a kilometre).
pub(crate) fn parse_amount(unit: ChallengeUnit, text: &str) -> Result<i64, ChallengeError> {
    let typed = text.trim();
    let t = typed.replace([',', '，'], "");
    let not_a_number = || ChallengeError::NotANumber(typed.to_string(), unit.label());
    if let Some(rest) = t.strip_prefix('-') {
        if is_decimal(rest) && rest.chars().any(|c| c.is_ascii_digit() && c != '0') {
            return Err(ChallengeError::Negative(typed.to_string()));
        }
    }
    let t = t.strip_prefix('+').unwrap_or(&t);
    let t = t.strip_prefix('-').unwrap_or(t);
    if !is_decimal(t) {
        return Err(not_a_number());
    }
    let (whole, fraction) = t.split_once('.').unwrap_or((t, ""));
    let fraction = fraction.trim_end_matches('0');
    let decimals = unit.decimals() as usize;
    if fraction.len() > decimals {
        return Err(match unit {
            ChallengeUnit::Steps => ChallengeError::WholeSteps(typed.to_string()),
            ChallengeUnit::Km => ChallengeError::TooManyDecimals(typed.to_string()),
        });
    }
    let over = || ChallengeError::OverDailyMax {
        amount: typed.to_string(),
        max: unit.daily_max().to_string(),
        unit: unit.label(),
    };
    let whole = whole.trim_start_matches('0');
    if whole.len() > 12 {
        return Err(over());
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| not_a_number())?
    };
    let fraction: i64 = format!("{fraction:0<decimals$}").parse().unwrap_or(0);
    let amount = whole * unit.scale() + fraction;
    if amount > i64::from(unit.daily_max()) * unit.scale() {
        return Err(over());
    }
    Ok(amount)
}

/// A count sent as a number by the window: the same checks as typed text.
pub(crate) fn amount_of_number(unit: ChallengeUnit, n: f64) -> Result<i64, ChallengeError> {
    if !n.is_finite() {
        return Err(ChallengeError::NotANumber(n.to_string(), unit.label()));
    }
    parse_amount(unit, &n.to_string())
}

/// Digits with at most one '.', and at least one digit.
fn is_decimal(t: &str) -> bool {
    t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
        && t.matches('.').count() <= 1
}

/// A stored amount in the unit, as a number.
pub(crate) fn in_unit(unit: ChallengeUnit, amount: i64) -> f64 {
    amount as f64 / unit.scale() as f64
}

/// A stored amount as people read it: "12345 步", "12.5 公里".
pub(crate) fn show_amount(unit: ChallengeUnit, amount: i64) -> String {
    let n = match unit {
        ChallengeUnit::Steps => amount.to_string(),
        ChallengeUnit::Km => {
            let s = format!("{}.{:02}", amount / 100, amount % 100);
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
    format!("{n} {}", unit.label())
}
