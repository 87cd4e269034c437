//! What `synchronous=FULL` costs: a sign-up and a secret ballot on a database file, each with the
//! app's setting (FULL: the write-ahead log is synced at every commit, so an acknowledged write
//! survives a power cut) and with NORMAL (synced only at checkpoints: the last commits before a
//! power cut may be lost). Figures in docs/RELIABILITY.md.
//! Run: `cargo bench -p wenming-core --bench durability`

use std::cell::{Cell, RefCell};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use wenming_core::activities::{self as act, ActivityKind, Actor};
use wenming_core::ballot::{self, BoxRef, Slot};
use wenming_core::sample::{self, SampleSize};
use wenming_core::store;

/// The ballot's own refusals, enough for a bench that expects none.
#[derive(Debug)]
struct Refused;

impl From<rusqlite::Error> for Refused {
    fn from(_: rusqlite::Error) -> Self {
        Refused
    }
}

fn durability(c: &mut Criterion) {
    let open_now = chrono::NaiveDate::from_ymd_opt(2026, 5, 20)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let activity = |conn: &mut rusqlite::Connection| {
        let input = act::ActivityInput {
            kind: ActivityKind::Hiking,
            title: "春季登山".into(),
            description: String::new(),
            place: String::new(),
            schedule: act::Schedule {
                starts_at: open_now + chrono::Duration::days(10),
                ends_at: open_now + chrono::Duration::days(10) + chrono::Duration::hours(3),
                signup_opens_at: open_now - chrono::Duration::days(1),
                signup_deadline: open_now + chrono::Duration::days(5),
                cancel_cutoff: open_now + chrono::Duration::days(4),
            },
            capacity: None,
            department_ids: Vec::new(),
            party_members_only: false,
            team_mode: false,
        };
        act::create_activity(conn, &input, true, open_now)
            .unwrap()
            .id
    };

    let mut group = c.benchmark_group("durability, a 局 of 80 on a database file");
    for sync in ["FULL", "NORMAL"] {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = store::open(&dir.path().join("durability.db")).unwrap();
        sample::load(&mut conn, SampleSize::Bureau, wenming_core::time::now()).unwrap();
        let staff: Vec<i64> = conn
            .prepare("SELECT id FROM staff ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        conn.pragma_update(None, "synchronous", sync).unwrap();
        let conn = RefCell::new(conn);

        // Each sign-up a new one: the next person, on a fresh activity once all are signed up.
        let current = Cell::new((activity(&mut conn.borrow_mut()), 0usize));
        group.bench_function(format!("one sign-up, synchronous={sync}"), |b| {
            b.iter_batched(
                || {
                    let (mut a, mut n) = current.get();
                    if n == staff.len() {
                        (a, n) = (activity(&mut conn.borrow_mut()), 0);
                    }
                    current.set((a, n + 1));
                    (a, staff[n])
                },
                |(a, person)| {
                    act::sign_up(
                        &mut conn.borrow_mut(),
                        a,
                        person,
                        Actor::Staff(person),
                        open_now,
                    )
                    .unwrap()
                },
                BatchSize::SmallInput,
            )
        });

        // Each ballot with a fresh code, cast as the kiosks do (code spent, counters up, the
        // write-ahead log emptied after the commit).
        let b = BoxRef::exhibition(1);
        ballot::open_box(
            &conn.borrow(),
            b,
            &[Slot {
                subject: 1,
                mark: 0,
            }],
        )
        .unwrap();
        group.bench_function(
            format!("one secret ballot, synchronous={sync}"),
            |bencher| {
                bencher.iter_batched(
                    || ballot::add_codes(&conn.borrow(), b, 1).unwrap().remove(0),
                    |code| {
                        ballot::cast(
                            &mut conn.borrow_mut(),
                            b,
                            &code,
                            |_| {
                                Ok::<_, Refused>(vec![Slot {
                                    subject: 1,
                                    mark: 0,
                                }])
                            },
                            |_| Refused,
                        )
                        .unwrap()
                    },
                    BatchSize::SmallInput,
                )
            },
        );
    }
    group.finish();
}

criterion_group!(benches, durability);
criterion_main!(benches);
