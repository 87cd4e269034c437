//! 公示: it starts between the day the vote closed and 30 days ahead; once issued, the rounds, the
//! paper counts and the nominations behind it are frozen; confirmation freezes the whole category.

use super::notice::day;
use super::quota::{fingerprint, held, paper_result};
use super::*;

/// 先进个人, 2 places: 李四 elected; 王五 and 周八 short of a majority, so one place is still open.
/// The round closed on 2026-06-01.
fn one_place_open(u: &mut Unit) -> (Category, Round) {
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    held(u, &r);
    let n: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
    paper_result(u, r.id, 10, &[(n[0], 9), (n[1], 4), (n[2], 3)]);
    (c, r)
}

fn publish(u: &mut Unit, c: &Category, from: NaiveDate) -> Result<Publicity, HonorError> {
    start_publicity(&mut u.conn, c.id, from, "局机关纪委", now())
}

/// A count that would elect 李四 and 王五 both.
fn a_count(r: &Round) -> PaperCount {
    PaperCount {
        ballots: 10,
        invalid: 0,
        candidates: r.candidates[..2]
            .iter()
            .map(|c| CandidateCount {
                nomination_id: c.nomination_id,
                votes_for: 9,
                ..Default::default()
            })
            .collect(),
    }
}

#[test]
fn the_notice_starts_on_the_day_the_vote_closed_at_the_earliest() {
    let mut u = unit(4);
    let (c, _) = one_place_open(&mut u);
    let before = fingerprint(&u.conn);
    assert_eq!(
        refusal(publish(&mut u, &c, day(5, 31))),
        (
            "publicity.before_close".into(),
            "公示开始日期 2026年5月31日 早于投票结束的日期 2026年6月1日，请选择 2026年6月1日 或之后的日期"
                .into()
        )
    );
    assert_eq!(fingerprint(&u.conn), before, "nothing issued");
    let p = publish(&mut u, &c, day(6, 1)).unwrap();
    assert_eq!(p.notice.starts_on, day(6, 1));
}

#[test]
fn the_notice_starts_at_most_30_days_after_today() {
    let mut u = unit(4);
    let (c, _) = one_place_open(&mut u);
    let before = fingerprint(&u.conn);
    for far in [day(7, 2), day(12, 31)] {
        let (code, message) = refusal(publish(&mut u, &c, far));
        assert_eq!(code, "publicity.too_far_ahead");
        assert!(
            message.ends_with("太远：最晚可选今天起 30 天内（2026年7月1日）"),
            "{message}"
        );
    }
    assert_eq!(fingerprint(&u.conn), before, "nothing issued");
    assert_eq!(
        publish(&mut u, &c, day(7, 1)).unwrap().notice.starts_on,
        day(7, 1)
    );
}

#[test]
fn paper_counts_may_be_corrected_until_the_notice_is_issued_then_they_are_frozen() {
    let mut u = unit(4);
    let (c, r) = one_place_open(&mut u);
    let fixed = a_count(&r);
    enter_paper_count(&mut u.conn, r.id, PaperRole::Counter, &fixed).unwrap();
    enter_paper_count(&mut u.conn, r.id, PaperRole::Scrutineer, &fixed).unwrap();
    let p = publish(&mut u, &c, day(6, 1)).unwrap();
    assert_eq!(p.nominees.len(), 2, "the corrected count elects both");
    let mut back = fixed.clone();
    back.candidates[1].votes_for = 1;
    let before = fingerprint(&u.conn);
    for role in [PaperRole::Counter, PaperRole::Scrutineer] {
        assert_eq!(
            refusal(enter_paper_count(&mut u.conn, r.id, role, &back)),
            (
                "paper.frozen".into(),
                "“先进个人”的公示已发布，纸质选票的录入不能再修改".into()
            )
        );
    }
    assert_eq!(fingerprint(&u.conn), before);
}

#[test]
fn once_the_notice_is_issued_no_round_can_be_added_or_run_off() {
    let mut u = unit(4);
    let (c, r) = one_place_open(&mut u);
    let p = publish(&mut u, &c, day(6, 1)).unwrap();
    assert_eq!(p.nominees.len(), 1);
    let before = fingerprint(&u.conn);
    assert_eq!(
        refusal(open_runoff(&mut u.conn, r.id, now())),
        (
            "round.frozen".into(),
            "“先进个人”的公示已发布，各轮投票和计票结果都不能再改动".into()
        )
    );
    assert_eq!(
        refusal(create_round(
            &mut u.conn,
            &round_input(&c, BallotForm::Choose, MajorityBase::Cast),
            now()
        ))
        .0,
        "round.frozen"
    );
    assert_eq!(fingerprint(&u.conn), before);
}

