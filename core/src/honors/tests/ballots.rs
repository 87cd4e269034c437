use std::sync::{Arc, Barrier};

use super::*;

/// A 差额 round (3 candidates, 2 seats) over 8 voters, open, with its codes.
fn open_round_of(u: &mut Unit, form: BallotForm) -> (Round, Vec<String>) {
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, form, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    (r, codes)
}

fn ids(r: &Round) -> Vec<i64> {
    r.candidates.iter().map(|c| c.nomination_id).collect()
}

#[test]
fn a_code_casts_exactly_one_ballot() {
    let mut u = unit(2);
    let (r, codes) = open_round_of(&mut u, BallotForm::Choose);
    let c = ids(&r);
    cast_ballot(&mut u.conn, r.id, &codes[3], &choose(&[c[0], c[2]])).unwrap();
    assert_eq!(
        refusal(cast_ballot(&mut u.conn, r.id, &codes[3], &choose(&[c[1]]))),
        (
            "ballot.code_used".into(),
            "这张选票码已经投过票，每个码只能投一次".into()
        )
    );
    assert_eq!(u.ballot_count(), 1);
    assert_eq!(turnout(&u.conn, r.id).unwrap().used, 1);
}

#[test]
fn unknown_codes_are_refused_and_change_nothing() {
    let mut u = unit(2);
    let (r, _) = open_round_of(&mut u, BallotForm::Choose);
    assert_eq!(
        refusal(cast_ballot(&mut u.conn, r.id, "zzzz-zzzz", &choose(&[]))),
        (
            "ballot.unknown_code".into(),
            "选票码 ZZZZZZZZ 不存在，请核对选票上的 8 位码".into()
        )
    );
    assert_eq!(
        (u.ballot_count(), turnout(&u.conn, r.id).unwrap().used),
        (0, 0)
    );
}

#[test]
fn codes_are_accepted_as_typed_in_lower_case_with_spaces_and_dashes() {
    let mut u = unit(2);
    let (r, codes) = open_round_of(&mut u, BallotForm::Choose);
    let typed = format!(" {}-{} ", codes[0][..4].to_lowercase(), &codes[0][4..]);
    cast_ballot(&mut u.conn, r.id, &typed, &choose(&[])).unwrap();
    assert_eq!(turnout(&u.conn, r.id).unwrap().used, 1);
}

#[test]
fn a_code_of_another_round_is_refused() {
    let mut u = unit(2);
    let (r, codes) = open_round_of(&mut u, BallotForm::Choose);
    let family = u.category("文明家庭");
    let n = u.nominate("文明家庭", ZHAO).unwrap();
    review_nomination(&mut u.conn, n.id, true, "").unwrap();
    let other = u.round(&family, BallotForm::Choose, MajorityBase::Cast);
    open_round(&mut u.conn, other.id, now()).unwrap();
    assert_eq!(
        refusal(cast_ballot(
            &mut u.conn,
            other.id,
            &codes[0],
            &choose(&[n.id])
        )),
        (
            "ballot.wrong_round".into(),
            "这张选票码不属于本轮投票“文明家庭投票”，请核对".into()
        )
    );
    assert_eq!(u.ballot_count(), 0);
    assert_eq!(
        turnout(&u.conn, r.id).unwrap().used,
        0,
        "the code stays usable where it belongs"
    );
    cast_ballot(&mut u.conn, r.id, &codes[0], &choose(&[])).unwrap();
}

#[test]
fn ballots_are_refused_before_the_round_opens_and_after_it_closes() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let draft = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    assert_eq!(
        refusal(cast_ballot(&mut u.conn, draft.id, "ABCDEFGH", &choose(&[]))),
        (
            "ballot.round_not_open".into(),
            "投票“先进个人投票”尚未开始".into()
        )
    );
    let codes = open_round(&mut u.conn, draft.id, now()).unwrap();
    close_round(&mut u.conn, draft.id, now()).unwrap();
    assert_eq!(
        refusal(cast_ballot(&mut u.conn, draft.id, &codes[0], &choose(&[]))),
        (
            "ballot.round_closed".into(),
            "投票“先进个人投票”已结束，不能再投票".into()
        )
    );
    assert_eq!(
        (u.ballot_count(), turnout(&u.conn, draft.id).unwrap().used),
        (0, 0)
    );
}

#[test]
fn more_choices_than_seats_are_refused() {
    let mut u = unit(2);
    let (r, codes) = open_round_of(&mut u, BallotForm::Choose);
    assert_eq!(
        refusal(cast_ballot(&mut u.conn, r.id, &codes[0], &choose(&ids(&r)))),
        (
            "ballot.too_many_choices".into(),
            "本轮最多选 2 人，这张选票选了 3 人".into()
        )
    );
    assert_eq!(
        (u.ballot_count(), turnout(&u.conn, r.id).unwrap().used),
        (0, 0)
    );
}

#[test]
fn unknown_and_duplicate_candidates_are_refused() {
    let mut u = unit(2);
    let (r, codes) = open_round_of(&mut u, BallotForm::Choose);
    let c = ids(&r);
    assert_eq!(
        refusal(cast_ballot(
            &mut u.conn,
            r.id,
            &codes[0],
            &choose(&[c[0], 9999])
        ))
        .0,
        "ballot.unknown_candidate"
    );
    assert_eq!(
        refusal(cast_ballot(
            &mut u.conn,
            r.id,
            &codes[0],
            &choose(&[c[1], c[1]])
        )),
        (
            "ballot.duplicate_choice".into(),
            "王五 在选票上出现了不止一次".into()
        )
    );
    assert_eq!(
        (u.ballot_count(), turnout(&u.conn, r.id).unwrap().used),
        (0, 0)
    );
}

