//! 书画展览: the popular vote offers each step only while its write would take it.

use super::exhibition::exhibition;
use super::*;

/// The permit and the write agree: taken exactly when allowed, else the permit's refusal.
fn agrees<T: std::fmt::Debug>(
    what: &str,
    p: &crate::permit::Permit,
    write: Result<T, JudgingError>,
) {
    match write {
        Ok(_) => assert!(
            p.ok(),
            "{what}: the write was taken but the permit says {p:?}"
        ),
        Err(e) => assert_eq!(p.refusal, Some(crate::AppError::from(e)), "{what}"),
    }
}

#[test]
fn the_vote_offers_each_step_only_while_its_write_would_take_it() {
    let (mut c, _, _) = exhibition();
    let vote = |c: &Contest| c.get().exhibition.unwrap().vote.allowed;
    let ready = vote(&c);
    assert!(ready.weight.ok() && ready.issue.ok());
    for p in [&ready.unused, &ready.kiosk, &ready.close] {
        assert!(!p.offered, "{p:?}");
    }
    agrees(
        "unused before",
        &ready.unused,
        unused_vote_codes(&c.conn, c.activity),
    );
    agrees(
        "close before",
        &ready.close,
        close_vote(&mut c.conn, c.activity, now()),
    );
    agrees(
        "issue",
        &ready.issue,
        issue_vote_codes(&mut c.conn, c.activity, 3, now()),
    );

    let open = vote(&c);
    for p in [
        &open.weight,
        &open.issue,
        &open.unused,
        &open.kiosk,
        &open.close,
    ] {
        assert!(p.ok(), "{p:?}");
    }
    assert!(
        !open.reprint.offered,
        "nobody voted: the codes are simply listed"
    );
    agrees(
        "unused",
        &open.unused,
        unused_vote_codes(&c.conn, c.activity),
    );

    // After the first vote the unused codes come back only as a reprint with a reason.
    let work = c.get().exhibition.unwrap().entries[0].id;
    let code = unused_vote_codes(&c.conn, c.activity).unwrap().remove(0);
    cast_vote(&mut c.conn, c.activity, &code, work).unwrap();
    let voting = vote(&c);
    assert!(!voting.unused.offered && voting.reprint.ok(), "{voting:?}");
    agrees(
        "unused after a vote",
        &voting.unused,
        unused_vote_codes(&c.conn, c.activity),
    );
    agrees(
        "reprint",
        &voting.reprint,
        reprint_vote_codes(&mut c.conn, c.activity, "选票受潮", now()),
    );
    agrees(
        "weight",
        &open.weight,
        set_vote_weight(&mut c.conn, c.activity, 40, now()),
    );
    agrees(
        "close",
        &open.close,
        close_vote(&mut c.conn, c.activity, now()),
    );

    let closed = vote(&c);
    assert!(closed.weight.offered && !closed.weight.ok());
    for p in [
        &closed.issue,
        &closed.unused,
        &closed.reprint,
        &closed.kiosk,
        &closed.close,
    ] {
        assert!(!p.offered, "{p:?}");
    }
    agrees(
        "weight after",
        &closed.weight,
        set_vote_weight(&mut c.conn, c.activity, 20, now()),
    );
    agrees(
        "issue after",
        &closed.issue,
        issue_vote_codes(&mut c.conn, c.activity, 3, now()),
    );
    agrees(
        "close after",
        &closed.close,
        close_vote(&mut c.conn, c.activity, now()),
    );
}

#[test]
fn an_exhibition_without_works_offers_codes_disabled_and_published_results_fix_the_weight() {
    let mut empty = contest_of(ActivityKind::Exhibition);
    let issue = empty.get().exhibition.unwrap().vote.allowed.issue;
    assert!(issue.offered && !issue.ok());
    agrees(
        "issue",
        &issue,
        issue_vote_codes(&mut empty.conn, empty.activity, 3, now()),
    );

    let (mut c, _, _) = exhibition();
    publish_results(&mut c.conn, c.activity, now()).unwrap();
    let published = c.get().exhibition.unwrap().vote.allowed;
    assert!(published.weight.offered && !published.weight.ok());
    assert!(!published.issue.offered && !published.close.offered);
    agrees(
        "weight",
        &published.weight,
        set_vote_weight(&mut c.conn, c.activity, 20, now()),
    );
    agrees(
        "issue",
        &published.issue,
        issue_vote_codes(&mut c.conn, c.activity, 3, now()),
    );
}
