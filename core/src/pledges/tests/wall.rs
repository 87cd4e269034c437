use super::*;

#[test]
fn the_wall_groups_pledges_by_department_with_its_own_first_and_filters_one_department() {
    let mut u = unit();
    u.publish_own(3); // 职工4, 宣传科
    u.publish_own(0); // 职工1, 办公室
    u.publish_department(1);
    u.publish_own(1); // 职工2, 宣传科
    let wall_all = wall(&u.conn, YEAR, None, at(4, 1)).unwrap();
    let shape: Vec<(String, Vec<String>)> = wall_all
        .iter()
        .map(|s| {
            (
                s.department_name.clone(),
                s.pledges.iter().map(|p| p.owner_name.clone()).collect(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("办公室".to_string(), vec!["职工1".to_string()]),
            (
                "宣传科".to_string(),
                vec!["宣传科".to_string(), "职工2".into(), "职工4".into()]
            ),
        ]
    );
    let one = wall(&u.conn, YEAR, Some(u.departments[1]), at(4, 1)).unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0], wall_all[1]);
    assert!(wall(&u.conn, YEAR + 1, None, at(4, 1)).unwrap().is_empty());
}

#[test]
fn the_summary_counts_items_fulfilled_and_overdue_per_department_and_exports_as_xlsx() {
    let mut u = unit();
    let mine = u.publish_own(0);
    u.publish_own(2);
    u.publish_department(1);
    add_progress(
        &mut u.conn,
        &ProgressInput {
            item_id: mine.items[1].id,
            entry_on: date(5, 1),
            text: "提前完成".into(),
            status: Status::Fulfilled,
            progress: 100,
        },
        Actor::Organizer,
        at(5, 1),
    )
    .unwrap();
    let rows = summary(&u.conn, YEAR, at(7, 1)).unwrap();
    let shape: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r.department_name.as_str(),
                r.pledges,
                r.items,
                r.fulfilled,
                r.fulfilled_percent,
                r.overdue,
            )
        })
        .collect();
    // 办公室: two people × two items, one fulfilled; both June items overdue on 1 July.
    // 宣传科: its own item due 30 September.
    assert_eq!(
        shape,
        [("办公室", 2, 4, 1, 25, 2), ("宣传科", 1, 1, 0, 0, 0)]
    );
    let (stem, bytes) = summary_xlsx(&u.conn, YEAR, at(7, 1)).unwrap();
    assert_eq!(stem, "2026年践诺情况汇总");
    assert_eq!(&bytes[..2], b"PK", "an .xlsx (zip) file");
    let empty = summary(&u.conn, YEAR + 1, at(7, 1)).unwrap();
    assert!(empty
        .iter()
        .all(|r| r.items == 0 && r.fulfilled_percent == 0));
}

#[test]
fn the_timeline_lists_publication_progress_and_edits_in_date_order() {
    let mut u = unit();
    let p = u.publish_own(0);
    add_progress(
        &mut u.conn,
        &ProgressInput {
            item_id: p.items[1].id,
            entry_on: date(5, 1),
            text: "走访群众".into(),
            status: Status::InProgress,
            progress: 50,
        },
        Actor::Organizer,
        at(5, 2),
    )
    .unwrap();
    edit_item(
        &mut u.conn,
        p.items[0].id,
        &ItemEditInput {
            item: item("岗位承诺", "按时办结", (6, 30)),
            reason: "精简表述".into(),
        },
        at(4, 1),
    )
    .unwrap();
    let t = timeline(&u.conn, p.id, at(6, 1)).unwrap();
    let kinds: Vec<&str> = t
        .entries
        .iter()
        .map(|e| match e {
            TimelineEntry::Published { .. } => "published",
            TimelineEntry::Progress {
                item_position: 2, ..
            } => "progress on 2",
            TimelineEntry::Progress { .. } => "progress",
            TimelineEntry::Edited {
                item_position: 1, ..
            } => "edit of 1",
            TimelineEntry::Edited { .. } => "edit",
        })
        .collect();
    assert_eq!(kinds, ["published", "edit of 1", "progress on 2"]);
    assert_eq!(
        code(timeline(&u.conn, 999, at(6, 1))),
        "pledges.pledge_not_found"
    );
}
