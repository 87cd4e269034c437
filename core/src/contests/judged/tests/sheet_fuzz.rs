//! Fuzzing the reader of a judge's .xlsx sheet the way `core/tests/fuzz.rs` does the 花名册
//! importer: a real filled-in sheet with bytes overwritten, cut short or spliced in, or nothing
//! but random bytes. Whatever arrives, reading answers a result or a `contests.*` refusal with a
//! message and never panics, and saving what was read either saves or is refused with nothing
//! changed. `WENMING_FUZZ_CASES` sets the number of inputs, as for the other fuzz tests.

use std::cell::RefCell;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use super::sheet_file::{fill, template_cells, workbook, V};
use super::*;
use crate::AppError;

fn cases() -> u32 {
    std::env::var("WENMING_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

/// The same damage as `core/tests/fuzz.rs` (an integration test, so not shared from there).
fn damaged(seed: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = seed.len();
    let (a, b, c) = (seed.clone(), seed.clone(), seed);
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

#[test]
fn damaged_judge_sheets_are_refused_with_a_message_and_never_panic() {
    let mut c = contest();
    let j = c.outside_judges(1)[0];
    let mut cells = template_cells(&c, j);
    fill(
        &mut cells,
        0,
        &[V::N(38.5), V::N(27.0), V::N(18.0), V::N(9.0)],
    );
    fill(
        &mut cells,
        1,
        &[V::S("30"), V::N(20.0), V::N(15.0), V::N(5.0)],
    );
    let seed = workbook(&cells);
    let activity = c.activity;
    let c = RefCell::new(c);
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&damaged(seed), |bytes| {
            let read = preview_judge_sheet(&c.borrow().conn, activity, &bytes, now());
            let read = match read {
                Ok(read) => read,
                Err(e) => {
                    let e = AppError::from(e);
                    prop_assert!(
                        e.code.starts_with("contests.") && !e.message.is_empty(),
                        "the reader answered {e:?}"
                    );
                    return Ok(());
                }
            };
            let before = c.borrow().fingerprint();
            let saved = save_judge_sheet(&mut c.borrow_mut().conn, activity, &read.sheet, now());
            if let Err(e) = saved {
                let e = AppError::from(e);
                prop_assert!(
                    e.code.starts_with("contests.") && !e.message.is_empty(),
                    "{e:?}"
                );
                prop_assert_eq!(
                    c.borrow().fingerprint(),
                    before,
                    "a refused sheet changed nothing"
                );
            }
            Ok(())
        })
        .unwrap();
}
