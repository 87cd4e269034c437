//! 手机参与's protections as a phone meets them: the real server on 127.0.0.1, called over HTTP.
//! Every request goes to the loopback only, each bounded in time (see `common/http.rs`); the
//! address filter is tested on addresses in core and here by narrowing it so that the loopback
//! itself is refused.

mod common;

use std::net::IpAddr;
use std::time::Duration;

use common::http::{get, send};
use common::phone::{employee_no, serve, serve_with, unit, ALL};
use serde_json::json;
use wenming_core::lan::{self, is_private, Purpose, RateLimiter};
use wenming_lib::commands::COMMANDS;
use wenming_lib::lan::assets::PHONE_CSP;

#[tokio::test]
async fn nothing_is_answered_without_the_token_and_the_page_comes_with_its_policy() {
    let u = unit();
    let p = serve(&u, ALL).await;
    let page = p.get("", None).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.headers["content-security-policy"], PHONE_CSP);
    assert_eq!(page.headers["referrer-policy"], "no-referrer");
    assert!(String::from_utf8_lossy(&page.body).contains("phone"));
    assert_eq!(p.get("assets/phone.js", None).await.status, 200);
    assert_eq!(
        p.get("api/info", None).await.json()["purposes"]
            .as_array()
            .unwrap()
            .len(),
        5
    );

    let other = lan::window_token().unwrap();
    for path in [
        "/".to_string(),
        "/m/".to_string(),
        "/api/info".to_string(),
        format!("/m/{other}/"),
        format!("/m/{other}/api/info"),
        format!("/m/{other}/assets/phone.js"),
        format!("{}x/api/info", p.base.trim_end_matches('/')),
        p.at("assets/missing.js"),
        p.at("assets/../phone.html"),
        p.at("api/nothing"),
    ] {
        let r = get(p.addr(), &path, None).await.unwrap();
        assert_eq!(r.status, 404, "{path}");
        assert!(r.body.is_empty(), "{path}: no hint in the body");
    }
}

#[tokio::test]
async fn no_organizer_command_has_a_route() {
    let u = unit();
    let p = serve(&u, ALL).await;
    let organizer: Vec<&str> = common::cases::cases(&u.fixture)
        .into_iter()
        .filter(|c| c.access == common::cases::Access::Organizer)
        .map(|c| c.command)
        .collect();
    assert!(organizer.iter().all(|c| COMMANDS.contains(c)));
    let mut tried = 0;
    for name in &organizer {
        let kebab = name.replace('_', "-");
        for path in [
            format!("api/{name}"),
            format!("api/{kebab}"),
            name.to_string(),
        ] {
            for method in ["GET", "POST"] {
                let body = (method == "POST").then(|| b"{}".to_vec());
                let r = send(p.addr(), None, method, &p.at(&path), None, body)
                    .await
                    .unwrap();
                assert!(
                    r.status == 404 || r.status == 405,
                    "{method} {path}: {}",
                    r.status
                );
                tried += 1;
            }
        }
    }
    assert!(tried > 400, "{tried}");
}

#[tokio::test]
async fn a_peer_the_filter_refuses_gets_nothing() {
    let u = unit();
    assert!(!is_private("8.8.8.8".parse().unwrap()));
    // The same server with a filter that refuses the loopback: the filter is what answers.
    let p = serve_with(
        &u,
        ALL,
        Duration::from_secs(600),
        RateLimiter::default(),
        |ip| is_private(ip) && !ip.is_loopback(),
    )
    .await;
    for path in ["", "api/info", "api/votes"] {
        let r = p.get(path, None).await;
        assert_eq!(r.status, 403, "{path}");
        assert!(r.body.is_empty(), "{path}");
    }
    assert_eq!(
        p.server.phones(),
        0,
        "a refused peer is not counted as a phone"
    );
}

