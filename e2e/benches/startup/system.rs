//! What the machine says: private memory of the app's processes, the load, the machine, the
//! UI bundle's sizes.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use wenming_e2e::{app_processes, process_name, App};

use crate::fail;

/// Drops `binary`'s pages from the page cache, so that the app and the template are both read
/// back from disk, as after a restart. A file just written (the app built right before the bench,
/// a copy for a comparison) stays cached in the shape its writing gave it, and a process running
/// it then maps more of its code than when the same file is read back: 1–5 MiB more of the debug
/// app's code pages (docs/PERFORMANCE.md), which count as its private memory. Best effort: where
/// the kernel does not drop them, the bench goes on as before.
pub(crate) fn read_back_from_disk(binary: &Path) {
    use std::os::fd::AsRawFd;
    let Ok(file) = std::fs::File::open(binary) else {
        return;
    };
    // Cached pages not yet written out are not dropped.
    let _ = file.sync_all();
    // SAFETY: a valid open descriptor; the call only advises the kernel about its cache.
    unsafe {
        libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED);
    }
}

/// MiB of private memory (Private_Clean + Private_Dirty) of the process running `binary` under
/// this window's tauri-driver and of every process under it (WebKit's web and network
/// processes), once the window has been still for a moment.
pub(crate) async fn private_memory(app: &App, binary: &Path) -> f64 {
    tokio::time::sleep(Duration::from_millis(500)).await;
    let Some(pids) = app_processes(app.driver_pid(), binary) else {
        fail(&format!(
            "no process of {} under tauri-driver",
            binary.display()
        ))
    };
    if crate::probing() {
        for &pid in &pids {
            eprintln!(
                "  memory: {:>7.1} MiB {}",
                private_kib(pid) as f64 / 1024.0,
                process_name(pid)
            );
            for (mib, mapping) in largest_mappings(pid) {
                eprintln!("            {mib:>7.1} MiB {mapping}");
            }
        }
    }
    let kib: u64 = pids.into_iter().map(private_kib).sum();
    kib as f64 / 1024.0
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

/// The mappings holding the most private memory of a process (anonymous ones by their size, so
/// that the JS heap, the JIT and the malloc arenas tell apart), largest first.
fn largest_mappings(pid: u32) -> Vec<(f64, String)> {
    let Ok(smaps) = std::fs::read_to_string(format!("/proc/{pid}/smaps")) else {
        return Vec::new();
    };
    let mut by_name: BTreeMap<String, u64> = BTreeMap::new();
    let mut name = String::new();
    for line in smaps.lines() {
        let mut words = line.split_whitespace();
        let first = words.next().unwrap_or_default();
        if first.contains('-') && !first.ends_with(':') {
            // "start-end perms offset dev inode [path]"
            let (start, end) = first.split_once('-').unwrap();
            let size = u64::from_str_radix(end, 16).unwrap_or(0)
                - u64::from_str_radix(start, 16).unwrap_or(0);
            let perms = words.next().unwrap_or_default().to_string();
            let path = words.nth(3).unwrap_or("");
            name = if path.is_empty() {
                format!("[anon {perms} {} MiB]", size >> 20)
            } else {
                format!("{path} {perms}")
            };
        } else if first == "Private_Clean:" || first == "Private_Dirty:" {
            let kib: u64 = words.next().and_then(|k| k.parse().ok()).unwrap_or(0);
            *by_name.entry(name.clone()).or_default() += kib;
        }
    }
    let mut all: Vec<(f64, String)> = by_name
        .into_iter()
        .map(|(n, kib)| (kib as f64 / 1024.0, n))
        .collect();
    all.sort_by(|a, b| b.0.total_cmp(&a.0));
    all.truncate(12);
    all
}

pub(crate) fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

pub(crate) fn machine() -> String {
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
pub(crate) fn bundle(dist: &Path) -> Option<Vec<(String, f64)>> {
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
