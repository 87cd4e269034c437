//! 学树身边典型 (`exemplars`): profiles of exemplary people and 科室 — a title, a story of a few
//! paragraphs, photos, and the confirmed honors they hold (read from [`crate::honors`]) — shown as
//! a card wall, published or kept as draft; and the study of them: an activity of kind 学习 or
//! 道德讲堂 names the profiles it studied, and whoever attended it studied them.
//!
//! Main types: [`Exemplar`] (a card), [`ExemplarDetail`] (honors and [`StudySession`]s with their
//! [`Attendee`]s) and [`StudiedExemplar`] (a line of a person's record). Who studied a profile is
//! never stored here: it is read from the activities' attendance. Staff mode sees no draft profile,
//! neither in lists nor by id. Writes run in one IMMEDIATE transaction.

mod cards;
mod error;
mod model;
mod photos;
mod profiles;
mod store;
mod study;

pub use cards::{exemplar_detail, exemplars, get_exemplar};
pub use error::ExemplarError;
pub use model::*;
pub use photos::{add_exemplar_file, exemplar_file_bytes, exemplar_files, remove_exemplar_file};
pub use profiles::{create_exemplar, set_published, update_exemplar};
pub use study::{set_studied_exemplars, studied_by_staff, studied_exemplars, study_sessions};

use crate::store::write;

#[cfg(test)]
mod tests;
