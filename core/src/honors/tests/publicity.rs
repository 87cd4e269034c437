use super::notice::{day, decided};
use super::*;

fn on(m: u32, d: u32) -> NaiveDateTime {
    day(m, d).and_hms_opt(10, 0, 0).unwrap()
}

fn objection(nomination_id: Option<i64>, m: u32, d: u32, content: &str) -> ObjectionInput {
    ObjectionInput {
        nomination_id,
        received_on: day(m, d),
        content: content.into(),
    }
}

/// 李四 and 王五 elected; the 公示 runs 2026-11-27 (Fri) to 12-03 (Thu).
fn issued(u: &mut Unit) -> Publicity {
    let c = decided(u);
    start_publicity(&mut u.conn, c.id, day(11, 27), "局机关纪委", on(11, 27)).unwrap()
}

fn named(p: &Publicity, name: &str) -> i64 {
    p.nominees.iter().find(|n| n.nominee == name).unwrap().id
}

#[test]
fn issuing_the_notice_keeps_its_text_period_and_the_elected() {
    let mut u = unit(4);
    let p = issued(&mut u);
    let names: Vec<&str> = p.nominees.iter().map(|n| n.nominee.as_str()).collect();
    assert_eq!(names, ["李四", "王五"]);
    assert_eq!(
        (p.notice.starts_on, p.notice.ends_on),
        (day(11, 27), day(12, 3))
    );
    assert!(p.notice.text.contains("请向局机关纪委反映"));
    assert_eq!(publicity(&u.conn, p.category_id).unwrap(), Some(p));
}

#[test]
fn the_notice_can_be_issued_again_until_the_first_objection() {
    let mut u = unit(4);
    let p = issued(&mut u);
    let again =
        start_publicity(&mut u.conn, p.category_id, day(11, 30), "纪委", on(11, 27)).unwrap();
    assert_eq!(again.notice.starts_on, day(11, 30));
    add_objection(
        &mut u.conn,
        p.category_id,
        &objection(None, 11, 30, "请核实"),
        on(11, 30),
    )
    .unwrap();
    assert_eq!(
        refusal(start_publicity(
            &mut u.conn,
            p.category_id,
            day(12, 1),
            "纪委",
            on(12, 1)
        ))
        .0,
        "publicity.has_objections"
    );
    let kept = publicity(&u.conn, p.category_id).unwrap().unwrap();
    assert_eq!(kept.notice.starts_on, day(11, 30));
}

#[test]
fn no_notice_while_a_round_of_the_category_is_still_open() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    open_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(
        refusal(start_publicity(
            &mut u.conn,
            c.id,
            day(11, 27),
            "纪委",
            on(11, 27)
        )),
        (
            "publicity.round_open".into(),
            "投票“先进个人投票”尚未结束，请先结束投票再发布公示".into()
        )
    );
    assert_eq!(publicity(&u.conn, c.id).unwrap(), None);
}

#[test]
fn bad_objections_are_refused_and_nothing_is_recorded() {
    let mut u = unit(4);
    let p = issued(&mut u);
    let zhou = u.nominate("先进个人", ZHOU);
    let not_named = zhou.map(|n| n.id).unwrap_or_else(|_| {
        nominations(&u.conn, p.category_id)
            .unwrap()
            .into_iter()
            .find(|n| n.nominee == "周八")
            .unwrap()
            .id
    });
    let cases = [
        (
            objection(Some(not_named), 11, 30, "不实"),
            "objection.not_on_notice",
        ),
        (objection(None, 11, 30, "  "), "honors.invalid"),
        (objection(None, 11, 26, "公示前收到"), "honors.invalid"),
        (objection(None, 12, 25, "未来日期"), "honors.invalid"),
    ];
    for (input, code) in cases {
        assert_eq!(
            refusal(add_objection(
                &mut u.conn,
                p.category_id,
                &input,
                on(11, 30)
            ))
            .0,
            code
        );
    }
    assert!(publicity(&u.conn, p.category_id)
        .unwrap()
        .unwrap()
        .objections
        .is_empty());
}

