//! Documents under a 标准: counted by year, kept with their 标准, allowed files only.

use super::*;

#[test]
fn a_document_counts_for_its_year_under_its_standard_and_blocks_deleting_the_node() {
    let mut u = unit();
    let st = standard(&u, "制定年度学雷锋");
    let dir = u.dir.path().to_path_buf();
    let doc = add_document(
        &mut u.conn,
        &dir,
        &NewDocument {
            standard_id: st,
            kind: DocKind::Official,
            year: 2025,
            file_name: "2025年学雷锋活动计划.pdf",
            bytes: b"%PDF-1.4 plan",
        },
        now(),
    )
    .unwrap();
    assert_eq!(
        (doc.kind, doc.year, doc.is_image),
        (DocKind::Official, 2025, false)
    );
    assert_eq!(
        counts(&u, 2025, 2026),
        [("制定年度学雷锋活动计划，明确牵头责任部门".to_string(), 1)]
    );
    assert!(counts(&u, 2026, 2026).is_empty());
    let (_, bytes) = document_bytes(&u.conn, &dir, doc.id).unwrap();
    assert_eq!(bytes, b"%PDF-1.4 plan");

    let it = item(&u, "学雷锋活动");
    let before = tree(&u.conn).unwrap();
    assert_eq!(
        code(remove_node(&mut u.conn, it).unwrap_err()),
        "ledger.node_has_documents"
    );
    assert_eq!(tree(&u.conn).unwrap(), before);
    remove_document(&mut u.conn, &dir, doc.id).unwrap();
    assert!(std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .all(|d| std::fs::read_dir(d.path()).unwrap().next().is_none()));
    remove_node(&mut u.conn, it).unwrap();
    assert_eq!(tree(&u.conn).unwrap().base_points, 86);
}

#[test]
fn removing_a_standard_also_removes_its_mapping_and_filings() {
    let mut u = unit();
    let a = held(&mut u, ActivityKind::Reading, "诵读会");
    let st = standard(&u, "定期组织道德经典诵读");
    file_record(
        &mut u.conn,
        st,
        RecordKind::Activity,
        a,
        false,
        "重复",
        now(),
    )
    .unwrap();
    remove_node(&mut u.conn, st).unwrap();
    let m = mapping(&u.conn).unwrap();
    assert!(!m.iter().any(|r| r.standard_ids.contains(&st)));
    let n: i64 = u
        .conn
        .query_row("SELECT COUNT(*) FROM ledger_filing", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn a_document_needs_a_standard_a_year_and_an_allowed_file() {
    let mut u = unit();
    let st = standard(&u, "制定年度学雷锋");
    let it = item(&u, "学雷锋活动");
    let dir = u.dir.path().to_path_buf();
    let mut add = |id, year, name: &str| {
        code(
            add_document(
                &mut u.conn,
                &dir,
                &NewDocument {
                    standard_id: id,
                    kind: DocKind::Other,
                    year,
                    file_name: name,
                    bytes: b"x",
                },
                now(),
            )
            .unwrap_err(),
        )
    };
    assert_eq!(add(it, 2026, "a.pdf"), "ledger.not_a_standard");
    assert_eq!(add(st, 26, "a.pdf"), "ledger.bad_year");
    assert_eq!(add(st, 2026, "run.exe"), "file.bad_type");
    assert!(
        std::fs::read_dir(&dir).unwrap().next().is_none(),
        "a refused upload leaves no file"
    );
}
