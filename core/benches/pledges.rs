//! 亮诺墙 for one 科室 and the 评诺 result for the whole unit on the large unit (5 000 职工 in 80
//! 科室, one pledge of three items each), each next to a bare-SQL floor that reads the same rows.
//! The round is anonymous: two leaders rate every owner at the kiosk, five colleagues of each
//! 科室 rate its owners, and every person rates themself (named). Goal (docs/PERFORMANCE.md):
//! < 50 ms each.
//! Run: `cargo bench -p wenming-core --bench pledges`

use criterion::{criterion_group, criterion_main, Criterion};
use wenming_core::pledges::{self, *};
use wenming_core::sample::{self, SampleSize};
use wenming_core::store;

const YEAR: i32 = 2026;
const COLLEAGUE_CODES_CAST: usize = 5;

fn at(month: u32, day: u32) -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(YEAR, month, day)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

fn rating(n: usize) -> Rating {
    match n % 5 {
        0..=2 => Rating::Satisfied,
        3 => Rating::Basic,
        _ => Rating::Unsatisfied,
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = store::open(&dir.path().join("pledges.db")).unwrap();
    sample::load(&mut conn, SampleSize::Large, at(1, 5)).unwrap();
    let people: Vec<(i64, i64)> = conn
        .prepare("SELECT id, department_id FROM staff WHERE active = 1 ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(people.len(), 5000);
    let due = chrono::NaiveDate::from_ymd_opt(YEAR, 12, 31).unwrap();
    let mut pledge_ids = Vec::with_capacity(people.len());
    for (staff_id, _) in &people {
        let input = PledgeInput {
            owner: Owner::Person {
                staff_id: *staff_id,
            },
            year: YEAR,
            items: ["岗位承诺", "服务承诺", "作风承诺"]
                .iter()
                .map(|kind| ItemInput {
                    kind: (*kind).into(),
                    content: format!("{kind}：按时办结每一件来文，窗口服务零投诉"),
                    due_on: due,
                })
                .collect(),
        };
        let p = publish_pledge(&mut conn, &input, Actor::Staff(*staff_id), at(3, 1)).unwrap();
        pledge_ids.push(p.id);
    }

    let input = PledgeRoundInput {
        year: YEAR,
        title: "2026年度评诺".into(),
        mode: RatingMode::Anonymous,
        colleagues: ColleagueScope::SameDepartment,
        leader_ids: vec![people[0].0, people[1].0],
        colleague_ids: Vec::new(),
        scoring: Scoring {
            excellent_cap_percent: Some(20),
            ..Scoring::default()
        },
    };
    let round = create_round(&mut conn, &input, at(11, 30)).unwrap();
    open_round(&mut conn, round.id, at(12, 1)).unwrap();
    let sheets = round_codes(&conn, round.id).unwrap();
    let mut n = 0usize;
    for sheet in &sheets {
        let owners: Vec<i64> = {
            let code = &sheet.codes[0];
            kiosk_sheet(&conn, round.id, code, at(12, 2))
                .unwrap()
                .owners
                .iter()
                .map(|o| o.pledge_id)
                .collect()
        };
        let cast = if sheet.group == RaterGroup::Leaders {
            sheet.codes.len()
        } else {
            COLLEAGUE_CODES_CAST.min(sheet.codes.len())
        };
        for code in sheet.codes.iter().take(cast) {
            let marks: Vec<SheetMark> = owners
                .iter()
                .map(|p| {
                    n += 1;
                    SheetMark {
                        pledge_id: *p,
                        rating: rating(n),
                    }
                })
                .collect();
            kiosk_rate(&mut conn, round.id, code, &marks).unwrap();
        }
    }
    for (i, (staff_id, _)) in people.iter().enumerate() {
        let input = RatingInput {
            round_id: round.id,
            pledge_id: pledge_ids[i],
            rating: rating(i + 1),
            comment: String::new(),
        };
        rate(&mut conn, *staff_id, &input, at(12, 3)).unwrap();
    }
    close_round(&mut conn, round.id, at(12, 20)).unwrap();
    let result = round_result(&conn, round.id).unwrap();
    assert_eq!(result.results.len(), 5000);
    assert!(result.results.iter().all(|r| r.grade.is_some()));

    let department = people[2500].1;
    let now = at(12, 21);
    let wall = pledges::wall(&conn, YEAR, Some(department), now).unwrap();
    let on_wall: usize = wall.iter().map(|s| s.pledges.len()).sum();
    assert!(on_wall > 30, "{on_wall} pledges of one 科室");

    let mut group = c.benchmark_group("pledges, 5000 people with 3 items each");
    group.bench_function("pledge_wall, one 科室", |b| {
        b.iter(|| pledges::wall(&conn, YEAR, Some(department), now).unwrap())
    });
    group.bench_function("bare SELECT of one 科室's pledges and items", |b| {
        b.iter(|| {
            let mut stmt = conn
                .prepare_cached(
                    "SELECT p.id, s.name, i.id, i.kind, i.content, i.due_on
                     FROM pledge p JOIN staff s ON s.id = p.staff_id
                     JOIN pledge_item i ON i.pledge_id = p.id
                     WHERE p.year = ?1 AND s.department_id = ?2
                     ORDER BY s.employee_no, i.position",
                )
                .unwrap();
            let rows: Vec<(i64, String, i64, String, String, String)> = stmt
                .query_map(rusqlite::params![YEAR, department], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows
        })
    });
    group.bench_function("pledge_round_result, whole unit", |b| {
        b.iter(|| round_result(&conn, round.id).unwrap())
    });
    group.bench_function(
        "bare SELECT of the round's owners, counters and named ratings",
        |b| {
            b.iter(|| {
                let mut owners = conn
                    .prepare_cached(
                        "SELECT o.pledge_id, s.name, d.name FROM pledge_round_owner o
                     JOIN pledge p ON p.id = o.pledge_id JOIN staff s ON s.id = p.staff_id
                     JOIN department d ON d.id = s.department_id WHERE o.round_id = ?1",
                    )
                    .unwrap();
                let a: Vec<(i64, String, String)> = owners
                    .query_map([round.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                let mut counters = conn
                    .prepare_cached(
                        "SELECT c.subject, c.mark, c.n FROM pledge_sheet sh
                     JOIN ballot_box b ON b.kind = 'pledge_sheet' AND b.ref_id = sh.id
                     JOIN ballot_counter c ON c.box_id = b.id WHERE sh.round_id = ?1",
                    )
                    .unwrap();
                let b2: Vec<(i64, i64, i64)> = counters
                    .query_map([round.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                let mut named = conn
                    .prepare_cached(
                        "SELECT pledge_id, grp, rating, COUNT(*) FROM pledge_rating
                     WHERE round_id = ?1 GROUP BY pledge_id, grp, rating",
                    )
                    .unwrap();
                let c2: Vec<(i64, String, String, i64)> = named
                    .query_map([round.id], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                    })
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                (a, b2, c2)
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
