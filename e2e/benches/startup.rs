//! Start-up and screens, the app beside a bare Tauri v2 + Vue template (`perf/template/`), both
//! debug builds with their UI embedded, both driven through a fresh tauri-driver per launch the way
//! the e2e tests drive the app. Run it with `bash scripts/bench-startup.sh`, which builds what is
//! missing and runs this under Xvfb with a session bus; it prints a markdown report (also written
//! to `target/bench-startup/report.md`).
//!
//! Each round launches, in turn: the template, the app on an empty database, the template, the app
//! on the sample bureau (`sample::load(Bureau)`, unit set up), the template, the app on the large
//! unit (`SampleSize::Large` with `load_activity_history(2000, 100_000)`, generated once and kept
//! in `target/bench-startup/`). Every launch gets a copy of its database and its own web-view data.
//!
//! What is timed:
//! - launch: from the WebDriver session request (tauri-driver and WebKitWebDriver already
//!   listening) to the first frame that shows the first screen: the template's heading; the app's
//!   first-start form (empty database) or its 首页 with its figures (a unit set up). A script
//!   started as soon as the session opens watches each frame (`requestAnimationFrame`) and returns
//!   the page's clock after that frame; page and bench read the same system clock. Should the
//!   screen already show when the script starts, the time of that first look is taken.
//! - clicks: inside the page, so WebDriver's round trips do not count. One script clicks the
//!   element and watches each frame until an element matching the target that was not there
//!   before the click is visible, then returns `performance.now()` after that frame. The template:
//!   its button → a Rust command over IPC → the answer painted. The app, logged in as organizer
//!   through the login dialog: 职工 → its rows, 活动 → its rows, the first activity → its 报名名单
//!   rows, 首页, 评先选优, 亮诺, 量化考核, 台账 → their first rows or their empty state. Each is the
//!   first visit of that screen in the launch.
//! - memory: after those screens (the template: after its clicks; the empty database: at the
//!   first-start form), the private memory (Private_Clean + Private_Dirty of
//!   `/proc/PID/smaps_rollup`) of the binary's process and every process under it (WebKit's web
//!   and network processes).
//! - bundle: the files of `ui/dist/assets` (as built by the app's `tauri build`): all JS, all CSS,
//!   the entry chunk and what `index.html` preloads with it.
//!
//! Settings: `BENCH_ROUNDS` (default 5), `WENMING_APP` (the app; default `target/debug/wenming`),
//! `WENMING_TEMPLATE_APP` (default `target/debug/wenming-perf-template`). `cargo bench` passes
//! `--bench`; without it (`cargo test --all-targets`) this does nothing.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, UNIX_EPOCH};

use serde_json::json;
use wenming_core::sample::{self, SampleSize};
use wenming_core::{settings, store};
use wenming_e2e::fantoccini::wd::TimeoutConfiguration;
use wenming_e2e::{app_binary, launch, workspace_root, App, Launch};

const PASSWORD: &str = "wenming-2026";
const UNIT: &str = "市X局";
/// How long any one wait may take before the run stops with an error.
const DEADLINE: Duration = Duration::from_secs(60);
/// Tries of one launch whose session request is dropped (as the e2e harness does).
const LAUNCH_ATTEMPTS: u32 = 3;

/// A screen reached by a click: what to click, and what shows once the screen has its content.
struct Step {
    name: &'static str,
    click: &'static str,
    shows: &'static str,
    /// Skipped when there is nothing to click (the sample bureau has no activities).
    optional: bool,
}

const STAFF_ROWS: &str = "[data-testid=\"staff-table\"] .el-table__body-wrapper .el-table__row";

