//! Activities on a large unit: 2 000 activities and 100 000 sign-ups over 5 000 职工.
//! Goals (docs/PERFORMANCE.md): the activity list and a sign-up < 20 ms each.
//! Run: `cargo bench -p wenming-core --bench activities`

use std::cell::Cell;

use criterion::{criterion_group, criterion_main, Criterion};
use wenming_core::activities::{self as act, ActivityKind, ActivityQuery, ActivityState, Actor};
use wenming_core::auth::Role;
use wenming_core::sample::{self, SampleSize};
use wenming_core::store;

fn activities(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = store::open(&dir.path().join("large.db")).unwrap();
    sample::load(&mut conn, SampleSize::Large, wenming_core::time::now()).unwrap();
    sample::load_activity_history(&mut conn, 2000, 100_000).unwrap();
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
    group.bench_function("list first page", |b| {
        b.iter(|| act::list_activities(&conn, &page, now, Role::Organizer).unwrap())
    });
    let open = ActivityQuery {
        state: Some(ActivityState::Open),
        ..page.clone()
    };
    group.bench_function("list filtered by state", |b| {
        b.iter(|| act::list_activities(&conn, &open, now, Role::Organizer).unwrap())
    });
    let month = ActivityQuery {
        month: Some("2026-05".into()),
        kind: Some(ActivityKind::Reading),
        ..page.clone()
    };
    group.bench_function("list filtered by month and kind", |b| {
        b.iter(|| act::list_activities(&conn, &month, now, Role::Organizer).unwrap())
    });
    group.bench_function("sign-up list of one activity", |b| {
        b.iter(|| act::signups(&conn, 1000).unwrap())
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
            act::create_activity(&mut conn, &input, true, open_now)
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
            act::sign_up(&mut conn, activity, person, Actor::Staff(person), open_now).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, activities);
criterion_main!(benches);
