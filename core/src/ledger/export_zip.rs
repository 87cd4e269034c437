//! The optional .zip of a 台账 export: the finished folder packed into one file beside it (the
//! folder's name + `.zip`, the folder itself as the zip's top entry), for handing the 台账 over on
//! a stick or by mail. It is written under a hidden `.part` name, synced and renamed, so a
//! cancelled or failed export leaves no half zip.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::LedgerError;

fn io(path: &Path) -> impl Fn(std::io::Error) -> LedgerError + '_ {
    move |e| LedgerError::ExportFailed(format!("{}：{e}", path.display()))
}

fn zip_err(path: &Path) -> impl Fn(zip::result::ZipError) -> LedgerError + '_ {
    move |e| LedgerError::ExportFailed(format!("{}：{e}", path.display()))
}

/// A file being written: removed unless [`Partial::keep`] is called.
pub(super) struct Partial(Option<PathBuf>);

impl Partial {
    pub(super) fn keep(mut self) {
        self.0 = None;
    }
}

impl Drop for Partial {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// Packs `folder` into `part` (a hidden name in the export folder), every entry under `top/`,
/// names in UTF-8 with `/` between folders, in name order. Returns the zip's size in bytes and a
/// guard that removes `part` unless kept.
pub(super) fn zip_folder(
    folder: &Path,
    top: &str,
    part: &Path,
) -> Result<(u64, Partial), LedgerError> {
    let guard = Partial(Some(part.to_path_buf()));
    let file = File::create(part).map_err(io(part))?;
    let mut zip = ZipWriter::new(file);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .unix_permissions(0o644);
    zip.add_directory(format!("{top}/"), options)
        .map_err(zip_err(part))?;
    add_dir(&mut zip, folder, top, options)?;
    let file = zip.finish().map_err(zip_err(part))?;
    file.sync_all().map_err(io(part))?;
    let bytes = file.metadata().map_err(io(part))?.len();
    Ok((bytes, guard))
}

fn add_dir(
    zip: &mut ZipWriter<File>,
    dir: &Path,
    prefix: &str,
    options: SimpleFileOptions,
) -> Result<(), LedgerError> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .collect::<Result<_, _>>()
        .map_err(io(dir))?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = format!("{prefix}/{}", e.file_name().to_string_lossy());
        if e.file_type().map_err(io(&path))?.is_dir() {
            zip.add_directory(format!("{name}/"), options)
                .map_err(zip_err(&path))?;
            add_dir(zip, &path, &name, options)?;
        } else {
            zip.start_file(name, options).map_err(zip_err(&path))?;
            let bytes = std::fs::read(&path).map_err(io(&path))?;
            zip.write_all(&bytes).map_err(io(&path))?;
        }
    }
    Ok(())
}
