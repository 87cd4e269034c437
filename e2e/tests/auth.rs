//! 组织者密码 in the real window: changed in 设置 through its dialog (a wrong current password is
//! refused there in plain words and changes nothing), then the old password no longer opens
//! organizer mode and the new one does.

use wenming_e2e::{first_start, App};

const OLD: &str = "jiu-mima-2026";
const NEW: &str = "xin-mima-2027";

async fn try_login(app: &App, password: &str) {
    app.click("login-button").await;
    app.fill("login-password", password).await;
    app.click("login-submit").await;
}

#[tokio::test]
async fn the_organizer_changes_the_password_in_settings_and_only_the_new_one_opens_organizer_mode()
{
    let app = App::start("password").await;
    first_start(&app, "市X局", OLD).await;
    app.click("nav-settings").await;

    // A wrong current password: refused in the dialog, which stays open.
    app.click("settings-password-open").await;
    app.fill("settings-old-password", "not-the-password").await;
    app.fill("settings-new-password", NEW).await;
    app.fill("settings-confirm-password", NEW).await;
    app.click("settings-password-save").await;
    app.wait_text("settings-password-error", "密码不正确").await;
    app.screenshot("password-refused").await;

    // The right one: the dialog closes and says so.
    app.fill("settings-old-password", OLD).await;
    app.click("settings-password-save").await;
    app.wait_gone("settings-old-password").await;
    app.wait_text("mode-tag", "组织者模式").await;

    // Out of organizer mode: the old password is refused, the new one opens it.
    app.click("logout-button").await;
    app.wait_text("mode-tag", "职工模式").await;
    try_login(&app, OLD).await;
    app.wait_text("login-error", "密码不正确").await;
    app.fill("login-password", NEW).await;
    app.click("login-submit").await;
    app.wait_text("mode-tag", "组织者模式").await;
    app.close().await;
}
