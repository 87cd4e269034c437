//! The types of 活动与报名: kinds, the lifecycle, activities, sign-up entries and their people.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::labelled::labelled;
use crate::permit::Permit;

/// The kinds of activity the speech names, each with its default way of recording results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ActivityKind {
    /// 诵读 (道德经典诵读)
    Reading,
    /// 演讲
    Speech,
    /// 公文写作
    Writing,
    /// 歌咏 (爱国歌曲大家唱)
    Singing,
    /// 书画展览
    Exhibition,
    /// 乒乓球
    TableTennis,
    /// 象棋
    Chess,
    /// 爬山
    Hiking,
    /// 全民健身
    Fitness,
    /// 道德讲堂
    MoralLecture,
    /// 学习
    Study,
    /// 志愿服务
    Volunteer,
}

labelled!(ActivityKind {
    Reading => "reading", "诵读";
    Speech => "speech", "演讲";
    Writing => "writing", "公文写作";
    Singing => "singing", "歌咏";
    Exhibition => "exhibition", "书画展览";
    TableTennis => "table_tennis", "乒乓球";
    Chess => "chess", "象棋";
    Hiking => "hiking", "爬山";
    Fitness => "fitness", "全民健身";
    MoralLecture => "moral_lecture", "道德讲堂";
    Study => "study", "学习";
    Volunteer => "volunteer", "志愿服务";
});

impl ActivityKind {
    /// 心得 can be attached to attendance of 诵读, 学习 and 道德讲堂.
    pub fn takes_reflection(self) -> bool {
        matches!(
            self,
            ActivityKind::Reading | ActivityKind::Study | ActivityKind::MoralLecture
        )
    }

    /// 志愿服务 records hours.
    pub fn takes_hours(self) -> bool {
        self == ActivityKind::Volunteer
    }
}

/// What the organizer stores; the rest of the lifecycle follows from the times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Draft,
    Published,
    Finished,
    Cancelled,
}

labelled!(Phase {
    Draft => "draft", "草稿";
    Published => "published", "已发布";
    Finished => "finished", "已结束";
    Cancelled => "cancelled", "已取消";
});

/// The state a person sees at `now`.
pub fn state_at(phase: Phase, s: &Schedule, now: NaiveDateTime) -> ActivityState {
    match phase {
        Phase::Draft => ActivityState::Draft,
        Phase::Finished => ActivityState::Finished,
        Phase::Cancelled => ActivityState::Cancelled,
        Phase::Published if now >= s.starts_at => ActivityState::InProgress,
        Phase::Published if now >= s.signup_deadline => ActivityState::Closed,
        Phase::Published if now >= s.signup_opens_at => ActivityState::Open,
        Phase::Published => ActivityState::Upcoming,
    }
}

/// [`state_at`] as a SQL condition on an `activity a` row, the clock bound as `:now` (stored
/// time text): what the list's state filter and its counts read, tested against [`state_at`] on the
/// same rows at every boundary. Each names its phase, so `activity_by_phase` serves it; the four
/// states of a published activity before its start keep to the activities still ahead.
pub(crate) fn state_condition(state: ActivityState) -> &'static str {
    match state {
        ActivityState::Draft => "a.phase = 'draft'",
        ActivityState::Finished => "a.phase = 'finished'",
        ActivityState::Cancelled => "a.phase = 'cancelled'",
        ActivityState::InProgress => "a.phase = 'published' AND a.starts_at <= :now",
        ActivityState::Closed => {
            "a.phase = 'published' AND a.starts_at > :now AND a.signup_deadline <= :now"
        }
        ActivityState::Open => {
            "a.phase = 'published' AND a.starts_at > :now AND a.signup_deadline > :now
             AND a.signup_opens_at <= :now"
        }
        ActivityState::Upcoming => {
            "a.phase = 'published' AND a.starts_at > :now AND a.signup_deadline > :now
             AND a.signup_opens_at > :now"
        }
    }
}

