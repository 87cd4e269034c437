//! A timed contest as read from the store, and the checks every write runs on it — the same
//! checks give the window its permits (`view`), so a button and its write never disagree.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::model::*;
use super::ranking::RunnerStatus;
use super::store::{self, RunnerRow};
use crate::activities::{self, Activity, ActivityState, SignupStatus};
use crate::time::{show_time, time_text};

/// The labels of the ranking without groups, of a runner in no group, and of the gender groups.
pub const ALL_LABEL: &str = "全体";
pub const UNGROUPED_LABEL: &str = "未分组";
pub const MEN: &str = "男子组";
pub const WOMEN: &str = "女子组";

pub(super) struct State {
    pub activity: Activity,
    pub settings: TimedSettings,
    pub stored: bool,
    pub published_at: Option<NaiveDateTime>,
    pub runners: Vec<RunnerRow>,
    /// ('' for the whole field, or the group) → when.
    pub starts: Vec<(String, NaiveDateTime)>,
    pub log: Vec<TimedLogEntry>,
}

/// The groups the settings make, in order (none without groups).
pub(super) fn group_names(settings: &TimedSettings) -> Vec<String> {
    match settings.group_rule {
        GroupRule::None => Vec::new(),
        GroupRule::ByGender => vec![MEN.to_string(), WOMEN.to_string()],
        GroupRule::Manual => settings.groups.clone(),
    }
}

impl State {
    pub fn load(
        conn: &Connection,
        activity_id: i64,
        now: NaiveDateTime,
    ) -> Result<State, TimedError> {
        let activity = activities::get_activity(conn, activity_id, now)?;
        if !is_timed_kind(activity.kind) {
            return Err(TimedError::NotTimedKind(activity.kind.label().into()));
        }
        let (settings, stored, published_at) = match store::contest(conn, activity_id)? {
            Some(row) => (row.settings, true, row.published_at),
            None => (TimedSettings::default(), false, None),
        };
        Ok(State {
            activity,
            settings,
            stored,
            published_at,
            runners: store::runners(conn, activity_id)?,
            starts: store::starts(conn, activity_id)?,
            log: store::log(conn, activity_id)?,
        })
    }

    pub fn runner(&self, staff_id: i64) -> Result<&RunnerRow, TimedError> {
        self.runners
            .iter()
            .find(|r| r.staff_id == staff_id)
            .ok_or(TimedError::RunnerNotFound)
    }

    /// The contest changes while its activity is not cancelled and its results are not published.
    pub fn open(&self) -> Result<(), TimedError> {
        if self.activity.state == ActivityState::Cancelled {
            return Err(TimedError::ActivityCancelled(self.activity.title.clone()));
        }
        if let Some(at) = self.published_at {
            return Err(TimedError::Locked(show_time(at)));
        }
        Ok(())
    }

    /// Groups, start mode and team rule change until the first start.
    pub fn settings_changeable(&self) -> Result<(), TimedError> {
        self.open()?;
        if !self.starts.is_empty() {
            return Err(TimedError::Started);
        }
        Ok(())
    }

    /// 发放号码布: once, to the confirmed individual sign-ups.
    pub fn bibs_issuable(&self, confirmed: usize) -> Result<(), TimedError> {
        self.open()?;
        if self.activity.team_mode {
            return Err(TimedError::TeamsNotSupported);
        }
        if !self.runners.is_empty() {
            return Err(TimedError::BibsIssued);
        }
        if confirmed == 0 {
            return Err(TimedError::NoEntrants);
        }
        Ok(())
    }

    /// A runner may change group (自定 or 按性别 for those 未分组) until the first start.
    pub fn group_changeable(&self) -> Result<(), TimedError> {
        self.settings_changeable()?;
        if self.settings.group_rule == GroupRule::None {
            return Err(TimedError::GroupsAreAutomatic);
        }
        Ok(())
    }

