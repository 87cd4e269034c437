//! The files of one record in the 台账 export: its sheets as .xlsx and, where the window has a
//! print view, as print-ready PDF beside them; its photos; the texts of 公示 and 学习典型.

use std::path::Path;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::export_folder::Folder;
use super::model::*;
use super::records::STUDY_SUFFIX;
use super::LedgerError;
use crate::activities::{self, SheetKind};
use crate::exports::pdf::{self, CjkFont, PrintDoc};
use crate::{contests, exemplars, honors, pledges};

/// The PDFs of an export: the font they are set in, or why none can be written; how many were.
pub(super) struct Pdfs {
    pub(super) font: Result<CjkFont, String>,
    pub(super) written: u32,
}

impl Pdfs {
    /// Writes `doc` as `<stem>.pdf` into `folder` beside the sheet `stem` names, when a font
    /// was found; returns the name.
    fn put(
        &mut self,
        folder: &mut Folder,
        stem: &str,
        doc: PrintDoc,
    ) -> Result<Option<String>, LedgerError> {
        let Ok(font) = &self.font else {
            return Ok(None);
        };
        let bytes = pdf::render(&doc, font).map_err(LedgerError::ExportFailed)?;
        self.written += 1;
        Ok(Some(folder.put(stem, "pdf", &bytes)?))
    }
}

/// The stem of a file name: `签到表_20261202-100000` of `签到表_20261202-100000.xlsx`.
fn stem(file_name: &str) -> &str {
    file_name.rsplit_once('.').map_or(file_name, |(s, _)| s)
}

fn sub_export(e: crate::AppError) -> LedgerError {
    LedgerError::ExportFailed(e.message)
}

/// Writes the sheets (with their PDFs) and photos of one record into the indicator's folder;
/// returns the names.
pub(super) fn record_files(
    conn: &Connection,
    files_dir: &Path,
    folder: &mut Folder,
    photos: &mut Option<Folder>,
    pdfs: &mut Pdfs,
    e: &Evidence,
    now: NaiveDateTime,
) -> Result<Vec<String>, LedgerError> {
    let mut names = Vec::new();
    match e.kind {
        RecordKind::Activity => {
            let f =
                activities::export_sheet(conn, e.record_id, SheetKind::SignIn, &folder.path, now)
                    .map_err(sub_export)?;
            folder.claim(&f.file_name);
            let sheet = activities::sheet(conn, e.record_id, SheetKind::SignIn, now)
                .map_err(|x| sub_export(x.into()))?;
            names.extend(pdfs.put(folder, stem(&f.file_name), activities::sheet_doc(&sheet))?);
            names.insert(0, f.file_name);
            for file in activities::files(conn, e.record_id).map_err(|x| sub_export(x.into()))? {
                if !file.is_image {
                    continue;
                }
                let (_, bytes) = activities::file_bytes(conn, files_dir, file.id)
                    .map_err(|x| sub_export(x.into()))?;
                let photo_dir = match photos {
                    Some(p) => p,
                    None => photos.insert(folder.sub("照片")?),
                };
                let (stem, ext) = file
                    .file_name
                    .rsplit_once('.')
                    .unwrap_or((&file.file_name, "jpg"));
                let name = photo_dir.put(&format!("{}_{stem}", e.title), ext, &bytes)?;
                names.push(format!("照片/{name}"));
            }
        }
        RecordKind::ContestResult => {
            // Every kind of contest (judged, tournament, timed) has its 成绩表.
            let kind = contests::ResultSheetKind::Scores;
            let sheet = contests::result_sheet_for(
                conn,
                e.record_id,
                kind,
                now,
                crate::auth::Role::Organizer,
            )
            .map_err(sub_export)?;
            let f = contests::export_sheet(&sheet, &folder.path, now).map_err(sub_export)?;
            folder.claim(&f.file_name);
            names.push(f.file_name.clone());
            names.extend(pdfs.put(folder, stem(&f.file_name), contests::result_doc(&sheet))?);
        }
        RecordKind::HonorRound => {
            let f =
                honors::export_tally(conn, e.record_id, &folder.path, now).map_err(sub_export)?;
            folder.claim(&f.file_name);
            let doc = honors::tally_doc(conn, e.record_id).map_err(|x| sub_export(x.into()))?;
            names.push(f.file_name.clone());
            names.extend(pdfs.put(folder, stem(&f.file_name), doc)?);
        }
        RecordKind::HonorPublicity => {
            if let Ok(Some(p)) = honors::publicity(conn, e.record_id) {
                let text = format!(
                    "{}\r\n\r\n{}",
                    p.notice.title,
                    p.notice.text.replace('\n', "\r\n")
                );
                let mut bytes = "\u{feff}".as_bytes().to_vec();
                bytes.extend_from_slice(text.as_bytes());
                let stem = format!("公示_{}", p.notice.title);
                names.push(folder.put(&stem, "txt", &bytes)?);
                if let Ok(Some(doc)) = honors::publicity_doc(conn, e.record_id) {
                    names.extend(pdfs.put(folder, &stem, doc)?);
                }
            }
        }
        RecordKind::PledgeRound => {
            let round = pledges::get_round(conn, e.record_id)?;
            let (stem, bytes) = pledges::summary_xlsx(conn, round.year, now)?;
            names.push(folder.put(&stem, "xlsx", &bytes)?);
            let board = pledges::board_doc(conn, round.year, now)?;
            if !board.sections.is_empty() {
                let stem = format!("{}年度公开承诺栏", round.year);
                names.extend(pdfs.put(folder, &stem, board)?);
            }
            if round.state == pledges::RoundState::Closed {
                let (stem, bytes) = pledges::result_xlsx(conn, e.record_id)?;
                names.push(folder.put(&stem, "xlsx", &bytes)?);
                let doc = pledges::result_doc(conn, e.record_id)?;
                names.extend(pdfs.put(folder, &stem, doc)?);
            }
        }
        RecordKind::ExemplarStudy => {
            let studied =
                exemplars::studied_exemplars(conn, e.record_id, now, crate::auth::Role::Staff)?;
            let mut text = format!("{}\r\n", e.title);
            for x in studied {
                text.push_str(&format!(
                    "\r\n{}（{}）：{}\r\n{}\r\n",
                    x.name,
                    x.department_name,
                    x.title,
                    x.story.replace('\n', "\r\n")
                ));
            }
            let mut bytes = "\u{feff}".as_bytes().to_vec();
            bytes.extend_from_slice(text.as_bytes());
            let activity = e.title.strip_suffix(STUDY_SUFFIX).unwrap_or(&e.title);
            names.push(folder.put(&format!("学习典型_{activity}"), "txt", &bytes)?);
        }
    }
    Ok(names)
}