/// 草稿 → 报名中 → 报名截止 → 进行中 → 已结束, or 已取消, as a person sees it now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ActivityState {
    /// 草稿
    Draft,
    /// 已发布，报名尚未开始
    Upcoming,
    /// 报名中
    Open,
    /// 报名截止
    Closed,
    /// 进行中 (also after its end time, until the organizer finishes it)
    InProgress,
    /// 已结束
    Finished,
    /// 已取消
    Cancelled,
}

labelled!(ActivityState {
    Draft => "草稿";
    Upcoming => "待报名";
    Open => "报名中";
    Closed => "报名截止";
    InProgress => "进行中";
    Finished => "已结束";
    Cancelled => "已取消";
});

/// The times of an activity, in the unit's local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Schedule {
    #[ts(type = "string")]
    pub starts_at: NaiveDateTime,
    #[ts(type = "string")]
    pub ends_at: NaiveDateTime,
    #[ts(type = "string")]
    pub signup_opens_at: NaiveDateTime,
    #[ts(type = "string")]
    pub signup_deadline: NaiveDateTime,
    /// After this, people can no longer cancel on their own.
    #[ts(type = "string")]
    pub cancel_cutoff: NaiveDateTime,
}

/// What the organizer fills in to create or edit an activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ActivityInput {
    pub kind: ActivityKind,
    pub title: String,
    pub description: String,
    pub place: String,
    pub schedule: Schedule,
    /// `null` = unlimited.
    pub capacity: Option<u32>,
    /// Eligible 科室; empty = everyone.
    #[ts(type = "number[]")]
    pub department_ids: Vec<i64>,
    /// 仅限中共党员 (including 预备党员).
    pub party_members_only: bool,
    /// Teams by 科室 instead of individuals.
    pub team_mode: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Activity {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: ActivityKind,
    pub title: String,
    pub description: String,
    pub place: String,
    pub schedule: Schedule,
    pub capacity: Option<u32>,
    #[ts(type = "number[]")]
    pub department_ids: Vec<i64>,
    pub department_names: Vec<String>,
    pub party_members_only: bool,
    pub team_mode: bool,
    pub state: ActivityState,
    pub cancel_reason: String,
    /// Entries holding a place (people, or teams in team mode).
    pub confirmed: u32,
    pub waitlisted: u32,
    /// What may be done with it now (by the organizer; 报名 by staff for themselves).
    pub allowed: ActivityPermits,
}

/// The state of one entry on the sign-up list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SignupStatus {
    /// 已报名
    Confirmed,
    /// 候补
    Waitlisted,
    /// 已取消 (by the person, or by the organizer for them)
    Cancelled,
    /// 已退出候补
    LeftWaitlist,
    /// 活动取消
    CancelledByOrganizer,
}

labelled!(SignupStatus {
    Confirmed => "confirmed", "已报名";
    Waitlisted => "waitlisted", "候补";
    Cancelled => "cancelled", "已取消";
    LeftWaitlist => "left_waitlist", "已退出候补";
    CancelledByOrganizer => "cancelled_by_organizer", "活动取消";
});

impl SignupStatus {
    pub fn is_active(self) -> bool {
        matches!(self, SignupStatus::Confirmed | SignupStatus::Waitlisted)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Attendance {
    /// 出席 (签到)
    Present,
    /// 缺席: signed up, did not cancel, did not come
    Absent,
}

labelled!(Attendance {
    Present => "present", "出席";
    Absent => "absent", "缺席";
});

/// A person on an entry, with their attendance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Member {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub staff_id: i64,
    pub name: String,
    pub employee_no: String,
    pub department_name: String,
    pub attendance: Option<Attendance>,
    #[ts(type = "string | null")]
    pub checked_in_at: Option<NaiveDateTime>,
    pub reflection: String,
    pub hours: Option<f64>,
    /// What the organizer may do on this person's line now.
    pub allowed: MemberPermits,
}

/// A 工号 checked in at the door: the person's line, and whether they had been checked in before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DoorCheckIn {
    pub member: Member,
    pub already: bool,
}

