//! The app's state: one database connection (used on blocking threads, never on the main thread)
//! and the session's role. If the database cannot be opened (for example it was written by a newer
//! version), the window still opens and every command answers with that error.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use wenming_core::auth::{Kiosk, Role, Session};
use wenming_core::store::Connection;
use wenming_core::AppError;

pub struct AppState {
    db: Result<Arc<Mutex<Connection>>, AppError>,
    session: Arc<Mutex<Session>>,
    pub db_path: PathBuf,
}

impl AppState {
    pub fn open(path: &Path) -> Self {
        let db = wenming_core::store::open(path)
            .map(|c| Arc::new(Mutex::new(c)))
            .map_err(AppError::from);
        AppState {
            db,
            session: Arc::default(),
            db_path: path.to_path_buf(),
        }
    }

    /// The session, after ending organizer mode if it was left idle too long.
    fn session(&self) -> MutexGuard<'_, Session> {
        let mut s = self.session.lock().expect("session lock");
        s.expire_if_idle(Instant::now());
        s
    }

    /// Refuses unless the session is in organizer mode: the first line of every organizer command.
    /// An organizer left idle too long is refused as if logged out; an accepted command starts
    /// the idle time again.
    pub fn require_organizer(&self) -> Result<(), AppError> {
        let mut s = self.session();
        s.require_organizer()?;
        s.touch(Instant::now());
        Ok(())
    }

    /// The vote the window is locked to as a 投票终端, if any.
    pub fn kiosk(&self) -> Option<Kiosk> {
        self.session().kiosk()
    }

    /// The honors round the 投票终端 is locked to; refused when no honors kiosk is open.
    pub fn kiosk_round(&self) -> Result<i64, AppError> {
        Ok(self.session().kiosk_round()?)
    }

    /// The exhibition the 投票终端 is locked to; refused when no exhibition kiosk is open.
    pub fn kiosk_exhibition(&self) -> Result<i64, AppError> {
        Ok(self.session().kiosk_exhibition()?)
    }

    /// The current role; asking for it in organizer mode counts as organizer activity.
    pub fn role(&self) -> Role {
        let mut s = self.session();
        s.touch(Instant::now());
        s.role()
    }

    /// Whom the data is shown to: staff while a kiosk is open (phones masked).
    pub fn viewer(&self) -> Role {
        let mut s = self.session();
        s.touch(Instant::now());
        s.viewer()
    }

    /// Runs `f` with the connection on a blocking thread.
    pub async fn db<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, AppError> + Send + 'static,
    {
        let db = self.db.clone()?;
        tauri::async_runtime::spawn_blocking(move || {
            let mut conn = db
                .lock()
                .map_err(|_| AppError::new("app.busy", "数据库正忙，请重试"))?;
            f(&mut conn)
        })
        .await
        .map_err(|e| AppError::new("app.internal", format!("内部错误：{e}")))?
    }

    /// Runs `f` with the connection and the session on a blocking thread (login, logout, setup).
    pub async fn db_and_session<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection, &mut Session) -> Result<T, AppError> + Send + 'static,
    {
        let session = self.session.clone();
        self.db(move |conn| {
            let mut s = session
                .lock()
                .map_err(|_| AppError::new("app.busy", "请重试"))?;
            s.expire_if_idle(Instant::now());
            f(conn, &mut s)
        })
        .await
    }
}
