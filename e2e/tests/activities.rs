//! 活动与报名, driven through the real window: capacity, waitlist, promotion, check-in, the
//! 签到表 export and the print view.

use chrono::Datelike;
use wenming_e2e::{first_start, App};

const SIGNUPS: &str = "[data-testid=\"signup-table\"] .data-row";
/// The month panel's cells in zh-CN; a cell is found by its text, first in the page's order, so
/// 一月 comes before 十一月.
const MONTHS: [&str; 12] = [
    "一月",
    "二月",
    "三月",
    "四月",
    "五月",
    "六月",
    "七月",
    "八月",
    "九月",
    "十月",
    "十一月",
    "十二月",
];

// A local time `minutes` from now, as typed into a date picker.
use wenming_e2e::picker_time as at;

#[tokio::test]
async fn capacity_two_waitlists_the_third_and_promotes_on_cancel_then_checks_in_and_exports() {
    let app = App::start("activities").await;
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;
    let (a, b, c) = (
        app.staff_name("W0011").await,
        app.staff_name("W0012").await,
        app.staff_name("W0013").await,
    );

    // The organizer creates an activity with two places whose sign-up is open now.
    app.click("nav-activities").await;
    app.click("activity-add").await;
    app.choose("activity-kind", "诵读").await;
    app.fill("activity-title", "道德经典诵读会").await;
    app.fill("activity-place", "三楼会议室").await;
    app.fill_time("activity-signup-opens-at", &at(-60)).await;
    app.fill_time("activity-signup-deadline", &at(120)).await;
    app.fill_time("activity-cancel-cutoff", &at(90)).await;
    app.fill_time("activity-starts-at", &at(180)).await;
    app.fill_time("activity-ends-at", &at(300)).await;
    app.fill("activity-capacity", "2").await;
    app.screenshot("form").await;
    app.click("activity-publish").await;
    app.wait_row(
        "[data-testid=\"activity-table\"] .data-row",
        "道德经典诵读会",
    )
    .await;
    app.screenshot("list").await;
    // The month filter (its calendar is built on the first click): another month hides the
    // activity, its own month shows it again.
    let starts = chrono::Local::now() + chrono::Duration::minutes(180);
    let (own, other) = (starts.month(), starts.month() % 12 + 1);
    let cell = |m: u32| MONTHS[m as usize - 1];
    app.click_css_text("[data-testid=\"activity-filter-month\"] .el-input", "")
        .await;
    app.click_css_text(".el-month-table td", cell(other)).await;
    app.wait_text("activity-table", "没有符合条件的活动").await;
    app.screenshot("list-other-month").await;
    app.click_css_text("[data-testid=\"activity-filter-month\"] .el-input", "")
        .await;
    app.click_css_text(".el-month-table td", cell(own)).await;
    app.wait_row(
        "[data-testid=\"activity-table\"] .data-row",
        "道德经典诵读会",
    )
    .await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "道德经典诵读会",
        "activity-link",
    )
    .await;
    app.wait_text("activity-state", "报名中").await;

    // Two people are signed up by the organizer (代报名)…
    for no in ["W0011", "W0012"] {
        app.pick("signup-add-person", no, no).await;
        app.click("signup-add-confirm").await;
        app.wait_row(SIGNUPS, no).await;
    }
    // …and the third signs up in staff mode, choosing themselves: the list is full, so they wait.
    app.click("logout-button").await;
    app.wait_text("mode-tag", "职工模式").await;
    app.click("self-sign-up").await;
    app.pick("identify-person", "W0013", "W0013").await;
    app.click("identify-confirm").await;
    let waiting = app.wait_row(SIGNUPS, &c).await;
    assert!(waiting.contains("候补第 1 位"), "{waiting}");
    app.screenshot("waitlisted").await;

    // 我的活动 shows the chosen person where they stand.
    app.click("nav-my").await;
    app.wait_row(
        "[data-testid=\"my-activities-table\"] .data-row",
        "候补第 1 位",
    )
    .await;
    app.screenshot("my-activities").await;
    app.client.back().await.unwrap();

    // Back in organizer mode, the first cancels and the waitlisted person moves up.
    app.click("login-button").await;
    app.fill("login-password", "wenming-2026").await;
    app.click("login-submit").await;
    app.wait_text("mode-tag", "组织者模式").await;
    app.click_in_row(SIGNUPS, &a, "signup-cancel").await;
    app.click_css_text(".el-message-box__btns .el-button--primary", "")
        .await;
    // The promotion is announced and marked on the row.
    app.wait_row(".el-message", &format!("{c} 已由候补递补为已报名"))
        .await;
    let promoted = app.wait_for_row_without(SIGNUPS, &c, "候补第").await;
    assert!(
        promoted.contains("已报名") && promoted.contains("候补递补"),
        "{promoted}"
    );

    // Check in the two who hold a place.
    for name in [&b, &c] {
        app.click_in_row(SIGNUPS, name, "signup-check-in").await;
        app.wait_for_row_without(SIGNUPS, name, "未签到").await;
    }
    app.screenshot("detail").await;

    // A photo goes into the gallery, stored once under its hash in the data folder.
    app.click_css_text(".el-tabs__item", "照片与文件").await;
    let photo = wenming_e2e::workspace_root().join("icons/128x128.png");
    let upload = app
        .wait_css("[data-testid=\"activity-upload\"] input[type=file]")
        .await;
    upload
        .send_keys(&photo.display().to_string())
        .await
        .unwrap();
    app.wait_css("[data-testid=\"activity-image\"] img").await;
    let stored = app.dir.path().join("files");
    assert_eq!(
        std::fs::read_dir(&stored).unwrap().count(),
        1,
        "one hashed folder in {}",
        stored.display()
    );
    app.screenshot("gallery").await;
    app.click_css_text(".el-tabs__item", "报名名单").await;

    // Export the 签到表 and read it back.
    app.click("activity-export-sign-in").await;
    let rows = app.exported_sheet("activity-export-result", "签到表").await;
    assert_eq!(
        rows[2],
        ["序号", "姓名", "工号", "科室", "签到时间", "签名"]
    );
    let names: Vec<&str> = rows[3..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, [b.as_str(), c.as_str()]);
    assert!(
        rows[3..]
            .iter()
            .all(|r| !r[4].is_empty() && r[5].is_empty()),
        "checked-in times, empty signature column"
    );

    // The print view of the 签到表.
    app.click("activity-print-sign-in").await;
    let print = app.wait_text("print-view", "签到表").await;
    assert!(
        print.contains("市X局") && print.contains(&b) && print.contains("签名"),
        "{print}"
    );
    app.screenshot("print-sign-in").await;
    app.close().await;
}

