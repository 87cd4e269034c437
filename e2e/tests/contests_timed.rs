//! A 爬山 raced against the clock, driven through the real window: six people of two 科室 signed
//! up, groups by 性别 and the 科室 best two, the bibs issued (ending the sign-up), a mass start,
//! arrivals typed at the finish box by 号码布 and by 工号 (an unknown code and a second finish
//! refused beside the box), one 未完赛, then the ranking of each group and the 科室 team ranking.

use serde_json::{json, Value};
use wenming_e2e::{activity_with_signups, first_start, App, NewActivity};

/// Three active people of each of the first two 科室 of the sample unit: (id, name, 工号, gender).
async fn two_departments(app: &App) -> (String, String, Vec<(i64, String, String, String)>) {
    let departments = app.invoke("list_departments", json!({})).await.unwrap();
    let mut people = Vec::new();
    let mut names = Vec::new();
    for d in departments.as_array().unwrap().iter().take(2) {
        names.push(d["name"].as_str().unwrap().to_string());
        let page = app
            .invoke("list_staff", json!({ "query": { "text": "", "department_id": d["id"], "include_inactive": false, "page": 1, "page_size": 3 } }))
            .await
            .unwrap();
        for s in page["items"].as_array().unwrap() {
            people.push((
                s["id"].as_i64().unwrap(),
                s["name"].as_str().unwrap().to_string(),
                s["employee_no"].as_str().unwrap().to_string(),
                s["gender"].as_str().unwrap().to_string(),
            ));
        }
    }
    assert_eq!(people.len(), 6);
    (names[0].clone(), names[1].clone(), people)
}

/// Types `code` into the finish box and presses Enter.
async fn at_finish(app: &App, code: &str) {
    app.fill("timed-finish-input", &format!("{code}\u{E007}"))
        .await;
}

const FINISH_ROWS: &str = "[data-testid=\"timed-finish-table\"] .el-table__row";

