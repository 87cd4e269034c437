//! 乒乓球 round robin of five players, driven through the real window: the draw (which ends the
//! sign-up) with a bye each round, every result entered game by game (an 11:10 game refused with
//! the reason), a walkover, a corrected result that changes the standings, finishing, the
//! standings shown, the 成绩表 exported and read back, the 获奖名单 and 奖状 printed, and in staff
//! mode the final standings on the activity and the champion's place on their record. Also a
//! Swiss 象棋 tournament with a knockout, and 乒乓球 groups then a final, one group match entered by
//! its games alone (3:1) and marked with its footnote on the standings and the printed 成绩表.

use serde_json::{json, Value};
use wenming_e2e::{activity_with_signups, assert_table_fits, first_start, staff, App, NewActivity};

const STANDINGS_TABLE: &str = "[data-testid=\"standings-table\"]";

/// The games of a match the lower seed wins 3:1, from the first-named player's side.
fn games(first_wins: bool) -> [(u32, u32); 4] {
    let won = [(11, 7), (9, 11), (12, 10), (11, 4)];
    won.map(|(a, b)| if first_wins { (a, b) } else { (b, a) })
}

fn row_css(round: u64) -> String {
    format!("[data-testid=\"round-{round}\"] [data-testid=\"round-table\"] .el-table__row")
}

/// Opens the result dialog of the match in `round` whose first player is `first`, types `games`
/// and saves.
async fn enter_games(app: &App, round: u64, first: &str, games: &[(u32, u32)]) {
    app.click_in_row_opening(&row_css(round), first, "match-enter", "result-game-1-a")
        .await;
    for (i, (a, b)) in games.iter().enumerate() {
        app.fill(&format!("result-game-{}-a", i + 1), &a.to_string())
            .await;
        app.fill(&format!("result-game-{}-b", i + 1), &b.to_string())
            .await;
    }
    app.click("result-save").await;
}

