//! Fuzzing the readers of bytes from outside the app: the 花名册 importer (.xlsx and .csv), the
//! 健身挑战 sheet import, and the data archive reader (restore a backup, import the data on another machine). Each gets
//! random bytes, and — more to the point — a valid file with bytes overwritten, cut short or
//! spliced in, so the parser gets past its first checks. Whatever arrives, the reader returns a
//! result or a coded error with a message; it never panics (a panic aborts the release build) and a
//! refused import changes nothing.
//!
//! The test command runs a short round; `WENMING_FUZZ_CASES=20000 cargo test -p wenming-core --test
//! fuzz -- --nocapture` is the long run whose figures are in docs/RELIABILITY.md. A stable-Rust
//! proptest run rather than cargo-fuzz, which needs a nightly compiler.

use std::cell::{Cell, RefCell};
use std::path::Path;
use std::time::Instant;

use chrono::{NaiveDate, NaiveDateTime};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use rusqlite::Connection;
use wenming_core::roster::{self, DepartmentInput, DepartmentKind, ImportOptions};
use wenming_core::{safety, store, AppError};

const CASES: u32 = 200;

fn cases() -> u32 {
    std::env::var("WENMING_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CASES)
}

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 2)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    })
}

/// A valid file, then damaged: random bytes overwritten, cut short, a random run spliced in, or
/// nothing of it left but random bytes.
fn damaged(seed: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = seed.len();
    let a = seed.clone();
    let b = seed.clone();
    let c = seed;
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..2048),
        proptest::collection::vec((0..len, any::<u8>()), 1..12).prop_map(move |edits| {
            let mut bytes = a.clone();
            for (at, byte) in edits {
                bytes[at] = byte;
            }
            bytes
        }),
        (0..len).prop_map(move |cut| b[..cut].to_vec()),
        (0..len, proptest::collection::vec(any::<u8>(), 1..64)).prop_map(move |(at, run)| {
            let mut bytes = c.clone();
            bytes.splice(at..at, run);
            bytes
        }),
    ]
}

fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    wb.save_to_buffer().unwrap()
}

fn roster_rows(conn: &Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare(
            "SELECT 'd|' || id || '|' || name FROM department \
             UNION ALL SELECT 's|' || id || '|' || employee_no || '|' || name || '|' || department_id FROM staff \
             ORDER BY 1",
        )
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn unit() -> Connection {
    let mut conn = store::open_in_memory().unwrap();
    for name in ["办公室", "财务科"] {
        let input = DepartmentInput {
            name: name.into(),
            kind: DepartmentKind::Office,
            sort_order: 0,
        };
        roster::create_department(&mut conn, &input, now()).unwrap();
    }
    conn
}

/// Previews and imports `bytes` as `file_name`: a result or a `roster.import.*` error with a
/// message, and a refused import leaves the roster as it was.
fn import_survives(
    conn: &RefCell<Connection>,
    bytes: &[u8],
    file_name: &str,
) -> Result<(), String> {
    let create = ImportOptions {
        mapping: None,
        create_departments: true,
    };
    if let Err(e) = roster::preview_import(&conn.borrow(), bytes, file_name, &create) {
        let e = AppError::from(e);
        if !e.code.starts_with("roster.import.") || e.message.is_empty() {
            return Err(format!("preview answered {e:?}"));
        }
    }
    let before = roster_rows(&conn.borrow());
    let result = roster::apply_import(&mut conn.borrow_mut(), bytes, file_name, &create, now());
    if let Err(e) = result {
        let e = AppError::from(e);
        if !e.code.starts_with("roster.import.") || e.message.is_empty() {
            return Err(format!("import answered {e:?}"));
        }
        if roster_rows(&conn.borrow()) != before {
            return Err(format!(
                "the refused import ({}) changed the roster",
                e.code
            ));
        }
    }
    Ok(())
}

fn fuzz_import(seed: Vec<u8>, file_name: &str) -> u32 {
    let conn = RefCell::new(unit());
    let started = Instant::now();
    let runs = Cell::new(0u32);
    runner()
        .run(&damaged(seed), |bytes| {
            runs.set(runs.get() + 1);
            import_survives(&conn, &bytes, file_name).map_err(TestCaseError::fail)?;
            Ok(())
        })
        .unwrap();
    eprintln!(
        "fuzz {file_name}: {} inputs in {:.1} s, no panic",
        runs.get(),
        started.elapsed().as_secs_f64()
    );
    runs.get()
}

#[test]
fn damaged_workbooks_are_refused_with_a_message_and_never_panic() {
    let seed = xlsx(&[
        &["工号", "姓名", "科室", "手机号", "性别"],
        &["W001", "张三", "办公室", "13912345678", "男"],
        &["W002", "李四", "新设科", "13912345679", "女"],
    ]);
    assert!(fuzz_import(seed, "花名册.xlsx") > 0);
}

#[test]
fn damaged_csv_files_are_refused_with_a_message_and_never_panic() {
    let seed =
        "\u{feff}工号,姓名,科室,手机号\nW001,张三,办公室,13912345678\n\"W002\",\"李,四\",新设科,\n"
            .as_bytes()
            .to_vec();
    assert!(fuzz_import(seed, "花名册.csv") > 0);
    let (gbk, _, _) = encoding_rs::GBK.encode("工号,姓名,科室\nW003,王五,财务科\n");
    assert!(fuzz_import(gbk.into_owned(), "花名册.csv") > 0);
}

#[test]
fn damaged_data_archives_are_refused_with_a_message_and_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("data").join("wenming.db");
    let conn = store::open(&db_path).unwrap();
    let archive = dir.path().join("全部数据.zip");
    safety::export_data(&conn, &db_path, &archive, now()).unwrap();
    let seed = std::fs::read(&archive).unwrap();

    let started = Instant::now();
    let runs = Cell::new(0u32);
    runner()
        .run(&damaged(seed), |bytes| {
            runs.set(runs.get() + 1);
            let case = tempfile::tempdir().unwrap();
            let src = case.path().join("备份.zip");
            std::fs::write(&src, &bytes).unwrap();
            if let Err(e) = safety::check_archive(&src, &case.path().join("staging")) {
                let e = AppError::from(e);
                prop_assert!(
                    e.code.starts_with("safety.") && !e.message.is_empty(),
                    "the archive reader answered {e:?}"
                );
            }
            Ok(())
        })
        .unwrap();
    eprintln!(
        "fuzz data archive: {} inputs in {:.1} s, no panic",
        runs.get(),
        started.elapsed().as_secs_f64()
    );
    assert!(runs.get() > 0);
    assert!(Path::new(&archive).exists());
}

