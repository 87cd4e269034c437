use super::*;

fn counts(rows: &[(RaterGroup, [u32; 3])]) -> GroupCounts {
    rows.iter().copied().collect()
}

#[test]
fn the_score_weights_the_groups_averages_40_40_20_by_default() {
    let s = Scoring::default();
    // Leaders 满意 (100); colleagues 满意 + 基本满意 (80); self 基本满意 (60).
    let c = counts(&[
        (RaterGroup::Leaders, [1, 0, 0]),
        (RaterGroup::Colleagues, [1, 1, 0]),
        (RaterGroup::Myself, [0, 1, 0]),
    ]);
    let (groups, score, notes) = weighted_score(&s, &c);
    assert_eq!(score, Some(84.0));
    assert_eq!(s.grade(84.0), Grade::Good);
    assert!(notes.is_empty());
    let avg: Vec<_> = groups
        .iter()
        .map(|g| (g.group, g.score, g.weight_used))
        .collect();
    assert_eq!(
        avg,
        [
            (RaterGroup::Leaders, Some(100.0), 40.0),
            (RaterGroup::Colleagues, Some(80.0), 40.0),
            (RaterGroup::Myself, Some(60.0), 20.0)
        ]
    );
}

#[test]
fn a_group_without_ratings_has_its_weight_shared_out_and_the_result_says_so() {
    let s = Scoring::default();
    let c = counts(&[
        (RaterGroup::Leaders, [1, 0, 0]),
        (RaterGroup::Colleagues, [1, 1, 0]),
    ]);
    let (groups, score, notes) = weighted_score(&s, &c);
    assert_eq!(score, Some(90.0), "(40 × 100 + 40 × 80) / 80");
    assert_eq!(notes, ["自评无人评价，其权重 20% 按比例分给其他组"]);
    assert_eq!(groups[0].weight_used, 50.0);
    assert_eq!(groups[2].score, None);
    let (_, nobody, _) = weighted_score(&s, &GroupCounts::new());
    assert_eq!(nobody, None, "nobody rated: no score, no grade");
}

#[test]
fn points_weights_and_cutoffs_are_the_ones_configured() {
    let s = Scoring {
        satisfied: 95,
        basic: 70,
        unsatisfied: 20,
        leaders_weight: 60,
        colleagues_weight: 40,
        self_weight: 0,
        excellent_from: 85,
        good_from: 70,
        fair_from: 50,
        excellent_cap_percent: None,
    };
    let c = counts(&[
        (RaterGroup::Leaders, [1, 1, 0]),
        (RaterGroup::Colleagues, [0, 0, 1]),
        (RaterGroup::Myself, [1, 0, 0]),
    ]);
    let (_, score, notes) = weighted_score(&s, &c);
    // 0.6 × 82.5 + 0.4 × 20 = 57.5; the self-assessment weighs nothing.
    assert_eq!(score, Some(57.5));
    assert!(notes.is_empty(), "a group of weight 0 is not shared out");
    assert_eq!(s.grade(57.5), Grade::Fair);
    assert_eq!(s.grade(49.99), Grade::Poor);
    assert_eq!(
        s.grade(85.0),
        Grade::Excellent,
        "a cut-off is the lowest score of its grade"
    );
}

fn owner(pledge_id: i64, score: Option<f64>) -> OwnerResult {
    OwnerResult {
        pledge_id,
        owner: Owner::Person {
            staff_id: pledge_id,
        },
        owner_name: format!("职工{pledge_id}"),
        department_name: "办公室".into(),
        groups: Vec::new(),
        score,
        grade: None,
        rank: None,
        notes: Vec::new(),
        comments: Vec::new(),
    }
}

