use crate::error::{Coded, StoreError};

/// What the secret ballot itself can refuse. Features map the code refusals to their own wording
/// (and codes); the rest keep the codes below.
#[derive(Debug, thiserror::Error)]
pub enum BallotError {
    #[error("系统安全随机数不可用（{0}），请重试")]
    Random(String),
    #[error("选票码 {0} 不存在，请核对选票上的 8 位码")]
    UnknownCode(String),
    #[error("这张选票码已经投过票，每个码只能投一次")]
    CodeUsed,
    #[error("这张选票码不属于本次投票，请核对")]
    OtherBox,
    #[error("投票尚未开始，还没有选票码")]
    NoBox,
    #[error("计票数已达上限 {max}，不能再计入；请联系管理员核对数据")]
    CounterFull { max: u32 },
    #[error("选票计数数据有误（{0}），请联系管理员核对数据库文件")]
    Corrupt(String),
    #[error("已开始投票，补印选票码须写明原因（会记录在案并在计票结果中注明）")]
    ReprintNeedsReason,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for BallotError {
    fn code(&self) -> &'static str {
        use BallotError::*;
        match self {
            Random(_) => "ballot.random_unavailable",
            UnknownCode(_) => "ballot.unknown_code",
            CodeUsed => "ballot.code_used",
            OtherBox => "ballot.wrong_round",
            NoBox => "ballot.not_open",
            CounterFull { .. } => "ballot.counter_full",
            Corrupt(_) => "ballot.corrupt",
            ReprintNeedsReason => "ballot.reprint_needs_reason",
            Store(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for BallotError {
    fn from(e: rusqlite::Error) -> Self {
        BallotError::Store(e.into())
    }
}