/// The app's screens in the order visited, logged in as organizer.
const STEPS: &[Step] = &[
    Step {
        name: "职工 → rows",
        click: "[data-testid=\"nav-staff\"]",
        shows: STAFF_ROWS,
        optional: false,
    },
    Step {
        name: "活动 → rows",
        click: "[data-testid=\"nav-activities\"]",
        shows: "[data-testid=\"activity-table\"] .el-table__body-wrapper .el-table__row, [data-testid=\"activity-empty\"]",
        optional: false,
    },
    Step {
        name: "an activity → its 报名名单 rows",
        click: "[data-testid=\"activity-link\"]",
        shows: "[data-testid=\"signup-table\"] .el-table__body-wrapper .el-table__row",
        optional: true,
    },
    Step {
        name: "首页 → its figures",
        click: "[data-testid=\"nav-dashboard\"]",
        shows: "[data-testid=\"dashboard-top\"]",
        optional: false,
    },
    Step {
        name: "评先选优 → rows or empty state",
        click: "[data-testid=\"nav-honors\"]",
        shows: "[data-testid=\"honors-categories\"] .el-table__body-wrapper .el-table__row, [data-testid=\"honors-empty\"]",
        optional: false,
    },
    Step {
        name: "亮诺 → sections or empty state",
        click: "[data-testid=\"nav-pledges\"]",
        shows: "[data-testid=\"pledge-section\"], [data-testid=\"pledge-wall-empty\"]",
        optional: false,
    },
    Step {
        name: "量化考核 → rows",
        click: "[data-testid=\"nav-points\"]",
        shows: "[data-testid=\"points-people\"] .el-table__body-wrapper .el-table__row",
        optional: false,
    },
    Step {
        name: "台账 → tabs or empty state",
        click: "[data-testid=\"nav-ledger\"]",
        shows: "[data-testid=\"ledger-tabs\"], [data-testid=\"ledger-empty\"]",
        optional: false,
    },
];

const TEMPLATE_READY: &str = "[data-testid=\"ready\"]";
const TEMPLATE_CLICK: Step = Step {
    name: "click → IPC → text painted",
    click: "[data-testid=\"greet\"]",
    shows: "[data-testid=\"greeting\"]",
    optional: false,
};
/// Timed clicks of the template's button per launch.
const TEMPLATE_CLICKS: usize = 3;

/// The databases the app is launched on.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Data {
    Empty,
    Bureau,
    Large,
}

impl Data {
    const ALL: [Data; 3] = [Data::Empty, Data::Bureau, Data::Large];

    fn label(self) -> &'static str {
        match self {
            Data::Empty => "empty database",
            Data::Bureau => "sample bureau (80 职工)",
            Data::Large => "large unit (5 000 职工, 2 000 活动, 100 000 报名)",
        }
    }

    /// What shows once the app's first screen is there.
    fn first_screen(self) -> (&'static str, &'static str) {
        match self {
            Data::Empty => ("first-start form", "[data-testid=\"setup-submit\"]"),
            _ => ("首页 with its figures", "[data-testid=\"dashboard-top\"]"),
        }
    }
}

/// Samples in milliseconds (or MiB), by what they measure.
#[derive(Default)]
struct Samples(BTreeMap<String, Vec<f64>>);

impl Samples {
    fn add(&mut self, key: &str, value: f64) {
        self.0.entry(key.to_string()).or_default().push(value);
    }

    fn get(&self, key: &str) -> Option<&Vec<f64>> {
        self.0.get(key).filter(|v| !v.is_empty())
    }

