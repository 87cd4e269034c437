//! 名额 holds across rounds: a category votes on its places once; what that round leaves unfilled
//! or tied at the line goes to a runoff, and all rounds together never fill more than the 名额.
//! Results come from paper counts entered by both 计票人 and 监票人 (10 voters, no kiosk).

use super::*;

/// Everything the honors tables hold, to compare before and after a refused request.
pub(super) fn fingerprint(conn: &Connection) -> String {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let width = stmt.column_count();
        let rows: Vec<String> = stmt
            .query_map([], |r| {
                Ok((0..width)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        out.push_str(&format!("{t}: {}\n", rows.join("; ")));
    }
    out
}

/// Enters the same paper count for the 计票人 and the 监票人 of a closed round.
pub(super) fn paper_result(u: &mut Unit, round_id: i64, ballots: u32, votes: &[(i64, u32)]) {
    let count = PaperCount {
        ballots,
        invalid: 0,
        candidates: votes
            .iter()
            .map(|(id, v)| CandidateCount {
                nomination_id: *id,
                votes_for: *v,
                ..Default::default()
            })
            .collect(),
    };
    for role in [PaperRole::Counter, PaperRole::Scrutineer] {
        enter_paper_count(&mut u.conn, round_id, role, &count).unwrap();
    }
}

/// Opens and closes a round without kiosk ballots; its result then comes on paper.
pub(super) fn held(u: &mut Unit, round: &Round) {
    open_round(&mut u.conn, round.id, now()).unwrap();
    close_round(&mut u.conn, round.id, now()).unwrap();
}

fn ids(r: &Round) -> Vec<i64> {
    r.candidates.iter().map(|c| c.nomination_id).collect()
}

/// A unit of ten (the six named people and four more) whose 先进个人 has `quota` places and the
/// given candidates, with its first round held and closed: the unit, the category, the round and
/// its candidates' ids.
fn held_first_round(quota: u32, candidates: &[usize]) -> (Unit, Category, Round, Vec<i64>) {
    let mut u = unit(4);
    let c = u.candidates(quota, candidates);
    let first = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    held(&mut u, &first);
    let n = ids(&first);
    (u, c, first, n)
}

fn elected_names(u: &Unit, category: &Category) -> Vec<String> {
    publicity_notice(
        &u.conn,
        category.id,
        NaiveDate::from_ymd_opt(YEAR, 6, 1).unwrap(),
        "纪委",
    )
    .unwrap()
    .text
    .lines()
    .filter(|l| {
        l.split_once(". ")
            .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
    })
    .map(str::to_string)
    .collect()
}

#[test]
fn a_runoff_fills_only_the_places_left_tied_at_the_line_and_the_rounds_fill_the_quota_exactly() {
    let (mut u, c, first, n) = held_first_round(3, &[LI, WANG, ZHOU, SUN]);
    // 李四 9; 王五, 周八, 孙七 6 each (a majority of 10): three tied for two places.
    paper_result(
        &mut u,
        first.id,
        10,
        &[(n[0], 9), (n[1], 6), (n[2], 6), (n[3], 6)],
    );
    let runoff = open_runoff(&mut u.conn, first.id, now()).unwrap();
    assert_eq!((runoff.seats, ids(&runoff)), (2, vec![n[1], n[2], n[3]]));
    held(&mut u, &runoff);
    paper_result(&mut u, runoff.id, 10, &[(n[1], 8), (n[2], 7), (n[3], 3)]);
    assert_eq!(
        elected_names(&u, &c),
        [
            "1. 李四（办公室）",
            "2. 王五（宣传科）",
            "3. 周八（宣传科）"
        ]
    );
    assert_eq!(
        refusal(open_runoff(&mut u.conn, runoff.id, now())).0,
        "tally.nothing_to_run_off"
    );
}

#[test]
fn a_runoff_of_a_runoff_takes_only_the_places_still_open() {
    let (mut u, c, first, n) = held_first_round(2, &[LI, WANG, ZHOU]);
    // Nobody reaches 6 of 10: both places stay open.
    paper_result(&mut u, first.id, 10, &[(n[0], 5), (n[1], 4), (n[2], 3)]);
    let second = open_runoff(&mut u.conn, first.id, now()).unwrap();
    assert_eq!(second.seats, 2);
    held(&mut u, &second);
    paper_result(&mut u, second.id, 10, &[(n[0], 7), (n[1], 5), (n[2], 5)]);
    let third = open_runoff(&mut u.conn, second.id, now()).unwrap();
    assert_eq!((third.seats, ids(&third)), (1, vec![n[1], n[2]]));
    held(&mut u, &third);
    paper_result(&mut u, third.id, 10, &[(n[1], 6), (n[2], 4)]);
    assert_eq!(
        elected_names(&u, &c),
        ["1. 李四（办公室）", "2. 王五（宣传科）"]
    );
    let seats: Vec<u32> = rounds(&u.conn, c.id)
        .unwrap()
        .iter()
        .map(|r| r.seats)
        .collect();
    assert_eq!(seats, [2, 2, 1]);
}

#[test]
fn a_second_round_over_the_whole_quota_is_refused_while_a_draft_exists_and_nothing_changes() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let before = fingerprint(&u.conn);
    let mut again = round_input(&c, BallotForm::Approve, MajorityBase::Entitled);
    again.title = "先进个人第二轮".into();
    assert_eq!(
        refusal(create_round(&mut u.conn, &again, now())),
        (
            "round.first_round_exists".into(),
            "“先进个人”已有投票“先进个人投票”；名额只投这一轮，未选满或在名额线上同票的名额请在该轮计票结果中“另行投票”".into()
        )
    );
    assert_eq!(fingerprint(&u.conn), before);
}

#[test]
fn a_second_round_after_the_first_closed_is_refused_so_no_place_is_filled_twice() {
    let (mut u, c, first, n) = held_first_round(2, &[LI, WANG, ZHOU]);
    paper_result(&mut u, first.id, 10, &[(n[0], 8), (n[1], 7), (n[2], 2)]);
    let before = fingerprint(&u.conn);
    assert_eq!(
        refusal(create_round(
            &mut u.conn,
            &round_input(&c, BallotForm::Choose, MajorityBase::Cast),
            now()
        ))
        .0,
        "round.first_round_exists"
    );
    assert_eq!(
        refusal(open_runoff(&mut u.conn, first.id, now())).0,
        "tally.nothing_to_run_off"
    );
    assert_eq!(fingerprint(&u.conn), before);
    assert_eq!(elected_names(&u, &c).len(), 2);
}

#[test]
fn another_category_still_gets_its_own_first_round() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG]);
    u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let party = u.category("党员先锋岗");
    let n = u.nominate("党员先锋岗", LI).unwrap();
    review_nomination(&mut u.conn, n.id, true, "").unwrap();
    let r = u.round(&party, BallotForm::Approve, MajorityBase::Cast);
    assert_eq!((r.seats, r.candidates.len()), (party.quota, 1));
}