#[tokio::test]
async fn a_hike_with_bibs_and_finish_times_is_ranked_by_gender_group_and_by_department() {
    let app = App::start("contests-timed").await;
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;

    let (office_a, office_b, people) = two_departments(&app).await;
    let ids: Vec<i64> = people.iter().map(|p| p.0).collect();
    let activity = NewActivity {
        kind: "hiking",
        title: "重阳登山赛",
        place: "凤凰山",
        ends_in: 300,
    };
    let (activity, _) = activity_with_signups(&app, activity, &ids).await;

    // From the activity to its 计时赛; settings first: groups by 性别, each 科室's best two.
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "重阳登山赛",
        "activity-link",
    )
    .await;
    app.click("activity-timed").await;
    app.wait_text("timed-title", "重阳登山赛 · 计时赛").await;
    app.click_css_text(".el-tabs__item", "设置").await;
    app.check("timed-settings-by-gender").await;
    app.fill("timed-settings-team-best", "2").await;
    app.click("timed-settings-save").await;
    app.wait_row(".el-message", "设置已保存").await;

    // 号码布 in the order of sign-up; the field is fixed and the sign-up ends.
    app.click_css_text(".el-tabs__item", "号码布与发令").await;
    app.wait_text("timed-bibs", "已确认报名 6 人").await;
    app.click("timed-issue-bibs").await;
    let row = app
        .wait_row(
            "[data-testid=\"timed-runners\"] .el-table__row",
            &people[3].1,
        )
        .await;
    assert!(row.starts_with('4'), "bib 4 for the 4th sign-up: {row}");
    let group = |gender: &str| {
        if gender == "male" {
            "男子组"
        } else {
            "女子组"
        }
    };
    assert!(row.contains(group(&people[3].3)), "{row}");
    app.screenshot("bibs").await;
    app.click("timed-start-all").await;
    app.wait_text("timed-start-all-at", "全体").await;

    // The finish line: arrivals one second or more apart, by 号码布 and by 工号.
    app.click_css_text(".el-tabs__item", "终点录入").await;
    let order = [
        (0, "1".to_string()),
        (3, people[3].2.clone()),
        (1, "2".to_string()),
        (4, people[4].2.clone()),
    ];
    for (who, code) in &order {
        at_finish(&app, code).await;
        let name = &people[*who].1;
        app.wait_for_row_without(FINISH_ROWS, name, "比赛中").await;
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    }
    // A code nobody has, and a second arrival of bib 1, are refused beside the box.
    at_finish(&app, "999").await;
    app.wait_text("timed-finish-error", "号码“999”不是本次比赛的号码布")
        .await;
    at_finish(&app, &people[0].2).await;
    app.wait_text("timed-finish-error", &format!("1号 {} 已于", people[0].1))
        .await;
    app.screenshot("finish-refused").await;

    // Bib 3 gave up on the way (未完赛, with a reason); bib 6 arrives last.
    app.click_in_row(FINISH_ROWS, &people[2].1, "timed-dnf-3")
        .await;
    app.wait_css(".el-message-box textarea")
        .await
        .send_keys("膝盖不适，途中下山")
        .await
        .unwrap();
    app.confirm_box("未完赛").await;
    app.wait_row(FINISH_ROWS, "未完赛").await;
    at_finish(&app, "6").await;
    app.wait_for_row_without(FINISH_ROWS, &people[5].1, "比赛中")
        .await;
    // 未完赛 gets no time.
    at_finish(&app, "3").await;
    app.wait_text("timed-finish-error", "已标记为未完赛").await;
    app.screenshot("finish").await;

    // The ranking of each group: the first of each 性别 to arrive is 1st; the 未完赛 has no place.
    app.click_css_text(".el-tabs__item", "成绩").await;
    let arrived = [0usize, 3, 1, 4, 5];
    for g in ["male", "female"] {
        let Some(&first) = arrived.iter().find(|&&i| people[i].3 == g) else {
            continue;
        };
        let css = format!(
            "[data-testid=\"timed-group-results-{}\"] .el-table__row",
            group(g)
        );
        let top = app.wait_row(&css, &people[first].1).await;
        assert!(top.starts_with('1'), "{top}");
    }
    let dnf = app
        .wait_row(
            "[data-testid=\"timed-group-table\"] .el-table__row",
            &people[2].1,
        )
        .await;
    assert!(dnf.contains("未完赛") && !dnf.starts_with('1'), "{dnf}");

    // 科室 best two: the first 科室's 1st and 2nd arrived before the second's.
    const TEAMS: &str = "[data-testid=\"timed-team-table\"] .el-table__row";
    let first_team = app.wait_row(TEAMS, &office_a).await;
    assert!(first_team.starts_with('1'), "{first_team}");
    assert!(first_team.contains(&people[0].1) && first_team.contains(&people[1].1));
    let second_team = app.wait_row(TEAMS, &office_b).await;
    assert!(second_team.starts_with('2'), "{second_team}");
    app.scroll_to("timed-teams").await;
    app.screenshot("results").await;

    // Everyone is in or out: publish; the sheets and 奖状 are the shared ones of every contest.
    app.click("timed-publish").await;
    app.confirm_box("公布成绩").await;
    app.wait_text("timed-state", "成绩已公布").await;
    let contest: Value = app
        .invoke("timed_contest", json!({ "activityId": activity }))
        .await
        .unwrap();
    assert!(contest["published_at"].is_string());
    app.click("results-export-teams").await;
    let rows = app
        .exported_sheet("results-export-result", "科室团体成绩")
        .await;
    assert_eq!(rows[0][0], "市X局　重阳登山赛科室团体成绩");
    assert_eq!(
        rows[2],
        ["名次", "科室", "计入成绩", "完赛人数", "团体成绩"]
    );
    assert_eq!(
        rows[3][..2],
        ["1".to_string(), office_a.clone()],
        "{rows:?}"
    );
    app.click("results-print-scores").await;
    let sheet = app.wait_text("result-print", "重阳登山赛成绩表").await;
    assert!(
        sheet.contains("市X局") && sheet.contains("用时") && sheet.contains("未完赛"),
        "{sheet}"
    );
    app.screenshot("print-scores").await;
    app.click("print-back").await;
    app.click_css_text(".el-tabs__item", "成绩").await;
    app.click("results-certificates").await;
    let certs = app.wait_text("certificate-print", "奖状").await;
    let first_man = arrived
        .iter()
        .find(|&&i| people[i].3 == "male")
        .map(|&i| &people[i].1);
    if let Some(name) = first_man {
        assert!(
            certs.contains(name) && certs.contains("在重阳登山赛男子组中荣获"),
            "{certs}"
        );
    }
    app.screenshot("certificate").await;
    app.click("print-back").await;

    // Staff mode: the published 获奖名单 on the activity, as for any contest.
    app.click("logout-button").await;
    app.wait_text("mode-tag", "职工模式").await;
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "重阳登山赛",
        "activity-link",
    )
    .await;
    let winner = app
        .wait_row(
            "[data-testid=\"result-sheet-table-awards\"] .el-table__row",
            &people[0].1,
        )
        .await;
    assert!(winner.contains("一等奖"), "{winner}");
    app.scroll_to("published-results").await;
    app.screenshot("staff-results").await;
    app.close().await;
}
