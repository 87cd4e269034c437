use super::*;

#[test]
fn a_round_takes_the_passed_candidates_the_quota_as_seats_and_the_entitled_voters() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let rejected = u.nominate("先进个人", ZHAO).unwrap();
    review_nomination(&mut u.conn, rejected.id, false, "不符合条件").unwrap();
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let names: Vec<_> = r.candidates.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["李四", "王五", "周八"]);
    assert_eq!((r.seats, r.voters, r.state), (2, 10, RoundState::Draft));
}

#[test]
fn voters_can_be_chosen_by_department_and_person_without_repeats_or_inactive_staff() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG]);
    roster::set_staff_active(&mut u.conn, u.people[ZHANG], false, now()).unwrap();
    let mut input = round_input(&c, BallotForm::Choose, MajorityBase::Cast);
    input.voters = VoterSelection {
        whole_roster: false,
        department_ids: vec![u.departments[0]],
        staff_ids: vec![u.people[LI], u.people[WANG]],
    };
    let r = create_round(&mut u.conn, &input, now()).unwrap();
    // 办公室 in 职: 李四, 孙七, 职工1, 职工3 (张三 inactive) + 王五.
    assert_eq!(r.voters, 5);
}

#[test]
fn a_round_without_candidates_or_voters_is_refused() {
    let mut u = unit(0);
    let c = u.category("先进个人");
    assert_eq!(
        refusal(create_round(
            &mut u.conn,
            &round_input(&c, BallotForm::Choose, MajorityBase::Cast),
            now()
        )),
        (
            "round.no_candidates".into(),
            "“先进个人”还没有通过资格审查的候选人，请先完成资格审查".into()
        )
    );
    let c = u.candidates(2, &[LI]);
    let mut input = round_input(&c, BallotForm::Choose, MajorityBase::Cast);
    input.voters.whole_roster = false;
    assert_eq!(
        refusal(create_round(&mut u.conn, &input, now())).0,
        "round.no_voters"
    );
    assert!(rounds(&u.conn, c.id).unwrap().is_empty(), "nothing created");
}

#[test]
fn opening_issues_exactly_one_unique_code_per_entitled_voter() {
    let mut u = unit(94);
    let c = u.candidates(3, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(codes.len(), 100);
    let mut unique = codes.clone();
    unique.dedup();
    assert_eq!(unique.len(), 100, "codes are sorted and unique");
    for code in &codes {
        assert_eq!(code.len(), CODE_LEN);
        assert!(code.bytes().all(|b| CODE_ALPHABET.contains(&b)), "{code}");
        assert!(!code.contains(['0', 'O', '1', 'I', 'l']), "{code}");
    }
    assert_eq!(
        turnout(&u.conn, r.id).unwrap(),
        Turnout {
            issued: 100,
            used: 0,
            not_voted: 100
        }
    );
    assert_eq!(get_round(&u.conn, r.id).unwrap().state, RoundState::Open);
}

#[test]
fn a_rounds_rules_are_locked_once_it_opens() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let mut changed = round_input(&c, BallotForm::Approve, MajorityBase::Entitled);
    let draft = update_round(&mut u.conn, r.id, &changed).unwrap();
    assert_eq!(
        (draft.form, draft.majority_base),
        (BallotForm::Approve, MajorityBase::Entitled)
    );
    open_round(&mut u.conn, r.id, now()).unwrap();
    changed.form = BallotForm::Choose;
    assert_eq!(
        refusal(update_round(&mut u.conn, r.id, &changed)),
        (
            "round.locked".into(),
            "投票“先进个人投票”已开始，规则已锁定，不能再修改".into()
        )
    );
    let now_open = get_round(&u.conn, r.id).unwrap();
    let unchanged = Round {
        state: RoundState::Open,
        allowed: now_open.allowed.clone(),
        ..draft
    };
    assert_eq!(now_open, unchanged);
    let input = CategoryInput {
        year: c.year,
        name: c.name.clone(),
        target: c.target,
        quota: 5,
        eligibility: c.eligibility,
        nominations_open_at: c.nominations_open_at,
        nominations_close_at: c.nominations_close_at,
    };
    assert_eq!(
        refusal(update_category(&mut u.conn, c.id, &input)).0,
        "honors.category_locked"
    );
    let first = &nominations(&u.conn, c.id).unwrap()[0];
    assert_eq!(
        refusal(review_nomination(&mut u.conn, first.id, false, "改主意")).0,
        "review.locked"
    );
    assert_eq!(
        u.nominate("先进个人", ZHAO).unwrap_err().code,
        "review.locked"
    );
    assert_eq!(get_category(&u.conn, c.id).unwrap().quota, 2);
}

#[test]
fn a_round_opens_once_and_closes_once() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    assert_eq!(
        refusal(close_round(&mut u.conn, r.id, now())),
        (
            "round.wrong_state".into(),
            "投票“先进个人投票”尚未开始，不能结束".into()
        )
    );
    open_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(
        refusal(open_round(&mut u.conn, r.id, now())).1,
        "投票“先进个人投票”正在进行，不能开始"
    );
    assert_eq!(
        turnout(&u.conn, r.id).unwrap().issued,
        8,
        "no second set of codes"
    );
    close_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(
        refusal(close_round(&mut u.conn, r.id, now())).0,
        "round.wrong_state"
    );
}

#[test]
fn while_open_only_turnout_is_shown_and_the_tally_is_refused() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    let li = r.candidates[0].nomination_id;
    cast_ballot(&mut u.conn, r.id, &codes[0], &choose(&[li])).unwrap();
    assert_eq!(
        turnout(&u.conn, r.id).unwrap(),
        Turnout {
            issued: 8,
            used: 1,
            not_voted: 7
        }
    );
    assert_eq!(
        refusal(tally_round(&u.conn, r.id)),
        (
            "tally.not_closed".into(),
            "投票“先进个人投票”尚未结束，结束后才能计票；进行中只显示投票率".into()
        )
    );
    close_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(tally_round(&u.conn, r.id).unwrap().cast, 1);
}

#[test]
fn a_round_does_not_open_when_review_changed_its_candidates_after_it_was_saved() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let late = u.nominate("先进个人", ZHOU).unwrap();
    review_nomination(&mut u.conn, late.id, true, "").unwrap();
    assert_eq!(
        refusal(open_round(&mut u.conn, r.id, now())),
        (
            "round.candidates_changed".into(),
            "“先进个人投票”的候选人名单在保存投票设置后有变化，请检查并重新保存投票设置后再开始"
                .into()
        )
    );
    assert_eq!(get_round(&u.conn, r.id).unwrap().state, RoundState::Draft);
    assert_eq!(turnout(&u.conn, r.id).unwrap().issued, 0, "no codes issued");
    let input = round_input(&c, BallotForm::Choose, MajorityBase::Cast);
    assert_eq!(
        update_round(&mut u.conn, r.id, &input)
            .unwrap()
            .candidates
            .len(),
        3
    );
    open_round(&mut u.conn, r.id, now()).unwrap();
}
