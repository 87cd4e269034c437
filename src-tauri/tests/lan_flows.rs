//! 手机参与 end to end on 127.0.0.1: a phone signs up and votes with a code, and the organizer
//! opens, changes and closes the window through the app's own commands.

mod common;

use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use common::http::get;
use common::phone::{audit_lines, employee_no, serve, serve_file, unit, ALL};
use serde_json::json;
use tauri::Manager;
use wenming_core::activities::{self as act, Actor};
use wenming_core::lan::Purpose;
use wenming_core::time::now;
use wenming_lib::state::AppState;

#[tokio::test]
async fn a_phone_sign_up_is_stored_as_the_persons_own_and_never_logged_as_the_organizers() {
    let u = unit();
    u.state
        .db_and_session(|c, s| Ok(s.login(c, "organizer-pw")?))
        .await
        .unwrap();
    let p = serve(&u, ALL).await;
    let session = p.login(&employee_no(&u, 2), "2468").await.json();
    let token = session["token"].as_str().unwrap();
    let listed = p.get("api/activities", Some(token)).await.json();
    assert!(listed
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["id"] == json!(u.activity)));
    let r = p
        .post(
            &format!("api/activities/{}/signup", u.activity),
            Some(token),
            json!({}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["status"], "confirmed");
    let mine = p.get("api/my/activities", Some(token)).await.json();
    assert!(mine
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["activity_id"] == json!(u.activity)));

    // The organizer's next write at the desk does not take the phone's rows for its own …
    let id = u.activity;
    u.state
        .db(move |c| Ok(act::sign_up(c, id, 3, Actor::Organizer, now())?))
        .await
        .unwrap();
    let signups = act::signups(
        &wenming_core::store::open(&u.dir.path().join("roles.db")).unwrap(),
        id,
    )
    .unwrap();
    assert_eq!(
        signups.len(),
        2,
        "the phone's sign-up and the organizer's 代报名 (waitlisted)"
    );
    // … so the 操作日志 has the organizer's 代报名 only.
    let phone_signup = format!("signup #{}", r.json()["id"]);
    let lines = audit_lines(&u, "%signup%");
    assert_eq!(lines.len(), 2, "the 代报名's entry and member: {lines:?}");
    for (what, record, after) in &lines {
        assert_ne!(record, &phone_signup, "{what}");
        assert!(!after.contains("staff_id=2，"), "{what}: {after}");
        assert!(!after.contains("by_organizer=0"), "{what}: {after}");
    }
}

/// Every `log` record of this test binary (what the app's log file would receive).
static LOGGED: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata) -> bool {
        true
    }
    fn log(&self, record: &log::Record) {
        LOGGED
            .lock()
            .unwrap()
            .push(format!("{} {}", record.target(), record.args()));
    }
    fn flush(&self) {}
}

#[tokio::test]
async fn a_code_votes_once_and_nothing_keeps_the_phones_address() {
    let _ = log::set_boxed_logger(Box::new(Capture))
        .map(|()| log::set_max_level(log::LevelFilter::Trace));
    let u = unit();
    let p = serve(&u, &[Purpose::Vote]).await;
    let round = u.fixture.round;
    let votes = p.get("api/votes", None).await.json();
    assert!(votes
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == json!(round)));
    let code = u.fixture.ballot_codes[0].clone();
    let checked = p
        .post(
            &format!("api/votes/{round}/check"),
            None,
            json!({ "code": code }),
        )
        .await;
    assert_eq!(
        checked.status,
        200,
        "{}",
        String::from_utf8_lossy(&checked.body)
    );
    let candidate = checked.json()["candidates"][0]["nomination_id"].clone();
    let ballot = json!({ "code": code, "ballot": { "form": "choose", "chosen": [candidate] } });
    let cast = p
        .post(&format!("api/votes/{round}/cast"), None, ballot.clone())
        .await;
    assert_eq!(cast.status, 200, "{}", String::from_utf8_lossy(&cast.body));
    let again = p
        .post(&format!("api/votes/{round}/cast"), None, ballot)
        .await;
    assert_eq!(again.status, 400);
    assert!(!again.code().is_empty());

    let turnout = u
        .state
        .db(move |c| Ok(wenming_core::honors::turnout(c, round)?))
        .await
        .unwrap();
    assert_eq!(turnout.used, 1, "counted once");
    let everything = common::fingerprint(u.dir.path());
    assert!(
        !everything.contains("127.0.0.1"),
        "no table names the phone's address"
    );
    let logged = LOGGED.lock().unwrap().join("\n");
    assert!(!logged.contains("127.0.0.1"), "{logged}");
    assert!(!logged.contains(&code), "{logged}");
}

