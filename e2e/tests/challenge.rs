//! 健步走 in the real window: the organizer sets up a steps challenge on a 全民健身 activity, a
//! person enters today's steps in 职工自助 (an over-bound count is refused with its reason on
//! screen), the organizer fills the downloaded template and imports it, and the people and 科室
//! rankings (per head) show.

use calamine::{Data, Reader};
use serde_json::json;
use wenming_e2e::{first_start, minutes_from_now, staff, App};

const PASSWORD: &str = "wenming-2026";

#[tokio::test]
async fn a_walking_challenge_is_set_up_entered_imported_and_ranked() {
    let app = App::start("challenge").await;
    first_start(&app, "市X局", PASSWORD).await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;

    // A 全民健身 activity from today for a week, three people signed up by the organizer.
    let today = chrono::Local::now().date_naive();
    let end = today + chrono::Days::new(6);
    let at = minutes_from_now;
    let schedule = json!({
        "signup_opens_at": at(-120), "signup_deadline": at(3), "cancel_cutoff": at(2),
        "starts_at": at(4), "ends_at": format!("{end}T23:00:00")
    });
    let activity = app
        .invoke(
            "create_activity",
            json!({ "input": {
                "kind": "fitness", "title": "健步走", "description": "", "place": "",
                "schedule": schedule, "capacity": null, "department_ids": [],
                "party_members_only": false, "team_mode": false
            }, "publish": true }),
        )
        .await
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let walkers = [
        staff(&app, "W0001").await,
        staff(&app, "W0002").await,
        staff(&app, "W0003").await,
    ];
    for p in &walkers {
        app.invoke(
            "sign_up_for",
            json!({ "activityId": activity, "staffId": p.id }),
        )
        .await
        .unwrap();
    }

    // The organizer sets the challenge up on the activity's page.
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "健步走",
        "activity-link",
    )
    .await;
    app.click("activity-challenge").await;
    app.wait_text("challenge-empty", "还没有设置挑战").await;
    app.click("challenge-setup").await;
    app.fill_time("challenge-starts-on", &today.to_string())
        .await;
    app.fill_time("challenge-ends-on", &end.to_string()).await;
    app.screenshot("setup").await;
    app.click("challenge-setup-save").await;
    app.wait_text("challenge-period", "共 7 天").await;

    // In staff mode a person chooses themselves and enters today's steps; 120000 is refused.
    app.click("logout-button").await;
    app.wait_text("mode-tag", "职工模式").await;
    app.click("my-challenge-choose").await;
    app.pick("identify-person", "W0001", "W0001").await;
    app.click("identify-confirm").await;
    app.testid("my-challenge-day").await;
    app.fill("my-challenge-amount", "120000").await;
    app.click("my-challenge-submit").await;
    let refused = app
        .wait_text("my-challenge-error", "超出了每天 0–100000 步")
        .await;
    assert!(refused.contains("120000 步"), "{refused}");
    app.screenshot("over-bound").await;
    app.fill("my-challenge-amount", "8000").await;
    app.click("my-challenge-submit").await;
    app.wait_row(
        "[data-testid=\"my-challenge-entries\"] .el-table__row",
        "8000",
    )
    .await;
    app.wait_text("my-challenge-rank", "第 1 名").await;
    app.screenshot("entered").await;

    // The organizer downloads the template, fills it and imports it.
    app.click("login-button").await;
    app.fill("login-password", PASSWORD).await;
    app.click("login-submit").await;
    app.wait_text("mode-tag", "组织者模式").await;
    app.click("challenge-template").await;
    app.wait_text("challenge-template-result", ".xlsx").await;
    // As after every export: 打开 and 打开所在文件夹 beside 另存到….
    app.testid("challenge-template-open").await;
    app.testid("challenge-template-folder").await;
    let template = std::fs::read_dir(app.dir.path().join("exports"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut wb = calamine::open_workbook_auto(&template).unwrap();
    let rows: Vec<Vec<Data>> = wb
        .worksheet_range("填报")
        .unwrap()
        .rows()
        .map(|r| r.to_vec())
        .collect();
    assert_eq!(rows[0][0].to_string(), "工号");
    assert_eq!(rows[0][2].to_string(), today.to_string());
    assert_eq!(rows.len(), 4, "the header and the three walkers");
    // The filled copy: today's column for everyone (W0001's 8000 kept), a bad cell first.
    let fill = |bad: bool| {
        let mut out = rust_xlsxwriter::Workbook::new();
        let sheet = out.add_worksheet();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                sheet
                    .write_string(r as u32, c as u16, cell.to_string())
                    .unwrap();
            }
        }
        let amounts = ["8000", if bad { "abc" } else { "15000" }, "6000"];
        for (i, a) in amounts.iter().enumerate() {
            sheet.write_string(i as u32 + 1, 2, *a).unwrap();
        }
        let path = app
            .dir
            .path()
            .join(if bad { "坏.xlsx" } else { "填报.xlsx" });
        out.save(&path).unwrap();
        path
    };
    let (bad, good) = (fill(true), fill(false));

    app.click("challenge-import").await;
    let upload = app
        .wait_css("[data-testid=\"challenge-import-upload\"] input[type=file]")
        .await;
    upload.send_keys(&bad.display().to_string()).await.unwrap();
    let problem = app
        .wait_row(
            "[data-testid=\"challenge-import-problems\"] .el-table__row",
            "不是数字",
        )
        .await;
    let cells: Vec<&str> = problem.lines().collect();
    let day = today.to_string();
    assert_eq!(
        cells,
        ["3", "C", day.as_str(), "abc", "“abc”不是数字，请填写步数"],
        "row 3, column C (W0002's day) named with its reason"
    );
    app.screenshot("import-bad-cell").await;
    let upload = app
        .wait_css("[data-testid=\"challenge-import-upload\"] input[type=file]")
        .await;
    upload.send_keys(&good.display().to_string()).await.unwrap();
    app.wait_text("challenge-import-read", "3 人、3 个数").await;
    app.click("challenge-import-confirm").await;
    app.wait_gone("challenge-import-dialog").await;

    // The rankings: people by total, 科室 per head.
    let first = app
        .wait_row("[data-testid=\"challenge-people\"] .el-table__row", "15000")
        .await;
    assert!(first.starts_with('1'), "{first}");
    app.testid("challenge-people-chart").await;
    app.screenshot("people").await;
    app.click_css_text(".el-tabs__item", "科室排名").await;
    app.testid("challenge-departments-chart").await;
    app.wait_row(
        "[data-testid=\"challenge-departments\"] .el-table__row",
        "1",
    )
    .await;
    app.screenshot("departments").await;
    app.close().await;
}
