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
    const phasesOf = () => {
        const nav = performance.getEntriesByType('navigation')[0];
        return {
            phases: nav && ['fetchStart', 'responseEnd', 'domInteractive', 'domContentLoadedEventEnd', 'loadEventEnd']
                .map(k => k + ' ' + Math.round(performance.timeOrigin + nav[k]))
                // The steps the page marks (ui/src/main.ts, App.vue, app/session.ts).
                .concat(performance.getEntriesByType('mark').map(m => m.name + ' ' + Math.round(performance.timeOrigin + m.startTime))),
            origin: performance.timeOrigin,
            kind: nav && nav.type,
        };
    };
    if (found()) return done({ at: Date.now(), already: true, ...phasesOf() });
    const end = performance.now() + timeoutMs;
    let finished = false;
    const check = () => {
        if (finished) return;
        if (found()) {
            finished = true;
            setTimeout(() => done({ at: Date.now(), ...phasesOf() }), 0);
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
/// milliseconds from the click to after that frame, and how many such elements it saw. It then
/// watches on until three frames in a row add none (a long page's rows come in two steps:
/// ui/src/app/rowsInSteps.ts) and answers when the last of them was painted, and how many.
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
    let first = null;
    let all = null;
    let still = 0;
    const t0 = performance.now();
    target.click();
    const settle = () => {
        const count = fresh().length;
        if (count > all.count) {
            still = 0;
            setTimeout(() => { all = { ms: performance.now() - t0, count }; requestAnimationFrame(settle); }, 0);
            return;
        }
        if (++still < 3 && performance.now() - t0 < timeoutMs) return requestAnimationFrame(settle);
        done({
            ...first,
            allMs: all.ms,
            allCount: all.count,
            probe: window.__benchProbe ? window.__benchProbe.since(t0) : undefined,
        });
    };
    const check = () => {
        if (finished) return;
        const seen = fresh();
        if (seen.length > 0) {
            finished = true;
            setTimeout(() => {
                first = { ms: performance.now() - t0, count: seen.length };
                all = { ...first };
                requestAnimationFrame(settle);
            }, 0);
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

/// With `BENCH_PROBE` set, installed before each click: records what happens after it (each IPC
/// call, each script or style fetched, DOM changes, frames), for the report to say where a
/// click's time goes. Times are ms from the click.
const PROBE: &str = r#"
    if (!window.__benchProbe) {
        const log = [];
        // Tauri's IPC goes through fetch (ipc://localhost/<command>).
        const fetch0 = window.fetch.bind(window);
        window.fetch = (url, ...rest) => {
            const start = performance.now();
            const p = fetch0(url, ...rest);
            const name = String(url).split('/').pop();
            p.finally(() => log.push(['fetch ' + name, start, performance.now()]));
            return p;
        };
        // The router's steps: its lazy screens are loaded before beforeResolve.
        const router = document.querySelector('#app')?.__vue_app__?.config.globalProperties.$router;
        if (router) {
            let start = 0;
            router.beforeEach(() => { start = performance.now(); });
            router.beforeResolve(() => { log.push(['route: screen loaded', start, performance.now()]); });
            router.afterEach(() => { log.push(['route: done', start, performance.now()]); });
        }
        // Components that take long to set up and mount, or to unmount (those set up after this
        // script: a global mixin reaches only components not set up before).
        const app = document.querySelector('#app')?.__vue_app__;
        if (app) {
            const name = vm => vm.$options.__name || vm.$options.name || '?';
            app.mixin({
                beforeCreate() { this.__benchStart = performance.now(); },
                mounted() {
                    const end = performance.now();
                    if (end - this.__benchStart > 15) log.push(['mount ' + name(this), this.__benchStart, end]);
                },
                beforeUnmount() { this.__benchGone = performance.now(); },
                unmounted() {
                    const end = performance.now();
                    if (end - this.__benchGone > 15) log.push(['unmount ' + name(this), this.__benchGone, end]);
                },
            });
        }
        // Forced layouts (a script reading a size or a style while the page has changes not yet
        // laid out) that take more than 4 ms, with the first callers of the reading.
        const caller = () => (new Error().stack || '').split('\n').slice(2, 5)
            .map(l => l.replace(/\w+:\/\/[^/]+\/assets\//, '').slice(0, 50)).join(' < ');
        const timed = (what, read) => {
            const a = performance.now(), v = read(), b = performance.now();
            if (b - a > 4) log.push(['layout ' + what + ' ' + caller(), a, b]);
            return v;
        };
        for (const prop of ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft', 'clientWidth', 'clientHeight', 'scrollHeight', 'scrollWidth']) {
            const d = Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop) || Object.getOwnPropertyDescriptor(Element.prototype, prop);
            if (!d || !d.get) continue;
            Object.defineProperty(HTMLElement.prototype, prop, { ...d, get() { return timed(prop, () => d.get.call(this)); } });
        }
        const rect = Element.prototype.getBoundingClientRect;
        Element.prototype.getBoundingClientRect = function () { return timed('getBoundingClientRect', () => rect.call(this)); };
        const style = window.getComputedStyle;
        window.getComputedStyle = (...args) => timed('getComputedStyle', () => style(...args));
        // Scripts and styles the page adds (Vite's preloads of a lazy screen).
        new MutationObserver(list => {
            for (const m of list) for (const n of m.addedNodes) {
                if (n.tagName !== 'LINK') continue;
                const start = performance.now();
                n.addEventListener('load', () => log.push(['load ' + n.href.split('/').pop(), start, performance.now()]));
            }
        }).observe(document.head, { childList: true });
        let mutations = 0;
        new MutationObserver(list => {
            mutations += list.length;
            log.push(['dom', performance.now(), performance.now(), list.length]);
        }).observe(document.body, { childList: true, subtree: true });
        const frame = t => { log.push(['frame', t, t]); requestAnimationFrame(frame); };
        requestAnimationFrame(frame);
        window.__benchProbe = {
            since(t0) {
                const out = [];
                let dom = null, lastFrame = t0, gaps = [];
                for (const [what, a, b, n] of log) {
                    if (a < t0) continue;
                    if (what === 'frame') { if (a - lastFrame > 30) gaps.push(Math.round(lastFrame - t0) + '→' + Math.round(a - t0)); lastFrame = a; continue; }
                    if (what === 'dom') { dom = dom || [a, b, 0]; dom[1] = b; dom[2] += n; continue; }
                    out.push(what + ' ' + Math.round(a - t0) + '–' + Math.round(b - t0));
                }
                if (dom) out.push('dom changes ' + Math.round(dom[0] - t0) + '–' + Math.round(dom[1] - t0) + ' (' + dom[2] + ')');
                out.push('frames slower than 30 ms: ' + gaps.join(', '));
                log.length = 0;
                return out;
            },
        };
    }
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
                if crate::probing() {
                    let origin = v["origin"].as_f64().unwrap_or_default();
                    eprintln!(
                        "  launch: page's time origin at {:.0} ms ({})",
                        origin - zero,
                        v["kind"].as_str().unwrap_or("?")
                    );
                    for phase in v["phases"].as_array().into_iter().flatten() {
                        let phase = phase.as_str().unwrap_or_default();
                        // A mark's name has spaces; the time is last.
                        if let Some((name, at)) = phase.rsplit_once(' ') {
                            let at: f64 = at.parse().unwrap_or_default();
                            eprintln!("    {name} {:.0} ms", at - zero);
                        }
                    }
                    eprintln!(
                        "    shown in a frame {:.0} ms{}",
                        at - zero,
                        if v["already"].as_bool() == Some(true) {
                            " (already)"
                        } else {
                            ""
                        }
                    );
                }
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
    /// From the click to the frame that showed the last of them (the same frame for most screens).
    pub(crate) all_ms: f64,
    /// How many there were then.
    pub(crate) all_count: u64,
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
    if crate::probing() {
        if let Err(e) = app.client.execute(PROBE, vec![]).await {
            fail(&format!("probe: {e}"));
        }
    }
    match app.client.execute_async(CLICK_TO_SHOWN, args).await {
        Ok(v) if v.get("ms").is_some() => {
            let ms = v["ms"].as_f64().unwrap_or_default();
            if let Some(probe) = v["probe"].as_array() {
                eprintln!("  {} {ms:.0} ms:", step.name);
                for line in probe {
                    eprintln!("    {}", line.as_str().unwrap_or_default());
                }
            }
            Some(Click {
                ms,
                count: v["count"].as_u64().unwrap_or_default(),
                all_ms: v["allMs"].as_f64().unwrap_or(ms),
                all_count: v["allCount"].as_u64().unwrap_or_default(),
            })
        }
        Ok(v) if v.get("skipped").is_some() => None,
        Ok(v) => {
            app.screenshot("bench-timeout").await;
            fail(&format!("{}: {v} (screenshot: bench-timeout)", step.name))
        }
        Err(e) => fail(&format!("{}: {e}", step.name)),
    }
}
