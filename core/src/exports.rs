//! Where exported files go: `$WENMING_EXPORT_DIR` if set, else the user's 下载 folder, else the
//! data folder. File names carry the date and time so that nothing is overwritten, are made safe
//! for Windows and Linux from titles people typed ([`safe_stem`]), and a file appears under its
//! name only once it is complete (written to a temporary name, synced, renamed). A file this run
//! of the app exported can then be moved where the user chooses in the system's save dialog
//! ([`save_as`]), and opened, or its folder shown, in the system's file manager ([`to_open`]); no
//! other file can. Print-ready PDFs of the sheets are laid out in [`pdf`], set in the Chinese font
//! [`font`] finds on the machine.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;
use ts_rs::TS;

use crate::error::Coded;

pub mod font;
pub mod pdf;

pub const EXPORT_DIR_ENV: &str = "WENMING_EXPORT_DIR";

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("无法保存导出文件到 {path}：{reason}")]
    WriteFailed { path: String, reason: String },
    #[error("只能另存本次导出的文件，请重新导出后再选择位置")]
    NotExported,
    #[error("导出的文件应保存为 .{ext} 文件，请换一个以 .{ext} 结尾的文件名")]
    WrongExtension { ext: String },
    #[error("只能打开本次导出的文件或文件夹，请重新导出")]
    NotOpenable,
    #[error("{path} 已不在原处，可能已被移动或删除，请重新导出")]
    Gone { path: String },
}

impl Coded for ExportError {
    fn code(&self) -> &'static str {
        match self {
            ExportError::WriteFailed { .. } => "export.write_failed",
            ExportError::NotExported => "export.not_exported",
            ExportError::WrongExtension { .. } => "export.wrong_extension",
            ExportError::NotOpenable => "export.not_openable",
            ExportError::Gone { .. } => "export.gone",
        }
    }
}

/// The files this run of the app exported (and where [`save_as`] moved them): the only files
/// [`save_as`] moves, so that the page cannot have the app move anything else.
static EXPORTED: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());

fn exported() -> std::sync::MutexGuard<'static, BTreeSet<PathBuf>> {
    // The set stays whole whatever a panicking holder did: an insert or a remove.
    EXPORTED.lock().unwrap_or_else(|e| e.into_inner())
}

/// A file the app wrote for the user.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ExportedFile {
    pub path: String,
    pub file_name: String,
}

