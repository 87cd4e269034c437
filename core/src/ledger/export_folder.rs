//! The folders of the 台账 export: names made safe and short, never reused within a folder.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::LedgerError;
use crate::exports::safe_stem;

/// Most bytes of one folder or file name made from a title (leaves room under Windows' path
/// limit for four levels below the 下载 folder).
pub(super) const NAME_MAX_BYTES: usize = 48;

/// A safe name of at most [`NAME_MAX_BYTES`] bytes.
pub(super) fn short(title: &str) -> String {
    let stem = safe_stem(title);
    let mut out = String::new();
    for c in stem.chars() {
        if out.len() + c.len_utf8() > NAME_MAX_BYTES {
            break;
        }
        out.push(c);
    }
    let out = out.trim_end_matches(['.', ' ']).to_string();
    if out.is_empty() {
        "材料".into()
    } else {
        out
    }
}

pub(super) fn io(path: &Path) -> impl Fn(std::io::Error) -> LedgerError + '_ {
    move |e| LedgerError::ExportFailed(format!("{}：{e}", path.display()))
}

/// A folder being filled: file names made safe and never reused.
pub(super) struct Folder {
    pub(super) path: PathBuf,
    used: HashSet<String>,
}

impl Folder {
    pub(super) fn new(path: PathBuf) -> Result<Folder, LedgerError> {
        std::fs::create_dir_all(&path).map_err(io(&path))?;
        Ok(Folder {
            path,
            used: HashSet::new(),
        })
    }

    /// Writes `bytes` as `<title>.<ext>` (`<title>_2.<ext>` … when taken); returns the name.
    pub(super) fn put(
        &mut self,
        title: &str,
        ext: &str,
        bytes: &[u8],
    ) -> Result<String, LedgerError> {
        let stem = short(title);
        let ext = safe_stem(ext);
        let mut name = format!("{stem}.{ext}");
        let mut n = 2;
        while !self.used.insert(name.to_lowercase()) {
            name = format!("{stem}_{n}.{ext}");
            n += 1;
        }
        let path = self.path.join(&name);
        std::fs::write(&path, bytes).map_err(io(&path))?;
        Ok(name)
    }

    /// Moves a file another exporter wrote here under its own name: keeps the name reserved.
    pub(super) fn claim(&mut self, name: &str) {
        self.used.insert(name.to_lowercase());
    }

    pub(super) fn sub(&self, name: &str) -> Result<Folder, LedgerError> {
        Folder::new(self.path.join(name))
    }
}
