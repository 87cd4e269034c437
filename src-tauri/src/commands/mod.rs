//! IPC commands, one file per feature. Each: parse → role check → one core call → result.
//!
//! [`COMMANDS`] names every command the window may call; the role tests check that each one has a
//! role test. [`handler`] first looks at which window calls ([`window_allows`]): the 大屏 window
//! may call only its reads ([`SCREEN_WINDOW_COMMANDS`]); the main window, while a 投票终端 is
//! open, only that kiosk's own commands ([`kiosk_allows`]) — everything else, reads included, is
//! refused before its arguments are read.

pub mod activities;
pub mod auth;
pub mod challenges;
pub mod contests;
pub mod dashboard;
pub mod exemplars;
mod form;
pub mod honors;
pub mod lan;
pub mod ledger;
pub mod pledges;
pub mod points;
pub mod roster;
pub mod safety;
pub mod screens;
pub mod settings;
mod upload;

pub use form::Form;

use tauri::ipc::Invoke;
use tauri::{Manager, Runtime};
use wenming_core::auth::{AuthError, Kiosk};
use wenming_core::screens::ScreenError;
use wenming_core::AppError;

use crate::state::AppState;

/// The last segment of a command's path: its name over IPC.
macro_rules! command_name {
    ($name:ident) => {
        stringify!($name)
    };
    ($module:ident :: $($rest:ident)::+) => {
        command_name!($($rest)::+)
    };
}

/// Registers the commands once: the IPC handler and the list of their names come from one list.
macro_rules! register {
    ($($($path:ident)::+),* $(,)?) => {
        /// The name of every command the window may call.
        pub const COMMANDS: &[&str] = &[$(command_name!($($path)::+)),*];

        /// Every command the windows may call, behind the window and kiosk locks.
        pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
            window_lock(tauri::generate_handler![$($($path)::+),*])
        }
    };
}

/// What a 投票终端 answers: asking who the window is (the page does at start), leaving with the
/// organizer password, and its own vote's commands. Nothing else, reads included.
pub fn kiosk_allows(kiosk: Kiosk, command: &str) -> bool {
    const EVERY_KIOSK: &[&str] = &["app_info", "leave_kiosk"];
    const HONORS_ROUND: &[&str] = &["kiosk_ballot", "kiosk_check_code", "kiosk_cast"];
    const EXHIBITION: &[&str] = &["vote_ballot", "vote_photo", "cast_exhibition_vote"];
    const PLEDGE_ROUND: &[&str] = &[
        "pledge_kiosk_round",
        "pledge_kiosk_check_code",
        "pledge_kiosk_cast",
    ];
    let own = match kiosk {
        Kiosk::HonorsRound { .. } => HONORS_ROUND,
        Kiosk::Exhibition { .. } => EXHIBITION,
        Kiosk::PledgeRound { .. } => PLEDGE_ROUND,
    };
    EVERY_KIOSK.contains(&command) || own.contains(&command)
}

/// What the 大屏 window may call: its own view's reads (counts only, as staff see them) and
/// closing itself (Esc on a single display). Nothing else, whatever the session's role.
pub const SCREEN_WINDOW_COMMANDS: &[&str] = &[
    "screen_turnout",
    "screen_tournament",
    "screen_honors",
    "screen_pledge_wall",
    "screen_phone_qr",
    "close_screen",
];

/// Whether the window labelled `label` may call `command` now (`kiosk`: the 投票终端 the main
/// window is locked to). The screen window keeps answering while the main window is a kiosk: the
/// live turnout is for exactly that time. A window of any other label is answered nothing.
pub fn window_allows(label: &str, kiosk: Option<Kiosk>, command: &str) -> Result<(), AppError> {
    match label {
        crate::screen::LABEL if SCREEN_WINDOW_COMMANDS.contains(&command) => Ok(()),
        crate::screen::MAIN => match kiosk {
            Some(kiosk) if !kiosk_allows(kiosk, command) => Err(AuthError::KioskLocked.into()),
            _ => Ok(()),
        },
        _ => Err(ScreenError::WindowReadOnly.into()),
    }
}

