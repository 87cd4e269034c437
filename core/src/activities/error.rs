use crate::error::{Coded, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ActivityError {
    #[error("{0}")]
    Invalid(String),
    #[error("名额 {capacity} 太多，最多 {max}；不限名额请留空")]
    CapacityOutOfRange { capacity: u32, max: u32 },
    #[error(transparent)]
    Page(#[from] crate::paging::PageError),
    #[error("活动从开始到结束共 {days} 天，超过了 {max} 天；长期的工作请分成几次活动")]
    TooLong { days: i64, max: i64 },
    #[error("活动时间在 {year} 年，不在 {min}–{max} 年之间，请检查日期")]
    YearOutOfRange { year: i32, min: i32, max: i32 },
    #[error("服务时长应在 0 到 {max} 小时之间（填写的是 {hours}）")]
    HoursOutOfRange { hours: String, max: f64 },
    #[error("找不到这个活动，可能已被删除，请刷新后再试")]
    NotFound,
    #[error("找不到这条报名记录，请刷新后再试")]
    SignupNotFound,
    #[error("找不到这名职工，请刷新后再试")]
    StaffNotFound,
    #[error("活动“{0}”还是草稿，发布后才能报名")]
    NotPublished(String),
    #[error("活动“{0}”已取消")]
    Cancelled(String),
    #[error("活动“{0}”已经发布过了")]
    AlreadyPublished(String),
    #[error("活动“{0}”当前不在报名中")]
    SignupNotOpen(String),
    #[error("科室报名由组织者管理，如需取消请联系组织者")]
    TeamEntry,
    #[error("活动“{0}”已结束")]
    Finished(String),
    #[error("“{0}”已编排对阵或已公布成绩，参赛名单已固定，不能再报名或取消报名（退赛请在对阵中记为弃权）")]
    FieldFixed(String),
    #[error("报名将于 {0} 开始，请到时再来")]
    NotYetOpen(String),
    #[error("报名已于 {0} 截止")]
    AfterDeadline(String),
    #[error("取消报名已于 {0} 截止；如确有变化，请联系组织者")]
    AfterCancelCutoff(String),
    #[error("{name} 已经报名了这个活动")]
    AlreadySignedUp { name: String },
    #[error("{name} 已在候补名单第 {position} 位")]
    AlreadyWaitlisted { name: String, position: u32 },
    #[error("本活动仅限 {allowed} 报名，{name} 所在的“{department}”不在其中")]
    NotEligibleDepartment {
        name: String,
        department: String,
        allowed: String,
    },
    #[error("本活动仅限中共党员报名，{name} 的政治面貌是{status}")]
    PartyMembersOnly { name: String, status: String },
    #[error("{0} 已停用，不能报名")]
    InactiveStaff(String),
    #[error("本活动以科室为单位报名，请按科室报名并选择队员")]
    TeamsOnly,
    #[error("本活动是个人报名，不能按科室报名")]
    IndividualsOnly,
    #[error("“{0}”已经报名了这个活动")]
    TeamAlreadySignedUp(String),
    #[error("{name} 不在“{department}”，不能作为该科室的队员")]
    NotInTeamDepartment { name: String, department: String },
    #[error("请至少选择一名队员")]
    EmptyTeam,
    #[error("只能取消自己的报名")]
    NotYours,
    #[error("这条报名已经{0}，无需再操作")]
    NotActive(String),
    #[error("这条报名不在候补名单上")]
    NotWaitlisted,
    #[error("已有 {0} 个报名占用名额，名额不能少于 {0}")]
    CapacityBelowConfirmed(u32),
    #[error("签到将于 {0} 开放（活动开始前 24 小时）")]
    CheckInNotOpen(String),
    #[error("{0} 是候补或已取消，只有已报名的人员才能签到")]
    NotConfirmed(String),
    #[error("工号“{0}”不在本活动的报名名单上，请核对工号，或先为其报名")]
    NotOnList(String),
    #[error("请先勾选要签到的人员")]
    NobodyChosen,
    #[error("一次最多批量签到 {max} 人，这次勾选了 {count} 人")]
    BatchTooLarge { count: usize, max: usize },
    #[error("活动尚未开始（{0}），不能结束")]
    NotStarted(String),
    #[error("活动“{0}”已结束或已取消，不能再修改；签到如需更正，请使用“更正出勤”并写明原因")]
    Locked(String),
    #[error("活动已结束，更正出勤请写明原因")]
    ReasonRequired,
    #[error("只有出席的人员才能填写{0}")]
    NotPresent(String),
    #[error("“{kind}”类活动不记录{what}")]
    WrongKind { kind: String, what: String },
    #[error(transparent)]
    File(#[from] crate::files::FileError),
    #[error("无法生成表格：{0}")]
    SheetFailed(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for ActivityError {
    fn code(&self) -> &'static str {
        use ActivityError::*;
        match self {
            Invalid(_) => "activities.invalid",
            CapacityOutOfRange { .. } => "activities.capacity_out_of_range",
            Page(e) => e.code(),
            TooLong { .. } => "activities.too_long",
            YearOutOfRange { .. } => "activities.year_out_of_range",
            HoursOutOfRange { .. } => "activities.hours_out_of_range",
            NotFound => "activities.not_found",
            SignupNotFound => "activities.signup_not_found",
            StaffNotFound => "activities.staff_not_found",
            NotPublished(_) => "activities.not_published",
            Cancelled(_) => "activities.cancelled",
            Finished(_) => "activities.finished",
            FieldFixed(_) => "signup.field_fixed",
            AlreadyPublished(_) => "activities.already_published",
            SignupNotOpen(_) => "activities.signup_not_open",
            TeamEntry => "signup.team_entry",
            NotYetOpen(_) => "signup.not_yet_open",
            AfterDeadline(_) => "signup.after_deadline",
            AfterCancelCutoff(_) => "signup.after_cancel_cutoff",
            AlreadySignedUp { .. } => "signup.already_signed_up",
            AlreadyWaitlisted { .. } => "signup.already_waitlisted",
            NotEligibleDepartment { .. } => "signup.not_eligible_department",
            PartyMembersOnly { .. } => "signup.party_members_only",
            InactiveStaff(_) => "signup.inactive_staff",
            TeamsOnly => "signup.teams_only",
            IndividualsOnly => "signup.individuals_only",
            TeamAlreadySignedUp(_) => "signup.team_already_signed_up",
            NotInTeamDepartment { .. } => "signup.not_in_team_department",
            EmptyTeam => "signup.empty_team",
            NotYours => "signup.not_yours",
            NotActive(_) => "signup.not_active",
            NotWaitlisted => "signup.not_waitlisted",
            CapacityBelowConfirmed(_) => "activities.capacity_below_confirmed",
            CheckInNotOpen(_) => "attendance.not_open",
            NotConfirmed(_) => "attendance.not_confirmed",
            NotOnList(_) => "attendance.not_on_list",
            NobodyChosen => "attendance.nobody_chosen",
            BatchTooLarge { .. } => "attendance.batch_too_large",
            NotStarted(_) => "activities.not_started",
            Locked(_) => "activities.locked",
            ReasonRequired => "attendance.reason_required",
            NotPresent(_) => "attendance.not_present",
            WrongKind { .. } => "attendance.wrong_kind",
            File(e) => e.code(),
            SheetFailed(_) => "activities.sheet_failed",
            Store(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for ActivityError {
    fn from(e: rusqlite::Error) -> Self {
        ActivityError::Store(e.into())
    }
}
