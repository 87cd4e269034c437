//! Activities: the list at 200, 2 000 and 20 000 activities (50 sign-ups each, over 5 000 职工),
//! and, at 2 000, the filters, a sign-up list and a sign-up.
//! Goals (docs/PERFORMANCE.md): the activity list and a sign-up < 20 ms each, a list page that
//! costs the same whatever the number of activities.
//! Run: `cargo bench -p wenming-core --bench activities`

use std::cell::Cell;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use wenming_core::activities::{self as act, ActivityKind, ActivityQuery, ActivityState, Actor};
use wenming_core::auth::Role;
use wenming_core::sample::{self, SampleSize};
use wenming_core::store;

const SIGNUPS_EACH: usize = 50;
/// Activities of the history still ahead at the clock the lists are read at: a unit's past grows,
/// its next weeks do not.
const AHEAD: usize = 100;

/// The floor: 20 activity rows read by primary key, no order, no state, no count.
fn rows_by_id(conn: &store::Connection) -> Vec<(i64, String, String)> {
    conn.prepare_cached("SELECT id, title, starts_at FROM activity ORDER BY id DESC LIMIT 20")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn activities(c: &mut Criterion) {
    for n in [200, 2_000, 20_000] {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = store::open(&dir.path().join("large.db")).unwrap();
        sample::load(&mut conn, SampleSize::Large, wenming_core::time::now()).unwrap();
        sample::load_activity_history(&mut conn, n, n * SIGNUPS_EACH).unwrap();
        let now = sample::history_start(n - AHEAD);
        listing(c, &conn, n, now);
        if n == 2_000 {
            filters_and_signing_up(c, &mut conn);
        }
    }
}

/// The first page and the 报名中 page, `now` a few weeks before the last activity.
fn listing(c: &mut Criterion, conn: &store::Connection, n: usize, now: chrono::NaiveDateTime) {
    let page = ActivityQuery {
        page: 1,
        page_size: 20,
        ..Default::default()
    };
    let open = ActivityQuery {
        state: Some(ActivityState::Open),
        ..page.clone()
    };
    let mut group = c.benchmark_group(format!("activities list, {n} activities"));
    group
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    group.bench_function("first page", |b| {
        b.iter(|| act::list_activities(conn, &page, now, Role::Organizer).unwrap())
    });
    group.bench_function("报名中", |b| {
        b.iter(|| act::list_activities(conn, &open, now, Role::Organizer).unwrap())
    });
    group.bench_function("floor: 20 rows by id", |b| b.iter(|| rows_by_id(conn)));
    group.finish();
}

fn filters_and_signing_up(c: &mut Criterion, conn: &mut store::Connection) {
    let now = chrono::NaiveDate::from_ymd_opt(2026, 6, 1)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let page = ActivityQuery {
        page: 1,
        page_size: 20,
        ..Default::default()
    };
    let mut group = c.benchmark_group("activities, 2000 activities, 100000 sign-ups");
    group
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    let month = ActivityQuery {
        month: Some("2026-05".into()),
        kind: Some(ActivityKind::Reading),
        ..page.clone()
    };
    group.bench_function("list filtered by month and kind", |b| {
        b.iter(|| act::list_activities(conn, &month, now, Role::Organizer).unwrap())
    });
    group.bench_function("sign-up list of one activity", |b| {
        b.iter(|| act::signups(conn, 1000).unwrap())
    });

    // Fresh activities that are open now, so that every iteration is a real, successful sign-up.
    let open_now = chrono::NaiveDate::from_ymd_opt(2026, 5, 20)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let targets: Vec<i64> = (0..40)
        .map(|_| {
            let mut input = act::ActivityInput {
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
                capacity: Some(100),
                department_ids: Vec::new(),
                party_members_only: false,
                team_mode: false,
            };
            input.title.push('!');
            act::create_activity(conn, &input, true, open_now)
                .unwrap()
                .id
        })
        .collect();
    let next = Cell::new(0usize);
    group.bench_function("sign up (with waitlist once full)", |b| {
        b.iter(|| {
            let n = next.get();
            next.set(n + 1);
            let (activity, person) = (
                targets[n % targets.len()],
                1 + (n / targets.len()) as i64 % 5000,
            );
            act::sign_up(conn, activity, person, Actor::Staff(person), open_now).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, activities);
criterion_main!(benches);