/// One entry of the sign-up list: a person or a 科室 team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Signup {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub activity_id: i64,
    /// The team's 科室 in team mode.
    #[ts(type = "number | null")]
    pub team_department_id: Option<i64>,
    pub team_name: Option<String>,
    pub status: SignupStatus,
    /// 1-based place on the waitlist while waitlisted.
    pub waitlist_position: Option<u32>,
    pub by_organizer: bool,
    #[ts(type = "string")]
    pub signed_up_at: NaiveDateTime,
    #[ts(type = "string | null")]
    pub promoted_at: Option<NaiveDateTime>,
    pub members: Vec<Member>,
    /// What the organizer may do with the entry now.
    pub allowed: SignupPermits,
}

/// The list filter: by kind, state, month (YYYY-MM of the start) and 科室 (open to it).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ActivityQuery {
    pub kind: Option<ActivityKind>,
    pub state: Option<ActivityState>,
    /// `YYYY-MM`
    pub month: Option<String>,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    pub text: String,
    pub page: u32,
    pub page_size: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ActivityPage {
    pub items: Vec<Activity>,
    #[ts(type = "number")]
    pub total: i64,
}

/// One line of a person's "我的活动".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MyActivity {
    #[ts(type = "number")]
    pub activity_id: i64,
    #[ts(type = "number")]
    pub signup_id: i64,
    pub title: String,
    pub kind: ActivityKind,
    #[ts(type = "string")]
    pub starts_at: NaiveDateTime,
    pub place: String,
    pub state: ActivityState,
    pub status: SignupStatus,
    pub waitlist_position: Option<u32>,
    pub attendance: Option<Attendance>,
    /// What the person may still do on their own.
    pub allowed: MyPermits,
}

/// A photo or file attached to an activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ActivityFile {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub activity_id: i64,
    pub sha256: String,
    pub file_name: String,
    #[ts(type = "number")]
    pub size: i64,
    pub is_image: bool,
}

/// Who is acting (the one type of `auth`, named here for the activities' callers).
pub use crate::auth::Actor;

/// What may be done with an activity now (see `allowed.rs` for the rules).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ActivityPermits {
    pub edit: Permit,
    pub publish: Permit,
    /// 截止报名
    pub close_signup: Permit,
    /// 结束活动
    pub finish: Permit,
    /// 取消活动
    pub cancel: Permit,
    /// 代报名 by the organizer.
    pub add_signup: Permit,
    /// 我要报名 by a staff member: the activity's own rules (the person's are checked on the write).
    pub sign_up: Permit,
}

/// What the organizer may do with an entry of the list now.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SignupPermits {
    /// 取消报名, or 移出候补 for a waitlisted entry.
    pub cancel: Permit,
}

/// What the organizer may do on a person's line of the list now.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MemberPermits {
    pub check_in: Permit,
    pub undo_check_in: Permit,
    /// 更正出勤 (after the activity is finished).
    pub correct: Permit,
    /// 心得 (write or read).
    pub reflection: Permit,
    /// 服务时长
    pub hours: Permit,
}

/// What a person may still do with their own entry (我的活动).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MyPermits {
    /// 取消报名, or 退出候补 for a waitlisted entry.
    pub cancel: Permit,
    /// 写心得
    pub reflection: Permit,
}

pub const TITLE_MAX: usize = 60;
pub const PLACE_MAX: usize = 60;
pub const DESCRIPTION_MAX: usize = 2000;
pub const REFLECTION_MAX: usize = 2000;
pub const REASON_MAX: usize = 200;
/// 名额 of one activity: more than a unit of 5 000 people could ever fill.
pub const CAPACITY_MAX: u32 = 10_000;
/// An activity lasts at most this many days from start to end (a month-long exhibition fits).
pub const DURATION_MAX_DAYS: i64 = 92;
/// The years an activity can take place in.
pub const YEAR_MIN: i32 = 2000;
pub const YEAR_MAX: i32 = 2100;
/// 志愿服务时长 recorded for one person at one activity.
pub const HOURS_MAX: f64 = 24.0;

/// An activity that took place (published or finished, already started; not a draft, not
/// cancelled): what the 创建台账 files as evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct HeldActivity {
    pub id: i64,
    pub kind: ActivityKind,
    pub title: String,
    pub starts_at: NaiveDateTime,
    /// People marked present.
    pub present: u32,
    /// Photos and files attached.
    pub files: u32,
}
