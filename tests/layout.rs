//! The codebase's own promises (README, "Layout"): the runtime crate's
//! modules form layers (no module imports `__private`, no two import each
//! other, directly or around a circle), and every comment that points into
//! the benchmarks file names a section that exists.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every `.rs` file under `dir`, but the generated catalogues.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if !matches!(name.as_str(), "v1" | "beta" | "target") {
                    pending.push(path);
                }
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Every hand-written or generated `.rs` file of the repository, but the
/// catalogues and build output.
fn workspace_sources() -> Vec<PathBuf> {
    let root = Path::new(ROOT);
    [
        "graph-enum",
        "graph-enum-derive",
        "graph-enum-rules",
        "graph-enum-codegen",
        "benches",
        "xtask",
        "fuzz",
        "tests",
        "examples",
        "src",
    ]
    .iter()
    .flat_map(|dir| sources(&root.join(dir)))
    .collect()
}

/// The code of a file without its comments (line comments and doc comments
/// are where modules are named in prose).
fn code(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module a file belongs to, as the layering counts it: the top-level
/// module, and for `external` each integration.
fn unit(relative: &Path) -> Option<String> {
    let parts: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [lib] if lib == "lib" => None,
        [first, second, ..] if first == "external" && second != "mod" => {
            Some(format!("external::{second}"))
        }
        [first, ..] => Some(first.clone()),
        [] => None,
    }
}

/// What each name the crate root re-exports resolves to (`GraphEnum` →
/// `enum_trait`), read from `lib.rs`'s `pub use crate::module::...` lines.
fn root_exports(lib: &str) -> BTreeMap<String, String> {
    let mut exports = BTreeMap::new();
    for statement in code(lib).split(';') {
        let Some(at) = statement.find("pub use crate::") else {
            continue;
        };
        let path = &statement[at + "pub use crate::".len()..];
        let (module, names) = path.split_once("::").unwrap();
        let module = if module == "external" {
            let (integration, _) = names.split_once("::").unwrap_or((names, ""));
            format!("external::{integration}")
        } else {
            module.to_owned()
        };
        let names = names.trim_start_matches('{').trim_end_matches('}');
        for name in names.split(',') {
            let name = name.rsplit("::").next().unwrap().trim();
            let name = name.rsplit(" as ").next().unwrap().trim();
            if !name.is_empty() {
                exports.insert(name.to_owned(), module.clone());
            }
        }
    }
    exports
}

/// The modules each module of the runtime crate names through `crate::`.
/// `$crate::` inside a macro is the user's crate's path, not an import.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(ROOT).join("graph-enum/src");
    let exports = root_exports(&fs::read_to_string(src.join("lib.rs")).unwrap());
    let macros = macro_homes(&src);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in sources(&src) {
        let Some(module) = unit(file.strip_prefix(&src).unwrap()) else {
            continue;
        };
        let text = code(&fs::read_to_string(&file).unwrap()).replace("$crate::", "");
        let edges = graph.entry(module.clone()).or_default();
        for (at, _) in text.match_indices("crate::") {
            for path in paths(&text[at + "crate::".len()..]) {
                let mut segments = path.split("::");
                let first = segments.next().unwrap_or_default();
                let target = if first == "external" {
                    format!("external::{}", segments.next().unwrap_or_default())
                } else if let Some(module) = exports.get(first) {
                    module.clone()
                } else if let Some(module) = macros.get(first) {
                    module.clone()
                } else {
                    first.to_owned()
                };
                if target != module {
                    edges.insert(target);
                }
            }
        }
    }
    graph
}

/// The paths after one `crate::`: `a::b`, or each of `{a::b, c}`.
fn paths(rest: &str) -> Vec<String> {
    let path_char = |c: char| c.is_alphanumeric() || c == '_' || c == ':';
    if let Some(group) = rest.strip_prefix('{') {
        let mut depth = 0;
        let end = group
            .char_indices()
            .find(|&(_, c)| {
                depth += i32::from(c == '{') - i32::from(c == '}');
                depth < 0
            })
            .map_or(group.len(), |(at, _)| at);
        group[..end]
            .split(',')
            .map(|part| part.trim().chars().take_while(|c| path_char(*c)).collect())
            .filter(|part: &String| !part.is_empty() && part != "self")
            .collect()
    } else {
        let path: String = rest.chars().take_while(|c| path_char(*c)).collect();
        if path.is_empty() {
            Vec::new()
        } else {
            vec![path]
        }
    }
}

/// The module that defines each `#[macro_export]` macro, which lives at the
/// crate root whatever file holds it.
fn macro_homes(src: &Path) -> BTreeMap<String, String> {
    let mut homes = BTreeMap::new();
    for file in sources(src) {
        let Some(module) = unit(file.strip_prefix(src).unwrap()) else {
            continue;
        };
        let text = fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("macro_rules! ") {
            let name: String = text[at + "macro_rules! ".len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            homes.insert(name, module.clone());
        }
    }
    homes
}

/// A circle of imports through `start`, if there is one.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut path = vec![start.to_owned()];
    let mut seen = BTreeSet::new();
    walk(graph, start, &mut path, &mut seen).then_some(path)
}

