use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::backups::{name_parses, staging_dirs, KEEP};
use super::*;
use crate::activities::{self, ActivityKind};
use crate::testkit::{self, november};
use crate::{files, roster, store};

struct Data {
    _dir: tempfile::TempDir,
    db_path: PathBuf,
    conn: Connection,
}

fn data() -> Data {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("data").join("wenming.db");
    let mut conn = store::open(&db_path).unwrap();
    testkit::departments(&mut conn, &["办公室", "财务科"]);
    Data {
        _dir: dir,
        db_path,
        conn,
    }
}

fn department_names(conn: &Connection) -> Vec<String> {
    let mut names: Vec<String> = roster::list_departments(conn)
        .unwrap()
        .into_iter()
        .map(|d| d.name)
        .collect();
    names.sort();
    names
}

/// Every table's rows but the 操作日志's and its count (a restore adds a line), to compare the data.
fn fingerprint(conn: &Connection) -> Vec<String> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_log', 'tally_audit') ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut line = t.clone();
                for i in 0..n {
                    line.push_str(&format!("|{:?}", r.get_ref(i)?));
                }
                Ok(line)
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out
}

fn sorted(names: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

fn at(day: u32, hour: u32) -> NaiveDateTime {
    november(day, hour)
}

#[test]
fn a_restored_backup_brings_back_the_data_and_the_data_it_replaced_is_backed_up_first() {
    let mut d = data();
    let backup = back_up(&d.conn, &d.db_path, at(2, 9), BackupReason::Manual).unwrap();
    let before = fingerprint(&d.conn);
    testkit::departments(&mut d.conn, &["工会"]);
    assert_eq!(
        department_names(&d.conn),
        sorted(&["办公室", "财务科", "工会"])
    );

    restore_backup(&mut d.conn, &d.db_path, &backup.file_name, at(2, 10)).unwrap();

    assert_eq!(fingerprint(&d.conn), before);
    let log = audit::list(&d.conn, &Default::default()).unwrap().items;
    assert_eq!(
        log[0].what, "数据 · 恢复",
        "the restore is logged in the restored data"
    );
    assert!(log[0].record.contains(&backup.file_name));
    let list = list_backups(&d.db_path).unwrap();
    assert_eq!(list[0].reason, BackupReason::BeforeRestore);
    assert_eq!(list[1].file_name, backup.file_name);
    assert_eq!(staging_dirs(&d.db_path), 0, "the staging folder is removed");
    // The replaced data is itself restorable.
    restore_backup(&mut d.conn, &d.db_path, &list[0].file_name, at(2, 11)).unwrap();
    assert_eq!(
        department_names(&d.conn),
        sorted(&["办公室", "财务科", "工会"])
    );
    // The connection still has its settings: WAL and foreign keys.
    let mode: String = d
        .conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn the_backup_holds_commits_that_are_still_in_the_write_ahead_log() {
    let mut d = data();
    // A second connection keeps a read open, so nothing is folded back into the main file.
    let reader = Connection::open(&d.db_path).unwrap();
    let tx = reader.unchecked_transaction().unwrap();
    let _: i64 = tx
        .query_row("SELECT count(*) FROM department", [], |r| r.get(0))
        .unwrap();
    testkit::departments(&mut d.conn, &["工会"]);
    let b = back_up(&d.conn, &d.db_path, at(2, 9), BackupReason::Manual).unwrap();
    drop(tx);

    let other = data();
    let mut conn = other.conn;
    let src = backups_dir(&d.db_path).join(&b.file_name);
    import_data(&mut conn, &other.db_path, &src, at(3, 9)).unwrap();
    assert_eq!(
        department_names(&conn),
        sorted(&["办公室", "财务科", "工会"])
    );
}

#[test]
fn an_archive_carries_the_attached_files_to_another_machine() {
    let mut d = data();
    let input = testkit::activity_input(ActivityKind::Volunteer, "清洁家园");
    let activity = testkit::publish(&mut d.conn, &input);
    let photo = b"\x89PNG\r\n\x1a\n not really a picture".to_vec();
    let dir = files::files_dir(&d.db_path);
    let f =
        activities::add_file(&mut d.conn, &dir, activity.id, "合影.png", &photo, at(2, 9)).unwrap();
    let exported = d.db_path.parent().unwrap().join("迁移.zip");
    export_data(&d.conn, &d.db_path, &exported, at(2, 10)).unwrap();

    let mut other = data();
    import_data(&mut other.conn, &other.db_path, &exported, at(3, 9)).unwrap();
    let read = files::read(&files::files_dir(&other.db_path), &f.sha256, "合影.png").unwrap();
    assert_eq!(read, photo);
    assert_eq!(fingerprint(&other.conn), fingerprint(&d.conn));
}

fn refused_and_nothing_changed(d: &mut Data, src: &Path, code: &str) {
    let before = fingerprint(&d.conn);
    let backups_before = list_backups(&d.db_path).unwrap();
    let err = import_data(&mut d.conn, &d.db_path, src, at(5, 9)).unwrap_err();
    assert_eq!(err.code, code, "{}", err.message);
    assert!(err.message.contains("未做任何更改"), "{}", err.message);
    assert_eq!(fingerprint(&d.conn), before);
    assert_eq!(list_backups(&d.db_path).unwrap(), backups_before);
    assert_eq!(staging_dirs(&d.db_path), 0);
}

fn write_zip(path: &Path, entries: &[(&str, &[u8])]) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, bytes) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

fn manifest(schema_version: i64) -> Vec<u8> {
    format!(
        r#"{{"format":"{MANIFEST_FORMAT}","format_version":1,"schema_version":{schema_version},"created":"2026-11-02T09:00:00"}}"#
    )
    .into_bytes()
}

#[test]
fn a_file_that_is_not_a_backup_is_refused_and_nothing_changes() {
    let mut d = data();
    let dir = d.db_path.parent().unwrap().to_path_buf();
    let text = dir.join("名单.csv");
    std::fs::write(&text, "工号,姓名\n1,张三\n").unwrap();
    refused_and_nothing_changed(&mut d, &text, "safety.foreign");

    let other_zip = dir.join("照片.zip");
    write_zip(&other_zip, &[("a.jpg", b"jpeg")]);
    refused_and_nothing_changed(&mut d, &other_zip, "safety.foreign");

    // Our manifest around somebody else's SQLite database.
    let foreign_db = dir.join("other.db");
    let c = Connection::open(&foreign_db).unwrap();
    c.execute_batch("CREATE TABLE t (x); PRAGMA user_version = 3;")
        .unwrap();
    drop(c);
    let bytes = std::fs::read(&foreign_db).unwrap();
    let fake = dir.join("fake.zip");
    write_zip(
        &fake,
        &[("manifest.json", &manifest(3)), ("wenming.db", &bytes)],
    );
    refused_and_nothing_changed(&mut d, &fake, "safety.foreign");

    // A path outside the archive's folders.
    let b = back_up(&d.conn, &d.db_path, at(2, 9), BackupReason::Manual).unwrap();
    let good = std::fs::read(backups_dir(&d.db_path).join(&b.file_name)).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(good)).unwrap();
    let mut db = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name("wenming.db").unwrap(), &mut db).unwrap();
    let sly = dir.join("sly.zip");
    write_zip(
        &sly,
        &[
            ("manifest.json", &manifest(store::schema_version())),
            ("wenming.db", &db),
            ("../../evil.sh", b"rm -rf /"),
        ],
    );
    refused_and_nothing_changed(&mut d, &sly, "safety.foreign");
    assert!(!dir.parent().unwrap().join("evil.sh").exists());
}

