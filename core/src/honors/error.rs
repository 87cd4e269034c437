use crate::ballot::BallotError;
use crate::error::{Coded, StoreError};

/// Everything 评先选优 can refuse, each with a stable code and a plain Chinese message.
#[derive(Debug, thiserror::Error)]
pub enum HonorError {
    #[error("{0}")]
    Invalid(String),
    #[error("年度 {year} 不在 {min}–{max} 之间，请检查")]
    YearOutOfRange { year: i32, min: i32, max: i32 },
    #[error("“{name}”的名额 {quota} 名不在 1–{max} 名之间，请检查")]
    QuotaOutOfRange { name: String, quota: u32, max: u32 },
    #[error("找不到这个评选项目，可能已被删除，请刷新后再试")]
    CategoryNotFound,
    #[error("{year} 年已有评选项目“{name}”")]
    DuplicateCategory { year: i32, name: String },
    #[error("评选项目“{0}”已开始投票，规则不能再修改")]
    CategoryLocked(String),
    #[error("找不到这条推荐，可能已被删除，请刷新后再试")]
    NominationNotFound,
    #[error("找不到这名职工，请刷新后再试")]
    StaffNotFound,
    #[error("所选科室不存在，请刷新后重新选择")]
    DepartmentNotFound,
    #[error("“{category}”的评选对象是{target}，请选择{target}")]
    WrongNominee { category: String, target: String },
    #[error("{category}仅限中共党员，{name}的政治面貌是{status}")]
    PartyMembersOnly {
        category: String,
        name: String,
        status: String,
    },
    #[error("{category}仅限退役军人，{name}未登记为退役军人；如有误，请先在人员名单中更正")]
    VeteransOnly { category: String, name: String },
    #[error("{0} 已停用，不能被推荐")]
    InactiveStaff(String),
    #[error("{nominee} 已被推荐参评“{category}”，无需重复推荐")]
    AlreadyNominated { category: String, nominee: String },
    #[error("“{category}”的推荐将于 {opens} 开始，请到时再来")]
    NominationNotYetOpen { category: String, opens: String },
    #[error("“{category}”的推荐已于 {closed} 截止")]
    NominationClosed { category: String, closed: String },
    #[error("{name} 不在“{department}”，科室只能推荐本科室的人员")]
    NotInSourceDepartment { name: String, department: String },
    #[error("个人自荐只能推荐自己，请选择本人")]
    SelfForOthers,
    #[error("找不到这个附件，可能已被删除，请刷新后再试")]
    FileNotFound,
    #[error("只有通过资格审查的推荐才公开附件；未通过或待审查的推荐，附件只有组织者能查看")]
    FilesHidden,
    #[error("资格审查不通过时请写明原因")]
    ReasonRequired,
    #[error("“{0}”已开始投票，资格审查结果和推荐不能再修改")]
    ReviewLocked(String),
    #[error("找不到这轮投票，请刷新后再试")]
    RoundNotFound,
    #[error("投票“{0}”已开始，规则已锁定，不能再修改")]
    RoundLocked(String),
    #[error("投票“{0}”已开始，不能再删除；投票一旦开始，记录须保留")]
    DeleteAfterOpen(String),
    #[error("投票“{0}”已开始，投票人名单已锁定，不能再移除投票人")]
    VotersLocked(String),
    #[error("这名职工不在投票“{0}”的投票人名单中，请刷新后再试")]
    VoterNotListed(String),
    #[error("{name} 是投票“{title}”仅剩的投票人，不能移除；不需要这轮投票时请删除它")]
    LastVoter { title: String, name: String },
    #[error("“{0}”还没有通过资格审查的候选人，请先完成资格审查")]
    NoCandidates(String),
    #[error("“{0}”的候选人名单在保存投票设置后有变化，请检查并重新保存投票设置后再开始")]
    CandidatesChanged(String),
    #[error("请至少选择一名有投票权的在职人员")]
    NoVoters,
    #[error("“{category}”已有投票“{round}”；名额只投这一轮，未选满或在名额线上同票的名额请在该轮计票结果中“另行投票”")]
    FirstRoundExists { category: String, round: String },
    #[error("“{category}”的名额已改为 {quota} 名，投票“{round}”仍按 {seats} 名设置，请重新保存投票设置后再开始")]
    QuotaChanged {
        category: String,
        round: String,
        quota: u32,
        seats: u32,
    },
    #[error("“{0}”的公示已发布，各轮投票和计票结果都不能再改动")]
    RoundsFrozen(String),
    #[error("“{0}”的公示已发布，纸质选票的录入不能再修改")]
    PaperFrozen(String),
    #[error("投票“{0}”尚未开始")]
    RoundNotOpen(String),
    #[error("投票“{0}”已结束，不能再投票")]
    RoundClosed(String),
    #[error("投票“{title}”{state}，不能{action}")]
    WrongState {
        title: String,
        state: String,
        action: String,
    },
    #[error("选票码 {0} 不存在，请核对选票上的 8 位码")]
    UnknownCode(String),
    #[error("这张选票码已经投过票，每个码只能投一次")]
    CodeUsed,
    #[error("这张选票码不属于本轮投票“{0}”，请核对")]
    CodeOfAnotherRound(String),
    #[error("已开始投票后补印选票码，须写明原因（会记录在案，并在计票结果中注明补印次数）")]
    ReprintReasonRequired,
    #[error("本轮最多选 {seats} 人，这张选票选了 {chosen} 人")]
    TooManyChoices { chosen: usize, seats: u32 },
    #[error("选票上有不在本轮候选人名单中的人，请刷新后重新投票")]
    UnknownCandidate,
    #[error("{0} 在选票上出现了不止一次")]
    DuplicateChoice(String),
    #[error("本轮的投票方式是{0}，请按此方式填写选票")]
    WrongForm(String),
    #[error("投票“{0}”尚未结束，结束后才能计票；进行中只显示投票率")]
    TallyBeforeClose(String),
    #[error("投票“{0}”的名额已全部选出，无需另行投票")]
    NothingToRunOff(String),
    #[error("投票“{0}”结束后才能录入纸质选票")]
    PaperBeforeClose(String),
    #[error("{0}")]
    PaperInvalid(String),
    #[error("收回选票 {cast} 张（投票机 {kiosk} 张 + 纸质 {paper} 张）多于发出的 {issued} 张，请核对纸质选票张数")]
    TooManyBallots {
        cast: u64,
        kiosk: u32,
        paper: u32,
        issued: u32,
    },
    #[error("计票数超出可计范围（{0}），请核对纸质选票的录入")]
    CountOverflow(String),
    #[error("纸质选票还须由{0}录入，两人录入一致后才能出结果")]
    PaperUnconfirmed(String),
    #[error("计票人与监票人录入的纸质选票不一致（{0}），请核对选票后重新录入")]
    PaperMismatch(String),
    #[error("投票“{0}”已开启过另行投票，请在那一轮继续")]
    RunoffExists(String),
    #[error("“{0}”还没有当选者，不能生成公示")]
    NothingElected(String),
    #[error("“{category}”各轮共选出 {elected} 名，超过名额 {quota} 名，不能公示；请核对各轮投票")]
    OverQuota {
        category: String,
        elected: usize,
        quota: u32,
    },
    #[error("公示开始日期 {from} 早于投票结束的日期 {closed}，请选择 {closed} 或之后的日期")]
    PublicityBeforeClose { from: String, closed: String },
    #[error("公示开始日期 {from} 太远：最晚可选今天起 {days} 天内（{latest}）")]
    PublicityTooFarAhead {
        from: String,
        latest: String,
        days: i64,
    },
    #[error("投票“{0}”尚未结束，请先结束投票再发布公示")]
    RoundStillOpen(String),
    #[error("“{0}”的公示已确认，不能再修改")]
    PublicityConfirmed(String),
    #[error("“{0}”的公示已收到异议，不能重新发布；请先处理异议")]
    PublicityHasObjections(String),
    #[error("“{0}”还没有发布公示")]
    NoPublicity(String),
    #[error("所选对象不在公示名单中，请重新选择")]
    NotOnNotice,
    #[error("找不到这条异议，请刷新后再试")]
    ObjectionNotFound,
    #[error("请写明异议的处理结果")]
    ResolutionRequired,
    #[error("公示期到 {0} 结束，期满后才能确认表彰")]
    PublicityRunning(String),
    #[error("还有 {0} 条异议尚未处理，处理完毕后才能确认表彰")]
    ObjectionsOpen(usize),
    #[error(transparent)]
    File(#[from] crate::files::FileError),
    #[error(transparent)]
    Ballot(BallotError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for HonorError {
    fn code(&self) -> &'static str {
        use HonorError::*;
        match self {
            Invalid(_) => "honors.invalid",
            YearOutOfRange { .. } => "honors.year_out_of_range",
            QuotaOutOfRange { .. } => "honors.quota_out_of_range",
            CategoryNotFound => "honors.category_not_found",
            DuplicateCategory { .. } => "honors.duplicate_category",
            CategoryLocked(_) => "honors.category_locked",
            NominationNotFound => "nomination.not_found",
            StaffNotFound => "nomination.staff_not_found",
            DepartmentNotFound => "nomination.department_not_found",
            WrongNominee { .. } => "nomination.wrong_nominee",
            PartyMembersOnly { .. } => "nomination.party_members_only",
            VeteransOnly { .. } => "nomination.veterans_only",
            InactiveStaff(_) => "nomination.inactive_staff",
            AlreadyNominated { .. } => "nomination.duplicate",
            NominationNotYetOpen { .. } => "nomination.not_yet_open",
            NominationClosed { .. } => "nomination.closed",
            NotInSourceDepartment { .. } => "nomination.not_in_department",
            SelfForOthers => "nomination.self_for_others",
            FileNotFound => "nomination.file_not_found",
            FilesHidden => "nomination.files_hidden",
            File(e) => e.code(),
            ReasonRequired => "review.reason_required",
            ReviewLocked(_) => "review.locked",
            RoundNotFound => "round.not_found",
            RoundLocked(_) => "round.locked",
            DeleteAfterOpen(_) => "round.delete_locked",
            VotersLocked(_) => "round.voters_locked",
            VoterNotListed(_) => "round.voter_not_listed",
            LastVoter { .. } => "round.last_voter",
            NoCandidates(_) => "round.no_candidates",
            CandidatesChanged(_) => "round.candidates_changed",
            NoVoters => "round.no_voters",
            FirstRoundExists { .. } => "round.first_round_exists",
            QuotaChanged { .. } => "round.quota_changed",
            RoundsFrozen(_) => "round.frozen",
            PaperFrozen(_) => "paper.frozen",
            RoundNotOpen(_) => "ballot.round_not_open",
            RoundClosed(_) => "ballot.round_closed",
            WrongState { .. } => "round.wrong_state",
            UnknownCode(_) => "ballot.unknown_code",
            CodeUsed => "ballot.code_used",
            CodeOfAnotherRound(_) => "ballot.wrong_round",
            ReprintReasonRequired => "ballot.reprint_reason_required",
            TooManyChoices { .. } => "ballot.too_many_choices",
            UnknownCandidate => "ballot.unknown_candidate",
            DuplicateChoice(_) => "ballot.duplicate_choice",
            WrongForm(_) => "ballot.wrong_form",
            TallyBeforeClose(_) => "tally.not_closed",
            NothingToRunOff(_) => "tally.nothing_to_run_off",
            PaperBeforeClose(_) => "paper.round_not_closed",
            PaperInvalid(_) => "paper.invalid",
            TooManyBallots { .. } => "paper.too_many_ballots",
            PaperUnconfirmed(_) => "tally.paper_unconfirmed",
            CountOverflow(_) => "tally.count_overflow",
            PaperMismatch(_) => "tally.paper_mismatch",
            RunoffExists(_) => "tally.runoff_exists",
            NothingElected(_) => "notice.nothing_elected",
            OverQuota { .. } => "publicity.over_quota",
            PublicityBeforeClose { .. } => "publicity.before_close",
            PublicityTooFarAhead { .. } => "publicity.too_far_ahead",
            RoundStillOpen(_) => "publicity.round_open",
            PublicityConfirmed(_) => "publicity.confirmed",
            PublicityHasObjections(_) => "publicity.has_objections",
            NoPublicity(_) => "publicity.missing",
            NotOnNotice => "objection.not_on_notice",
            ObjectionNotFound => "objection.not_found",
            ResolutionRequired => "objection.resolution_required",
            PublicityRunning(_) => "publicity.running",
            ObjectionsOpen(_) => "publicity.objections_open",
            Ballot(e) => e.code(),
            Store(e) => e.code(),
        }
    }
}

/// The ballot box's refusals in the words of this round.
pub(crate) fn ballot_refusal(title: &str) -> impl Fn(BallotError) -> HonorError + '_ {
    move |e| match e {
        BallotError::UnknownCode(code) => HonorError::UnknownCode(code),
        BallotError::CodeUsed => HonorError::CodeUsed,
        BallotError::OtherBox => HonorError::CodeOfAnotherRound(title.to_string()),
        BallotError::NoBox => HonorError::RoundNotOpen(title.to_string()),
        other => HonorError::Ballot(other),
    }
}

impl From<rusqlite::Error> for HonorError {
    fn from(e: rusqlite::Error) -> Self {
        HonorError::Store(e.into())
    }
}
