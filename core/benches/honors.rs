//! The tally of a secret ballot with 100 000 kiosk ballots, next to two floors: the bare SQL that
//! reads the round's counter rows by primary key, and the bare count of its codes (the turnout the
//! tally also reports). Goal (docs/PERFORMANCE.md): the tally within 10 ms whatever the number of
//! ballots (it reads counters, not ballots).
//! Run: `cargo bench -p wenming-core --bench honors`

use criterion::{criterion_group, criterion_main, Criterion};
use wenming_core::honors::{self, BallotForm, CategoryInput, MajorityBase, RoundInput};
use wenming_core::sample::{self, SampleSize};
use wenming_core::store;

const BALLOTS: usize = 100_000;

fn tally(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = store::open(&dir.path().join("ballots.db")).unwrap();
    sample::load(&mut conn, SampleSize::Large, wenming_core::time::now()).unwrap();
    let now = chrono::NaiveDate::from_ymd_opt(2026, 6, 1)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let category = honors::seed_default_categories(&mut conn, 2026, now).unwrap();
    let mut c6 = category.into_iter().find(|c| c.name == "先进个人").unwrap();
    c6 = honors::update_category(
        &mut conn,
        c6.id,
        &CategoryInput {
            quota: 3,
            ..CategoryInput {
                year: c6.year,
                name: c6.name.clone(),
                target: c6.target,
                quota: c6.quota,
                eligibility: c6.eligibility,
                nominations_open_at: c6.nominations_open_at,
                nominations_close_at: c6.nominations_close_at,
            }
        },
    )
    .unwrap();
    let people: Vec<i64> = conn
        .prepare("SELECT id FROM staff ORDER BY id LIMIT 6")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for p in people {
        let input = honors::NominationInput {
            category_id: c6.id,
            nominee_staff_id: Some(p),
            nominee_department_id: None,
            source: honors::NominationSource::Leadership,
            source_department_id: None,
            actor_staff_id: None,
            deeds: "事迹".into(),
        };
        let n = honors::nominate(&mut conn, &input, now).unwrap();
        honors::review_nomination(&mut conn, n.id, true, "").unwrap();
    }
    let input = RoundInput {
        category_id: c6.id,
        title: "先进个人投票".into(),
        form: BallotForm::Choose,
        majority_base: MajorityBase::Cast,
        voters: honors::VoterSelection {
            whole_roster: true,
            ..Default::default()
        },
    };
    let round = honors::create_round(&mut conn, &input, now).unwrap();
    let codes = honors::open_round(&mut conn, round.id, now).unwrap();
    // Ballots cast through the real function for every issued code, then the rest up to 100 000
    // added straight to the same counters (what casting them would have done).
    let ids: Vec<i64> = round.candidates.iter().map(|c| c.nomination_id).collect();
    let mut seed = 7u64;
    let mut pick = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let mut chosen: Vec<i64> = ids
            .iter()
            .copied()
            .filter(|_| {
                seed = seed.rotate_left(7);
                seed.is_multiple_of(2)
            })
            .take(3)
            .collect();
        chosen.sort_unstable();
        chosen
    };
    for code in &codes {
        let ballot = honors::Ballot::Choose { chosen: pick() };
        honors::cast_ballot(&mut conn, round.id, code, &ballot).unwrap();
    }
    let mut more: std::collections::BTreeMap<i64, i64> = std::collections::BTreeMap::new();
    let rest = BALLOTS - codes.len();
    for _ in 0..rest {
        for id in pick() {
            *more.entry(id).or_default() += 1;
        }
    }
    more.insert(0, rest as i64);
    {
        let tx = conn.transaction().unwrap();
        for (subject, n) in &more {
            tx.execute(
                "UPDATE ballot_counter SET n = n + ?1 WHERE mark = 0 AND subject = ?2
                   AND box_id = (SELECT id FROM ballot_box WHERE kind = 'honor_round' AND ref_id = ?3)",
                rusqlite::params![n, subject, round.id],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
    honors::close_round(&mut conn, round.id, now).unwrap();
    let t = honors::tally_round(&conn, round.id).unwrap();
    assert_eq!(t.cast as usize, BALLOTS);

    let mut group = c.benchmark_group("honors tally, 100000 ballots");
    group.bench_function("tally_round", |b| {
        b.iter(|| honors::tally_round(&conn, round.id).unwrap())
    });
    group.bench_function("bare SELECT of the counter rows by primary key", |b| {
        b.iter(|| {
            let mut stmt = conn
                .prepare_cached(
                    "SELECT subject, mark, n FROM ballot_counter WHERE box_id =
                       (SELECT id FROM ballot_box WHERE kind = 'honor_round' AND ref_id = ?1)",
                )
                .unwrap();
            let rows: Vec<(i64, i64, i64)> = stmt
                .query_map([round.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows
        })
    });
    group.bench_function("bare COUNT of the round's codes, used and issued", |b| {
        b.iter(|| {
            let mut stmt = conn
                .prepare_cached(
                    "SELECT COUNT(*), SUM(used) FROM ballot_code WHERE box_id =
                       (SELECT id FROM ballot_box WHERE kind = 'honor_round' AND ref_id = ?1)",
                )
                .unwrap();
            let n: (i64, i64) = stmt
                .query_row([round.id], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap();
            n
        })
    });
    group.finish();
}

criterion_group!(benches, tally);
criterion_main!(benches);
