//! 比赛成绩 commands: judged contests and exhibitions ([`judged`]), tournaments ([`tournaments`]).

pub mod judged;
pub mod tournaments;
