use proptest::prelude::*;

use super::*;

fn counts(seats: u32, base: MajorityBase, issued: u32, cast: u32, votes: &[u32]) -> Counts {
    Counts {
        form: BallotForm::Choose,
        majority_base: base,
        seats,
        issued,
        cast,
        invalid: 0,
        candidates: votes
            .iter()
            .enumerate()
            .map(|(i, v)| CandidateCount {
                nomination_id: i as i64 + 1,
                name: format!("候选人{}", i + 1),
                votes_for: *v,
                ..Default::default()
            })
            .collect(),
        reprints: 0,
    }
}

#[test]
fn quota_3_with_5_candidates_elects_the_three_with_most_votes_and_a_majority() {
    let t = tally(&counts(
        3,
        MajorityBase::Cast,
        40,
        30,
        &[12, 25, 18, 16, 20],
    ));
    assert_eq!(t.majority_needed, 16);
    assert_eq!(t.elected, [2, 5, 3]);
    assert!(t.tie_at_line.is_empty());
    assert_eq!(t.unfilled, 0);
    let ranks: Vec<_> = t
        .results
        .iter()
        .map(|r| (r.nomination_id, r.rank))
        .collect();
    assert_eq!(ranks, [(2, 1), (5, 2), (3, 3), (4, 4), (1, 5)]);
    assert!(
        t.results[3].has_majority && !t.results[3].elected,
        "16 of 30 is a majority but 4th"
    );
    assert_eq!((t.issued, t.cast, t.valid, t.invalid), (40, 30, 30, 0));
}

#[test]
fn a_tie_across_the_seat_line_is_reported_and_elects_none_of_the_tied() {
    let t = tally(&counts(
        3,
        MajorityBase::Cast,
        30,
        30,
        &[25, 20, 18, 18, 10],
    ));
    assert_eq!(t.elected, [1, 2]);
    assert_eq!(t.tie_at_line, [3, 4]);
    assert_eq!(t.unfilled, 1);
    assert_eq!((t.results[2].rank, t.results[3].rank), (3, 3));
    assert!(!t.results[2].elected && !t.results[3].elected);
}

#[test]
fn a_tie_inside_the_seats_is_no_tie_at_the_line() {
    let t = tally(&counts(3, MajorityBase::Cast, 30, 30, &[20, 20, 18, 10]));
    assert_eq!(t.elected, [1, 2, 3]);
    assert!(t.tie_at_line.is_empty());
}

#[test]
fn a_candidate_with_votes_but_no_majority_is_not_elected_and_the_place_stays_unfilled() {
    let t = tally(&counts(2, MajorityBase::Cast, 30, 30, &[20, 15, 10]));
    assert_eq!(t.majority_needed, 16);
    assert_eq!(t.elected, [1]);
    assert_eq!(t.unfilled, 1);
    assert!(
        t.tie_at_line.is_empty(),
        "15 of 30 is exactly half: not more than half"
    );
    assert!(!t.results[1].has_majority);
}

#[test]
fn when_everybody_abstains_nobody_is_elected() {
    let t = tally(&counts(2, MajorityBase::Cast, 10, 10, &[0, 0, 0]));
    assert!(t.elected.is_empty() && t.tie_at_line.is_empty());
    assert_eq!(t.unfilled, 2);
    let t = tally(&counts(2, MajorityBase::Cast, 10, 0, &[0, 0]));
    assert!(t.elected.is_empty(), "no ballots at all elects nobody");
}

#[test]
fn the_entitled_base_needs_more_than_half_of_all_entitled_voters() {
    let votes = [14, 12];
    let cast = tally(&counts(2, MajorityBase::Cast, 40, 20, &votes));
    assert_eq!(cast.elected, [1, 2], "more than half of 20 cast");
    let entitled = tally(&counts(2, MajorityBase::Entitled, 40, 20, &votes));
    assert_eq!(entitled.majority_needed, 21);
    assert!(
        entitled.elected.is_empty(),
        "not more than half of 40 entitled"
    );
    assert_eq!(entitled.unfilled, 2);
}

