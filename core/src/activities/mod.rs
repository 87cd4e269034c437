//! 活动与报名 (`activities`): the speech's activities with sign-up, waitlist (候补), check-in (签到),
//! absences, 心得 and hours, files, and the 报名表 / 签到表.
//!
//! Main types: [`Activity`] (with its [`ActivityState`] worked out from the clock), [`Signup`] (an
//! entry: one person, or a 科室 team) and its [`Member`]s with their [`Attendance`]. Every rule
//! takes the current local time `now` so that tests can move the clock. Writes run in an
//! IMMEDIATE transaction, so two sign-ups racing for the last place are served one after the other.

mod allowed;
mod attendance;
mod error;
mod files;
mod lifecycle;
mod model;
mod sheets;
mod signup;
pub(crate) mod store;
mod waitlist;

pub use allowed::CHECK_IN_OPENS_BEFORE;
pub use attendance::{
    check_in, check_in_by_employee_no, check_in_many, correct_attendance, set_hours,
    set_own_reflection, set_reflection, undo_check_in, CHECK_IN_BATCH_MAX,
};
pub use error::ActivityError;
pub use files::{add_file, file_bytes, file_bytes_for, files, files_dir, files_for, remove_file};
pub use lifecycle::{
    activity_for, cancel_activity, close_signup, create_activity, finish_activity,
    fix_contest_field, get_activity, held_activities, list_activities, publish_activity,
    release_contest_field, update_activity,
};
pub use model::*;
pub use sheets::{export_sheet, sheet, sheet_doc, Sheet, SheetKind};
pub use signup::{
    cancel_signup, leave_waitlist, my_activities, open_to, sign_up, sign_up_team, signup_list,
    signup_list_for, signups,
};
pub use store::participation::{
    activities_by_month, attendance_records, attendance_tally, open_for_signup,
    upcoming_activities, ActivityBrief, AttendanceRecord, AttendanceTally,
};

use crate::store::write;
use crate::time::show_time;

#[cfg(test)]
mod tests;
