//! Desktop manners, each from an official Tauri plugin, configured for this app.
//!
//! - One instance per database: a second start (same data folder) hands over to the running
//!   window, which comes to the front, and exits, so the database is never opened twice. On Linux
//!   the plugin finds the running instance on the session D-Bus under a name made from the data
//!   path (two test runs on two temporary databases do not meet); on Windows, a named mutex.
//! - The window's size, place and maximized state are remembered in `window-state.json` beside the
//!   database (not full screen: a 投票终端 never reopens as one).
//! - A log file `wenming.log` in the app's log folder, rotated at 1 MB with the last 5 kept. It
//!   holds what the app did (start, backups, restores, the codes of refused commands), never names,
//!   phones, passwords or a message that could quote them.
//! - On Linux the web view paints on the processor, without GPU compositing
//!   ([`paint_without_gpu_compositing`]).
//! - The main window is created hidden and shown once its page has set up its first screen
//!   ([`show_main`]).
//! - The day's backup waits until the start is over: the window shown and the commands quiet
//!   ([`StartGate`]).

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_log::{RotationStrategy, Target, TargetKind, TimezoneStrategy};
use tauri_plugin_window_state::StateFlags;

/// The window's label in `tauri.conf.json`.
pub const MAIN_WINDOW: &str = "main";
/// The log file's name (without `.log`) in the app's log folder.
pub const LOG_FILE: &str = "wenming";
/// Where the window's size and place are kept, beside the database.
pub const WINDOW_STATE_FILE: &str = "window-state.json";
const LOG_MAX_BYTES: u128 = 1024 * 1024;
const LOGS_KEPT: usize = 5;

/// The D-Bus name of the instance that has the database at `db_path` open.
pub fn instance_id(identifier: &str, db_path: &Path) -> String {
    let path = db_path
        .parent()
        .and_then(|dir| dir.canonicalize().ok())
        .map(|dir| dir.join(db_path.file_name().unwrap_or_default()))
        .unwrap_or_else(|| db_path.to_path_buf());
    // FNV-1a: stable across builds, so any version of the app finds the running one.
    let hash = path
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{identifier}.db{hash:016x}")
}

