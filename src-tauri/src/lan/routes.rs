//! The routes of the phone page: every one under `/m/<token>/`, each calling the same core
//! function as the desktop's self-service command it mirrors. No organizer route exists.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Datelike;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use wenming_core::activities::{self as act, Activity, Member, MyActivity, Signup};
use wenming_core::auth::Actor;
use wenming_core::honors::{self, Ballot, Round};
use wenming_core::lan::{self, LanError, PhoneInfo, PhoneLogin, PhoneSession, Purpose};
use wenming_core::pledges::{
    self, Owner, Pledge, PledgeInput, PledgeRound, RateableOwner, RatingInput,
};
use wenming_core::time::now;
use wenming_core::AppError;

use super::assets;
use super::server::{lock, not_found, token_guard, Shared};

/// A refusal as the phone receives it: `{code, message}` with a status that fits.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let code = self.0.code.as_str();
        let status = match code {
            "lan.login_required" => StatusCode::UNAUTHORIZED,
            "lan.rate_limited" => StatusCode::TOO_MANY_REQUESTS,
            "lan.purpose_off" => StatusCode::FORBIDDEN,
            c if c.starts_with("auth.") => StatusCode::FORBIDDEN,
            c if c.starts_with("store.") || c.starts_with("app.") => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
            _ => StatusCode::BAD_REQUEST,
        };
        (status, Json(self.0)).into_response()
    }
}

type Answer<T> = Result<Json<T>, ApiError>;
type S = State<Arc<Shared>>;

/// Every route of the page. The token of the path is checked before any handler runs.
pub fn router(shared: Arc<Shared>) -> Router {
    let p = |path: &str| format!("/m/{{token}}{path}");
    Router::new()
        .route(&p(""), get(to_page))
        .route(&p("/"), get(assets::page))
        .route(&p("/assets/{*path}"), get(assets::file))
        .route(&p("/api/info"), get(info))
        .route(&p("/api/login"), post(login))
        .route(&p("/api/logout"), post(logout))
        .route(&p("/api/activities"), get(activities))
        .route(&p("/api/activities/{id}/signup"), post(sign_up))
        .route(&p("/api/signups/{id}/cancel"), post(cancel_signup))
        .route(&p("/api/my/activities"), get(my_activities))
        .route(&p("/api/my/members/{id}/reflection"), post(reflection))
        .route(&p("/api/my/signups/{id}/reflection"), post(own_reflection))
        .route(&p("/api/pledges/mine"), get(my_pledge))
        .route(&p("/api/pledges"), post(publish_pledge))
        .route(&p("/api/pledge-rounds"), get(pledge_rounds))
        .route(&p("/api/pledge-rounds/{id}/rateable"), get(rateable))
        .route(&p("/api/pledge-ratings"), post(rate))
        .route(&p("/api/votes"), get(votes))
        .route(&p("/api/votes/{id}/check"), post(check_code))
        .route(&p("/api/votes/{id}/cast"), post(cast))
        .route_layer(middleware::from_fn_with_state(shared.clone(), token_guard))
        .fallback(|| async { not_found() })
        .with_state(shared)
}

/// `/m/<token>` without the slash: the page's relative URLs need it.
async fn to_page(Path(token): Path<String>) -> Redirect {
    Redirect::permanent(&format!("/m/{token}/"))
}

fn parse<T: DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|_| {
        ApiError(AppError::new(
            "lan.bad_request",
            "请求内容不正确，请刷新页面后重试",
        ))
    })
}

/// The person behind the request: one of `purposes` must be on, then a phone session (Bearer
/// token).
fn person(
    shared: &Shared,
    headers: &HeaderMap,
    purposes: &[Purpose],
) -> Result<(Actor, i64), ApiError> {
    if !purposes.iter().any(|p| shared.require(*p).is_ok()) {
        // Refused naming the first of them.
        shared.require(purposes[0])?;
    }
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let actor = lock(&shared.sessions)
        .actor_of(token)
        .map_err(|e| ApiError(e.into()))?;
    let id = actor
        .staff_id()
        .ok_or_else(|| ApiError(LanError::LoginRequired.into()))?;
    Ok((actor, id))
}

async fn run<T, F>(shared: &Shared, f: F) -> Answer<T>
where
    T: Send + 'static,
    F: FnOnce(&mut wenming_core::store::Connection) -> Result<T, AppError> + Send + 'static,
{
    Ok(Json(shared.db.run(f).await?))
}

async fn info(State(s): S) -> Answer<PhoneInfo> {
    let w = s.window();
    run(&s, move |c| Ok(lan::phone_info(c, &w.purposes, w.until)?)).await
}

async fn login(State(s): S, body: Bytes) -> Answer<PhoneSession> {
    let input: PhoneLogin = parse(&body)?;
    let (actor, staff) = s.db.run(move |c| Ok(lan::login(c, &input, now())?)).await?;
    let session = lock(&s.sessions)
        .open(actor, &staff)
        .map_err(|e| ApiError(e.into()))?;
    Ok(Json(session))
}

async fn logout(State(s): S, headers: HeaderMap) -> Answer<()> {
    if let Some(token) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        lock(&s.sessions).end(token.trim());
    }
    Ok(Json(()))
}

// 活动报名: as `self_sign_up` / `self_cancel_signup`.

async fn activities(State(s): S, h: HeaderMap) -> Answer<Vec<Activity>> {
    let (_, id) = person(&s, &h, &[Purpose::Signup])?;
    run(&s, move |c| Ok(lan::open_activities(c, id, now())?)).await
}

