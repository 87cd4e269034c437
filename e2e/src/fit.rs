//! Whether a table fits its window: measured in the page, as the user sees it.

use serde_json::json;

use crate::App;

/// Header cells whose text does not fit their column, whether any two header cells overlap on
/// the screen (a column hidden under another, as a fixed column covers the ones scrolled beneath
/// it), whether the table scrolls sideways, and the last column's right edge beside the right
/// edge of the table's visible box and of the window.
const TABLE_FIT: &str = r#"
    const table = document.querySelector(arguments[0]);
    const cells = [...table.querySelectorAll('thead th')]
        .filter((th) => !th.classList.contains('is-hidden'));
    // An Element Plus table's text sits in a .cell; the light DataTable's in the th itself.
    const clipped = cells.filter((th) => {
        const c = th.querySelector('.cell') || th;
        return c.scrollWidth > c.clientWidth + 1;
    }).map((th) => th.textContent.trim());
    const boxes = cells.map((th) => th.getBoundingClientRect()).filter((b) => b.width > 0);
    let overlapping = false;
    for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
            if (boxes[i].left < boxes[j].right - 1 && boxes[j].left < boxes[i].right - 1) overlapping = true;
    const wrap = table.querySelector('.el-table__body-wrapper .el-scrollbar__wrap')
        || table.querySelector('.el-table__body-wrapper') || table;
    const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
    const last = cells[cells.length - 1].getBoundingClientRect();
    return {
        columns: cells.map((th) => th.textContent.trim()),
        clipped, overlapping, scrolls,
        lastRight: Math.round(last.right),
        tableRight: Math.round(table.getBoundingClientRect().right),
        width: window.innerWidth,
    };
"#;

/// `{columns, clipped, overlapping, scrolls, lastRight, tableRight, width}` of the table at `css`
/// (an Element Plus table or the app's light DataTable).
pub async fn table_fit(app: &App, css: &str) -> serde_json::Value {
    app.client
        .execute(TABLE_FIT, vec![json!(css)])
        .await
        .unwrap()
}

/// Asserts that every header of the table at `css` is readable, none hides under another, the
/// table needs no sideways scrolling and its last column ends inside the table and the window.
pub async fn assert_table_fits(app: &App, css: &str) {
    let fit = table_fit(app, css).await;
    assert_eq!(
        fit["clipped"],
        json!([]),
        "headers cut short in {css}: {fit}"
    );
    assert_eq!(
        fit["overlapping"],
        json!(false),
        "a column under another in {css}: {fit}"
    );
    assert_eq!(
        fit["scrolls"],
        json!(false),
        "{css} must be scrolled sideways to see every column: {fit}"
    );
    let last = fit["lastRight"].as_i64().unwrap();
    assert!(
        last <= fit["tableRight"].as_i64().unwrap() && last <= fit["width"].as_i64().unwrap(),
        "the last column of {css} ends outside the table or the window: {fit}"
    );
}

/// The body cells of the table at `css` whose content runs onto a second line, as
/// `"<column header>: <cell text>"`.
const WRAPPED_CELLS: &str = r#"
    const table = document.querySelector(arguments[0]);
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    const out = [];
    for (const row of table.querySelectorAll('.el-table__body-wrapper .el-table__row, .data-row')) {
        [...row.children].forEach((td, i) => {
            // An Element Plus table's content sits in a .cell; the light DataTable's in the td.
            const cell = td.querySelector('.cell') || (row.classList.contains('data-row') ? td : null);
            if (!cell) return;
            const style = getComputedStyle(cell);
            const line = parseFloat(style.lineHeight) || 23;
            const height = cell.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
            if (height > line * 1.5)
                out.push(`${heads[i] ?? i}: ${cell.innerText.trim().replace(/\s+/g, ' ')}`);
        });
    }
    return out;
"#;

/// Asserts that no row of the table at `css` wraps: every cell, the action buttons included,
/// stays on one line.
pub async fn assert_rows_do_not_wrap(app: &App, css: &str) {
    let wrapped = app
        .client
        .execute(WRAPPED_CELLS, vec![json!(css)])
        .await
        .unwrap();
    assert_eq!(wrapped, json!([]), "cells of {css} that wrap");
}
