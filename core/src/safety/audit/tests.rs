use rusqlite::Connection;

use super::*;
use crate::testkit::{self, november};
use crate::{roster, settings, store};

fn watched() -> Connection {
    let conn = store::open_in_memory().unwrap();
    watch(&conn).unwrap();
    conn
}

/// What the shell does after an organizer command succeeded.
fn log_changes(conn: &mut Connection, at: chrono::NaiveDateTime) {
    let changes = take_changes(conn).unwrap();
    record_changes(conn, at, AuditMode::Organizer, changes).unwrap();
}

fn all(conn: &Connection) -> Vec<AuditEntry> {
    list(conn, &AuditQuery::default()).unwrap()
}

#[test]
fn an_organizer_write_leaves_a_line_naming_the_record_and_what_changed() {
    let mut conn = watched();
    let ids = testkit::departments(&mut conn, &["办公室"]);
    log_changes(&mut conn, november(2, 9));
    let mut input = roster::list_departments(&conn).unwrap()[0].clone();
    input.name = "综合办公室".into();
    roster::update_department(
        &mut conn,
        ids[0],
        &roster::DepartmentInput {
            name: "综合办公室".into(),
            kind: input.kind,
            sort_order: input.sort_order,
        },
    )
    .unwrap();
    log_changes(&mut conn, november(2, 10));

    let lines = all(&conn);
    assert_eq!(lines.len(), 2);
    let update = &lines[0];
    assert_eq!(update.what, "科室 · 修改");
    assert_eq!(update.record, format!("department #{}", ids[0]));
    assert_eq!(update.before, "name=办公室");
    assert_eq!(update.after, "name=综合办公室");
    assert_eq!(update.at, "2026-11-02T10:00:00");
    assert_eq!(update.mode, AuditMode::Organizer);
    assert!(lines[1].what.ends_with("新增"));
    assert!(lines[1].after.contains("name=办公室"));
}