#[test]
fn the_cap_on_excellent_keeps_the_best_and_demotes_everyone_tied_at_the_line() {
    let s = Scoring {
        excellent_cap_percent: Some(50),
        ..Scoring::default()
    };
    // Five rated, one not: at most ⌊5 × 50 %⌋ = 2 优秀. 95 and 95 tie across the line.
    let mut rs = vec![
        owner(1, Some(100.0)),
        owner(2, Some(95.0)),
        owner(3, Some(95.0)),
        owner(4, Some(91.0)),
        owner(5, Some(70.0)),
        owner(6, None),
    ];
    grade_all(&s, &mut rs);
    let got: Vec<_> = rs.iter().map(|r| (r.grade, r.rank)).collect();
    assert_eq!(
        got,
        [
            (Some(Grade::Excellent), Some(1)),
            (Some(Grade::Good), Some(2)),
            (Some(Grade::Good), Some(2)),
            (Some(Grade::Good), Some(4)),
            (Some(Grade::Fair), Some(5)),
            (None, None)
        ]
    );
    assert!(
        rs[1].notes[0].contains("优秀比例上限 50%（2 名）"),
        "{:?}",
        rs[1].notes
    );
    assert!(rs[4].notes.is_empty());

    let mut fits = vec![
        owner(1, Some(100.0)),
        owner(2, Some(95.0)),
        owner(3, Some(80.0)),
    ];
    let s = Scoring {
        excellent_cap_percent: Some(70),
        ..Scoring::default()
    };
    grade_all(&s, &mut fits);
    assert_eq!(
        fits[1].grade,
        Some(Grade::Excellent),
        "two fit under ⌊3 × 70 %⌋ = 2"
    );
}

#[test]
fn results_are_hidden_until_the_round_closes_then_named_and_kiosk_ratings_count_together() {
    let mut u = unit();
    let (r, a, b) = u.open_round_of_two(RatingMode::Anonymous);
    u.rate(0, r.id, a.id, Rating::Basic).unwrap();
    let sheets = round_codes(&u.conn, r.id).unwrap();
    for (code, (ra, rb)) in sheets[0].codes.iter().zip([
        (Rating::Satisfied, Rating::Basic),
        (Rating::Satisfied, Rating::Unsatisfied),
    ]) {
        let m = [
            SheetMark {
                pledge_id: a.id,
                rating: ra,
            },
            SheetMark {
                pledge_id: b.id,
                rating: rb,
            },
        ];
        kiosk_rate(&mut u.conn, r.id, code, &m).unwrap();
    }
    let office = [SheetMark {
        pledge_id: a.id,
        rating: Rating::Basic,
    }];
    kiosk_rate(&mut u.conn, r.id, &sheets[1].codes[0], &office).unwrap();
    let e = round_result(&u.conn, r.id).unwrap_err();
    assert_eq!(e.code(), "pledges.results_hidden");
    assert!(
        owner_grades(&u.conn, a.owner).unwrap().is_empty(),
        "not on the record yet"
    );
    assert_eq!(code(result_xlsx(&u.conn, r.id)), "pledges.results_hidden");

    close_round(&mut u.conn, r.id, at(12, 5)).unwrap();
    let result = round_result(&u.conn, r.id).unwrap();
    let of = |id| result.results.iter().find(|o| o.pledge_id == id).unwrap();
    // 职工1: leaders 100, colleagues 60, self 60 → 40 + 24 + 12 = 76 → 良好.
    assert_eq!(
        (of(a.id).score, of(a.id).grade),
        (Some(76.0), Some(Grade::Good))
    );
    // 职工2: leaders (60 + 0) / 2 = 30 only → 30 → 差, with two notes.
    assert_eq!(
        (of(b.id).score, of(b.id).grade),
        (Some(30.0), Some(Grade::Poor))
    );
    assert_eq!(of(b.id).notes.len(), 2);
    assert_eq!(result.results[0].pledge_id, a.id, "best first");
    assert!(result
        .rules
        .iter()
        .any(|l| l.contains("领导评 40%，同事评 40%，自评 20%")));
    let grades = owner_grades(&u.conn, a.owner).unwrap();
    assert_eq!(
        grades
            .iter()
            .map(|g| (g.round_title.as_str(), g.grade))
            .collect::<Vec<_>>(),
        [("2026年度评诺", Some(Grade::Good))]
    );
    let (stem, bytes) = result_xlsx(&u.conn, r.id).unwrap();
    assert_eq!(stem, "2026年度评诺结果");
    assert_eq!(&bytes[..2], b"PK");
}
