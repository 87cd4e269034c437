//! Files sent from the window as a raw IPC body (no JSON number array): the owner's id and the
//! URI-encoded file name travel in headers.

use tauri::ipc::{InvokeBody, Request};
use wenming_core::AppError;

/// The owner's id (from header `id_header`), the file name and the bytes of an upload.
pub(crate) fn parse(
    request: &Request<'_>,
    id_header: &str,
) -> Result<(i64, String, Vec<u8>), AppError> {
    let bad = || AppError::new("app.upload", "上传的文件格式不正确，请重试");
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(bad());
    };
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let id: i64 = header(id_header)
        .and_then(|v| v.parse().ok())
        .ok_or_else(bad)?;
    let file_name = percent_decode(&header("file-name").ok_or_else(bad)?);
    Ok((id, file_name, bytes.clone()))
}

/// A header of the request as text (URI-decoded), if present.
pub(crate) fn header(request: &Request<'_>, name: &str) -> Option<String> {
    request
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(percent_decode)
}

/// Decodes `%XX` escapes (file names travel URI-encoded in a header).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
