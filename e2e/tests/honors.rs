//! 评先选优, driven through the real window: a category with 名额 2 and 3 candidates, a round
//! for 5 voters (listed by 科室, one taken off and put back by editing the draft), the code slips, five ballots at the kiosk (a reused code refused), closing, the
//! result with the elected and the 公示.

use wenming_e2e::{first_start, App};

const PASSWORD: &str = "wenming-2026";
const NOMINATIONS: &str = "[data-testid=\"nomination-table\"] .el-table__row";
const TALLY: &str = "[data-testid=\"tally-table\"] .el-table__row";

/// At the kiosk: type the code, tick the named candidates, submit and confirm.
async fn vote(app: &App, code: &str, names: &[&str]) {
    app.fill("kiosk-code", code).await;
    app.click("kiosk-next").await;
    for name in names {
        app.click_css_text("[data-testid=\"kiosk-choices\"] .el-checkbox", name)
            .await;
    }
    app.wait_text("kiosk-count", &format!("已选 {} / 2", names.len()))
        .await;
    app.click("kiosk-submit").await;
    app.confirm_box("提交选票").await;
    app.wait_text("kiosk-done", "投票成功").await;
    app.click("kiosk-next-voter").await;
    app.wait_css("[data-testid=\"kiosk-code\"]").await;
}

/// The id of the 职工 with this 工号.
async fn staff_id(app: &App, employee_no: &str) -> i64 {
    let query = serde_json::json!({ "query": { "text": employee_no, "department_id": null, "include_inactive": false, "page": 1, "page_size": 5 } });
    let page = app.invoke("list_staff", query).await.unwrap();
    page["items"][0]["id"].as_i64().unwrap()
}

