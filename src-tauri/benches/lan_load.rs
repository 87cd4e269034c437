//! 手机参与 under load: the real server on 127.0.0.1 over a temporary database of a unit with
//! 320 people with PINs and one popular activity of 200 places; 300 phones (tokio tasks, each
//! from a loopback address of its own, 127.0.1.N, so each has its own rate bucket) log in, list
//! the activities and sign up — all at once, then again spread over one minute. Prints p50 / p95 /
//! max per request and checks afterwards, by counting rows, that capacity held and nobody was lost
//! or booked twice. Measures; asserts nothing about time (figures in docs/PERFORMANCE.md).
//!
//! `cargo bench -p wenming --bench lan_load` (`-- --quick` skips the minute-long run).

#[allow(dead_code)] // the tests use the rest
#[path = "../tests/common/http.rs"]
mod http;

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Duration as Days;
use serde_json::json;
use wenming_core::activities::{self as act, ActivityInput, ActivityKind, Schedule};
use wenming_core::lan::{self, Purpose, RateLimiter};
use wenming_core::roster::{
    self, DepartmentInput, DepartmentKind, Gender, PoliticalStatus, StaffInput,
};
use wenming_core::store::Connection;
use wenming_core::time::now;
use wenming_lib::lan::assets::Asset;
use wenming_lib::lan::server::{Config, Server, Window};
use wenming_lib::state::PhoneDb;

const PEOPLE: usize = 320;
const PHONES: usize = 300;
const PLACES: u32 = 200;

fn unit(conn: &mut Connection) -> i64 {
    let t = now();
    let departments: Vec<i64> = (0..8)
        .map(|i| {
            let d = DepartmentInput {
                name: format!("第{}科", i + 1),
                kind: DepartmentKind::Office,
                sort_order: i,
            };
            roster::create_department(conn, &d, t).unwrap().id
        })
        .collect();
    for i in 0..PEOPLE {
        let s = StaffInput {
            employee_no: format!("E{i:04}"),
            name: format!("职工{i}"),
            gender: Gender::Female,
            department_id: departments[i % departments.len()],
            position: String::new(),
            political_status: PoliticalStatus::Masses,
            is_veteran: false,
            phone: String::new(),
        };
        let id = roster::create_staff(conn, &s, t).unwrap().id;
        wenming_core::auth::set_staff_pin(conn, id, Some(&format!("{:04}", 1000 + i))).unwrap();
    }
    wenming_core::auth::set_staff_pins_enabled(conn, true).unwrap();
    let input = ActivityInput {
        kind: ActivityKind::Volunteer,
        title: "热门志愿服务".into(),
        description: String::new(),
        place: "广场".into(),
        schedule: Schedule {
            signup_opens_at: t - Days::days(1),
            signup_deadline: t + Days::days(1),
            cancel_cutoff: t + Days::days(1),
            starts_at: t + Days::days(2),
            ends_at: t + Days::days(2) + Days::hours(2),
        },
        capacity: Some(PLACES),
        department_ids: vec![],
        party_members_only: false,
        team_mode: false,
    };
    act::create_activity(conn, &input, true, t).unwrap().id
}

fn phone_address(i: usize) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(
        127,
        0,
        1 + (i / 250) as u8,
        1 + (i % 250) as u8,
    ))
}

