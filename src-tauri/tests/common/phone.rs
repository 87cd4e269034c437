//! The LAN server of the tests: a unit with PINs, an activity taking sign-ups now and an open
//! honors round, served on 127.0.0.1 with stand-in page files.

use std::net::IpAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Duration as Days;
use serde_json::json;
use wenming_core::activities::{self as act, ActivityInput, Schedule};
use wenming_core::lan::{self, is_private, Purpose, RateLimiter};
use wenming_core::time::now;
use wenming_lib::lan::assets::Asset;
use wenming_lib::lan::server::{Config, Server, Window};
use wenming_lib::state::{AppState, PhoneDb};

use super::cases::{fixture, Fixture};
use super::http::{get, post, send, Reply};

pub struct Unit {
    pub dir: tempfile::TempDir,
    pub state: AppState,
    pub fixture: Fixture,
    /// 手机报名测试, open for sign-up now, one place.
    pub activity: i64,
}

/// The roles fixture (an open honors round with its codes), PINs on with "2468" for staff 1–3,
/// and an activity taking sign-ups now.
pub fn unit() -> Unit {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roles.db");
    let fixture = fixture(&path);
    let mut conn = wenming_core::store::open(&path).unwrap();
    wenming_core::auth::set_staff_pins_enabled(&mut conn, true).unwrap();
    for staff in 1..=3 {
        wenming_core::auth::set_staff_pin(&mut conn, staff, Some("2468")).unwrap();
    }
    let t = now();
    let input = ActivityInput {
        title: "手机报名测试".into(),
        capacity: Some(1),
        schedule: Schedule {
            signup_opens_at: t - Days::days(1),
            signup_deadline: t + Days::days(1),
            cancel_cutoff: t + Days::days(1),
            starts_at: t + Days::days(2),
            ends_at: t + Days::days(2) + Days::hours(2),
        },
        ..super::activity()
    };
    let activity = act::create_activity(&mut conn, &input, true, t).unwrap().id;
    drop(conn);
    Unit {
        state: AppState::open(&path),
        dir,
        fixture,
        activity,
    }
}

pub fn employee_no(u: &Unit, staff: i64) -> String {
    let conn = wenming_core::store::open(&u.dir.path().join("roles.db")).unwrap();
    wenming_core::roster::get_staff(&conn, staff)
        .unwrap()
        .employee_no
}

pub fn page_assets() -> Arc<dyn wenming_lib::lan::assets::PhoneAssets> {
    Arc::new(|path: &str| {
        let (bytes, mime) = match path {
            "phone.html" => (&b"<!doctype html><title>phone</title>"[..], "text/html"),
            "assets/phone.js" => (&b"console.log(1)"[..], "text/javascript"),
            // What Tauri's resolver answers for an unknown path: the window's index.html.
            _ => (&b"<!doctype html><title>desk</title>"[..], "text/html"),
        };
        Some(Asset {
            bytes: bytes.to_vec(),
            mime_type: mime.into(),
        })
    })
}

pub struct Phone {
    pub server: Server,
    pub base: String,
}

impl Phone {
    pub fn addr(&self) -> std::net::SocketAddr {
        self.server.addr
    }

    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str, bearer: Option<&str>) -> Reply {
        get(self.addr(), &self.at(path), bearer).await.unwrap()
    }

    pub async fn post(&self, path: &str, bearer: Option<&str>, body: serde_json::Value) -> Reply {
        post(self.addr(), &self.at(path), bearer, body)
            .await
            .unwrap()
    }

    /// A POST without a session from the loopback address `from` (127.x.y.z: a phone of its own).
    pub async fn post_from(&self, from: IpAddr, path: &str, body: serde_json::Value) -> Reply {
        send(
            self.addr(),
            Some(from),
            "POST",
            &self.at(path),
            None,
            Some(body.to_string().into_bytes()),
        )
        .await
        .unwrap()
    }

    pub async fn login(&self, employee_no: &str, pin: &str) -> Reply {
        self.post(
            "api/login",
            None,
            json!({ "employee_no": employee_no, "pin": pin }),
        )
        .await
    }
}

pub async fn serve_with(
    u: &Unit,
    purposes: &[Purpose],
    length: Duration,
    limiter: RateLimiter,
    peer_allowed: fn(IpAddr) -> bool,
) -> Phone {
    start(
        u.state.phone_db().await.unwrap(),
        purposes,
        length,
        limiter,
        peer_allowed,
    )
}

/// A server of its own over the database file at `path` (no app), for ten minutes.
pub fn serve_file(path: &Path, purposes: &[Purpose]) -> Phone {
    let db = PhoneDb::of(wenming_core::store::open(path).unwrap()).unwrap();
    start(
        db,
        purposes,
        Duration::from_secs(600),
        RateLimiter::new(10_000, 1_000, 100),
        is_private,
    )
}

fn start(
    db: PhoneDb,
    purposes: &[Purpose],
    length: Duration,
    limiter: RateLimiter,
    peer_allowed: fn(IpAddr) -> bool,
) -> Phone {
    let token = lan::window_token().unwrap();
    let server = Server::start(Config {
        listener: std::net::TcpListener::bind("127.0.0.1:0").unwrap(),
        token: token.clone(),
        window: Window {
            purposes: purposes.to_vec(),
            until: now() + Days::hours(1),
            deadline: Instant::now() + length,
        },
        limiter,
        db,
        assets: page_assets(),
        peer_allowed,
    })
    .unwrap();
    Phone {
        server,
        base: format!("/m/{token}/"),
    }
}

pub async fn serve(u: &Unit, purposes: &[Purpose]) -> Phone {
    serve_with(
        u,
        purposes,
        Duration::from_secs(600),
        RateLimiter::new(10_000, 1_000, 100),
        is_private,
    )
    .await
}

pub const ALL: &[Purpose] = &[
    Purpose::Signup,
    Purpose::MyActivities,
    Purpose::Pledge,
    Purpose::PledgeRating,
    Purpose::Vote,
];

/// The 操作日志's lines (what, record, after) that mention `like`.
pub fn audit_lines(u: &Unit, like: &str) -> Vec<(String, String, String)> {
    let conn = wenming_core::store::open(&u.dir.path().join("roles.db")).unwrap();
    let mut stmt = conn
        .prepare("SELECT what, record, after FROM audit_log WHERE what LIKE ?1 OR record LIKE ?1")
        .unwrap();
    let lines = stmt
        .query_map([like], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    lines
}
