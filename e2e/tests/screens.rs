//! Screens that fit: the sample unit's roster and an activity with its sign-up list at the default
//! window (1320×840) and at the minimum (1100×680), driven through the real window. The window's
//! size comes from the remembered window state beside the data, as a user's own window would.
//! The screenshots `screens-*` are the ones to look at; the standings are measured in
//! contests_tournament.rs.

use serde_json::json;
use wenming_e2e::{activity_with_signups, staff, NewActivity};
use wenming_e2e::{assert_rows_do_not_wrap, assert_table_fits, first_start, App};

const STAFF_TABLE: &str = "[data-testid=\"staff-table\"]";
const STAFF_ROWS: &str = "[data-testid=\"staff-table\"] .data-row";
const SIGNUP_TABLE: &str = "[data-testid=\"signup-table\"]";

/// Starts the app in a window of `width`×`height` on a new database with the sample unit.
async fn app_sized(name: &str, width: u32, height: u32) -> App {
    let dir = tempfile::tempdir().unwrap();
    let state = json!({ "main": {
        "width": width, "height": height, "x": 0, "y": 0, "prev_x": 0, "prev_y": 0,
        "maximized": false, "visible": true, "decorated": true, "fullscreen": false
    }});
    std::fs::write(dir.path().join("window-state.json"), state.to_string()).unwrap();
    let app = App::start_in(name, dir).await;
    let (_, _, w, h) = app.client.get_window_rect().await.unwrap();
    assert_eq!((w as u32, h as u32), (width, height));
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row(STAFF_ROWS, "W0001").await;
    app
}

const FOLDED: &str = "return localStorage.getItem('wenming.sidebarFolded')";

