//! Exact decimal marks: hundredths, one rounding at the end, plain numbers across IPC.

use super::*;

fn c(text: &str) -> Centi {
    Centi::parse(text).unwrap()
}

#[test]
fn the_mean_is_exact_and_rounded_half_up_only_at_the_end() {
    // Four judges, no drop: (90.00 + 90.01 + 90.00 + 90.01) / 4 = 90.005 → 90.01 (half up). In
    // binary floating point 90.005 is 90.00499…, which would round down.
    let t = trim_extremes(
        &[(1, c("90")), (2, c("90.01")), (3, c("90")), (4, c("90.01"))],
        5,
    );
    assert_eq!(t.mean_scaled(2), Some(9001));
    assert_eq!(show_scaled(t.mean_scaled(2).unwrap(), 2), "90.01");
    // 91.66 + 91.67 + 91.67 = 275 / 3 = 91.666… → 91.67, 91.7 with one decimal, 92 with none.
    let t = trim_extremes(&[(1, c("91.66")), (2, c("91.67")), (3, c("91.67"))], 5);
    assert_eq!(t.mean_scaled(2), Some(9167));
    assert_eq!(t.mean_scaled(1), Some(917));
    assert_eq!(t.mean_scaled(0), Some(92));
    assert_eq!(t.mean_scaled(3), Some(91667));
    assert_eq!(show_scaled(917, 1), "91.7");
    assert_eq!(show_scaled(92, 0), "92");
    // Many small marks add up exactly: 0.1 ten times is exactly 1.
    let tenths: Vec<(i64, Centi)> = (1..=10).map(|j| (j, c("0.1"))).collect();
    assert_eq!(trim_extremes(&tenths, 100).sum(), 100);
}

#[test]
fn marks_cross_ipc_as_plain_numbers_with_at_most_two_decimals() {
    let s: ScoreSheet =
        serde_json::from_str(r#"{"judge_id":1,"entrant_id":2,"marks":[36.5,27,18.25,9]}"#).unwrap();
    assert_eq!(s.marks, [c("36.5"), c("27"), c("18.25"), c("9")]);
    assert_eq!(
        serde_json::to_string(&s.marks).unwrap(),
        "[36.5,27.0,18.25,9.0]"
    );
    assert!(serde_json::from_str::<Vec<Centi>>("[92.355]").is_err());
    assert!(serde_json::from_str::<Vec<Centi>>("[-1]").is_err());
    assert_eq!(Centi::from_f64(0.1 + 0.2).unwrap(), c("0.3"));
    let e = shown(Centi::parse("9.999").unwrap_err());
    assert_eq!(e.code, "contests.invalid_mark");
    assert_eq!(
        e.message,
        "分数 9.999 无效：须为不小于 0 的数，最多保留两位小数"
    );
    assert!(Centi::parse("abc").is_err() && Centi::parse(".5").is_err());
    assert_eq!(c("92.50").to_string(), "92.5");
    assert_eq!(c("92.05").to_string(), "92.05");
}
