//! Each window gets only the grants it uses: every capability file (and any capability written into
//! tauri.conf.json) names one window, `main` or the 大屏 `screen`, and grants exactly the
//! permissions listed for it in ARCHITECTURE.md ("What the main window may call", "What the 大屏
//! window may call"), never to a remote page. A grant added without being listed there —
//! `core:default`, a plugin's `default`, a file-system scope — fails here.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The heading in ARCHITECTURE.md above each window's list.
fn heading(window: &str) -> &'static str {
    match window {
        "main" => "What the main window may call besides the app's own commands",
        "screen" => "What the 大屏 window may call besides its own reads",
        other => panic!("no list in ARCHITECTURE.md for the window {other}"),
    }
}

/// The permission ids listed in ARCHITECTURE.md for `window`: the `- \`id\` — …` lines after the
/// list's heading (none when the heading's paragraph ends without a list).
fn listed(window: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(manifest_dir().join("../ARCHITECTURE.md")).unwrap();
    let start = text
        .find(heading(window))
        .unwrap_or_else(|| panic!("ARCHITECTURE.md lists what the {window} window may call"));
    let mut ids = BTreeSet::new();
    let mut in_list = false;
    for line in text[start..].lines().skip(1) {
        if let Some(rest) = line.strip_prefix("- `") {
            in_list = true;
            let id = rest.split('`').next().unwrap();
            ids.insert(id.to_string());
        } else if in_list || line.trim().is_empty() {
            break;
        }
    }
    ids
}

struct Grant {
    file: String,
    window: String,
    permission: String,
}

fn check_capability(file: &str, cap: &Value, grants: &mut Vec<Grant>) {
    let windows: Vec<&str> = cap["windows"]
        .as_array()
        .unwrap_or_else(|| panic!("{file}: a capability names its windows"))
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    let [window] = windows[..] else {
        panic!("{file}: a capability names one window, not {windows:?}");
    };
    assert!(
        ["main", "screen"].contains(&window),
        "{file}: only the main and the 大屏 windows are granted anything, not {window}"
    );
    assert!(
        cap.get("webviews").is_none(),
        "{file}: no grants by webview"
    );
    assert!(
        cap.get("remote").is_none(),
        "{file}: a remote page is never granted anything"
    );
    for p in cap["permissions"].as_array().unwrap() {
        let permission = match p {
            Value::String(id) => id.clone(),
            // A permission with its own allow / deny scope (e.g. file paths) is more than the list.
            other => panic!("{file}: a scoped permission {other} is not on the list"),
        };
        grants.push(Grant {
            file: file.to_string(),
            window: window.to_string(),
            permission,
        });
    }
}

fn grants() -> Vec<Grant> {
    let mut grants = Vec::new();
    let dir = manifest_dir().join("capabilities");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.ends_with(".json"),
            "{name}: capabilities are JSON here, so that this test reads them all"
        );
        let cap: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        check_capability(&name, &cap, &mut grants);
    }
    for conf in [
        "tauri.conf.json",
        "tauri.linux.conf.json",
        "tauri.windows.conf.json",
    ] {
        let path: &Path = &manifest_dir().join(conf);
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let conf_json: Value = serde_json::from_str(&text).unwrap();
        if let Some(caps) = conf_json["app"]["security"]["capabilities"].as_array() {
            for cap in caps {
                match cap {
                    Value::String(_) => {} // a file above, by its identifier
                    inline => check_capability(conf, inline, &mut grants),
                }
            }
        }
    }
    grants
}

#[test]
fn every_capability_grants_exactly_what_architecture_md_lists() {
    let grants = grants();
    for window in ["main", "screen"] {
        let listed = listed(window);
        let granted: BTreeSet<String> = grants
            .iter()
            .filter(|g| g.window == window)
            .map(|g| g.permission.clone())
            .collect();
        let extra: Vec<String> = grants
            .iter()
            .filter(|g| g.window == window && !listed.contains(&g.permission))
            .map(|g| format!("{} grants {}", g.file, g.permission))
            .collect();
        assert!(
            extra.is_empty(),
            "granted to {window} but not listed in ARCHITECTURE.md (remove the grant, or list it with what uses it): {extra:?}"
        );
        let unused: Vec<&String> = listed.difference(&granted).collect();
        assert!(
            unused.is_empty(),
            "listed for {window} in ARCHITECTURE.md but granted nowhere: {unused:?}"
        );
    }
    assert!(
        !listed("main").is_empty(),
        "the main window's list is empty"
    );
}

#[test]
fn the_screen_window_is_granted_nothing() {
    assert!(listed("screen").is_empty());
    assert!(grants().iter().all(|g| g.window != "screen"));
}

#[test]
fn no_default_permission_set_is_granted() {
    for g in grants() {
        assert!(
            !g.permission.ends_with(":default") && !g.permission.contains(":allow-*"),
            "{} grants the whole set {}",
            g.file,
            g.permission
        );
    }
}
