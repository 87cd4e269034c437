//! The one error of 比赛成绩: what was wrong with the scores, the draw or the results, in plain
//! Chinese, with a stable code for each kind.

use crate::error::Coded;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContestError {
    // ── judged contests ────────────────────────────────────────────────────────────────────────
    #[error("请至少设置一个评分项")]
    NoCriteria,
    #[error("评分项名称不能为空")]
    EmptyCriterionName,
    #[error("评分项“{0}”重复了，请改名或删去一个")]
    DuplicateCriterion(String),
    #[error("评分项“{0}”的权重须大于 0")]
    ZeroWeight(String),
    #[error("各评分项权重合计须为 100，现在是 {0}")]
    InvalidWeights(u64),
    /// `who` is a prefix such as "评委张三给李四的", or empty.
    #[error("{who}“{criterion}”得分 {mark} 超出 0–{max} 分的范围")]
    MarkOutOfRange {
        who: String,
        criterion: String,
        mark: String,
        max: u32,
    },
    #[error("{who}评分表应有 {expected} 项得分，现在有 {found} 项")]
    WrongMarkCount {
        who: String,
        expected: usize,
        found: usize,
    },
    #[error("分数 {0} 无效：须为不小于 0 的数，最多保留两位小数")]
    InvalidMark(String),
    #[error("去掉最高分和最低分的起始评委人数须在 3–30 之间，现在是 {0}")]
    InvalidTrimThreshold(u32),
    #[error("比较名次的小数位数须在 0–4 之间，现在是 {0}")]
    InvalidDecimals(u8),
    #[error("评分表中的评委（编号 {0}）不在本次比赛的评委名单中")]
    UnknownJudge(i64),
    #[error("评分表中的参赛者（编号 {0}）不在本次比赛的参赛名单中")]
    UnknownEntrant(i64),
    #[error("评委 {judge} 对 {entrant} 的评分提交了两次，请只保留一份")]
    DuplicateSheet { judge: String, entrant: String },
    #[error("按回避规定，评委 {judge} 不能给同科室的 {entrant} 评分，这份评分不能计入")]
    RecusedJudge { judge: String, entrant: String },
    #[error("{what}编号 {id} 重复了")]
    DuplicateId { what: &'static str, id: i64 },
    #[error("奖项设置无效：{0}")]
    InvalidAwardPlan(String),
    #[error("{level}设了 {found} 名，太多了：每个奖项最多 {max} 名")]
    TooManyAwardPlaces {
        level: &'static str,
        found: u32,
        max: u32,
    },
    #[error("评分项名称“{0}”太长，最多 {1} 个字")]
    CriterionNameTooLong(String, usize),

    // ── draws and pairings ─────────────────────────────────────────────────────────────────────
    #[error("{format}需要 {min}–{max} 名选手，现在有 {found} 名")]
    PlayerCount {
        format: &'static str,
        min: usize,
        max: usize,
        found: usize,
    },
    #[error("选手（编号 {0}）不在参赛名单中")]
    UnknownPlayer(i64),
    #[error("一场比赛的双方不能是同一名选手（编号 {0}）")]
    SamePlayer(i64),
    #[error("第 {round} 轮中选手（编号 {player}）被排了两次")]
    DoubleBooked { round: u32, player: i64 },
    #[error("{players} 名选手不能分成 {groups} 个小组：每组至少 2 人，最多 26 组")]
    InvalidGroups { groups: usize, players: usize },
    #[error("{group} 组只有 {size} 人，不能取前 {k} 名出线")]
    TooManyQualifiers {
        group: String,
        size: usize,
        k: usize,
    },
    #[error("第 {number} 场的胜者（编号 {winner}）不是这场比赛的选手")]
    WinnerNotInMatch { number: u32, winner: i64 },
    #[error("第 {0} 场还没有录入胜者，本轮全部结束后才能排下一轮")]
    MissingWinner(u32),
    #[error("这一轮中没有第 {0} 场比赛")]
    UnknownMatchNumber(u32),
    #[error("决赛已经结束，没有下一轮了")]
    TournamentOver,
    #[error("共 {players} 名选手，最多只能赛 {max} 轮而不重复对阵，现在设为 {rounds} 轮")]
    TooManyRounds {
        rounds: u32,
        max: u32,
        players: usize,
    },
    #[error("第 {0} 轮无法在不重复对阵的前提下完成编排，请减少轮次")]
    PairingImpossible(u32),

    // ── results and standings ──────────────────────────────────────────────────────────────────
    #[error("第 {game} 局比分 {score} 无效：{reason}")]
    InvalidGameScore {
        game: usize,
        score: String,
        reason: String,
    },
    #[error("{0}")]
    InvalidMatch(String),
    #[error("编号 {a} 与 {b} 之间的比赛录入了两次")]
    DuplicateMatch { a: i64, b: i64 },
    #[error(
        "贝格尔编排表只有偶数人数的（2 到 {max} 人），没有 {size} 人的；人数为奇数时请加一个轮空位"
    )]
    BergerSize { size: u32, max: u32 },
    #[error("计分规则无效：{0}")]
    InvalidPoints(String),
    #[error("抽签顺序无效：{0}")]
    InvalidLots(String),
    #[error("这个比赛没有科室团体成绩：只有设了科室团体排名的计时赛才有")]
    NoTeamSheet,
}

