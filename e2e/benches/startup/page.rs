//! The page's side of the timings: scripts that watch each frame for what the screen shows.

use std::time::{Duration, Instant, UNIX_EPOCH};

use serde_json::json;
use wenming_e2e::fantoccini::wd::TimeoutConfiguration;
use wenming_e2e::{App, Launch};

use crate::{fail, Step, DEADLINE};

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
pub(crate) async fn time_to_first(launch: &Launch, selector: &str) -> f64 {
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

/// What one timed click measured.
pub(crate) struct Click {
    /// From the click to the frame that shows the target.
    pub(crate) ms: f64,
    /// How many target elements that frame showed.
    pub(crate) count: u64,
}

/// Clicks as [`CLICK_TO_SHOWN`] says; what it measured, or `None` for an optional step with
/// nothing to click.
pub(crate) async fn time_click(app: &App, step: &Step) -> Option<Click> {
    let timeout = json!(DEADLINE.as_millis() as u64);
    let args = vec![
        json!(step.click),
        json!(step.shows),
        json!(step.optional),
        timeout,
    ];
    match app.client.execute_async(CLICK_TO_SHOWN, args).await {
        Ok(v) if v.get("ms").is_some() => Some(Click {
            ms: v["ms"].as_f64().unwrap_or_default(),
            count: v["count"].as_u64().unwrap_or_default(),
        }),
        Ok(v) if v.get("skipped").is_some() => None,
        Ok(v) => {
            app.screenshot("bench-timeout").await;
            fail(&format!("{}: {v} (screenshot: bench-timeout)", step.name))
        }
        Err(e) => fail(&format!("{}: {e}", step.name)),
    }
}
