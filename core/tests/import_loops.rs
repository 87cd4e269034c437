//! The modules of core import each other one way only: two sibling modules (files or folders
//! under the same parent) never use each other, not even through a third. A helper both need
//! moves down into a module they both import, never sideways.
//!
//! The check reads the sources: every `use` and every `crate::…` / `super::…` path outside
//! comments, strings and inline `mod … { }` blocks, resolved through the `pub use` re-exports of
//! each module to the module that defines the item. `#[cfg(test)]` modules are left out. Run it alone with
//! `cargo test -p wenming-core --test import_loops -- --nocapture` to see the graph's loops.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Loops being removed by work in progress elsewhere; a loop not listed here fails the test.
const KNOWN_LOOPS: &[&[&str]] = &[];

#[test]
fn no_two_sibling_modules_of_core_import_each_other() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let loops = import_loops(&src);
    let unknown: Vec<&Loop> = loops
        .iter()
        .filter(|l| !KNOWN_LOOPS.iter().any(|k| same_members(k, &l.members)))
        .collect();
    for l in &loops {
        eprintln!("{l}");
    }
    for k in KNOWN_LOOPS {
        if !loops.iter().any(|l| same_members(k, &l.members)) {
            eprintln!("known loop {k:?} is gone: remove it from KNOWN_LOOPS");
        }
    }
    assert!(
        unknown.is_empty(),
        "modules importing each other (move the shared part down into a module both use):\n{}",
        unknown
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn a_loop_through_a_re_export_and_a_third_module_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let put = |path: &str, text: &str| {
        let p = dir.path().join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    };
    put("lib.rs", "pub mod a;\npub mod b;\npub mod c;\npub mod d;\n");
    put("a/mod.rs", "mod inner;\npub use inner::{helper, Thing};\n");
    put(
        "a/inner.rs",
        "use crate::b::Other; // crate::d::X\npub fn helper() {}\npub struct Thing;",
    );
    put("b.rs", "pub struct Other;\npub fn f() { crate::c::g(); }\n");
    put(
        "c.rs",
        "use super::a::Thing;\nconst S: &str = \"crate::d::X\";\npub fn g() {}",
    );
    put("d.rs", "mod tests { use crate::a::helper; }\npub struct X;");
    let loops = import_loops(dir.path());
    assert_eq!(loops.len(), 1, "{loops:?}");
    assert_eq!(loops[0].members, ["a", "b", "c"]);
    // Neither the comment, the string nor the inline test module made `d` part of it.
}

#[test]
fn a_child_using_its_parent_is_not_a_loop() {
    let dir = tempfile::tempdir().unwrap();
    let put = |path: &str, text: &str| {
        let p = dir.path().join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    };
    put("lib.rs", "pub mod a;\n");
    put(
        "a/mod.rs",
        "mod x;\nmod y;\npub use x::X;\nfn shared() {}\n",
    );
    put("a/x.rs", "use super::shared;\npub struct X;");
    put("a/y.rs", "use super::{shared, X};");
    assert!(import_loops(dir.path()).is_empty());
}

fn same_members(known: &[&str], members: &[String]) -> bool {
    let mut k: Vec<&str> = known.to_vec();
    k.sort();
    k == members.iter().map(String::as_str).collect::<Vec<_>>()
}

#[derive(Debug)]
struct Loop {
    /// Module paths without `crate`, sorted.
    members: Vec<String>,
    /// (from, to, the import that makes the edge, the file it is in)
    edges: Vec<(String, String, String, String)>,
}

impl std::fmt::Display for Loop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "loop between {}:", self.members.join(", "))?;
        for (from, to, path, file) in &self.edges {
            writeln!(f, "  {from} → {to}   ({path} in {file})")?;
        }
        Ok(())
    }
}

type ModPath = Vec<String>;

struct Module {
    file: PathBuf,
    text: String,
    children: BTreeSet<String>,
}

struct Tree {
    root: PathBuf,
    modules: BTreeMap<ModPath, Module>,
}