#[tokio::test]
async fn a_table_tennis_round_robin_of_five_is_played_to_the_end_and_placed() {
    let app = App::start("contests-tournament").await;
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;

    // Setup through the back end: a 乒乓球 activity and five sign-ups in order.
    let nos = ["W0021", "W0022", "W0023", "W0024", "W0025"];
    let activity = activity_with_players(&app, "table_tennis", "职工乒乓球循环赛", &nos).await;

    // From the activity to its draw; the draw keeps the sign-up order as seeds.
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "职工乒乓球循环赛",
        "activity-link",
    )
    .await;
    app.click("activity-tournament").await;
    app.wait_text("tournament-title", "对阵与成绩").await;
    app.wait_row("[data-testid=\"draw-players\"] .el-table__row", "5")
        .await;
    app.wait_text("draw-closes-signup", "编排即截止报名").await;
    app.screenshot("draw").await;
    app.click("draw-make").await;
    app.wait_text("tournament-progress", "已录入 0 / 10 场")
        .await;

    // The draw fixed the players: the activity, open for sign-up until now, shows it ended.
    app.click("tournament-back").await;
    app.wait_text("activity-state", "报名截止").await;
    app.click("activity-tournament").await;
    app.wait_text("tournament-title", "对阵与成绩").await;

    // The schedule as stored (read only), to know who meets whom.
    let t: Value = app
        .invoke("get_tournament", json!({ "activityId": activity }))
        .await
        .unwrap();
    let name = |id: &Value| -> String {
        t["players"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["staff_id"] == *id)
            .unwrap()["name"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let seed = |id: &Value| -> u64 {
        t["players"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["staff_id"] == *id)
            .unwrap()["seed"]
            .as_u64()
            .unwrap()
    };
    let names: Vec<String> = t["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    let rounds = t["rounds"].as_array().unwrap().clone();
    assert_eq!(rounds.len(), 5);

    // Every round: the bye is shown, then each match is entered in the window.
    let mut first_match = true;
    let mut walkover_done = false;
    for r in &rounds {
        let n = r["round"].as_u64().unwrap();
        app.click(&format!("tab-round-{n}")).await;
        let bye = name(&r["byes"][0]);
        app.wait_text("round-bye", &format!("本轮轮空：{bye}"))
            .await;
        for m in r["matches"].as_array().unwrap() {
            let (first, second) = (name(&m["first"]), name(&m["second"]));
            let first_wins = seed(&m["first"]) < seed(&m["second"]);
            if first_match {
                // A deuce game of 11:10 is refused with the reason, and nothing is saved.
                enter_games(&app, n, &first, &[(11, 5), (11, 10), (11, 4)]).await;
                app.wait_text("result-error", "第 2 局比分 11:10 无效：10 平后须领先 2 分")
                    .await;
                app.screenshot("refused-game").await;
                app.click_css_text(".el-dialog__footer .el-button", "取消")
                    .await;
                app.wait_gone("result-dialog").await;
                first_match = false;
            }
            if !walkover_done && seed(&m["first"]).max(seed(&m["second"])) == 5 {
                // The last player does not turn up for their first match: a walkover (弃权).
                walkover_done = true;
                app.click_in_row_opening(&row_css(n), &first, "match-enter", "result-dialog")
                    .await;
                app.click("result-kind-walkover").await;
                let absent = if first_wins { 1 } else { 0 };
                app.click(&format!("result-who-{absent}")).await;
                app.click("result-save").await;
                app.wait_gone("result-dialog").await;
                let absent_name = if first_wins { &second } else { &first };
                app.wait_row(&row_css(n), &format!("{absent_name} 弃权"))
                    .await;
                continue;
            }
            enter_games(&app, n, &first, &games(first_wins)).await;
            app.wait_gone("result-dialog").await;
            let score = if first_wins {
                "3:1（11:7"
            } else {
                "1:3（7:11"
            };
            let row = app.wait_row(&row_css(n), &first).await;
            assert!(row.contains(score) && row.contains(&second), "{row}");
        }
        app.wait_text("round-complete", "本轮已赛完").await;
        if n == 1 {
            app.screenshot("round-1").await;
        }
    }
    assert!(walkover_done);
    app.wait_text("tournament-progress", "已录入 10 / 10 场")
        .await;

    // Standings: the lower seed won every match, so the places follow the seeds.
    const STANDINGS: &str = "[data-testid=\"standings-table\"] .el-table__row";
    app.click("tab-standings").await;
    let top = app.wait_row(STANDINGS, &names[0]).await;
    assert!(top.starts_with('1') && top.contains("8"), "{top}");

    // The score sheet of 1号 v 2号 was misread: 2号 won. The correction changes the standings.
    let (r12, m12) = rounds
        .iter()
        .find_map(|r| {
            r["matches"].as_array().unwrap().iter().find_map(|m| {
                let pair = [seed(&m["first"]), seed(&m["second"])];
                (pair.contains(&1) && pair.contains(&2))
                    .then(|| (r["round"].as_u64().unwrap(), m.clone()))
            })
        })
        .unwrap();
    app.click(&format!("tab-round-{r12}")).await;
    let first = name(&m12["first"]);
    enter_games(&app, r12, &first, &games(seed(&m12["first"]) == 2)).await;
    app.wait_gone("result-dialog").await;
    app.click("tab-standings").await;
    let new_top = app.wait_row(STANDINGS, &names[1]).await;
    assert!(new_top.starts_with('1'), "2号 is now first: {new_top}");
    let second_place = app.wait_row(STANDINGS, &names[0]).await;
    assert!(second_place.starts_with('2'), "{second_place}");

    // Finish: the places are final and no result can be changed any more.
    app.click("tournament-finish").await;
    app.click_css_text(".el-message-box__btns .el-button--primary", "")
        .await;
    app.wait_text("tournament-finished", "已结束").await;
    assert!(!app.shows("match-enter").await);
    let last = app.wait_row(STANDINGS, &names[4]).await;
    assert!(last.starts_with('5'), "{last}");
    app.screenshot("standings").await;
    // At the smallest window 排名依据, the last column, shows beside the rest.
    app.client.set_window_size(1100, 680).await.unwrap();
    app.screenshot("standings-1100x680").await;
    assert_table_fits(&app, STANDINGS_TABLE).await;
    app.client.set_window_size(1320, 840).await.unwrap();

    let refused = app
        .invoke("record_match_result", json!({ "matchId": m12["id"], "result": { "sport": "table_tennis", "outcome": { "kind": "walkover", "winner": m12["first"] } } }))
        .await;
    assert_eq!(refused, Err("tournament.finished".to_string()));

    // The 成绩表 as .xlsx, read back: the final standings, 2号 first.
    app.click("results-export-scores").await;
    let rows = app.exported_sheet("results-export-result", "成绩表").await;
    assert_eq!(rows[0][0], "市X局　职工乒乓球循环赛成绩表");
    assert_eq!(rows[2][..3], ["名次", "选手", "科室"]);
    let placed: Vec<(&str, &str)> = rows[3..8]
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    assert_eq!(placed[0], ("1", names[1].as_str()), "{rows:?}");
    assert_eq!(placed[1], ("2", names[0].as_str()), "{rows:?}");
    assert_eq!(placed[4], ("5", names[4].as_str()), "{rows:?}");

    // The printed 获奖名单 and the 奖状, as for a judged contest.
    app.click("results-print-awards").await;
    let sheet = app.wait_text("result-print", "获奖名单").await;
    assert!(
        sheet.contains("市X局") && sheet.contains("冠军") && sheet.contains(&names[1]),
        "{sheet}"
    );
    app.screenshot("print-awards").await;
    app.click("print-back").await;
    app.click("tab-standings").await;
    app.click("results-certificates").await;
    let certs = app.wait_text("certificate-print", "奖状").await;
    assert!(
        certs.contains("在职工乒乓球循环赛中荣获") && certs.contains("冠军"),
        "{certs}"
    );
    app.screenshot("certificate").await;
    app.click("print-back").await;

    // Staff mode: the finished tournament's standings and 获奖名单 on the activity…
    app.click("logout-button").await;
    app.wait_text("mode-tag", "职工模式").await;
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        "职工乒乓球循环赛",
        "activity-link",
    )
    .await;
    let champion = app
        .wait_row(
            "[data-testid=\"result-sheet-table-awards\"] .el-table__row",
            "冠军",
        )
        .await;
    assert!(champion.contains(&names[1]), "{champion}");
    app.click("published-results-scores").await;
    let last = app
        .wait_row(
            "[data-testid=\"result-sheet-table-scores\"] .el-table__row",
            &names[4],
        )
        .await;
    assert!(last.starts_with('5'), "{last}");
    app.scroll_to("published-results").await;
    app.screenshot("staff-standings").await;

    // …and the champion's place on their own record (我的活动).
    app.click("nav-my").await;
    app.pick("identify-person", nos[1], nos[1]).await;
    app.click("identify-confirm").await;
    let place = app
        .wait_row(
            "[data-testid=\"contest-places-table\"] .el-table__row",
            "职工乒乓球循环赛",
        )
        .await;
    assert!(place.contains("冠军"), "{place}");
    app.scroll_to("contest-places").await;
    app.screenshot("staff-record").await;
    app.close().await;
}

/// A published activity of `kind` with the sample unit's people `nos` signed up in order.
async fn activity_with_players(app: &App, kind: &str, title: &str, nos: &[&str]) -> i64 {
    let mut players = Vec::new();
    for no in nos {
        players.push(staff(app, no).await.id);
    }
    let activity = NewActivity {
        kind,
        title,
        place: "活动室",
        ends_in: 300,
    };
    activity_with_signups(app, activity, &players).await.0
}

/// From the activity list to the activity's 对阵与成绩 page.
async fn open_tournament(app: &App, title: &str) {
    app.click("nav-activities").await;
    app.click_in_row(
        "[data-testid=\"activity-table\"] .data-row",
        title,
        "activity-link",
    )
    .await;
    app.click("activity-tournament").await;
    app.wait_text("tournament-title", "对阵与成绩").await;
}

/// Enters 红胜 for every game of the round now shown.
async fn red_wins_all(app: &App, round: u64, games: usize) {
    for _ in 0..games {
        let css = row_css(round);
        app.wait_row(&css, "录入").await;
        app.click_in_row_opening(&css, "录入", "match-enter", "result-dialog")
            .await;
        app.check("result-chess-red_wins").await;
        app.click("result-save").await;
        app.wait_gone("result-dialog").await;
    }
    app.wait_text("round-complete", "本轮已赛完").await;
}

#[tokio::test]
async fn a_chess_swiss_tournament_is_paired_round_by_round_and_a_knockout_advances_its_winners() {
    let app = App::start("contests-tournament-chess").await;
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;

    // 瑞士制, four players, three rounds: each next round is paired only on request.
    let nos = ["W0031", "W0032", "W0033", "W0034"];
    activity_with_players(&app, "chess", "象棋瑞士制比赛", &nos).await;
    open_tournament(&app, "象棋瑞士制比赛").await;
    app.click("draw-format-swiss").await;
    app.click("draw-make").await;
    app.wait_text("tournament-swiss", "瑞士制 共 3 轮，已编排 1 轮")
        .await;
    for round in 1..=3 {
        red_wins_all(&app, round, 2).await;
        if round < 3 {
            app.click("tournament-next-round").await;
            app.wait_text("tournament-swiss", &format!("已编排 {} 轮", round + 1))
                .await;
        }
    }
    assert!(!app.shows("tournament-next-round").await);
    app.click("tab-standings").await;
    app.wait_text("standings-note", "同分时依次比较：对手分")
        .await;
    app.screenshot("swiss-standings").await;
    // At the smallest window every column shows, the last tie-break too, with nothing to scroll.
    app.client.set_window_size(1100, 680).await.unwrap();
    app.screenshot("swiss-standings-1100x680").await;
    assert_table_fits(&app, STANDINGS_TABLE).await;
    app.client.set_window_size(1320, 840).await.unwrap();

    // 淘汰赛 of four with a 季军赛: the semi-final winners reach the final by themselves.
    app.click("tournament-back").await;
    activity_with_players(&app, "chess", "象棋淘汰赛", &nos).await;
    open_tournament(&app, "象棋淘汰赛").await;
    app.click("draw-format-knockout").await;
    app.click("draw-make").await;
    app.wait_text("tournament-progress", "已录入 0 / 2 场")
        .await;
    red_wins_all(&app, 1, 2).await;
    app.click("tab-round-2").await;
    app.wait_row(&row_css(2), "季军赛").await;
    red_wins_all(&app, 2, 2).await;
    app.click("tab-standings").await;
    let champion = app
        .wait_row("[data-testid=\"standings-table\"] .el-table__row", "冠军")
        .await;
    assert!(champion.starts_with('1'), "{champion}");
    app.screenshot("knockout-places").await;
    app.close().await;
}

#[tokio::test]
async fn table_tennis_groups_are_played_then_the_group_winners_meet_in_the_final() {
    let app = App::start("contests-tournament-groups").await;
    first_start(&app, "市X局", "wenming-2026").await;
    app.click("sample-load").await;
    app.wait_row("[data-testid=\"staff-table\"] .data-row", "W0001")
        .await;
    let nos = ["W0041", "W0042", "W0043", "W0044", "W0045", "W0046"];
    let activity = activity_with_players(&app, "table_tennis", "乒乓球小组赛", &nos).await;
    open_tournament(&app, "乒乓球小组赛").await;

    // Two groups by snake seeding (A: 1, 4, 5; B: 2, 3, 6), the winner of each going through.
    app.click("draw-format-groups").await;
    app.fill("draw-advance", "1").await;
    app.click("draw-make").await;
    app.wait_text("tournament-progress", "已录入 0 / 6 场")
        .await;
    let t: Value = app
        .invoke("get_tournament", json!({ "activityId": activity }))
        .await
        .unwrap();
    let player = |id: &Value| -> (String, u64) {
        let p = t["players"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["staff_id"] == *id)
            .unwrap();
        (
            p["name"].as_str().unwrap().to_string(),
            p["seed"].as_u64().unwrap(),
        )
    };
    // The first match's points were not kept: it is entered by its games alone (3:1).
    let mut games_only = true;
    let mut unscored = String::new();
    for r in t["rounds"].as_array().unwrap() {
        let n = r["round"].as_u64().unwrap();
        app.click(&format!("tab-round-{n}")).await;
        for m in r["matches"].as_array().unwrap() {
            let ((first, a), (_, b)) = (player(&m["first"]), player(&m["second"]));
            if games_only {
                games_only = false;
                unscored = first.clone();
                app.click_in_row_opening(&row_css(n), &first, "match-enter", "result-dialog")
                    .await;
                app.click("result-kind-games-only").await;
                let (ga, gb) = if a < b { ("3", "1") } else { ("1", "3") };
                app.fill("result-games-a", ga).await;
                app.fill("result-games-b", gb).await;
                app.click("result-save").await;
                app.wait_gone("result-dialog").await;
                let row = app.wait_row(&row_css(n), &first).await;
                assert!(row.contains(&format!("{ga}:{gb}（未记小分）")), "{row}");
                continue;
            }
            enter_games(&app, n, &first, &games(a < b)).await;
            app.wait_gone("result-dialog").await;
        }
    }
    app.click("tab-standings").await;
    app.wait_text("group-A", "A 组").await;
    app.wait_text("group-B", "B 组").await;
    app.wait_text("standings-points-note", "未记小分").await;
    app.screenshot("groups").await;

    // The knockout: the two group winners (seeds 1 and 2) meet in the final.
    app.click("tournament-start-knockout").await;
    app.wait_text("tournament-progress", "已录入 6 / 7 场")
        .await;
    let (one, two) = (
        player(&t["players"][0]["staff_id"]).0,
        player(&t["players"][1]["staff_id"]).0,
    );
    let final_row = app.wait_row(&row_css(4), &one).await;
    assert!(final_row.contains(&two), "{final_row}");
    enter_games(&app, 4, &one, &games(false)).await;
    app.wait_gone("result-dialog").await;
    app.click("tab-standings").await;
    let champion = app
        .wait_row("[data-testid=\"standings-table\"] .el-table__row", "冠军")
        .await;
    assert!(champion.contains(&two), "2号 won the final: {champion}");
    app.screenshot("groups-final").await;

    // The printed 成绩表 marks the points that leave the 3:1 out and says why under the table.
    app.click("results-print-scores").await;
    app.wait_text("result-print", "成绩表").await;
    let line = app
        .wait_row("[data-testid=\"result-print\"] tbody tr", &unscored)
        .await;
    assert!(line.contains('*'), "{line}");
    app.wait_text("print-note", "* 有比赛仅记局分，未记每局比分")
        .await;
    app.screenshot("print-scores-games-only").await;
    app.click("print-back").await;
    app.close().await;
}
