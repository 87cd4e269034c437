//! The 大屏, driven through the real app: the organizer opens it from a voting round's card; the
//! screen window (a second WebDriver window) shows the turnout as codes used of codes issued and
//! follows the next ballot — cast while the main window is a 投票终端; the screen window itself can
//! call nothing but its view's reads. Then the same screen switched to a 乒乓球 tournament follows
//! a newly entered result, and closes from the organizer's window. Screenshots: `screens-projector-*`.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wenming_e2e::{
    activity_with_signups, first_start, open_honors_round, staff, App, HonorsRound, NewActivity,
};

const PASSWORD: &str = "wenming-2026";

async fn go(app: &App, hash: &str) {
    app.client
        .execute("location.hash = arguments[0]", vec![json!(hash)])
        .await
        .unwrap();
}

/// Casts a ballot for `nomination` with `code` from the main window turned into the kiosk.
async fn cast(app: &App, code: &str, nomination: i64) {
    let ballot = json!({ "code": code, "ballot": { "form": "choose", "chosen": [nomination] } });
    app.invoke("kiosk_cast", ballot).await.unwrap();
}

#[tokio::test]
async fn the_big_screen_follows_the_turnout_and_a_tournament_and_can_do_nothing_else() {
    let app = App::start("screens-projector").await;
    first_start(&app, "市X局", PASSWORD).await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;
    let main = app.client.window().await.unwrap();

    // A round with two ballots already in (cast at the kiosk, which is then left).
    let HonorsRound {
        category,
        round,
        nominations,
        codes,
    } = open_honors_round(&app).await;
    app.invoke("enter_kiosk", json!({ "id": round }))
        .await
        .unwrap();
    cast(&app, &codes[0], nominations[0]).await;
    cast(&app, &codes[1], nominations[1]).await;
    app.invoke("leave_kiosk", json!({ "password": PASSWORD }))
        .await
        .unwrap();

    // 打开大屏 on the round's card.
    go(&app, &format!("#/honors/categories/{category}")).await;
    app.click_css_text(".el-tabs__item", "投票").await;
    app.click("open-screen").await;
    app.wait_css("[data-testid=\"close-screen\"]").await;

    let screen = app.second_window(&main).await;
    app.client.switch_to_window(screen.clone()).await.unwrap();
    app.wait_text("screen-turnout-used", "2").await;
    assert_eq!(app.texts("screen-turnout-issued").await, ["5"]);
    app.wait_text("screen-turnout-percent", "投票率 40%").await;
    app.wait_text("screen-title", "最美志愿者 · 最美志愿者投票")
        .await;
    assert!(!app.shows("frame-aside").await, "no sidebar on the screen");
    app.screenshot("turnout-2").await;

    // The screen window reaches nothing but its view's reads: not the roster, not the kiosk.
    let query = json!({ "query": { "text": "", "department_id": null, "include_inactive": false, "page": 1, "page_size": 5 } });
    let refused = app.invoke("list_staff", query).await;
    assert_eq!(refused.err().as_deref(), Some("screens.window_read_only"));
    let refused = app
        .invoke(
            "open_screen",
            json!({ "view": { "kind": "honors", "year": 2030 } }),
        )
        .await;
    assert_eq!(refused.err().as_deref(), Some("screens.window_read_only"));

    // The main window becomes the 投票终端; the screen follows the next ballot.
    app.client.switch_to_window(main.clone()).await.unwrap();
    app.invoke("enter_kiosk", json!({ "id": round }))
        .await
        .unwrap();
    cast(&app, &codes[2], nominations[0]).await;
    let locked = app
        .invoke("screen_turnout", json!({ "roundId": round }))
        .await;
    assert_eq!(
        locked.err().as_deref(),
        Some("auth.kiosk_locked"),
        "the kiosk stays locked"
    );
    app.client.switch_to_window(screen.clone()).await.unwrap();
    app.wait_text("screen-turnout-used", "3").await;
    app.wait_text("screen-turnout-percent", "投票率 60%").await;
    app.screenshot("turnout-3").await;
    let refused = app
        .invoke("leave_kiosk", json!({ "password": PASSWORD }))
        .await;
    assert_eq!(refused.err().as_deref(), Some("screens.window_read_only"));
    app.client.switch_to_window(main.clone()).await.unwrap();
    app.invoke("leave_kiosk", json!({ "password": PASSWORD }))
        .await
        .unwrap();

    // A 乒乓球 round robin of twelve, one result in; the same screen switched to it. Twelve rows
    // are more than the wall holds: the standings turn in two pages.
    let mut players = Vec::new();
    for n in 21..=32 {
        players.push(staff(&app, &format!("W{n:04}")).await.id);
    }
    let activity = NewActivity {
        kind: "table_tennis",
        title: "职工乒乓球赛",
        place: "活动室",
        ends_in: 300,
    };
    let (activity, _) = activity_with_signups(&app, activity, &players).await;
    let draw = json!({ "activityId": activity, "input": {
        "format": "round_robin", "double": false, "third_place": false, "rounds": null, "groups": null,
        "rules": { "sport": "table_tennis", "best_of": 5, "game_points": 11,
                   "match_points": { "win": 2, "loss": 1, "forfeit_loss": 0 } },
        "seeds": []
    }});
    let t: Value = app.invoke("make_tournament_draw", draw).await.unwrap();
    let matches: Vec<Value> = t["rounds"][0]["matches"].as_array().unwrap().clone();
    let played = |m: &Value| {
        json!({ "matchId": m["id"], "result": { "sport": "table_tennis", "outcome": { "kind": "played",
            "games": [{ "a": 11, "b": 7 }, { "a": 9, "b": 11 }, { "a": 11, "b": 5 }, { "a": 11, "b": 8 }] } } })
    };
    app.invoke("record_match_result", played(&matches[0]))
        .await
        .unwrap();

    go(&app, &format!("#/activities/{activity}/tournament")).await;
    app.wait_text("tournament-title", "职工乒乓球赛").await;
    app.click("open-screen").await;
    app.client.switch_to_window(screen.clone()).await.unwrap();
    app.wait_text("screen-recorded", "已赛 1 / 66 场").await;
    app.wait_text("screen-round", "第 1 轮对阵").await;
    assert_eq!(app.texts("screen-standing").await.len(), 9);
    app.wait_text("screen-tournament-page", "第 1 / 2 页").await;
    assert_eq!(app.texts("screen-match").await.len(), 6);
    app.wait_text("screen-match", "3 : 1").await;
    app.screenshot("tournament-1").await;

    app.client.switch_to_window(main.clone()).await.unwrap();
    app.invoke("record_match_result", played(&matches[1]))
        .await
        .unwrap();
    app.client.switch_to_window(screen.clone()).await.unwrap();
    app.wait_text("screen-recorded", "已赛 2 / 66 场").await;
    app.wait_text("screen-round", "第 1 轮对阵").await;
    app.screenshot("tournament-2").await;

    // 关闭大屏 from the organizer's window: the driver lists one window again.
    app.client.switch_to_window(main.clone()).await.unwrap();
    app.click("close-screen").await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.client.windows().await.unwrap().len() > 1 {
        assert!(Instant::now() < deadline, "the 大屏 did not close");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    app.close().await;
}
