//! The unit every role test starts from: the sample bureau with an organizer password, one
//! activity with a sign-up, and a fingerprint of the whole database that a refused command must
//! not change. `cases` names every registered command with how it is guarded; `ipc` calls
//! commands the way the page does, through the registered handler.
#![allow(dead_code)] // each test file uses its own part

pub mod cases;
pub mod http;
pub mod ipc;
pub mod phone;

use tauri::test::{mock_app, MockRuntime};
use tauri::{App, Manager};
use wenming_core::activities::{ActivityInput, ActivityKind, Schedule};
use wenming_core::roster::{DepartmentInput, DepartmentKind};
use wenming_core::AppError;
use wenming_lib::state::AppState;

pub fn app_with_sample_unit(dir: &std::path::Path) -> App<MockRuntime> {
    let path = dir.join("roles.db");
    sample_unit(&path);
    let app = mock_app();
    let state = AppState::open(&path);
    tauri::async_runtime::block_on(state.wait_for_daily_backup());
    app.manage(state);
    app
}

/// The sample bureau (12 科室, 80 people) with the organizer password `organizer-pw`, and
/// activity 1 with staff 1 signed up.
pub fn sample_unit(path: &std::path::Path) {
    {
        let mut conn = wenming_core::store::open(path).unwrap();
        wenming_core::settings::set_first_password(&mut conn, "organizer-pw", "市X局").unwrap();
        wenming_core::sample::load(
            &mut conn,
            wenming_core::sample::SampleSize::Bureau,
            wenming_core::time::now(),
        )
        .unwrap();
        let a = wenming_core::activities::create_activity(
            &mut conn,
            &activity(),
            true,
            wenming_core::time::now(),
        )
        .unwrap();
        let now = chrono::NaiveDate::from_ymd_opt(2030, 1, 5)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        wenming_core::activities::sign_up(
            &mut conn,
            a.id,
            1,
            wenming_core::activities::Actor::Staff(1),
            now,
        )
        .unwrap();
    }
}

/// Everything a refused command must not change: every row of every table the schema has (read
/// from `sqlite_master`, so a new table is covered the day it is added), the schema version and
/// the names of the stored files. Rows are sorted, so the fingerprint does not depend on the order
/// SQLite happens to return them in.
pub fn fingerprint(dir: &std::path::Path) -> String {
    let conn = wenming_core::store::open(&dir.join("roles.db")).unwrap();
    let mut out = String::new();
    for table in tables(&conn) {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                Ok((0..columns)
                    .map(|i| value_text(r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.sort();
        out.push_str(&format!(
            "## {table} ({} rows)\n{}\n",
            rows.len(),
            rows.join("\n")
        ));
    }
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    out.push_str(&format!("## user_version {version}\n"));
    let root = wenming_core::files::files_dir(&dir.join("roles.db"));
    let mut files: Vec<String> = walk(&root)
        .iter()
        .map(|f| f.strip_prefix(&root).unwrap().display().to_string())
        .collect();
    files.sort();
    out.push_str(&format!("## files\n{}\n", files.join("\n")));
    let backups = wenming_core::safety::backups_dir(&dir.join("roles.db"));
    let mut names: Vec<String> = walk(&backups)
        .iter()
        .map(|f| f.strip_prefix(&backups).unwrap().display().to_string())
        .collect();
    names.sort();
    out.push_str(&format!("## backups\n{}\n", names.join("\n")));
    out
}

/// Every table of the schema, SQLite's own bookkeeping included (`sqlite_sequence`).
pub fn tables(conn: &wenming_core::store::Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap();
    let names = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    names
}

fn value_text(v: rusqlite::types::ValueRef<'_>) -> String {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => "NULL".into(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => format!("{f:?}"),
        ValueRef::Text(t) => format!("'{}'", String::from_utf8_lossy(t)),
        ValueRef::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .flat_map(|e| {
            let path = e.path();
            if path.is_dir() {
                walk(&path)
            } else {
                vec![path]
            }
        })
        .collect()
}

pub fn activity() -> ActivityInput {
    let t = |d: u32| {
        chrono::NaiveDate::from_ymd_opt(2030, 1, d)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
    };
    ActivityInput {
        kind: ActivityKind::Reading,
        title: "道德经典诵读".into(),
        description: String::new(),
        place: String::new(),
        schedule: Schedule {
            starts_at: t(20),
            ends_at: t(21),
            signup_opens_at: t(1),
            signup_deadline: t(10),
            cancel_cutoff: t(9),
        },
        capacity: None,
        department_ids: vec![],
        party_members_only: false,
        team_mode: false,
    }
}

pub fn department() -> DepartmentInput {
    DepartmentInput {
        name: "新科室".into(),
        kind: DepartmentKind::Office,
        sort_order: 99,
    }
}

/// Every command in `results` was refused for want of organizer mode, with a message that says so.
pub fn assert_all_refused(results: Vec<(&str, Option<AppError>)>) {
    for (name, err) in results {
        let err = err.unwrap_or_else(|| panic!("{name} was allowed in staff mode"));
        assert_eq!(err.code, "auth.organizer_required", "{name}: {err:?}");
        assert!(err.message.contains("组织者"), "{name}: {}", err.message);
    }
}
