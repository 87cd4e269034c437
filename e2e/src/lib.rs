//! The e2e harness: starts the real app (built by `tauri build --debug --bundles deb`, as scripts/test.sh does) through
//! tauri-driver, each test with its own temporary database (`WENMING_DB`) and export folder
//! (`WENMING_EXPORT_DIR`), and offers the few gestures the tests need on Element Plus widgets.
//! Screenshots land in `target/e2e-screenshots/`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::elements::{Element, ElementRef};
use fantoccini::Client;
use serde_json::json;

pub use fantoccini;

pub mod contests;
mod exports;
mod fit;
mod launch;
pub mod phone;
mod processes;
mod retry;
mod setup;
pub use fit::{assert_rows_do_not_wrap, assert_table_fits, table_fit};
pub use launch::{data_home, launch, log_file, Launch};
use launch::{free_port, Driver};
pub use processes::{app_processes, process_environment, process_name};
pub use setup::{
    activity_with_signups, minutes_from_now, open_honors_round, picker_time, staff, HonorsRound,
    NewActivity, Person,
};

const WAIT: Duration = Duration::from_secs(30);
/// How many times a test tries to start the app before it fails.
const START_ATTEMPTS: u32 = 3;

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The built app: `$WENMING_APP`, else `target/debug/wenming`.
pub fn app_binary() -> PathBuf {
    std::env::var_os("WENMING_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/debug/wenming"))
}

pub struct App {
    pub client: Client,
    driver: Driver,
    pub dir: tempfile::TempDir,
    name: String,
}

impl App {
    /// Starts the app on a fresh, empty database.
    pub async fn start(name: &str) -> App {
        let dir = tempfile::tempdir().unwrap();
        Self::start_in(name, dir).await
    }

