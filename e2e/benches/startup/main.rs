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
//!   rows, 首页, 评先选优, 亮诺, 量化考核, 台账, 科室, 评诺, 手机参与, 设置 → their first rows, cards
//!   or empty state; then, for a person chosen at the window (`choose_person`, not timed), 我的活动,
//!   我的积分 and 我的承诺 (its first visit follows the choosing, made on it). Each is
//!   timed on the first visit of that screen in the launch, then all of them once more (a visit
//!   again: the screen's code loaded and set up before). A long page paints its first rows, then
//!   the rest a frame later (ui/src/app/rowsInSteps.ts): the first visit's report also says when
//!   the last row was painted, where that is a later frame.
//! - memory: after those screens (the template: after its clicks; the empty database: at the
//!   first-start form), the private memory (Private_Clean + Private_Dirty of
//!   `/proc/PID/smaps_rollup`) of the binary's process and every process under it (WebKit's web
//!   and network processes). Both binaries are first dropped from the page cache, so that both
//!   are read back from disk the same way (`system::read_back_from_disk`).
//! - bundle: the files of `ui/dist/assets` (as built by the app's `tauri build`): all JS, all CSS,
//!   the entry chunk and what `index.html` preloads with it.
//!
//! Settings: `BENCH_ROUNDS` (default 5), `WENMING_APP` (the app; default `target/debug/wenming`),
//! `WENMING_TEMPLATE_APP` (default `target/debug/wenming-perf-template`), `BENCH_PROBE` (when set,
//! it also prints where the time and memory go: each process's memory by mapping, the launch's
//! page phases with the steps the page marks (`performance.mark`: its modules run, `app_info`
//! answered, the first screen set up, the window shown) and the frame that showed it, and per
//! click its IPC calls, fetched files, router steps, components slow to mount or unmount and long
//! frames; its hooks slow the page, so the figures to keep come from a run without it).
//! `cargo bench` passes
//! `--bench`; without it (`cargo test --all-targets`) this does nothing.

mod page;
mod report;
mod system;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use wenming_core::sample::{self, SampleSize};
use wenming_core::{settings, store};
use wenming_e2e::{app_binary, launch, workspace_root, App, Launch};

use page::{time_click, time_to_first};
use report::{report, Samples};
use system::{load_average, private_memory, read_back_from_disk};

const PASSWORD: &str = "wenming-2026";
const UNIT: &str = "市X局";
/// How long any one wait may take before the run stops with an error.
const DEADLINE: Duration = Duration::from_secs(60);
/// Tries of one launch whose session request is dropped (as the e2e harness does).
const LAUNCH_ATTEMPTS: u32 = 3;

/// A screen reached by a click: what to click, and what shows once the screen has its content.
struct Step {
    pub(crate) name: &'static str,
    pub(crate) click: &'static str,
    pub(crate) shows: &'static str,
    /// Skipped when there is nothing to click (the sample bureau has no activities).
    pub(crate) optional: bool,
}

const STAFF_ROWS: &str = "[data-testid=\"staff-table\"] .data-row";

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
        shows: "[data-testid=\"activity-table\"] .data-row, [data-testid=\"activity-empty\"]",
        optional: false,
    },
    Step {
        name: "an activity → its 报名名单 rows",
        click: "[data-testid=\"activity-link\"]",
        shows: "[data-testid=\"signup-table\"] .data-row",
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
        shows: "[data-testid=\"honors-categories\"] .data-row, [data-testid=\"honors-empty\"]",
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
        shows: "[data-testid=\"points-people\"] .data-row",
        optional: false,
    },
    Step {
        name: "台账 → tabs or empty state",
        click: "[data-testid=\"nav-ledger\"]",
        shows: "[data-testid=\"ledger-tabs\"], [data-testid=\"ledger-empty\"]",
        optional: false,
    },
    Step {
        name: "科室 → rows",
        click: "[data-testid=\"nav-departments\"]",
        shows: "[data-testid=\"department-table\"] .data-row",
        optional: false,
    },
    Step {
        name: "评诺 → rounds or empty state",
        click: "[data-testid=\"nav-pledge-rounds\"]",
        shows: "[data-testid=\"pledge-rounds\"]",
        optional: false,
    },
    Step {
        name: "手机参与 → its state",
        click: "[data-testid=\"nav-lan\"]",
        shows: "[data-testid=\"lan-on\"], [data-testid=\"lan-off\"]",
        optional: false,
    },
    Step {
        name: "设置 → its first cards",
        click: "[data-testid=\"nav-settings\"]",
        shows: "[data-testid=\"pin-batch\"]",
        optional: false,
    },
    // The person at the window (chosen before the clicks, see `choose_person`).
    Step {
        name: "我的活动 → rows",
        click: "[data-testid=\"nav-my\"]",
        shows: "[data-testid=\"my-activities-table\"] .data-row, [data-testid=\"my-activities-table\"] [data-testid=\"data-table-empty\"]",
        optional: false,
    },
    Step {
        name: "我的积分 → the ledger",
        click: "[data-testid=\"nav-my-points\"]",
        shows: "[data-testid=\"points-ledger\"]",
        optional: false,
    },
    Step {
        name: "我的承诺 → the pledge or its empty state",
        click: "[data-testid=\"nav-my-pledge\"]",
        shows: "[data-testid=\"pledge-items\"], [data-testid=\"my-pledge-none\"]",
        optional: false,
    },
];

