//! The layers of `src/`, enforced: each module imports only from its own
//! layer or the layers below it (README.md, "Architecture"). A new upward
//! import fails this test; so does a known exception that no longer exists
//! (remove it from [`KNOWN`], so the list only shrinks). Issue #23.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, bottom first. Modules of one layer may use each other.
const LAYERS: &[&[&str]] = &[
    // Text utilities: the two languages, source files and positions, "did
    // you mean".
    &["lang", "source", "suggest"],
    // The tool's words and the diagnostics that carry them.
    &["tool_text", "diagnostic"],
    // Stages, in pipeline order.
    &["load"],
    &["model"],
    &["defaults", "resolve"],
    &["validate", "l10n"],
    &["lint"],
    &["typography"],
    &["render"],
    &["publish"],
    &["output"],
    // The drivers.
    &["site", "diff"],
    // The commands' own modules.
    &["serve", "scaffold", "probe"],
    // The binary's commands (`src/cmd/`, one file each; `main.rs` hands
    // the parsed command line to them).
    &["cmd"],
];

/// Upward imports that exist today, each with why: the work of issue #23
/// that remains. Remove an entry when its import goes.
const KNOWN: &[(&str, &str, &str)] = &[
    ("load", "model", "the id type (`Ident`) and the kind of a document are model types the loader names files with"),
    ("model", "publish", "the JSON Schema of policy.json is generated with the model's schemas"),
    ("render", "publish", "a page embeds its JSON-LD and its content version, which publish computes from the rendered policy"),
    ("validate", "lint", "validation masks `TODO` placeholders and checks `allow:` rule ids against the legal rules' table"),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The code of a file without comments and without its test module (a
/// `#[cfg(test)] mod tests` at the end of the file), where a module may use
/// anything.
fn code(text: &str) -> String {
    let end = text.find("#[cfg(test)]\nmod tests").unwrap_or(text.len());
    text[..end]
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// (importing module, imported module) → the files where it happens.
type Edges = BTreeMap<(String, String), BTreeSet<String>>;

/// Every `crate::<module>` each module's files name, and the modules.
fn imports() -> (Edges, BTreeSet<String>) {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).expect("src is readable").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let mut edges = Edges::new();
    let mut modules = BTreeSet::new();
    for path in files {
        let rel = path
            .strip_prefix(&src)
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        let top = rel
            .split('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(".rs")
            .to_string();
        // The binary and the crate root assemble everything.
        if matches!(top.as_str(), "main" | "lib" | "bin") {
            continue;
        }
        modules.insert(top.clone());
        let text = code(&std::fs::read_to_string(&path).expect("a source file"));
        for (at, _) in text.match_indices("crate::") {
            let name: String = text[at + 7..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            if name.is_empty() || name == top || matches!(name.as_str(), "t" | "msg" | "msg_id") {
                continue;
            }
            edges
                .entry((top.clone(), name))
                .or_default()
                .insert(rel.clone());
        }
    }
    (edges, modules)
}

#[test]
fn every_module_has_a_layer() {
    let (_, modules) = imports();
    let missing: Vec<&String> = modules.iter().filter(|m| layer_of(m).is_none()).collect();
    assert!(
        missing.is_empty(),
        "modules with no layer in tests/architecture.rs (and README.md): {missing:?}"
    );
}

#[test]
fn no_module_imports_from_a_layer_above_it() {
    let (edges, _) = imports();
    let upward: Edges = edges
        .into_iter()
        .filter(|((from, to), _)| match (layer_of(from), layer_of(to)) {
            (Some(a), Some(b)) => b > a,
            _ => false,
        })
        .collect();
    let known: BTreeSet<(String, String)> = KNOWN
        .iter()
        .map(|(a, b, _)| (a.to_string(), b.to_string()))
        .collect();
    let new: Vec<String> = upward
        .iter()
        .filter(|(k, _)| !known.contains(*k))
        .map(|((a, b), files)| format!("{a} → {b} (in {files:?})"))
        .collect();
    assert!(new.is_empty(), "imports from a layer above: {new:#?}");
    let gone: Vec<&(String, String)> = known.iter().filter(|k| !upward.contains_key(*k)).collect();
    assert!(
        gone.is_empty(),
        "these known exceptions no longer exist: remove them from KNOWN: {gone:?}"
    );
}