    fn median(&self, key: &str) -> Option<f64> {
        let mut v = self.get(key)?.clone();
        v.sort_by(f64::total_cmp);
        let n = v.len();
        Some(if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        })
    }

    /// "median (min–max)".
    fn cell(&self, key: &str, unit: &str) -> String {
        let Some(v) = self.get(key) else {
            return "—".into();
        };
        let min = v.iter().copied().fold(f64::INFINITY, f64::min);
        let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let m = self.median(key).unwrap_or_default();
        if v.len() == 1 {
            format!("{m:.0} {unit}")
        } else {
            format!("{m:.0} {unit} ({min:.0}–{max:.0})")
        }
    }

    fn ratio(&self, key: &str, floor: &str) -> String {
        match (self.median(key), self.median(floor)) {
            (Some(a), Some(b)) if b > 0.0 => format!("{:.1}×", a / b),
            _ => "—".into(),
        }
    }
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .map(|n| n.parse().expect("BENCH_ROUNDS is a number"))
        .unwrap_or(5);
    let out_dir = target_dir().join("bench-startup");
    std::fs::create_dir_all(&out_dir).unwrap();
    let app = app_binary();
    let template = std::env::var_os("WENMING_TEMPLATE_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug/wenming-perf-template"));
    for (binary, build) in [
        (&app, "npm run tauri build -- --debug --no-bundle"),
        (
            &template,
            "bash scripts/bench-startup.sh (it builds perf/template)",
        ),
    ] {
        if !binary.exists() {
            eprintln!("{} is missing: build it with {build}", binary.display());
            std::process::exit(2);
        }
    }
    let databases = prepare_databases(&out_dir);
    let load_before = load_average();
    let started = Instant::now();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let samples = runtime.block_on(async {
        let mut s = Samples::default();
        for round in 1..=rounds {
            for data in Data::ALL {
                eprintln!("round {round}/{rounds}: template");
                template_launch(&template, &mut s).await;
                eprintln!("round {round}/{rounds}: app, {}", data.label());
                app_launch(&app, data, databases.get(&data), &mut s).await;
            }
        }
        s
    });
    let report = report(&samples, rounds, load_before, started.elapsed());
    std::fs::write(out_dir.join("report.md"), &report).unwrap();
    println!("{report}");
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// The sample bureau and the large unit as database files, each with the unit set up (name and
/// organizer password); generated once per schema version and kept.
fn prepare_databases(out_dir: &Path) -> BTreeMap<Data, PathBuf> {
    let version = store::schema_version();
    let mut files = BTreeMap::new();
    for data in [Data::Bureau, Data::Large] {
        let name = match data {
            Data::Bureau => "bureau",
            _ => "large",
        };
        let file = out_dir.join(format!("{name}-schema{version}.db"));
        if !file.exists() {
            eprintln!("generating {} into {}", data.label(), file.display());
            let partial = out_dir.join(format!("{name}-schema{version}.partial.db"));
            let _ = std::fs::remove_file(&partial);
            {
                let mut conn = store::open(&partial).expect("open the new database");
                settings::set_first_password(&mut conn, PASSWORD, UNIT).expect("set up the unit");
                let size = match data {
                    Data::Bureau => SampleSize::Bureau,
                    _ => SampleSize::Large,
                };
                sample::load(&mut conn, size, wenming_core::time::now()).expect("sample unit");
                if data == Data::Large {
                    sample::load_activity_history(&mut conn, 2000, 100_000)
                        .expect("activity history");
                }
                conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
                    .expect("checkpoint");
            }
            std::fs::rename(&partial, &file).unwrap();
        }
        files.insert(data, file);
    }
    files
}