#[test]
fn confirming_waits_for_the_end_of_the_period_and_every_objection_to_be_resolved() {
    let mut u = unit(4);
    let p = issued(&mut u);
    let wang = named(&p, "王五");
    let with = add_objection(
        &mut u.conn,
        p.category_id,
        &objection(Some(wang), 12, 1, "反映其年度考核不合格"),
        on(12, 1),
    )
    .unwrap();
    assert_eq!(with.objections[0].nominee.as_deref(), Some("王五"));
    assert_eq!(
        refusal(confirm_publicity(&mut u.conn, p.category_id, on(12, 3))),
        (
            "publicity.running".into(),
            "公示期到 2026年12月3日 结束，期满后才能确认表彰".into()
        )
    );
    assert_eq!(
        refusal(confirm_publicity(&mut u.conn, p.category_id, on(12, 4))),
        (
            "publicity.objections_open".into(),
            "还有 1 条异议尚未处理，处理完毕后才能确认表彰".into()
        )
    );
    assert!(awards(&u.conn, YEAR).unwrap().is_empty());

    let id = with.objections[0].id;
    assert_eq!(
        refusal(resolve_objection(&mut u.conn, id, " ", true, on(12, 2))).0,
        "objection.resolution_required"
    );
    let resolved = resolve_objection(
        &mut u.conn,
        id,
        "经核实，反映属实，取消其评选资格",
        true,
        on(12, 2),
    )
    .unwrap();
    assert_eq!(resolved.objections[0].upheld, Some(true));

    let done = confirm_publicity(&mut u.conn, p.category_id, on(12, 4)).unwrap();
    assert!(done.confirmed_at.is_some());
    let honored: Vec<String> = awards(&u.conn, YEAR)
        .unwrap()
        .into_iter()
        .map(|a| format!("{} {} {}", a.category, a.nominee, a.department_name))
        .collect();
    assert_eq!(honored, ["先进个人 李四 办公室"]);
    assert_eq!(staff_awards(&u.conn, u.people[LI]).unwrap().len(), 1);
    assert!(staff_awards(&u.conn, u.people[WANG]).unwrap().is_empty());
}

#[test]
fn a_confirmed_publicity_takes_no_more_changes() {
    let mut u = unit(4);
    let p = issued(&mut u);
    confirm_publicity(&mut u.conn, p.category_id, on(12, 7)).unwrap();
    assert_eq!(awards(&u.conn, YEAR).unwrap().len(), 2);
    for r in [
        confirm_publicity(&mut u.conn, p.category_id, on(12, 8)).map(|_| ()),
        add_objection(
            &mut u.conn,
            p.category_id,
            &objection(None, 12, 7, "迟到"),
            on(12, 8),
        )
        .map(|_| ()),
        start_publicity(&mut u.conn, p.category_id, day(12, 8), "纪委", on(12, 8)).map(|_| ()),
    ] {
        assert_eq!(refusal(r).0, "publicity.confirmed");
    }
    assert_eq!(awards(&u.conn, YEAR).unwrap().len(), 2);
}

#[test]
fn an_objection_about_nobody_in_particular_cannot_withdraw_anyone() {
    let mut u = unit(4);
    let p = issued(&mut u);
    let with = add_objection(
        &mut u.conn,
        p.category_id,
        &objection(None, 11, 30, "程序有疑问"),
        on(11, 30),
    )
    .unwrap();
    let id = with.objections[0].id;
    assert_eq!(
        refusal(resolve_objection(&mut u.conn, id, "成立", true, on(12, 1))).0,
        "honors.invalid"
    );
    resolve_objection(
        &mut u.conn,
        id,
        "经核查，评选程序符合规定",
        false,
        on(12, 1),
    )
    .unwrap();
    confirm_publicity(&mut u.conn, p.category_id, on(12, 4)).unwrap();
    assert_eq!(awards(&u.conn, YEAR).unwrap().len(), 2);
}
