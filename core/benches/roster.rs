//! Roster speed on a large unit (5 000 职工 in 80 科室): listing and importing.
//! Goals (docs/PERFORMANCE.md): list < 20 ms, a 5 000-row import < 1 s.
//! Run: `cargo bench -p wenming-core --bench roster`

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use wenming_core::auth::Role;
use wenming_core::roster::{self, ImportOptions, StaffQuery};
use wenming_core::sample::{self, SampleSize};
use wenming_core::store;

fn large_unit(dir: &std::path::Path) -> store::Connection {
    let mut conn = store::open(&dir.join("large.db")).unwrap();
    sample::load(&mut conn, SampleSize::Large, wenming_core::time::now()).unwrap();
    conn
}

fn listing(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let conn = large_unit(dir.path());
    let first_page = StaffQuery {
        page: 1,
        page_size: 50,
        ..Default::default()
    };
    let last_page = StaffQuery {
        page: 100,
        ..first_page.clone()
    };
    let search = StaffQuery {
        text: "张".into(),
        ..first_page.clone()
    };
    let department = StaffQuery {
        department_id: Some(40),
        ..first_page.clone()
    };
    let mut group = c.benchmark_group("roster list, 5000 staff");
    for (name, q) in [
        ("first page", &first_page),
        ("last page", &last_page),
        ("search 张", &search),
        ("one 科室", &department),
    ] {
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
    let conn = large_unit(dir.path());
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
        let mut conn = store::open(&dir.path().join("large.db")).unwrap();
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

criterion_group!(benches, listing, importing);
criterion_main!(benches);
