//! The samples and the markdown report made of them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

use wenming_e2e::workspace_root;

use crate::system::{bundle, load_average, machine};
use crate::{Data, STEPS, TEMPLATE_CLICK};

/// Samples in milliseconds (or MiB), by what they measure.
#[derive(Default)]
pub(crate) struct Samples(BTreeMap<String, Vec<f64>>);

impl Samples {
    pub(crate) fn add(&mut self, key: &str, value: f64) {
        self.0.entry(key.to_string()).or_default().push(value);
    }

    pub(crate) fn get(&self, key: &str) -> Option<&Vec<f64>> {
        self.0.get(key).filter(|v| !v.is_empty())
    }

    pub(crate) fn median(&self, key: &str) -> Option<f64> {
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
    pub(crate) fn cell(&self, key: &str, unit: &str) -> String {
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

    pub(crate) fn ratio(&self, key: &str, floor: &str) -> String {
        match (self.median(key), self.median(floor)) {
            (Some(a), Some(b)) if b > 0.0 => format!("{:.1}×", a / b),
            _ => "—".into(),
        }
    }
}

pub(crate) fn report(s: &Samples, rounds: usize, load_before: String, took: Duration) -> String {
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
            let median = |what: &str| s.median(&format!("{what} {} {}", data.label(), step.name));
            let count = median("count")
                .map(|n| format!(", {n:.0} shown"))
                .unwrap_or_default();
            // A long page's rows in two steps: when the rest were painted too.
            let rest = match (median("count"), median("all count")) {
                (Some(first), Some(all)) if all > first => format!(
                    "; all {all:.0} at {}",
                    s.cell(&format!("all {} {}", data.label(), step.name), "ms")
                ),
                _ => String::new(),
            };
            format!("{}{count}{rest}", s.cell(&key, "ms"))
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
        "\nThe same clicks on the first visit and on a visit again after all the other screens (the screen's code loaded and set up before), logged in as organizer.\n"
    );
    let _ = writeln!(
        r,
        "| click → painted | first visit, {bureau} | visit again, {bureau} | first visit, {large} | visit again, {large} |",
        bureau = Data::Bureau.label(),
        large = Data::Large.label()
    );
    let _ = writeln!(r, "|---|---|---|---|---|");
    for step in STEPS {
        let cell = |what: &str, data: Data| {
            s.cell(&format!("{what} {} {}", data.label(), step.name), "ms")
        };
        let _ = writeln!(
            r,
            "| {} | {} | {} | {} | {} |",
            step.name,
            cell("click", Data::Bureau),
            cell("again", Data::Bureau),
            cell("click", Data::Large),
            cell("again", Data::Large),
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
