//! What staff mode sees of nominations: no rejection reasons, and the 事迹 attachments of passed
//! nominations only. The organizer sees everything.

use super::*;
use crate::auth::Role;

struct Reviewed {
    u: Unit,
    dir: tempfile::TempDir,
    passed: Nomination,
    rejected: Nomination,
    pending: Nomination,
    files: [NominationFile; 3],
}

/// 先进个人: 李四 passed, 王五 rejected (a reason given), 赵六 pending; one attachment each.
fn reviewed() -> Reviewed {
    let mut u = unit(0);
    let dir = tempfile::tempdir().unwrap();
    let passed = u.nominate("先进个人", LI).unwrap();
    let rejected = u.nominate("先进个人", WANG).unwrap();
    let pending = u.nominate("先进个人", ZHAO).unwrap();
    let mut attach = |n: &Nomination, name: &str| {
        add_nomination_file(&mut u.conn, dir.path(), n.id, name, name.as_bytes(), now()).unwrap()
    };
    let files = [
        attach(&passed, "李四事迹.docx"),
        attach(&rejected, "王五事迹.docx"),
        attach(&pending, "赵六事迹.docx"),
    ];
    review_nomination(&mut u.conn, passed.id, true, "材料齐全").unwrap();
    review_nomination(&mut u.conn, rejected.id, false, "年度考核未达到称职").unwrap();
    Reviewed {
        u,
        dir,
        passed,
        rejected,
        pending,
        files,
    }
}

#[test]
fn staff_mode_sees_no_reason_why_a_nomination_was_turned_down() {
    let r = reviewed();
    let category = r.passed.category_id;
    let seen = nominations_for(&r.u.conn, category, Role::Staff).unwrap();
    let reason = |id: i64| {
        seen.iter()
            .find(|n| n.id == id)
            .unwrap()
            .review_reason
            .clone()
    };
    assert_eq!(reason(r.rejected.id), "");
    assert_eq!(
        reason(r.passed.id),
        "材料齐全",
        "a passed nomination's note stays"
    );
    assert_eq!(seen.len(), 3);
    let organizer = nominations_for(&r.u.conn, category, Role::Organizer).unwrap();
    let rejected = organizer.iter().find(|n| n.id == r.rejected.id).unwrap();
    assert_eq!(rejected.review_reason, "年度考核未达到称职");
}

#[test]
fn staff_mode_opens_the_attachments_of_passed_nominations_only() {
    let r = reviewed();
    let listed = nomination_files_for(&r.u.conn, r.passed.id, Role::Staff).unwrap();
    assert_eq!(listed, vec![r.files[0].clone()]);
    let (_, bytes) =
        nomination_file_bytes_for(&r.u.conn, r.dir.path(), r.files[0].id, Role::Staff).unwrap();
    assert_eq!(bytes, "李四事迹.docx".as_bytes());
    for (n, f) in [(&r.rejected, &r.files[1]), (&r.pending, &r.files[2])] {
        assert_eq!(
            refusal(nomination_files_for(&r.u.conn, n.id, Role::Staff)).0,
            "nomination.files_hidden"
        );
        assert_eq!(
            refusal(nomination_file_bytes_for(
                &r.u.conn,
                r.dir.path(),
                f.id,
                Role::Staff
            ))
            .0,
            "nomination.files_hidden",
            "asking for the bytes by file id is refused too"
        );
        nomination_files_for(&r.u.conn, n.id, Role::Organizer).unwrap();
        nomination_file_bytes_for(&r.u.conn, r.dir.path(), f.id, Role::Organizer).unwrap();
    }
}

#[test]
fn a_person_sees_why_their_own_nomination_was_turned_down_and_nobody_elses() {
    let r = reviewed();
    let wang = r.rejected.staff_id.unwrap();
    let mine = my_nominations(&r.u.conn, wang).unwrap();
    assert_eq!(mine.len(), 1, "王五 sees his own nomination only");
    assert_eq!(mine[0].nomination.id, r.rejected.id);
    assert_eq!(mine[0].nomination.review, Review::Rejected);
    assert_eq!(mine[0].nomination.review_reason, "年度考核未达到称职");
    assert_eq!(mine[0].category, "先进个人");

    let li = my_nominations(&r.u.conn, r.passed.staff_id.unwrap()).unwrap();
    assert_eq!(
        li.iter().map(|m| m.nomination.id).collect::<Vec<_>>(),
        [r.passed.id]
    );
    assert!(
        li.iter()
            .all(|m| !m.nomination.review_reason.contains("称职")),
        "nobody else's reason comes with it"
    );
    let zhao = my_nominations(&r.u.conn, r.pending.staff_id.unwrap()).unwrap();
    assert_eq!(zhao[0].nomination.review, Review::Pending);
    assert_eq!(
        refusal(my_nominations(&r.u.conn, 999_999)).0,
        "nomination.staff_not_found"
    );
}
