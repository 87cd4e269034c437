//! Gestures that click again when a click was swallowed: a click that lands while a dialog, a
//! drawer or a tab is still moving can be lost on a loaded machine. Each clicks again only while
//! what it should have done has not happened and the thing clicked is still there.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::{App, WAIT};

impl App {
    /// Clicks the button in the row as [`App::click_in_row`] does, and clicks again while the
    /// element with `data-testid` = `opens` has not appeared: on a loaded machine a click that
    /// lands while a tab or an overlay is still moving can be swallowed.
    pub async fn click_in_row_opening(
        &self,
        row_css: &str,
        text: &str,
        button_id: &str,
        opens: &str,
    ) {
        let deadline = Instant::now() + WAIT;
        loop {
            self.click_in_row(row_css, text, button_id).await;
            if self.shows_within(opens, Duration::from_secs(5)).await {
                return;
            }
            if Instant::now() > deadline {
                self.screenshot("timeout").await;
                panic!("clicking {button_id} in the row with {text} never opened {opens}");
            }
        }
    }

    /// Clicks the element with `data-testid` = `id`, and again while it is still there and the
    /// element `opens` has not appeared (a link in a drawer that is still sliding in can swallow
    /// the click).
    pub async fn click_opening(&self, id: &str, opens: &str) {
        let deadline = Instant::now() + WAIT;
        self.click(id).await;
        loop {
            if self.shows_within(opens, Duration::from_secs(5)).await {
                return;
            }
            if self.shows(id).await {
                self.click(id).await;
            } else if self.shows_within(opens, WAIT).await {
                return;
            }
            if Instant::now() > deadline {
                self.screenshot("timeout").await;
                panic!("clicking {id} never opened {opens}");
            }
        }
    }

    /// Clicks a dialog's button (`id`) whose success closes the dialog, and again while the button
    /// still shows after a while without working (a click that lands as the dialog settles can be
    /// swallowed); a button that is busy (`is-loading`) is left to finish.
    pub async fn click_closing(&self, id: &str) {
        let deadline = Instant::now() + WAIT;
        self.click(id).await;
        loop {
            let until = Instant::now() + Duration::from_secs(5);
            while Instant::now() < until {
                if !self.shows(id).await {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(150)).await;
            }
            if Instant::now() > deadline {
                self.screenshot("timeout").await;
                panic!("clicking {id} never closed its dialog");
            }
            let busy = self
                .client
                .execute(
                    "const b = document.querySelector(`[data-testid=\"${arguments[0]}\"]`); return !!b && b.classList.contains('is-loading')",
                    vec![json!(id)],
                )
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            if !busy {
                self.click(id).await;
            }
        }
    }

    /// Whether the element with `data-testid` = `id` shows within `time`.
    async fn shows_within(&self, id: &str, time: Duration) -> bool {
        let until = Instant::now() + time;
        while Instant::now() < until {
            if self.shows(id).await {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        false
    }

    /// Clicks the select with `data-testid` = `id` until one of its options that `want` shows: a
    /// click that lands while the select's dialog is still settling can be lost, and clicking an
    /// open select again would close it, so it clicks again only while no option shows.
    pub(crate) async fn open_select(&self, id: &str, want: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + WAIT;
        loop {
            self.click(id).await;
            let until = Instant::now() + Duration::from_secs(5);
            while Instant::now() < until {
                if self
                    .visible(".el-select-dropdown__item")
                    .await
                    .iter()
                    .any(|(_, text)| want(text))
                {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(150)).await;
            }
            if Instant::now() > deadline {
                self.screenshot("timeout").await;
                panic!("the select {id} never showed the option wanted");
            }
        }
    }
}
