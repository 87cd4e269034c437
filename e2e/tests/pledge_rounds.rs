//! 评诺 through the real window: two people have published their pledges; the organizer sets up an
//! anonymous round with three leaders, opens it, prints the slips, opens the 投票终端; three
//! leaders rate at the kiosk with their codes (a spent code refused); the organizer leaves the
//! kiosk with the password, closes the round and sees the grades — and the grade on the person's
//! record and in their points ledger, whose row opens the result. While open, the round is pending
//! work on the 首页.

use serde_json::json;
use wenming_e2e::{first_start, staff, App, Person};

const PASSWORD: &str = "wenming-2026";
const YEAR: i32 = 2026;
const PENDING_ROUND: &str = "[data-testid=\"pending-pledge_round_to_close\"]";

/// The organizer publishes the person's pledge of two items; returns the pledge's id.
async fn publish(app: &App, p: &Person) -> i64 {
    let input = json!({
        "owner": { "kind": "person", "staff_id": p.id },
        "year": YEAR,
        "items": [
            { "kind": "岗位承诺", "content": "按时办结每一件来文", "due_on": format!("{YEAR}-12-31") },
            { "kind": "服务承诺", "content": "窗口服务零投诉", "due_on": format!("{YEAR}-12-31") },
        ],
    });
    let pledge = app
        .invoke("publish_pledge", json!({ "input": input }))
        .await
        .unwrap();
    pledge["id"].as_i64().unwrap()
}

/// At the kiosk: type the code, rate each owner, submit and confirm, and go on to the next rater.
async fn rate(app: &App, code: &str, marks: &[(i64, &str)]) {
    app.fill("kiosk-code", code).await;
    app.click("kiosk-next").await;
    app.wait_css("[data-testid=\"kiosk-sheet\"]").await;
    for (pledge, rating) in marks {
        app.click(&format!("kiosk-rate-{pledge}-{rating}")).await;
    }
    app.click("kiosk-submit").await;
    app.confirm_box("提交评价").await;
    app.wait_text("kiosk-done", "评价成功").await;
    app.click("kiosk-next-voter").await;
    app.wait_css("[data-testid=\"kiosk-code\"]").await;
}