impl Coded for ContestError {
    fn code(&self) -> &'static str {
        use ContestError::*;
        match self {
            NoCriteria => "contests.no_criteria",
            EmptyCriterionName => "contests.empty_criterion_name",
            DuplicateCriterion(_) => "contests.duplicate_criterion",
            ZeroWeight(_) => "contests.zero_weight",
            InvalidWeights(_) => "contests.invalid_weights",
            MarkOutOfRange { .. } => "contests.invalid_score",
            WrongMarkCount { .. } => "contests.incomplete_sheet",
            InvalidMark(_) => "contests.invalid_mark",
            InvalidTrimThreshold(_) => "contests.invalid_trim_threshold",
            InvalidDecimals(_) => "contests.invalid_decimals",
            UnknownJudge(_) => "contests.unknown_judge",
            UnknownEntrant(_) => "contests.unknown_entrant",
            DuplicateSheet { .. } => "contests.duplicate_sheet",
            RecusedJudge { .. } => "contests.recused_judge",
            DuplicateId { .. } => "contests.duplicate_id",
            InvalidAwardPlan(_) => "contests.invalid_award_plan",
            TooManyAwardPlaces { .. } => "contests.too_many_award_places",
            CriterionNameTooLong(..) => "contests.criterion_name_too_long",
            PlayerCount { .. } => "contests.player_count",
            UnknownPlayer(_) => "contests.unknown_player",
            SamePlayer(_) => "contests.same_player",
            DoubleBooked { .. } => "contests.double_booked",
            InvalidGroups { .. } => "contests.invalid_groups",
            TooManyQualifiers { .. } => "contests.too_many_qualifiers",
            WinnerNotInMatch { .. } => "contests.winner_not_in_match",
            MissingWinner(_) => "contests.round_not_finished",
            UnknownMatchNumber(_) => "contests.unknown_match",
            TournamentOver => "contests.tournament_over",
            TooManyRounds { .. } => "contests.too_many_rounds",
            PairingImpossible(_) => "contests.pairing_impossible",
            InvalidGameScore { .. } => "contests.invalid_game_score",
            InvalidMatch(_) => "contests.invalid_match",
            DuplicateMatch { .. } => "contests.duplicate_match",
            BergerSize { .. } => "contests.berger_size",
            InvalidPoints(_) => "contests.invalid_points",
            InvalidLots(_) => "contests.invalid_lots",
            NoTeamSheet => "contests.no_team_sheet",
        }
    }
}