    /// The start a runner waits for: '' for everyone, or their group ('' when 未分组).
    pub fn start_key<'a>(&self, r: &'a RunnerRow) -> &'a str {
        match self.settings.start_mode {
            StartMode::Mass => "",
            StartMode::ByGroup => r.group.as_deref().unwrap_or(""),
        }
    }

    pub fn started_at(&self, r: &RunnerRow) -> Option<NaiveDateTime> {
        let key = self.start_key(r);
        if self.settings.start_mode == StartMode::ByGroup && key.is_empty() {
            return None;
        }
        self.starts.iter().find(|s| s.0 == key).map(|s| s.1)
    }

    pub fn status(&self, r: &RunnerRow) -> RunnerStatus {
        match (r.out.as_deref(), r.finished_at) {
            (Some("dnf"), _) => RunnerStatus::Dnf,
            (Some(_), _) => RunnerStatus::Dns,
            (None, Some(_)) => RunnerStatus::Finished,
            (None, None) if self.started_at(r).is_some() => RunnerStatus::Running,
            (None, None) => RunnerStatus::Waiting,
        }
    }

    /// 发令: the whole field (集体出发, `group: None`) or one group (分组出发).
    pub fn startable(&self, group: Option<&str>) -> Result<(), TimedError> {
        self.open()?;
        if self.runners.is_empty() {
            return Err(TimedError::NoBibs);
        }
        let key = match (self.settings.start_mode, group) {
            (StartMode::Mass, None) => "",
            (StartMode::Mass, Some(_)) => return Err(TimedError::NoGroupStarts),
            (StartMode::ByGroup, None) => return Err(TimedError::GroupRequired),
            (StartMode::ByGroup, Some(g)) => {
                if !group_names(&self.settings).iter().any(|n| n == g) {
                    return Err(TimedError::UnknownGroup(g.to_string()));
                }
                let ungrouped: Vec<&str> = self
                    .runners
                    .iter()
                    .filter(|r| r.group.is_none())
                    .map(|r| r.name.as_str())
                    .collect();
                if let Some(first) = ungrouped.first() {
                    let who = if ungrouped.len() > 1 {
                        format!("{first}等 {} 人", ungrouped.len())
                    } else {
                        first.to_string()
                    };
                    return Err(TimedError::UngroupedRunners(who));
                }
                g
            }
        };
        if let Some((_, at)) = self.starts.iter().find(|s| s.0 == key) {
            let what = if key.is_empty() { "全体" } else { key };
            return Err(TimedError::AlreadyStarted(what.to_string(), show_time(*at)));
        }
        Ok(())
    }

    /// 终点录入: some start has been given and the results are open.
    pub fn recordable(&self) -> Result<(), TimedError> {
        self.open()?;
        if self.runners.is_empty() {
            return Err(TimedError::NoBibs);
        }
        if self.starts.is_empty() {
            return Err(TimedError::NoStartYet);
        }
        Ok(())
    }

    /// A time for this runner: not marked out, not finished yet, started, not before the start.
    pub fn finishable(&self, r: &RunnerRow, at: NaiveDateTime) -> Result<(), TimedError> {
        if let Some(status) = self.out_status(r) {
            return Err(TimedError::MarkedOut {
                bib: r.bib,
                name: r.name.clone(),
                status,
            });
        }
        if let Some(done) = r.finished_at {
            return Err(TimedError::AlreadyFinished {
                bib: r.bib,
                name: r.name.clone(),
                at: clock(done),
            });
        }
        self.after_start(r, at)
    }

    /// The runner's start has been given and `at` is not before it.
    pub fn after_start(&self, r: &RunnerRow, at: NaiveDateTime) -> Result<(), TimedError> {
        let Some(start) = self.started_at(r) else {
            let group = match self.start_key(r) {
                "" if self.settings.start_mode == StartMode::Mass => "全体".to_string(),
                "" => UNGROUPED_LABEL.to_string(),
                g => g.to_string(),
            };
            return Err(TimedError::NotStarted(r.bib, r.name.clone(), group));
        };
        if at < start {
            return Err(TimedError::BeforeStart {
                finish: clock(at),
                start: clock(start),
            });
        }
        Ok(())
    }

    pub fn out_status(&self, r: &RunnerRow) -> Option<&'static str> {
        match self.status(r) {
            s @ (RunnerStatus::Dnf | RunnerStatus::Dns) => Some(s.label()),
            _ => None,
        }
    }

    /// 未完赛 / 弃权 for a runner without a time.
    pub fn markable(&self, r: &RunnerRow, status: RunnerStatus) -> Result<(), TimedError> {
        self.open()?;
        if let Some(at) = r.finished_at {
            return Err(TimedError::HasFinish {
                bib: r.bib,
                name: r.name.clone(),
                at: clock(at),
                status: status.label(),
            });
        }
        Ok(())
    }

    pub fn unmarkable(&self, r: &RunnerRow) -> Result<(), TimedError> {
        self.open()?;
        if self.out_status(r).is_none() {
            return Err(TimedError::NotMarked {
                bib: r.bib,
                name: r.name.clone(),
            });
        }
        Ok(())
    }

    /// Everyone has a time or is marked out, and somebody finished.
    pub fn publishable(&self) -> Result<(), TimedError> {
        self.open()?;
        if self.runners.is_empty() {
            return Err(TimedError::NoBibs);
        }
        let on_course = self
            .runners
            .iter()
            .filter(|r| {
                matches!(
                    self.status(r),
                    RunnerStatus::Waiting | RunnerStatus::Running
                )
            })
            .count();
        if on_course > 0 {
            return Err(TimedError::StillOnCourse(on_course as u32));
        }
        if !self.runners.iter().any(|r| r.finished_at.is_some()) {
            return Err(TimedError::NoFinishers);
        }
        Ok(())
    }

    pub fn unlockable(&self) -> Result<(), TimedError> {
        if self.published_at.is_none() {
            return Err(TimedError::NotPublished("无需解锁"));
        }
        Ok(())
    }
}

/// The confirmed individual sign-ups, in order of sign-up: (staff id, name, 工号, 科室 name).
pub(super) fn confirmed(
    conn: &Connection,
    activity_id: i64,
) -> Result<Vec<activities::Member>, TimedError> {
    Ok(activities::signups(conn, activity_id)?
        .into_iter()
        .filter(|s| s.status == SignupStatus::Confirmed && s.team_department_id.is_none())
        .filter_map(|s| s.members.into_iter().next())
        .collect())
}

/// `10:32:15`: a time of day at the finish line.
pub(super) fn clock(t: NaiveDateTime) -> String {
    time_text(t)[11..].to_string()
}

/// A reason, required and not too long.
pub(super) fn reason(text: &str) -> Result<String, TimedError> {
    let r = text.trim();
    if r.is_empty() {
        return Err(TimedError::ReasonRequired);
    }
    if r.chars().count() > REASON_MAX {
        return Err(TimedError::ReasonTooLong);
    }
    Ok(r.to_string())
}
