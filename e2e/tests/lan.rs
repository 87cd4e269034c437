//! 手机参与 in the real app: the organizer turns phones on for 活动报名 and 投票 on the 手机参与
//! screen; a phone (plain HTTP, on the loopback only) is refused with a guessed token and a wrong
//! PIN, logs in with 工号 + PIN and signs up, and the window's 报名名单 shows the sign-up; a
//! ballot sent with a one-time code and no session counts once; 关闭 stops the server. The phone
//! page is shown at phone size in WebKit for a screenshot.

use serde_json::json;
use wenming_e2e::phone::{screenshot_page, Phone};
use wenming_e2e::{
    activity_with_signups, first_start, open_honors_round, staff, App, HonorsRound, NewActivity,
};

const PASSWORD: &str = "wenming-2026";
const PIN: &str = "246810";
const SIGNUPS: &str = "[data-testid=\"signup-table\"] .data-row";

#[tokio::test]
async fn a_phone_signs_up_and_votes_over_the_lan_and_the_window_shows_it() {
    let app = App::start("lan").await;
    first_start(&app, "市X局", PASSWORD).await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;
    let person = staff(&app, "W0005").await;
    // Personal PINs on in 设置 (phones log in with them).
    app.click("nav-settings").await;
    app.click("settings-pins-enabled").await;
    app.testid("pin-batch").await;
    app.invoke("set_staff_pin", json!({ "staffId": person.id, "pin": PIN }))
        .await
        .unwrap();
    let (activity, _) = activity_with_signups(
        &app,
        NewActivity {
            kind: "volunteer",
            title: "社区义诊志愿服务",
            place: "幸福社区",
            ends_in: 240,
        },
        &[],
    )
    .await;
    let HonorsRound {
        round,
        nominations,
        codes,
        ..
    } = open_honors_round(&app).await;

    // The organizer turns phones on for 活动报名 and 投票.
    app.click("nav-lan").await;
    // 活动报名 and 我的活动 are ticked unless chosen otherwise.
    app.click("lan-purpose-my_activities").await;
    app.click("lan-purpose-vote").await;
    app.click("lan-start").await;
    let url = app.wait_text("lan-url", "/m/").await;
    app.testid("lan-qr").await;
    app.screenshot("on").await;
    let mut phone = Phone::for_url(&url);

    // The QR code and the address on the 大屏, for the room to scan.
    let main = app.client.window().await.unwrap();
    app.click("open-screen").await;
    let screen = app.second_window(&main).await;
    app.client.switch_to_window(screen).await.unwrap();
    let shown = app.wait_text("screen-phone-url", "/m/").await;
    assert_eq!(shown.trim(), url.trim());
    app.testid("screen-phone-qr").await;
    app.screenshot("screen-qr").await;
    app.client.switch_to_window(main).await.unwrap();
    app.click("close-screen").await;

    // A guessed token finds nothing; a wrong PIN is refused and says so.
    let guessed = phone.with_prefix("/m/0123456789abcdef/");
    assert_eq!(guessed.get("api/info").status, 404);
    assert_eq!(guessed.get("").status, 404);
    let wrong = phone.login("W0005", "000000");
    assert_eq!(wrong.status, 403, "{}", wrong.text);
    assert_eq!(wrong.code(), "auth.wrong_pin");
    assert!(wrong.json["message"].as_str().unwrap().contains("PIN"));

    // The page itself is served under the token.
    let page = phone.get("");
    assert_eq!(page.status, 200);
    assert!(page.text.contains("<div id="), "{}", page.text);

    // Logged in, the person signs up for the activity.
    let login = phone.login("W0005", PIN);
    assert_eq!(login.status, 200, "{}", login.text);
    assert_eq!(login.json["name"], person.name.as_str());
    let open = phone.get("api/activities");
    assert_eq!(open.status, 200, "{}", open.text);
    assert!(open.text.contains("社区义诊志愿服务"), "{}", open.text);
    let signed = phone.post(&format!("api/activities/{activity}/signup"), json!({}));
    assert_eq!(signed.status, 200, "{}", signed.text);
    assert_eq!(signed.json["status"], "confirmed", "{}", signed.text);
    // A purpose not switched on, and an organizer command, are not there.
    assert_eq!(phone.get("api/pledges/mine").code(), "lan.purpose_off");
    assert_eq!(
        phone
            .post("api/create_activity", json!({ "input": {} }))
            .status,
        404
    );

    // The window shows the sign-up in the 报名名单.
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "社区义诊志愿服务",
        "activity-link",
    )
    .await;
    app.wait_row(SIGNUPS, &person.name).await;
    app.screenshot("signup-in-window").await;

    // A ballot by one-time code, without any session: counted once, the code spent.
    let voter = phone.anonymous();
    let ballot =
        json!({ "code": codes[0], "ballot": { "form": "choose", "chosen": [nominations[0]] } });
    let cast = voter.post(&format!("api/votes/{round}/cast"), ballot.clone());
    assert_eq!(cast.status, 200, "{}", cast.text);
    let again = voter.post(&format!("api/votes/{round}/cast"), ballot);
    assert_ne!(again.status, 200, "a code is spent once: {}", again.text);
    let turnout = app
        .invoke("voting_turnout", json!({ "id": round }))
        .await
        .unwrap();
    assert_eq!(turnout["used"], 1, "{turnout}");

    // The phone page at a phone's size.
    let home = screenshot_page(
        &phone.page_url(),
        "[data-testid=\"phone-home\"]",
        "lan-phone-home",
    )
    .await;
    assert!(home.contains("市X局"), "{home}");

    // 关闭: the server is gone at once.
    app.click("nav-lan").await;
    app.click("lan-stop").await;
    app.confirm_box("关闭").await;
    app.testid("lan-off").await;
    assert_eq!(
        phone.get("api/info").status,
        0,
        "nothing answers after 关闭"
    );
    app.close().await;
}