/// Brings the main window to the front: what a second start does instead of opening one.
pub fn focus_main<R: Runtime>(app: &AppHandle<R>) {
    log::info!("再次启动：切换到已打开的窗口");
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// WebKitGTK composites the page's layers with OpenGL. Where there is no GPU driver (a virtual
/// machine, a remote desktop, an office PC without its vendor's driver: Mesa's software renderer)
/// that costs more than it saves: measured here (docs/PERFORMANCE.md), painting on the processor
/// made the clicks to painted rows 20–50 % shorter and the web process ~140 MiB smaller after the
/// screens. These screens are forms and tables, with nothing a GPU would speed up. Must run
/// before the first window exists; a person who has set `WEBKIT_DISABLE_COMPOSITING_MODE`
/// (to any value) keeps their own setting.
pub fn paint_without_gpu_compositing() {
    const VAR: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    if cfg!(target_os = "linux") && std::env::var_os(VAR).is_none() {
        // Still one thread: nothing else reads the environment yet.
        std::env::set_var(VAR, "1");
    }
}

/// How the page's JavaScript engine (JavaScriptCore, in WebKit's web process) is told to run: as
/// on a small machine. Each is read by a web process when it starts; a person who has set one keeps
/// their own setting. Measured here (docs/PERFORMANCE.md), the three together took the app after
/// the screens from 1.53–1.67× the bare template's memory to 1.36–1.42×:
/// - `JSC_forceRAMSize` 256 MiB: the engine grows its heap by how much memory the machine has; on
///   a machine of many GiB it lets the heap double before collecting, so the screens' garbage stays.
///   Only the collector reads it; nothing is limited.
/// - `JSC_largeHeapSize` 24 MiB: the first collections come at 24 MiB of heap instead of 32.
/// - `JSC_useDFGJIT` false: no optimizing compiler. It kept a second, compiled copy of the busiest
///   functions with the profiles it needs (~15–25 MiB after the screens); the screens' work is the
///   engine's baseline compiler's and the page's DOM. The price: a page of 5 000 rows built at once
///   (the 量化考核 board's print view) took ~3 % longer (561 → 577 ms), the clicks and the launch as
///   long within their spread.
pub const PAGE_ENGINE: [(&str, &str); 3] = [
    ("JSC_forceRAMSize", "268435456"),
    ("JSC_largeHeapSize", "25165824"),
    ("JSC_useDFGJIT", "false"),
];

/// Sets [`PAGE_ENGINE`] for the web processes to come. Must run before the first window exists.
pub fn keep_the_page_engine_small() {
    if !cfg!(target_os = "linux") {
        return;
    }
    for (name, value) in PAGE_ENGINE {
        if std::env::var_os(name).is_none() {
            // Still one thread: nothing else reads the environment yet.
            std::env::set_var(name, value);
        }
    }
}

/// Gives the memory malloc holds free back to the system. glibc keeps what a thread has freed
/// for that thread's next allocations: after the day's backup and the screens' reads on a large
/// unit, 3–5 MiB of the app's process (docs/PERFORMANCE.md). It takes malloc's locks while it
/// runs: never on the main thread.
pub fn give_back_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only hands back pages malloc holds free; it takes malloc's own locks.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// How long the commands must have been quiet before the free memory is given back.
pub const QUIET: Duration = Duration::from_secs(1);

/// Runs a piece of upkeep once the calls to [`WhenQuiet::after`] have stopped for a while.
pub struct WhenQuiet {
    last: AtomicU64,
}

impl Default for WhenQuiet {
    fn default() -> Self {
        Self::new()
    }
}

impl WhenQuiet {
    pub const fn new() -> Self {
        WhenQuiet {
            last: AtomicU64::new(0),
        }
    }

    /// Runs `upkeep` on a blocking thread `wait` after this call, unless another call comes first
    /// (that one then runs it, `wait` after itself).
    pub fn after(&'static self, wait: Duration, upkeep: fn()) {
        let this = self.last.fetch_add(1, Ordering::Relaxed) + 1;
        tauri::async_runtime::spawn(async move {
            tokio::time::sleep(wait).await;
            if self.last.load(Ordering::Relaxed) == this {
                let _ = tauri::async_runtime::spawn_blocking(upkeep).await;
            }
        });
    }
}

/// Called after each command's database work: once no other command has come for [`QUIET`],
/// [`give_back_free_memory`].
pub fn give_back_free_memory_when_quiet() {
    static COMMANDS: WhenQuiet = WhenQuiet::new();
    COMMANDS.after(QUIET, give_back_free_memory);
}

/// How long the day's backup waits at most for the start to end ([`StartGate::wait`]).
pub const BACKUP_WAITS_AT_MOST: Duration = Duration::from_secs(10);

/// When the start is over: the main window shown and the commands quiet since. The day's backup
/// waits for it, so that compressing a large unit's data does not take a core from the window's
/// first screen (docs/PERFORMANCE.md). A command that needs the backup made hurries it.
pub struct StartGate {
    epoch: OnceLock<Instant>,
    shown: AtomicBool,
    hurried: AtomicBool,
    /// Milliseconds from `epoch` to the last command's end (or the window's showing).
    last_activity: AtomicU64,
}

/// The app's one gate: [`show_main`] opens it, each command's end moves it (`state.rs`).
pub static START: StartGate = StartGate::new();

impl Default for StartGate {
    fn default() -> Self {
        Self::new()
    }
}

impl StartGate {
    pub const fn new() -> Self {
        StartGate {
            epoch: OnceLock::new(),
            shown: AtomicBool::new(false),
            hurried: AtomicBool::new(false),
            last_activity: AtomicU64::new(0),
        }
    }

    fn now_ms(&self) -> u64 {
        self.epoch.get_or_init(Instant::now).elapsed().as_millis() as u64
    }

    /// The window has shown its first screen; the quiet is counted from now.
    pub fn shown(&self) {
        self.activity();
        self.shown.store(true, Ordering::SeqCst);
    }

    /// A command has done its work.
    pub fn activity(&self) {
        self.last_activity.store(self.now_ms(), Ordering::SeqCst);
    }

    /// A command waits for what waits here: no more waiting.
    pub fn hurry(&self) {
        self.hurried.store(true, Ordering::SeqCst);
    }

    /// Blocks until the window is shown and nothing has happened for `quiet`, or until hurried,
    /// or `at_most` after the call. For a thread of its own, never the main one.
    pub fn wait(&self, quiet: Duration, at_most: Duration) {
        let called = Instant::now();
        let quiet_ms = quiet.as_millis() as u64;
        loop {
            let is_quiet = self.shown.load(Ordering::SeqCst)
                && self.now_ms() >= self.last_activity.load(Ordering::SeqCst) + quiet_ms;
            if is_quiet || self.hurried.load(Ordering::SeqCst) || called.elapsed() >= at_most {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Shows the main window. It is created hidden (`"visible": false` in tauri.conf.json) and shown
/// when its page says its first screen is set up (the `window_ready` command): by then the page
/// has its scripts and styles, and its first paint needs nothing more from this process. Shown
/// at once, the window was drawn while the page was still loading; without GPU compositing WebKit
/// then blocks this process's main thread until the page has painted, up to 500 ms, while the
/// page waits for its files from that same thread (this process serves them): one launch in three
/// or four took ~500 ms more (docs/PERFORMANCE.md). Showing it later also spares the person a
/// white window.
pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        let _ = window.show();
    }
    START.shown();
}

/// Whatever happens to the page, the window is shown by then.
pub const SHOW_AT_THE_LATEST: Duration = Duration::from_secs(3);

/// Shows the main window after [`SHOW_AT_THE_LATEST`] if its page has not shown it yet.
pub fn show_at_the_latest<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(SHOW_AT_THE_LATEST).await;
        let hidden = app
            .get_webview_window(MAIN_WINDOW)
            .is_some_and(|window| !window.is_visible().unwrap_or(true));
        if hidden {
            log::warn!("页面未能按时载入，窗口照常显示");
            show_main(&app);
        }
    });
}

