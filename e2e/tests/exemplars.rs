//! 学树身边典型, driven through the real window: a role model with a story and a photo, published;
//! a 道德讲堂 that studied it; an attendee checked in; the card wall and the profile counting them;
//! the attendee's own record (self-service) showing the role model they studied.

use wenming_e2e::{activity_with_signups, staff, NewActivity};
use wenming_e2e::{first_start, App};

const SIGNUPS: &str = "[data-testid=\"signup-table\"] .data-row";

#[tokio::test]
async fn a_role_model_studied_at_a_moral_lecture_shows_on_the_wall_the_profile_and_the_attendees_record(
) {
    let app = App::start("exemplars").await;
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;
    let model = app.staff_name("W0001").await;
    let attendee = staff(&app, "W0011").await;
    let absent = staff(&app, "W0012").await;

    // The organizer writes the profile: a person, a title, a story of two paragraphs.
    app.click("nav-exemplars").await;
    app.wait_css("[data-testid=\"exemplar-wall-empty\"]").await;
    app.click("exemplar-add").await;
    app.pick("exemplar-person", "W0001", "W0001").await;
    app.fill("exemplar-title", "服务标兵").await;
    app.fill(
        "exemplar-story",
        "二十年如一日扎根窗口岗位，办件零差错。\n\n群众说：有事找她，放心。",
    )
    .await;
    app.click("exemplar-save").await;
    app.wait_text("exemplar-detail-name", &model).await;
    app.wait_css("[data-testid=\"exemplar-detail-draft\"]")
        .await;

    // A photo: stored in the shared file store, shown as the profile's picture.
    let photo = wenming_e2e::workspace_root().join("icons/128x128.png");
    let upload = app
        .wait_css("[data-testid=\"exemplar-upload\"] input[type=file]")
        .await;
    upload
        .send_keys(&photo.display().to_string())
        .await
        .unwrap();
    app.wait_css("[data-testid=\"exemplar-image\"] img").await;
    app.wait_css("[data-testid=\"exemplar-photo-img\"]").await;
    assert_eq!(
        std::fs::read_dir(app.dir.path().join("files"))
            .unwrap()
            .count(),
        1
    );

    // Still a draft: staff mode cannot open it, even by id from the page.
    let id: i64 = app
        .invoke("list_exemplars", serde_json::json!({}))
        .await
        .unwrap()[0]["id"]
        .as_i64()
        .unwrap();
    app.click("exemplar-publish").await;
    app.wait_gone("exemplar-detail-draft").await;

    // A 道德讲堂 with two people signed up studies the role model.
    let (_, _) = activity_with_signups(
        &app,
        NewActivity {
            kind: "moral_lecture",
            title: "道德讲堂第一讲",
            place: "三楼会议室",
            ends_in: 180,
        },
        &[attendee.id, absent.id],
    )
    .await;
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "道德讲堂第一讲",
        "activity-link",
    )
    .await;
    app.click_css_text(".el-tabs__item", "学习的典型").await;
    app.choose("studied-select", &format!("{model} · 服务标兵"))
        .await;
    app.click("studied-save").await;
    app.wait_text("studied-item", "服务标兵").await;
    app.screenshot("activity-studied").await;

    // One of the two is checked in; the other never comes.
    app.click_css_text(".el-tabs__item", "报名名单").await;
    app.click_in_row(SIGNUPS, &attendee.name, "signup-check-in")
        .await;
    app.wait_for_row_without(SIGNUPS, &attendee.name, "未签到")
        .await;

    // The wall counts one person who studied it; the profile names them.
    app.click("nav-exemplars").await;
    let card = app.wait_text("exemplar-card-studied", "1 人学习").await;
    assert!(card.contains("1 人学习"), "{card}");
    app.wait_css("[data-testid=\"exemplar-card\"] [data-testid=\"exemplar-photo-img\"]")
        .await;
    app.screenshot("wall").await;
    app.click("exemplar-card").await;
    let who = app
        .wait_text("exemplar-session-attendees", &attendee.name)
        .await;
    assert!(!who.contains(&absent.name), "{who}");
    let story = app.wait_text("exemplar-story-text", "群众说").await;
    assert!(story.contains("二十年如一日"), "{story}");
    app.screenshot("profile").await;

    // In staff mode the attendee finds the role model on their own record; the page cannot
    // change profiles.
    app.click("logout-button").await;
    app.wait_text("mode-tag", "职工模式").await;
    assert_eq!(
        app.invoke(
            "set_exemplar_published",
            serde_json::json!({ "id": id, "published": false })
        )
        .await
        .unwrap_err(),
        "auth.organizer_required"
    );
    app.click("nav-my").await;
    app.pick("identify-person", "W0011", "W0011").await;
    app.click("identify-confirm").await;
    let line = app
        .wait_row(
            "[data-testid=\"my-studied-exemplars\"] .data-row",
            "服务标兵",
        )
        .await;
    assert!(
        line.contains(&model) && line.contains("道德讲堂第一讲"),
        "{line}"
    );
    app.screenshot("record").await;
    app.close().await;
}
