use super::*;

/// Files in the store (blobs), however deep.
fn blobs(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| {
                    let p = e.path();
                    if p.is_dir() {
                        blobs(&p)
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

#[test]
fn a_nomination_keeps_its_files_and_the_same_content_is_stored_once() {
    let mut u = unit(2);
    let dir = tempfile::tempdir().unwrap();
    let n = u.nominate("先进个人", LI).unwrap();
    let photo = b"\x89PNG...photo".to_vec();
    let first = add_nomination_file(
        &mut u.conn,
        dir.path(),
        n.id,
        "C:\\材料\\合影.png",
        &photo,
        now(),
    )
    .unwrap();
    assert_eq!(
        (first.file_name.as_str(), first.is_image),
        ("合影.png", true)
    );
    let again =
        add_nomination_file(&mut u.conn, dir.path(), n.id, "合影(1).png", &photo, now()).unwrap();
    assert_eq!(again.id, first.id, "the same content once per nomination");
    let other = u.nominate("先进个人", WANG).unwrap();
    add_nomination_file(
        &mut u.conn,
        dir.path(),
        other.id,
        "同一张.png",
        &photo,
        now(),
    )
    .unwrap();
    assert_eq!(blobs(dir.path()), 1, "one blob for both nominations");
    let (_, bytes) = nomination_file_bytes(&u.conn, dir.path(), first.id).unwrap();
    assert_eq!(bytes, photo);

    remove_nomination_file(&mut u.conn, dir.path(), first.id).unwrap();
    assert_eq!(blobs(dir.path()), 1, "still used by the other nomination");
    assert!(nomination_files(&u.conn, n.id).unwrap().is_empty());
}

#[test]
fn a_blob_shared_with_an_activity_photo_survives_removing_the_attachment() {
    let mut u = unit(2);
    let dir = tempfile::tempdir().unwrap();
    let n = u.nominate("先进个人", LI).unwrap();
    let input = crate::activities::ActivityInput {
        kind: crate::activities::ActivityKind::Volunteer,
        title: "志愿服务".into(),
        description: String::new(),
        place: "社区".into(),
        schedule: crate::activities::Schedule {
            starts_at: at(5, 3),
            ends_at: at(5, 4),
            signup_opens_at: at(5, 1),
            signup_deadline: at(5, 2),
            cancel_cutoff: at(5, 2),
        },
        capacity: None,
        department_ids: vec![],
        party_members_only: false,
        team_mode: false,
    };
    let a = crate::activities::create_activity(&mut u.conn, &input, false, at(4, 1)).unwrap();
    let photo = b"shared photo".to_vec();
    crate::activities::add_file(&mut u.conn, dir.path(), a.id, "合影.jpg", &photo, now()).unwrap();
    let f = add_nomination_file(&mut u.conn, dir.path(), n.id, "合影.jpg", &photo, now()).unwrap();
    remove_nomination_file(&mut u.conn, dir.path(), f.id).unwrap();
    assert_eq!(blobs(dir.path()), 1, "the activity still shows it");
}

#[test]
fn bad_files_and_files_after_voting_started_are_refused_and_nothing_is_written() {
    let mut u = unit(2);
    let dir = tempfile::tempdir().unwrap();
    let c = u.candidates(1, &[LI, WANG]);
    let n = nominations(&u.conn, c.id).unwrap()[0].clone();
    assert_eq!(
        refusal(add_nomination_file(
            &mut u.conn,
            dir.path(),
            n.id,
            "空.txt",
            b"",
            now()
        )),
        ("file.empty".into(), "“空.txt”是空文件".into())
    );
    assert_eq!(
        refusal(add_nomination_file(
            &mut u.conn,
            dir.path(),
            999,
            "x.txt",
            b"x",
            now()
        ))
        .0,
        "nomination.not_found"
    );
    let kept =
        add_nomination_file(&mut u.conn, dir.path(), n.id, "事迹.docx", b"doc", now()).unwrap();
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    open_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(
        refusal(add_nomination_file(
            &mut u.conn,
            dir.path(),
            n.id,
            "补充.docx",
            b"more",
            now()
        ))
        .0,
        "review.locked"
    );
    assert_eq!(
        refusal(remove_nomination_file(&mut u.conn, dir.path(), kept.id)).0,
        "review.locked"
    );
    assert_eq!(nomination_files(&u.conn, n.id).unwrap(), vec![kept]);
    assert_eq!(blobs(dir.path()), 1, "only the accepted file is stored");
}
