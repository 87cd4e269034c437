//! The types of 评先选优, by what they describe: categories, nominations, voting rounds, ballots
//! and the tally, the 公示. The limits every form of the feature shares are here.

mod category;
mod nomination;
mod publicity;
mod round;
mod tally;

pub use category::*;
pub use nomination::*;
pub use publicity::*;
pub use round::*;
pub use tally::*;

/// 事迹 at most this many characters.
pub const DEEDS_MAX: usize = 1500;
pub const CATEGORY_NAME_MAX: usize = 30;
pub const ROUND_TITLE_MAX: usize = 40;
pub const REASON_MAX: usize = 200;
/// The years a category can belong to.
pub const YEAR_MIN: i32 = 2000;
pub const YEAR_MAX: i32 = 2100;
/// 名额 of one category: no unit of even 5 000 people honors more at once.
pub const QUOTA_MAX: u32 = 500;
/// The length and the characters of a ballot code (shared by every secret vote).
pub use crate::ballot::{CODE_ALPHABET, CODE_LEN};
