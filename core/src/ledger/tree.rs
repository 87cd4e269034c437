//! The 测评体系 tree: 测评项目 → 指标 → 标准, each with 分值 and 测评方法, 特色 items on top of the
//! 100 分; editing, ordering, the 自评分 of an item, and loading the shipped 示例. SQL of
//! `ledger_node` and `ledger_mapping` (the 示例's sources) is here.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Deserialize;

use super::model::*;
use super::LedgerError;
use crate::store::write;

pub const NODE_NAME_MAX: usize = 60;
pub const STANDARD_NAME_MAX: usize = 200;
pub const POINTS_MAX: u32 = 100;
/// 基本指标 add up to at most this.
pub const BASE_TOTAL: u32 = 100;

/// A stored node, without its children.
#[derive(Debug, Clone)]
pub(crate) struct NodeRow {
    pub node: Node,
    pub sort_order: i64,
}

const COLUMNS: &str = "id, parent_id, level, name, points, methods, special, sample, \
                       self_score_tenths, department_id, staff_id, due_on, sort_order";

fn methods_text(methods: &[Method]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for m in Method::ALL {
        if methods.contains(&m) {
            out.push(m.as_sql());
        }
    }
    out.join(",")
}

fn node_row(r: &rusqlite::Row) -> rusqlite::Result<NodeRow> {
    let methods: String = r.get(5)?;
    let tenths: Option<i64> = r.get(8)?;
    let due: Option<String> = r.get(11)?;
    Ok(NodeRow {
        node: Node {
            id: r.get(0)?,
            parent_id: r.get(1)?,
            level: r.get(2)?,
            name: r.get(3)?,
            points: r.get(4)?,
            methods: methods.split(',').filter_map(Method::from_sql).collect(),
            special: r.get(6)?,
            sample: r.get(7)?,
            self_score: tenths.map(|t| t as f64 / 10.0),
            department_id: r.get(9)?,
            staff_id: r.get(10)?,
            due_on: due.and_then(|d| crate::time::parse_date(&d).ok()),
            children: Vec::new(),
        },
        sort_order: r.get(12)?,
    })
}

/// Every node, in tree order within each parent.
pub(crate) fn all_rows(conn: &Connection) -> rusqlite::Result<Vec<NodeRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM ledger_node ORDER BY sort_order, id"
    ))?;
    let rows = stmt.query_map([], node_row)?;
    rows.collect()
}

pub(crate) fn row(conn: &Connection, id: i64) -> Result<NodeRow, LedgerError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM ledger_node WHERE id = ?1"),
        [id],
        node_row,
    )
    .optional()?
    .ok_or(LedgerError::NotFound)
}

/// The nodes as a tree: items in order, each with its children in order.
pub(crate) fn build(rows: Vec<NodeRow>) -> Vec<Node> {
    let mut children: HashMap<Option<i64>, Vec<Node>> = HashMap::new();
    for r in rows {
        children.entry(r.node.parent_id).or_default().push(r.node);
    }
    fn attach(node: &mut Node, children: &mut HashMap<Option<i64>, Vec<Node>>) {
        node.children = children.remove(&Some(node.id)).unwrap_or_default();
        for c in &mut node.children {
            attach(c, children);
        }
    }
    let mut items = children.remove(&None).unwrap_or_default();
    for item in &mut items {
        attach(item, &mut children);
    }
    items
}

fn base_points(conn: &Connection, except: Option<i64>) -> rusqlite::Result<u32> {
    conn.query_row(
        "SELECT COALESCE(SUM(points), 0) FROM ledger_node
         WHERE level = 'item' AND special = 0 AND id IS NOT ?1",
        [except],
        |r| r.get(0),
    )
}

/// The 测评体系 as it stands.
pub fn tree(conn: &Connection) -> Result<Tree, LedgerError> {
    let items = build(all_rows(conn)?);
    let points = |special: bool| {
        items
            .iter()
            .filter(|i| i.special == special)
            .map(|i| i.points)
            .sum()
    };
    fn any_sample(n: &Node) -> bool {
        n.sample || n.children.iter().any(any_sample)
    }
    Ok(Tree {
        base_points: points(false),
        special_points: points(true),
        sample: items.iter().any(any_sample),
        sample_source: sample().source.clone(),
        items,
    })
}