#[test]
fn a_damaged_backup_is_refused_and_nothing_changes() {
    let mut d = data();
    let b = back_up(&d.conn, &d.db_path, at(2, 9), BackupReason::Manual).unwrap();
    let path = backups_dir(&d.db_path).join(&b.file_name);
    let good = std::fs::read(&path).unwrap();
    let dir = d.db_path.parent().unwrap().to_path_buf();

    // Cut short.
    let cut = dir.join("cut.zip");
    std::fs::write(&cut, &good[..good.len() / 2]).unwrap();
    refused_and_nothing_changed(&mut d, &cut, "safety.damaged");

    // A database whose pages were overwritten: the zip is whole, integrity_check fails.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(good.clone())).unwrap();
    let mut db = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name("wenming.db").unwrap(), &mut db).unwrap();
    let page = 4096;
    for byte in &mut db[2 * page + 100..3 * page] {
        *byte = 0x5a;
    }
    let broken = dir.join("broken.zip");
    write_zip(
        &broken,
        &[
            ("manifest.json", &manifest(store::schema_version())),
            ("wenming.db", &db),
        ],
    );
    refused_and_nothing_changed(&mut d, &broken, "safety.damaged");

    // An attachment whose bytes no longer match its name.
    let sha = "ab".to_string() + &"0".repeat(62);
    let blob_name = format!("files/ab/{sha}");
    let mut db_ok = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name("wenming.db").unwrap(), &mut db_ok).unwrap();
    let wrong = dir.join("wrong.zip");
    write_zip(
        &wrong,
        &[
            ("manifest.json", &manifest(store::schema_version())),
            ("wenming.db", &db_ok),
            (&blob_name, b"other bytes"),
        ],
    );
    refused_and_nothing_changed(&mut d, &wrong, "safety.damaged");
}