fn import_loops(src: &Path) -> Vec<Loop> {
    let mut tree = Tree {
        root: src.to_path_buf(),
        modules: BTreeMap::new(),
    };
    load(&mut tree, Vec::new(), src.join("lib.rs"), src.to_path_buf());
    // Edges between siblings: (from, to) → evidence.
    let mut edges: BTreeMap<(ModPath, ModPath), (String, String)> = BTreeMap::new();
    for (path, module) in &tree.modules {
        for reference in references(&module.text) {
            let Some(target) = resolve(&tree, path, &reference, 0) else {
                continue;
            };
            let common = path.iter().zip(&target).take_while(|(a, b)| a == b).count();
            if common < path.len() && common < target.len() {
                let from = path[..=common].to_vec();
                let to = target[..=common].to_vec();
                let file = module
                    .file
                    .strip_prefix(&tree.root)
                    .unwrap_or(&module.file)
                    .display()
                    .to_string();
                edges
                    .entry((from, to))
                    .or_insert((reference.join("::"), file));
            }
        }
    }
    let nodes: BTreeSet<ModPath> = edges
        .keys()
        .flat_map(|(a, b)| [a.clone(), b.clone()])
        .collect();
    let reach = |start: &ModPath| -> BTreeSet<ModPath> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start.clone()];
        while let Some(n) = stack.pop() {
            for ((a, b), _) in edges.range((n.clone(), Vec::new())..) {
                if *a != n {
                    break;
                }
                if seen.insert(b.clone()) {
                    stack.push(b.clone());
                }
            }
        }
        seen
    };
    let reachable: BTreeMap<ModPath, BTreeSet<ModPath>> =
        nodes.iter().map(|n| (n.clone(), reach(n))).collect();
    let mut done = BTreeSet::new();
    let mut loops = Vec::new();
    for n in &nodes {
        if done.contains(n) || !reachable[n].contains(n) {
            continue;
        }
        let members: BTreeSet<ModPath> = nodes
            .iter()
            .filter(|m| reachable[n].contains(*m) && reachable[*m].contains(n))
            .cloned()
            .collect();
        done.extend(members.iter().cloned());
        let edges = edges
            .iter()
            .filter(|((a, b), _)| members.contains(a) && members.contains(b))
            .map(|((a, b), (path, file))| (a.join("::"), b.join("::"), path.clone(), file.clone()))
            .collect();
        loops.push(Loop {
            members: members.iter().map(|m| m.join("::")).collect(),
            edges,
        });
    }
    loops
}

/// Reads a module file and, recursively, the files of the modules it declares.
fn load(tree: &mut Tree, path: ModPath, file: PathBuf, dir: PathBuf) {
    let raw = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let text = without_inline_modules(&clean(&raw));
    let declared = declared_modules(&text);
    let mut children = BTreeSet::new();
    for name in declared {
        let flat = dir.join(format!("{name}.rs"));
        let folder = dir.join(&name).join("mod.rs");
        let (child_file, child_dir) = if flat.exists() {
            (flat, dir.join(&name))
        } else if folder.exists() {
            (folder, dir.join(&name))
        } else {
            continue;
        };
        let mut child = path.clone();
        child.push(name.clone());
        children.insert(name);
        load(tree, child, child_file, child_dir);
    }
    tree.modules.insert(
        path,
        Module {
            file,
            text,
            children,
        },
    );
}

