//! 创建台账 in the real window: the 示例 测评体系 loaded, the coverage tree with the 标准 that have
//! no evidence highlighted, and a 台账 export whose folder tree (with the 签到表's print-ready PDF),
//! .xlsx index and .zip are read back.

use std::path::Path;
use std::time::Duration;

use calamine::Reader;
use serde_json::json;
use wenming_e2e::{first_start, minutes_from_now, App};

const PASSWORD: &str = "wenming-2026";

fn sorted_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn the_coverage_tree_marks_gaps_and_the_export_writes_the_folder_tree_and_its_index() {
    let app = App::start("ledger").await;
    first_start(&app, "市X局", PASSWORD).await;
    // A 诵读 activity held two days ago (set up through the back end).
    let at = minutes_from_now;
    let schedule = json!({
        "signup_opens_at": at(-10_000), "signup_deadline": at(-4_000), "cancel_cutoff": at(-5_000),
        "starts_at": at(-2_880), "ends_at": at(-2_760)
    });
    app.invoke(
        "create_activity",
        json!({ "input": {
            "kind": "reading", "title": "经典诵读会", "description": "", "place": "三楼会议室",
            "schedule": schedule, "capacity": null, "department_ids": [],
            "party_members_only": false, "team_mode": false
        }, "publish": true }),
    )
    .await
    .unwrap();

    app.click("nav-ledger").await;
    app.wait_css("[data-testid=\"ledger-empty\"]").await;
    app.click("ledger-load-sample").await;
    app.wait_css("[data-testid=\"ledger-sample-tag\"]").await;
    // 29 标准; the 诵读 activity is filed under two of them, the other 27 have nothing yet.
    app.wait_text("ledger-coverage-summary", "共 29 条标准，27 条尚无材料")
        .await;
    let gaps = app.texts("coverage-gap").await;
    assert_eq!(gaps.len(), 27, "{gaps:?}");
    let highlighted: i64 = app
        .client
        .execute(
            "return document.querySelectorAll('[data-testid=\"ledger-coverage-tree\"] tr.gap-row').length",
            vec![],
        )
        .await
        .unwrap()
        .as_i64()
        .unwrap();
    assert_eq!(highlighted, 27, "gap rows are highlighted");
    app.screenshot("coverage").await;

    // The export: the draft 说明报告 comes from the records; the folder is read back.
    app.click("ledger-export-open").await;
    // Element Plus puts the test id on the textarea itself.
    let report_ready = "return (document.querySelector('textarea[data-testid=\"ledger-export-report\"]') || {}).value || ''";
    let mut report = String::new();
    for _ in 0..60 {
        report = app
            .client
            .execute(report_ready, vec![])
            .await
            .unwrap()
            .as_str()
            .unwrap_or("")
            .to_string();
        if !report.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(report.contains("共开展活动1次（诵读1次）"), "{report}");
    // Also packed into one .zip beside the folder.
    app.check("ledger-export-zip").await;
    app.click("ledger-export-start").await;
    app.wait_text("ledger-export-result", "已导出到").await;
    app.wait_text("ledger-export-result", ".zip").await;
    // The 签到表 under both of its 指标 as PDF (this machine has a Chinese font).
    app.wait_text("ledger-export-result", "其中 PDF 2 份").await;
    app.screenshot("export").await;

    let exports = app.dir.path().join("exports");
    let folders = sorted_names(&exports);
    assert_eq!(
        folders.len(),
        2,
        "one finished folder and its .zip, no .part left: {folders:?}"
    );
    assert!(folders[0].starts_with("创建台账_"), "{folders:?}");
    assert_eq!(folders[1], format!("{}.zip", folders[0]));
    let root = exports.join(&folders[0]);
    let zip =
        zip::ZipArchive::new(std::fs::File::open(exports.join(&folders[1])).unwrap()).unwrap();
    let in_zip: Vec<String> = zip.file_names().map(|n| n.unwrap().to_string()).collect();
    for inside in [
        "台账索引.xlsx",
        "07_道德经典诵读/01_经典诵读活动/证据索引.xlsx",
    ] {
        let name = format!("{}/{inside}", folders[0]);
        assert!(in_zip.contains(&name), "{name} not in {in_zip:?}");
    }
    let top = sorted_names(&root);
    assert!(
        top.contains(&"台账索引.xlsx".to_string()) && top.contains(&"说明报告.txt".to_string())
    );
    assert!(top.contains(&"01_学雷锋活动".to_string()) && top.contains(&"14_特色指标".to_string()));
    let reading = root.join("07_道德经典诵读").join("01_经典诵读活动");
    let files = sorted_names(&reading);
    assert!(files.contains(&"证据索引.xlsx".to_string()), "{files:?}");
    assert!(files.iter().any(|f| f.contains("签到表")), "{files:?}");
    let pdf = files
        .iter()
        .find(|f| f.starts_with("经典诵读会签到表_") && f.ends_with(".pdf"))
        .unwrap_or_else(|| panic!("no 签到表 PDF in {files:?}"));
    let bytes = std::fs::read(reading.join(pdf)).unwrap();
    assert!(
        bytes.starts_with(b"%PDF-") && bytes.len() > 1_000,
        "{pdf}: {} bytes",
        bytes.len()
    );
    let zipped_pdf = format!("{}/07_道德经典诵读/01_经典诵读活动/{pdf}", folders[0]);
    assert!(in_zip.contains(&zipped_pdf), "{zipped_pdf} not in the .zip");

    let mut wb = calamine::open_workbook_auto(reading.join("证据索引.xlsx")).unwrap();
    let range = wb.worksheet_range("证据索引").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert!(rows[0][0].contains("市X局"), "{:?}", rows[0]);
    let line = rows.iter().find(|r| r[4] == "经典诵读会").unwrap();
    assert_eq!(line[2], "定期组织道德经典诵读活动");
    assert_eq!(line[3], "活动");
}