/// Depth first from the end of `path`; true when it closes at `start`.
fn walk(
    graph: &BTreeMap<String, BTreeSet<String>>,
    start: &str,
    path: &mut Vec<String>,
    seen: &mut BTreeSet<String>,
) -> bool {
    let last = path.last().unwrap().clone();
    for next in graph.get(&last).into_iter().flatten() {
        if next == start {
            path.push(next.clone());
            return true;
        }
        if seen.insert(next.clone()) {
            path.push(next.clone());
            if walk(graph, start, path, seen) {
                return true;
            }
            path.pop();
        }
    }
    false
}

#[test]
fn the_runtime_modules_form_layers() {
    let graph = imports();
    // The check sees what it must: the trait's module is found, and the
    // facade imports the modules that own what it re-exports.
    assert!(graph.contains_key("enum_trait"), "{graph:?}");
    assert!(graph["__private"].contains("parse"), "{graph:?}");
    assert!(graph["external::clap"].contains("enum_trait"), "{graph:?}");
    for (module, targets) in &graph {
        for target in targets {
            assert!(
                graph.contains_key(target),
                "{module} names crate::{target}, which the check cannot place"
            );
        }
        assert!(
            !targets.contains("__private"),
            "{module} imports __private, the derive's facade"
        );
        if let Some(circle) = circle(&graph, module) {
            panic!("modules import each other: {}", circle.join(" -> "));
        }
    }
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", &["b"][..]),
        ("b", &["c"][..]),
        ("c", &["a"][..]),
        ("d", &["a"][..]),
    ]
    .into_iter()
    .map(|(from, to)| {
        (
            from.to_owned(),
            to.iter().map(|t| (*t).to_owned()).collect(),
        )
    })
    .collect();
    assert_eq!(circle(&graph, "a").unwrap(), ["a", "b", "c", "a"]);
    assert_eq!(circle(&graph, "d"), None);
}

/// The benchmarks file, spelt in two parts so this file's own text is not a
/// pointer into it.
const BENCHMARKS: &str = concat!("BENCHMARKS", ".md");

/// Every mention of [`BENCHMARKS`] in a source file, with the quoted section
/// after its comma, or `None` where it names no section.
fn benchmark_pointers(text: &str) -> Vec<Option<String>> {
    // A pointer may wrap onto the next comment line.
    let prose: String = text
        .lines()
        .map(|line| {
            line.trim_start()
                .trim_start_matches('/')
                .trim_start_matches('!')
        })
        .collect::<Vec<_>>()
        .join(" ");
    prose
        .match_indices(BENCHMARKS)
        .map(|(at, found)| {
            let rest = prose[at + found.len()..].trim_start();
            let quoted = rest.strip_prefix(',')?.trim_start().strip_prefix('"')?;
            Some(quoted[..quoted.find('"')?].to_owned())
        })
        .collect()
}

#[test]
fn comments_point_into_benchmarks_by_sections_that_exist() {
    let root = Path::new(ROOT);
    let benchmarks = fs::read_to_string(root.join(BENCHMARKS)).unwrap();
    let sections: BTreeSet<&str> = benchmarks
        .lines()
        .filter_map(|line| line.strip_prefix("## ").or(line.strip_prefix("### ")))
        .collect();
    assert!(
        sections.contains("Runtime against the limit"),
        "{sections:?}"
    );
    let mut checked = 0;
    for file in workspace_sources() {
        let shown = file.strip_prefix(root).unwrap().display().to_string();
        for pointer in benchmark_pointers(&fs::read_to_string(&file).unwrap()) {
            let Some(section) = pointer else {
                panic!("{shown} names {BENCHMARKS} without a section after a comma, in quotes");
            };
            assert!(
                sections.contains(section.as_str()),
                "{shown} points to {BENCHMARKS}, {section:?}, which has no such section"
            );
            checked += 1;
        }
    }
    assert!(
        checked > 5,
        "only {checked} pointers found: the scan is broken"
    );
}

#[test]
fn a_pointer_without_a_section_is_found() {
    assert_eq!(
        benchmark_pointers(&format!(
            "// see {BENCHMARKS}.\n/// ({BENCHMARKS}, \"Cost\")\n// {BENCHMARKS},\n// \"Wrapped\""
        )),
        [None, Some("Cost".to_owned()), Some("Wrapped".to_owned())]
    );
}

/// Whether a file is generated (the catalogues' harness, the generator's
/// expected outputs, the expansion snapshots): it says so at its top.
fn generated(text: &str) -> bool {
    text.lines()
        .take(5)
        .any(|line| line.contains("Generated by") || line.contains("#![feature(prelude_import)]"))
}

#[test]
fn no_hand_written_source_is_over_600_lines() {
    let root = Path::new(ROOT);
    let mut long = Vec::new();
    let mut checked = 0;
    for file in workspace_sources() {
        let text = fs::read_to_string(&file).unwrap();
        if generated(&text) {
            continue;
        }
        checked += 1;
        let lines = text.lines().count();
        if lines > 600 {
            long.push(format!(
                "{} ({lines} lines)",
                file.strip_prefix(root).unwrap().display()
            ));
        }
    }
    assert!(
        checked > 50,
        "only {checked} files found: the scan is broken"
    );
    assert!(long.is_empty(), "split these by what they do: {long:#?}");
}
