//! 职工自助 PINs in the real window: the organizer issues PINs for one 科室 in 设置, prints the
//! sealed slips (name outside, PIN inside), and a PIN from a slip is the one that opens that
//! person's 我的活动.

use serde_json::json;
use wenming_e2e::{first_start, staff, App};

const PASSWORD: &str = "wenming-2026";

#[tokio::test]
async fn the_organizer_issues_pins_for_a_department_and_prints_sealed_slips() {
    let app = App::start("pin-slips").await;
    first_start(&app, "市X局", PASSWORD).await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;

    app.click("nav-settings").await;
    app.click("settings-pins-enabled").await;
    app.testid("pin-batch").await;
    app.choose("pin-batch-department", "办公室").await;
    app.screenshot("batch-card").await;
    app.click("pin-batch-generate").await;
    app.confirm_box("生成").await;

    // The print view: one slip per person of 办公室, name outside, a six-digit PIN inside.
    app.testid("pin-slips-count").await;
    let names = app.texts("pin-slip-name").await;
    let pins = app.texts("pin-slip-pin").await;
    assert!(!names.is_empty(), "no slips printed");
    assert_eq!(names.len(), pins.len());
    for pin in &pins {
        let digits: String = pin.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(
            digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit()),
            "{pin:?}"
        );
    }
    assert!(app
        .wait_text("pin-slips-count", &format!("共 {} 人", names.len()))
        .await
        .contains("个人 PIN 密封条"));
    app.screenshot("slips").await;

    // The PIN on a slip opens that person's self-service, and only theirs.
    let meta = app.texts("pin-slip-meta").await;
    assert!(meta[0].contains("办公室"), "{meta:?}");
    let employee_no = meta[0].rsplit("工号").next().unwrap().trim();
    let first = staff(&app, employee_no).await;
    assert_eq!(first.name, names[0]);
    let first = first.id;
    let pin: String = pins[0].chars().filter(|c| !c.is_whitespace()).collect();
    app.invoke("logout", json!({})).await.unwrap();
    assert!(app
        .invoke("my_activities", json!({ "staffId": first, "pin": pin }))
        .await
        .is_ok());
    assert_eq!(
        app.invoke("my_activities", json!({ "staffId": first, "pin": null }))
            .await
            .unwrap_err(),
        "auth.pin_required"
    );
    app.close().await;
}
