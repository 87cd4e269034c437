//! IPC commands, one file per feature. Each: parse → role check → one core call → result.

pub mod activities;
pub mod auth;
pub mod roster;
pub mod settings;

/// Every command the window may call.
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static
{
    tauri::generate_handler![
        settings::app_info,
        settings::set_unit_name,
        auth::setup_first_password,
        auth::login,
        auth::logout,
        auth::change_password,
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
        settings::set_staff_pins_enabled,
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
        activities::correct_attendance,
        activities::set_reflection,
        activities::set_hours,
        activities::activity_files,
        activities::add_activity_file,
        activities::activity_file_bytes,
        activities::remove_activity_file,
        activities::activity_sheet,
        activities::export_activity_sheet,
    ]
}
