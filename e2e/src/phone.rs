//! A phone on the unit's network, as the e2e stands it in: plain HTTP/1.1 to the app's 手机参与
//! server, always on the loopback (the port and token come from the address the organizer's
//! screen shows; the host is replaced by 127.0.0.1), and the phone page shown in WebKit's
//! MiniBrowser at phone size for a screenshot.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{ClientBuilder, Locator};
use serde_json::{json, Value};

use crate::{free_port, workspace_root, Driver};

/// The 手机参与 address as the phone reaches it here: `127.0.0.1:<port>` and `/m/<token>/`.
#[derive(Debug, Clone)]
pub struct Phone {
    host: String,
    prefix: String,
    bearer: Option<String>,
}

/// An answer: the status (0 when nothing listens) and the body (JSON when it is JSON, else
/// `Value::Null`).
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub text: String,
    pub json: Value,
}

impl Reply {
    /// The error code of a refusal (`{code, message}`), empty when there is none.
    pub fn code(&self) -> &str {
        self.json["code"].as_str().unwrap_or_default()
    }
}

impl Phone {
    /// The phone for the address shown to the organizer, e.g. `http://192.168.1.20:8686/m/abc/`:
    /// the same port and path, on the loopback.
    pub fn for_url(url: &str) -> Phone {
        let rest = url
            .trim()
            .strip_prefix("http://")
            .unwrap_or_else(|| panic!("not an http address: {url}"));
        let (authority, path) = rest.split_at(rest.find('/').expect("a path"));
        let port = authority.rsplit(':').next().expect("a port");
        Phone {
            host: format!("127.0.0.1:{port}"),
            prefix: path.trim_end_matches('/').to_string() + "/",
            bearer: None,
        }
    }

    /// The page's address on the loopback.
    pub fn page_url(&self) -> String {
        format!("http://{}{}", self.host, self.prefix)
    }

    /// The same server with another token (an attacker guessing).
    pub fn with_prefix(&self, prefix: &str) -> Phone {
        Phone {
            prefix: prefix.to_string(),
            bearer: None,
            ..self.clone()
        }
    }

    pub fn get(&self, path: &str) -> Reply {
        self.send("GET", path, None)
    }

    pub fn post(&self, path: &str, body: Value) -> Reply {
        self.send("POST", path, Some(body))
    }

    /// Logs in with 工号 and PIN; on success later calls carry the phone's session.
    pub fn login(&mut self, employee_no: &str, pin: &str) -> Reply {
        let reply = self.post(
            "api/login",
            json!({ "employee_no": employee_no, "pin": pin }),
        );
        if reply.status == 200 {
            self.bearer = reply.json["token"].as_str().map(str::to_string);
        }
        reply
    }

    /// The phone without its session (what a ballot is sent with).
    pub fn anonymous(&self) -> Phone {
        Phone {
            bearer: None,
            ..self.clone()
        }
    }

    fn send(&self, method: &str, path: &str, body: Option<Value>) -> Reply {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let mut head = format!(
            "{method} {}{path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nAccept: application/json\r\n",
            self.prefix, self.host
        );
        if let Some(token) = &self.bearer {
            head.push_str(&format!("Authorization: Bearer {token}\r\n"));
        }
        if method == "POST" {
            head.push_str(&format!(
                "Content-Type: application/json\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        head.push_str("\r\n");
        // Nothing listening (the server stopped) is an answer too: status 0.
        let Ok(mut stream) = TcpStream::connect(&self.host) else {
            return Reply {
                status: 0,
                text: String::new(),
                json: Value::Null,
            };
        };
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body.as_bytes()).unwrap();
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        parse(&raw)
    }
}

fn parse(raw: &[u8]) -> Reply {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
        .unwrap_or(raw.len());
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut body = raw[split..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = unchunk(&body);
    }
    let text = String::from_utf8_lossy(&body).into_owned();
    let json = serde_json::from_str(&text).unwrap_or(Value::Null);
    Reply { status, text, json }
}

fn unchunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = body.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&body[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = end + 2;
        out.extend_from_slice(&body[start..(start + size).min(body.len())]);
        body = &body[(start + size + 2).min(body.len())..];
    }
    out
}

/// WebKit's small browser, which WebKitWebDriver drives like a phone's browser.
const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/// Opens `url` in MiniBrowser at about a phone's size, waits for `css`, and saves a screenshot as
/// `target/e2e-screenshots/<name>.png`. Returns the visible text of `css`.
pub async fn screenshot_page(url: &str, css: &str, name: &str) -> String {
    let port = free_port();
    let driver = Driver(
        Command::new("WebKitWebDriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("WebKitWebDriver (webkit2gtk-driver)"),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "WebKitWebDriver did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("MiniBrowser"));
    caps.insert(
        "webkitgtk:browserOptions".into(),
        json!({ "binary": MINIBROWSER, "args": ["--automation"] }),
    );
    let client = ClientBuilder::native()
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a MiniBrowser session");
    // MiniBrowser's toolbar keeps the window a little wider than a phone; the height is a phone's.
    client.set_window_size(390, 844).await.unwrap();
    client.goto(url).await.unwrap();
    let started = Instant::now();
    let found = loop {
        if let Ok(e) = client.find(Locator::Css(css)).await {
            if e.is_displayed().await.unwrap_or(false) {
                break e;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{css} never showed on the phone page"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    tokio::time::sleep(Duration::from_millis(500)).await;
    let text = found.text().await.unwrap_or_default();
    let png = client.screenshot().await.expect("screenshot");
    let dir = workspace_root().join("target/e2e-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    let _ = client.close().await;
    drop(driver);
    text
}
