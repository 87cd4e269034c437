//! What the judged contests' tests share: the results table and marks that add up to a total,
//! one judge's marks entered through the back end.

use serde_json::{json, Value};

use crate::App;

/// The rows of a contest's results table.
pub const RESULT_ROWS: &str = "[data-testid=\"results-table\"] .el-table__row";

/// Marks under 内容 40 / 表达 30 / 形象 20 / 时间 10 adding up to `total`.
pub fn marks_adding_to(total: f64) -> Vec<f64> {
    let mut left = (total * 100.0).round() as i64;
    [40, 30, 20, 10]
        .iter()
        .map(|w| {
            let m = left.min(w * 100);
            left -= m;
            m as f64 / 100.0
        })
        .collect()
}

/// One judge's marks for one entrant, entered through the back end as the organizer.
pub async fn enter_score(
    app: &App,
    activity: i64,
    judge: i64,
    entrant: i64,
    marks: &[f64],
) -> Result<Value, String> {
    app.invoke(
        "enter_score",
        json!({ "activityId": activity, "sheet": { "judge_id": judge, "entrant_id": entrant, "marks": marks } }),
    )
    .await
}