    /// Starts the app on the database in `dir` (reopening what an earlier run left).
    pub async fn start_in(name: &str, dir: tempfile::TempDir) -> App {
        let binary = app_binary();
        assert!(
            binary.exists(),
            "build the app first: {} is missing (npm run tauri build -- --debug --bundles deb)",
            binary.display()
        );
        // Should the session request still be dropped (hyper's IncompleteMessage), a fresh
        // driver on fresh ports gets through.
        let mut attempt = 1;
        let started = loop {
            match launch(&binary, dir.path()).await {
                Ok(started) => break started,
                Err(e) if attempt < START_ATTEMPTS => {
                    eprintln!("starting the app failed (attempt {attempt}): {e}; retrying");
                    attempt += 1;
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
                Err(e) => panic!("could not start the app through tauri-driver: {e}"),
            }
        };
        let app = started.into_app(name, dir);
        app.wait_css("#app > *").await;
        // The window is created hidden and shown once the page has set up its first screen.
        app.wait_script(
            "return document.visibilityState === 'visible'",
            "the window is shown",
        )
        .await;
        app
    }

    /// The process id of this window's tauri-driver (the app runs under it).
    pub fn driver_pid(&self) -> u32 {
        self.driver.0.id()
    }

    /// Saves a screenshot of the window as `target/e2e-screenshots/<test>-<what>.png`.
    pub async fn screenshot(&self, what: &str) {
        // Let transitions (dialogs, messages) settle so that the picture shows what a person sees.
        tokio::time::sleep(Duration::from_millis(400)).await;
        // The window's place on the X display, taken by ImageMagick's `import`: WebKit's own
        // screenshot (WebDriver's) never answers when the page is painted without compositing,
        // as the app paints it on Linux (`desktop::paint_without_gpu_compositing`).
        let (x, y, w, h) = self.client.get_window_rect().await.expect("window rect");
        let shot = tokio::process::Command::new("import")
            .args(["-window", "root", "-crop"])
            .arg(format!("{w}x{h}+{x}+{y}"))
            .args(["+repage", "png:-"])
            .output()
            .await
            .expect("ImageMagick's import must be installed (scripts/setup.sh)");
        assert!(
            shot.status.success(),
            "import failed: {}",
            String::from_utf8_lossy(&shot.stderr)
        );
        let png = shot.stdout;
        let dir = workspace_root().join("target/e2e-screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{}-{what}.png", self.name)), png).unwrap();
    }

    /// Waits for a displayed element matching `css`.
    pub async fn wait_css(&self, css: &str) -> Element {
        self.wait_for(css, |_| true).await.0
    }

    async fn wait_for(&self, css: &str, want: impl Fn(&str) -> bool) -> (Element, String) {
        let deadline = Instant::now() + WAIT;
        loop {
            for (e, text) in self.visible(css).await {
                if want(&text) {
                    return (e, text);
                }
            }
            if Instant::now() > deadline {
                self.screenshot("timeout").await;
                panic!(
                    "timed out waiting for `{css}` (screenshot: {}-timeout.png)",
                    self.name
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The elements matching `css` that a person can see, with their rendered text.
    /// (Asked of the page itself: WebKitWebDriver's own displayedness and text miss CJK text in
    /// some layouts.)
    async fn visible(&self, css: &str) -> Vec<(Element, String)> {
        let script = r#"
            return Array.from(document.querySelectorAll(arguments[0]))
                .filter(el => el.getClientRects().length > 0
                    && getComputedStyle(el).visibility !== 'hidden'
                    && !el.closest('[aria-hidden="true"], [style*="display: none"]'))
                .map(el => [el, el.innerText]);
        "#;
        let Ok(found) = self.client.execute(script, vec![json!(css)]).await else {
            return Vec::new();
        };
        let pairs = found.as_array().cloned().unwrap_or_default();
        pairs
            .into_iter()
            .filter_map(|pair| {
                let id = pair[0].as_object()?.values().next()?.as_str()?.to_string();
                let text = pair[1].as_str().unwrap_or_default().to_string();
                Some((
                    Element::from_element_id(self.client.clone(), ElementRef::from(id)),
                    text,
                ))
            })
            .collect()
    }

    /// The displayed element with `data-testid`.
    pub async fn testid(&self, id: &str) -> Element {
        self.wait_css(&format!("[data-testid=\"{id}\"]")).await
    }

    /// Waits until the element with `data-testid` shows text containing `text`; returns its text.
    pub async fn wait_text(&self, id: &str, text: &str) -> String {
        self.wait_row(&format!("[data-testid=\"{id}\"]"), text)
            .await
    }

    /// Waits for a visible element matching `css` whose text contains `text`; returns that text.
    pub async fn wait_row(&self, css: &str, text: &str) -> String {
        self.wait_for(css, |t| t.contains(text)).await.1
    }

    /// Clicks the visible element with `data-testid`, retrying while an animation or an overlay
    /// that is going away still covers it.
    pub async fn click(&self, id: &str) {
        self.click_css(&format!("[data-testid=\"{id}\"]"), |_| true)
            .await
    }

    async fn click_css(&self, css: &str, want: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + WAIT;
        loop {
            let (e, _) = self.wait_for(css, &want).await;
            self.wait_until_still(&e).await;
            match e.click().await {
                Ok(()) => return,
                Err(err) if Instant::now() > deadline => panic!("click {css}: {err}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(150)).await,
            }
        }
    }

    /// Clicks the visible element matching `css` whose text contains `text`.
    pub async fn click_css_text(&self, css: &str, text: &str) {
        self.click_css(css, |t| t.contains(text)).await
    }

    /// Waits until the visible row matching `css` that contains `text` no longer contains `gone`.
    pub async fn wait_for_row_without(&self, css: &str, text: &str, gone: &str) -> String {
        self.wait_for(css, |t| t.contains(text) && !t.contains(gone))
            .await
            .1
    }

    /// Waits until `e` stops moving (a dialog zooming in, a drawer sliding, a dropdown unfolding),
    /// so that a click lands where the element is rather than where it was. Asked of the page's
    /// own animation list, not only of the element's box: on a loaded machine the page may paint
    /// no frame between two looks at the box, so a box that looks still can still be moving. Gives
    /// up waiting after three seconds (a page whose animations never end still gets its click).
    async fn wait_until_still(&self, e: &Element) {
        let script = r#"
            const [el, done] = arguments;
            const until = performance.now() + 3000;
            const moving = () => typeof document.getAnimations === 'function'
                && document.getAnimations().some(a => a.playState === 'running'
                    && Number.isFinite(a.effect && a.effect.getComputedTiming().endTime));
            const box = () => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(); };
            let last = box(), calm = 0;
            const look = () => {
                const now = box();
                calm = !moving() && now === last ? calm + 1 : 0;
                last = now;
                if (calm >= 2 || performance.now() > until) done(true); else setTimeout(look, 60);
            };
            setTimeout(look, 60);
        "#;
        let _ = self.client.execute_async(script, vec![json!(e)]).await;
    }

    /// Clicks the radio or checkbox with `data-testid` until it shows as chosen (`is-checked`): a
    /// click that lands while its dialog is still opening on a slow machine is not lost.
    pub async fn check(&self, id: &str) {
        let chosen = format!("[data-testid=\"{id}\"].is-checked");
        let deadline = Instant::now() + WAIT;
        loop {
            self.click(id).await;
            for _ in 0..20 {
                if !self.visible(&chosen).await.is_empty() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            assert!(Instant::now() < deadline, "{id} does not take the click");
        }
    }

    /// Waits until no element with `data-testid` is visible (a dialog has closed).
    pub async fn wait_gone(&self, id: &str) {
        let deadline = Instant::now() + WAIT;
        while self.shows(id).await {
            if Instant::now() > deadline {
                self.screenshot(&format!("{id}-still-showing")).await;
                panic!("{id} is still showing");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Types into the input (or textarea) of the form control with `data-testid`, replacing its text.
    pub async fn fill(&self, id: &str, text: &str) {
        let css = format!("input[data-testid=\"{id}\"], textarea[data-testid=\"{id}\"], [data-testid=\"{id}\"] input, [data-testid=\"{id}\"] textarea");
        let input = self.wait_css(&css).await;
        // Select all and delete, as a person would: WebDriver's clear() bypasses Vue's v-model.
        input.send_keys("\u{E009}a\u{E000}\u{E003}").await.unwrap();
        if !text.is_empty() {
            input.send_keys(text).await.unwrap();
        }
    }

    /// Opens the Element Plus select with `data-testid` and picks the option labelled `label`.
    pub async fn choose(&self, id: &str, label: &str) {
        self.open_select(id, |t| t.trim() == label).await;
        self.click_css(".el-select-dropdown__item", |t| t.trim() == label)
            .await;
    }

    /// Types `typed` into the remote-search select with `data-testid` and picks the first option
    /// whose text contains `contains`.
    pub async fn pick(&self, id: &str, typed: &str, contains: &str) {
        self.click(id).await;
        self.fill(id, typed).await;
        self.click_css(".el-select-dropdown__item", |t| t.contains(contains))
            .await;
    }

    /// Types a date-time into an Element Plus date picker and confirms it with Enter.
    pub async fn fill_time(&self, id: &str, time: &str) {
        self.fill(id, &format!("{time}\u{E007}")).await;
    }

    /// Clicks the button `button_id` inside the visible row (matching `row_css`) that contains
    /// `text`, retrying while an overlay that is going away still covers it.
    pub async fn click_in_row(&self, row_css: &str, text: &str, button_id: &str) {
        let deadline = Instant::now() + WAIT;
        let inner = format!("[data-testid=\"{button_id}\"]");
        loop {
            let (row, _) = self.wait_for(row_css, |t| t.contains(text)).await;
            let err = match row.find(fantoccini::Locator::Css(&inner)).await {
                Ok(button) => match self.click_when_still(&button).await {
                    Ok(()) => return,
                    Err(e) => e.to_string(),
                },
                Err(e) => e.to_string(),
            };
            if Instant::now() > deadline {
                self.screenshot("timeout").await;
                panic!("click {button_id} in the row with {text}: {err}");
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    async fn click_when_still(&self, e: &Element) -> Result<(), fantoccini::error::CmdError> {
        self.wait_until_still(e).await;
        e.click().await
    }

    /// Runs `script` until it returns `true` (until then it returns what it sees instead);
    /// panics with `what` and the page's last answer after the wait.
    pub async fn wait_script(&self, script: &str, what: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            let seen = self.client.execute(script, vec![]).await.unwrap();
            if seen == serde_json::json!(true) {
                return;
            }
            assert!(Instant::now() < deadline, "{what}: {seen}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// What the start script (ui/public/start.js) left untaken: the commands it asked for whose
    /// answers the app has not taken, or `null` when it did not run (refused by the CSP, say).
    pub async fn start_answers_left(&self) -> serde_json::Value {
        self.client
            .execute(
                "return window.__wenmingStart ? Object.keys(window.__wenmingStart) : null",
                vec![],
            )
            .await
            .unwrap()
    }

    /// How many elements matching `css` are visible right now (no waiting).
    pub async fn count_visible(&self, css: &str) -> usize {
        self.visible(css).await.len()
    }

    /// Whether any visible element has `data-testid` right now (no waiting).
    pub async fn shows(&self, id: &str) -> bool {
        !self
            .visible(&format!("[data-testid=\"{id}\"]"))
            .await
            .is_empty()
    }

    /// Calls a back-end command directly from the page, as a tampered UI could, and returns
    /// `Ok(value)` or `Err(code)`.
    pub async fn invoke(
        &self,
        cmd: &str,
        args: serde_json::Value,
    ) -> Result<serde_json::Value, String> {
        let script = r#"
            const [cmd, args, done] = arguments;
            window.__TAURI_INTERNALS__.invoke(cmd, args)
                .then(v => done({ ok: v === undefined ? null : v }))
                .catch(e => done({ err: (e && e.code) || String(e) }));
        "#;
        let out = self
            .client
            .execute_async(script, vec![json!(cmd), args])
            .await
            .unwrap();
        match out.get("err") {
            Some(code) => Err(code.as_str().unwrap_or_default().to_string()),
            None => Ok(out["ok"].clone()),
        }
    }

    /// At a 投票终端 (route `hash`, e.g. `#/kiosk`): the page can reach nothing but the kiosk — a read
    /// (the staff list) and the organizer command `organizer` are refused with `auth.kiosk_locked` —
    /// and there is no way back: no back button, and history back stays at the kiosk.
    pub async fn assert_kiosk_holds(&self, hash: &str, organizer: (&str, serde_json::Value)) {
        let query = json!({ "query": { "text": "", "department_id": null, "include_inactive": false, "page": 1, "page_size": 5 } });
        let read = self.invoke("list_staff", query).await;
        assert_eq!(
            read.err().as_deref(),
            Some("auth.kiosk_locked"),
            "list_staff at the kiosk"
        );
        let write = self.invoke(organizer.0, organizer.1).await;
        assert_eq!(
            write.err().as_deref(),
            Some("auth.kiosk_locked"),
            "{}",
            organizer.0
        );
        assert!(
            !self.shows("kiosk-back").await,
            "a back button at the kiosk"
        );
        for _ in 0..2 {
            self.client.execute("history.back()", vec![]).await.unwrap();
            tokio::time::sleep(Duration::from_millis(500)).await;
            let url = self.client.current_url().await.unwrap();
            assert!(
                url.as_str().ends_with(hash),
                "history back left the kiosk: {url}"
            );
            self.wait_css("[data-testid=\"kiosk-exit\"]").await;
        }
    }

    /// The name of the 职工 with this 工号 (e.g. from the sample unit).
    pub async fn staff_name(&self, employee_no: &str) -> String {
        let query = json!({ "query": { "text": employee_no, "department_id": null, "include_inactive": false, "page": 1, "page_size": 5 } });
        let page = self.invoke("list_staff", query).await.unwrap();
        page["items"][0]["name"].as_str().unwrap().to_string()
    }

    /// Scrolls the element with `data-testid` into the middle of the window (for a screenshot).
    pub async fn scroll_to(&self, id: &str) {
        let script = "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' });";
        let css = format!("[data-testid=\"{id}\"]");
        self.client.execute(script, vec![json!(css)]).await.unwrap();
    }

    /// The texts of every visible element with `data-testid`, in page order.
    pub async fn texts(&self, id: &str) -> Vec<String> {
        let script = "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());";
        let css = format!("[data-testid=\"{id}\"]");
        let out = self.client.execute(script, vec![json!(css)]).await.unwrap();
        serde_json::from_value(out).unwrap()
    }

    /// Confirms the Element Plus message box now showing with its button labelled `label`.
    pub async fn confirm_box(&self, label: &str) {
        self.click_css_text(".el-message-box__btns .el-button--primary", label)
            .await
    }

    /// The app's second window (the 大屏), once the driver lists it beside `main`.
    pub async fn second_window(
        &self,
        main: &fantoccini::wd::WindowHandle,
    ) -> fantoccini::wd::WindowHandle {
        let deadline = Instant::now() + WAIT;
        loop {
            let handles = self.client.windows().await.unwrap();
            if let Some(h) = handles.into_iter().find(|h| h != main) {
                return h;
            }
            assert!(
                Instant::now() < deadline,
                "the driver never listed the second window"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Closes the window and stops tauri-driver (SIGTERM, so that WebKitWebDriver goes too).
    /// Returns the data folder so that a test can start the app again on the same database.
    pub async fn close(self) -> tempfile::TempDir {
        let _ = self.client.clone().close().await;
        drop(self.driver);
        self.dir
    }
}

/// First start through the UI: names the unit and sets the organizer password; ends in organizer
/// mode on the staff list (where a new unit begins: 载入示例数据 or the first 职工).
pub async fn first_start(app: &App, unit: &str, password: &str) {
    app.fill("setup-unit-name", unit).await;
    app.fill("setup-password", password).await;
    app.fill("setup-password-confirm", password).await;
    app.click("setup-submit").await;
    app.wait_text("mode-tag", "组织者模式").await;
    app.click("nav-staff").await;
}

/// Writes an .xlsx file with `rows` into `dir` and returns its path.
pub fn write_xlsx(dir: &Path, name: &str, rows: &[&[&str]]) -> PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    let path = dir.join(name);
    wb.save(&path).unwrap();
    path
}