/// Launches `binary` with the data in `dir`, retrying a dropped session request on fresh ports.
async fn start(binary: &Path, dir: &Path) -> Launch {
    let mut attempt = 1;
    loop {
        match launch(binary, dir).await {
            Ok(l) => return l,
            Err(e) if attempt < LAUNCH_ATTEMPTS => {
                eprintln!("  launch failed (attempt {attempt}): {e}; again");
                attempt += 1;
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
            Err(e) => fail(&format!("could not launch {}: {e}", binary.display())),
        }
    }
}

fn fail(message: &str) -> ! {
    eprintln!("bench-startup: {message}");
    std::process::exit(1)
}

/// Watches each frame until an element matching `arguments[0]` is visible; answers the page's
/// wall clock (ms since the epoch) after that frame, or `{ err }` at the deadline.
const FIRST_SHOWN: &str = r#"
    const [sel, timeoutMs, done] = arguments;
    const shown = el => el.getClientRects().length > 0
        && getComputedStyle(el).visibility !== 'hidden'
        && !el.closest('[aria-hidden="true"], [style*="display: none"]');
    const found = () => Array.from(document.querySelectorAll(sel)).some(shown);
    if (found()) return done({ at: Date.now(), already: true });
    const end = performance.now() + timeoutMs;
    let finished = false;
    const check = () => {
        if (finished) return;
        if (found()) {
            finished = true;
            setTimeout(() => done({ at: Date.now() }), 0);
        } else if (performance.now() > end) {
            finished = true;
            done({ err: 'not shown: ' + sel });
        } else {
            requestAnimationFrame(check);
        }
    };
    requestAnimationFrame(check);
    // Should frames stop (a hidden window), the deadline still answers.
    const guard = setInterval(() => { if (finished) clearInterval(guard); else check(); }, 250);
"#;

/// Clicks the first visible element matching `arguments[0]` and watches each frame until an
/// element matching `arguments[1]` that was not there before the click is visible; answers the
/// milliseconds from the click to after that frame, and how many such elements it saw.
const CLICK_TO_SHOWN: &str = r#"
    const [clickSel, targetSel, optional, timeoutMs, done] = arguments;
    const shown = el => el.getClientRects().length > 0
        && getComputedStyle(el).visibility !== 'hidden'
        && !el.closest('[aria-hidden="true"], [style*="display: none"]');
    const target = Array.from(document.querySelectorAll(clickSel)).find(shown);
    if (!target) return done(optional ? { skipped: true } : { err: 'nothing to click: ' + clickSel });
    const before = new Set(document.querySelectorAll(targetSel));
    const fresh = () => Array.from(document.querySelectorAll(targetSel))
        .filter(el => !before.has(el) && shown(el));
    let finished = false;
    const t0 = performance.now();
    target.click();
    const check = () => {
        if (finished) return;
        const seen = fresh();
        if (seen.length > 0) {
            finished = true;
            setTimeout(() => done({ ms: performance.now() - t0, count: seen.length }), 0);
        } else if (performance.now() - t0 > timeoutMs) {
            finished = true;
            done({ err: 'not shown after the click on ' + clickSel + ': ' + targetSel });
        } else {
            requestAnimationFrame(check);
        }
    };
    requestAnimationFrame(check);
    const guard = setInterval(() => { if (finished) clearInterval(guard); else check(); }, 250);
"#;

/// The milliseconds from the session request to the frame that shows `selector`.
async fn time_to_first(launch: &Launch, selector: &str) -> f64 {
    let client = &launch.client;
    client
        .update_timeouts(TimeoutConfiguration::new(
            Some(DEADLINE + Duration::from_secs(5)),
            None,
            None,
        ))
        .await
        .unwrap_or_else(|e| fail(&format!("set the script timeout: {e}")));
    let deadline = Instant::now() + DEADLINE;
    let timeout = json!(DEADLINE.as_millis() as u64);
    loop {
        // The first script may land in a page that is still being replaced; look again.
        match client
            .execute_async(FIRST_SHOWN, vec![json!(selector), timeout.clone()])
            .await
        {
            Ok(v) if v.get("at").is_some() => {
                let at = v["at"].as_f64().unwrap_or_default();
                let zero = launch
                    .requested_at
                    .duration_since(UNIX_EPOCH)
                    .unwrap()
                    .as_secs_f64()
                    * 1000.0;
                return at - zero;
            }
            Ok(v) => fail(&format!("launch: {v}")),
            Err(e) if Instant::now() < deadline => {
                eprintln!("  looking again for {selector}: {e}");
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            Err(e) => fail(&format!("launch: {selector} never showed: {e}")),
        }
    }
}

/// Clicks as [`CLICK_TO_SHOWN`] says; the milliseconds and how many target elements showed, or
/// `None` for an optional step with nothing to click.
async fn time_click(app: &App, step: &Step) -> Option<(f64, u64)> {
    let timeout = json!(DEADLINE.as_millis() as u64);
    let args = vec![
        json!(step.click),
        json!(step.shows),
        json!(step.optional),
        timeout,
    ];
    match app.client.execute_async(CLICK_TO_SHOWN, args).await {
        Ok(v) if v.get("ms").is_some() => Some((
            v["ms"].as_f64().unwrap_or_default(),
            v["count"].as_u64().unwrap_or_default(),
        )),
        Ok(v) if v.get("skipped").is_some() => None,
        Ok(v) => {
            app.screenshot("bench-timeout").await;
            fail(&format!("{}: {v} (screenshot: bench-timeout)", step.name))
        }
        Err(e) => fail(&format!("{}: {e}", step.name)),
    }
}

async fn template_launch(binary: &Path, s: &mut Samples) {
    let dir = tempfile::tempdir().unwrap();
    let launch = start(binary, dir.path()).await;
    s.add(
        "launch template",
        time_to_first(&launch, TEMPLATE_READY).await,
    );
    let app = launch.into_app("bench-template", dir);
    for _ in 0..TEMPLATE_CLICKS {
        if let Some((ms, _)) = time_click(&app, &TEMPLATE_CLICK).await {
            s.add("click template", ms);
        }
    }
    s.add("memory template", private_memory(&app, binary).await);
    app.close().await;
}

async fn app_launch(binary: &Path, data: Data, db: Option<&PathBuf>, s: &mut Samples) {
    let dir = tempfile::tempdir().unwrap();
    if let Some(db) = db {
        std::fs::copy(db, dir.path().join("wenming.db")).unwrap();
    }
    let launch = start(binary, dir.path()).await;
    let (_, first) = data.first_screen();
    let key = format!("launch {}", data.label());
    s.add(&key, time_to_first(&launch, first).await);
    let app = launch.into_app("bench-app", dir);
    if data != Data::Empty {
        login(&app).await;
        for step in STEPS {
            if let Some((ms, count)) = time_click(&app, step).await {
                s.add(&format!("click {} {}", data.label(), step.name), ms);
                s.add(
                    &format!("count {} {}", data.label(), step.name),
                    count as f64,
                );
            }
        }
    }
    s.add(
        &format!("memory {}", data.label()),
        private_memory(&app, binary).await,
    );
    app.close().await;
}

/// Organizer mode through the login dialog, as a person does it (not timed).
async fn login(app: &App) {
    app.click("login-button").await;
    app.fill("login-password", PASSWORD).await;
    app.click("login-submit").await;
    app.wait_text("mode-tag", "组织者模式").await;
    app.wait_gone("login-submit").await;
}

/// MiB of private memory (Private_Clean + Private_Dirty) of the process running `binary` under
/// this window's tauri-driver and of every process under it (WebKit's web and network
/// processes), once the window has been still for a moment.
async fn private_memory(app: &App, binary: &Path) -> f64 {
    tokio::time::sleep(Duration::from_millis(500)).await;
    let parents = process_parents();
    let under = |pid: u32, ancestor: u32| {
        let mut p = pid;
        while let Some(&parent) = parents.get(&p) {
            if parent == ancestor {
                return true;
            }
            p = parent;
        }
        false
    };
    let binary = binary.canonicalize().unwrap();
    let driver = app.driver_pid();
    let Some(&main) = parents.keys().find(|&&pid| {
        under(pid, driver)
            && std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == binary)
    }) else {
        fail(&format!(
            "no process of {} under tauri-driver",
            binary.display()
        ))
    };
    let kib: u64 = std::iter::once(main)
        .chain(parents.keys().copied().filter(|&pid| under(pid, main)))
        .map(private_kib)
        .sum();
    kib as f64 / 1024.0
}

/// Every process's parent, from `/proc/PID/stat`.
fn process_parents() -> BTreeMap<u32, u32> {
    let mut parents = BTreeMap::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // "pid (comm) state ppid …": the name may hold spaces and parentheses.
        let after = &stat[stat.rfind(')').unwrap_or(0) + 1..];
        if let Some(ppid) = after.split_whitespace().nth(1).and_then(|p| p.parse().ok()) {
            parents.insert(pid, ppid);
        }
    }
    parents
}