fn check_input(level: Level, input: &NodeInput) -> Result<NodeInput, LedgerError> {
    let max = if level == Level::Standard {
        STANDARD_NAME_MAX
    } else {
        NODE_NAME_MAX
    };
    let name =
        crate::text::required(level.label(), &input.name, max).map_err(LedgerError::BadName)?;
    if input.points > POINTS_MAX {
        return Err(LedgerError::PointsOutOfRange {
            points: input.points,
        });
    }
    if input.special && level != Level::Item {
        return Err(LedgerError::SpecialOnlyItems);
    }
    Ok(NodeInput {
        name,
        ..input.clone()
    })
}

fn check_base_total(
    tx: &Transaction,
    level: Level,
    input: &NodeInput,
    except: Option<i64>,
) -> Result<(), LedgerError> {
    if level == Level::Item && !input.special {
        let total = base_points(tx, except)? + input.points;
        if total > BASE_TOTAL {
            return Err(LedgerError::BaseOver100 { total });
        }
    }
    Ok(())
}

fn insert(
    tx: &Transaction,
    parent_id: Option<i64>,
    level: Level,
    input: &NodeInput,
    sample: bool,
) -> rusqlite::Result<i64> {
    let next: i64 = tx.query_row(
        "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM ledger_node WHERE parent_id IS ?1",
        [parent_id],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO ledger_node (parent_id, level, name, points, methods, special, sort_order, sample)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            parent_id,
            level.as_sql(),
            input.name,
            input.points,
            methods_text(&input.methods),
            input.special,
            next,
            sample
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Adds a 测评项目 (no parent), an 指标 under an item or a 标准 under an indicator, last among its
/// siblings.
pub fn add_node(
    conn: &mut Connection,
    parent_id: Option<i64>,
    input: &NodeInput,
) -> Result<Node, LedgerError> {
    let tx = write(conn)?;
    let level = match parent_id {
        None => Level::Item,
        Some(p) => row(&tx, p)?
            .node
            .level
            .child()
            .ok_or(LedgerError::TooDeep)?,
    };
    let input = check_input(level, input)?;
    check_base_total(&tx, level, &input, None)?;
    let id = insert(&tx, parent_id, level, &input, false)?;
    let node = row(&tx, id)?.node;
    tx.commit()?;
    Ok(node)
}

/// Renames a node and changes its 分值, 测评方法 and (items) 特色. It is no longer the 示例's.
pub fn update_node(conn: &mut Connection, id: i64, input: &NodeInput) -> Result<Node, LedgerError> {
    let tx = write(conn)?;
    let level = row(&tx, id)?.node.level;
    let input = check_input(level, input)?;
    check_base_total(&tx, level, &input, Some(id))?;
    tx.execute(
        "UPDATE ledger_node SET name = ?2, points = ?3, methods = ?4, special = ?5, sample = 0
         WHERE id = ?1",
        params![
            id,
            input.name,
            input.points,
            methods_text(&input.methods),
            input.special
        ],
    )?;
    let node = row(&tx, id)?.node;
    tx.commit()?;
    Ok(node)
}

/// The node and every node below it.
fn subtree_ids(conn: &Connection, id: i64) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "WITH RECURSIVE below(id) AS (
             SELECT ?1 UNION ALL SELECT n.id FROM ledger_node n JOIN below b ON n.parent_id = b.id)
         SELECT id FROM below",
    )?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    rows.collect()
}

/// Deletes a node with everything below it, and its mapping and hand filings. Refused while a
/// 标准 below it holds uploaded documents (remove them first: they are files people made).
pub fn remove_node(conn: &mut Connection, id: i64) -> Result<(), LedgerError> {
    let tx = write(conn)?;
    let node = row(&tx, id)?.node;
    let ids = subtree_ids(&tx, id)?;
    let mut documents = 0u32;
    for n in &ids {
        documents += tx.query_row(
            "SELECT COUNT(*) FROM ledger_document WHERE standard_id = ?1",
            [n],
            |r| r.get::<_, u32>(0),
        )?;
    }
    if documents > 0 {
        return Err(LedgerError::HasDocuments {
            name: node.name,
            count: documents,
        });
    }
    for n in ids.iter().rev() {
        tx.execute("DELETE FROM ledger_mapping WHERE standard_id = ?1", [n])?;
        tx.execute("DELETE FROM ledger_filing WHERE standard_id = ?1", [n])?;
        tx.execute("DELETE FROM ledger_node WHERE id = ?1", [n])?;
    }
    tx.commit()?;
    Ok(())
}

