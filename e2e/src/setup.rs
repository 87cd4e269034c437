//! Setup through the back end, shared by the tests: times relative to now, a 职工 of the sample
//! unit by 工号, and a published activity with people signed up by the organizer.

use serde_json::json;

use crate::App;

/// A local time `minutes` from now, as the back end takes it (`2026-11-25T09:00:00`).
pub fn minutes_from_now(minutes: i64) -> String {
    (chrono::Local::now() + chrono::Duration::minutes(minutes))
        .format("%Y-%m-%dT%H:%M:00")
        .to_string()
}

/// A local time `minutes` from now, as typed into a date picker (`2026-11-25 09:00:00`).
pub fn picker_time(minutes: i64) -> String {
    (chrono::Local::now() + chrono::Duration::minutes(minutes))
        .format("%Y-%m-%d %H:%M:00")
        .to_string()
}

/// A 职工 as the tests need them.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub department_id: i64,
}

/// The 职工 with this 工号 (of the sample unit, say).
pub async fn staff(app: &App, employee_no: &str) -> Person {
    let page = app
        .invoke("list_staff", json!({ "query": { "text": employee_no, "department_id": null, "include_inactive": false, "page": 1, "page_size": 5 } }))
        .await
        .unwrap();
    let s = &page["items"][0];
    Person {
        id: s["id"].as_i64().unwrap(),
        name: s["name"].as_str().unwrap().to_string(),
        department_id: s["department_id"].as_i64().unwrap(),
    }
}

/// A published activity open to everyone without a limit: sign-up opened two hours ago and closes
/// in an hour, it starts in an hour and a half and ends `ends_in` minutes from now.
pub struct NewActivity<'a> {
    pub kind: &'a str,
    pub title: &'a str,
    pub place: &'a str,
    pub ends_in: i64,
}

/// Publishes the activity and signs `people` up for it in order (by the organizer); returns the
/// activity's id and the sign-up ids.
pub async fn activity_with_signups(
    app: &App,
    activity: NewActivity<'_>,
    people: &[i64],
) -> (i64, Vec<i64>) {
    let at = minutes_from_now;
    let schedule = json!({
        "signup_opens_at": at(-120), "signup_deadline": at(60), "cancel_cutoff": at(30),
        "starts_at": at(90), "ends_at": at(activity.ends_in)
    });
    let id = app
        .invoke(
            "create_activity",
            json!({ "input": {
                "kind": activity.kind, "title": activity.title, "description": "",
                "place": activity.place, "schedule": schedule, "capacity": null,
                "department_ids": [], "party_members_only": false, "team_mode": false
            }, "publish": true }),
        )
        .await
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let mut signups = Vec::new();
    for staff_id in people {
        let s = app
            .invoke(
                "sign_up_for",
                json!({ "activityId": id, "staffId": staff_id }),
            )
            .await
            .unwrap();
        signups.push(s["id"].as_i64().unwrap());
    }
    (id, signups)
}
