use super::*;

/// Every file under `dir` (blobs and leftovers such as `.part` files), however deep.
fn everything(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.push(p.clone());
            out.extend(everything(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn pictures_and_office_documents_are_accepted_with_their_folders_stripped() {
    for name in [
        "合影.JPG",
        "事迹材料.docx",
        "表格.xlsx",
        "汇报.pptx",
        "通知.wps",
        "扫描件.pdf",
        "说明.txt",
        "视频.mp4",
    ] {
        assert_eq!(check(name, b"x").unwrap(), name);
    }
    assert_eq!(
        check("C:\\Users\\张三\\合影.png", b"x").unwrap(),
        "合影.png"
    );
    assert_eq!(check("../../etc/合影.png", b"x").unwrap(), "合影.png");
}

#[test]
fn programs_scripts_and_names_without_a_known_type_are_refused() {
    for name in [
        "setup.exe",
        "run.bat",
        "x.ps1",
        "page.html",
        "page.svg",
        "noextension",
        "合影.png.lnk",
    ] {
        let err = check(name, b"x").unwrap_err();
        assert_eq!(err.code(), "file.bad_type", "{name}");
        assert!(err.to_string().contains("不是可以附加的文件类型"), "{err}");
    }
}

#[test]
fn empty_oversized_and_badly_named_files_are_refused_each_with_its_own_code() {
    assert_eq!(check("空.txt", b"").unwrap_err().code(), "file.empty");
    let big = vec![0u8; MAX_FILE_BYTES + 1];
    let err = check("大.mp4", &big).unwrap_err();
    assert_eq!(err.code(), "file.too_large");
    assert_eq!(err.to_string(), "“大.mp4”超过 50 MB，请压缩后再上传");
    for name in [
        "",
        "  ",
        "folder/",
        "a\u{0}b.png",
        "a\nb.png",
        "...",
        &format!("{}.png", "长".repeat(120)),
    ] {
        assert_eq!(
            check(name, b"x").unwrap_err().code(),
            "file.bad_name",
            "{name:?}"
        );
    }
}

#[test]
fn a_kept_blob_is_stored_under_its_hash_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let staged = stage(dir.path(), "合影.png", b"photo").unwrap();
    let stored = staged.keep();
    let files = everything(dir.path());
    assert_eq!(files.len(), 2, "one folder, one blob: {files:?}");
    assert!(files[1].ends_with(&stored.sha256));
    assert_eq!(
        read(dir.path(), &stored.sha256, "合影.png").unwrap(),
        b"photo"
    );
}

#[test]
fn a_blob_not_kept_is_removed_with_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let staged = stage(dir.path(), "合影.png", b"photo").unwrap();
    assert_eq!(everything(dir.path()).len(), 2);
    drop(staged);
    assert!(
        everything(dir.path()).is_empty(),
        "{:?}",
        everything(dir.path())
    );
}

#[test]
fn a_blob_that_was_already_stored_survives_a_second_upload_that_is_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    stage(dir.path(), "合影.png", b"photo").unwrap().keep();
    let before = everything(dir.path());
    drop(stage(dir.path(), "又一张.png", b"photo").unwrap());
    assert_eq!(everything(dir.path()), before);
}

#[test]
fn a_refused_file_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    assert!(stage(dir.path(), "setup.exe", b"MZ").is_err());
    assert!(stage(dir.path(), "空.png", b"").is_err());
    assert!(everything(dir.path()).is_empty());
}

#[test]
fn a_changed_or_missing_blob_is_reported_not_returned() {
    let dir = tempfile::tempdir().unwrap();
    let s = stage(dir.path(), "说明.txt", b"original").unwrap().keep();
    std::fs::write(blob_path(dir.path(), &s.sha256), b"changed").unwrap();
    assert_eq!(
        read(dir.path(), &s.sha256, "说明.txt").unwrap_err().code(),
        "file.corrupt"
    );
    std::fs::remove_file(blob_path(dir.path(), &s.sha256)).unwrap();
    assert_eq!(
        read(dir.path(), &s.sha256, "说明.txt").unwrap_err().code(),
        "file.missing"
    );
}
