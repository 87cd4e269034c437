//! The app's processes as the system lists them (`/proc`): the process running the app's binary
//! under a window's tauri-driver, and WebKit's processes under it.

use std::collections::BTreeMap;
use std::path::Path;

/// The process running `binary` under the tauri-driver `driver`, then every process under it
/// (WebKit's web and network processes); `None` when no such process runs.
pub fn app_processes(driver: u32, binary: &Path) -> Option<Vec<u32>> {
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
    let binary = binary.canonicalize().ok()?;
    let &main = parents.keys().find(|&&pid| {
        under(pid, driver)
            && std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == binary)
    })?;
    Some(
        std::iter::once(main)
            .chain(parents.keys().copied().filter(|&pid| under(pid, main)))
            .collect(),
    )
}

/// The name the system gives the process (`/proc/PID/comm`, at most 15 bytes).
pub fn process_name(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The environment the process started with, `NAME=value` each.
pub fn process_environment(pid: u32) -> Vec<String> {
    std::fs::read(format!("/proc/{pid}/environ"))
        .unwrap_or_default()
        .split(|&b| b == 0)
        .filter(|entry| !entry.is_empty())
        .map(|entry| String::from_utf8_lossy(entry).into_owned())
        .collect()
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