/// An activity's title as markup that would run if it were drawn as markup.
const HOSTILE_TITLE: &str = "<img src=x onerror=\"window.__hit=1\">晨读";

#[tokio::test]
async fn five_ticked_people_are_checked_in_at_once_and_a_sixth_at_the_door_by_number() {
    use wenming_e2e::{activity_with_signups, staff, NewActivity};
    let app = App::start("activities-door").await;
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;

    // Setup through the back end: six sign-ups for an activity starting within the day, so
    // check-in is open.
    let nos = ["W0031", "W0032", "W0033", "W0034", "W0035", "W0036"];
    let mut people = Vec::new();
    for no in nos {
        people.push(staff(&app, no).await);
    }
    let ids: Vec<i64> = people.iter().map(|p| p.id).collect();
    let activity = NewActivity {
        kind: "reading",
        title: "经典诵读分享会",
        place: "三楼会议室",
        ends_in: 300,
    };
    activity_with_signups(&app, activity, &ids).await;
    // A title and a place holding markup, as anyone who may create an activity could type them.
    let hostile = NewActivity {
        kind: "reading",
        title: HOSTILE_TITLE,
        place: "<b>一楼</b>",
        ends_in: 300,
    };
    activity_with_signups(&app, hostile, &[]).await;

    app.click("nav-activities").await;
    // The list draws its cells as markup: the title and the place show as the text typed, no
    // element comes of them, and nothing they hold runs.
    app.wait_row("[data-testid=\"activity-table\"] .data-row", HOSTILE_TITLE)
        .await;
    app.wait_script(
        &format!(
            r#"const table = document.querySelector('[data-testid="activity-table"]');
               const link = [...table.querySelectorAll('[data-testid="activity-link"]')]
                   .find(a => a.textContent === {title});
               return (!!link && link.closest('tr').textContent.includes('<b>一楼</b>')
                   && table.querySelector('tbody img, tbody b') === null
                   && window.__hit === undefined) || table.innerHTML.slice(0, 300);"#,
            title = serde_json::to_string(HOSTILE_TITLE).unwrap()
        ),
        "the hostile title shows as text",
    )
    .await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "经典诵读分享会",
        "activity-link",
    )
    .await;
    app.wait_text("check-in-bar", "工号签到").await;

    // Tick the first five and check them in with one click.
    for p in &people[..5] {
        app.click_in_row(SIGNUPS, &p.name, "signup-tick").await;
    }
    app.wait_text("signup-batch-check-in", "批量签到（5）")
        .await;
    app.screenshot("batch-ticked").await;
    app.click("signup-batch-check-in").await;
    for p in &people[..5] {
        app.wait_for_row_without(SIGNUPS, &p.name, "未签到").await;
    }
    let sixth = app.wait_row(SIGNUPS, &people[5].name).await;
    assert!(sixth.contains("未签到"), "{sixth}");

    // At the door: a number not on the list is refused and the reason stays; the sixth's number,
    // typed in lower case, checks them in.
    app.fill("signup-door-input", "W4999\u{E007}").await;
    app.wait_text("signup-door-error", "不在本活动的报名名单上")
        .await;
    app.screenshot("door-refused").await;
    app.fill("signup-door-input", "w0036\u{E007}").await;
    app.wait_for_row_without(SIGNUPS, &people[5].name, "未签到")
        .await;
    app.wait_gone("signup-door-error").await;
    app.wait_text("signup-summary", "已签到 6").await;
    app.screenshot("door").await;
    app.close().await;
}
