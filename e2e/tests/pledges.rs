//! 亮诺 · 践诺, driven through the real window: a person publishes a pledge of two items in
//! self-service (one due in the past); the organizer records progress on the other with a photo
//! and marks it 已兑现; the past-due one is marked overdue on the pledge, the 亮诺墙 and the
//! projector view, which Esc leaves.

use chrono::Datelike;
use serde_json::json;
use wenming_e2e::staff;
use wenming_e2e::{first_start, App};

const ITEMS: &str = "[data-testid=\"pledge-items\"] .el-table__row";

#[tokio::test]
async fn a_self_published_pledge_is_carried_out_by_the_organizer_and_its_overdue_item_marked() {
    let app = App::start("pledges").await;
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;
    let person = staff(&app, "W0011").await;
    let other = staff(&app, "W0012").await;
    let today = chrono::Local::now().date_naive();
    let year = today.year();
    let past = (today - chrono::Duration::days(20))
        .format("%Y-%m-%d")
        .to_string();

    // Staff mode: the person chooses themself and publishes their pledge of two items.
    app.click("logout-button").await;
    app.wait_text("mode-tag", "职工模式").await;
    app.click("nav-my-pledge").await;
    app.pick("identify-person", "W0011", "W0011").await;
    app.click("identify-confirm").await;
    app.click("my-pledge-publish").await;
    app.wait_text("pledge-publish-self", &person.name).await;
    app.fill("pledge-item-0-content", "来文来件当日登记、按时办结")
        .await;
    app.click("pledge-item-add").await;
    app.choose("pledge-item-1-kind", "服务承诺").await;
    app.fill("pledge-item-1-content", "完成窗口服务满意度回访")
        .await;
    app.fill_time("pledge-item-1-due", &past).await;
    app.screenshot("self-publish").await;
    app.click("pledge-publish-submit").await;
    app.wait_gone("pledge-publish-dialog").await;
    app.wait_row(ITEMS, "来文来件当日登记").await;
    let late = app.wait_row(ITEMS, "满意度回访").await;
    assert!(late.contains("逾期"), "{late}");

    // The page cannot publish for someone else as this person, nor record as the organizer.
    let for_other = json!({ "staffId": person.id, "pin": null, "input": {
        "owner": { "kind": "person", "staff_id": other.id }, "year": year,
        "items": [{ "kind": "岗位承诺", "content": "代发", "due_on": past }] } });
    assert_eq!(
        app.invoke("self_publish_pledge", for_other)
            .await
            .unwrap_err(),
        "pledges.self_for_others"
    );
    let item_id = app
        .invoke(
            "owner_pledge",
            json!({ "owner": { "kind": "person", "staff_id": person.id }, "year": year }),
        )
        .await
        .unwrap()["items"][0]["id"]
        .as_i64()
        .unwrap();
    let organizer_progress = json!({ "input": { "item_id": item_id, "entry_on": past,
        "text": "冒充组织者", "status": "fulfilled", "progress": 100 } });
    assert_eq!(
        app.invoke("add_pledge_progress", organizer_progress)
            .await
            .unwrap_err(),
        "auth.organizer_required"
    );

    // The organizer opens the pledge from the 亮诺墙 and records progress with a photo.
    app.click("login-button").await;
    app.fill("login-password", "wenming-2026").await;
    app.click("login-submit").await;
    app.wait_text("mode-tag", "组织者模式").await;
    app.click("nav-pledges").await;
    app.wait_text("pledge-card-owner", &person.name).await;
    app.click("pledge-card").await;
    app.wait_text("pledge-owner", &person.name).await;
    app.click_in_row_opening(
        ITEMS,
        "来文来件当日登记",
        "pledge-item-progress",
        "pledge-progress-dialog",
    )
    .await;
    app.click("pledge-progress-status-fulfilled").await;
    app.fill(
        "pledge-progress-text",
        "全年来文412件，当日登记率100%，无超时办结",
    )
    .await;
    app.click("pledge-progress-save").await;
    let photo = wenming_e2e::workspace_root().join("icons/128x128.png");
    let upload = app
        .wait_css("[data-testid=\"pledge-progress-upload\"] input[type=file]")
        .await;
    upload
        .send_keys(&photo.display().to_string())
        .await
        .unwrap();
    app.wait_css("[data-testid=\"pledge-progress-image\"] img")
        .await;
    app.screenshot("progress-photo").await;
    app.click("pledge-progress-done").await;
    app.wait_gone("pledge-progress-dialog").await;

    // 已兑现 (its bar full, shown with a tick), the photo on the timeline; the other item still
    // overdue.
    // The row passes through 进行中 (the progress saved) before 已兑现: wait for the end state.
    let done = app.wait_row(ITEMS, "已兑现").await;
    assert!(done.contains("来文来件当日登记"), "{done}");
    assert!(!done.contains("逾期"), "{done}");
    let late = app.wait_row(ITEMS, "满意度回访").await;
    assert!(late.contains("逾期") && late.contains("未开始"), "{late}");
    app.wait_css("[data-testid=\"pledge-timeline-image\"] img")
        .await;
    app.wait_text("pledge-timeline-text", "当日登记率100%")
        .await;
    app.screenshot("pledge").await;

    // The 亮诺墙: the 科室's section, one item 已兑现, one overdue; filtered to the overdue.
    app.click("pledge-back").await;
    let card = app.wait_text("pledge-card", "已兑现 1/2").await;
    assert!(card.contains("逾期"), "{card}");
    app.screenshot("wall").await;
    app.click("pledge-filter-overdue").await;
    let only = app
        .wait_row("[data-testid=\"pledge-card\"]", "满意度回访")
        .await;
    assert!(!only.contains("来文来件"), "{only}");
    app.click("pledge-filter-clear").await;

    // The summary per 科室 counts them, and the projector shows the 科室 full screen until Esc.
    app.click_css_text(".el-tabs__item", "践诺汇总").await;
    app.wait_row(
        "[data-testid=\"pledge-summary-table\"] .el-table__row",
        "50%",
    )
    .await;
    app.click_css_text(".el-tabs__item", "亮诺墙").await;
    app.click("pledge-projector").await;
    app.wait_text("pledge-projector-pledge", &person.name).await;
    app.wait_css("[data-testid=\"pledge-projector-overdue\"]")
        .await;
    app.screenshot("projector").await;
    app.client
        .active_element()
        .await
        .unwrap()
        .send_keys("\u{E00C}")
        .await
        .unwrap();
    app.wait_css("[data-testid=\"pledge-wall\"]").await;
    app.close().await;
}
