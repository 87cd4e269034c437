//! 综合量化考核 and 首页 in the real window: two people checked in at a 学习, a third given points
//! by hand — refused without a reason, then saved with one — the leaderboard and the ledger showing
//! the reason, the 科室 board per head, and the home page with its two charts, the points top 10 and
//! the pending work that opens its screen.

use std::time::Duration;

use wenming_e2e::{activity_with_signups, first_start, staff, App, NewActivity};

const SIGNUPS: &str = "[data-testid=\"signup-table\"] .data-row";
const PEOPLE: &str = "[data-testid=\"points-people\"] .data-row";
const LEDGER_ROWS: &str = "[data-testid=\"points-ledger\"] .data-row";

/// Closes the ledger drawer by its ✕, as a person would; a click that lands while the drawer is
/// still sliding in is tried again.
async fn close_ledger(app: &App) {
    for _ in 0..5 {
        app.click_css_text(".el-drawer__close-btn, .el-drawer__headerbtn", "")
            .await;
        for _ in 0..20 {
            if !app.shows("points-ledger").await {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    app.wait_gone("points-ledger").await;
}

#[tokio::test]
async fn attendance_and_an_adjustment_with_its_reason_rank_people_on_the_board_and_the_home_page() {
    let app = App::start("points").await;
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;
    let first = staff(&app, "W0011").await;
    let second = staff(&app, "W0012").await;
    let helper = staff(&app, "W0013").await;

    // A 学习 later today; two of the people signed up are checked in.
    activity_with_signups(
        &app,
        NewActivity {
            kind: "study",
            title: "学习党的二十大精神",
            place: "三楼会议室",
            ends_in: 180,
        },
        &[first.id, second.id],
    )
    .await;
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "学习党的二十大精神",
        "activity-link",
    )
    .await;
    for p in [&first, &second] {
        app.click_in_row(SIGNUPS, &p.name, "signup-check-in").await;
        app.wait_for_row_without(SIGNUPS, &p.name, "未签到").await;
    }

    // The leaderboard: one point each for attending.
    app.click("nav-points").await;
    app.wait_text(&format!("points-total-{}", first.id), "1")
        .await;
    app.wait_text(&format!("points-total-{}", second.id), "1")
        .await;

    // The board shows 50 a page; the helper, with no points yet, is found by name.
    app.fill("points-filter", &helper.name).await;
    // An adjustment needs its reason: refused without one, saved with it.
    app.click(&format!("points-adjust-{}", helper.id)).await;
    app.fill("adjust-points", "2.5\u{E004}").await;
    app.click("adjust-save").await;
    app.wait_text("adjust-error", "请填写调整原因").await;
    app.fill("adjust-reason", "协助布置全局大会会场").await;
    app.click("adjust-save").await;
    app.wait_gone("adjust-dialog").await;
    app.wait_text(&format!("points-total-{}", helper.id), "2.5")
        .await;
    app.fill("points-filter", "").await;
    let helper_row = app.wait_row(PEOPLE, &helper.name).await;
    let first_row = app.wait_row(PEOPLE, &first.name).await;
    assert!(helper_row.trim_start().starts_with('1'), "{helper_row}");
    assert!(first_row.trim_start().starts_with('2'), "{first_row}");
    app.screenshot("leaderboard").await;

    // The ledger names the adjustment by its reason, and the attendance by its activity.
    app.click(&format!("points-ledger-{}", helper.id)).await;
    app.wait_text("ledger-adjustment-reason", "协助布置全局大会会场")
        .await;
    app.wait_text("points-ledger-total", "2.5").await;
    // Each row shows the day it counts for.
    let reason_row = app.wait_row(LEDGER_ROWS, "协助布置全局大会会场").await;
    assert!(
        reason_row.contains('年') && reason_row.contains('日'),
        "{reason_row}"
    );
    app.screenshot("ledger").await;
    close_ledger(&app).await;
    app.click(&format!("points-ledger-{}", first.id)).await;
    app.wait_css("[data-testid^=\"ledger-source-attendance-\"]")
        .await;
    close_ledger(&app).await;
    app.click_css_text(".el-tabs__item", "科室").await;
    app.wait_css("[data-testid=\"points-departments\"] .el-table__row")
        .await;
    app.screenshot("departments").await;

    // The home page: both charts drawn, the top 10 led by the helper, and (with the 示例 测评体系
    // loaded) the 标准 without evidence as pending work that opens the 创建台账.
    app.invoke("load_sample_ledger_tree", serde_json::json!({}))
        .await
        .unwrap();
    app.click("nav-dashboard").await;
    app.wait_css("[data-testid=\"dashboard-participation\"] canvas")
        .await;
    app.wait_css("[data-testid=\"dashboard-months\"] canvas")
        .await;
    let top10 = app.wait_text("dashboard-top", &helper.name).await;
    assert!(
        top10.find(&helper.name) < top10.find(&first.name),
        "{top10}"
    );
    let pending = app
        .wait_row(
            "[data-testid=\"pending-standard_without_evidence\"]",
            "学雷锋活动",
        )
        .await;
    assert!(pending.contains('项'), "{pending}");
    app.screenshot("home").await;
    // Scrolled down: the two charts and the top 10, as the organizer sees them below the pending
    // work.
    app.client
        .execute(
            "document.querySelector('[data-testid=\"dashboard-months\"]').scrollIntoView({ block: 'start' })",
            vec![],
        )
        .await
        .unwrap();
    app.screenshot("home-charts").await;
    app.click_css_text(
        "[data-testid=\"pending-standard_without_evidence\"] a",
        "学雷锋活动",
    )
    .await;
    app.wait_text("ledger-coverage-summary", "尚无材料").await;
}
