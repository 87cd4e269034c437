//! The app's state: one database connection (used on blocking threads, never on the main thread)
//! and the session's role. If the database cannot be opened (for example it was written by a newer
//! version), the window still opens and every command answers with that error.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::Instant;

use wenming_core::auth::{Kiosk, Role, Session};
use wenming_core::safety::audit::{self, AuditMode};
use wenming_core::screens::{self, ScreenView};
use wenming_core::store::Connection;
use wenming_core::time::now;
use wenming_core::AppError;

type Db = Result<Arc<Mutex<Connection>>, AppError>;

pub struct AppState {
    /// Filled by the opening thread (see [`AppState::open`]); a command that comes first waits.
    db: Arc<OnceLock<Db>>,
    /// The thread that opens the database and then makes the day's backup, while it runs (see
    /// [`AppState::wait_for_daily_backup`]).
    /// Held while one command waits for it, so that a second waits too.
    opening: tokio::sync::Mutex<Option<std::thread::JoinHandle<()>>>,
    session: Arc<Mutex<Session>>,
    /// The view the 大屏 window shows, while it is open.
    screen: Mutex<Option<ScreenView>>,
    pub db_path: PathBuf,
    /// 手机参与: the LAN server while it runs.
    pub lan: crate::lan::Lan,
}

impl AppState {
    /// Opens the database on a thread of its own, so that the window loads its page meanwhile
    /// (creating a new database or backing one up before an upgrade takes a while); the first
    /// command waits for it. The same thread then reads what the 首页 reads, so that the page's
    /// first question finds it kept, and makes the day's backup, at a lower priority than
    /// the window (see `wenming_core::safety`), once the window has shown its first screen and the
    /// commands have been quiet for a second ([`crate::desktop::StartGate`]). A failed daily backup
    /// is logged; the app still starts.
    pub fn open(path: &Path) -> Self {
        let db: Arc<OnceLock<Db>> = Arc::default();
        let opening = {
            let (db, path) = (db.clone(), path.to_path_buf());
            std::thread::spawn(move || {
                let started = now();
                let opened = db.get_or_init(|| open_watched(&path, started)).is_ok();
                if opened {
                    prepare_the_first_screen(&db);
                    lower_this_threads_priority();
                    let start = &crate::desktop::START;
                    let until_quiet =
                        || start.wait(crate::desktop::QUIET, crate::desktop::BACKUP_WAITS_AT_MOST);
                    if let Err(e) =
                        wenming_core::safety::daily_backup_apart(&path, started, until_quiet)
                    {
                        log::warn!("每日备份未成功：{}", AppError::from(e).code);
                    }
                    crate::desktop::give_back_free_memory();
                }
            })
        };
        AppState {
            db,
            opening: tokio::sync::Mutex::new(Some(opening)),
            session: Arc::default(),
            screen: Mutex::default(),
            db_path: path.to_path_buf(),
            lan: crate::lan::Lan::default(),
        }
    }

    /// Returns once the day's backup started at opening is written (at once if it is). A backup
    /// or a restore the organizer asks for waits for it, so that the backups folder and the data
    /// are not written by two hands at once, and the list of backups for it to be listed; a
    /// command waiting hurries it (it no longer waits for the start to end).
    pub async fn wait_for_daily_backup(&self) {
        crate::desktop::START.hurry();
        let mut running = self.opening.lock().await;
        if let Some(handle) = running.take() {
            let _ = tauri::async_runtime::spawn_blocking(move || handle.join()).await;
        }
    }

    /// The connection as the LAN server uses it: see [`PhoneDb`].
    pub async fn phone_db(&self) -> Result<PhoneDb, AppError> {
        Ok(PhoneDb(self.opened().await?))
    }

