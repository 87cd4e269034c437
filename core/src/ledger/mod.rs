//! 创建台账 (`ledger`): the 测评体系 a unit is rated on, and the evidence filed under it.
//!
//! - The tree 测评项目 → 指标 → 标准 ([`Node`], [`Tree`]), each with 分值 and 测评方法, 特色 items on
//!   top of the 100 分 of the 基本指标; editable in full, with a shipped 示例 ([`load_sample_tree`],
//!   data in `sample_tree.json` with its source) and each 测评项目's 自评分.
//! - Evidence ([`Evidence`]): the app's records — activities that took place (by kind), contest
//!   results, 评先选优 rounds and 公示, 评诺 rounds, study sessions of role models — read through
//!   each feature's public functions, filed under 标准 by a mapping per source that the organizer
//!   edits ([`set_mapping`]; the 示例 brings the default), and filed or taken out by hand with a
//!   note ([`file_record`]); plus documents that are not app records ([`add_document`]).
//! - [`coverage`] over a year range (counts per 标准, gaps, 自评分 beside 分值) and
//!   [`standards_without_evidence`] for the home page.
//! - The 台账 export ([`export_ledger`]) for a year range, with a draft 说明报告 ([`draft_report`]):
//!   the sheets of each record as .xlsx and, where the window has a print view (签到表, 成绩表,
//!   计票结果报告, 公示, 公开承诺栏, 评诺结果), as print-ready A4 PDF set in the machine's Chinese
//!   font (`crate::exports::pdf`); without such a font the rest is written and the export says why.
//! - 责任分解 ([`set_duty`], [`duties`]): responsible 科室, person and due date per 标准, overdue
//!   marked.
//!
//! SQL of the `ledger_*` tables is in this folder only: `tree.rs` (`ledger_node`), `mapping.rs`
//! (`ledger_mapping`, `ledger_filing`), `documents.rs` (`ledger_document`), `duties.rs` (the
//! 责任分解 columns of `ledger_node`).

mod documents;
mod duties;
mod error;
mod evidence;
mod export;
mod export_folder;
mod export_records;
mod export_zip;
mod mapping;
mod model;
mod records;
mod report;
mod tree;

pub use documents::{add_document, document_bytes, documents, remove_document, NewDocument};
pub use duties::{duties, set_duty};
pub use error::LedgerError;
pub use evidence::{
    check_years, coverage, records, standard_evidence, standards_without_evidence, MAX_YEARS,
};
pub use export::{export_ledger, ExportInput, ExportProgress, LedgerExport};
pub use mapping::{file_record, forget_filing, mapping, set_mapping, NOTE_MAX};
pub use model::*;
pub use records::{activity_source, sources};
pub use report::{check_report, draft_report, REPORT_MAX};
pub use tree::{
    add_node, load_sample_tree, move_node, remove_node, set_self_score, tree, update_node,
    NODE_NAME_MAX, POINTS_MAX, STANDARD_NAME_MAX,
};

#[cfg(test)]
mod export_pdf_tests;
#[cfg(test)]
mod export_tests;
#[cfg(test)]
mod source_tests;
#[cfg(test)]
mod tests;
