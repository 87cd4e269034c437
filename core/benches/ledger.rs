//! 创建台账 on a large unit: 2 000 activities and 100 000 sign-ups over 5 000 职工, the 示例 测评体系.
//! Goals (docs/PERFORMANCE.md): coverage over a year range < 50 ms; the 台账 export of a year,
//! its time and size. The floor is the bare read of the range's activities.
//! Run: `cargo bench -p wenming-core --bench ledger`

use criterion::{criterion_group, criterion_main, Criterion};
use wenming_core::ledger::{self, ExportInput};
use wenming_core::sample::{self, SampleSize};
use wenming_core::store;

fn ledger(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = store::open(&dir.path().join("large.db")).unwrap();
    sample::load(&mut conn, SampleSize::Large, wenming_core::time::now()).unwrap();
    sample::load_activity_history(&mut conn, 2000, 100_000).unwrap();
    ledger::load_sample_tree(&mut conn).unwrap();
    let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 31)
        .unwrap()
        .and_hms_opt(18, 0, 0)
        .unwrap();
    let files = dir.path().join("files");

    let mut group = c.benchmark_group("ledger, 2000 activities, 100000 sign-ups");
    group.bench_function("coverage 2024-2026", |b| {
        b.iter(|| ledger::coverage(&conn, 2024, 2026, now).unwrap())
    });
    group.bench_function("standards without evidence 2026", |b| {
        b.iter(|| ledger::standards_without_evidence(&conn, 2026, 2026, now).unwrap())
    });
    // The floor: the bare read of the activities of the range by kind, the bulk of the records
    // the coverage files (it also reads results, honors, pledges, study sessions, the filings and
    // the tree).
    group.bench_function("floor: bare activities of 2024-2026 by kind", |b| {
        let mut stmt = conn
            .prepare(
                "SELECT id, kind, starts_at FROM activity
                 WHERE starts_at >= '2024-01-01' AND starts_at < '2027-01-01'
                   AND phase <> 'cancelled'",
            )
            .unwrap();
        b.iter(|| stmt.query_map([], |r| r.get::<_, i64>(0)).unwrap().count())
    });
    group.finish();

    // The export writes thousands of files, each synced: one timed run each, reported as it is —
    // the folder alone, then the folder and its .zip.
    let out = dir.path().join("exports");
    for zip in [false, true] {
        let input = ExportInput {
            from_year: 2026,
            to_year: 2026,
            report: String::new(),
            zip,
        };
        let started = std::time::Instant::now();
        let done = ledger::export_ledger(&conn, &files, &out, &input, now, &mut |_| true).unwrap();
        println!(
            "export the 台账 of 2026{}: {:.1} s, {} files, {:.1} MB{}",
            if zip { " with its .zip" } else { "" },
            started.elapsed().as_secs_f64(),
            done.files,
            done.bytes as f64 / 1e6,
            done.zip_bytes
                .map(|b| format!(", .zip {:.1} MB", b as f64 / 1e6))
                .unwrap_or_default()
        );
    }
}

criterion_group!(benches, ledger);
criterion_main!(benches);