/// A 健步走 challenge over December 2026 (the fuzz clock's 2nd), with two people signed up.
fn challenge_unit() -> (Connection, i64) {
    use wenming_core::activities::{self, ActivityInput, ActivityKind, Actor, Schedule};
    use wenming_core::challenges::{self, ChallengeInput, ChallengeUnit};
    let mut conn = unit();
    let dept = roster::list_departments(&conn).unwrap()[0].id;
    let at = |d: u32, h: u32| {
        NaiveDate::from_ymd_opt(2026, 11, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    };
    let day = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
    let input = ActivityInput {
        kind: ActivityKind::Fitness,
        title: "健步走".into(),
        description: String::new(),
        place: String::new(),
        schedule: Schedule {
            starts_at: day(1).and_hms_opt(0, 0, 0).unwrap(),
            ends_at: day(31).and_hms_opt(23, 0, 0).unwrap(),
            signup_opens_at: at(1, 9),
            signup_deadline: at(30, 18),
            cancel_cutoff: at(29, 18),
        },
        capacity: None,
        department_ids: Vec::new(),
        party_members_only: false,
        team_mode: false,
    };
    let activity = activities::create_activity(&mut conn, &input, true, at(1, 8))
        .unwrap()
        .id;
    for (no, name) in [("W001", "张三"), ("W002", "李四")] {
        let staff = roster::create_staff(
            &mut conn,
            &roster::StaffInput {
                employee_no: no.into(),
                name: name.into(),
                gender: roster::Gender::Female,
                department_id: dept,
                position: String::new(),
                political_status: roster::PoliticalStatus::Masses,
                is_veteran: false,
                phone: String::new(),
            },
            at(1, 8),
        )
        .unwrap()
        .id;
        activities::sign_up(&mut conn, activity, staff, Actor::Staff(staff), at(10, 9)).unwrap();
    }
    let setup = ChallengeInput {
        unit: ChallengeUnit::Steps,
        starts_on: day(1),
        ends_on: day(31),
    };
    challenges::set_challenge(&mut conn, activity, &setup, at(30, 9)).unwrap();
    (conn, activity)
}

fn challenge_entries(conn: &Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare("SELECT staff_id || '|' || day || '|' || amount FROM challenge_entry ORDER BY 1")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn damaged_challenge_sheets_are_refused_with_a_message_and_never_panic() {
    use wenming_core::challenges;
    let (conn, activity) = challenge_unit();
    let seed = xlsx(&[
        &["工号", "姓名", "2026-12-01", "2026-12-02"],
        &["W001", "张三", "8000", "12000"],
        &["W002", "李四", "", "300000"],
    ]);
    let conn = RefCell::new(conn);
    let started = Instant::now();
    let runs = Cell::new(0u32);
    runner()
        .run(&damaged(seed), |bytes| {
            runs.set(runs.get() + 1);
            let coded = |e: AppError| -> Result<(), TestCaseError> {
                if e.code.starts_with("challenge.") && !e.message.is_empty() {
                    Ok(())
                } else {
                    Err(TestCaseError::fail(format!("answered {e:?}")))
                }
            };
            if let Err(e) = challenges::preview_challenge_import(
                &conn.borrow(),
                activity,
                &bytes,
                "填报.xlsx",
                now(),
            ) {
                coded(e.into())?;
            }
            let before = challenge_entries(&conn.borrow());
            let applied = challenges::apply_challenge_import(
                &mut conn.borrow_mut(),
                activity,
                &bytes,
                "填报.xlsx",
                now(),
            );
            if let Err(e) = applied {
                coded(e.into())?;
                if challenge_entries(&conn.borrow()) != before {
                    return Err(TestCaseError::fail("a refused import changed the entries"));
                }
            }
            Ok(())
        })
        .unwrap();
    eprintln!(
        "fuzz challenge sheet: {} inputs in {:.1} s, no panic",
        runs.get(),
        started.elapsed().as_secs_f64()
    );
    assert!(runs.get() > 0);
}