/// Folds (or opens) the sidebar with its button, and waits for the menu to take its width.
async fn fold_sidebar(app: &App, fold: bool) {
    app.click("nav-fold").await;
    assert_eq!(
        measure(app, FOLDED).await,
        json!(if fold { "1" } else { "0" })
    );
    let width = json!(if fold { 64 } else { 200 });
    let mut aside = json!(null);
    for _ in 0..50 {
        aside = measure(
            app,
            "return Math.round(document.querySelector('[data-testid=\"frame-aside\"]').getBoundingClientRect().width)",
        )
        .await;
        if aside == width {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the sidebar is {aside} wide, not {width}");
}

/// Measures the page in the window: a JSON value computed by `script` (a function body).
async fn measure(app: &App, script: &str) -> serde_json::Value {
    app.client.execute(script, vec![]).await.unwrap()
}

/// Opens an activity with twelve sign-ups (W0011–W0022) from the 活动 list.
async fn open_activity_with_signups(app: &App) {
    let mut people = Vec::new();
    for n in 11..23 {
        people.push(staff(app, &format!("W00{n}")).await.id);
    }
    activity_with_signups(
        app,
        NewActivity {
            kind: "reading",
            title: "道德经典诵读会",
            place: "三楼会议室",
            ends_in: 240,
        },
        &people,
    )
    .await;
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "道德经典诵读会",
        "activity-link",
    )
    .await;
    app.wait_row("[data-testid=\"signup-table\"] .data-row", "W0011")
        .await;
}

/// Where the sign-up list's first row is in the window, and the window's height.
const FIRST_SIGNUP_ROW: &str = r#"
    const row = document.querySelector('[data-testid="signup-table"] .data-row');
    return { top: Math.round(row.getBoundingClientRect().top), bottom: Math.round(row.getBoundingClientRect().bottom), height: window.innerHeight };
"#;

#[tokio::test]
async fn at_the_default_window_the_roster_shows_a_full_page_with_no_row_wrapping() {
    let app = app_sized("screens-default", 1320, 840).await;
    let rows = measure(
        &app,
        &format!("return document.querySelectorAll('{STAFF_ROWS}').length"),
    )
    .await;
    assert_eq!(rows, json!(20), "a full page of the roster");
    app.screenshot("roster-1320x840").await;
    assert_rows_do_not_wrap(&app, STAFF_TABLE).await;
    assert_table_fits(&app, STAFF_TABLE).await;
    // The pagination under the table stays in the window.
    let pagination = measure(
        &app,
        "return Math.round(document.querySelector('[data-testid=\"staff-pagination\"]').getBoundingClientRect().bottom) <= window.innerHeight",
    )
    .await;
    assert_eq!(pagination, json!(true));

    // The rarer actions are one click away in 更多.
    app.click_in_row(STAFF_ROWS, "W0001", "staff-more-button")
        .await;
    app.wait_css("[data-testid=\"staff-set-pin\"]").await;
    app.screenshot("roster-1320x840-more").await;
    // One menu serves all the rows: opened from another row's 更多 (the first still open), it
    // hangs under that button.
    app.click_in_row(STAFF_ROWS, "W0006", "staff-more-button")
        .await;
    let under_sixth = format!(
        "const row = [...document.querySelectorAll('{STAFF_ROWS}')].find(r => r.textContent.includes('W0006'));
         const b = row.querySelector('[data-testid=\"staff-more-button\"]').getBoundingClientRect();
         const menus = [...document.querySelectorAll('.el-dropdown-menu')]
             .filter(m => m.getClientRects().length > 0 && !m.closest('[style*=\"display: none\"]'));
         if (menus.length !== 1) return 'menus shown: ' + menus.length;
         const m = menus[0].getBoundingClientRect();
         return m.top >= b.bottom - 2 && m.top - b.bottom < 40
             && Math.abs(m.left + m.width / 2 - (b.left + b.width / 2)) < m.width;"
    );
    app.wait_script(&under_sixth, "the menu under W0006's 更多")
        .await;
    app.screenshot("roster-1320x840-more-sixth").await;
    app.client
        .execute("document.body.click()", vec![])
        .await
        .unwrap();

    open_activity_with_signups(&app).await;
    app.screenshot("activity-1320x840").await;
    assert_table_fits(&app, SIGNUP_TABLE).await;
    app.close().await;
}

#[tokio::test]
async fn at_the_minimum_window_no_column_hides_and_the_sign_up_list_is_at_hand() {
    let app = app_sized("screens-minimum", 1100, 680).await;

    // The roster: every column readable, none under another, the last one inside the window.
    app.screenshot("roster-1100x680").await;
    assert_table_fits(&app, STAFF_TABLE).await;
    assert_rows_do_not_wrap(&app, STAFF_TABLE).await;
    // Its toolbar stays one line: the search and the last button side by side.
    let toolbar = measure(
        &app,
        "return ['staff-search', 'staff-export'].map((id) => Math.round(document.querySelector(`[data-testid=\"${id}\"]`).getBoundingClientRect().top))",
    )
    .await;
    let (search, export) = (toolbar[0].as_i64().unwrap(), toolbar[1].as_i64().unwrap());
    assert!(
        (search - export).abs() < 16,
        "the roster's toolbar wraps: {toolbar}"
    );

    // An activity with twelve sign-ups: under its facts the list starts below the first screen,
    // and 报名名单 in the title row brings it into view in one click.
    open_activity_with_signups(&app).await;
    app.screenshot("activity-1100x680").await;
    assert_table_fits(&app, SIGNUP_TABLE).await;
    app.wait_text("activity-to-signups", "报名名单（已报名 12）")
        .await;
    app.click("activity-to-signups").await;
    let first = measure(&app, FIRST_SIGNUP_ROW).await;
    assert!(
        first["top"].as_i64() >= Some(0) && first["bottom"].as_i64() <= first["height"].as_i64(),
        "the first sign-up shows after one click: {first}"
    );
    app.screenshot("activity-1100x680-signups").await;

    // The sidebar folds to its icons, gives the page its room, and stays folded next time.
    fold_sidebar(&app, true).await;
    // Only the icons show; each name shows on hover.
    let names = measure(
        &app,
        "return document.querySelector('[data-testid=\"frame-aside\"]').innerText.trim()",
    )
    .await;
    assert_eq!(names, json!(""), "the folded sidebar shows only icons");
    assert_table_fits(&app, SIGNUP_TABLE).await;
    app.screenshot("activity-1100x680-folded").await;
    app.close().await;
}