#[test]
fn a_runoff_drafted_before_the_notice_can_no_longer_be_changed_or_opened() {
    let mut u = unit(4);
    let (c, r) = one_place_open(&mut u);
    let runoff = open_runoff(&mut u.conn, r.id, now()).unwrap();
    publish(&mut u, &c, day(6, 1)).unwrap();
    let before = fingerprint(&u.conn);
    let mut input = round_input(&c, BallotForm::Choose, MajorityBase::Cast);
    input.title = "改名".into();
    assert_eq!(
        refusal(update_round(&mut u.conn, runoff.id, &input)).0,
        "round.frozen"
    );
    assert_eq!(
        refusal(open_round(&mut u.conn, runoff.id, now())).0,
        "round.frozen"
    );
    assert_eq!(fingerprint(&u.conn), before, "no code issued");
}

#[test]
fn once_the_notice_is_issued_the_nominations_and_their_files_stay_as_they_were() {
    let mut u = unit(4);
    let dir = tempfile::tempdir().unwrap();
    let (c, _) = one_place_open(&mut u);
    let n = nominations(&u.conn, c.id).unwrap();
    let file = add_nomination_file(&mut u.conn, dir.path(), n[0].id, "事迹.txt", b"x", now());
    assert_eq!(refusal(file).0, "review.locked", "locked since voting");
    publish(&mut u, &c, day(6, 1)).unwrap();
    let before = fingerprint(&u.conn);
    assert_eq!(
        u.nominate("先进个人", SUN).unwrap_err().code,
        "review.locked"
    );
    assert_eq!(
        refusal(review_nomination(&mut u.conn, n[0].id, false, "撤销")).0,
        "review.locked"
    );
    let file = add_nomination_file(&mut u.conn, dir.path(), n[0].id, "事迹.txt", b"x", now());
    assert_eq!(refusal(file).0, "review.locked");
    assert_eq!(fingerprint(&u.conn), before);
}

#[test]
fn confirmation_freezes_every_part_of_the_category() {
    let mut u = unit(4);
    let dir = tempfile::tempdir().unwrap();
    let (c, r) = one_place_open(&mut u);
    let runoff = open_runoff(&mut u.conn, r.id, now()).unwrap();
    let p = publish(&mut u, &c, day(6, 1)).unwrap();
    confirm_publicity(&mut u.conn, c.id, at(6, 9)).unwrap();
    let before = fingerprint(&u.conn);
    let later = at(6, 10);
    let nominee = p.nominees[0].id;
    let objection = ObjectionInput {
        nomination_id: Some(nominee),
        received_on: day(6, 10),
        content: "请核实".into(),
    };
    let input = round_input(&c, BallotForm::Choose, MajorityBase::Cast);
    let confirmed = [
        refusal(create_round(&mut u.conn, &input, later)).0,
        refusal(update_round(&mut u.conn, runoff.id, &input)).0,
        refusal(open_round(&mut u.conn, runoff.id, later)).0,
        refusal(enter_paper_count(
            &mut u.conn,
            r.id,
            PaperRole::Counter,
            &a_count(&r),
        ))
        .0,
        refusal(add_objection(&mut u.conn, c.id, &objection, later)).0,
        refusal(start_publicity(
            &mut u.conn,
            c.id,
            day(6, 10),
            "纪委",
            later,
        ))
        .0,
        refusal(confirm_publicity(&mut u.conn, c.id, later)).0,
    ];
    assert!(
        confirmed.iter().all(|code| code == "publicity.confirmed"),
        "{confirmed:?}"
    );
    let locked = [
        u.nominate("先进个人", SUN).unwrap_err().code,
        refusal(review_nomination(&mut u.conn, nominee, false, "撤销")).0,
        refusal(add_nomination_file(
            &mut u.conn,
            dir.path(),
            nominee,
            "a.txt",
            b"a",
            later,
        ))
        .0,
    ];
    assert!(
        locked.iter().all(|code| code == "review.locked"),
        "{locked:?}"
    );
    assert_eq!(fingerprint(&u.conn), before);
    assert_eq!(awards(&u.conn, YEAR).unwrap().len(), 1);
}
