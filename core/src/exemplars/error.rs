use crate::error::{Coded, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ExemplarError {
    #[error("{0}")]
    BadTitle(String),
    #[error("{0}")]
    BadStory(String),
    #[error("请选择一名职工或一个科室作为典型")]
    NoSubject,
    #[error("一份典型档案只写一名职工或一个科室，请只选其中之一")]
    TwoSubjects,
    #[error("找不到这名职工，请刷新后再试")]
    StaffNotFound,
    #[error("找不到这个科室，请刷新后再试")]
    DepartmentNotFound,
    #[error("“{name}”已有典型档案“{title}”，请编辑那一份")]
    AlreadyProfiled { name: String, title: String },
    #[error("找不到这份典型档案，可能已被删除，请刷新后再试")]
    NotFound,
    #[error("典型照片只能是图片（jpg、png 等），“{0}”不是图片")]
    PhotoNotImage(String),
    #[error("找不到这张照片，请刷新后再试")]
    FileNotFound,
    #[error("找不到这个活动，请刷新后再试")]
    ActivityNotFound,
    #[error("“{title}”是{kind}活动；只有学习和道德讲堂活动可以选择学习的典型")]
    NotStudyKind { title: String, kind: &'static str },
    #[error("活动“{0}”已取消，不能再选择学习的典型")]
    ActivityCancelled(String),
    #[error("典型“{0}”还是草稿，发布后才能安排学习")]
    DraftStudied(String),
    #[error(transparent)]
    Activity(#[from] crate::activities::ActivityError),
    #[error(transparent)]
    Honors(#[from] crate::honors::HonorError),
    #[error(transparent)]
    File(#[from] crate::files::FileError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Coded for ExemplarError {
    fn code(&self) -> &'static str {
        use ExemplarError::*;
        match self {
            BadTitle(_) => "exemplars.bad_title",
            BadStory(_) => "exemplars.bad_story",
            NoSubject => "exemplars.no_subject",
            TwoSubjects => "exemplars.two_subjects",
            StaffNotFound => "exemplars.staff_not_found",
            DepartmentNotFound => "exemplars.department_not_found",
            AlreadyProfiled { .. } => "exemplars.already_profiled",
            NotFound => "exemplars.not_found",
            PhotoNotImage(_) => "exemplars.photo_not_image",
            FileNotFound => "exemplars.file_not_found",
            ActivityNotFound => "exemplars.activity_not_found",
            NotStudyKind { .. } => "exemplars.not_study_kind",
            ActivityCancelled(_) => "exemplars.activity_cancelled",
            DraftStudied(_) => "exemplars.draft_studied",
            Activity(e) => e.code(),
            Honors(e) => e.code(),
            File(e) => e.code(),
            Store(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for ExemplarError {
    fn from(e: rusqlite::Error) -> Self {
        ExemplarError::Store(e.into())
    }
}
