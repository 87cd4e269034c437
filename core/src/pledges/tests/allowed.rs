//! The permits a round carries say exactly what its writes would do now.

use super::*;
use crate::permit::Permit;

fn refused(p: &Permit) -> &str {
    p.refusal.as_ref().map_or("", |e| e.code.as_str())
}

#[test]
fn a_draft_round_offers_edit_and_open_and_open_is_refused_like_the_write_without_pledges() {
    let mut u = unit();
    let r = create_round(&mut u.conn, &round_input(RatingMode::Anonymous), at(11, 30)).unwrap();
    let a = &r.allowed;
    assert!(a.edit.ok());
    assert!(a.open.offered && !a.open.ok(), "offered, refused: {a:?}");
    assert_eq!(refused(&a.open), "pledges.no_pledges_to_rate");
    assert_eq!(
        code(open_round(&mut u.conn, r.id, at(12, 1))),
        refused(&a.open),
        "the button and the write agree"
    );
    for p in [&a.close, &a.codes, &a.kiosk, &a.result] {
        assert!(!p.offered, "{a:?}");
    }
    u.publish_own(0);
    let r = get_round(&u.conn, r.id).unwrap();
    assert!(r.allowed.open.ok(), "a pledge of the year: open is allowed");
}

#[test]
fn an_open_anonymous_round_offers_slips_kiosk_and_close_and_shows_the_result_only_when_closed() {
    let mut u = unit();
    let (r, _, _) = u.open_round_of_two(RatingMode::Anonymous);
    let a = &r.allowed;
    assert!(a.close.ok() && a.codes.ok() && a.kiosk.ok(), "{a:?}");
    assert!(!a.edit.offered && !a.open.offered);
    assert_eq!(refused(&a.edit), "pledges.round_locked");
    assert!(a.result.offered && !a.result.ok());
    assert_eq!(refused(&a.result), "pledges.results_hidden");
    assert_eq!(code(round_result(&u.conn, r.id)), refused(&a.result));

    let closed = close_round(&mut u.conn, r.id, at(12, 20)).unwrap();
    let a = &closed.allowed;
    assert!(a.result.ok());
    for p in [&a.close, &a.codes, &a.kiosk, &a.edit, &a.open] {
        assert!(!p.offered, "{a:?}");
    }
    assert_eq!(refused(&a.kiosk), "pledges.round_closed");
    assert_eq!(code(kiosk_round(&u.conn, r.id)), refused(&a.kiosk));
    assert_eq!(refused(&a.close), "pledges.round_closed");
    assert_eq!(
        code(close_round(&mut u.conn, r.id, at(12, 21))),
        refused(&a.close)
    );
}

#[test]
fn a_named_round_offers_no_slips_and_no_kiosk() {
    let mut u = unit();
    let (r, _, _) = u.open_round_of_two(RatingMode::Named);
    let a = &r.allowed;
    assert!(a.close.ok());
    for p in [&a.codes, &a.kiosk] {
        assert!(!p.offered);
        assert_eq!(refused(p), "pledges.round_is_named");
    }
    assert_eq!(code(round_codes(&u.conn, r.id)), "pledges.round_is_named");
    assert_eq!(code(kiosk_round(&u.conn, r.id)), "pledges.round_is_named");
}
