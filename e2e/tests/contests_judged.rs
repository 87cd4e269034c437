//! 评分类比赛, driven through the real window: five judges (one from the roster, with 回避 on),
//! one judge's whole sheet typed into the grid from the keyboard and saved at once, another's
//! .xlsx sheet downloaded, filled in, refused with a slip, then imported, the rest through the
//! back end, the dropped highest and lowest shown
//! struck through, ranks and awards, publishing with its lock, the printed 成绩表, the .xlsx
//! export, the 奖状 print view, and unlocking with a reason.

use serde_json::json;
use wenming_e2e::contests::{enter_score, marks_adding_to, RESULT_ROWS};
use wenming_e2e::{activity_with_signups, first_start, staff, App, NewActivity};

/// Someone of `department` who is not one of `taken`.
async fn colleague(app: &App, department: i64, taken: &[i64]) -> (i64, String) {
    let page = app
        .invoke("list_staff", json!({ "query": { "text": "", "department_id": department, "include_inactive": false, "page": 1, "page_size": 50 } }))
        .await
        .unwrap();
    let s = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| !taken.contains(&s["id"].as_i64().unwrap()))
        .expect("a second person in the department");
    (
        s["id"].as_i64().unwrap(),
        s["name"].as_str().unwrap().to_string(),
    )
}

/// Every cell of the first sheet of the workbook at `path`, as text.
fn read_cells(path: &std::path::Path) -> Vec<Vec<String>> {
    let mut wb = calamine::open_workbook_auto(path).unwrap();
    let name = calamine::Reader::sheet_names(&wb)[0].clone();
    let range = calamine::Reader::worksheet_range(&mut wb, &name).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

/// The downloaded sheet filled in as a judge would in Excel: every cell kept, the numbers as
/// numbers, `marks[e]` in the criteria's columns of entrant `e`'s line; saved at `to`.
fn fill_sheet(
    template: &[Vec<String>],
    marks: &[Vec<f64>],
    to: &std::path::Path,
) -> std::path::PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("评分表").unwrap();
    for (r, row) in template.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match text.parse::<f64>() {
                Ok(n) => ws.write_number(r, c, n).map(|_| ()),
                Err(_) if text.is_empty() => Ok(()),
                Err(_) => ws.write_string(r, c, text).map(|_| ()),
            }
            .unwrap();
        }
    }
    for (e, line) in marks.iter().enumerate() {
        for (k, m) in line.iter().enumerate() {
            ws.write_number(6 + e as u32, 3 + k as u16, *m).unwrap();
        }
    }
    wb.save(to).unwrap();
    to.to_path_buf()
}