#[tokio::test]
async fn three_raters_at_the_kiosk_give_an_anonymous_round_its_grades() {
    let app = App::start("pledge_rounds").await;
    first_start(&app, "市X局", PASSWORD).await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;
    let a = staff(&app, "W0001").await;
    let b = staff(&app, "W0002").await;
    let pa = publish(&app, &a).await;
    let pb = publish(&app, &b).await;

    // An anonymous round rated by three leaders; the cap on 优秀 shows the tie rule core applies.
    app.click("nav-pledge-rounds").await;
    app.click("pledge-round-add").await;
    app.fill("pledge-round-title", "2026年度评诺").await;
    for no in ["W0010", "W0011", "W0012"] {
        app.pick("pledge-round-leader-pick", no, no).await;
    }
    assert_eq!(app.texts("pledge-round-leader").await.len(), 3);
    app.click("pledge-round-cap").await;
    app.wait_text("pledge-round-tie-rule", "名额线上得分相同的")
        .await;
    app.fill("pledge-round-cap-percent", "50\u{E004}").await;
    app.screenshot("editor").await;
    app.click("pledge-round-save").await;
    app.wait_gone("pledge-round-dialog").await;
    app.wait_text("pledge-round-state", "草稿").await;

    app.click("pledge-round-open").await;
    app.confirm_box("开始评价").await;
    app.wait_text("pledge-round-state", "进行中").await;
    app.wait_text("pledge-rounds", "2 个评价对象").await;
    app.screenshot("rounds").await;

    // While it is open, the round is pending work on the 首页; its link opens the rounds with it.
    app.click("nav-dashboard").await;
    let pending = app.wait_row(PENDING_ROUND, "2026年度评诺").await;
    assert!(pending.contains("2 个评价对象"), "{pending}");
    app.screenshot("home-pending").await;
    app.click_css_text(&format!("{PENDING_ROUND} a"), "2026年度评诺")
        .await;
    app.wait_css("[data-testid=\"pledge-rounds\"] .round.focused")
        .await;
    app.wait_text("pledge-round-state", "进行中").await;

    // The slips: the leaders' three codes (the colleagues of each 科室 get their own), no names.
    app.click("pledge-round-codes").await;
    app.wait_css("[data-testid=\"pledge-slip\"]").await;
    let slips = app.texts("pledge-slip").await;
    let codes: Vec<String> = app
        .texts("pledge-slip-code")
        .await
        .iter()
        .zip(&slips)
        .filter(|(_, slip)| slip.contains("· 领导评价"))
        .map(|(code, _)| code.replace(' ', ""))
        .collect();
    assert_eq!(codes.len(), 3, "{slips:?}");
    let all = slips.join("");
    assert!(
        !all.contains(&a.name) && !all.contains(&b.name),
        "a name on a slip"
    );
    app.screenshot("slips").await;
    app.click("print-back").await;

    // The kiosk: three leaders rate both owners; a spent code is refused.
    app.click("pledge-round-kiosk").await;
    app.wait_text("kiosk-title", "2026年度评诺").await;
    app.fill("kiosk-code", &codes[0]).await;
    app.click("kiosk-next").await;
    app.wait_text("kiosk-sheet", &a.name).await;
    app.wait_text("kiosk-sheet", "按时办结每一件来文").await;
    app.click(&format!("kiosk-rate-{pa}-satisfied")).await;
    app.screenshot("kiosk").await;
    app.click(&format!("kiosk-rate-{pb}-satisfied")).await;
    app.click("kiosk-submit").await;
    app.confirm_box("提交评价").await;
    app.wait_text("kiosk-done", "评价成功").await;
    app.click("kiosk-next-voter").await;
    rate(
        &app,
        &codes[1].to_lowercase(),
        &[(pa, "satisfied"), (pb, "basic")],
    )
    .await;
    rate(&app, &codes[2], &[(pa, "satisfied"), (pb, "basic")]).await;
    app.fill("kiosk-code", &codes[0]).await;
    app.click("kiosk-next").await;
    app.wait_text("kiosk-error", "已经用过").await;
    app.screenshot("kiosk-spent").await;

    app.assert_kiosk_holds(
        "#/kiosk/pledges",
        ("close_pledge_round", json!({ "id": 1 })),
    )
    .await;

    // Leaving needs the organizer password.
    app.click("kiosk-exit").await;
    app.fill("kiosk-password", "guess-guess").await;
    app.click("kiosk-exit-confirm").await;
    app.wait_text("kiosk-exit-error", "密码").await;
    app.fill("kiosk-password", PASSWORD).await;
    app.click("kiosk-exit-confirm").await;
    app.wait_css("[data-testid=\"pledge-rounds\"]").await;

    // Closing shows the result: only the leaders rated, so their weight is all of it.
    app.click("pledge-round-close").await;
    app.confirm_box("结束评价").await;
    app.wait_text("pledge-round-state", "已结束").await;
    app.click("pledge-round-result").await;
    let first = app.wait_text(&format!("pledge-result-{pa}"), "优秀").await;
    assert!(first.contains("100"), "{first}");
    let second = app.wait_text(&format!("pledge-result-{pb}"), "一般").await;
    assert!(second.contains("73.33"), "{second}");
    app.wait_text("pledge-result-table", "无人评价").await;
    app.screenshot("result").await;
    app.click("pledge-print-result").await;
    app.wait_text("pledge-result-print", &a.name).await;
    app.screenshot("result-print").await;
    app.click("print-back").await;

    // The grade on the person's record: their pledge, opened from the 亮诺墙, shows it.
    app.click("nav-pledges").await;
    app.click_css_text("[data-testid=\"pledge-card\"]", &a.name)
        .await;
    app.wait_text("pledge-owner", &a.name).await;
    let record = app.wait_text("pledge-grades", "优秀").await;
    assert!(record.contains("100"), "{record}");
    app.screenshot("grade-on-record").await;

    // The grade counts in the points ledger (优秀: +5), its row opening the round's result.
    app.click("nav-points").await;
    app.click(&format!("points-ledger-{}", a.id)).await;
    app.wait_text("points-ledger-total", "5").await;
    let result = format!("pledge-result-{pa}");
    app.click_opening("ledger-source-pledge_grade-1", &result)
        .await;
    app.wait_text(&result, "优秀").await;

    // Closed, the round is no longer pending on the 首页.
    app.click("nav-dashboard").await;
    app.wait_css("[data-testid=\"dashboard-pending\"]").await;
    assert!(!app.shows("pending-pledge_round_to_close").await);
    app.close().await;
}