fn private_kib(pid: u32) -> u64 {
    let Ok(rollup) = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")) else {
        return 0;
    };
    rollup
        .lines()
        .filter(|l| l.starts_with("Private_Clean:") || l.starts_with("Private_Dirty:"))
        .filter_map(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        .sum()
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name")?.split(':').nth(1))
        .unwrap_or("unknown CPU")
        .trim()
        .to_string();
    let cores = cpuinfo
        .lines()
        .filter(|l| l.starts_with("processor"))
        .count();
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let gib = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|l| l.split_whitespace().next()?.parse::<f64>().ok())
        .map(|kib| kib / 1024.0 / 1024.0)
        .unwrap_or_default();
    let os = std::fs::read_to_string("/etc/os-release")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .unwrap_or("Linux")
        .trim_matches('"')
        .to_string();
    format!("{os}, {cores} cores ({model}), {gib:.0} GiB")
}

/// Sizes of the UI bundle in `dist/assets`: all JS, all CSS, the entry chunk and what the page
/// preloads with it, in KiB.
fn bundle(dist: &Path) -> Option<Vec<(String, f64)>> {
    let html = std::fs::read_to_string(dist.join("index.html")).ok()?;
    let kib = |name: &str| {
        std::fs::metadata(dist.join(name.trim_start_matches('/')))
            .map(|m| m.len() as f64 / 1024.0)
            .unwrap_or_default()
    };
    let (mut js, mut css, mut files) = (0.0, 0.0, 0);
    for entry in std::fs::read_dir(dist.join("assets")).ok()?.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let size = entry.metadata().map(|m| m.len()).unwrap_or_default() as f64 / 1024.0;
        files += 1;
        if name.ends_with(".js") {
            js += size;
        } else if name.ends_with(".css") {
            css += size;
        }
    }
    // The page's own references: src="/assets/…" and href="/assets/…".
    let refs: Vec<&str> = html
        .split(['"', '\''])
        .filter(|p| p.starts_with("/assets/") || p.starts_with("./assets/"))
        .collect();
    let entry: Vec<&&str> = refs.iter().filter(|r| r.ends_with(".js")).collect();
    let entry_js: f64 = entry.iter().map(|r| kib(r)).sum();
    let entry_css: f64 = refs
        .iter()
        .filter(|r| r.ends_with(".css"))
        .map(|r| kib(r))
        .sum();
    Some(vec![
        (format!("all JS ({files} files in assets)"), js),
        ("all CSS".into(), css),
        (
            format!("loaded at start: JS ({} files)", entry.len()),
            entry_js,
        ),
        ("loaded at start: CSS".into(), entry_css),
    ])
}