pub fn single_instance<R: Runtime>(db_path: &Path) -> tauri::plugin::TauriPlugin<R> {
    let id = instance_id("cn.gov.wenming.workbench", db_path);
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(id)
        .callback(|app, _args, _cwd| focus_main(app))
        .build()
}

pub fn window_state<R: Runtime>(db_path: &Path) -> tauri::plugin::TauriPlugin<R> {
    let file = db_path
        .parent()
        .unwrap_or(Path::new("."))
        .join(WINDOW_STATE_FILE);
    tauri_plugin_window_state::Builder::new()
        // An absolute name: the plugin joins it to its config folder, which keeps it as it is.
        .with_filename(file.to_string_lossy())
        .with_state_flags(StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED)
        // The 大屏 is placed on its display each time it opens, never where it was last.
        .with_denylist(&[crate::screen::LABEL])
        .build()
}

pub fn log_file<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .target(Target::new(TargetKind::LogDir {
            file_name: Some(LOG_FILE.into()),
        }))
        .level(log::LevelFilter::Info)
        // The window system's and the web view's own chatter is not the unit's business.
        .level_for("tao", log::LevelFilter::Warn)
        .level_for("wry", log::LevelFilter::Warn)
        .level_for("zbus", log::LevelFilter::Warn)
        .level_for("tracing", log::LevelFilter::Warn)
        .max_file_size(LOG_MAX_BYTES)
        .rotation_strategy(RotationStrategy::KeepSome(LOGS_KEPT))
        .timezone_strategy(TimezoneStrategy::UseLocal)
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A D-Bus well-known name: dot-separated elements of `[A-Za-z0-9_-]`, none starting with a
    /// digit, at most 255 bytes (the plugin adds `.SingleInstance`).
    fn is_bus_name(name: &str) -> bool {
        name.len() <= 255
            && name.split('.').count() >= 2
            && name.split('.').all(|e| {
                !e.is_empty()
                    && !e.starts_with(|c: char| c.is_ascii_digit())
                    && e.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            })
    }

    #[test]
    fn one_database_one_instance_name_and_another_database_another() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a").join("wenming.db");
        let b = dir.path().join("b").join("wenming.db");
        std::fs::create_dir_all(a.parent().unwrap()).unwrap();
        let id = "cn.gov.wenming.workbench";
        assert_eq!(instance_id(id, &a), instance_id(id, &a));
        assert_ne!(instance_id(id, &a), instance_id(id, &b));
        // The same file reached through `..` is the same database.
        let roundabout = dir.path().join("a").join("..").join("a").join("wenming.db");
        assert_eq!(instance_id(id, &roundabout), instance_id(id, &a));
        let name = format!("{}.SingleInstance", instance_id(id, &a));
        assert!(is_bus_name(&name), "{name}");
        let odd = dir.path().join("数据 (旧)").join("wenming.db");
        assert!(is_bus_name(&instance_id(id, &odd)));
    }

    #[test]
    fn upkeep_runs_once_the_calls_have_stopped_and_once_for_a_burst() {
        use std::sync::atomic::AtomicUsize;
        static RUNS: AtomicUsize = AtomicUsize::new(0);
        static QUIETLY: WhenQuiet = WhenQuiet::new();
        fn upkeep() {
            RUNS.fetch_add(1, Ordering::SeqCst);
        }
        let wait = Duration::from_millis(200);
        let runs = || RUNS.load(Ordering::SeqCst);
        tauri::async_runtime::block_on(async {
            for _ in 0..5 {
                QUIETLY.after(wait, upkeep);
            }
            assert_eq!(runs(), 0, "not before the wait");
            tokio::time::sleep(wait * 5).await;
            assert_eq!(runs(), 1, "once after the burst");
            QUIETLY.after(wait, upkeep);
            tokio::time::sleep(wait * 5).await;
            assert_eq!(runs(), 2, "and again after the next call");
        });
    }

    #[test]
    fn the_start_ends_when_the_window_is_shown_and_quiet_or_when_hurried_or_at_the_latest() {
        let quiet = Duration::from_millis(300);
        let timed = |gate: &StartGate, at_most| {
            let clock = Instant::now();
            gate.wait(quiet, at_most);
            clock.elapsed()
        };
        // Not shown: the wait lasts until its bound.
        let hidden = StartGate::new();
        assert!(timed(&hidden, Duration::from_millis(400)) >= Duration::from_millis(400));
        // Shown, with commands coming: the quiet counts from the last one.
        let busy = StartGate::new();
        busy.shown();
        std::thread::scope(|s| {
            s.spawn(|| {
                for _ in 0..6 {
                    std::thread::sleep(Duration::from_millis(100));
                    busy.activity();
                }
            });
            let waited = timed(&busy, Duration::from_secs(10));
            assert!(waited >= Duration::from_millis(900), "{waited:?}");
            assert!(waited < Duration::from_secs(5), "{waited:?}");
        });
        // Hurried: at once, shown or not.
        let hurried = StartGate::new();
        hurried.hurry();
        assert!(timed(&hurried, Duration::from_secs(10)) < Duration::from_secs(1));
    }
}
