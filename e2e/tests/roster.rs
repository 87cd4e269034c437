//! 人员与科室 and 组织者模式, driven through the real window.

use fantoccini::Locator;
use serde_json::json;
use wenming_e2e::{first_start, write_xlsx, App};

const PASSWORD: &str = "wenming-2026";

#[tokio::test]
async fn first_start_sets_the_password_and_only_the_right_password_unlocks() {
    let app = App::start("auth").await;
    app.testid("setup-submit").await;
    // The start's first questions were asked before the modules loaded (a script the CSP lets
    // run), and the app took both answers instead of asking again.
    assert_eq!(app.start_answers_left().await, json!([]));
    app.screenshot("setup").await;
    first_start(&app, "市科技局", PASSWORD).await;
    app.wait_text("unit-name", "市科技局").await;

    app.click("logout-button").await;
    app.wait_text("mode-tag", "职工模式").await;
    app.click("login-button").await;
    // The cursor waits in the password field: the organizer types at once.
    app.wait_script(
        "return !!document.activeElement?.closest('[data-testid=\"login-password\"]');",
        "the password field never had the focus",
    )
    .await;
    app.fill("login-password", "not-the-password").await;
    app.click("login-submit").await;
    app.wait_row(".el-dialog", "密码不正确").await;
    app.screenshot("login-wrong-password").await;
    app.wait_text("mode-tag", "职工模式").await;
    app.fill("login-password", PASSWORD).await;
    app.click("login-submit").await;
    app.wait_text("mode-tag", "组织者模式").await;

    // English is the second language; the choice is remembered.
    app.click("lang-switch").await;
    app.wait_text("mode-tag", "Organizer").await;
    app.screenshot("english").await;
    app.click("lang-switch").await;
    app.wait_text("mode-tag", "组织者模式").await;

    // The password survives a restart, and the app opens in staff mode again.
    let dir = app.close().await;
    let app = App::start_in("auth-restart", dir).await;
    app.wait_text("mode-tag", "职工模式").await;
    app.wait_text("unit-name", "市科技局").await;
    app.testid("dashboard-top").await;
    assert_eq!(app.start_answers_left().await, json!([]));
    assert!(
        !app.shows("setup-submit").await,
        "first-start screen must not come back"
    );
    app.close().await;
}

#[tokio::test]
async fn the_organizer_creates_a_department_and_adds_a_person() {
    let app = App::start("roster").await;
    first_start(&app, "市X局", PASSWORD).await;
    app.testid("sample-load").await;
    app.screenshot("empty-roster").await;

    app.click("nav-departments").await;
    app.click("department-add").await;
    app.fill("department-name", "宣传科").await;
    app.click_closing("department-save").await;
    app.wait_row("[data-testid=\"department-table\"] .data-row", "宣传科")
        .await;
    app.screenshot("departments").await;

    app.click("nav-staff").await;
    app.click("staff-add").await;
    app.fill("staff-employee-no", "XC001").await;
    app.fill("staff-name", "欧阳明").await;
    app.choose("staff-department", "宣传科").await;
    app.choose("staff-political-status", "中共党员").await;
    app.fill("staff-phone", "1391234").await;
    app.click("staff-save").await;
    // A bad phone number is refused with the reason, and the dialog stays open to fix it.
    app.wait_row(
        ".el-message, [data-testid=\"staff-form-error\"]",
        "格式不对",
    )
    .await;
    app.screenshot("staff-form-error").await;
    app.fill("staff-phone", "13912345678").await;
    app.click("staff-save").await;
    let text = app
        .wait_row("[data-testid=\"staff-table\"] .data-row", "欧阳明")
        .await;
    assert!(
        text.contains("XC001") && text.contains("宣传科") && text.contains("中共党员"),
        "{text}"
    );
    app.screenshot("staff-list").await;

    // The sidebar folds to its icons, each naming itself on hover rather than cut to a character.
    app.click("nav-fold").await;
    app.wait_css(".frame-menu.el-menu--collapse").await;
    assert_eq!(
        app.texts("nav-staff").await,
        [""],
        "no label beside the icon"
    );
    app.screenshot("sidebar-folded").await;
    app.click("nav-fold").await;
    app.wait_text("nav-staff", "职工").await;

    // Searching by 工号 finds the person.
    app.fill("staff-search", "XC0").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "欧阳明")
        .await;
    app.close().await;
}