#[tokio::test]
async fn five_judges_drop_the_extremes_visibly_then_publish_print_certificates_and_unlock() {
    let app = App::start("contests-judged").await;
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;

    // A speech contest with four entrants signed up (by the organizer, through the back end).
    let entrants = [
        staff(&app, "W0011").await,
        staff(&app, "W0012").await,
        staff(&app, "W0013").await,
        staff(&app, "W0014").await,
    ];
    let speech = NewActivity {
        kind: "speech",
        title: "“爱岗敬业”演讲比赛",
        place: "礼堂",
        ends_in: 180,
    };
    let ids: Vec<i64> = entrants.iter().map(|e| e.id).collect();
    let (activity, signups) = activity_with_signups(&app, speech, &ids).await;
    // The roster judge works in the first entrant's 科室: with 回避 on, they do not score them.
    let taken: Vec<i64> = entrants.iter().map(|e| e.id).collect();
    let (_, judge_name) = colleague(&app, entrants[0].department_id, &taken).await;

    // From the activity to its judging page.
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "爱岗敬业",
        "activity-link",
    )
    .await;
    app.click("activity-judging").await;
    app.wait_text("judging-title", "评分与成绩").await;

    // Five judges: one from the roster, four from outside.
    app.pick("judge-person", &judge_name, &judge_name).await;
    app.click("judge-add").await;
    app.wait_row("[data-testid=\"judge-table\"] .el-table__row", &judge_name)
        .await;
    app.click("judge-source-outside").await;
    let outside = [
        "市文联 王老师",
        "市委党校 李老师",
        "电视台 赵老师",
        "退休干部 钱老师",
    ];
    for name in outside {
        app.fill("judge-name", name).await;
        app.click("judge-add").await;
        app.wait_row("[data-testid=\"judge-table\"] .el-table__row", name)
            .await;
    }
    app.wait_text("judging-tabs", "评委（5）").await;
    app.screenshot("judges").await;

    // 回避 on.
    app.click_css_text(".el-tabs__item", "评分规则").await;
    app.click("rules-recusal").await;
    app.click("rules-save").await;
    app.wait_row(".el-message", "评分规则已保存").await;

    // The roster judge enters their scores in the window; their own 科室's entrant shows 回避.
    app.click_css_text(".el-tabs__item", "录入评分").await;
    let recused_row = app
        .wait_row(
            "[data-testid=\"score-table\"] .el-table__row",
            &entrants[0].name,
        )
        .await;
    assert!(recused_row.contains("回避"), "{recused_row}");
    let totals: [[f64; 5]; 4] = [
        // judge: roster (recused for entrant 0), 王, 李, 赵, 钱
        [0.0, 90.0, 85.0, 88.0, 70.0],
        [95.0, 80.0, 82.0, 81.0, 79.0],
        [92.0, 91.0, 90.0, 93.0, 60.0],
        [75.0, 76.0, 77.0, 78.0, 79.5],
    ];
    // The whole sheet from the keyboard: into the first cell, then each mark followed by →, which
    // goes on to the next row at the end of one; one 保存评分表 for all of it.
    app.wait_css("[data-testid=\"score-mark-1-0\"] input")
        .await
        .click()
        .await
        .unwrap();
    for row in totals.iter().skip(1) {
        for v in marks_adding_to(row[0]) {
            let cell = app.client.active_element().await.unwrap();
            cell.send_keys(&format!("{v}\u{E014}")).await.unwrap();
        }
    }
    app.wait_text("score-unsaved", "有 3 行改动还没有保存")
        .await;
    app.wait_text(&format!("score-total-{}", signups[3]), "75")
        .await;
    // ↑ moves up a row and leaves the mark as it was (a number box would have stepped it).
    let cell = app.client.active_element().await.unwrap();
    cell.send_keys("\u{E013}").await.unwrap();
    app.screenshot("score-grid").await;
    // A slip of the pen: 25 in 形象 (full marks 20) stays as typed, is marked, and saving is
    // refused with the reason; nothing of the sheet is saved until it is corrected.
    let cell = app.wait_css("[data-testid=\"score-mark-2-2\"] input").await;
    cell.click().await.unwrap();
    cell.send_keys("\u{E010}\u{E003}\u{E003}\u{E003}25")
        .await
        .unwrap();
    app.wait_text("number-problem", "不能大于 20").await;
    app.click("score-save").await;
    app.wait_row(".el-message", "超过满分 20").await;
    app.screenshot("score-over-maximum").await;
    assert_eq!(
        cell.prop("value").await.unwrap().as_deref(),
        Some("25"),
        "kept as typed, not made 20"
    );
    app.wait_text("score-unsaved", "有 3 行改动还没有保存")
        .await;
    cell.click().await.unwrap();
    cell.send_keys("\u{E010}\u{E003}\u{E003}\u{E003}20")
        .await
        .unwrap();
    app.click("score-save").await;
    app.wait_row(".el-message", &format!("评委 {judge_name} 的评分表已保存"))
        .await;
    app.wait_text("score-state-3", "已保存").await;

    // 王老师 fills in the .xlsx sheet: downloaded from the window, filled outside, imported.
    app.choose("score-judge", outside[0]).await;
    app.click("score-download").await;
    let template = app.exported_file("score-download-result").await;
    let sheet = read_cells(&template);
    assert_eq!(sheet[5][3], "内容（满分 40）", "{:?}", sheet[5]);
    assert_eq!(sheet[6][1], entrants[0].name);
    let filled_dir = tempfile::tempdir().unwrap();
    // First with a slip of the pen: 41 in 内容 for the second entrant, over its full marks.
    let mut wrong: Vec<Vec<f64>> = totals.iter().map(|r| marks_adding_to(r[1])).collect();
    wrong[1][0] = 41.0;
    let bad = fill_sheet(
        &sheet,
        &wrong,
        &filled_dir.path().join("王老师（有误）.xlsx"),
    );
    app.click("score-import").await;
    app.wait_css("[data-testid=\"sheet-import-upload\"] input[type=file]")
        .await
        .send_keys(&bad.display().to_string())
        .await
        .unwrap();
    app.wait_text("sheet-import-problems", "第 8 行“内容”列：41 超过满分 40")
        .await;
    assert!(!app
        .testid("sheet-import-apply")
        .await
        .is_enabled()
        .await
        .unwrap());
    app.screenshot("sheet-import-refused").await;
    app.click("sheet-import-cancel").await;
    // Corrected, it is read, shown and saved as 王老师's scores.
    let right: Vec<Vec<f64>> = totals.iter().map(|r| marks_adding_to(r[1])).collect();
    let good = fill_sheet(&sheet, &right, &filled_dir.path().join("王老师.xlsx"));
    app.click("score-import").await;
    app.wait_css("[data-testid=\"sheet-import-upload\"] input[type=file]")
        .await
        .send_keys(&good.display().to_string())
        .await
        .unwrap();
    app.wait_text("sheet-import-ready", "读到 4 行，没有问题")
        .await;
    app.wait_text("sheet-import-judge", outside[0]).await;
    app.screenshot("sheet-import-read").await;
    app.click("sheet-import-apply").await;
    app.wait_row(
        ".el-message",
        &format!("已导入评委 {} 的评分表", outside[0]),
    )
    .await;
    app.wait_text(&format!("score-total-{}", signups[2]), "91")
        .await;
    app.wait_text("score-state-0", "已保存").await;
    app.screenshot("sheet-imported").await;

    // The other three judges' scores come through the back end.
    let contest = app
        .invoke("judged_contest", json!({ "activityId": activity }))
        .await
        .unwrap();
    let judge_ids: Vec<i64> = contest["judges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["id"].as_i64().unwrap())
        .collect();
    assert_eq!(judge_ids.len(), 5);
    let imported: Vec<i64> = contest["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["judge_id"] == judge_ids[1])
        .map(|s| s["entrant_id"].as_i64().unwrap())
        .collect();
    assert_eq!(
        imported, signups,
        "王老师 scored every entrant through the sheet"
    );
    for (e, row) in totals.iter().enumerate() {
        for j in 2..5 {
            enter_score(
                &app,
                activity,
                judge_ids[j],
                signups[e],
                &marks_adding_to(row[j]),
            )
            .await
            .unwrap();
        }
    }
    // Refused, and nothing changes: a mark above its criterion's weight, and the recused pair.
    assert_eq!(
        enter_score(
            &app,
            activity,
            judge_ids[1],
            signups[0],
            &[41.0, 30.0, 20.0, 0.0]
        )
        .await,
        Err("contests.invalid_score".into())
    );
    assert_eq!(
        enter_score(
            &app,
            activity,
            judge_ids[0],
            signups[0],
            &marks_adding_to(90.0)
        )
        .await,
        Err("contests.recused_judge".into())
    );

    // The results: reload the page, then every score with the extremes struck through.
    app.click("judging-back").await;
    app.click("activity-judging").await;
    app.click_css_text(".el-tabs__item", "成绩").await;
    let first = app.wait_row(RESULT_ROWS, &entrants[2].name).await;
    // Entrant 2: 92 91 90 93 60 → drop 93 and 60 → 91.00, first.
    assert!(
        first.contains("91.00") && first.contains("一等奖"),
        "{first}"
    );
    // Entrant 0 has four judges (one recused): nothing dropped, (90+85+88+70)/4 = 83.25.
    let recused = app.wait_row(RESULT_ROWS, &entrants[0].name).await;
    assert!(
        recused.contains("83.25") && recused.contains("回避"),
        "{recused}"
    );
    let dropped = app
        .client
        .execute(
            "return Array.from(document.querySelectorAll('[data-testid=\"score-dropped\"]')).map(e => [e.textContent, getComputedStyle(e).textDecorationLine])",
            vec![],
        )
        .await
        .unwrap();
    let dropped = dropped.as_array().unwrap();
    assert_eq!(
        dropped.len(),
        6,
        "two dropped for each of the three entrants with five scores: {dropped:?}"
    );
    assert!(
        dropped
            .iter()
            .all(|d| d[1].as_str().unwrap().contains("line-through")),
        "{dropped:?}"
    );
    app.screenshot("results-dropped").await;

    // Publish: the results are locked.
    app.click("results-publish").await;
    app.click_css_text(".el-message-box__btns .el-button--primary", "")
        .await;
    app.wait_text("judging-state", "已公布").await;
    assert_eq!(
        enter_score(
            &app,
            activity,
            judge_ids[1],
            signups[1],
            &marks_adding_to(99.0)
        )
        .await,
        Err("contests.locked".into())
    );

    // The printed 成绩表 marks the dropped scores too.
    app.click("results-print-scores").await;
    let sheet = app.wait_text("result-print", "成绩表").await;
    assert!(
        sheet.contains("市X局") && sheet.contains("去掉的一个最高分和一个最低分"),
        "{sheet}"
    );
    app.screenshot("print-scores").await;
    app.click("print-back").await;
    app.click_css_text(".el-tabs__item", "成绩").await;

    // 导出成绩表, read back.
    app.click("results-export-scores").await;
    let rows = app.exported_sheet("results-export-result", "成绩表").await;
    assert_eq!(rows[2][..3], ["名次", "参赛者", "科室"]);
    assert_eq!(rows[3][1], entrants[2].name);
    assert_eq!(rows[3][8], "91.00");

    // 奖状: one page per award, with the unit, the activity, the award and the date.
    app.click("results-certificates").await;
    let certs = app.wait_text("certificate-print", "奖状").await;
    assert!(
        certs.contains("市X局")
            && certs.contains("在“爱岗敬业”演讲比赛中荣获")
            && certs.contains("一等奖"),
        "{certs}"
    );
    let today = chrono::Local::now().format("%Y年%-m月%-d日").to_string();
    assert!(certs.contains(&today), "{certs}");
    app.screenshot("certificate").await;
    app.client
        .execute(
            "document.querySelector('[data-testid=\"certificate-date\"]').scrollIntoView({ block: 'end' })",
            vec![],
        )
        .await
        .unwrap();
    app.screenshot("certificate-signature").await;
    app.click("print-back").await;

    // Unlock needs a reason; it is logged.
    app.click_css_text(".el-tabs__item", "成绩").await;
    app.click("results-unlock").await;
    app.click_css_text(".el-message-box__btns .el-button--primary", "")
        .await;
    app.wait_row(".el-message-box__errormsg", "请写明解锁原因")
        .await;
    app.wait_css(".el-message-box textarea")
        .await
        .send_keys("评委录入有误，复核更正")
        .await
        .unwrap();
    app.click_css_text(".el-message-box__btns .el-button--primary", "")
        .await;
    app.wait_text("judging-state", "未公布").await;
    app.wait_text("results-log", "评委录入有误，复核更正").await;
    enter_score(
        &app,
        activity,
        judge_ids[1],
        signups[1],
        &marks_adding_to(81.0),
    )
    .await
    .unwrap();
    app.close().await;
}
