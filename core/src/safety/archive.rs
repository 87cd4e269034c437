//! The data archive: one zip with `manifest.json`, `wenming.db` and `files/ab/<sha256>`.
//!
//! [`write_archive`] copies the live database with SQLite's online backup API (a consistent
//! snapshot, also while the write-ahead log holds recent commits) and the attached files, into a
//! temporary name that is synced and renamed, so an archive is whole or absent.
//! [`check_archive`] unpacks an archive into an empty staging folder and refuses it — before
//! anything of the current data changes — unless every check passes.

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::{Connection, OpenFlags, MAIN_DB};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::SafetyError;
use crate::store;
use crate::time::time_text;

/// What `manifest.json` says first, so that a foreign zip is told apart from ours.
pub const MANIFEST_FORMAT: &str = "wenming-data-archive";
const FORMAT_VERSION: u32 = 1;
const MANIFEST_ENTRY: &str = "manifest.json";
pub(crate) const DB_ENTRY: &str = "wenming.db";
pub(crate) const FILES_DIR: &str = "files";
const MAX_MANIFEST_BYTES: u64 = 64 * 1024;
/// Larger than any unit's database will grow; stops a zip bomb from filling the disk.
const MAX_DB_BYTES: u64 = 8 * 1024 * 1024 * 1024;
/// Tables every database of this app has since its first version.
const OWN_TABLES: &[&str] = &["setting", "department", "staff"];

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: String,
    format_version: u32,
    schema_version: i64,
    created: String,
}

/// What an archive that passed every check holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveInfo {
    pub schema_version: i64,
    pub created: String,
    pub files: usize,
}

/// Writes the database behind `conn` and every blob in `files_dir` into the archive `dest`.
pub fn write_archive(
    conn: &Connection,
    files_dir: &Path,
    dest: &Path,
    now: NaiveDateTime,
) -> Result<(), SafetyError> {
    let parent = dest.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| SafetyError::write(parent, e))?;
    let snapshot = with_suffix(dest, ".db.part");
    let part = with_suffix(dest, ".part");
    let result = (|| {
        let _ = std::fs::remove_file(&snapshot);
        conn.backup(MAIN_DB, &snapshot, None)
            .map_err(|e| SafetyError::write(dest, e))?;
        let schema_version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| SafetyError::write(dest, e))?;
        let manifest = Manifest {
            format: MANIFEST_FORMAT.into(),
            format_version: FORMAT_VERSION,
            schema_version,
            created: time_text(now),
        };
        let file = File::create(&part).map_err(|e| SafetyError::write(dest, e))?;
        let mut zip = ZipWriter::new(file);
        let err = |e: &dyn std::fmt::Display| SafetyError::write(dest, e);
        let deflate = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .large_file(true);
        let stored = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Stored)
            .large_file(true);
        zip.start_file(MANIFEST_ENTRY, deflate)
            .map_err(|e| err(&e))?;
        let json = serde_json::to_vec_pretty(&manifest).map_err(|e| err(&e))?;
        zip.write_all(&json).map_err(|e| err(&e))?;
        zip.start_file(DB_ENTRY, deflate).map_err(|e| err(&e))?;
        let mut db = File::open(&snapshot).map_err(|e| err(&e))?;
        std::io::copy(&mut db, &mut zip).map_err(|e| err(&e))?;
        for (name, path) in blobs(files_dir).map_err(|e| err(&e))? {
            zip.start_file(format!("{FILES_DIR}/{name}"), stored)
                .map_err(|e| err(&e))?;
            let mut blob = File::open(&path).map_err(|e| err(&e))?;
            std::io::copy(&mut blob, &mut zip).map_err(|e| err(&e))?;
        }
        let file = zip.finish().map_err(|e| err(&e))?;
        file.sync_all().map_err(|e| err(&e))?;
        drop(file);
        std::fs::rename(&part, dest).map_err(|e| err(&e))?;
        sync_dir(parent).map_err(|e| err(&e))
    })();
    let _ = std::fs::remove_file(&snapshot);
    if result.is_err() {
        let _ = std::fs::remove_file(&part);
    }
    result
}

/// Every stored blob as (`ab/<sha256>`, path), in name order.
fn blobs(files_dir: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    let Ok(shards) = std::fs::read_dir(files_dir) else {
        return Ok(out); // no attachment yet
    };
    for shard in shards {
        let shard = shard?;
        let shard_name = shard.file_name().to_string_lossy().into_owned();
        if !shard.file_type()?.is_dir() || shard_name.len() != 2 {
            continue;
        }
        for blob in std::fs::read_dir(shard.path())? {
            let blob = blob?;
            let name = blob.file_name().to_string_lossy().into_owned();
            if blob.file_type()?.is_file() && is_blob_name(&shard_name, &name) {
                out.push((format!("{shard_name}/{name}"), blob.path()));
            }
        }
    }
    out.sort();
    Ok(out)
}

fn is_blob_name(shard: &str, name: &str) -> bool {
    name.len() == 64
        && name
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        && name.starts_with(shard)
}

