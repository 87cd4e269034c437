//! 比赛成绩 commands: judged contests and exhibitions ([`judged`]), tournaments ([`tournaments`]),
//! and the results of both ([`results`]).

pub mod judged;
pub mod results;
pub mod tournaments;