fn report(s: &Samples, rounds: usize, load_before: String, took: Duration) -> String {
    let mut r = String::new();
    let date = chrono::Local::now().format("%Y-%m-%d %H:%M");
    let _ = writeln!(r, "Start-up and screens, {rounds} rounds, {date}");
    let _ = writeln!(r, "Machine: {}", machine());
    let _ = writeln!(
        r,
        "Load average (1, 5, 15 min) before: {load_before}; after: {}. Took {:.0} s.\n",
        load_average(),
        took.as_secs_f64()
    );
    let _ = writeln!(
        r,
        "Median (min–max) over the launches. Launch: from the session request to the first frame showing the screen; the template's floor is its first element.\n"
    );
    let _ = writeln!(
        r,
        "| launch → first screen | app | bare template (same rounds) | ratio | goal |"
    );
    let _ = writeln!(r, "|---|---|---|---|---|");
    for data in Data::ALL {
        let key = format!("launch {}", data.label());
        let _ = writeln!(
            r,
            "| {}: {} | {} | {} | {} | ≤ 1.2× |",
            data.label(),
            data.first_screen().0,
            s.cell(&key, "ms"),
            s.cell("launch template", "ms"),
            s.ratio(&key, "launch template"),
        );
    }
    let _ = writeln!(
        r,
        "\nClicks, timed inside the page from the click to the first frame showing the new screen's rows (or its empty state), logged in as organizer. Floor: the bare template's {}: {}.\n",
        TEMPLATE_CLICK.name,
        s.cell("click template", "ms")
    );
    let _ = writeln!(
        r,
        "| click → painted | {} | {} | ratio to the template (large unit) | goal |",
        Data::Bureau.label(),
        Data::Large.label()
    );
    let _ = writeln!(r, "|---|---|---|---|---|");
    for step in STEPS {
        let cell = |data: Data| {
            let key = format!("click {} {}", data.label(), step.name);
            let count = s
                .median(&format!("count {} {}", data.label(), step.name))
                .map(|n| format!(", {n:.0} shown"))
                .unwrap_or_default();
            format!("{}{count}", s.cell(&key, "ms"))
        };
        let large = format!("click {} {}", Data::Large.label(), step.name);
        let _ = writeln!(
            r,
            "| {} | {} | {} | {} | < 100 ms |",
            step.name,
            cell(Data::Bureau),
            cell(Data::Large),
            s.ratio(&large, "click template"),
        );
    }
    let _ = writeln!(
        r,
        "\n| private memory (process and its WebKit processes) | app | bare template | ratio | goal |"
    );
    let _ = writeln!(r, "|---|---|---|---|---|");
    for data in Data::ALL {
        let key = format!("memory {}", data.label());
        let when = if data == Data::Empty {
            "at the first-start form"
        } else {
            "after the screens above"
        };
        let _ = writeln!(
            r,
            "| {}, {when} | {} | {} | {} | ≤ 1.5× |",
            data.label(),
            s.cell(&key, "MiB"),
            s.cell("memory template", "MiB"),
            s.ratio(&key, "memory template"),
        );
    }
    let root = workspace_root();
    let _ = writeln!(r, "\n| UI bundle | app (ui/dist) | bare template |");
    let _ = writeln!(r, "|---|---|---|");
    match (
        bundle(&root.join("ui/dist")),
        bundle(&root.join("perf/template/dist")),
    ) {
        (Some(app), template) => {
            for (i, (what, kib)) in app.iter().enumerate() {
                let floor = template
                    .as_ref()
                    .and_then(|t| t.get(i))
                    .map(|(_, k)| format!("{k:.1} KiB"))
                    .unwrap_or_else(|| "—".into());
                let _ = writeln!(r, "| {what} | {kib:.1} KiB | {floor} |");
            }
        }
        (None, _) => {
            let _ = writeln!(r, "| (ui/dist not built) | — | — |");
        }
    }
    r
}
