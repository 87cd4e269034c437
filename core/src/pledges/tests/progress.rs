use super::*;

fn entry(item_id: i64, day: (u32, u32), status: Status, progress: u8) -> ProgressInput {
    ProgressInput {
        item_id,
        entry_on: date(day.0, day.1),
        text: "已完成第一阶段".into(),
        status,
        progress,
    }
}

#[test]
fn a_progress_entry_sets_the_items_status_and_fulfilled_counts_as_complete() {
    let mut u = unit();
    let p = u.publish_own(0);
    let item = p.items[0].id;
    let e = add_progress(
        &mut u.conn,
        &entry(item, (4, 1), Status::InProgress, 40),
        Actor::Organizer,
        at(4, 2),
    )
    .unwrap();
    assert_eq!(
        (e.status, e.progress, e.by_self),
        (Status::InProgress, 40, false)
    );
    let done = add_progress(
        &mut u.conn,
        &entry(item, (5, 20), Status::Fulfilled, 70),
        Actor::Organizer,
        at(5, 20),
    )
    .unwrap();
    assert_eq!(done.progress, 100, "已兑现 is always 100 %");
    let now = get_pledge(&u.conn, p.id, at(5, 21)).unwrap();
    assert_eq!(
        (now.items[0].status, now.items[0].progress),
        (Status::Fulfilled, 100)
    );
    assert_eq!(now.items[1].status, Status::NotStarted);
}