#[test]
fn a_backup_from_a_newer_version_is_refused_and_nothing_changes() {
    let mut d = data();
    let dir = d.db_path.parent().unwrap().to_path_buf();
    let newer = dir.join("newer.zip");
    write_zip(
        &newer,
        &[
            ("manifest.json", &manifest(store::schema_version() + 1)),
            ("wenming.db", b"x"),
        ],
    );
    refused_and_nothing_changed(&mut d, &newer, "safety.too_new");
}

#[test]
fn a_name_outside_the_backups_folder_is_not_restored() {
    let mut d = data();
    let err = restore_backup(&mut d.conn, &d.db_path, "../wenming.db", at(2, 9)).unwrap_err();
    assert_eq!(err.code, "safety.not_found");
}

#[test]
fn one_daily_backup_per_day_and_only_the_newest_are_kept() {
    let d = data();
    assert!(daily_backup(&d.conn, &d.db_path, at(2, 8))
        .unwrap()
        .is_some());
    assert!(daily_backup(&d.conn, &d.db_path, at(2, 17))
        .unwrap()
        .is_none());
    assert!(daily_backup(&d.conn, &d.db_path, at(3, 8))
        .unwrap()
        .is_some());
    for i in 0..KEEP as u32 + 3 {
        back_up(&d.conn, &d.db_path, at(4 + i, 9), BackupReason::Manual).unwrap();
    }
    let list = list_backups(&d.db_path).unwrap();
    assert_eq!(list.len(), KEEP);
    assert_eq!(list[0].created, "2026-11-20T09:00:00");
    assert!(list
        .iter()
        .all(|b| b.reason == BackupReason::Manual && b.size > 0));
    // Two in the same second keep both.
    let a = back_up(&d.conn, &d.db_path, at(25, 9), BackupReason::Manual).unwrap();
    let b = back_up(&d.conn, &d.db_path, at(25, 9), BackupReason::Manual).unwrap();
    assert_ne!(a.file_name, b.file_name);
    assert!(name_parses(&b.file_name));
    // Files of other names in the folder are neither listed nor removed.
    let stray = backups_dir(&d.db_path).join("说明.txt");
    std::fs::write(&stray, "x").unwrap();
    back_up(&d.conn, &d.db_path, at(26, 9), BackupReason::Manual).unwrap();
    assert!(stray.exists());
    assert!(list_backups(&d.db_path)
        .unwrap()
        .iter()
        .all(|b| b.file_name != "说明.txt"));
}