#[tokio::test]
async fn import_shows_the_bad_row_and_brings_in_the_good_ones_then_exports() {
    let app = App::start("import").await;
    first_start(&app, "市X局", PASSWORD).await;
    let file = write_xlsx(
        app.dir.path(),
        "花名册.xlsx",
        &[
            &["工号", "姓名", "性别", "科室", "职务", "政治面貌", "手机号"],
            &[
                "A001",
                "赵一",
                "男",
                "办公室",
                "科长",
                "中共党员",
                "138-0000-0001",
            ],
            &["", "钱二", "女", "办公室", "科员", "群众", "13800000002"],
            &[
                "A003",
                "孙三",
                "女",
                "财务科",
                "科员",
                "九三学社社员",
                "138 0000 0003",
            ],
            // The footer an HR system writes under the data.
            &["合计", "", "", "", "", "", "3 人"],
            &["制表人：王芳", "", "", "审核人：李强"],
        ],
    );
    app.click("staff-import").await;
    let upload = app
        .wait_css("[data-testid=\"import-upload\"] input[type=file]")
        .await;
    upload.send_keys(&file.display().to_string()).await.unwrap();
    // Two rows name 科室 that do not exist yet, one lacks its 工号; the footer is skipped as such.
    let summary = app.wait_text("import-summary", "跳过 5").await;
    assert!(summary.contains("其中表尾 2 行"), "{summary}");
    let footer = app
        .wait_row(
            "[data-testid=\"import-preview-table\"] .el-table__row",
            "制表人",
        )
        .await;
    assert!(
        footer.contains("表尾") && !footer.contains("无法识别"),
        "{footer}"
    );
    let bad = app
        .wait_row(
            "[data-testid=\"import-preview-table\"] .el-table__row",
            "钱二",
        )
        .await;
    assert!(bad.contains("工号不能为空"), "{bad}");
    // The 科室 do not exist yet: the organizer lets the import create them.
    app.click("import-create-departments").await;
    let summary = app.wait_text("import-summary", "新增 2").await;
    assert!(summary.contains("跳过 3"), "{summary}");
    app.screenshot("import-preview").await;
    app.click("import-apply").await;
    let result = app.wait_text("import-result", "2").await;
    assert!(
        result.contains("办公室") && result.contains("财务科"),
        "{result}"
    );
    app.screenshot("import-result").await;
    app.click("import-close").await;
    app.wait_gone("import-dialog").await;
    let sun = app
        .wait_row("[data-testid=\"staff-table\"] .data-row", "孙三")
        .await;
    assert!(sun.contains("九三学社社员"), "{sun}");
    assert!(app
        .client
        .find(Locator::XPath("//tr[contains(., '钱二')]"))
        .await
        .is_err());

    app.click("staff-export").await;
    let sheet = app.exported_sheet("export-result", "花名册").await;
    let names: Vec<&str> = sheet.iter().skip(1).map(|r| r[1].as_str()).collect();
    assert_eq!(names, ["赵一", "孙三"]);
    let rows: Vec<String> = sheet.iter().skip(1).map(|r| r.join(",")).collect();
    assert!(rows[0].contains("13800000001"), "{}", rows[0]);
    assert!(
        rows[1].contains("九三学社社员") && rows[1].contains("13800000003"),
        "{}",
        rows[1]
    );
    app.close().await;
}

#[tokio::test]
async fn staff_mode_can_browse_but_cannot_edit() {
    let app = App::start("staff-mode").await;
    first_start(&app, "市X局", PASSWORD).await;
    app.click("sample-load").await;
    app.wait_css("[data-testid=\"staff-table\"] .data-row")
        .await;
    app.click("logout-button").await;
    app.wait_text("mode-tag", "职工模式").await;
    // Phone numbers are masked in staff mode.
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "****")
        .await;
    for control in [
        "staff-add",
        "staff-import",
        "staff-export",
        "staff-edit",
        "staff-toggle-active",
        "nav-settings",
    ] {
        assert!(
            !app.shows(control).await,
            "{control} must not show in staff mode"
        );
    }
    app.click("nav-departments").await;
    app.wait_row("[data-testid=\"department-table\"] .data-row", "办公室")
        .await;
    assert!(!app.shows("department-add").await && !app.shows("department-edit").await);
    app.screenshot("staff-mode").await;

    // Even a tampered page cannot change the roster: the back end refuses.
    let refused = app
        .invoke(
            "create_department",
            json!({ "input": { "name": "黑客科", "kind": "office", "sort_order": 1 } }),
        )
        .await;
    assert_eq!(refused.unwrap_err(), "auth.organizer_required");
    let departments = app.invoke("list_departments", json!({})).await.unwrap();
    assert!(!departments.to_string().contains("黑客科"));
    app.close().await;
}
