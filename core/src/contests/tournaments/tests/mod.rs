//! Tournaments in the store, one file per behaviour group; `fixture` is the unit they run in.

mod draw_refusals;
mod fixture;
mod groups;
mod knockout;
mod results;
mod round_robin;
mod sheets;
mod signup;
mod swiss;

use crate::contests::*;
