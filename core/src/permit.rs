//! Whether an action is allowed now, as the records core returns carry it: the window offers a
//! button only when core says so, and shows the refusal the write itself would give.
//!
//! A [`Permit`] is made from the very check the write runs (a `Result<(), E>` of the feature's
//! rule function), so the button and the write cannot disagree.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{AppError, Coded};

/// One action on one record: offered or not, and if offered but refused, why (in Chinese).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Permit {
    /// Whether the window shows the action at all. `false` when it does not apply to the record
    /// as it stands (签到 on a 候补 row, 发布 of an activity already published).
    pub offered: bool,
    /// `null` when the write would be accepted now; otherwise the refusal it would return, for
    /// the disabled button's tooltip.
    pub refusal: Option<AppError>,
}

impl Permit {
    /// Allowed now.
    pub fn yes() -> Permit {
        Permit {
            offered: true,
            refusal: None,
        }
    }

    /// Not offered: the action does not apply (the refusal is kept for tests and tooltips).
    pub fn absent(refusal: Option<AppError>) -> Permit {
        Permit {
            offered: false,
            refusal,
        }
    }

    /// From the write's own check: allowed when it passes; when it refuses, offered (disabled,
    /// with the reason) if `offered_when` says the refusal is worth showing, else left out.
    pub fn of<E: Coded>(check: Result<(), E>, offered_when: impl Fn(&E) -> bool) -> Permit {
        match check {
            Ok(()) => Permit::yes(),
            Err(e) => Permit {
                offered: offered_when(&e),
                refusal: Some(AppError::new(e.code(), e.to_string())),
            },
        }
    }

    /// Whether the write would be accepted now.
    pub fn ok(&self) -> bool {
        self.refusal.is_none() && self.offered
    }
}
