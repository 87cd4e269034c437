//! The permits on a round say what its writes would do now: each one is checked against the
//! write itself, at every step of the round's life.

use super::quota::{held, paper_result};
use super::*;
use crate::permit::Permit;

/// The permit and the write agree: the write is taken exactly when the permit allows it, and a
/// refusal is the one the permit carries (code and message).
fn agrees<T: std::fmt::Debug>(what: &str, p: &Permit, write: Result<T, HonorError>) {
    match write {
        Ok(_) => assert!(
            p.ok(),
            "{what}: the write was taken but the permit says {p:?}"
        ),
        Err(e) => assert_eq!(p.refusal, Some(AppError::from(e)), "{what}"),
    }
}

fn permits(u: &Unit, round_id: i64) -> RoundPermits {
    get_round(&u.conn, round_id).unwrap().allowed
}

#[test]
fn a_round_offers_each_step_only_while_its_write_would_take_it() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let n: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();

    let draft = permits(&u, r.id);
    assert!(draft.open.ok());
    for p in [
        &draft.slips,
        &draft.kiosk,
        &draft.close,
        &draft.screen,
        &draft.runoff,
    ] {
        assert!(!p.offered, "{p:?}");
    }
    agrees(
        "close a draft",
        &draft.close,
        close_round(&mut u.conn, r.id, now()),
    );
    agrees(
        "slips of a draft",
        &draft.slips,
        unused_codes(&u.conn, r.id),
    );
    agrees(
        "kiosk of a draft",
        &draft.kiosk,
        ballot_round(&u.conn, r.id),
    );
    agrees(
        "open a draft",
        &draft.open,
        open_round(&mut u.conn, r.id, now()),
    );

    let open = permits(&u, r.id);
    assert!(!open.open.offered && !open.runoff.offered);
    assert!(open.slips.ok() && open.kiosk.ok() && open.close.ok() && open.screen.ok());
    agrees(
        "open again",
        &open.open,
        open_round(&mut u.conn, r.id, now()),
    );
    agrees(
        "runoff while open",
        &open.runoff,
        open_runoff(&mut u.conn, r.id, now()),
    );
    agrees("slips while open", &open.slips, unused_codes(&u.conn, r.id));
    agrees("kiosk while open", &open.kiosk, ballot_round(&u.conn, r.id));
    agrees(
        "close while open",
        &open.close,
        close_round(&mut u.conn, r.id, now()),
    );

    // Nobody reaches 6 of 10 on paper: both places stay open, so a runoff is offered.
    paper_result(&mut u, r.id, 10, &[(n[0], 5), (n[1], 4), (n[2], 3)]);
    let closed = rounds(&u.conn, c.id).unwrap().remove(0).allowed;
    for p in [
        &closed.open,
        &closed.slips,
        &closed.kiosk,
        &closed.close,
        &closed.screen,
    ] {
        assert!(!p.offered, "{p:?}");
    }
    assert!(closed.runoff.ok());
    agrees(
        "close again",
        &closed.close,
        close_round(&mut u.conn, r.id, now()),
    );
    agrees(
        "kiosk when closed",
        &closed.kiosk,
        ballot_round(&u.conn, r.id),
    );
    agrees(
        "runoff",
        &closed.runoff,
        open_runoff(&mut u.conn, r.id, now()),
    );

    // Once the runoff exists, the button stays with the reason why not.
    let after = permits(&u, r.id);
    assert!(after.runoff.offered && !after.runoff.ok());
    agrees(
        "runoff again",
        &after.runoff,
        open_runoff(&mut u.conn, r.id, now()),
    );
}

#[test]
fn a_closed_round_that_filled_every_place_offers_no_runoff() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let n: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
    held(&mut u, &r);
    paper_result(&mut u, r.id, 10, &[(n[0], 8), (n[1], 7), (n[2], 2)]);
    let closed = permits(&u, r.id);
    assert!(!closed.runoff.offered);
    agrees(
        "runoff",
        &closed.runoff,
        open_runoff(&mut u.conn, r.id, now()),
    );
}

#[test]
fn a_draft_whose_quota_changed_shows_start_disabled_with_the_reason_the_start_gives() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let fewer = CategoryInput {
        year: c.year,
        name: c.name.clone(),
        target: c.target,
        quota: 1,
        eligibility: c.eligibility,
        nominations_open_at: c.nominations_open_at,
        nominations_close_at: c.nominations_close_at,
    };
    update_category(&mut u.conn, c.id, &fewer).unwrap();
    let draft = permits(&u, r.id);
    assert!(draft.open.offered && !draft.open.ok());
    assert_eq!(
        draft.open.refusal.as_ref().map(|e| e.code.as_str()),
        Some("round.quota_changed")
    );
    agrees("open", &draft.open, open_round(&mut u.conn, r.id, now()));
}