/// The file as an attacker would copy it after the meeting: the database's bytes, its write-ahead
/// log folded in first (`wal_checkpoint(TRUNCATE)`, so whatever the log held is in the file).
fn file_after(path: &Path) -> Vec<u8> {
    let conn = wenming_core::store::open(path).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
        r.get::<_, i64>(0)
    })
    .unwrap();
    drop(conn);
    let wal = path.with_extension("db-wal");
    assert_eq!(
        std::fs::metadata(&wal).map_or(0, |m| m.len()),
        0,
        "the log is folded in"
    );
    std::fs::read(path).unwrap()
}

#[tokio::test]
async fn phones_voting_from_other_addresses_at_other_times_in_another_order_leave_the_same_file() {
    // Two copies of one database with an open round. Two phones cast the same two ballots in
    // each: in `a` from 127.0.0.1 and then, a second later, from 127.0.1.7; in `b` the other way
    // round, each code with the other address, the ballots in the opposite order. If anything of
    // the device, its address or the time were kept, the files would differ.
    let u = unit();
    u.state.wait_for_daily_backup().await;
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
    wenming_core::store::open(&u.dir.path().join("roles.db"))
        .unwrap()
        .execute("VACUUM INTO ?1", [a.to_str().unwrap()])
        .unwrap();
    std::fs::copy(&a, &b).unwrap();
    let before = file_after(&a);

    let round = u.fixture.round;
    let codes = &u.fixture.ballot_codes[..2];
    let (home, other) = (
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V4(Ipv4Addr::new(127, 0, 1, 7)),
    );
    let vote = |code: &str, nomination: &serde_json::Value| json!({ "code": code, "ballot": { "form": "choose", "chosen": [nomination] } });
    let mut candidates = Vec::new();
    for (path, order) in [
        (&a, [(0, home, 0), (1, other, 1)]),
        (&b, [(1, home, 1), (0, other, 0)]),
    ] {
        let p = serve_file(path, &[Purpose::Vote]);
        if candidates.is_empty() {
            let checked = p
                .post(
                    &format!("api/votes/{round}/check"),
                    None,
                    json!({ "code": codes[0] }),
                )
                .await
                .json();
            candidates = checked["candidates"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["nomination_id"].clone())
                .collect();
            assert!(candidates.len() >= 2, "{checked}");
        }
        for (code, from, choice) in order {
            let cast = p
                .post_from(
                    from,
                    &format!("api/votes/{round}/cast"),
                    vote(&codes[code], &candidates[choice]),
                )
                .await;
            assert_eq!(cast.status, 200, "{}", String::from_utf8_lossy(&cast.body));
            tokio::time::sleep(Duration::from_millis(1100)).await;
        }
        p.server.stop().await;
    }
    let (after_a, after_b) = (file_after(&a), file_after(&b));
    assert_ne!(after_a, before, "the two ballots are in the file");
    assert!(after_a == after_b, "the two files differ");
    for bytes in [&after_a, &after_b] {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains("127.0.1.7") && !text.contains("127.0.0.1"));
    }
    let tally = {
        let mut conn = wenming_core::store::open(&a).unwrap();
        wenming_core::honors::close_round(&mut conn, round, now()).unwrap();
        wenming_core::honors::tally_round(&conn, round).unwrap()
    };
    assert_eq!(tally.cast, 2, "both ballots counted");
}