/// Wraps the generated handler: a command the calling window may not call now is refused before
/// its arguments are even read.
fn window_lock<R: Runtime>(
    inner: impl Fn(Invoke<R>) -> bool + Send + Sync + 'static,
) -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    move |invoke: Invoke<R>| {
        let webview = invoke.message.webview_ref();
        let kiosk = webview
            .try_state::<AppState>()
            .and_then(|state| state.kiosk());
        match window_allows(webview.label(), kiosk, invoke.message.command()) {
            Ok(()) => inner(invoke),
            Err(refusal) => {
                invoke.resolver.reject(refusal);
                true
            }
        }
    }
}

register![
    settings::app_info,
    settings::window_ready,
    settings::set_unit_name,
    auth::setup_first_password,
    auth::login,
    auth::logout,
    auth::change_password,
    auth::touch_session,
    auth::leave_kiosk,
    roster::list_departments,
    roster::create_department,
    roster::update_department,
    roster::delete_department,
    roster::list_staff,
    roster::get_staff,
    roster::create_staff,
    roster::update_staff,
    roster::set_staff_active,
    roster::delete_staff,
    roster::preview_roster_import,
    roster::apply_roster_import,
    roster::export_roster,
    roster::load_sample_data,
    roster::set_staff_pin,
    roster::issue_staff_pins,
    settings::set_staff_pins_enabled,
    settings::set_organizer_idle_minutes,
    safety::list_backups,
    safety::back_up_now,
    safety::restore_backup,
    safety::data_archive_default_path,
    safety::export_data,
    safety::import_data,
    safety::list_audit,
    safety::verify_audit,
    safety::export_audit,
    safety::open_log_folder,
    safety::save_export_as,
    safety::open_export,
    activities::list_activities,
    activities::get_activity,
    activities::activity_signups,
    activities::create_activity,
    activities::update_activity,
    activities::publish_activity,
    activities::close_signup,
    activities::cancel_activity,
    activities::finish_activity,
    activities::sign_up_for,
    activities::sign_up_team,
    activities::cancel_signup_for,
    activities::self_sign_up,
    activities::self_cancel_signup,
    activities::my_activities,
    activities::self_set_reflection,
    activities::check_in,
    activities::undo_check_in,
    activities::check_in_many,
    activities::check_in_by_employee_no,
    activities::correct_attendance,
    activities::set_reflection,
    activities::set_hours,
    activities::activity_files,
    activities::add_activity_file,
    activities::activity_file_bytes,
    activities::remove_activity_file,
    activities::activity_sheet,
    activities::export_activity_sheet,
    exemplars::list_exemplars,
    exemplars::exemplar_detail,
    exemplars::create_exemplar,
    exemplars::update_exemplar,
    exemplars::set_exemplar_published,
    exemplars::exemplar_files,
    exemplars::add_exemplar_file,
    exemplars::exemplar_file_bytes,
    exemplars::remove_exemplar_file,
    exemplars::studied_exemplars,
    exemplars::set_studied_exemplars,
    exemplars::staff_studied_exemplars,
    challenges::challenge_board,
    challenges::set_challenge,
    challenges::export_challenge_template,
    challenges::preview_challenge_import,
    challenges::apply_challenge_import,
    challenges::my_challenge,
    challenges::self_enter_challenge_count,
    contests::tournaments::get_tournament,
    contests::tournaments::make_tournament_draw,
    contests::tournaments::cancel_tournament_draw,
    contests::tournaments::record_match_result,
    contests::tournaments::pair_next_round,
    contests::tournaments::start_knockout,
    contests::tournaments::finish_tournament,
    contests::tournaments::set_tournament_lots,
    contests::timed::timed_contest,
    contests::timed::set_timed_settings,
    contests::timed::issue_bibs,
    contests::timed::set_runner_group,
    contests::timed::start_timed,
    contests::timed::record_finish,
    contests::timed::correct_finish,
    contests::timed::set_runner_out,
    contests::timed::publish_timed,
    contests::timed::unlock_timed,
    contests::judged::judged_contest,
    contests::judged::set_judging_rules,
    contests::judged::add_judge,
    contests::judged::remove_judge,
    contests::judged::enter_score,
    contests::judged::save_judge_sheet,
    contests::judged::export_judge_sheet,
    contests::judged::preview_judge_sheet,
    contests::judged::publish_results,
    contests::judged::unlock_results,
    contests::results::result_sheet,
    contests::results::export_result_sheet,
    contests::results::certificates,
    contests::results::staff_contest_places,
    contests::judged::add_exhibition_entry,
    contests::judged::remove_exhibition_entry,
    contests::judged::set_vote_weight,
    contests::judged::issue_vote_codes,
    contests::judged::unused_vote_codes,
    contests::judged::reprint_vote_codes,
    contests::judged::close_vote,
    contests::judged::enter_vote_kiosk,
    contests::judged::vote_ballot,
    contests::judged::vote_photo,
    contests::judged::cast_exhibition_vote,
    honors::honor_categories,
    honors::seed_honor_categories,
    honors::create_honor_category,
    honors::update_honor_category,
    honors::honor_nominations,
    honors::honor_candidates,
    honors::nominate,
    honors::self_nominate,
    honors::my_nominations,
    honors::nomination_files,
    honors::add_nomination_file,
    honors::nomination_file_bytes,
    honors::remove_nomination_file,
    honors::review_nomination,
    honors::voting_rounds,
    honors::create_voting_round,
    honors::update_voting_round,
    honors::delete_voting_round,
    honors::voting_round_voters,
    honors::remove_round_voter,
    honors::open_voting_round,
    honors::ballot_codes,
    honors::reprint_ballot_codes,
    honors::close_voting_round,
    honors::voting_turnout,
    honors::voting_tally,
    honors::export_voting_tally,
    honors::enter_paper_count,
    honors::paper_status,
    honors::open_runoff,
    honors::honor_publicity,
    honors::start_publicity,
    honors::add_objection,
    honors::resolve_objection,
    honors::confirm_publicity,
    honors::honor_awards,
    honors::staff_honors,
    honors::enter_kiosk,
    honors::kiosk_ballot,
    honors::kiosk_check_code,
    honors::kiosk_cast,
    pledges::pledge_kinds,
    pledges::add_pledge_kind,
    pledges::publish_pledge,
    pledges::self_publish_pledge,
    pledges::edit_pledge_item,
    pledges::owner_pledge,
    pledges::pledge_wall,
    pledges::pledge_timeline,
    pledges::add_pledge_progress,
    pledges::self_add_pledge_progress,
    pledges::add_pledge_progress_file,
    pledges::pledge_progress_file_bytes,
    pledges::remove_pledge_progress_file,
    pledges::pledge_summary,
    pledges::export_pledge_summary,
    pledges::pledge_rounds,
    pledges::create_pledge_round,
    pledges::update_pledge_round,
    pledges::open_pledge_round,
    pledges::close_pledge_round,
    pledges::pledge_round_codes,
    pledges::reprint_pledge_codes,
    pledges::pledge_round_result,
    pledges::export_pledge_round_result,
    pledges::owner_pledge_grades,
    pledges::self_rateable_pledges,
    pledges::self_rate_pledge,
    pledges::enter_pledge_kiosk,
    pledges::pledge_kiosk_round,
    pledges::pledge_kiosk_check_code,
    pledges::pledge_kiosk_cast,
    dashboard::dashboard,
    screens::open_screen,
    screens::close_screen,
    screens::screen_turnout,
    screens::screen_tournament,
    screens::screen_honors,
    screens::screen_pledge_wall,
    screens::screen_phone_qr,
    points::points_leaderboard,
    points::points_board_page,
    points::points_policy,
    points::points_ledger,
    points::my_points,
    points::preview_points_policy,
    points::set_points_policy,
    points::add_points_adjustment,
    points::points_adjustments,
    points::export_points,
    ledger::ledger_tree,
    ledger::load_sample_ledger_tree,
    ledger::add_ledger_node,
    ledger::update_ledger_node,
    ledger::remove_ledger_node,
    ledger::move_ledger_node,
    ledger::set_ledger_self_score,
    ledger::ledger_mapping,
    ledger::set_ledger_mapping,
    ledger::ledger_coverage,
    ledger::ledger_standard_evidence,
    ledger::ledger_records,
    ledger::file_ledger_record,
    ledger::forget_ledger_filing,
    ledger::add_ledger_document,
    ledger::ledger_document_bytes,
    ledger::remove_ledger_document,
    ledger::set_ledger_duty,
    ledger::ledger_duties,
    ledger::ledger_draft_report,
    ledger::export_ledger,
    ledger::cancel_ledger_export,
    lan::lan_status,
    lan::lan_start,
    lan::lan_stop,
];