/// Moves a node one place up or down among its siblings (nothing at either end).
pub fn move_node(conn: &mut Connection, id: i64, up: bool) -> Result<(), LedgerError> {
    let tx = write(conn)?;
    let me = row(&tx, id)?;
    let (cmp, order) = if up { ("<", "DESC") } else { (">", "ASC") };
    let other: Option<(i64, i64)> = tx
        .query_row(
            &format!(
                "SELECT id, sort_order FROM ledger_node
                 WHERE parent_id IS ?1 AND (sort_order, id) {cmp} (?2, ?3)
                 ORDER BY sort_order {order}, id {order} LIMIT 1"
            ),
            params![me.node.parent_id, me.sort_order, id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((other_id, other_order)) = other {
        let (mine, theirs) = if other_order == me.sort_order {
            // Equal orders: make them distinct in the direction of the move.
            if up {
                (other_order, other_order + 1)
            } else {
                (other_order + 1, other_order)
            }
        } else {
            (other_order, me.sort_order)
        };
        tx.execute(
            "UPDATE ledger_node SET sort_order = ?2 WHERE id = ?1",
            [id, mine],
        )?;
        tx.execute(
            "UPDATE ledger_node SET sort_order = ?2 WHERE id = ?1",
            [other_id, theirs],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// Sets (or clears) the 自评分 of a 测评项目: 0 to its 分值, in tenths.
pub fn set_self_score(
    conn: &mut Connection,
    item_id: i64,
    score: Option<f64>,
) -> Result<Node, LedgerError> {
    let tx = write(conn)?;
    let node = row(&tx, item_id)?.node;
    if node.level != Level::Item {
        return Err(LedgerError::NotAnItem);
    }
    let tenths = match score {
        None => None,
        Some(s) => {
            let t = (s * 10.0).round();
            let bad = !s.is_finite()
                || s < 0.0
                || t > (node.points * 10) as f64
                || (s * 10.0 - t).abs() > 1e-6;
            if bad {
                return Err(LedgerError::SelfScoreOutOfRange {
                    score: s,
                    max: node.points,
                });
            }
            Some(t as i64)
        }
    };
    tx.execute(
        "UPDATE ledger_node SET self_score_tenths = ?2 WHERE id = ?1",
        params![item_id, tenths],
    )?;
    let node = row(&tx, item_id)?.node;
    tx.commit()?;
    Ok(node)
}

// ---- the shipped 示例 ----

#[derive(Deserialize)]
pub(crate) struct SampleTree {
    pub source: String,
    items: Vec<SampleItem>,
}

#[derive(Deserialize)]
struct SampleItem {
    name: String,
    points: u32,
    #[serde(default)]
    special: bool,
    indicators: Vec<SampleIndicator>,
}

#[derive(Deserialize)]
struct SampleIndicator {
    name: String,
    points: u32,
    standards: Vec<SampleStandard>,
}

#[derive(Deserialize)]
struct SampleStandard {
    name: String,
    points: u32,
    methods: Vec<Method>,
    sources: Vec<String>,
}

/// The 示例 测评体系 and its default mapping, shipped as data (`sample_tree.json`, with its
/// source).
pub(crate) fn sample() -> &'static SampleTree {
    static SAMPLE: std::sync::OnceLock<SampleTree> = std::sync::OnceLock::new();
    SAMPLE.get_or_init(|| {
        serde_json::from_str(include_str!("sample_tree.json")).expect("sample_tree.json is valid")
    })
}

/// Loads the 示例 测评体系 with its default mapping into an empty tree, every node labelled 示例.
pub fn load_sample_tree(conn: &mut Connection) -> Result<Tree, LedgerError> {
    let tx = write(conn)?;
    let any: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM ledger_node)", [], |r| {
        r.get(0)
    })?;
    if any {
        return Err(LedgerError::TreeNotEmpty);
    }
    let node = |name: &str, points: u32, methods: &[Method], special: bool| NodeInput {
        name: name.to_string(),
        points,
        methods: methods.to_vec(),
        special,
    };
    for item in &sample().items {
        let item_id = insert(
            &tx,
            None,
            Level::Item,
            &node(&item.name, item.points, &[], item.special),
            true,
        )?;
        for ind in &item.indicators {
            let ind_id = insert(
                &tx,
                Some(item_id),
                Level::Indicator,
                &node(&ind.name, ind.points, &[], false),
                true,
            )?;
            for st in &ind.standards {
                let st_id = insert(
                    &tx,
                    Some(ind_id),
                    Level::Standard,
                    &node(&st.name, st.points, &st.methods, false),
                    true,
                )?;
                for source in &st.sources {
                    tx.execute(
                        "INSERT INTO ledger_mapping (source, standard_id) VALUES (?1, ?2)",
                        params![source, st_id],
                    )?;
                }
            }
        }
    }
    tx.commit()?;
    tree(conn)
}