#[test]
fn an_item_past_its_due_date_and_not_fulfilled_is_overdue_by_the_clock() {
    let mut u = unit();
    let p = u.publish_own(0);
    let (first, second) = (p.items[0].id, p.items[1].id);
    let on = |u: &Unit, t| get_pledge(&u.conn, p.id, t).unwrap().items;
    assert!(!on(&u, at(6, 30))[0].overdue, "due today is not overdue");
    let items = on(&u, at(7, 1));
    assert!(items[0].overdue, "the day after its due date");
    assert!(!items[1].overdue, "due 31 December");
    add_progress(
        &mut u.conn,
        &entry(first, (7, 2), Status::Unfulfilled, 50),
        Actor::Organizer,
        at(7, 2),
    )
    .unwrap();
    assert!(on(&u, at(7, 3))[0].overdue, "未兑现 stays overdue");
    add_progress(
        &mut u.conn,
        &entry(first, (7, 5), Status::Fulfilled, 100),
        Actor::Organizer,
        at(7, 5),
    )
    .unwrap();
    assert!(
        !on(&u, at(7, 6))[0].overdue,
        "已兑现 late is no longer overdue"
    );
    add_progress(
        &mut u.conn,
        &entry(second, (7, 5), Status::InProgress, 10),
        Actor::Organizer,
        at(7, 5),
    )
    .unwrap();
    assert!(
        on(
            &u,
            NaiveDate::from_ymd_opt(2027, 1, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
        )[1]
        .overdue
    );
}

#[test]
fn progress_entries_are_refused_when_dated_ahead_out_of_range_or_empty_and_nothing_changes() {
    let mut u = unit();
    let p = u.publish_own(0);
    let item = p.items[0].id;
    let before = everything(&u.conn);
    let cases = [
        (
            entry(item, (4, 3), Status::InProgress, 10),
            "pledges.progress_in_future",
        ),
        (
            entry(item, (4, 1), Status::InProgress, 101),
            "pledges.progress_out_of_range",
        ),
        (
            entry(item, (4, 1), Status::NotStarted, 5),
            "pledges.not_started_with_progress",
        ),
        (
            ProgressInput {
                text: " ".into(),
                ..entry(item, (4, 1), Status::InProgress, 10)
            },
            "pledges.invalid",
        ),
        (
            entry(999, (4, 1), Status::InProgress, 10),
            "pledges.item_not_found",
        ),
    ];
    for (input, expected) in cases {
        let r = add_progress(&mut u.conn, &input, Actor::Organizer, at(4, 2));
        assert_eq!(code(r), expected, "{input:?}");
    }
    assert_eq!(everything(&u.conn), before);
}

#[test]
fn a_person_adds_progress_only_to_their_own_pledge() {
    let mut u = unit();
    let mine = u.publish_own(0);
    let theirs = u.publish_own(1);
    let dept = u.publish_department(0);
    let me = Actor::Staff(u.people[0]);
    let e = add_progress(
        &mut u.conn,
        &entry(mine.items[1].id, (4, 1), Status::InProgress, 20),
        me,
        at(4, 1),
    )
    .unwrap();
    assert!(e.by_self);
    for other in [theirs.items[0].id, dept.items[0].id] {
        let r = add_progress(
            &mut u.conn,
            &entry(other, (4, 1), Status::InProgress, 20),
            me,
            at(4, 1),
        );
        assert_eq!(code(r), "pledges.not_your_pledge");
    }
    let dir = tempfile::tempdir().unwrap();
    let theirs_entry = add_progress(
        &mut u.conn,
        &entry(theirs.items[0].id, (4, 1), Status::InProgress, 20),
        Actor::Organizer,
        at(4, 1),
    )
    .unwrap();
    let r = add_progress_file(
        &mut u.conn,
        dir.path(),
        theirs_entry.id,
        me,
        "照片.png",
        b"\x89PNG photo",
        at(4, 1),
    );
    assert_eq!(code(r), "pledges.not_your_pledge");
    assert_eq!(
        std::fs::read_dir(dir.path())
            .map(|d| d.count())
            .unwrap_or(0),
        0
    );
}

#[test]
fn a_photo_on_a_progress_entry_is_stored_once_and_read_back_checked() {
    let mut u = unit();
    let p = u.publish_own(0);
    let dir = tempfile::tempdir().unwrap();
    let e = add_progress(
        &mut u.conn,
        &entry(p.items[0].id, (4, 1), Status::InProgress, 30),
        Actor::Organizer,
        at(4, 1),
    )
    .unwrap();
    let photo = b"\x89PNG the counter".to_vec();
    let f = add_progress_file(
        &mut u.conn,
        dir.path(),
        e.id,
        Actor::Organizer,
        "D:\\照片\\窗口.png",
        &photo,
        at(4, 1),
    )
    .unwrap();
    assert_eq!((f.file_name.as_str(), f.is_image), ("窗口.png", true));
    let again = add_progress_file(
        &mut u.conn,
        dir.path(),
        e.id,
        Actor::Organizer,
        "窗口(1).png",
        &photo,
        at(4, 1),
    )
    .unwrap();
    assert_eq!(again.id, f.id);
    let (_, bytes) = progress_file_bytes(&u.conn, dir.path(), f.id).unwrap();
    assert_eq!(bytes, photo);
    let t = timeline(&u.conn, p.id, at(4, 2)).unwrap();
    let files: Vec<_> = t
        .entries
        .iter()
        .filter_map(|x| match x {
            TimelineEntry::Progress { entry, .. } => Some(entry.files.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(files, [vec![f.clone()]]);
    assert!(
        crate::files::in_use(&u.conn, &{
            let (_, sha) = super::super::store::file(&u.conn, f.id).unwrap().unwrap();
            sha
        })
        .unwrap(),
        "the file store knows the blob is used by a progress entry"
    );

    let before = everything(&u.conn);
    let r = add_progress_file(
        &mut u.conn,
        dir.path(),
        e.id,
        Actor::Organizer,
        "run.exe",
        b"MZ",
        at(4, 1),
    );
    assert_eq!(code(r), "file.bad_type");
    let r = add_progress_file(
        &mut u.conn,
        dir.path(),
        999,
        Actor::Organizer,
        "a.png",
        &photo,
        at(4, 1),
    );
    assert_eq!(code(r), "pledges.progress_not_found");
    assert_eq!(everything(&u.conn), before);
    assert_eq!(
        code(progress_file_bytes(&u.conn, dir.path(), 999)),
        "pledges.file_not_found"
    );
}

#[test]
fn a_removed_photo_leaves_the_entry_and_its_blob_goes_only_when_nothing_else_uses_it() {
    let mut u = unit();
    let p = u.publish_own(0);
    let dir = tempfile::tempdir().unwrap();
    let add = |u: &mut Unit, item: i64| {
        add_progress(
            &mut u.conn,
            &entry(item, (4, 1), Status::InProgress, 30),
            Actor::Organizer,
            at(4, 1),
        )
        .unwrap()
    };
    let (first, second) = (add(&mut u, p.items[0].id), add(&mut u, p.items[1].id));
    let photo = b"\x89PNG the counter".to_vec();
    let mut attach = |entry: i64| {
        add_progress_file(
            &mut u.conn,
            dir.path(),
            entry,
            Actor::Organizer,
            "窗口.png",
            &photo,
            at(4, 1),
        )
        .unwrap()
    };
    let (a, b) = (attach(first.id), attach(second.id));
    let blobs = || walk(dir.path());
    assert_eq!(blobs(), 1, "the same photo is stored once");

    remove_progress_file(&mut u.conn, dir.path(), a.id).unwrap();
    assert_eq!(
        code(progress_file_bytes(&u.conn, dir.path(), a.id)),
        "pledges.file_not_found"
    );
    assert_eq!(blobs(), 1, "the other entry still shows the photo");
    let (_, bytes) = progress_file_bytes(&u.conn, dir.path(), b.id).unwrap();
    assert_eq!(bytes, photo);
    let t = timeline(&u.conn, p.id, at(4, 2)).unwrap();
    let progress = t
        .entries
        .iter()
        .filter(|x| matches!(x, TimelineEntry::Progress { .. }))
        .count();
    assert_eq!(progress, 2, "removing a photo keeps its progress entry");

    remove_progress_file(&mut u.conn, dir.path(), b.id).unwrap();
    assert_eq!(blobs(), 0, "no entry uses the photo any more");

    let before = everything(&u.conn);
    assert_eq!(
        code(remove_progress_file(&mut u.conn, dir.path(), b.id)),
        "pledges.file_not_found"
    );
    assert_eq!(everything(&u.conn), before);
}

/// Files under `dir`, in every subfolder.
fn walk(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| {
                    if e.path().is_dir() {
                        walk(&e.path())
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}