#[test]
fn the_tally_and_the_paper_count_are_offered_once_the_round_is_closed_and_paper_until_the_notice() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG, ZHOU]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let n: Vec<i64> = r.candidates.iter().map(|c| c.nomination_id).collect();
    let count = PaperCount {
        ballots: 10,
        invalid: 0,
        candidates: vec![CandidateCount {
            nomination_id: n[0],
            votes_for: 9,
            ..Default::default()
        }],
    };

    open_round(&mut u.conn, r.id, now()).unwrap();
    let open = permits(&u, r.id);
    assert!(!open.paper.offered, "paper waits for the close: {open:?}");
    assert!(!open.tally.offered, "{open:?}");
    agrees("tally while open", &open.tally, tally_round(&u.conn, r.id));
    agrees(
        "paper while open",
        &open.paper,
        enter_paper_count(&mut u.conn, r.id, PaperRole::Counter, &count),
    );

    close_round(&mut u.conn, r.id, now()).unwrap();
    let closed = permits(&u, r.id);
    assert!(closed.tally.ok() && closed.paper.ok(), "{closed:?}");
    agrees("tally", &closed.tally, tally_round(&u.conn, r.id));
    for role in [PaperRole::Counter, PaperRole::Scrutineer] {
        agrees(
            "paper",
            &closed.paper,
            enter_paper_count(&mut u.conn, r.id, role, &count),
        );
    }

    // Once the 公示 is issued the counts behind it are frozen: the button stays, with the reason.
    start_publicity(&mut u.conn, c.id, now().date(), "局机关纪委", now()).unwrap();
    let issued = permits(&u, r.id);
    assert!(issued.paper.offered && !issued.paper.ok(), "{issued:?}");
    assert!(issued.tally.ok());
    agrees(
        "paper after the notice",
        &issued.paper,
        enter_paper_count(&mut u.conn, r.id, PaperRole::Counter, &count),
    );
}

#[test]
fn edit_delete_and_remove_voter_are_offered_on_a_draft_only_and_agree_with_their_writes() {
    let mut u = unit(2);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let input = round_input(&c, BallotForm::Approve, MajorityBase::Cast);

    let draft = permits(&u, r.id);
    assert!(draft.edit.ok() && draft.delete.ok() && draft.remove_voter.ok());
    agrees(
        "edit a draft",
        &draft.edit,
        update_round(&mut u.conn, r.id, &input),
    );
    agrees(
        "remove a voter",
        &draft.remove_voter,
        remove_voter(&mut u.conn, r.id, u.people[ZHAO]),
    );

    // Down to one voter: removing the last one is offered, disabled, with the write's reason.
    let mut one = round_input(&c, BallotForm::Choose, MajorityBase::Cast);
    one.voters = VoterSelection {
        whole_roster: false,
        department_ids: vec![],
        staff_ids: vec![u.people[LI]],
    };
    update_round(&mut u.conn, r.id, &one).unwrap();
    let last = permits(&u, r.id);
    assert!(last.remove_voter.offered && !last.remove_voter.ok());
    agrees(
        "remove the last voter",
        &last.remove_voter,
        remove_voter(&mut u.conn, r.id, u.people[LI]),
    );
    update_round(&mut u.conn, r.id, &input).unwrap();

    open_round(&mut u.conn, r.id, now()).unwrap();
    let p = permits(&u, r.id);
    for q in [&p.edit, &p.delete, &p.remove_voter] {
        assert!(!q.offered && q.refusal.is_some(), "{q:?}");
    }
    agrees(
        "edit an open round",
        &p.edit,
        update_round(&mut u.conn, r.id, &input),
    );
    agrees(
        "remove a voter of an open round",
        &p.remove_voter,
        remove_voter(&mut u.conn, r.id, u.people[LI]),
    );
    agrees(
        "delete an open round",
        &p.delete,
        delete_round(&mut u.conn, r.id),
    );
    close_round(&mut u.conn, r.id, now()).unwrap();
    let closed = permits(&u, r.id);
    assert!(!closed.edit.offered && !closed.delete.offered && !closed.remove_voter.offered);
    agrees(
        "delete a closed round",
        &closed.delete,
        delete_round(&mut u.conn, r.id),
    );

    // A draft deleted: its permit said yes and the write took it.
    let mut v = unit(2);
    let c = v.candidates(2, &[LI, WANG]);
    let r = v.round(&c, BallotForm::Choose, MajorityBase::Cast);
    agrees(
        "delete a draft",
        &permits(&v, r.id).delete,
        delete_round(&mut v.conn, r.id),
    );
}
