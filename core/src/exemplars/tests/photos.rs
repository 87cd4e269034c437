use super::*;

fn blobs(dir: &std::path::Path) -> usize {
    walk(dir)
}

fn walk(dir: &std::path::Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .map(|e| {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p)
            } else {
                1
            }
        })
        .sum()
}

#[test]
fn the_first_photo_is_the_cards_and_the_same_picture_is_stored_once() {
    let mut u = unit();
    let dir = tempfile::tempdir().unwrap();
    let e = u.published(ZHANG, "服务标兵");
    let first = add_exemplar_file(
        &mut u.conn,
        dir.path(),
        e.id,
        "工作照.jpg",
        b"jpeg-1",
        now(),
    )
    .unwrap();
    let again = add_exemplar_file(
        &mut u.conn,
        dir.path(),
        e.id,
        "工作照.jpg",
        b"jpeg-1",
        now(),
    )
    .unwrap();
    add_exemplar_file(&mut u.conn, dir.path(), e.id, "合影.png", b"png-2", now()).unwrap();
    assert_eq!(again.id, first.id);
    assert!(first.is_image);
    assert_eq!(blobs(dir.path()), 2);
    let names: Vec<String> = exemplar_files(&u.conn, e.id, Role::Staff)
        .unwrap()
        .into_iter()
        .map(|f| f.file_name)
        .collect();
    assert_eq!(names, ["工作照.jpg", "合影.png"]);
    assert_eq!(
        get_exemplar(&u.conn, e.id, now()).unwrap().photo_file_id,
        Some(first.id)
    );
}

#[test]
fn only_pictures_are_taken_as_photos_and_a_refused_upload_leaves_no_file() {
    let mut u = unit();
    let dir = tempfile::tempdir().unwrap();
    let e = u.published(ZHANG, "服务标兵");
    let before = u.fingerprint();
    assert_eq!(
        refusal(add_exemplar_file(
            &mut u.conn,
            dir.path(),
            e.id,
            "事迹.pdf",
            b"%PDF",
            now()
        )),
        (
            "exemplars.photo_not_image".into(),
            "典型照片只能是图片（jpg、png 等），“事迹.pdf”不是图片".into()
        )
    );
    assert_eq!(
        refusal(add_exemplar_file(
            &mut u.conn,
            dir.path(),
            e.id,
            "run.exe",
            b"MZ",
            now()
        ))
        .0,
        "file.bad_type"
    );
    assert_eq!(
        refusal(add_exemplar_file(
            &mut u.conn,
            dir.path(),
            e.id,
            "空.png",
            b"",
            now()
        ))
        .0,
        "file.empty"
    );
    assert_eq!(
        refusal(add_exemplar_file(
            &mut u.conn,
            dir.path(),
            999,
            "a.png",
            b"png",
            now()
        ))
        .0,
        "exemplars.not_found"
    );
    assert_eq!(u.fingerprint(), before);
    assert_eq!(blobs(dir.path()), 0);
}

#[test]
fn removing_a_photo_deletes_its_bytes_unless_an_activity_still_holds_the_same_picture() {
    let mut u = unit();
    let dir = tempfile::tempdir().unwrap();
    let e = u.published(ZHANG, "服务标兵");
    let a = u.activity(ActivityKind::MoralLecture, "道德讲堂", &[]);
    let own = add_exemplar_file(&mut u.conn, dir.path(), e.id, "a.png", b"png-a", now()).unwrap();
    let shared =
        add_exemplar_file(&mut u.conn, dir.path(), e.id, "b.png", b"png-b", now()).unwrap();
    activities::add_file(&mut u.conn, dir.path(), a, "现场.png", b"png-b", now()).unwrap();
    assert_eq!(blobs(dir.path()), 2);

    remove_exemplar_file(&mut u.conn, dir.path(), own.id).unwrap();
    remove_exemplar_file(&mut u.conn, dir.path(), shared.id).unwrap();
    assert_eq!(blobs(dir.path()), 1, "the activity's photo keeps its bytes");
    assert!(exemplar_files(&u.conn, e.id, Role::Organizer)
        .unwrap()
        .is_empty());
    assert_eq!(
        get_exemplar(&u.conn, e.id, now()).unwrap().photo_file_id,
        None
    );
    assert_eq!(
        refusal(remove_exemplar_file(&mut u.conn, dir.path(), own.id)).0,
        "exemplars.file_not_found"
    );
}