#[test]
fn invalid_ballots_count_as_cast_but_not_in_the_cast_base() {
    let mut c = counts(1, MajorityBase::Cast, 20, 20, &[9, 8]);
    c.invalid = 4;
    let t = tally(&c);
    assert_eq!((t.valid, t.majority_needed), (16, 9));
    assert_eq!(t.elected, [1]);
}

#[test]
fn a_closed_kiosk_round_is_tallied_from_its_ballots() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    let n: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
    let ballots = [
        vec![n[0], n[1]],
        vec![n[0], n[1]],
        vec![n[0], n[2]],
        vec![n[0]],
        vec![n[1], n[2]],
        vec![n[1]],
        vec![],
    ];
    for (code, b) in codes.iter().zip(&ballots) {
        cast_ballot(&mut u.conn, r.id, code, &choose(b)).unwrap();
    }
    close_round(&mut u.conn, r.id, now()).unwrap();
    let t = tally_round(&u.conn, r.id).unwrap();
    assert_eq!((t.issued, t.cast, t.valid, t.invalid), (10, 7, 7, 0));
    let votes: Vec<_> = t
        .results
        .iter()
        .map(|x| (x.name.as_str(), x.votes_for))
        .collect();
    assert_eq!(votes, [("李四", 4), ("王五", 4), ("周八", 2)]);
    assert_eq!(t.elected, [n[0], n[1]]);
}

#[test]
fn a_runoff_is_opened_for_the_unfilled_places_among_the_tied() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    let n: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
    // 李四 8 of 10; 王五 and 周八 6 each (a majority, too): tied for the second place.
    for (i, code) in codes.iter().enumerate() {
        let pair = match i {
            0..=3 => [n[0], n[1]],
            4..=7 => [n[0], n[2]],
            _ => [n[1], n[2]],
        };
        cast_ballot(&mut u.conn, r.id, code, &choose(&pair)).unwrap();
    }
    close_round(&mut u.conn, r.id, now()).unwrap();
    let t = tally_round(&u.conn, r.id).unwrap();
    assert_eq!(
        (t.elected.clone(), t.tie_at_line.clone(), t.unfilled),
        (vec![n[0]], vec![n[1], n[2]], 1)
    );
    let runoff = open_runoff(&mut u.conn, r.id, at(6, 2)).unwrap();
    assert_eq!(runoff.runoff_of, Some(r.id));
    assert_eq!(
        (runoff.seats, runoff.voters, runoff.state),
        (1, 10, RoundState::Draft)
    );
    let names: Vec<_> = runoff.candidates.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["王五", "周八"]);
    assert_eq!(runoff.title, "先进个人投票（另行投票）");
    assert_eq!(
        refusal(open_runoff(&mut u.conn, r.id, now())),
        (
            "tally.runoff_exists".into(),
            "投票“先进个人投票”已开启过另行投票，请在那一轮继续".into()
        )
    );
    assert_eq!(rounds(&u.conn, c.id).unwrap().len(), 2, "one runoff only");
}

#[test]
fn no_runoff_when_every_place_is_filled_or_before_the_round_closes() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    assert_eq!(
        refusal(open_runoff(&mut u.conn, r.id, now())).0,
        "tally.not_closed"
    );
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    let n: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
    for code in &codes {
        cast_ballot(&mut u.conn, r.id, code, &choose(&n)).unwrap();
    }
    close_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(
        refusal(open_runoff(&mut u.conn, r.id, now())),
        (
            "tally.nothing_to_run_off".into(),
            "投票“先进个人投票”的名额已全部选出，无需另行投票".into()
        )
    );
    assert_eq!(rounds(&u.conn, c.id).unwrap().len(), 1, "no round added");
}

