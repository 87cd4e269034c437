//! IPC commands, one file per feature. Each: parse → role check → one core call → result.

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
    ]
}
