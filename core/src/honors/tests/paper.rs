use super::*;

/// A closed 差额 round (李四, 王五, 周八 for 2 seats) over 10 voters, with `kiosk` ballots for 李四
/// and 王五 cast at the kiosk.
fn closed_round(u: &mut Unit, kiosk: usize) -> (Round, Vec<i64>) {
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    let n: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
    for code in codes.iter().take(kiosk) {
        cast_ballot(&mut u.conn, r.id, code, &choose(&[n[0], n[1]])).unwrap();
    }
    close_round(&mut u.conn, r.id, now()).unwrap();
    (r, n)
}

fn paper(ballots: u32, invalid: u32, votes: &[(i64, u32)]) -> PaperCount {
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

#[test]
fn paper_ballots_need_the_scrutineers_entry_before_there_is_a_result() {
    let mut u = unit(4);
    let (r, n) = closed_round(&mut u, 4);
    let count = paper(5, 1, &[(n[0], 3), (n[2], 4)]);
    let s = enter_paper_count(&mut u.conn, r.id, PaperRole::Counter, &count).unwrap();
    assert_eq!(
        (s.counter_entered, s.scrutineer_entered, s.confirmed),
        (true, false, false)
    );
    assert_eq!(
        refusal(tally_round(&u.conn, r.id)),
        (
            "tally.paper_unconfirmed".into(),
            "纸质选票还须由监票人录入，两人录入一致后才能出结果".into()
        )
    );
    let s = enter_paper_count(&mut u.conn, r.id, PaperRole::Scrutineer, &count).unwrap();
    assert!(s.confirmed);
    tally_round(&u.conn, r.id).unwrap();
}

#[test]
fn a_mismatch_between_counter_and_scrutineer_blocks_the_result() {
    let mut u = unit(4);
    let (r, n) = closed_round(&mut u, 4);
    enter_paper_count(
        &mut u.conn,
        r.id,
        PaperRole::Counter,
        &paper(5, 1, &[(n[0], 3)]),
    )
    .unwrap();
    let s = enter_paper_count(
        &mut u.conn,
        r.id,
        PaperRole::Scrutineer,
        &paper(5, 0, &[(n[0], 4)]),
    )
    .unwrap();
    assert_eq!(s.mismatches, ["废票 1 与 0", "李四：得票/赞成 3 与 4"]);
    assert!(!s.confirmed);
    assert_eq!(
        refusal(tally_round(&u.conn, r.id)),
        (
            "tally.paper_mismatch".into(),
            "计票人与监票人录入的纸质选票不一致（废票 1 与 0；李四：得票/赞成 3 与 4），请核对选票后重新录入".into()
        )
    );
    assert_eq!(
        refusal(open_runoff(&mut u.conn, r.id, now())).0,
        "tally.paper_mismatch"
    );
    enter_paper_count(
        &mut u.conn,
        r.id,
        PaperRole::Scrutineer,
        &paper(5, 1, &[(n[0], 3)]),
    )
    .unwrap();
    assert!(
        paper_status(&u.conn, r.id).unwrap().confirmed,
        "re-entry replaces the old one"
    );
}

#[test]
fn paper_and_kiosk_ballots_are_merged_in_the_tally() {
    let mut u = unit(4);
    let (r, n) = closed_round(&mut u, 4);
    let count = paper(5, 1, &[(n[0], 3), (n[2], 4)]);
    for role in [PaperRole::Counter, PaperRole::Scrutineer] {
        enter_paper_count(&mut u.conn, r.id, role, &count).unwrap();
    }
    let t = tally_round(&u.conn, r.id).unwrap();
    assert_eq!((t.issued, t.cast, t.valid, t.invalid), (10, 9, 8, 1));
    let votes: Vec<_> = t
        .results
        .iter()
        .map(|x| (x.name.as_str(), x.votes_for))
        .collect();
    assert_eq!(votes, [("李四", 7), ("王五", 4), ("周八", 4)]);
    assert_eq!(t.majority_needed, 5);
    assert_eq!((t.elected.clone(), t.unfilled), (vec![n[0]], 1));
}

#[test]
fn more_ballots_than_were_issued_are_refused() {
    let mut u = unit(4);
    let (r, n) = closed_round(&mut u, 4);
    assert_eq!(
        refusal(enter_paper_count(
            &mut u.conn,
            r.id,
            PaperRole::Counter,
            &paper(7, 0, &[(n[0], 7)]),
        )),
        (
            "paper.too_many_ballots".into(),
            "收回选票 11 张（投票机 4 张 + 纸质 7 张）多于发出的 10 张，请核对纸质选票张数".into()
        )
    );
    assert!(
        !paper_status(&u.conn, r.id).unwrap().counter_entered,
        "nothing recorded"
    );
    enter_paper_count(
        &mut u.conn,
        r.id,
        PaperRole::Counter,
        &paper(6, 0, &[(n[0], 6)]),
    )
    .unwrap();
}

#[test]
fn paper_counts_are_entered_only_after_the_round_closes() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    open_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(
        refusal(enter_paper_count(
            &mut u.conn,
            r.id,
            PaperRole::Counter,
            &paper(1, 0, &[]),
        )),
        (
            "paper.round_not_closed".into(),
            "投票“先进个人投票”结束后才能录入纸质选票".into()
        )
    );
    assert!(!paper_status(&u.conn, r.id).unwrap().counter_entered);
}

#[test]
fn impossible_paper_counts_are_refused() {
    let mut u = unit(4);
    let (r, n) = closed_round(&mut u, 0);
    let mut refuse = |count: PaperCount| {
        refusal(enter_paper_count(
            &mut u.conn,
            r.id,
            PaperRole::Counter,
            &count,
        ))
        .1
    };
    assert_eq!(refuse(paper(3, 4, &[])), "废票 4 张多于收回的纸质选票 3 张");
    assert_eq!(
        refuse(paper(5, 1, &[(n[0], 5)])),
        "李四 的票数合计 5 多于有效纸质选票 4 张"
    );
    assert_eq!(
        refuse(paper(4, 0, &[(n[0], 4), (n[1], 4), (n[2], 1)])),
        "得票合计 9 多于有效纸质选票 4 张 × 名额 2 名"
    );
    assert_eq!(
        refuse(paper(4, 0, &[(9999, 1)])),
        "录入中有不在本轮候选人名单中的人，请刷新后重新录入"
    );
    assert_eq!(
        refuse(paper(4, 0, &[(n[0], 1), (n[0], 1)])),
        "李四 录入了不止一次"
    );
    assert!(
        !paper_status(&u.conn, r.id).unwrap().counter_entered,
        "nothing recorded"
    );
}
