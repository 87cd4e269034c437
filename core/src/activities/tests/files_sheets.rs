use calamine::Reader;

use super::*;

#[test]
fn the_same_photo_attached_twice_is_stored_once() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Exhibition, None);
    let b = u.activity(ActivityKind::Hiking, None);
    let dir = tempfile::tempdir().unwrap();
    let photo = b"\x89PNG fake photo bytes".to_vec();
    let first = add_file(
        &mut u.conn,
        dir.path(),
        a.id,
        "合影.png",
        &photo,
        open_time(),
    )
    .unwrap();
    let again = add_file(
        &mut u.conn,
        dir.path(),
        a.id,
        "合影(1).png",
        &photo,
        open_time(),
    )
    .unwrap();
    assert_eq!(
        first, again,
        "attaching the same content again returns the existing file"
    );
    assert!(first.is_image);
    add_file(
        &mut u.conn,
        dir.path(),
        b.id,
        "同一张.png",
        &photo,
        open_time(),
    )
    .unwrap();
    let blobs: Vec<_> = walk(dir.path());
    assert_eq!(blobs.len(), 1, "one copy on disk for both activities");
    assert!(blobs[0].ends_with(&first.sha256));
    let (_, bytes) = file_bytes(&u.conn, dir.path(), first.id).unwrap();
    assert_eq!(bytes, photo);

    remove_file(&mut u.conn, dir.path(), first.id).unwrap();
    assert_eq!(
        walk(dir.path()).len(),
        1,
        "still used by the other activity"
    );
    let other = files(&u.conn, b.id).unwrap()[0].id;
    remove_file(&mut u.conn, dir.path(), other).unwrap();
    assert!(walk(dir.path()).is_empty());
}

#[test]
fn empty_or_tampered_files_are_refused() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Exhibition, None);
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        crate::AppError::from(
            add_file(&mut u.conn, dir.path(), a.id, "空.txt", b"", open_time()).unwrap_err()
        )
        .code,
        "file.empty"
    );
    let f = add_file(
        &mut u.conn,
        dir.path(),
        a.id,
        "说明.txt",
        b"original",
        open_time(),
    )
    .unwrap();
    std::fs::write(walk(dir.path())[0].clone(), b"changed").unwrap();
    let err = file_bytes(&u.conn, dir.path(), f.id).unwrap_err();
    assert!(err.to_string().contains("已损坏"));
}

#[test]
fn a_refused_upload_leaves_the_files_folder_as_it_was() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Exhibition, None);
    let dir = tempfile::tempdir().unwrap();
    add_file(
        &mut u.conn,
        dir.path(),
        a.id,
        "合影.png",
        b"kept photo",
        open_time(),
    )
    .unwrap();
    let before = walk(dir.path());
    let big = vec![7u8; crate::files::MAX_FILE_BYTES + 1];
    let refusals = [
        (
            999,
            "新照片.png",
            b"new photo".as_slice(),
            "activities.not_found",
        ),
        (a.id, "大视频.mp4", big.as_slice(), "file.too_large"),
        (
            a.id,
            "setup.exe",
            b"MZ new program".as_slice(),
            "file.bad_type",
        ),
        (a.id, "空.png", b"".as_slice(), "file.empty"),
    ];
    for (activity, name, bytes, code) in refusals {
        let err =
            add_file(&mut u.conn, dir.path(), activity, name, bytes, open_time()).unwrap_err();
        assert_eq!(crate::AppError::from(err).code, code, "{name}");
        assert_eq!(walk(dir.path()), before, "{name} left a file behind");
    }
    assert_eq!(files(&u.conn, a.id).unwrap().len(), 1);
}

#[test]
fn a_blob_whose_row_fails_to_commit_is_removed_again() {
    let mut u = unit(1);
    let a = u.activity(ActivityKind::Exhibition, None);
    let dir = tempfile::tempdir().unwrap();
    u.conn
        .execute_batch(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON activity_file
             BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
        )
        .unwrap();
    assert!(add_file(
        &mut u.conn,
        dir.path(),
        a.id,
        "合影.png",
        b"photo",
        open_time()
    )
    .is_err());
    assert!(walk(dir.path()).is_empty(), "{:?}", walk(dir.path()));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out.sort();
    out
}

#[test]
fn the_sign_in_sheet_lists_people_holding_a_place_with_an_empty_signature_column() {
    let mut u = unit(3);
    let a = u.activity(ActivityKind::Reading, Some(2));
    for p in 0..3 {
        u.join(a.id, p).unwrap();
    }
    let m = u.entry_of(a.id, 0).members[0].id;
    check_in(&mut u.conn, m, at(25, 8)).unwrap();
    let s = sheet(&u.conn, a.id, SheetKind::SignIn, at(25, 8)).unwrap();
    assert_eq!(
        s.columns,
        ["序号", "姓名", "工号", "科室", "签到时间", "签名"]
    );
    assert_eq!(
        s.rows,
        [
            vec!["1", "职工1", "P001", "办公室", "2026年11月25日 08:00", ""],
            vec!["2", "职工2", "P002", "宣传科", "", ""],
        ]
    );
    let signup_sheet = sheet(&u.conn, a.id, SheetKind::Signup, at(25, 8)).unwrap();
    assert_eq!(signup_sheet.rows[2][5], "候补第 1 位");

    let dir = tempfile::tempdir().unwrap();
    let file = export_sheet(&u.conn, a.id, SheetKind::SignIn, dir.path(), at(25, 8)).unwrap();
    assert!(file.file_name.starts_with("道德经典诵读签到表_"));
    let mut wb = calamine::open_workbook_auto(&file.path).unwrap();
    let range = wb.worksheet_range("签到表").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert!(rows[0][0].contains("道德经典诵读签到表"));
    assert_eq!(rows[2], s.columns);
    assert_eq!(rows[3], s.rows[0]);
    assert_eq!(rows.len(), 5);
}
