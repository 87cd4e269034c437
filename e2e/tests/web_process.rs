//! The page's own process, as the system shows it: WebKit's web process of the real window starts
//! with the settings the app gives it (desktop.rs): painting on the processor, and its
//! JavaScript engine run as on a small machine (collected sooner, no optimizing compiler).

use wenming_e2e::{app_binary, app_processes, process_environment, process_name, App};

const SETTINGS: [(&str, &str); 4] = [
    ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
    ("JSC_forceRAMSize", "268435456"),
    ("JSC_largeHeapSize", "25165824"),
    ("JSC_useDFGJIT", "false"),
];

#[tokio::test]
async fn the_page_paints_on_the_processor_and_its_engine_runs_as_on_a_small_machine() {
    for (name, _) in SETTINGS {
        assert!(
            std::env::var_os(name).is_none(),
            "run the e2e without {name} set: the app keeps a person's own setting"
        );
    }
    let app = App::start("web-process").await;
    let processes = app_processes(app.driver_pid(), &app_binary())
        .expect("the app's process runs under tauri-driver");
    let web: Vec<u32> = processes
        .into_iter()
        .filter(|&pid| process_name(pid).starts_with("WebKitWebProc"))
        .collect();
    assert!(!web.is_empty(), "the window has a web process");
    for pid in web {
        let environment = process_environment(pid);
        for (name, value) in SETTINGS {
            let setting = format!("{name}={value}");
            assert!(
                environment.contains(&setting),
                "the web process {pid} started without {setting}"
            );
        }
    }
    app.close().await;
}