/// The source without comments, string and char literals (their contents become spaces).
fn clean(s: &str) -> String {
    let c: Vec<char> = s.chars().collect();
    let at = |i: usize| c.get(i).copied();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < c.len() {
        if c[i] == '/' && at(i + 1) == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if c[i] == '/' && at(i + 1) == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == Some('*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == Some('/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c[i] == 'r'
            && (at(i + 1) == Some('"')
                || (at(i + 1) == Some('#') && matches!(at(i + 2), Some('"' | '#'))))
            && (i == 0 || !is_ident(c[i - 1]))
        {
            let mut hashes = 0;
            i += 1;
            while c[i] == '#' {
                hashes += 1;
                i += 1;
            }
            i += 1;
            loop {
                if c[i] == '"' && (1..=hashes).all(|k| c.get(i + k) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
            out.push_str("\"\"");
        } else if c[i] == '"' {
            i += 1;
            while c[i] != '"' {
                i += if c[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c[i] == '\'' && (at(i + 1) == Some('\\') || at(i + 2) == Some('\'')) {
            // A char literal; a lifetime ('a) has no closing quote right after one char.
            i += 1;
            while c[i] != '\'' {
                i += if c[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Removes `mod name { … }` blocks (inline test modules): their `super` is not the file's.
fn without_inline_modules(s: &str) -> String {
    let mut out = s.to_string();
    while let Some(start) = find_inline_module(&out) {
        let open = start + out[start..].find('{').unwrap();
        let mut depth = 0;
        let mut end = open;
        for (k, ch) in out[open..].char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.replace_range(start..end, " ");
    }
    out
}

fn find_inline_module(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = s[from..].find("mod ") {
        let at = from + k;
        let before_ok = at == 0 || !is_ident(s[..at].chars().next_back().unwrap());
        let after: String = s[at + 4..]
            .chars()
            .skip_while(|c| c.is_whitespace())
            .collect();
        let name_len = after.chars().take_while(|c| is_ident(*c)).count();
        let tail = after[after
            .char_indices()
            .nth(name_len)
            .map_or(after.len(), |(i, _)| i)..]
            .trim_start();
        if before_ok && name_len > 0 && tail.starts_with('{') {
            return Some(at);
        }
        from = at + 4;
    }
    None
}

/// `mod name;` declarations (with any visibility), except test modules: tests may use whatever
/// they test.
fn declared_modules(s: &str) -> Vec<String> {
    let mut names = Vec::new();
    for statement in s.split(';') {
        let words: Vec<&str> = statement.split_whitespace().collect();
        if let Some(k) = words.iter().rposition(|w| *w == "mod") {
            let test_only = k > 0 && words[k - 1] == "#[cfg(test)]";
            if k + 2 == words.len() && words[k + 1].chars().all(is_ident) && !test_only {
                names.push(words[k + 1].to_string());
            }
        }
    }
    names
}

/// Every path a module refers to through `use` or a `crate::` / `super::` / `self::` path.
fn references(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = String::new();
    let mut at = 0;
    while let Some(k) = find_word(&text[at..], "use") {
        let start = at + k;
        let end = start + text[start..].find(';').unwrap_or(text.len() - start);
        rest.push_str(&text[at..start]);
        expand(&use_tree(&text[start + 3..end]), &mut Vec::new(), &mut out);
        at = end;
    }
    rest.push_str(&text[at..]);
    for head in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(k) = find_word(&rest[from..], head) {
            let start = from + k;
            let len = rest[start..]
                .find(|c: char| !(is_ident(c) || c == ':'))
                .unwrap_or(rest.len() - start);
            let path: Vec<String> = rest[start..start + len]
                .split("::")
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
            out.push(path);
            from = start + len;
        }
    }
    out
}

/// The index of `word` where it starts an identifier.
fn find_word(s: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = s[from..].find(word) {
        let at = from + k;
        let before = s[..at].chars().next_back();
        let after = s[at + word.len()..].chars().next();
        let word_ends = word.ends_with(':') || !after.is_some_and(is_ident);
        if !before.is_some_and(|c| is_ident(c) || c == ':') && word_ends {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// A use tree without whitespace, `x as y` written `x@y`.
fn use_tree(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out = String::new();
    for (k, w) in words.iter().enumerate() {
        if *w == "as" && k > 0 {
            out.push('@');
        } else {
            out.push_str(w);
        }
    }
    out
}

/// Expands a use tree (see [`use_tree`]) into its leaf paths, `as` renames dropped.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    if let Some(open) = tree.find('{') {
        let head = &tree[..open];
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let n = prefix.len();
        prefix.extend(
            head.split("::")
                .filter(|p| !p.is_empty())
                .map(str::to_string),
        );
        let mut depth = 0;
        let mut part = String::new();
        for ch in inner.chars() {
            match ch {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&part, prefix, out);
                    part.clear();
                    continue;
                }
                _ => {}
            }
            part.push(ch);
        }
        if !part.is_empty() {
            expand(&part, prefix, out);
        }
        prefix.truncate(n);
    } else if !tree.is_empty() {
        let leaf = tree.split('@').next().unwrap_or(tree);
        let mut path = prefix.clone();
        path.extend(
            leaf.split("::")
                .filter(|p| !p.is_empty())
                .map(str::to_string),
        );
        out.push(path);
    }
}

/// The module (path without `crate`) in which `path`, written in module `at`, is defined.
fn resolve(tree: &Tree, at: &ModPath, path: &[String], depth: usize) -> Option<ModPath> {
    if depth > 16 || path.is_empty() {
        return None;
    }
    let mut module: ModPath;
    let mut rest = path;
    match path[0].as_str() {
        "crate" => {
            module = Vec::new();
            rest = &path[1..];
        }
        "super" | "self" => {
            module = at.clone();
            while let Some(first) = rest.first() {
                match first.as_str() {
                    "super" => {
                        module.pop()?;
                    }
                    "self" => {}
                    _ => break,
                }
                rest = &rest[1..];
            }
        }
        first if tree.modules[at].children.contains(first) => {
            module = at.clone();
        }
        _ => return None,
    }
    for (k, segment) in rest.iter().enumerate() {
        let m = &tree.modules[&module];
        if m.children.contains(segment) {
            module.push(segment.clone());
            continue;
        }
        if let Some(target) = re_export(tree, &module, segment, depth) {
            let mut full = target;
            full.extend(rest[k + 1..].iter().cloned());
            return Some(full);
        }
        break;
    }
    Some(module)
}

/// Where a name re-exported by `module` (`pub use child::{name}` or a glob) is defined.
fn re_export(tree: &Tree, module: &ModPath, name: &str, depth: usize) -> Option<ModPath> {
    let text = &tree.modules[module].text;
    let mut leaves = Vec::new();
    let mut from = 0;
    while let Some(k) = find_word(&text[from..], "use") {
        let start = from + k;
        let end = start + text[start..].find(';').unwrap_or(text.len() - start);
        let public =
            text[..start].trim_end().ends_with("pub") || text[..start].trim_end().ends_with(')');
        if public {
            expand(
                &use_tree(&text[start + 3..end]),
                &mut Vec::new(),
                &mut leaves,
            );
        }
        from = end;
    }
    for leaf in &leaves {
        if leaf.last().map(String::as_str) == Some(name) {
            let target = resolve(tree, module, &leaf[..leaf.len() - 1], depth + 1)?;
            return Some(resolve_in(tree, &target, name, depth + 1).unwrap_or(target));
        }
    }
    for leaf in &leaves {
        if leaf.last().map(String::as_str) == Some("*") {
            let target = resolve(tree, module, &leaf[..leaf.len() - 1], depth + 1)?;
            if let Some(found) = resolve_in(tree, &target, name, depth + 1) {
                return Some(found);
            }
        }
    }
    None
}

/// Where `name`, looked up inside `module`, is defined: the module itself if it defines it.
fn resolve_in(tree: &Tree, module: &ModPath, name: &str, depth: usize) -> Option<ModPath> {
    if depth > 16 {
        return None;
    }
    let text = &tree.modules.get(module)?.text;
    for kind in [
        "fn",
        "struct",
        "enum",
        "const",
        "static",
        "type",
        "trait",
        "macro_rules!",
    ] {
        let mut from = 0;
        while let Some(k) = find_word(&text[from..], kind) {
            let at = from + k + kind.len();
            let after = text[at..].trim_start();
            if after.starts_with(name) && !after[name.len()..].starts_with(is_ident) {
                return Some(module.clone());
            }
            from = at;
        }
    }
    if tree.modules[module].children.contains(name) {
        let mut m = module.clone();
        m.push(name.to_string());
        return Some(m);
    }
    re_export(tree, module, name, depth + 1)
}
