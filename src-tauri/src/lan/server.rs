//! The LAN server itself: bound once, answering under `/m/<token>/` until it is stopped or its
//! window ends, whichever comes first. Runs on the app's tokio runtime (`tauri::async_runtime`).

use std::net::{IpAddr, SocketAddr, TcpListener as StdListener};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDateTime;
use tokio::sync::{watch, Notify};
use wenming_core::lan::{tokens_match, LanError, PhoneSessions, Purpose, RateLimiter};
use wenming_core::AppError;

use super::assets::PhoneAssets;
use super::routes::{self, ApiError};
use crate::state::PhoneDb;

/// Request bodies above this are refused with 413.
pub const BODY_LIMIT: usize = 16 * 1024;
/// A phone counts as connected this long after its last request.
pub const PHONE_SEEN: Duration = Duration::from_secs(120);

/// The window: what is open, until when.
#[derive(Debug, Clone)]
pub struct Window {
    pub purposes: Vec<Purpose>,
    /// The end as shown ("YYYY-MM-DD HH:MM").
    pub until: NaiveDateTime,
    /// The end by the monotonic clock, which the server obeys.
    pub deadline: Instant,
}

/// What every request reads: the token, the window, the rate table, the phone sessions.
pub struct Shared {
    pub token: String,
    pub window: Mutex<Window>,
    pub stopped: AtomicBool,
    pub limiter: Mutex<RateLimiter>,
    pub sessions: Mutex<PhoneSessions>,
    pub db: PhoneDb,
    pub assets: Arc<dyn PhoneAssets>,
    peer_allowed: fn(IpAddr) -> bool,
    changed: Notify,
}

pub(super) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shared {
    /// Whether requests are answered now: not stopped and the window not run out.
    pub fn open(&self) -> bool {
        !self.stopped.load(Ordering::SeqCst) && Instant::now() < lock(&self.window).deadline
    }

    pub fn window(&self) -> Window {
        lock(&self.window).clone()
    }

    /// Refused with `lan.purpose_off` unless the organizer switched `purpose` on.
    pub fn require(&self, purpose: Purpose) -> Result<(), ApiError> {
        if lock(&self.window).purposes.contains(&purpose) {
            Ok(())
        } else {
            Err(ApiError(LanError::PurposeOff(purpose.label()).into()))
        }
    }

    /// Ends the window at once: no request is answered, every phone session ends.
    fn end(&self) {
        self.stopped.store(true, Ordering::SeqCst);
        lock(&self.sessions).clear();
        self.changed.notify_one();
    }
}

/// How to start a server (the shell's defaults in `super::Lan`, others in tests).
pub struct Config {
    pub listener: StdListener,
    pub token: String,
    pub window: Window,
    pub limiter: RateLimiter,
    pub db: PhoneDb,
    pub assets: Arc<dyn PhoneAssets>,
    /// Which peers are answered: `wenming_core::lan::is_private` (tests narrow it to prove the filter is applied).
    pub peer_allowed: fn(IpAddr) -> bool,
}

/// A running server; dropping it does not stop it, [`Server::stop`] does.
pub struct Server {
    pub shared: Arc<Shared>,
    pub addr: SocketAddr,
    done: watch::Receiver<bool>,
}

impl Server {
    /// Serves `config.listener` on the app's runtime until stopped or the window ends.
    pub fn start(config: Config) -> Result<Server, AppError> {
        let addr = config.listener.local_addr().map_err(server_error)?;
        config
            .listener
            .set_nonblocking(true)
            .map_err(server_error)?;
        let shared = Arc::new(Shared {
            token: config.token,
            window: Mutex::new(config.window),
            stopped: AtomicBool::new(false),
            limiter: Mutex::new(config.limiter),
            sessions: Mutex::default(),
            db: config.db,
            assets: config.assets,
            peer_allowed: config.peer_allowed,
            changed: Notify::new(),
        });
        let app = routes::router(shared.clone())
            .layer(DefaultBodyLimit::max(BODY_LIMIT))
            .layer(middleware::from_fn_with_state(shared.clone(), guard))
            .into_make_service_with_connect_info::<SocketAddr>();
        let (done_tx, done) = watch::channel(false);
        let listener = config.listener;
        let ending = shared.clone();
        tauri::async_runtime::spawn(async move {
            if let Ok(listener) = tokio::net::TcpListener::from_std(listener) {
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(until_ended(ending.clone()))
                    .await;
            }
            ending.end();
            let _ = done_tx.send(true);
        });
        Ok(Server { shared, addr, done })
    }

    /// Replaces the window (restart while on): the token and the phones' sessions stay.
    pub fn replace_window(&self, window: Window) {
        *lock(&self.shared.window) = window;
        self.shared.changed.notify_one();
    }

    /// Whether the server still answers.
    pub fn running(&self) -> bool {
        !*self.done.borrow() && self.shared.open()
    }

    /// Devices seen in the last two minutes.
    pub fn phones(&self) -> u32 {
        lock(&self.shared.limiter).seen_within(PHONE_SEEN, Instant::now())
    }

    /// Stops at once: nothing more is answered (a request already inside finishes), the
    /// listening socket is closed, every phone session ends. Waits a moment for the socket.
    pub async fn stop(mut self) {
        self.shared.end();
        let _ = tokio::time::timeout(Duration::from_secs(2), self.done.wait_for(|d| *d)).await;
    }
}

/// Resolves when the server is stopped or its window runs out (a replaced window is re-read).
async fn until_ended(shared: Arc<Shared>) {
    loop {
        if shared.stopped.load(Ordering::SeqCst) {
            return;
        }
        let deadline = lock(&shared.window).deadline;
        if Instant::now() >= deadline {
            shared.end();
            return;
        }
        tokio::select! {
            _ = tokio::time::sleep_until(deadline.into()) => {}
            _ = shared.changed.notified() => {}
        }
    }
}

fn server_error(e: std::io::Error) -> AppError {
    LanError::Server(e.to_string()).into()
}

/// In front of every request, in this order: only private and loopback peers; nothing once the
/// window is over; a body no larger than the limit; the per-device rate limit. Headers that keep
/// the token out of other sites' logs go on every answer.
async fn guard(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = match check(&shared, peer.ip(), &request) {
        Some(refused) => refused,
        None => next.run(request).await,
    };
    let headers = response.headers_mut();
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

fn check(shared: &Shared, ip: IpAddr, request: &Request) -> Option<Response> {
    if !(shared.peer_allowed)(ip) {
        return Some(StatusCode::FORBIDDEN.into_response());
    }
    if !shared.open() {
        return Some(not_found());
    }
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > BODY_LIMIT as u64) {
        return Some(StatusCode::PAYLOAD_TOO_LARGE.into_response());
    }
    if !lock(&shared.limiter).allow(ip, Instant::now()) {
        return Some(ApiError(LanError::RateLimited.into()).into_response());
    }
    None
}

/// 404 with no body: a wrong token or path says nothing about what exists.
pub fn not_found() -> Response {
    (StatusCode::NOT_FOUND, Body::empty()).into_response()
}

/// Whether the first path segment after `/m/` is the window's token.
pub fn token_ok(shared: &Shared, path: &str) -> bool {
    path.strip_prefix("/m/")
        .and_then(|rest| rest.split('/').next())
        .is_some_and(|given| tokens_match(given, &shared.token))
}

/// `route_layer` of every route: the token of the path, checked first.
pub async fn token_guard(
    State(shared): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    if token_ok(&shared, request.uri().path()) {
        next.run(request).await
    } else {
        not_found()
    }
}