/// The person the personal screens are shown for: in the sample bureau and the large unit alike.
const PERSON: &str = "W0001";

const TEMPLATE_READY: &str = "[data-testid=\"ready\"]";
const TEMPLATE_CLICK: Step = Step {
    name: "click → IPC → text painted",
    click: "[data-testid=\"greet\"]",
    shows: "[data-testid=\"greeting\"]",
    optional: false,
};
/// Timed clicks of the template's button per launch.
const TEMPLATE_CLICKS: usize = 3;

/// Whether to print what makes up a figure (`BENCH_PROBE` set), to find where the time or memory goes.
pub(crate) fn probing() -> bool {
    std::env::var_os("BENCH_PROBE").is_some()
}

/// Each screen is timed on its first visit in a launch (its code and styles fetched, its
/// components set up for the first time), then once more after all the others.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    First,
    Again,
}

impl Visit {
    fn key(self) -> &'static str {
        match self {
            Visit::First => "click",
            Visit::Again => "again",
        }
    }
}

/// The databases the app is launched on.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Data {
    Empty,
    Bureau,
    Large,
}

impl Data {
    const ALL: [Data; 3] = [Data::Empty, Data::Bureau, Data::Large];

    pub(crate) fn label(self) -> &'static str {
        match self {
            Data::Empty => "empty database",
            Data::Bureau => "sample bureau (80 职工)",
            Data::Large => "large unit (5 000 职工, 2 000 活动, 100 000 报名)",
        }
    }

    /// What shows once the app's first screen is there.
    pub(crate) fn first_screen(self) -> (&'static str, &'static str) {
        match self {
            Data::Empty => ("first-start form", "[data-testid=\"setup-submit\"]"),
            _ => ("首页 with its figures", "[data-testid=\"dashboard-top\"]"),
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
    read_back_from_disk(&app);
    read_back_from_disk(&template);
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

async fn template_launch(binary: &Path, s: &mut Samples) {
    let dir = tempfile::tempdir().unwrap();
    let launch = start(binary, dir.path()).await;
    s.add(
        "launch template",
        time_to_first(&launch, TEMPLATE_READY).await,
    );
    let app = launch.into_app("bench-template", dir);
    for _ in 0..TEMPLATE_CLICKS {
        if let Some(click) = time_click(&app, &TEMPLATE_CLICK).await {
            s.add("click template", click.ms);
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
        choose_person(&app).await;
        for visit in [Visit::First, Visit::Again] {
            for step in STEPS {
                if let Some(click) = time_click(&app, step).await {
                    let key = |what: &str| format!("{what} {} {}", data.label(), step.name);
                    s.add(&key(visit.key()), click.ms);
                    if visit == Visit::First {
                        s.add(&key("count"), click.count as f64);
                        s.add(&key("all count"), click.all_count as f64);
                        s.add(&key("all"), click.all_ms);
                    }
                }
            }
        }
    }
    s.add(
        &format!("memory {}", data.label()),
        private_memory(&app, binary).await,
    );
    app.close().await;
}

/// The person at the window chooses themself, as a person does it (not timed): on 我的承诺, whose
/// first visit in the report therefore follows this one; 我的活动 and 我的积分 are first visits.
/// Back on the 首页 afterwards.
async fn choose_person(app: &App) {
    app.click("nav-my-pledge").await;
    app.pick("identify-person", PERSON, PERSON).await;
    app.click("identify-confirm").await;
    app.wait_css("[data-testid=\"pledge-items\"], [data-testid=\"my-pledge-none\"]")
        .await;
    app.click("nav-dashboard").await;
    app.wait_css("[data-testid=\"dashboard-top\"]").await;
}

/// Organizer mode through the login dialog, as a person does it (not timed).
async fn login(app: &App) {
    app.click("login-button").await;
    app.fill("login-password", PASSWORD).await;
    app.click("login-submit").await;
    app.wait_text("mode-tag", "组织者模式").await;
    app.wait_gone("login-submit").await;
}
