//! Launching a Tauri binary under its own tauri-driver on free ports, with the data of one test or
//! one bench launch: the session, the driver stopped when it ends, where the app keeps its data.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use fantoccini::{Client, ClientBuilder};
use serde_json::json;

use crate::{App, WAIT};

/// tauri-driver, stopped with SIGTERM (never SIGKILL, which would orphan WebKitWebDriver) when the
/// test ends, also when it panics.
pub(crate) struct Driver(pub(crate) Child);

impl Drop for Driver {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            // SAFETY: sending a signal to our own child process.
            unsafe { libc::kill(self.0.id() as i32, libc::SIGTERM) };
            let _ = self.0.wait();
        }
    }
}

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A WebDriver session on a Tauri binary just launched through its own tauri-driver, not yet
/// waited on: what [`App::start_in`] starts from, and what the start-up bench times.
pub struct Launch {
    pub client: Client,
    driver: Driver,
    /// When the session was asked for, tauri-driver and WebKitWebDriver both listening: the
    /// launch's time zero.
    pub requested_at: SystemTime,
}

impl Launch {
    /// The window as an [`App`] named `name` (for screenshots), with its data folder `dir`.
    pub fn into_app(self, name: &str, dir: tempfile::TempDir) -> App {
        App {
            client: self.client,
            driver: self.driver,
            dir,
            name: name.to_string(),
        }
    }
}

/// Starts tauri-driver on free ports and opens a WebDriver session on `binary` (the app or any
/// other Tauri binary) with the data in `dir`: `WENMING_DB`, `WENMING_EXPORT_DIR` and the web
/// view's `XDG_DATA_HOME` there.
pub async fn launch(binary: &Path, dir: &Path) -> Result<Launch, String> {
    let (port, native_port) = (free_port(), free_port());
    let driver =
        Command::new(std::env::var("TAURI_DRIVER").unwrap_or_else(|_| "tauri-driver".into()))
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("WENMING_DB", dir.join("wenming.db"))
            .env("WENMING_EXPORT_DIR", dir.join("exports"))
            // 手机参与, when a test turns it on, listens on the loopback only, on a free port.
            .env("WENMING_LAN_BIND", "127.0.0.1:0")
            // The web view's own storage (the folded sidebar, the language) per test too, so
            // that no test starts from what another left behind.
            .env("XDG_DATA_HOME", data_home(dir))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver must be installed (cargo install tauri-driver --locked)");
    let mut driver = Driver(driver);
    // tauri-driver forwards the session request to WebKitWebDriver at once and drops the
    // connection when that one is not listening yet (slow on a cold machine, the first test
    // of a CI run): wait for both.
    let deadline = Instant::now() + WAIT;
    for (listener, what) in [(port, "tauri-driver"), (native_port, "WebKitWebDriver")] {
        while TcpStream::connect(("127.0.0.1", listener)).is_err() {
            if Instant::now() > deadline || driver.0.try_wait().is_ok_and(|s| s.is_some()) {
                return Err(format!("{what} did not start"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    let caps = json!({ "tauri:options": { "application": binary } });
    let requested_at = SystemTime::now();
    let client = ClientBuilder::native()
        .capabilities(caps.as_object().unwrap().clone())
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(Launch {
        client,
        driver,
        requested_at,
    })
}

/// The `$XDG_DATA_HOME` an app started on the data in `dir` runs with: the web view's storage and
/// the app's log folder are there, one per test.
pub fn data_home(dir: &Path) -> PathBuf {
    dir.join("web-data")
}

/// The log file of an app started on the data in `dir`: the app's identifier under its
/// `$XDG_DATA_HOME`, `logs/wenming.log`.
pub fn log_file(dir: &Path) -> PathBuf {
    data_home(dir).join("cn.gov.wenming.workbench/logs/wenming.log")
}
