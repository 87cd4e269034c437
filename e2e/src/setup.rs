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

/// An open 评先选优 round as the tests need it.
pub struct HonorsRound {
    pub category: i64,
    pub round: i64,
    /// The two candidates' nominations (what a ballot chooses).
    pub nominations: Vec<i64>,
    /// The five voters' one-time codes.
    pub codes: Vec<String>,
}

/// A 最美志愿者 category of this year (one place) with W0001 and W0002 nominated and passed, and
/// an open round for the five voters W0001–W0005, with its codes.
pub async fn open_honors_round(app: &App) -> HonorsRound {
    let mut people = Vec::new();
    for no in ["W0001", "W0002", "W0003", "W0004", "W0005"] {
        people.push(staff(app, no).await.id);
    }
    let year: i32 = minutes_from_now(0)[..4].parse().unwrap();
    let category = app
        .invoke(
            "create_honor_category",
            json!({ "input": {
                "year": year, "name": "最美志愿者", "target": "person", "quota": 1,
                "eligibility": "none",
                "nominations_open_at": minutes_from_now(-60), "nominations_close_at": minutes_from_now(60)
            }}),
        )
        .await
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let mut nominations = Vec::new();
    for staff_id in &people[..2] {
        let n = app
            .invoke(
                "nominate",
                json!({ "input": {
                    "category_id": category, "nominee_staff_id": staff_id, "nominee_department_id": null,
                    "source": "leadership", "source_department_id": null, "actor_staff_id": null,
                    "deeds": "常年参加志愿服务。"
                }}),
            )
            .await
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        app.invoke(
            "review_nomination",
            json!({ "id": n, "passed": true, "reason": "" }),
        )
        .await
        .unwrap();
        nominations.push(n);
    }
    let round = app
        .invoke(
            "create_voting_round",
            json!({ "input": {
                "category_id": category, "title": "最美志愿者投票", "form": "choose", "majority_base": "cast",
                "voters": { "whole_roster": false, "department_ids": [], "staff_ids": people }
            }}),
        )
        .await
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    app.invoke("open_voting_round", json!({ "id": round }))
        .await
        .unwrap();
    let codes: Vec<String> = serde_json::from_value(
        app.invoke("ballot_codes", json!({ "id": round }))
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(codes.len(), 5);
    HonorsRound {
        category,
        round,
        nominations,
        codes,
    }
}
