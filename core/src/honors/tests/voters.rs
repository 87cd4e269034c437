//! The voter list of a round (by 科室, a person taken off it), editing and deleting a draft round,
//! and the count of who has not voted yet that 结束投票 asks about.

use super::*;

fn names(groups: &[VoterGroup]) -> Vec<(String, Vec<String>)> {
    groups
        .iter()
        .map(|g| {
            let people = g.voters.iter().map(|v| v.name.clone()).collect();
            (g.department_name.clone(), people)
        })
        .collect()
}

fn voter_ids(u: &Unit, round_id: i64) -> Vec<i64> {
    let mut ids: Vec<i64> = round_voters(&u.conn, round_id)
        .unwrap()
        .iter()
        .flat_map(|g| g.voters.iter().map(|v| v.staff_id))
        .collect();
    ids.sort_unstable();
    ids
}

#[test]
fn the_voters_are_listed_by_department_in_roster_order_each_by_employee_number() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    assert_eq!(
        names(&round_voters(&u.conn, r.id).unwrap()),
        [
            (
                "办公室".to_string(),
                ["张三", "李四", "孙七", "职工1"].map(String::from).to_vec()
            ),
            (
                "宣传科".to_string(),
                ["王五", "赵六", "周八", "职工2"].map(String::from).to_vec()
            ),
        ]
    );
    assert_eq!(r.voters, 8, "the count on the round is the list's length");
}

#[test]
fn removing_a_voter_takes_them_off_the_list_and_the_round_issues_one_code_fewer() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let after = remove_voter(&mut u.conn, r.id, u.people[ZHAO]).unwrap();
    assert_eq!(after.voters, 7);
    assert!(!voter_ids(&u, r.id).contains(&u.people[ZHAO]));
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(codes.len(), 7);
}

#[test]
fn a_voter_cannot_be_removed_once_the_round_opened_and_the_list_stays_as_it_was() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    open_round(&mut u.conn, r.id, now()).unwrap();
    let before = voter_ids(&u, r.id);
    assert_eq!(
        refusal(remove_voter(&mut u.conn, r.id, u.people[ZHAO])),
        (
            "round.voters_locked".into(),
            "投票“先进个人投票”已开始，投票人名单已锁定，不能再移除投票人".into()
        )
    );
    close_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(
        refusal(remove_voter(&mut u.conn, r.id, u.people[ZHAO])).0,
        "round.voters_locked"
    );
    assert_eq!(voter_ids(&u, r.id), before);
    assert_eq!(turnout(&u.conn, r.id).unwrap().issued, 8);
}

#[test]
fn removing_someone_not_on_the_list_or_the_last_voter_is_refused() {
    let mut u = unit(0);
    let c = u.candidates(2, &[LI, WANG]);
    let mut input = round_input(&c, BallotForm::Choose, MajorityBase::Cast);
    input.voters = VoterSelection {
        whole_roster: false,
        department_ids: vec![],
        staff_ids: vec![u.people[ZHANG], u.people[LI]],
    };
    let r = create_round(&mut u.conn, &input, now()).unwrap();
    assert_eq!(
        refusal(remove_voter(&mut u.conn, r.id, u.people[ZHOU])),
        (
            "round.voter_not_listed".into(),
            "这名职工不在投票“先进个人投票”的投票人名单中，请刷新后再试".into()
        )
    );
    remove_voter(&mut u.conn, r.id, u.people[ZHANG]).unwrap();
    assert_eq!(
        refusal(remove_voter(&mut u.conn, r.id, u.people[LI])),
        (
            "round.last_voter".into(),
            "李四 是投票“先进个人投票”仅剩的投票人，不能移除；不需要这轮投票时请删除它".into()
        )
    );
    assert_eq!(voter_ids(&u, r.id), [u.people[LI]]);
    assert_eq!(
        refusal(remove_voter(&mut u.conn, 9999, u.people[LI])).0,
        "round.not_found"
    );
}

#[test]
fn a_draft_round_is_deleted_with_its_lists_and_the_category_can_set_up_a_new_one() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    delete_round(&mut u.conn, r.id).unwrap();
    assert!(rounds(&u.conn, c.id).unwrap().is_empty());
    assert_eq!(
        refusal(get_round(&u.conn, r.id)).0,
        "round.not_found",
        "the round is gone"
    );
    let left: i64 = u
        .conn
        .query_row(
            "SELECT (SELECT COUNT(*) FROM honor_round_voter)
                  + (SELECT COUNT(*) FROM honor_round_candidate)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "its voters and candidates went with it");
    let again = u.round(&c, BallotForm::Approve, MajorityBase::Cast);
    assert_eq!(again.voters, 8);
}

#[test]
fn a_round_that_opened_cannot_be_deleted_or_edited_and_stays_whole() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    let li = r.candidates[0].nomination_id;
    cast_ballot(&mut u.conn, r.id, &codes[0], &choose(&[li])).unwrap();
    let before = get_round(&u.conn, r.id).unwrap();
    assert_eq!(
        refusal(delete_round(&mut u.conn, r.id)),
        (
            "round.delete_locked".into(),
            "投票“先进个人投票”已开始，不能再删除；投票一旦开始，记录须保留".into()
        )
    );
    assert_eq!(
        refusal(update_round(
            &mut u.conn,
            r.id,
            &round_input(&c, BallotForm::Approve, MajorityBase::Cast)
        ))
        .0,
        "round.locked"
    );
    close_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(
        refusal(delete_round(&mut u.conn, r.id)).0,
        "round.delete_locked"
    );
    let after = get_round(&u.conn, r.id).unwrap();
    assert_eq!((after.title, after.form), (before.title, before.form));
    assert_eq!(u.ballot_count(), 1, "the ballot is kept");
    assert_eq!(
        refusal(delete_round(&mut u.conn, 9999)).0,
        "round.not_found"
    );
}

#[test]
fn deleting_a_runoff_draft_lets_its_round_offer_the_runoff_again() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let n: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
    super::quota::held(&mut u, &r);
    super::quota::paper_result(&mut u, r.id, 10, &[(n[0], 5), (n[1], 4), (n[2], 3)]);
    let runoff = open_runoff(&mut u.conn, r.id, now()).unwrap();
    assert!(!get_round(&u.conn, r.id).unwrap().allowed.runoff.ok());
    delete_round(&mut u.conn, runoff.id).unwrap();
    assert!(get_round(&u.conn, r.id).unwrap().allowed.runoff.ok());
}

#[test]
fn the_close_question_counts_the_codes_not_used_and_names_nobody() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    let li = r.candidates[0].nomination_id;
    for code in &codes[..3] {
        cast_ballot(&mut u.conn, r.id, code, &choose(&[li])).unwrap();
    }
    let t = turnout(&u.conn, r.id).unwrap();
    assert_eq!((t.issued, t.used, t.not_voted), (8, 3, 5));
    // The voter list reads the same as before anyone voted: it says who may vote, not who did.
    let groups = round_voters(&u.conn, r.id).unwrap();
    assert_eq!(groups.iter().map(|g| g.voters.len()).sum::<usize>(), 8);
}