/// Unpacks the archive at `src` into the empty folder `staging` and checks it: ours, whole, not
/// newer than this program. On success `staging` holds `wenming.db` and `files/`.
pub fn check_archive(src: &Path, staging: &Path) -> Result<ArchiveInfo, SafetyError> {
    let name = src
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| src.display().to_string());
    let damaged = |reason: &dyn std::fmt::Display| SafetyError::Damaged {
        name: name.clone(),
        reason: reason.to_string(),
    };
    let mut file = File::open(src).map_err(|e| SafetyError::ReadFailed {
        path: src.display().to_string(),
        reason: e.to_string(),
    })?;
    let mut magic = [0u8; 2];
    let is_zip = file.read_exact(&mut magic).is_ok() && &magic == b"PK";
    if !is_zip {
        return Err(SafetyError::Foreign(name));
    }
    file.rewind().map_err(|e| damaged(&e))?;
    let mut zip = ZipArchive::new(file).map_err(|e| damaged(&e))?;

    let manifest: Manifest = {
        let entry = zip
            .by_name(MANIFEST_ENTRY)
            .map_err(|_| SafetyError::Foreign(name.clone()))?;
        let mut bytes = Vec::new();
        entry
            .take(MAX_MANIFEST_BYTES)
            .read_to_end(&mut bytes)
            .map_err(|e| damaged(&e))?;
        serde_json::from_slice(&bytes).map_err(|_| SafetyError::Foreign(name.clone()))?
    };
    if manifest.format != MANIFEST_FORMAT {
        return Err(SafetyError::Foreign(name));
    }
    let supported = store::schema_version();
    if manifest.format_version > FORMAT_VERSION || manifest.schema_version > supported {
        return Err(SafetyError::TooNew {
            name,
            found: manifest.schema_version,
            supported,
        });
    }

    std::fs::create_dir_all(staging.join(FILES_DIR)).map_err(|e| SafetyError::write(staging, e))?;
    let mut has_db = false;
    let mut files = 0;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| damaged(&e))?;
        let Ok(entry_name) = entry.name().map(|n| n.into_owned()) else {
            return Err(SafetyError::Foreign(name));
        };
        if entry.is_dir() {
            continue;
        }
        if entry_name == MANIFEST_ENTRY {
            continue;
        }
        if entry_name == DB_ENTRY {
            let out = staging.join(DB_ENTRY);
            extract(&mut entry, &out, MAX_DB_BYTES, None).map_err(|e| damaged(&e))?;
            has_db = true;
            continue;
        }
        let blob = entry_name
            .strip_prefix("files/")
            .and_then(|rest| rest.split_once('/'))
            .filter(|(shard, sha)| is_blob_name(shard, sha));
        let Some((shard, sha)) = blob else {
            return Err(SafetyError::Foreign(name));
        };
        let out = staging.join(FILES_DIR).join(shard).join(sha);
        std::fs::create_dir_all(out.parent().expect("blob path has a parent"))
            .map_err(|e| SafetyError::write(staging, e))?;
        extract(
            &mut entry,
            &out,
            crate::files::MAX_FILE_BYTES as u64,
            Some(sha),
        )
        .map_err(|e| damaged(&e))?;
        files += 1;
    }
    if !has_db {
        return Err(damaged(&"缺少数据库"));
    }
    let found = check_database(&staging.join(DB_ENTRY), &name)?;
    if found != manifest.schema_version {
        return Err(damaged(&"数据库版本与说明不符"));
    }
    Ok(ArchiveInfo {
        schema_version: found,
        created: manifest.created,
        files,
    })
}

/// Copies one entry out, refusing it when longer than `max` or when its SHA-256 is not `sha`.
fn extract(entry: &mut impl Read, out: &Path, max: u64, sha: Option<&str>) -> Result<(), String> {
    let mut file = File::create(out).map_err(|e| e.to_string())?;
    let mut hasher = Sha256::new();
    let mut limited = entry.take(max + 1);
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = limited.read(&mut buf).map_err(|e| e.to_string())?;
        if n == 0 {
            break;
        }
        total += n as u64;
        if total > max {
            return Err("文件大小超出上限".into());
        }
        hasher.update(&buf[..n]);
        file.write_all(&buf[..n]).map_err(|e| e.to_string())?;
    }
    file.sync_all().map_err(|e| e.to_string())?;
    if let Some(sha) = sha {
        if format!("{:x}", hasher.finalize()) != sha {
            return Err("附件内容与登记的不符".into());
        }
    }
    Ok(())
}

/// The schema version of a staged database that passes `integrity_check` and has our tables.
fn check_database(path: &Path, name: &str) -> Result<i64, SafetyError> {
    let damaged = |reason: String| SafetyError::Damaged {
        name: name.to_string(),
        reason,
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| damaged(e.to_string()))?;
    let verdict: Vec<String> = (|| {
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.collect::<rusqlite::Result<Vec<String>>>()
    })()
    .map_err(|e| damaged(format!("数据库无法读取：{e}")))?;
    if verdict != ["ok"] {
        return Err(damaged(format!(
            "完整性检查未通过：{}",
            verdict.first().map(String::as_str).unwrap_or("")
        )));
    }
    for table in OWN_TABLES {
        let has: bool = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
                [table],
                |r| r.get(0),
            )
            .map_err(|e| damaged(e.to_string()))?;
        if !has {
            return Err(SafetyError::Foreign(name.to_string()));
        }
    }
    let found: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| damaged(e.to_string()))?;
    let supported = store::schema_version();
    if found > supported {
        return Err(SafetyError::TooNew {
            name: name.to_string(),
            found,
            supported,
        });
    }
    if found < 1 {
        return Err(SafetyError::Foreign(name.to_string()));
    }
    Ok(found)
}

pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Makes a rename in `dir` durable (Windows journals the rename itself).
pub(crate) fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
    Ok(())
}