#[test]
fn passwords_and_pin_hashes_never_reach_the_log() {
    let mut conn = watched();
    settings::set_first_password(&mut conn, "organizer-pw", "市X局").unwrap();
    let ids = testkit::departments(&mut conn, &["办公室"]);
    testkit::staff(&mut conn, [testkit::person(1, "张三", ids[0])]);
    crate::auth::set_staff_pin(&mut conn, 1, Some("4321")).unwrap();
    log_changes(&mut conn, november(2, 9));
    let hash: String = conn
        .query_row(
            "SELECT value FROM setting WHERE key = 'organizer_password_hash'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let pin: String = conn
        .query_row("SELECT pin_hash FROM staff WHERE id = 1", [], |r| r.get(0))
        .unwrap();
    let text: String = all(&conn)
        .iter()
        .map(|e| format!("{}|{}|{}|{}", e.what, e.record, e.before, e.after))
        .collect();
    assert!(!text.contains(&hash) && !text.contains(&hash[..20]));
    assert!(!text.contains(&pin[..20]));
    assert!(!text.contains("organizer-pw") && !text.contains("4321"));
    assert!(text.contains("（已隐去）"));
}

#[test]
fn the_secret_ballot_tables_are_never_watched() {
    let mut conn = watched();
    let triggers: Vec<String> = conn
        .prepare("SELECT tbl_name FROM temp.sqlite_master WHERE type = 'trigger'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(triggers.iter().any(|t| t == "department"));
    assert!(triggers
        .iter()
        .all(|t| !t.starts_with("ballot_") && !t.starts_with("audit_")));
    conn.execute_batch(
        "CREATE TABLE ballot_probe (x); INSERT INTO ballot_probe VALUES (1); UPDATE ballot_probe SET x = 2;",
    )
    .unwrap();
    watch(&conn).unwrap(); // renewed after a schema change, as after a restore
    conn.execute("UPDATE ballot_probe SET x = 3", []).unwrap();
    assert!(take_changes(&conn).unwrap().is_empty());
    log_changes(&mut conn, november(2, 9));
    assert!(all(&conn).is_empty());
}

#[test]
fn the_chain_holds_and_the_check_names_the_first_line_that_was_changed_or_removed() {
    let mut conn = watched();
    for (i, name) in ["办公室", "财务科", "工会", "团委"].iter().enumerate() {
        testkit::departments(&mut conn, &[name]);
        log_changes(&mut conn, november(2, 9 + i as u32));
    }
    assert_eq!(
        verify(&conn).unwrap(),
        ChainCheck {
            entries: 4,
            first_broken: None
        }
    );

    // An edit that leaves the hash column alone.
    conn.execute(
        "UPDATE audit_log SET after = replace(after, '财务科', '审计科') WHERE id = 2",
        [],
    )
    .unwrap();
    assert_eq!(verify(&conn).unwrap().first_broken, Some(2));
    conn.execute(
        "UPDATE audit_log SET after = replace(after, '审计科', '财务科') WHERE id = 2",
        [],
    )
    .unwrap();
    assert_eq!(verify(&conn).unwrap().first_broken, None);

    // A line removed from the middle: the next one no longer links.
    conn.execute("DELETE FROM audit_log WHERE id = 3", [])
        .unwrap();
    assert_eq!(verify(&conn).unwrap().first_broken, Some(4));
}

#[test]
fn a_rewritten_line_with_a_fresh_hash_still_breaks_the_next_link() {
    let mut conn = watched();
    for name in ["办公室", "财务科", "工会"] {
        testkit::departments(&mut conn, &[name]);
        log_changes(&mut conn, november(2, 9));
    }
    // Someone who knows the scheme recomputes line 2's own hash after editing it.
    conn.execute(
        "UPDATE audit_log SET after = 'name=审计科', hash = 'f00d' WHERE id = 2",
        [],
    )
    .unwrap();
    assert_eq!(verify(&conn).unwrap().first_broken, Some(2));
}

#[test]
fn the_log_filters_by_text_and_mode_and_exports_as_a_workbook() {
    let mut conn = watched();
    testkit::departments(&mut conn, &["办公室", "财务科"]);
    log_changes(&mut conn, november(2, 9));
    record_now(
        &mut conn,
        november(2, 10),
        AuditMode::Kiosk,
        "投票终端 · 打开",
        "honor_round #1",
    )
    .unwrap();
    let kiosk = list(
        &conn,
        &AuditQuery {
            text: String::new(),
            mode: Some(AuditMode::Kiosk),
        },
    )
    .unwrap();
    assert_eq!(kiosk.len(), 1);
    let found = list(
        &conn,
        &AuditQuery {
            text: "投票终端".into(),
            mode: None,
        },
    )
    .unwrap();
    assert_eq!(found.len(), 1);
    assert!(list(
        &conn,
        &AuditQuery {
            text: "100%".into(),
            mode: None
        }
    )
    .unwrap()
    .is_empty());
    let bytes = export_xlsx(&conn).unwrap();
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    use calamine::Reader;
    let range = wb.worksheet_range("操作日志").unwrap();
    assert_eq!(range.height(), 3);
}

#[test]
fn every_table_is_watched_but_the_secret_ballots_and_the_log_also_of_later_features() {
    let conn = watched();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let triggers = |table: &str| -> i64 {
        conn.query_row(
            "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger' AND tbl_name = ?1",
            [table],
            |r| r.get(0),
        )
        .unwrap()
    };
    for t in &tables {
        let expected = if ["ballot_", "audit_", "tally_"]
            .iter()
            .any(|p| t.starts_with(p))
        {
            0
        } else {
            3
        };
        assert_eq!(triggers(t), expected, "{t}");
    }
    // Points adjustments, the 创建台账, role models and the 评诺 rounds landed after the log.
    for t in [
        "points_adjustment",
        "points_policy",
        "ledger_node",
        "ledger_mapping",
        "ledger_filing",
        "ledger_document",
        "exemplar",
        "exemplar_file",
        "exemplar_study",
        "pledge_round",
        "pledge_round_rater",
        "pledge_round_owner",
        "pledge_rating",
        "pledge_sheet",
        "pledge_sheet_owner",
    ] {
        assert!(tables.iter().any(|x| x == t), "{t} is not a table any more");
        assert_eq!(triggers(t), 3, "{t}: insert, update and delete are watched");
    }
}
