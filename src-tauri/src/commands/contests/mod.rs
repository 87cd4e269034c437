//! 比赛成绩 commands: judged contests and exhibitions ([`judged`]), tournaments ([`tournaments`]),
//! timed contests ([`timed`]), and the results of all three ([`results`]).

pub mod judged;
pub mod results;
pub mod timed;
pub mod tournaments;