#[tokio::test]
async fn a_device_over_the_rate_limit_is_told_to_wait_and_others_are_not() {
    let u = unit();
    let p = serve_with(
        &u,
        ALL,
        Duration::from_secs(600),
        RateLimiter::new(3, 0, 100),
        is_private,
    )
    .await;
    for _ in 0..3 {
        assert_eq!(p.get("api/info", None).await.status, 200);
    }
    let r = p.get("api/info", None).await;
    assert_eq!(r.status, 429);
    assert_eq!(r.code(), "lan.rate_limited");
    assert!(r.json()["message"].as_str().unwrap().contains("稍等"));
    let other: IpAddr = "127.0.0.2".parse().unwrap();
    let r = send(p.addr(), Some(other), "GET", &p.at("api/info"), None, None)
        .await
        .unwrap();
    assert_eq!(r.status, 200, "another phone is served");
    assert_eq!(p.server.phones(), 2);
}

#[tokio::test]
async fn when_the_time_runs_out_or_the_organizer_stops_nothing_is_answered() {
    let u = unit();
    let short = serve_with(
        &u,
        ALL,
        Duration::from_millis(300),
        RateLimiter::default(),
        is_private,
    )
    .await;
    let r = short.login(&employee_no(&u, 1), "2468").await;
    assert_eq!(r.status, 200);
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert!(!short.server.running());
    let after = get(short.addr(), &short.at("api/info"), None).await;
    assert!(after.is_err() || after.unwrap().status == 404);
    assert!(
        short.server.shared.sessions.lock().unwrap().is_empty(),
        "logins end with the window"
    );

    let p = serve(&u, ALL).await;
    assert_eq!(p.get("api/info", None).await.status, 200);
    let addr = p.addr();
    let at = p.at("api/info");
    p.server.stop().await;
    assert!(get(addr, &at, None).await.is_err(), "the port is closed");
}

#[tokio::test]
async fn a_purpose_not_switched_on_is_refused_and_the_others_need_a_login() {
    let u = unit();
    let p = serve(&u, &[Purpose::Vote]).await;
    let session = p.login(&employee_no(&u, 1), "2468").await.json();
    let token = session["token"].as_str().unwrap();
    for path in [
        "api/activities",
        "api/my/activities",
        "api/pledges/mine",
        "api/pledge-rounds",
    ] {
        let r = p.get(path, Some(token)).await;
        assert_eq!(
            (r.status, r.code()),
            (403, "lan.purpose_off".into()),
            "{path}"
        );
    }
    let r = p
        .post(
            &format!("api/activities/{}/signup", u.activity),
            Some(token),
            json!({}),
        )
        .await;
    assert_eq!(r.code(), "lan.purpose_off");
    assert_eq!(
        p.get("api/votes", None).await.status,
        200,
        "voting needs no login"
    );

    let p = serve(&u, &[Purpose::Signup]).await;
    let r = p.get("api/activities", None).await;
    assert_eq!((r.status, r.code()), (401, "lan.login_required".into()));
    let r = p
        .get("api/activities", Some("0123456789abcdef0123456789abcdef"))
        .await;
    assert_eq!(r.status, 401);
    assert_eq!(p.get("api/votes", None).await.code(), "lan.purpose_off");
}

#[tokio::test]
async fn wrong_pins_from_a_phone_lock_the_person_as_at_the_desk() {
    let u = unit();
    let p = serve(&u, ALL).await;
    let no = employee_no(&u, 2);
    for _ in 0..4 {
        let r = p.login(&no, "1111").await;
        assert_eq!((r.status, r.code()), (403, "auth.wrong_pin".into()));
    }
    let r = p.login(&no, "1111").await;
    assert_eq!((r.status, r.code()), (403, "auth.pin_locked".into()));
    assert_eq!(
        p.login(&no, "2468").await.code(),
        "auth.pin_locked",
        "the right PIN too"
    );
    assert_eq!(
        p.login("NOSUCH", "2468").await.code(),
        "lan.unknown_employee"
    );
    assert_eq!(p.login(&employee_no(&u, 3), "2468").await.status, 200);
}

#[tokio::test]
async fn a_body_over_16_kib_is_refused() {
    let u = unit();
    let p = serve(&u, ALL).await;
    let big = json!({ "employee_no": "x".repeat(17 * 1024), "pin": "2468" });
    let r = p.post("api/login", None, big).await;
    assert_eq!(r.status, 413);
    let r = p
        .post(
            "api/login",
            None,
            json!({ "employee_no": "x".repeat(15 * 1024), "pin": "1" }),
        )
        .await;
    assert_eq!(
        r.code(),
        "lan.unknown_employee",
        "just under the limit is read"
    );
}