/// One phone: log in, list, sign up. Returns each request's time, and the sign-up's status — or
/// what went wrong (counted and shown, never hidden).
async fn phone(
    addr: std::net::SocketAddr,
    base: Arc<String>,
    i: usize,
    delay: Duration,
    activity: i64,
) -> (Vec<Duration>, Result<String, String>) {
    tokio::time::sleep(delay).await;
    let from = Some(phone_address(i));
    let mut times = Vec::new();
    let login = json!({ "employee_no": format!("E{i:04}"), "pin": format!("{:04}", 1000 + i) });
    let steps = [
        (
            "POST",
            "api/login".to_string(),
            Some(login.to_string().into_bytes()),
        ),
        ("GET", "api/activities".to_string(), None),
        (
            "POST",
            format!("api/activities/{activity}/signup"),
            Some(b"{}".to_vec()),
        ),
    ];
    let mut token: Option<String> = None;
    let mut last = serde_json::Value::Null;
    for (method, path, body) in steps {
        let t = Instant::now();
        let reply = http::send(
            addr,
            from,
            method,
            &format!("{base}{path}"),
            token.as_deref(),
            body,
        )
        .await;
        times.push(t.elapsed());
        let reply = match reply {
            Ok(r) if r.status == 200 => r,
            Ok(r) => {
                return (
                    times,
                    Err(format!(
                        "{path}: {} {}",
                        r.status,
                        String::from_utf8_lossy(&r.body)
                    )),
                )
            }
            Err(e) => return (times, Err(format!("{path}: {e}"))),
        };
        last = reply.json();
        if token.is_none() {
            token = last["token"].as_str().map(str::to_string);
        }
    }
    (
        times,
        Ok(last["status"].as_str().unwrap_or_default().to_string()),
    )
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn count(conn: &Connection, sql: &str, activity: i64) -> i64 {
    conn.query_row(sql, [activity], |r| r.get(0)).unwrap()
}

fn run(spread: Duration) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("load.db");
    let mut conn = wenming_core::store::open(&path).unwrap();
    let activity = unit(&mut conn);
    drop(conn);
    let db = PhoneDb::of(wenming_core::store::open(&path).unwrap()).unwrap();
    let token = lan::window_token().unwrap();
    let server = Server::start(Config {
        listener: std::net::TcpListener::bind("127.0.0.1:0").unwrap(),
        token: token.clone(),
        window: Window {
            purposes: vec![Purpose::Signup],
            until: now() + Days::hours(1),
            deadline: Instant::now() + Duration::from_secs(600),
        },
        limiter: RateLimiter::default(),
        db,
        assets: Arc::new(|_: &str| None::<Asset>),
        peer_allowed: lan::is_private,
    })
    .unwrap();
    let addr = server.addr;
    let base = Arc::new(format!("/m/{token}/"));
    let started = Instant::now();
    let results = tauri::async_runtime::block_on(async move {
        let tasks: Vec<_> = (0..PHONES)
            .map(|i| {
                let delay = spread.mul_f64(i as f64 / PHONES as f64);
                tauri::async_runtime::spawn(phone(addr, base.clone(), i, delay, activity))
            })
            .collect();
        let mut out = Vec::new();
        for t in tasks {
            out.push(t.await.expect("phone task"));
        }
        server.stop().await;
        out
    });
    let wall = started.elapsed();
    let mut times: Vec<Duration> = results.iter().flat_map(|(t, _)| t.clone()).collect();
    times.sort();
    let answered = |status: &str| {
        results
            .iter()
            .filter(|(_, s)| s.as_deref().ok() == Some(status))
            .count()
    };
    let (confirmed_answers, waitlisted_answers) = (answered("confirmed"), answered("waitlisted"));
    let failures: Vec<&String> = results
        .iter()
        .filter_map(|(_, s)| s.as_ref().err())
        .collect();

    let conn = wenming_core::store::open(&path).unwrap();
    let confirmed = count(
        &conn,
        "SELECT count(*) FROM signup WHERE activity_id = ?1 AND status = 'confirmed'",
        activity,
    );
    let waitlisted = count(
        &conn,
        "SELECT count(*) FROM signup WHERE activity_id = ?1 AND status = 'waitlisted'",
        activity,
    );
    let people = count(
        &conn,
        "SELECT count(DISTINCT staff_id) FROM signup_member WHERE activity_id = ?1",
        activity,
    );
    let members = count(
        &conn,
        "SELECT count(*) FROM signup_member WHERE activity_id = ?1",
        activity,
    );
    println!(
        "lan_load {} phones, arrivals over {:>2} s: {} requests in {:.1} s — p50 {:.0} ms, p95 {:.0} ms, max {:.0} ms",
        PHONES,
        spread.as_secs(),
        times.len(),
        wall.as_secs_f64(),
        percentile(&times, 0.50).as_secs_f64() * 1000.0,
        percentile(&times, 0.95).as_secs_f64() * 1000.0,
        times.last().unwrap().as_secs_f64() * 1000.0,
    );
    println!(
        "  rows: {confirmed} confirmed (places {PLACES}), {waitlisted} waitlisted, {members} member rows of {people} distinct people; answers: {confirmed_answers} confirmed, {waitlisted_answers} waitlisted — capacity held: {}, nobody lost: {}, nobody twice: {}",
        confirmed <= i64::from(PLACES),
        confirmed + waitlisted == PHONES as i64 && confirmed_answers + waitlisted_answers == PHONES,
        members == people,
    );
    if let Some(first) = failures.first() {
        println!(
            "  {} phones failed a request; the first: {first}",
            failures.len()
        );
    }
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    run(Duration::ZERO);
    if !quick {
        run(Duration::from_secs(60));
    }
}