pub fn export_dir() -> PathBuf {
    if let Some(p) = std::env::var_os(EXPORT_DIR_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    dirs::download_dir()
        .or_else(|| dirs::data_dir().map(|d| d.join("wenming").join("exports")))
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Most bytes of a file name's stem, so that stem, time stamp and extension stay well under the
/// 255-byte limit of Linux file names and Windows' path length for the 下载 folder.
const STEM_MAX_BYTES: usize = 120;
/// Characters Windows does not allow in file names (`/` and `\\` are folder separators).
const RESERVED_CHARS: &[char] = &['<', '>', ':', '"', '/', '\\', '|', '?', '*'];
/// Names Windows keeps for devices, with or without an extension.
const RESERVED_NAMES: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// A file name stem made from a title people typed: reserved characters and control characters
/// become `_`, runs of dots become one (so no `..`), no leading or trailing dots or spaces, no
/// Windows device name, at most [`STEM_MAX_BYTES`] bytes; `导出` when nothing is left.
pub fn safe_stem(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    for c in title.chars() {
        let c = if c.is_control() || RESERVED_CHARS.contains(&c) {
            '_'
        } else {
            c
        };
        if c == '.' && out.ends_with('.') {
            continue;
        }
        if out.len() + c.len_utf8() > STEM_MAX_BYTES {
            break;
        }
        out.push(c);
    }
    let trimmed = out.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if trimmed.is_empty() {
        return "导出".to_string();
    }
    let device = trimmed.split('.').next().unwrap_or("").trim_end();
    if RESERVED_NAMES
        .iter()
        .any(|r| r.eq_ignore_ascii_case(device))
    {
        return format!("_{trimmed}");
    }
    trimmed.to_string()
}

/// Saves `bytes` as `<stem>_<YYYYMMDD-HHMMSS>.<ext>` in `dir`, the stem made safe from `title` and
/// the stamp the time of the export, `now`.
pub fn save(
    dir: &Path,
    title: &str,
    ext: &str,
    bytes: &[u8],
    now: chrono::NaiveDateTime,
) -> Result<ExportedFile, ExportError> {
    debug_assert!(ext.chars().all(|c| c.is_ascii_alphanumeric()));
    let stem = safe_stem(title);
    let stamp = now.format("%Y%m%d-%H%M%S");
    let mut file_name = format!("{stem}_{stamp}.{ext}");
    let mut n = 2;
    while dir.join(&file_name).exists() {
        file_name = format!("{stem}_{stamp}_{n}.{ext}");
        n += 1;
    }
    let path = dir.join(&file_name);
    let fail = |e: std::io::Error| ExportError::WriteFailed {
        path: dir.display().to_string(),
        reason: e.to_string(),
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    crate::files::write_synced(&path, bytes).map_err(fail)?;
    exported().insert(path.clone());
    Ok(ExportedFile {
        path: path.display().to_string(),
        file_name,
    })
}

/// Marks a file or folder an export wrote by other means than [`save`] (the 台账 folder and its
/// .zip) as this run's, so that it can be opened.
pub fn remember(path: &Path) {
    exported().insert(path.to_path_buf());
}

/// 打开 / 打开所在文件夹: what the shell may hand to the system's opener for `path`: the file or
/// folder itself when this run exported it, or with `folder` the folder that holds it. Any other
/// path is refused, and one that is no longer there is reported rather than opened.
pub fn to_open(path: &Path, folder: bool) -> Result<PathBuf, ExportError> {
    if !exported().contains(path) {
        return Err(ExportError::NotOpenable);
    }
    if !path.exists() {
        return Err(ExportError::Gone {
            path: path.display().to_string(),
        });
    }
    match (folder, path.parent()) {
        (false, _) => Ok(path.to_path_buf()),
        (true, Some(parent)) => Ok(parent.to_path_buf()),
        (true, None) => Err(ExportError::NotOpenable),
    }
}

/// 另存到…: moves the file this run exported at `from` to `to`, the place the user chose in the
/// system's save dialog (which has already asked before replacing a file there). `to` keeps the
/// export's extension; the new file is complete before the one in the export folder goes. Any
/// other file is refused and nothing moves.
pub fn save_as(from: &Path, to: &Path) -> Result<ExportedFile, ExportError> {
    let mut exported = exported();
    if !exported.contains(from) {
        return Err(ExportError::NotExported);
    }
    let ext = from
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let to_ext = to.extension().map(|e| e.to_string_lossy().into_owned());
    if !to_ext.is_some_and(|e| e.eq_ignore_ascii_case(&ext)) {
        return Err(ExportError::WrongExtension { ext });
    }
    let fail = |reason: String| ExportError::WriteFailed {
        path: to.display().to_string(),
        reason,
    };
    let file_name = match to.file_name() {
        Some(name) if to.is_absolute() => name.to_string_lossy().into_owned(),
        _ => return Err(fail("不是完整的文件路径".into())),
    };
    if to != from {
        let bytes = std::fs::read(from).map_err(|e| fail(e.to_string()))?;
        crate::files::write_synced(to, &bytes).map_err(|e| fail(e.to_string()))?;
        // The copy is whole on the disk; the one left in the export folder would only be a
        // second copy of the same (often personal) data.
        let _ = std::fs::remove_file(from);
        exported.remove(from);
        exported.insert(to.to_path_buf());
    }
    Ok(ExportedFile {
        path: to.display().to_string(),
        file_name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> chrono::NaiveDateTime {
        crate::testkit::november(25, 14)
    }

    #[test]
    fn saving_twice_in_the_same_second_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let a = save(dir.path(), "花名册", "xlsx", b"one", at()).unwrap();
        let b = save(dir.path(), "花名册", "xlsx", b"two", at()).unwrap();
        assert_eq!(
            a.file_name, "花名册_20261125-140000.xlsx",
            "stamped with the time given"
        );
        assert_eq!(b.file_name, "花名册_20261125-140000_2.xlsx");
        assert_eq!(std::fs::read(&a.path).unwrap(), b"one");
        assert_eq!(std::fs::read(&b.path).unwrap(), b"two");
    }

    #[test]
    fn an_export_moves_where_the_user_chose_and_only_an_export_moves() {
        let dir = tempfile::tempdir().unwrap();
        let file = save(dir.path(), "花名册", "xlsx", b"roster", at()).unwrap();
        let from = PathBuf::from(&file.path);
        let elsewhere = tempfile::tempdir().unwrap();
        let to = elsewhere.path().join("给办公室的花名册.XLSX");
        let moved = save_as(&from, &to).unwrap();
        assert_eq!(moved.path, to.display().to_string());
        assert_eq!(moved.file_name, "给办公室的花名册.XLSX");
        assert_eq!(std::fs::read(&to).unwrap(), b"roster");
        assert!(!from.exists(), "no second copy left in the export folder");
        // Moved once, it can be moved again from where it is now, but not from where it was.
        let code = |e: ExportError| crate::AppError::from(e).code;
        assert_eq!(
            code(save_as(&from, &dir.path().join("x.xlsx")).unwrap_err()),
            "export.not_exported"
        );
        let again = elsewhere.path().join("最终.xlsx");
        save_as(&to, &again).unwrap();
        assert_eq!(std::fs::read(&again).unwrap(), b"roster");

        // A file the app did not export this run is never moved, whatever its name or place.
        let other = dir.path().join("别人的文件.xlsx");
        std::fs::write(&other, b"not ours").unwrap();
        let target = elsewhere.path().join("偷走.xlsx");
        assert_eq!(
            code(save_as(&other, &target).unwrap_err()),
            "export.not_exported"
        );
        let climbing = dir.path().join("sub").join("..").join(&file.file_name);
        assert_eq!(
            code(save_as(&climbing, &target).unwrap_err()),
            "export.not_exported"
        );
        assert!(other.exists() && !target.exists());
    }

    #[test]
    fn only_an_export_of_this_run_is_opened_and_a_moved_one_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let file = save(dir.path(), "签到表", "xlsx", b"sheet", at()).unwrap();
        let path = PathBuf::from(&file.path);
        assert_eq!(to_open(&path, false).unwrap(), path);
        assert_eq!(to_open(&path, true).unwrap(), dir.path());

        let code = |e: ExportError| crate::AppError::from(e).code;
        let other = dir.path().join("别人的文件.xlsx");
        std::fs::write(&other, b"not ours").unwrap();
        assert_eq!(
            code(to_open(&other, false).unwrap_err()),
            "export.not_openable"
        );
        assert_eq!(
            code(to_open(&other, true).unwrap_err()),
            "export.not_openable"
        );
        assert_eq!(
            code(to_open(Path::new("/etc/passwd"), true).unwrap_err()),
            "export.not_openable"
        );
        let climbing = dir.path().join("sub").join("..").join(&file.file_name);
        assert_eq!(
            code(to_open(&climbing, false).unwrap_err()),
            "export.not_openable"
        );

        std::fs::remove_file(&path).unwrap();
        let gone = to_open(&path, true).unwrap_err();
        assert!(gone.to_string().contains("已不在原处"));
        assert_eq!(code(gone), "export.gone");

        let folder = dir.path().join("台账_2024-2026");
        std::fs::create_dir(&folder).unwrap();
        assert_eq!(
            code(to_open(&folder, false).unwrap_err()),
            "export.not_openable"
        );
        remember(&folder);
        assert_eq!(to_open(&folder, false).unwrap(), folder);
    }

    #[test]
    fn an_export_keeps_its_extension_and_needs_a_whole_path() {
        let dir = tempfile::tempdir().unwrap();
        let file = save(dir.path(), "操作日志", "xlsx", b"log", at()).unwrap();
        let from = PathBuf::from(&file.path);
        let code = |e: ExportError| crate::AppError::from(e).code;
        for to in ["启动脚本.sh", "无扩展名", ".bashrc"] {
            let err = save_as(&from, &dir.path().join(to)).unwrap_err();
            assert!(err.to_string().contains(".xlsx"), "{err}");
            assert_eq!(code(err), "export.wrong_extension", "{to}");
        }
        assert_eq!(
            code(save_as(&from, Path::new("相对路径.xlsx")).unwrap_err()),
            "export.write_failed"
        );
        // Refused, it stays where it was and can still be moved.
        assert_eq!(std::fs::read(&from).unwrap(), b"log");
        assert_eq!(save_as(&from, &from).unwrap().path, file.path);
        assert!(from.exists());
    }

    #[test]
    fn an_unwritable_folder_is_reported_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"x").unwrap();
        let err: crate::AppError = save(&blocker.join("sub"), "花名册", "xlsx", b"x", at())
            .unwrap_err()
            .into();
        assert_eq!(err.code, "export.write_failed");
        assert!(err.message.contains("file"));
    }

    #[test]
    fn ordinary_chinese_titles_keep_their_name() {
        for title in [
            "花名册",
            "2026年度评先选优：文明家庭",
            "第1轮 投票结果（草稿）",
            "v1.2 成绩表",
        ] {
            assert_eq!(safe_stem(title), title);
        }
    }

    #[test]
    fn separators_and_characters_windows_refuses_become_underscores() {
        assert_eq!(safe_stem("a/b\\c"), "a_b_c");
        assert_eq!(
            safe_stem("<标题>: \"引号\" | 问号? 星号*"),
            "_标题__ _引号_ _ 问号_ 星号_"
        );
        assert_eq!(safe_stem("换行\n制表\t响铃\u{7}"), "换行_制表_响铃_");
    }

    #[test]
    fn no_name_can_climb_out_of_the_export_folder() {
        for title in [
            "../../etc/passwd",
            "..\\..\\Windows\\System32",
            "..",
            "....",
            "./.",
        ] {
            let stem = safe_stem(title);
            assert!(!stem.contains(".."), "{title} -> {stem}");
            assert!(!stem.contains(['/', '\\']), "{title} -> {stem}");
            assert!(!stem.starts_with('.'), "{title} -> {stem}");
        }
        assert_eq!(safe_stem(".."), "导出");
        assert_eq!(safe_stem("../../etc/passwd"), "_._etc_passwd");
    }

    #[test]
    fn windows_device_names_are_prefixed_whatever_their_case_or_extension() {
        for (title, safe) in [
            ("CON", "_CON"),
            ("nul", "_nul"),
            ("Com1", "_Com1"),
            ("LPT9.结果", "_LPT9.结果"),
            ("aux ", "_aux"),
        ] {
            assert_eq!(safe_stem(title), safe, "{title}");
        }
        assert_eq!(safe_stem("CONSOLE"), "CONSOLE");
        assert_eq!(safe_stem("COM10"), "COM10");
    }

    #[test]
    fn blank_names_trailing_dots_and_very_long_titles_are_cut_to_something_usable() {
        assert_eq!(safe_stem(""), "导出");
        assert_eq!(safe_stem("   "), "导出");
        assert_eq!(safe_stem(" 报告. . "), "报告");
        let long = safe_stem(&"文明".repeat(200));
        assert!(long.len() <= STEM_MAX_BYTES, "{}", long.len());
        assert!(
            long.chars().all(|c| c == '文' || c == '明'),
            "cut at a character boundary"
        );
    }

    #[test]
    fn a_hostile_title_is_saved_inside_the_folder_with_no_temporary_file_left() {
        let dir = tempfile::tempdir().unwrap();
        let f = save(dir.path(), "../CON/结果:终*", "xlsx", b"bytes", at()).unwrap();
        let path = Path::new(&f.path);
        assert_eq!(path.parent().unwrap(), dir.path());
        assert!(f.file_name.starts_with("_CON_结果_终__"), "{}", f.file_name);
        assert!(f.file_name.ends_with(".xlsx"));
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec![f.file_name.clone()]);
        assert_eq!(std::fs::read(path).unwrap(), b"bytes");
    }
}