#[test]
fn places_left_empty_for_lack_of_a_majority_go_to_a_new_round_among_the_rest() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    let n: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
    // 李四 7 of 10; 王五 4 and 周八 3: one place stays empty, nobody is tied.
    for (i, code) in codes.iter().enumerate() {
        let chosen = match i {
            0..=3 => vec![n[0], n[1]],
            4..=6 => vec![n[0], n[2]],
            _ => vec![],
        };
        cast_ballot(&mut u.conn, r.id, code, &choose(&chosen)).unwrap();
    }
    close_round(&mut u.conn, r.id, now()).unwrap();
    let t = tally_round(&u.conn, r.id).unwrap();
    assert_eq!(
        (t.elected.clone(), t.tie_at_line.len(), t.unfilled),
        (vec![n[0]], 0, 1)
    );
    let again = open_runoff(&mut u.conn, r.id, now()).unwrap();
    let names: Vec<_> = again.candidates.iter().map(|c| c.name.as_str()).collect();
    assert_eq!((again.seats, names), (1, vec!["王五", "周八"]));
}

fn candidates(n: usize) -> Vec<RoundCandidate> {
    (1..=n as i64)
        .map(|id| RoundCandidate {
            nomination_id: id,
            name: format!("候选人{id}"),
            department_name: "办公室".into(),
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever the ballots, the votes given never exceed valid ballots × seats, nobody is elected
    /// without a majority, and the elected plus the unfilled places are exactly the seats.
    #[test]
    fn total_votes_never_exceed_valid_ballots_times_seats(
        n in 1usize..7,
        seats in 1u32..5,
        raw in prop::collection::vec(prop::collection::vec(1i64..8, 0..6), 0..40),
        entitled in any::<bool>(),
    ) {
        let cands = candidates(n);
        let valid: Vec<Ballot> = raw
            .iter()
            .filter_map(|b| check_ballot(BallotForm::Choose, seats, &cands, &choose(b)).ok())
            .collect();
        let base = if entitled { MajorityBase::Entitled } else { MajorityBase::Cast };
        let c = Counts {
            form: BallotForm::Choose,
            majority_base: base,
            seats,
            issued: raw.len() as u32,
            cast: valid.len() as u32,
            invalid: 0,
            candidates: count_ballots(&cands, &valid),
            reprints: 0,
        };
        let t = tally(&c);
        let total: u32 = t.results.iter().map(|r| r.votes_for).sum();
        prop_assert!(total <= t.valid * seats);
        prop_assert!(t.elected.len() as u32 + t.unfilled == seats);
        let base_n = match base {
            MajorityBase::Cast => t.valid,
            MajorityBase::Entitled => t.issued,
        };
        for r in &t.results {
            prop_assert!(!r.elected || r.votes_for * 2 > base_n);
        }
        let elected_min = t.results.iter().filter(|r| r.elected).map(|r| r.votes_for).min();
        let others_max = t.results.iter().filter(|r| !r.elected).map(|r| r.votes_for).max();
        if let (Some(lo), Some(hi)) = (elected_min, others_max) {
            prop_assert!(lo > hi, "an elected candidate never has fewer or equal votes than one left out");
        }
    }
}

#[test]
fn approve_form_ranks_by_approvals_and_against_votes_do_not_count_for_anyone() {
    let mut c = counts(1, MajorityBase::Cast, 20, 20, &[11, 12]);
    c.form = BallotForm::Approve;
    c.candidates[0].against = 2;
    c.candidates[1].against = 8;
    let t = tally(&c);
    assert_eq!(t.elected, [2], "12 赞成 beat 11 赞成 however many 反对");
    assert_eq!((t.results[0].against, t.results[1].against), (8, 2));
}

#[test]
fn zero_seats_elect_nobody_without_panicking() {
    let t = tally(&counts(0, MajorityBase::Cast, 10, 10, &[9, 8]));
    assert!(t.elected.is_empty() && t.tie_at_line.is_empty());
    assert_eq!(t.unfilled, 0);
}

/// A count from the edges of what a `u32` holds as often as from anywhere in between.
fn extreme() -> impl Strategy<Value = u32> {
    prop_oneof![
        Just(0u32),
        Just(1),
        Just(u32::MAX / 2),
        Just(u32::MAX / 2 + 1),
        Just(u32::MAX - 1),
        Just(u32::MAX),
        any::<u32>(),
    ]
}

fn extreme_candidates(votes: &[(u32, u32, u32)]) -> Vec<CandidateCount> {
    votes
        .iter()
        .enumerate()
        .map(|(i, (f, a, x))| CandidateCount {
            nomination_id: i as i64 + 1,
            name: format!("候选人{}", i + 1),
            votes_for: *f,
            against: *a,
            abstain: *x,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Kiosk and paper counts up to `u32::MAX`: merging them either gives the exact sums or is
    /// refused with `tally.count_overflow` exactly when a sum does not fit, and the tally of what
    /// was merged never panics and keeps its own rules (majority, seats, ranks).
    #[test]
    fn extreme_counts_are_merged_exactly_or_refused_and_the_tally_never_panics(
        seats in prop_oneof![Just(0u32), 1u32..4, Just(u32::MAX)],
        issued in extreme(),
        kiosk_cast in extreme(),
        paper_ballots in extreme(),
        paper_invalid in extreme(),
        kiosk_votes in prop::collection::vec((extreme(), extreme(), extreme()), 1..5),
        paper_votes in prop::collection::vec((extreme(), extreme(), extreme()), 1..5),
        entitled in any::<bool>(),
        approve in any::<bool>(),
    ) {
        let kiosk = Counts {
            form: if approve { BallotForm::Approve } else { BallotForm::Choose },
            majority_base: if entitled { MajorityBase::Entitled } else { MajorityBase::Cast },
            seats,
            issued,
            cast: kiosk_cast,
            invalid: 0,
            candidates: extreme_candidates(&kiosk_votes),
            reprints: 0,
        };
        let paper = PaperCount {
            ballots: paper_ballots,
            invalid: paper_invalid,
            candidates: extreme_candidates(&paper_votes),
        };
        let fits = |a: u32, b: u32| u64::from(a) + u64::from(b) <= u64::from(u32::MAX);
        let n = kiosk_votes.len().min(paper_votes.len());
        let all_fit = fits(kiosk_cast, paper_ballots)
            && paper_invalid <= kiosk_cast.saturating_add(paper_ballots)
            && (0..n).all(|i| {
                let (k, p) = (kiosk_votes[i], paper_votes[i]);
                fits(k.0, p.0) && fits(k.1, p.1) && fits(k.2, p.2)
            });
        match merge_paper(kiosk.clone(), &paper) {
            Ok(m) => {
                prop_assert!(all_fit);
                prop_assert_eq!(u64::from(m.cast), u64::from(kiosk_cast) + u64::from(paper_ballots));
                prop_assert_eq!(m.invalid, paper_invalid);
                for (i, c) in m.candidates.iter().enumerate() {
                    let k = kiosk_votes[i];
                    let p = paper_votes.get(i).copied().unwrap_or((0, 0, 0));
                    prop_assert_eq!(u64::from(c.votes_for), u64::from(k.0) + u64::from(p.0));
                    prop_assert_eq!(u64::from(c.against), u64::from(k.1) + u64::from(p.1));
                    prop_assert_eq!(u64::from(c.abstain), u64::from(k.2) + u64::from(p.2));
                }
                let t = tally(&m);
                prop_assert_eq!(t.valid, m.cast - m.invalid);
                let base = if entitled { t.issued } else { t.valid };
                prop_assert_eq!(u64::from(t.majority_needed), u64::from(base) / 2 + 1);
                prop_assert_eq!(t.elected.len() as u64 + u64::from(t.unfilled), u64::from(seats));
                for r in &t.results {
                    prop_assert!(!r.elected || (r.votes_for >= t.majority_needed && r.votes_for > 0));
                    prop_assert!(r.rank >= 1 && r.rank as usize <= t.results.len());
                }
            }
            Err(e) => {
                prop_assert!(!all_fit, "refused although every sum fits: {e}");
                prop_assert_eq!(AppError::from(e).code, "tally.count_overflow");
            }
        }
    }
}