async fn sign_up(
    State(s): S,
    h: HeaderMap,
    Path((_, activity)): Path<(String, i64)>,
) -> Answer<Signup> {
    let (me, id) = person(&s, &h, &[Purpose::Signup])?;
    run(&s, move |c| Ok(act::sign_up(c, activity, id, me, now())?)).await
}

async fn cancel_signup(
    State(s): S,
    h: HeaderMap,
    Path((_, signup)): Path<(String, i64)>,
) -> Answer<Activity> {
    let (me, _) = person(&s, &h, &[Purpose::Signup])?;
    run(&s, move |c| Ok(act::cancel_signup(c, signup, me, now())?)).await
}

// 我的活动 and 心得: as `my_activities` / `self_set_reflection`.

/// Also while only 活动报名 is on: its screen offers 取消报名 on one's own places.
async fn my_activities(State(s): S, h: HeaderMap) -> Answer<Vec<MyActivity>> {
    let (_, id) = person(&s, &h, &[Purpose::MyActivities, Purpose::Signup])?;
    run(&s, move |c| Ok(act::my_activities(c, id, now())?)).await
}

#[derive(Deserialize)]
struct ReflectionBody {
    reflection: String,
}

async fn reflection(
    State(s): S,
    h: HeaderMap,
    Path((_, member)): Path<(String, i64)>,
    body: Bytes,
) -> Answer<Member> {
    let (me, _) = person(&s, &h, &[Purpose::MyActivities])?;
    let body: ReflectionBody = parse(&body)?;
    run(&s, move |c| {
        Ok(act::set_reflection(c, member, &body.reflection, me, now())?)
    })
    .await
}

/// 心得 by the entry, as 我的活动 names it: the person's own line on it.
async fn own_reflection(
    State(s): S,
    h: HeaderMap,
    Path((_, signup)): Path<(String, i64)>,
    body: Bytes,
) -> Answer<Member> {
    let (me, _) = person(&s, &h, &[Purpose::MyActivities])?;
    let body: ReflectionBody = parse(&body)?;
    run(&s, move |c| {
        Ok(act::set_own_reflection(
            c,
            signup,
            &body.reflection,
            me,
            now(),
        )?)
    })
    .await
}

// 亮诺: as `owner_pledge` (one's own, this year) / `self_publish_pledge`.

async fn my_pledge(State(s): S, h: HeaderMap) -> Answer<Option<Pledge>> {
    let (_, id) = person(&s, &h, &[Purpose::Pledge])?;
    run(&s, move |c| {
        let t = now();
        Ok(pledges::pledge_of(
            c,
            Owner::Person { staff_id: id },
            t.year(),
            t,
        )?)
    })
    .await
}

async fn publish_pledge(State(s): S, h: HeaderMap, body: Bytes) -> Answer<Pledge> {
    let (me, _) = person(&s, &h, &[Purpose::Pledge])?;
    let input: PledgeInput = parse(&body)?;
    run(&s, move |c| {
        Ok(pledges::publish_pledge(c, &input, me, now())?)
    })
    .await
}

// 评诺 by name: as `self_rateable_pledges` / `self_rate_pledge`.

async fn pledge_rounds(State(s): S, h: HeaderMap) -> Answer<Vec<PledgeRound>> {
    person(&s, &h, &[Purpose::PledgeRating])?;
    run(&s, move |c| Ok(lan::open_pledge_rounds(c)?)).await
}

async fn rateable(
    State(s): S,
    h: HeaderMap,
    Path((_, round)): Path<(String, i64)>,
) -> Answer<Vec<RateableOwner>> {
    let (_, id) = person(&s, &h, &[Purpose::PledgeRating])?;
    run(&s, move |c| Ok(pledges::rateable(c, round, id)?)).await
}

async fn rate(State(s): S, h: HeaderMap, body: Bytes) -> Answer<RateableOwner> {
    let (_, id) = person(&s, &h, &[Purpose::PledgeRating])?;
    let input: RatingInput = parse(&body)?;
    run(&s, move |c| Ok(pledges::rate(c, id, &input, now())?)).await
}

// 投票 with a one-time code: as the 投票终端's `kiosk_ballot` / `kiosk_check_code` /
// `kiosk_cast`, for a round the phone names. No phone session, nothing about the phone kept.

async fn votes(State(s): S) -> Answer<Vec<Round>> {
    s.require(Purpose::Vote)?;
    run(&s, move |c| Ok(lan::open_votes(c)?)).await
}

#[derive(Deserialize)]
struct CodeBody {
    code: String,
}

#[derive(Deserialize)]
struct CastBody {
    code: String,
    ballot: Ballot,
}

async fn check_code(
    State(s): S,
    Path((_, round)): Path<(String, i64)>,
    body: Bytes,
) -> Answer<Round> {
    s.require(Purpose::Vote)?;
    let body: CodeBody = parse(&body)?;
    run(&s, move |c| Ok(honors::check_code(c, round, &body.code)?)).await
}

async fn cast(State(s): S, Path((_, round)): Path<(String, i64)>, body: Bytes) -> Answer<()> {
    s.require(Purpose::Vote)?;
    let body: CastBody = parse(&body)?;
    run(&s, move |c| {
        Ok(honors::cast_ballot(c, round, &body.code, &body.ballot)?)
    })
    .await
}