#[tokio::test]
async fn five_voters_elect_two_of_three_at_the_kiosk_and_the_result_goes_to_publicity() {
    let app = App::start("honors").await;
    first_start(&app, "市X局", PASSWORD).await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;
    let mut names = Vec::new();
    for no in ["W0001", "W0002", "W0003"] {
        names.push(app.staff_name(no).await);
    }
    let (a, b, c) = (names[0].as_str(), names[1].as_str(), names[2].as_str());

    // A category of our own with two places.
    app.click("nav-honors").await;
    app.wait_css("[data-testid=\"honors-empty\"]").await;
    app.click("honors-add").await;
    app.fill("category-name", "最美志愿者").await;
    app.fill("category-quota", "2").await;
    app.click("category-save").await;
    app.wait_gone("category-dialog").await;
    app.wait_row(
        "[data-testid=\"honors-categories\"] .data-row",
        "最美志愿者",
    )
    .await;
    app.screenshot("list").await;
    app.click_css_text(
        "[data-testid=\"honors-categories\"] .data-row td",
        "最美志愿者",
    )
    .await;
    app.wait_text("category-title", "最美志愿者").await;

    // Three nominations, each passing 资格审查: a 差额 list of 3 for 2 places.
    for no in ["W0001", "W0002", "W0003"] {
        app.click("nomination-add").await;
        app.pick("nomination-person", no, no).await;
        app.fill("nomination-deeds", "常年参加志愿服务，热心帮助群众。")
            .await;
        app.click("nomination-save").await;
        app.wait_gone("nomination-dialog").await;
    }
    for name in [a, b, c] {
        app.click_in_row(NOMINATIONS, name, "nomination-pass").await;
        app.wait_for_row_without(NOMINATIONS, name, "待审查").await;
    }
    app.wait_text("candidate-summary", "差额").await;
    // A nomination opens to its 事迹材料 and photos.
    app.click_css_text(
        "[data-testid=\"nomination-table\"] .el-table__row .el-table__expand-icon",
        "",
    )
    .await;
    app.wait_css("[data-testid=\"nomination-upload\"]").await;
    app.screenshot("nominations").await;

    // A round for five chosen voters.
    app.click_css_text(".el-tabs__item", "投票").await;
    app.click("round-add").await;
    app.click("round-whole-roster").await;
    for no in ["W0010", "W0011", "W0012", "W0013", "W0014"] {
        app.pick("round-person", no, no).await;
    }
    app.wait_text("round-dialog", "应到 5 人").await;
    app.click("round-save").await;
    app.wait_gone("round-dialog").await;

    // The voter list, by 科室 with a count each; one person taken off it while it is a draft.
    app.click("round-voters-title").await;
    app.wait_text("round-voters-title", "投票人名单（5 人）")
        .await;
    app.wait_text("round-voters", "名单只说明谁有投票权").await;
    app.wait_row("[data-testid=\"round-voter-department\"]", "人）")
        .await;
    let groups = app.texts("round-voter-department").await;
    let listed: u32 = groups
        .iter()
        .map(|g| {
            let n = g
                .rsplit('（')
                .next()
                .unwrap()
                .trim_end_matches("人）")
                .trim();
            n.parse::<u32>().unwrap_or_else(|_| panic!("{g}"))
        })
        .sum();
    assert_eq!(listed, 5, "{groups:?}");
    app.scroll_to("round-voters").await;
    app.screenshot("voters").await;
    let w14 = staff_id(&app, "W0014").await;
    app.click_css_text(
        &format!("[data-testid=\"round-voter-{w14}\"] .el-tag__close"),
        "",
    )
    .await;
    app.wait_text("round-voters-title", "投票人名单（4 人）")
        .await;
    assert!(!app.shows(&format!("round-voter-{w14}")).await);

    // The draft is edited: a new title, and the person taken off is back on the list.
    app.click("round-edit").await;
    app.wait_text("round-dialog", "编辑投票").await;
    app.wait_text("round-dialog", "应到 4 人").await;
    app.fill("round-title", "最美志愿者投票（第一轮）").await;
    app.pick("round-person", "W0014", "W0014").await;
    app.wait_text("round-dialog", "应到 5 人").await;
    app.screenshot("round-edit").await;
    app.click("round-save").await;
    app.wait_gone("round-dialog").await;
    app.wait_text("round-voters-title", "投票人名单（5 人）")
        .await;
    app.wait_row(
        "[data-testid^=\"round-\"] .title",
        "最美志愿者投票（第一轮）",
    )
    .await;

    app.click("round-open").await;
    app.confirm_box("开始投票").await;
    app.wait_text("round-state", "正在投票").await;
    app.wait_text("round-turnout", "已投 0 / 5 票").await;
    // Once open, the round is neither edited nor deleted, and nobody is taken off the list.
    assert!(!app.shows("round-edit").await && !app.shows("round-delete").await);
    let close_icon = format!("[data-testid=\"round-voter-{w14}\"] .el-tag__close");
    assert_eq!(app.count_visible(&close_icon).await, 0);

    // 结束投票 says how many have not voted yet; backing out (返回) keeps the round open.
    app.click("round-close").await;
    app.wait_row(".el-message-box", "还有 5 人未投票，确定结束？")
        .await;
    app.screenshot("close-confirm").await;
    app.click_css_text(".el-message-box__btns .el-button", "返回")
        .await;
    app.wait_text("round-state", "正在投票").await;

    // The slips: five codes, no names.
    app.click("round-slips").await;
    app.wait_text("slips-count", "共 5 张").await;
    let codes: Vec<String> = app
        .texts("slip-code")
        .await
        .iter()
        .map(|c| c.replace(' ', ""))
        .collect();
    assert_eq!(codes.len(), 5, "{codes:?}");
    for name in [a, b, c] {
        assert!(!app.texts("slip").await.join("").contains(name));
    }
    app.screenshot("slips").await;
    app.click("print-back").await;

    // The kiosk: five ballots, a reused code refused, more than two choices impossible.
    app.click_css_text(".el-tabs__item", "投票").await;
    app.click("round-kiosk").await;
    app.wait_text("kiosk-title", "最美志愿者投票").await;
    vote(&app, &codes[0], &[a, b]).await;
    vote(&app, &codes[1].to_lowercase(), &[a, b]).await;
    app.fill("kiosk-code", &codes[0]).await;
    app.click("kiosk-next").await;
    app.wait_text("kiosk-error", "这张选票码已经投过票").await;
    app.screenshot("kiosk-reused").await;
    app.fill("kiosk-code", &codes[2]).await;
    app.click("kiosk-next").await;
    for name in [a, b, c] {
        app.click_css_text("[data-testid=\"kiosk-choices\"] .el-checkbox", name)
            .await;
    }
    app.wait_text("kiosk-count", "最多只能选 2 人").await;
    app.screenshot("kiosk-too-many").await;
    app.click_css_text("[data-testid=\"kiosk-choices\"] .el-checkbox", b)
        .await;
    app.wait_text("kiosk-count", "已选 2 / 2").await;
    app.click("kiosk-submit").await;
    app.confirm_box("提交选票").await;
    app.wait_text("kiosk-done", "投票成功").await;
    app.click("kiosk-next-voter").await;
    vote(&app, &codes[3], &[a, b]).await;
    vote(&app, &codes[4], &[c]).await;

    // Management and every read stay locked while the kiosk is open, even from a tampered page,
    // and there is no way back but the organizer password.
    app.assert_kiosk_holds(
        "#/kiosk",
        ("close_voting_round", serde_json::json!({ "id": 1 })),
    )
    .await;
    app.screenshot("kiosk-locked").await;

    // Leaving needs the organizer password.
    app.click("kiosk-exit").await;
    app.fill("kiosk-password", "guess-guess").await;
    app.click("kiosk-exit-confirm").await;
    app.wait_text("kiosk-exit-error", "密码").await;
    app.fill("kiosk-password", PASSWORD).await;
    app.click("kiosk-exit-confirm").await;
    app.click_css_text(
        "[data-testid=\"honors-categories\"] .data-row td",
        "最美志愿者",
    )
    .await;
    app.click_css_text(".el-tabs__item", "投票").await;
    app.wait_text("round-turnout", "已投 5 / 5 票").await;
    app.click("round-close").await;
    app.wait_row(".el-message-box", "5 人都已投票，确定结束？")
        .await;
    app.confirm_box("结束投票").await;

    // 4, 3 and 2 votes of 5: the first two have a majority and are elected.
    let first = app.wait_row(TALLY, a).await;
    assert!(first.contains('4') && first.contains("当选"), "{first}");
    let second = app.wait_row(TALLY, b).await;
    assert!(second.contains('3') && second.contains("当选"), "{second}");
    let third = app.wait_row(TALLY, c).await;
    assert!(third.contains("未过半数"), "{third}");
    app.wait_text("tally-summary", "发出 5 张，收回 5 张，有效 5 张")
        .await;
    app.screenshot("tally").await;

    app.click("tally-report").await;
    app.wait_text("tally-report-paper", "计票人（签名）").await;
    app.screenshot("report").await;
    app.click("print-back").await;

    // The 公示 names the elected with their 科室 and the period.
    app.click_css_text(".el-tabs__item", "公示").await;
    app.fill("publicity-objections-to", "局机关纪委（电话 1234567）")
        .await;
    app.click("publicity-start").await;
    let notice = app.wait_text("publicity-notice", "现予公示").await;
    assert!(notice.contains(a) && notice.contains(b), "{notice}");
    assert!(!notice.contains(c), "{notice}");
    assert!(
        notice.contains("请向局机关纪委（电话 1234567）反映"),
        "{notice}"
    );
    app.wait_text("publicity-period", "5 个工作日").await;
    app.screenshot("publicity").await;
    app.close().await;
}