#[test]
fn approve_form_takes_a_mark_per_candidate_and_a_left_out_candidate_abstains() {
    let mut u = unit(2);
    let (r, codes) = open_round_of(&mut u, BallotForm::Approve);
    let c = ids(&r);
    assert_eq!(
        refusal(cast_ballot(&mut u.conn, r.id, &codes[0], &choose(&[c[0]]))).0,
        "ballot.wrong_form"
    );
    let marks = |v: &[(i64, Approval)]| Ballot::Approve {
        marks: v
            .iter()
            .map(|(id, vote)| Mark {
                nomination_id: *id,
                vote: *vote,
            })
            .collect(),
    };
    let all_for = marks(&[
        (c[0], Approval::For),
        (c[1], Approval::For),
        (c[2], Approval::For),
    ]);
    assert_eq!(
        refusal(cast_ballot(&mut u.conn, r.id, &codes[0], &all_for)).0,
        "ballot.too_many_choices",
        "赞成 at most as many as there are seats"
    );
    assert_eq!(u.ballot_count(), 0);
    let partial = marks(&[(c[0], Approval::For), (c[1], Approval::Against)]);
    cast_ballot(&mut u.conn, r.id, &codes[0], &partial).unwrap();
    close_round(&mut u.conn, r.id, now()).unwrap();
    let t = tally_round(&u.conn, r.id).unwrap();
    let zhou = t.results.iter().find(|x| x.name == "周八").unwrap();
    assert_eq!((zhou.votes_for, zhou.against, zhou.abstain), (0, 0, 1));
}

#[test]
fn one_code_casts_one_ballot_when_two_kiosks_submit_it_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.db");
    let (round, codes, li) = {
        let mut u = unit(10);
        let (r, codes) = open_round_of(&mut u, BallotForm::Choose);
        u.conn
            .execute("VACUUM INTO ?1", [path.to_str().unwrap()])
            .unwrap();
        // Turn the copy into WAL once, here: two connections switching the journal mode at the
        // same moment can fail with "database is locked", which is not the race under test.
        drop(crate::store::open(&path).unwrap());
        (r.id, codes, r.candidates[0].nomination_id)
    };
    for code in codes.iter().take(5) {
        let barrier = Arc::new(Barrier::new(2));
        let handles: Vec<_> = (0..2)
            .map(|_| {
                let (path, barrier, code) = (path.clone(), barrier.clone(), code.clone());
                std::thread::spawn(move || {
                    let mut conn = crate::store::open(&path).unwrap();
                    barrier.wait();
                    cast_ballot(&mut conn, round, &code, &choose(&[li]))
                        .map_err(|e| AppError::from(e).code)
                })
            })
            .collect();
        let mut outcomes: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        outcomes.sort();
        assert_eq!(outcomes, [Ok(()), Err("ballot.code_used".to_string())]);
    }
    let conn = crate::store::open(&path).unwrap();
    let ballots = crate::ballot::counts(&conn, crate::ballot::BoxRef::honor_round(round)).unwrap();
    assert_eq!(ballots.total(), 5);
    assert_eq!(
        turnout(&conn, round).unwrap(),
        Turnout {
            issued: 16,
            used: 5,
            not_voted: 11
        }
    );
}

#[test]
fn checking_a_code_at_the_kiosk_does_not_use_it() {
    let mut u = unit(4);
    let (r, codes) = open_round_of(&mut u, BallotForm::Choose);
    let shown = check_code(&u.conn, r.id, &codes[0].to_lowercase()).unwrap();
    assert_eq!(shown.candidates.len(), 3);
    let li = shown.candidates[0].nomination_id;
    cast_ballot(&mut u.conn, r.id, &codes[0], &choose(&[li])).unwrap();
    assert_eq!(
        refusal(check_code(&u.conn, r.id, &codes[0])).0,
        "ballot.code_used"
    );
    assert_eq!(
        refusal(check_code(&u.conn, r.id, "ZZZZ2222")),
        (
            "ballot.unknown_code".into(),
            "选票码 ZZZZ2222 不存在，请核对选票上的 8 位码".into()
        )
    );
}

#[test]
fn unused_codes_are_printed_until_the_first_ballot_and_then_only_reprinted_with_a_reason() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    assert_eq!(
        refusal(unused_codes(&u.conn, r.id)).0,
        "ballot.round_not_open"
    );
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(
        unused_codes(&u.conn, r.id).unwrap(),
        codes,
        "before any ballot"
    );
    let li = r.candidates[0].nomination_id;
    cast_ballot(&mut u.conn, r.id, &codes[3], &choose(&[li])).unwrap();
    let (code, message) = refusal(unused_codes(&u.conn, r.id));
    assert_eq!(code, "ballot.reprint_needs_reason");
    assert!(message.contains("原因"), "{message}");
    assert_eq!(
        refusal(reprint_codes(&mut u.conn, r.id, " ", now())).0,
        "ballot.reprint_reason_required"
    );
    let left = reprint_codes(&mut u.conn, r.id, "打印机卡纸，第二页未打出", now()).unwrap();
    let mut expected = codes.clone();
    expected.remove(3);
    assert_eq!(left, expected, "sorted, without the spent one");
    close_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(tally_round(&u.conn, r.id).unwrap().reprints, 1);
    assert_eq!(
        refusal(reprint_codes(&mut u.conn, r.id, "再印一次", now())).0,
        "ballot.round_not_open",
        "no reprint once the round is closed"
    );
}