    /// The connection; until the opening thread is done, waited for on a blocking thread (once
    /// open, every command takes it at once, with no extra hop).
    async fn opened(&self) -> Db {
        if let Some(db) = self.db.get() {
            return db.clone();
        }
        let (db, path) = (self.db.clone(), self.db_path.clone());
        let waited = tauri::async_runtime::spawn_blocking(move || {
            db.get_or_init(|| open_watched(&path, now())).clone()
        })
        .await;
        waited.map_err(|e| AppError::new("app.internal", format!("内部错误：{e}")))?
    }

    /// Whose writes the 操作日志 records now: the organizer's, not while a kiosk is open (a voter's
    /// ballot is never logged), not staff self-service.
    fn audited(&self) -> bool {
        let s = self.session.lock().expect("session lock");
        s.role() == Role::Organizer && s.kiosk().is_none()
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

    /// Notes the view the 大屏 window shows (`None`: it closed).
    pub fn set_screen(&self, view: Option<ScreenView>) {
        *self.screen.lock().expect("screen lock") = view;
    }

    /// Refuses a screen read unless the 大屏 is open on `asked`. The session is not touched: a
    /// screen polling every few seconds is not organizer activity.
    pub fn require_screen(&self, asked: &ScreenView) -> Result<(), AppError> {
        let open = self.screen.lock().expect("screen lock");
        Ok(screens::require_open(open.as_ref(), asked)?)
    }

    /// The honors round the 投票终端 is locked to; refused when no honors kiosk is open.
    pub fn kiosk_round(&self) -> Result<i64, AppError> {
        Ok(self.session().kiosk_round()?)
    }

    /// The exhibition the 投票终端 is locked to; refused when no exhibition kiosk is open.
    pub fn kiosk_exhibition(&self) -> Result<i64, AppError> {
        Ok(self.session().kiosk_exhibition()?)
    }

    /// The 评诺 round the 投票终端 is locked to; refused when no 评诺 kiosk is open.
    pub fn kiosk_pledge_round(&self) -> Result<i64, AppError> {
        Ok(self.session().kiosk_pledge_round()?)
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

    /// Runs `f` with the connection on a blocking thread. When an organizer's `f` succeeds, the rows
    /// it changed go into the 操作日志; whatever else `f` changed (staff self-service, a refused
    /// write) is forgotten.
    pub async fn db<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, AppError> + Send + 'static,
    {
        let db = self.opened().await?;
        let audited = self.audited();
        let result = locked(db, move |conn| {
            let result = f(conn);
            let changes = audit::take_changes(conn)?;
            if result.is_ok() && audited {
                audit::record_changes(conn, now(), AuditMode::Organizer, changes)?;
            }
            // The log keeps only the code: a message may quote a name or a phone.
            if let Err(e) = &result {
                log::info!("操作未完成：{}", e.code);
            }
            result
        })
        .await;
        result.map_err(|e| AppError::new("app.internal", format!("内部错误：{e}")))?
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
            let kiosk_before = s.kiosk();
            let result = f(conn, &mut s)?;
            // A kiosk opened or closed is logged (which vote, never who voted or when).
            let line = match (kiosk_before, s.kiosk()) {
                (None, Some(k)) => Some(("投票终端 · 打开", k)),
                (Some(k), None) => Some(("投票终端 · 关闭", k)),
                _ => None,
            };
            if let Some((what, kiosk)) = line {
                audit::record_now(conn, now(), AuditMode::Kiosk, what, &kiosk_record(kiosk))?;
            }
            Ok(result)
        })
        .await
    }
}

/// The connection for requests from phones (手机参与). Unlike [`AppState::db`], nothing it
/// writes goes into the 操作日志, even while the organizer is logged in at the desk: a phone's
/// sign-up is that person's own, like 职工自助 at the desk, and never the organizer's. It logs
/// nothing either — no code of a refusal, no line per request — so no log file says who did
/// what from which phone, or when a ballot was cast.
///
/// It does not refuse while a 投票终端 is open at the desk: the kiosk lock keeps a voter at the
/// organizer's keyboard away from management, and a phone never reaches management at all (no
/// organizer route exists). The organizer opened the LAN window for chosen purposes and a chosen
/// time; a meeting where some vote at the kiosk while others sign up or vote from their phones is
/// what a careful organizer expects to keep working, and the window ends by its own clock.
#[derive(Clone)]
pub struct PhoneDb(Arc<Mutex<Connection>>);