#[test]
fn the_days_backup_apart_lets_the_app_write_meanwhile_and_is_made_once_a_day() {
    let mut d = data();
    let path = d.db_path.clone();
    let first = std::thread::spawn(move || daily_backup_apart(&path, at(2, 8), || {}));
    // The app goes on writing on its own connection while the backup runs.
    testkit::departments(&mut d.conn, &["工会"]);
    let made = first.join().unwrap().unwrap().expect("the day's backup");
    assert_eq!(made.reason, BackupReason::Daily);
    let staging = d.db_path.with_file_name("check");
    let info = check_archive(&backups_dir(&d.db_path).join(&made.file_name), &staging).unwrap();
    assert_eq!(info.schema_version, store::schema_version());
    assert!(department_names(&d.conn).contains(&"工会".to_string()));
    // Later the same day: none; the next day: one.
    assert!(daily_backup_apart(&d.db_path, at(2, 17), || {})
        .unwrap()
        .is_none());
    assert!(daily_backup_apart(&d.db_path, at(3, 8), || {})
        .unwrap()
        .is_some());
}

#[test]
fn the_days_backup_is_made_after_its_wait_with_what_was_written_meanwhile_and_waits_only_when_due()
{
    let mut d = data();
    let path = d.db_path.clone();
    let (waiting, written) = (std::sync::mpsc::channel(), std::sync::mpsc::channel());
    let (tell, seen) = (waiting.0, written.1);
    let backup = std::thread::spawn(move || {
        daily_backup_apart(&path, at(2, 8), move || {
            tell.send(()).unwrap();
            seen.recv().unwrap();
        })
    });
    // While the backup waits for the start to end, the app writes; nothing is written yet.
    waiting.1.recv().unwrap();
    assert!(list_backups(&d.db_path).unwrap().is_empty());
    testkit::departments(&mut d.conn, &["工会"]);
    written.0.send(()).unwrap();
    let made = backup.join().unwrap().unwrap().expect("the day's backup");
    let staging = d.db_path.with_file_name("check");
    check_archive(&backups_dir(&d.db_path).join(&made.file_name), &staging).unwrap();
    let backed_up = Connection::open(staging.join("wenming.db")).unwrap();
    let names = department_names(&backed_up);
    assert!(names.contains(&"工会".to_string()), "{names:?}");
    // Already made today: no wait at all.
    let waited = std::cell::Cell::new(false);
    assert!(
        daily_backup_apart(&d.db_path, at(2, 17), || waited.set(true))
            .unwrap()
            .is_none()
    );
    assert!(!waited.get());
}

#[test]
fn a_database_is_backed_up_before_it_is_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("wenming.db");
    {
        let mem = store::open_in_memory_at(1).unwrap();
        mem.execute(
            "INSERT INTO department (name, kind, created_at) VALUES ('办公室', 'office', '2026-11-01T08:00:00')",
            [],
        )
        .unwrap();
        mem.backup(rusqlite::MAIN_DB, &db_path, None).unwrap();
    }
    let conn = open_backed_up(&db_path, at(2, 8)).unwrap();
    let list = list_backups(&db_path).unwrap();
    let upgrade = list
        .iter()
        .find(|b| b.reason == BackupReason::BeforeUpgrade)
        .expect("a backup before the upgrade");
    // The backup holds the old version, and a restore brings it up to date again.
    let staging = dir.path().join("check");
    let info = check_archive(&backups_dir(&db_path).join(&upgrade.file_name), &staging).unwrap();
    assert_eq!(info.schema_version, 1);
    assert_eq!(department_names(&conn), ["办公室"]);
    drop(conn);
    // A fresh database has nothing to lose: no backup before its first migrations.
    let fresh = dir.path().join("fresh").join("wenming.db");
    open_backed_up(&fresh, at(2, 8)).unwrap();
    assert!(list_backups(&fresh).unwrap().is_empty());
}
