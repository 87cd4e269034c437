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
    list(conn, &AuditQuery::default()).unwrap().items
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
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!((kiosk.items.len(), kiosk.total), (1, 1));
    let found = list(
        &conn,
        &AuditQuery {
            text: "投票终端".into(),
            mode: None,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!((found.items.len(), found.total), (1, 1));
    assert!(list(
        &conn,
        &AuditQuery {
            text: "100%".into(),
            mode: None,
            ..Default::default()
        }
    )
    .unwrap()
    .items
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

/// `lines` lines, one a minute: every third from a 投票终端, the others the organizer's; line i
/// names “第i条”.
fn a_log_of(conn: &mut Connection, lines: u32) {
    for i in 1..=lines {
        let mode = if i % 3 == 0 {
            AuditMode::Kiosk
        } else {
            AuditMode::Organizer
        };
        let at = november(2, 9) + chrono::Duration::minutes(i.into());
        record_now(conn, at, mode, "测试", &format!("第{i}条")).unwrap();
    }
}

fn page_of(
    conn: &Connection,
    text: &str,
    mode: Option<AuditMode>,
    page: u32,
    page_size: u32,
) -> AuditPage {
    let q = AuditQuery {
        text: text.into(),
        mode,
        page,
        page_size,
    };
    list(conn, &q).unwrap()
}

fn records(page: &AuditPage) -> Vec<&str> {
    page.items.iter().map(|e| e.record.as_str()).collect()
}

#[test]
fn the_log_is_read_a_page_at_a_time_newest_first_with_the_lines_it_matches_counted() {
    let mut conn = watched();
    a_log_of(&mut conn, 45);

    let first = page_of(&conn, "", None, 1, 20);
    assert_eq!((first.items.len(), first.total), (20, 45));
    assert_eq!(records(&first)[..3], ["第45条", "第44条", "第43条"]);
    let last = page_of(&conn, "", None, 3, 20);
    assert_eq!(
        records(&last),
        ["第5条", "第4条", "第3条", "第2条", "第1条"]
    );
    let beyond = page_of(&conn, "", None, 4, 20);
    assert_eq!((beyond.items.len(), beyond.total), (0, 45));

    // One mode: the 15 kiosk lines, a page of 10 and then the other 5.
    let kiosk = page_of(&conn, "", Some(AuditMode::Kiosk), 1, 10);
    assert_eq!(kiosk.total, 15);
    assert_eq!(records(&kiosk)[..2], ["第45条", "第42条"]);
    let kiosk_rest = page_of(&conn, "", Some(AuditMode::Kiosk), 2, 10);
    assert_eq!(
        records(&kiosk_rest),
        ["第15条", "第12条", "第9条", "第6条", "第3条"]
    );
    let organizer = page_of(&conn, "", Some(AuditMode::Organizer), 1, 50);
    assert_eq!((organizer.items.len(), organizer.total), (30, 30));

    // A search counts what it matches: 第1条 and 第10条 to 第19条.
    let found = page_of(&conn, "第1", None, 1, 5);
    assert_eq!(found.total, 11);
    assert_eq!(
        records(&found),
        ["第19条", "第18条", "第17条", "第16条", "第15条"]
    );
    let found_kiosk = page_of(&conn, "第1", Some(AuditMode::Kiosk), 1, 5);
    assert_eq!(records(&found_kiosk), ["第18条", "第15条", "第12条"]);
    assert_eq!(found_kiosk.total, 3);
}

#[test]
fn the_count_follows_each_line_added_and_one_taken_out() {
    let mut conn = watched();
    a_log_of(&mut conn, 5);
    let totals = |conn: &Connection| {
        (
            page_of(conn, "", None, 1, 1).total,
            page_of(conn, "", Some(AuditMode::Kiosk), 1, 1).total,
            page_of(conn, "", Some(AuditMode::Staff), 1, 1).total,
        )
    };
    assert_eq!(totals(&conn), (5, 1, 0));
    record_now(
        &mut conn,
        november(2, 11),
        AuditMode::Staff,
        "测试",
        "第6条",
    )
    .unwrap();
    assert_eq!(totals(&conn), (6, 1, 1));
    // Someone removes a kiosk line behind the app's back (the chain check names it): the pager
    // counts what is there.
    conn.execute("DELETE FROM audit_log WHERE record = '第3条'", [])
        .unwrap();
    assert_eq!(totals(&conn), (5, 0, 1));
    assert_eq!(page_of(&conn, "", None, 1, 10).items.len(), 5);
}

#[test]
fn a_page_size_out_of_range_or_page_zero_is_refused_in_plain_words() {
    let mut conn = watched();
    a_log_of(&mut conn, 3);
    for page_size in [0, PAGE_SIZE_MAX + 1] {
        let q = AuditQuery {
            page_size,
            ..Default::default()
        };
        let e = list(&conn, &q).unwrap_err();
        assert_eq!(e.code, "page.size_out_of_range");
        assert_eq!(
            e.message,
            format!("每页条数须在 1–{PAGE_SIZE_MAX} 之间，现在是 {page_size}")
        );
    }
    let q = AuditQuery {
        page: 0,
        ..Default::default()
    };
    let e = list(&conn, &q).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        ("page.zero", "页码从 1 开始，现在是 0")
    );
}

#[test]
fn a_page_of_the_log_is_read_in_its_order_not_sorted() {
    let mut conn = watched();
    a_log_of(&mut conn, 30);
    let plans = page_plans(&conn).unwrap();
    for plan in &plans {
        assert!(!plan.contains("TEMP B-TREE"), "sorted: {plan}");
    }
    assert!(plans[1].contains("audit_by_mode"), "{}", plans[1]);
}