#[test]
fn the_organizer_opens_changes_and_closes_the_window() {
    // Only this test starts the app's own server: on the loopback, on a free port.
    std::env::set_var(wenming_lib::lan::BIND_ENV, "127.0.0.1:0");
    let u = unit();
    let path = u.dir.path().join("roles.db");
    let window = common::ipc::window(&path);
    common::cases::log_in(&window);
    let start = |minutes: u32, purposes: serde_json::Value| {
        window.json(
            "lan_start",
            json!({ "input": { "minutes": minutes, "purposes": purposes } }),
        )
    };
    assert_eq!(
        start(10, json!(["signup"])).unwrap_err().code,
        "lan.minutes_out_of_range"
    );
    assert_eq!(start(60, json!([])).unwrap_err().code, "lan.no_purpose");
    assert_eq!(window.json("lan_status", json!({})).unwrap()["on"], false);

    let on = start(60, json!(["signup", "vote"])).unwrap();
    assert_eq!(on["on"], true);
    let url = on["url"].as_str().unwrap().to_string();
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with('/'),
        "{url}"
    );
    assert!(on["qr_svg"].as_str().unwrap().starts_with("<?xml"));
    let again = start(120, json!(["pledge"])).unwrap();
    assert_eq!(
        again["url"].as_str().unwrap(),
        url,
        "a restart keeps the address"
    );
    assert_eq!(again["purposes"], json!(["pledge"]));

    let state = window.app.state::<AppState>();
    let addr = state.lan.local_addr().unwrap();
    let info = tauri::async_runtime::block_on(get(
        addr,
        &format!("{}api/info", &url[url.find("/m/").unwrap()..]),
        None,
    ))
    .unwrap();
    assert_eq!(info.json()["purposes"], json!(["pledge"]));

    let off = window.json("lan_stop", json!({})).unwrap();
    assert_eq!(off["on"], false);
    assert!(off["url"].is_null());
    assert!(
        tauri::async_runtime::block_on(get(addr, "/", None)).is_err(),
        "the port is closed"
    );
    assert_eq!(
        audit_lines(&u, "手机参与%").len(),
        3,
        "two starts and the stop are logged"
    );

    let mut conn = wenming_core::store::open(&path).unwrap();
    wenming_core::auth::set_staff_pins_enabled(&mut conn, false).unwrap();
    assert_eq!(
        start(60, json!(["signup"])).unwrap_err().code,
        "lan.pins_off"
    );
}

#[tokio::test]
async fn a_phone_writes_a_reflection_on_its_own_entry_by_the_rules_of_the_desk() {
    let u = unit();
    let p = serve(&u, ALL).await;
    let mine = p.login(&employee_no(&u, 2), "2468").await.json();
    let other = p.login(&employee_no(&u, 3), "2468").await.json();
    let (mine, other) = (
        mine["token"].as_str().unwrap().to_string(),
        other["token"].as_str().unwrap().to_string(),
    );
    let signed = p
        .post(
            &format!("api/activities/{}/signup", u.activity),
            Some(&mine),
            json!({}),
        )
        .await
        .json();
    let path = format!("api/my/signups/{}/reflection", signed["id"]);
    let text = json!({ "reflection": "读经典，受教育" });
    // Someone else's entry is not theirs to write on: as if it did not exist.
    let r = p.post(&path, Some(&other), text.clone()).await;
    assert_eq!(r.code(), "activities.signup_not_found");
    // One's own, before having attended: the desk's rule, said the same way.
    let r = p.post(&path, Some(&mine), text.clone()).await;
    assert_eq!(r.code(), "attendance.not_present");
    // Checked in at the door on the day, the 心得 is kept on the person's own line.
    let id = u.activity;
    u.state
        .db(move |c| {
            let member = act::signups(c, id)?[0].members[0].id;
            act::check_in(c, member, now() + chrono::Duration::days(2))?;
            Ok(())
        })
        .await
        .unwrap();
    let r = p.post(&path, Some(&mine), text).await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["reflection"], "读经典，受教育");
}
