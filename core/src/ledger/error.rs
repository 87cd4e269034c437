use crate::error::{Coded, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error("找不到这个测评项目、指标或标准，可能已被删除，请刷新后再试")]
    NotFound,
    #[error("{0}")]
    BadName(String),
    #[error("分值 {points} 超出范围：每项分值为 0 到 100 的整数")]
    PointsOutOfRange { points: u32 },
    #[error("基本指标合计将为 {total} 分，超过 100 分；请先调低其他测评项目的分值，或把这一项设为特色指标")]
    BaseOver100 { total: u32 },
    #[error("标准是最末一级，下面不能再添加")]
    TooDeep,
    #[error("只有测评项目可以设为特色指标")]
    SpecialOnlyItems,
    #[error("材料只能归到“标准”一级，请选择一条标准")]
    NotAStandard,
    #[error("自评分只能填在测评项目上")]
    NotAnItem,
    #[error("自评分 {score} 超出范围：应在 0 到本项分值 {max} 分之间，最多一位小数")]
    SelfScoreOutOfRange { score: f64, max: u32 },
    #[error("“{name}”下还有 {count} 份上传的材料，请先移除这些材料再删除")]
    HasDocuments { name: String, count: u32 },
    #[error("测评体系已有内容，不能再载入示例；如需重来，请先删除现有的测评项目")]
    TreeNotEmpty,
    #[error("不认识的归档来源“{0}”，请刷新后再试")]
    UnknownSource(String),
    #[error("找不到要归档的{kind}（编号 {id}），可能已被删除")]
    RecordNotFound { kind: &'static str, id: i64 },
    #[error("{0}")]
    BadNote(String),
    #[error("年份范围 {from}–{to} 不对：起始年份不能晚于结束年份，跨度最多 10 年")]
    BadYears { from: i32, to: i32 },
    #[error("材料所属年份 {0} 不对，请填写四位年份")]
    BadYear(i32),
    #[error("找不到这个科室，请刷新后再选")]
    UnknownDepartment,
    #[error("找不到这位职工，请刷新后再选")]
    UnknownStaff,
    #[error("{staff}不在{department}，请选择该科室的职工或更换科室")]
    StaffNotInDepartment { staff: String, department: String },
    #[error("找不到这份材料，可能已被移除，请刷新后再试")]
    DocumentNotFound,
    #[error("说明报告有 {chars} 个字，最多 {max} 个字，请精简后再导出")]
    ReportTooLong { chars: usize, max: usize },
    #[error("台账导出已取消，没有留下未完成的文件夹")]
    ExportCancelled,
    #[error("台账导出失败：{0}")]
    ExportFailed(String),
    #[error(transparent)]
    Pledge(#[from] crate::pledges::PledgeError),
    #[error(transparent)]
    Exemplar(#[from] crate::exemplars::ExemplarError),
    #[error(transparent)]
    File(#[from] crate::files::FileError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for LedgerError {
    fn from(e: rusqlite::Error) -> Self {
        LedgerError::Store(StoreError::Sql(e))
    }
}

impl Coded for LedgerError {
    fn code(&self) -> &'static str {
        use LedgerError::*;
        match self {
            NotFound => "ledger.not_found",
            BadName(_) => "ledger.bad_name",
            PointsOutOfRange { .. } => "ledger.points_out_of_range",
            BaseOver100 { .. } => "ledger.base_over_100",
            TooDeep => "ledger.too_deep",
            SpecialOnlyItems => "ledger.special_only_items",
            NotAStandard => "ledger.not_a_standard",
            NotAnItem => "ledger.not_an_item",
            SelfScoreOutOfRange { .. } => "ledger.self_score_out_of_range",
            HasDocuments { .. } => "ledger.node_has_documents",
            TreeNotEmpty => "ledger.tree_not_empty",
            UnknownSource(_) => "ledger.unknown_source",
            RecordNotFound { .. } => "ledger.record_not_found",
            BadNote(_) => "ledger.bad_note",
            BadYears { .. } => "ledger.bad_years",
            BadYear(_) => "ledger.bad_year",
            UnknownDepartment => "ledger.unknown_department",
            UnknownStaff => "ledger.unknown_staff",
            StaffNotInDepartment { .. } => "ledger.staff_not_in_department",
            DocumentNotFound => "ledger.document_not_found",
            ReportTooLong { .. } => "ledger.report_too_long",
            ExportCancelled => "ledger.export_cancelled",
            ExportFailed(_) => "ledger.export_failed",
            Pledge(e) => e.code(),
            Exemplar(e) => e.code(),
            File(e) => e.code(),
            Store(e) => e.code(),
        }
    }
}
