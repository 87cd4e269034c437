//! Paper counts cannot exceed the ballots issued: every entitled voter got one slip and votes
//! once, at the kiosk or on paper, so paper ballots ≤ codes issued − codes used at the kiosk.
//! Absurd figures are refused with a sentence, never a panic or a wrapped number.

use super::quota::{fingerprint, held};
use super::*;

fn count(ballots: u32, invalid: u32, votes: &[(i64, u32)]) -> PaperCount {
    PaperCount {
        ballots,
        invalid,
        candidates: votes
            .iter()
            .map(|(id, v)| CandidateCount {
                nomination_id: *id,
                votes_for: *v,
                ..Default::default()
            })
            .collect(),
    }
}

/// A closed round of 10 entitled voters (3 candidates, 2 places) without kiosk ballots.
fn closed(u: &mut Unit) -> (Round, Vec<i64>) {
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    held(u, &r);
    let n = r.candidates.iter().map(|c| c.nomination_id).collect();
    (r, n)
}

#[test]
fn every_issued_slip_may_come_back_on_paper_for_both_counters() {
    let mut u = unit(4);
    let (r, n) = closed(&mut u);
    let all = count(10, 1, &[(n[0], 9), (n[1], 9)]);
    for role in [PaperRole::Counter, PaperRole::Scrutineer] {
        enter_paper_count(&mut u.conn, r.id, role, &all).unwrap();
    }
    let t = tally_round(&u.conn, r.id).unwrap();
    assert_eq!((t.issued, t.cast, t.valid, t.invalid), (10, 10, 9, 1));
}

#[test]
fn one_paper_ballot_more_than_the_slips_issued_is_refused_for_either_counter() {
    let mut u = unit(4);
    let (r, n) = closed(&mut u);
    let before = fingerprint(&u.conn);
    for role in [PaperRole::Counter, PaperRole::Scrutineer] {
        assert_eq!(
            refusal(enter_paper_count(
                &mut u.conn,
                r.id,
                role,
                &count(11, 0, &[(n[0], 6)]),
            )),
            (
                "paper.too_many_ballots".into(),
                "收回选票 11 张（投票机 0 张 + 纸质 11 张）多于发出的 10 张，请核对纸质选票张数"
                    .into()
            )
        );
    }
    assert_eq!(fingerprint(&u.conn), before);
}

#[test]
fn absurd_paper_figures_are_refused_without_overflow_and_nothing_is_recorded() {
    let mut u = unit(4);
    let (r, n) = closed(&mut u);
    let before = fingerprint(&u.conn);
    let max = u32::MAX;
    let mut refuse =
        |c: PaperCount| refusal(enter_paper_count(&mut u.conn, r.id, PaperRole::Counter, &c));
    assert_eq!(
        refuse(count(max, 0, &[])),
        (
            "paper.too_many_ballots".into(),
            format!("收回选票 {max} 张（投票机 0 张 + 纸质 {max} 张）多于发出的 10 张，请核对纸质选票张数")
        )
    );
    assert_eq!(refuse(count(max, max, &[])).0, "paper.too_many_ballots");
    assert_eq!(
        refuse(count(10, 0, &[(n[0], max)])).1,
        format!("李四 的票数合计 {max} 多于有效纸质选票 10 张")
    );
    let mut marks = count(10, 0, &[]);
    marks.candidates.push(CandidateCount {
        nomination_id: n[0],
        votes_for: max,
        against: max,
        abstain: max,
        ..Default::default()
    });
    assert_eq!(refuse(marks).0, "paper.invalid");
    assert_eq!(
        refuse(count(10, 0, &[(n[0], 10), (n[1], 10), (n[2], 10)])).1,
        "得票合计 30 多于有效纸质选票 10 张 × 名额 2 名"
    );
    assert_eq!(fingerprint(&u.conn), before);
}
