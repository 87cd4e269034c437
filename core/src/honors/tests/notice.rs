use super::*;

pub(super) fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(YEAR, m, d).unwrap()
}

#[test]
fn five_working_days_skip_the_weekend() {
    // 2026-11-27 is a Friday.
    assert_eq!(working_days(day(11, 27), 5), (day(11, 27), day(12, 3)));
    assert_eq!(
        working_days(day(11, 28), 5),
        (day(11, 30), day(12, 4)),
        "a Saturday start moves to Monday"
    );
    assert_eq!(working_days(day(11, 30), 5), (day(11, 30), day(12, 4)));
    assert_eq!(working_days(day(11, 30), 1), (day(11, 30), day(11, 30)));
}

/// 先进个人 with 2 seats: 李四 elected in the first round, 王五 in the runoff against 周八.
pub(super) fn decided(u: &mut Unit) -> Category {
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    let n: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
    for (i, code) in codes.iter().enumerate() {
        let pair = match i {
            0..=3 => [n[0], n[1]],
            4..=7 => [n[0], n[2]],
            _ => [n[1], n[2]],
        };
        cast_ballot(&mut u.conn, r.id, code, &choose(&pair)).unwrap();
    }
    close_round(&mut u.conn, r.id, now()).unwrap();
    let runoff = open_runoff(&mut u.conn, r.id, now()).unwrap();
    let codes = open_round(&mut u.conn, runoff.id, now()).unwrap();
    for code in codes.iter().take(7) {
        cast_ballot(&mut u.conn, runoff.id, code, &choose(&[n[1]])).unwrap();
    }
    close_round(&mut u.conn, runoff.id, now()).unwrap();
    c
}

#[test]
fn the_notice_names_the_unit_the_category_the_elected_with_their_department_and_the_period() {
    let mut u = unit(4);
    crate::settings::set_unit_name(&mut u.conn, "市文明办").unwrap();
    let c = decided(&mut u);
    let n = publicity_notice(&u.conn, c.id, day(11, 27), "局机关纪委（电话 1234567）").unwrap();
    assert_eq!(n.title, "关于2026年度“先进个人”评选结果的公示");
    assert_eq!((n.starts_on, n.ends_on), (day(11, 27), day(12, 3)));
    assert_eq!(
        n.text,
        "关于2026年度“先进个人”评选结果的公示\n\n\
         经推荐、资格审查和投票，拟评选以下2名为2026年度“先进个人”，现予公示：\n\n\
         1. 李四（办公室）\n2. 王五（宣传科）\n\n\
         公示期为2026年11月27日至2026年12月3日（5个工作日）。公示期间，如对上述人选有异议，\
         请向局机关纪委（电话 1234567）反映。反映情况须实事求是，以真实姓名反映的，我们将予以保密。\n\n\
         市文明办\n2026年11月27日"
    );
}

#[test]
fn no_notice_before_anyone_is_elected_or_without_a_place_for_objections() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    open_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(
        refusal(publicity_notice(&u.conn, c.id, day(11, 27), "纪委")),
        (
            "notice.nothing_elected".into(),
            "“先进个人”还没有当选者，不能生成公示".into()
        )
    );
    assert_eq!(
        refusal(publicity_notice(&u.conn, c.id, day(11, 27), " ")).1,
        "异议受理不能为空"
    );
}
