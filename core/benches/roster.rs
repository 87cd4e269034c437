//! Roster speed: the staff list at 500, 5 000 and 50 000 职工 (80 科室), and importing 5 000.
//! Goals (docs/PERFORMANCE.md): a list page < 20 ms that costs the same whatever the unit's size,
//! a 5 000-row import < 1 s.
//! Run: `cargo bench -p wenming-core --bench roster`

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use wenming_core::auth::Role;
use wenming_core::roster::{self, ImportOptions, StaffQuery};
use wenming_core::sample;
use wenming_core::store;

const DEPARTMENTS: usize = 80;
const PAGE: u32 = 50;

fn unit(dir: &std::path::Path, staff: usize) -> store::Connection {
    let mut conn = store::open(&dir.join(format!("unit-{staff}.db"))).unwrap();
    sample::load_unit(&mut conn, DEPARTMENTS, staff, wenming_core::time::now()).unwrap();
    conn
}

/// The floor: 50 staff rows read by primary key, no join, no order, no count — what any page costs
/// at least.
fn rows_by_id(conn: &store::Connection, after: i64) -> Vec<(i64, String, String)> {
    conn.prepare_cached(
        "SELECT id, employee_no, name FROM staff WHERE id > ?1 ORDER BY id LIMIT 50",
    )
    .unwrap()
    .query_map([after], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn listing_by_size(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    for staff in [500, 5_000, 50_000] {
        let conn = unit(dir.path(), staff);
        let first_page = StaffQuery {
            page: 1,
            page_size: PAGE,
            ..Default::default()
        };
        let last_page = StaffQuery {
            page: staff.div_ceil(PAGE as usize) as u32,
            ..first_page.clone()
        };
        let mut group = c.benchmark_group(format!("roster list, {staff} staff"));
        group
            .sample_size(30)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        for (name, q) in [("first page", &first_page), ("last page", &last_page)] {
            group.bench_function(name, |b| {
                b.iter(|| roster::list_staff(&conn, q, Role::Organizer).unwrap())
            });
        }
        let last_ids = staff as i64 - PAGE as i64;
        group.bench_function("floor: 50 rows by id", |b| {
            b.iter(|| rows_by_id(&conn, last_ids))
        });
        group.finish();
    }
}

fn filtering(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let conn = unit(dir.path(), 5_000);
    let first_page = StaffQuery {
        page: 1,
        page_size: PAGE,
        ..Default::default()
    };
    let search = StaffQuery {
        text: "张".into(),
        ..first_page.clone()
    };
    let department = StaffQuery {
        department_id: Some(40),
        ..first_page.clone()
    };
    let mut group = c.benchmark_group("roster list, 5000 staff, filtered");
    group
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (name, q) in [("search 张", &search), ("one 科室", &department)] {
        group.bench_function(name, |b| {
            b.iter(|| roster::list_staff(&conn, q, Role::Organizer).unwrap())
        });
    }
    group.bench_function("departments with headcounts", |b| {
        b.iter(|| roster::list_departments(&conn).unwrap())
    });
    group.finish();
}

fn importing(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let conn = unit(dir.path(), 5_000);
    let file = roster::export_xlsx(&conn, "大型单位").unwrap();
    drop(conn);
    let create = ImportOptions {
        mapping: None,
        create_departments: true,
    };
    let mut group = c.benchmark_group("roster import, 5000 rows");
    group.sample_size(10);
    group.bench_function("preview into an empty unit", |b| {
        let empty = store::open(&dir.path().join("empty.db")).unwrap();
        b.iter(|| roster::preview_import(&empty, &file, "花名册.xlsx", &create).unwrap())
    });
    group.bench_function("import into an empty unit", |b| {
        b.iter_batched(
            || {
                let d = tempfile::tempdir().unwrap();
                let conn = store::open(&d.path().join("fresh.db")).unwrap();
                (d, conn)
            },
            |(_d, mut conn)| {
                roster::apply_import(
                    &mut conn,
                    &file,
                    "花名册.xlsx",
                    &create,
                    wenming_core::time::now(),
                )
                .unwrap()
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("re-import updating everyone", |b| {
        let mut conn = store::open(&dir.path().join("unit-5000.db")).unwrap();
        b.iter(|| {
            roster::apply_import(
                &mut conn,
                &file,
                "花名册.xlsx",
                &create,
                wenming_core::time::now(),
            )
            .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, listing_by_size, filtering, importing);
criterion_main!(benches);