impl PhoneDb {
    /// A database of its own, for tests and benchmarks of the LAN server without an app.
    pub fn of(conn: Connection) -> Result<Self, AppError> {
        audit::watch(&conn)?;
        Ok(PhoneDb(Arc::new(Mutex::new(conn))))
    }

    /// Runs `f` with the connection on a blocking thread; the rows it changed are forgotten by
    /// the 操作日志's watch, so the organizer's next command does not take them for its own.
    pub async fn run<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, AppError> + Send + 'static,
    {
        let result = locked(self.0.clone(), move |conn| {
            let result = f(conn);
            audit::take_changes(conn)?;
            result
        })
        .await;
        // No detail of the failure: nothing about a phone's request is written anywhere.
        result.map_err(|_| AppError::new("app.internal", "内部错误，请重试"))?
    }
}

/// Runs `f` on a blocking thread with the connection locked and the 操作日志's watch emptied
/// first, so that `f` sees only its own changes; what becomes of them is `f`'s to say (the desk
/// records an organizer's, a phone's are forgotten). Errs only when the thread itself failed.
async fn locked<T, F>(db: Arc<Mutex<Connection>>, f: F) -> Result<Result<T, AppError>, tauri::Error>
where
    T: Send + 'static,
    F: FnOnce(&mut Connection) -> Result<T, AppError> + Send + 'static,
{
    let answer = tauri::async_runtime::spawn_blocking(move || {
        let mut conn = db
            .lock()
            .map_err(|_| AppError::new("app.busy", "数据库正忙，请重试"))?;
        audit::take_changes(&conn)?;
        f(&mut conn)
    })
    .await;
    crate::desktop::give_back_free_memory_when_quiet();
    crate::desktop::START.activity();
    answer
}

fn kiosk_record(kiosk: Kiosk) -> String {
    match kiosk {
        Kiosk::HonorsRound { round_id } => format!("honor_round #{round_id}"),
        Kiosk::Exhibition { activity_id } => format!("activity #{activity_id}（书画展览人气投票）"),
        Kiosk::PledgeRound { round_id } => format!("pledge_round #{round_id}（评诺）"),
    }
}

/// Opens the database (backed up first before an upgrade) and watches it for the 操作日志 (see
/// [`AppState::db`]). If it cannot be opened, every command answers with that error.
fn open_watched(path: &Path, started: chrono::NaiveDateTime) -> Db {
    let clock = Instant::now();
    let db = wenming_core::safety::open_backed_up(path, started)
        .map_err(AppError::from)
        .and_then(|c| {
            audit::watch(&c)?;
            Ok(Arc::new(Mutex::new(c)))
        });
    match &db {
        Ok(_) => log::info!("数据库已打开，用时 {} 毫秒", clock.elapsed().as_millis()),
        Err(e) => log::error!("无法打开数据库：{}", e.code),
    }
    db
}

/// The 首页's reads made once while the page loads (`dashboard::prepare`): the page's first
/// question, asked as it starts, is answered from what they keep. A failure is left to that
/// question to report.
fn prepare_the_first_screen(db: &OnceLock<Db>) {
    if let Some(Ok(db)) = db.get() {
        if let Ok(conn) = db.lock() {
            let _ = wenming_core::dashboard::prepare(&conn, now());
        }
    }
}

/// The day's backup is work for later: at a lower priority, it takes the cores only when the
/// window leaves them free (on Linux a thread's nice value is its own).
fn lower_this_threads_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority takes plain integers; `0` names the calling thread.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}
