//! 书画展览, driven through the real window: the works entered with their photos, the judges'
//! scores blended with a popular vote cast at the 投票终端 with one-time codes.

use serde_json::json;
use wenming_e2e::contests::{enter_score, marks_adding_to, RESULT_ROWS};
use wenming_e2e::{activity_with_signups, first_start, staff, App, NewActivity};

#[tokio::test]
async fn an_exhibition_blends_the_judges_score_with_a_popular_vote_cast_with_one_time_codes() {
    let app = App::start("contests-exhibition").await;
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;
    let show = NewActivity {
        kind: "exhibition",
        title: "迎新春书画展",
        place: "展厅",
        ends_in: 180,
    };
    activity_with_signups(&app, show, &[]).await;
    let authors = [
        staff(&app, "W0021").await,
        staff(&app, "W0022").await,
        staff(&app, "W0023").await,
    ];

    // The photo of a work goes up with the activity's photos; the works are entered on the judging page.
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "迎新春书画展",
        "activity-link",
    )
    .await;
    app.click_css_text(".el-tabs__item", "照片与文件").await;
    let photo = wenming_e2e::workspace_root().join("icons/128x128.png");
    app.wait_css("[data-testid=\"activity-upload\"] input[type=file]")
        .await
        .send_keys(&photo.display().to_string())
        .await
        .unwrap();
    app.wait_css("[data-testid=\"activity-image\"] img").await;
    app.click("activity-judging").await;
    app.wait_text("judging-tabs", "作品（0）").await;
    let works = ["春山", "墨竹", "兰亭临本"];
    for (i, title) in works.iter().enumerate() {
        app.fill("work-title", title).await;
        app.pick("work-author", &authors[i].name, &authors[i].name)
            .await;
        app.fill("work-medium", if i == 2 { "书法" } else { "国画" })
            .await;
        if i == 0 {
            app.choose("work-photo", "128x128.png").await;
        }
        app.click("work-add").await;
        app.wait_row("[data-testid=\"works-table\"] .el-table__row", title)
            .await;
    }
    app.wait_css("[data-testid=\"works-table\"] .el-image img")
        .await;
    app.screenshot("works").await;

    // Three outside judges score through the back end: 春山 90, 墨竹 80, 兰亭临本 85.
    let activity = app
        .invoke("list_activities", json!({ "query": { "kind": "exhibition", "state": null, "month": null, "department_id": null, "text": "", "page": 1, "page_size": 5 } }))
        .await
        .unwrap()["items"][0]["id"]
        .as_i64()
        .unwrap();
    for name in ["评委甲", "评委乙", "评委丙"] {
        app.invoke(
            "add_judge",
            json!({ "activityId": activity, "input": { "staff_id": null, "name": name } }),
        )
        .await
        .unwrap();
    }
    let contest = app
        .invoke("judged_contest", json!({ "activityId": activity }))
        .await
        .unwrap();
    let entry_ids: Vec<i64> = contest["exhibition"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    for judge in contest["judges"].as_array().unwrap() {
        for (e, total) in entry_ids.iter().zip([90.0, 80.0, 85.0]) {
            enter_score(
                &app,
                activity,
                judge["id"].as_i64().unwrap(),
                *e,
                &marks_adding_to(total),
            )
            .await
            .unwrap();
        }
    }

    // Codes for the popular vote, handed out as slips.
    app.click("judging-back").await;
    app.click("activity-judging").await;
    app.click_css_text(".el-tabs__item", "人气投票").await;
    app.fill("vote-count", "5").await;
    app.click("vote-issue").await;
    app.wait_text("vote-state", "投票中").await;
    let codes: Vec<String> = app
        .client
        .execute(
            "return Array.from(document.querySelectorAll('[data-testid=\"vote-code\"]')).map(e => e.textContent.trim())",
            vec![],
        )
        .await
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 5, "{codes:?}");
    app.screenshot("vote-codes").await;

    // The 投票终端: full screen, locked to this exhibition. Three voters: two for 墨竹, one for
    // 兰亭临本; a used code is refused.
    app.click("vote-kiosk").await;
    app.wait_text("vote-kiosk", "迎新春书画展").await;
    for (code, work) in codes.iter().zip(["墨竹", "墨竹", "兰亭临本"]) {
        app.click_css_text("[data-testid=\"kiosk-work\"]", work)
            .await;
        app.fill("kiosk-code", code).await;
        app.click("kiosk-vote").await;
        app.wait_text("kiosk-thanks", "投票成功").await;
        app.click("kiosk-next").await;
    }
    app.click_css_text("[data-testid=\"kiosk-work\"]", "春山")
        .await;
    app.fill("kiosk-code", &codes[0]).await;
    app.screenshot("kiosk").await;
    app.click("kiosk-vote").await;
    app.wait_text("kiosk-refusal", "已经用过").await;

    // A voter cannot list the unused codes or reach anything else, and cannot go back.
    app.assert_kiosk_holds(
        "#/kiosk/exhibition",
        ("unused_vote_codes", json!({ "activityId": activity })),
    )
    .await;
    app.screenshot("kiosk-locked").await;

    // Leaving needs the organizer password; then the exhibition is shown again.
    app.click("kiosk-exit").await;
    app.fill("kiosk-password", "guess-guess").await;
    app.click("kiosk-exit-confirm").await;
    app.wait_text("kiosk-exit-error", "密码").await;
    app.fill("kiosk-password", "wenming-2026").await;
    app.click("kiosk-exit-confirm").await;

    // Close the vote: the blend decides. 墨竹 80 × 70% + 100 × 30% = 86.00 (first);
    // 兰亭临本 85 × 70% + 50 × 30% = 74.50; 春山 90 × 70% + 0 = 63.00.
    app.click_css_text(".el-tabs__item", "人气投票").await;
    app.wait_text("vote-cast", "3").await;
    app.click("vote-close").await;
    app.click_css_text(".el-message-box__btns .el-button--primary", "")
        .await;
    app.wait_text("vote-state", "已结束").await;
    app.click_css_text(".el-tabs__item", "成绩").await;
    let first = app.wait_row(RESULT_ROWS, "墨竹").await;
    assert!(
        first.contains("80.00")
            && first.contains("100.00")
            && first.contains("86.00")
            && first.contains("一等奖"),
        "{first}"
    );
    let second = app.wait_row(RESULT_ROWS, "兰亭临本").await;
    assert!(second.contains("74.50"), "{second}");
    app.wait_text("results-blend-note", "人气分 × 30%").await;
    app.screenshot("results-blend").await;
    app.close().await;
}
