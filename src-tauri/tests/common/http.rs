//! A phone standing in for the tests and the load bench: one HTTP/1.1 request per connection,
//! to the loopback only, each bounded in time. `from` picks the loopback source address
//! (127.0.0.N), so several "phones" have addresses of their own without leaving the machine.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::Request;
use hyper_util::rt::TokioIo;
use tokio::net::TcpSocket;

pub struct Reply {
    pub status: u16,
    pub headers: hyper::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }

    pub fn code(&self) -> String {
        self.json()["code"].as_str().unwrap_or_default().to_string()
    }
}

/// Sends one request; `Err` when the server does not take the connection (stopped).
pub async fn send(
    addr: SocketAddr,
    from: Option<IpAddr>,
    method: &str,
    path: &str,
    bearer: Option<&str>,
    body: Option<Vec<u8>>,
) -> Result<Reply, String> {
    assert!(addr.ip().is_loopback(), "tests talk to the loopback only");
    let exchange = async {
        let socket = TcpSocket::new_v4().map_err(|e| e.to_string())?;
        if let Some(ip) = from {
            assert!(ip.is_loopback());
            socket
                .bind(SocketAddr::new(ip, 0))
                .map_err(|e| e.to_string())?;
        }
        let stream = socket.connect(addr).await.map_err(|e| e.to_string())?;
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| e.to_string())?;
        tokio::spawn(conn);
        let mut request = Request::builder()
            .method(method)
            .uri(path)
            .header("host", addr.to_string());
        if let Some(token) = bearer {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        if body.is_some() {
            request = request.header("content-type", "application/json");
        }
        let request = request
            .body(Full::new(Bytes::from(body.unwrap_or_default())))
            .map_err(|e| e.to_string())?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|e| e.to_string())?
            .to_bytes()
            .to_vec();
        Ok(Reply {
            status,
            headers,
            body,
        })
    };
    tokio::time::timeout(Duration::from_secs(20), exchange)
        .await
        .map_err(|_| "timed out".to_string())?
}

pub async fn get(addr: SocketAddr, path: &str, bearer: Option<&str>) -> Result<Reply, String> {
    send(addr, None, "GET", path, bearer, None).await
}

pub async fn post(
    addr: SocketAddr,
    path: &str,
    bearer: Option<&str>,
    body: serde_json::Value,
) -> Result<Reply, String> {
    send(
        addr,
        None,
        "POST",
        path,
        bearer,
        Some(body.to_string().into_bytes()),
    )
    .await
}