#[test]
fn a_round_saved_before_the_quota_changed_does_not_open_until_saved_again() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let mut fewer = CategoryInput {
        year: c.year,
        name: c.name.clone(),
        target: c.target,
        quota: 1,
        eligibility: c.eligibility,
        nominations_open_at: c.nominations_open_at,
        nominations_close_at: c.nominations_close_at,
    };
    update_category(&mut u.conn, c.id, &fewer).unwrap();
    let before = fingerprint(&u.conn);
    assert_eq!(
        refusal(open_round(&mut u.conn, r.id, now())),
        (
            "round.quota_changed".into(),
            "“先进个人”的名额已改为 1 名，投票“先进个人投票”仍按 2 名设置，请重新保存投票设置后再开始".into()
        )
    );
    assert_eq!(fingerprint(&u.conn), before, "no code issued");
    let saved = update_round(
        &mut u.conn,
        r.id,
        &round_input(&c, BallotForm::Choose, MajorityBase::Cast),
    )
    .unwrap();
    assert_eq!(saved.seats, 1);
    assert_eq!(open_round(&mut u.conn, r.id, now()).unwrap().len(), 10);
    fewer.quota = 3;
    assert_eq!(
        refusal(update_category(&mut u.conn, c.id, &fewer)).0,
        "honors.category_locked"
    );
}

#[test]
fn a_notice_naming_more_people_than_the_quota_is_refused() {
    // A database written before the one-round rule may hold rounds that together elected more
    // than the 名额; it is not published.
    let (mut u, c, first, n) = held_first_round(2, &[LI, WANG, ZHOU]);
    paper_result(&mut u, first.id, 10, &[(n[0], 8), (n[1], 7), (n[2], 2)]);
    u.conn
        .execute("UPDATE honor_category SET quota = 1 WHERE id = ?1", [c.id])
        .unwrap();
    let before = fingerprint(&u.conn);
    assert_eq!(
        refusal(start_publicity(
            &mut u.conn,
            c.id,
            NaiveDate::from_ymd_opt(YEAR, 6, 1).unwrap(),
            "纪委",
            now()
        )),
        (
            "publicity.over_quota".into(),
            "“先进个人”各轮共选出 2 名，超过名额 1 名，不能公示；请核对各轮投票".into()
        )
    );
    assert_eq!(fingerprint(&u.conn), before);
}
