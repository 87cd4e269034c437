//! The types of 学树身边典型: a profile (a person or a 科室), its card on the wall, its detail with
//! honors and study sessions, and a person's studied role models.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activities::ActivityKind;
use crate::honors::Award;

/// 称号 / 标题 of a profile, at most this many characters.
pub const TITLE_MAX: usize = 40;
/// 事迹: a story of a few paragraphs, at most this many characters.
pub const STORY_MAX: usize = 3000;

/// What the organizer fills in: whose profile (exactly one of a person or a 科室), its title and
/// story. Publishing is a step of its own ([`super::set_published`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExemplarInput {
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    pub title: String,
    pub story: String,
}

/// One profile as the card wall shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Exemplar {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    /// The person's name, or the 科室's.
    pub name: String,
    /// The person's 科室 (for a 科室's profile: its own name).
    pub department_name: String,
    pub title: String,
    pub story: String,
    /// Shown on the wall; a draft is the organizers' own.
    pub published: bool,
    /// The first picture, shown on the card.
    #[ts(type = "number | null")]
    pub photo_file_id: Option<i64>,
    /// Confirmed honors (评先选优) the person or 科室 holds.
    pub honors: Vec<String>,
    /// How many people attended an activity that studied the profile.
    pub studied_by: u32,
    /// The start of the latest such activity.
    #[ts(type = "string | null")]
    pub last_studied_at: Option<NaiveDateTime>,
    #[ts(type = "string")]
    pub updated_at: NaiveDateTime,
}

/// A profile with its honors and every study session, with who attended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExemplarDetail {
    pub exemplar: Exemplar,
    pub awards: Vec<Award>,
    pub sessions: Vec<StudySession>,
}

/// One activity that studied a profile, and the people who attended it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StudySession {
    #[ts(type = "number")]
    pub activity_id: i64,
    pub title: String,
    pub kind: ActivityKind,
    #[ts(type = "string")]
    pub starts_at: NaiveDateTime,
    pub attendees: Vec<Attendee>,
}

/// A person who attended a study session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "ExemplarAttendee")]
pub struct Attendee {
    #[ts(type = "number")]
    pub staff_id: i64,
    pub name: String,
    pub department_name: String,
    #[ts(type = "string | null")]
    pub checked_in_at: Option<NaiveDateTime>,
}

/// A role model a person studied: the profile and the activity they attended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StudiedExemplar {
    #[ts(type = "number")]
    pub exemplar_id: i64,
    pub name: String,
    pub title: String,
    #[ts(type = "number")]
    pub activity_id: i64,
    pub activity_title: String,
    pub kind: ActivityKind,
    #[ts(type = "string")]
    pub starts_at: NaiveDateTime,
}

/// A photo of a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExemplarFile {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub exemplar_id: i64,
    pub file_name: String,
    #[ts(type = "number")]
    pub size: i64,
    pub is_image: bool,
}

/// The kinds of activity that study role models.
pub const STUDY_KINDS: [ActivityKind; 2] = [ActivityKind::Study, ActivityKind::MoralLecture];

/// Whether an activity of `kind` may name the profiles it studied.
pub fn studies_exemplars(kind: ActivityKind) -> bool {
    STUDY_KINDS.contains(&kind)
}
