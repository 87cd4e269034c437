//! The phone page's files: `phone.html` and its `assets/`, from the app's embedded frontend (the
//! same Vite build as the window). Behind a trait, so the server runs in tests without a Tauri
//! app and without `ui/dist`.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

use super::server::{not_found, Shared};

/// The page's Content-Security-Policy: nothing from anywhere but this server (Vant's icon font is
/// inlined in the page's CSS as a data: URL).
pub const PHONE_CSP: &str =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; \
frame-ancestors 'none'";

/// One file of the page.
pub struct Asset {
    pub bytes: Vec<u8>,
    pub mime_type: String,
}

/// Where the page's files come from: `get("phone.html")`, `get("assets/index-abc.js")`.
pub trait PhoneAssets: Send + Sync + 'static {
    fn get(&self, path: &str) -> Option<Asset>;
}

impl<F> PhoneAssets for F
where
    F: Fn(&str) -> Option<Asset> + Send + Sync + 'static,
{
    fn get(&self, path: &str) -> Option<Asset> {
        self(path)
    }
}

/// The app's embedded frontend, through Tauri's asset resolver.
pub fn embedded<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> Arc<dyn PhoneAssets> {
    Arc::new(move |path: &str| {
        app.asset_resolver().get(path.to_string()).map(|a| Asset {
            bytes: a.bytes,
            mime_type: a.mime_type,
        })
    })
}

fn is_html(asset: &Asset) -> bool {
    asset.mime_type.starts_with("text/html")
}

fn serve(asset: Asset) -> Response {
    let mime = HeaderValue::from_str(&asset.mime_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    (
        [
            (header::CONTENT_TYPE, mime),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(PHONE_CSP),
            ),
        ],
        asset.bytes,
    )
        .into_response()
}

/// `GET /m/<token>/`: the page.
pub async fn page(State(shared): State<Arc<Shared>>) -> Response {
    match shared.assets.get("phone.html") {
        Some(asset) if is_html(&asset) => serve(asset),
        _ => not_found(),
    }
}

/// `GET /m/<token>/assets/<file>`: a script, a style sheet, a font or a picture of the page —
/// never a page (the resolver answers an unknown path with the window's `index.html`).
pub async fn file(
    State(shared): State<Arc<Shared>>,
    Path((_, path)): Path<(String, String)>,
) -> Response {
    let safe = !path.is_empty()
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != ".." && part != "." && !part.contains('\\'));
    if !safe {
        return not_found();
    }
    match shared.assets.get(&format!("assets/{path}")) {
        Some(asset) if !is_html(&asset) => serve(asset),
        _ => not_found(),
    }
}
