//! 手机参与: the HTTP server phones reach over the unit's LAN (the rules are in
//! `wenming_core::lan`). [`Lan`] is the one switch the organizer's commands turn; [`server`]
//! serves, [`routes`] answers, [`assets`] gives the page.
//!
//! The server binds `0.0.0.0:8686` (the next free port when it is taken); `WENMING_LAN_BIND`
//! sets another address (`127.0.0.1`, `192.168.1.5:9000`, `127.0.0.1:0` for a free port).

pub mod assets;
pub mod routes;
pub mod server;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use qrcode::render::svg;
use qrcode::QrCode;
use wenming_core::lan::{self, is_private, LanError, LanStatus, Purpose, RateLimiter};
use wenming_core::time::now;
use wenming_core::AppError;

use crate::state::PhoneDb;
use assets::PhoneAssets;
use server::{lock, Config, Server, Window};

/// The port phones are sent to, unless taken …
pub const DEFAULT_PORT: u16 = 8686;
/// … then the next ones up to this many.
const PORTS_TRIED: u16 = 20;
/// The address to bind instead of `0.0.0.0:8686`.
pub const BIND_ENV: &str = "WENMING_LAN_BIND";

/// The LAN window of this app: off, or one running server.
#[derive(Default)]
pub struct Lan {
    server: Mutex<Option<Server>>,
}

impl Lan {
    /// Opens the window for `purposes` (checked by `lan::check_start`) for `minutes`. While on,
    /// a new start replaces the purposes and the end and keeps the address and the phones' logins.
    pub fn start(
        &self,
        db: PhoneDb,
        assets: Arc<dyn PhoneAssets>,
        purposes: Vec<Purpose>,
        minutes: u32,
    ) -> Result<LanStatus, AppError> {
        let length = Duration::from_secs(u64::from(minutes) * 60);
        let window = Window {
            purposes,
            until: now() + chrono::Duration::minutes(i64::from(minutes)),
            deadline: Instant::now() + length,
        };
        let mut slot = lock(&self.server);
        match slot.as_ref() {
            Some(running) if running.running() => running.replace_window(window),
            _ => {
                let listener = bind(bind_address()?)?;
                *slot = Some(Server::start(Config {
                    listener,
                    token: lan::window_token()?,
                    window,
                    limiter: RateLimiter::default(),
                    db,
                    assets,
                    peer_allowed: is_private,
                })?);
            }
        }
        Ok(status_of(slot.as_ref()))
    }

    /// Closes the window at once.
    pub async fn stop(&self) -> LanStatus {
        let running = lock(&self.server).take();
        if let Some(server) = running {
            server.stop().await;
        }
        LanStatus::default_with(addresses())
    }

    /// What the organizer's window shows now; a window that ran out is off.
    pub fn status(&self) -> LanStatus {
        let mut slot = lock(&self.server);
        if slot.as_ref().is_some_and(|s| !s.running()) {
            *slot = None;
        }
        status_of(slot.as_ref())
    }

    /// The server's address, while on (for tests).
    pub fn local_addr(&self) -> Option<SocketAddr> {
        lock(&self.server).as_ref().map(|s| s.addr)
    }
}

trait OffStatus {
    fn default_with(addresses: Vec<String>) -> LanStatus;
}

impl OffStatus for LanStatus {
    fn default_with(addresses: Vec<String>) -> LanStatus {
        LanStatus {
            addresses,
            ..LanStatus::default()
        }
    }
}

fn status_of(server: Option<&Server>) -> LanStatus {
    let addresses = addresses();
    let Some(server) = server else {
        return LanStatus::default_with(addresses);
    };
    let window = server.shared.window();
    let host = match server.addr.ip() {
        ip if !ip.is_unspecified() => ip.to_string(),
        _ => addresses
            .first()
            .cloned()
            .unwrap_or_else(|| "127.0.0.1".into()),
    };
    let url = format!(
        "http://{host}:{}/m/{}/",
        server.addr.port(),
        server.shared.token
    );
    LanStatus {
        on: true,
        purposes: window.purposes,
        until: Some(lan::show_until(window.until)),
        qr_svg: qr_svg(&url),
        url: Some(url),
        phones: server.phones(),
        addresses,
    }
}

/// The address as a QR code a phone's camera reads from a printed page or a projector.
pub fn qr_svg(url: &str) -> Option<String> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .build(),
    )
}

/// Every private IPv4 address of this machine's network cards (no loopback), sorted.
pub fn addresses() -> Vec<String> {
    let mut found: Vec<Ipv4Addr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|i| match i.ip() {
            IpAddr::V4(v4) if !v4.is_loopback() && is_private(IpAddr::V4(v4)) => Some(v4),
            _ => None,
        })
        .collect();
    found.sort();
    found.dedup();
    found.into_iter().map(|ip| ip.to_string()).collect()
}

/// Where to listen: `WENMING_LAN_BIND` (an address, with or without a port), else every
/// network card on the default port.
fn bind_address() -> Result<Option<SocketAddr>, AppError> {
    let Ok(text) = std::env::var(BIND_ENV) else {
        return Ok(None);
    };
    let text = text.trim();
    text.parse::<SocketAddr>()
        .or_else(|_| {
            text.parse::<IpAddr>()
                .map(|ip| SocketAddr::new(ip, DEFAULT_PORT))
        })
        .map(Some)
        .map_err(|_| LanError::Server(format!("{BIND_ENV} 不是有效的地址：{text}")).into())
}

/// Binds the chosen address, or `0.0.0.0` on the default port or the next free one.
fn bind(chosen: Option<SocketAddr>) -> Result<TcpListener, AppError> {
    let server_error = |e: std::io::Error| AppError::from(LanError::Server(e.to_string()));
    if let Some(addr) = chosen {
        return TcpListener::bind(addr).map_err(server_error);
    }
    let any = IpAddr::V4(Ipv4Addr::UNSPECIFIED);
    let mut last = None;
    for port in DEFAULT_PORT..DEFAULT_PORT + PORTS_TRIED {
        match TcpListener::bind(SocketAddr::new(any, port)) {
            Ok(listener) => return Ok(listener),
            Err(e) => last = Some(e),
        }
    }
    Err(server_error(
        last.unwrap_or_else(|| std::io::Error::other("no port")),
    ))
}
