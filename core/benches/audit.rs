//! The 操作日志's list at 1 000, 10 000 and 100 000 lines: a page of 20, newest first, with the
//! pager's count. Goal (docs/PERFORMANCE.md): a page costs the same whatever the log's length.
//! Run: `cargo bench -p wenming-core --bench audit`

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use wenming_core::safety::audit::{self, AuditMode, AuditQuery};
use wenming_core::store;

const PAGE: u32 = 20;

/// A log of `lines` lines, one a minute: one in 50 from a 投票终端, the rest the organizer's.
fn log_of(dir: &std::path::Path, lines: usize) -> store::Connection {
    let mut conn = store::open(&dir.join(format!("log-{lines}.db"))).unwrap();
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 5)
        .unwrap()
        .and_hms_opt(8, 0, 0)
        .unwrap();
    for chunk in (0..lines).collect::<Vec<_>>().chunks(10_000) {
        let tx = store::write(&mut conn).unwrap();
        for &i in chunk {
            let mode = if i % 50 == 0 {
                AuditMode::Kiosk
            } else {
                AuditMode::Organizer
            };
            let at = start + chrono::Duration::minutes(i as i64);
            let record = format!("staff #{}", i % 5_000);
            audit::record(
                &tx,
                at,
                mode,
                "职工 · 修改",
                &record,
                "department_id=3，position=科员",
                "department_id=7，position=副科长",
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
    conn
}

/// The floor: the page's 20 ids by the rowid, nothing else read and nothing counted.
fn ids_only(conn: &store::Connection) -> Vec<i64> {
    conn.prepare_cached("SELECT id FROM audit_log ORDER BY id DESC LIMIT 20")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Before 2026-12-07 the list was the newest 500 lines, every one read each time.
fn newest_500(conn: &store::Connection) -> usize {
    conn.prepare_cached(
        "SELECT id, at, mode, what, record, before, after FROM audit_log ORDER BY id DESC LIMIT 500",
    )
    .unwrap()
    .query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(6)?,
        ))
    })
    .unwrap()
    .count()
}

fn listing_by_length(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    for lines in [1_000, 10_000, 100_000] {
        let conn = log_of(dir.path(), lines);
        let first = AuditQuery {
            page: 1,
            page_size: PAGE,
            ..Default::default()
        };
        let last = AuditQuery {
            page: lines.div_ceil(PAGE as usize) as u32,
            ..first.clone()
        };
        let kiosk = AuditQuery {
            mode: Some(AuditMode::Kiosk),
            ..first.clone()
        };
        let searched = AuditQuery {
            text: "staff #42".into(),
            ..first.clone()
        };
        let mut group = c.benchmark_group(format!("audit list, {lines} lines"));
        group
            .sample_size(30)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        for (name, q) in [
            ("first page", &first),
            ("last page", &last),
            ("first page of one mode", &kiosk),
            ("a search (reads every line)", &searched),
        ] {
            group.bench_function(name, |b| b.iter(|| audit::list(&conn, q).unwrap()));
        }
        group.bench_function("floor: 20 ids by the rowid", |b| b.iter(|| ids_only(&conn)));
        group.bench_function("before: the newest 500 lines", |b| {
            b.iter(|| newest_500(&conn))
        });
        group.finish();
    }
}

criterion_group!(benches, listing_by_length);
criterion_main!(benches);
