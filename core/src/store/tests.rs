use super::*;

#[test]
fn every_connection_has_wal_full_sync_foreign_keys_and_busy_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(&dir.path().join("a.db")).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    let fk: i64 = conn
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap();
    let busy: i64 = conn
        .pragma_query_value(None, "busy_timeout", |r| r.get(0))
        .unwrap();
    let sync: i64 = conn
        .pragma_query_value(None, "synchronous", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(fk, 1);
    assert_eq!(busy, 5000);
    // FULL (2): every commit's write-ahead log is on the disk before the write is acknowledged.
    assert_eq!(sync, 2);
}

#[test]
fn opening_creates_the_data_folder_and_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/wenming.db");
    let conn = open(&path).unwrap();
    let v: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, schema_version());
    drop(conn);
    // Opening again is a no-op for the schema.
    let conn = open(&path).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM department", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.db");
    {
        let conn = open(&path).unwrap();
        conn.pragma_update(None, "user_version", schema_version() + 1)
            .unwrap();
        conn.execute(
            "INSERT INTO setting (key, value) VALUES ('unit_name', '未来局')",
            [],
        )
        .unwrap();
    }
    let err = open(&path).unwrap_err();
    assert!(matches!(err, StoreError::TooNew { found, supported } if found == supported + 1));
    let app: crate::AppError = err.into();
    assert_eq!(app.code, "store.too_new");
    assert!(app.message.contains("新版本"), "{}", app.message);

    let raw = rusqlite::Connection::open(&path).unwrap();
    let v: i64 = raw
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, schema_version() + 1);
}

#[test]
fn a_file_that_is_not_a_database_gets_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("not.db");
    std::fs::write(&path, "这不是数据库文件，只是一段文字。".repeat(100)).unwrap();
    let err: crate::AppError = open(&path).unwrap_err().into();
    assert!(err.code.starts_with("store."), "{err:?}");
}

#[test]
fn migrations_are_valid() {
    assert!(Migrations::from_slice(MIGRATIONS).validate().is_ok());
}

#[test]
fn env_variable_overrides_the_default_path() {
    // Only read here; setting env in tests would race with other tests.
    if let Some(p) = std::env::var_os(DB_ENV) {
        assert_eq!(default_db_path(), PathBuf::from(p));
    } else {
        assert!(default_db_path().ends_with("wenming/wenming.db"));
    }
}
