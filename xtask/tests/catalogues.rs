//! The committed catalogues are exactly what `xtask/metadata/` generates:
//! after an intended change to the generator or the metadata, run
//! `cargo xtask catalogues` and read the diff.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use xtask::{catalogue_files, workspace};

fn rust_files_under(dir: &Path, found: &mut BTreeSet<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files_under(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.insert(path);
        }
    }
}

#[test]
fn catalogues_are_up_to_date() {
    let workspace = workspace();
    let files = catalogue_files(&workspace).unwrap();
    let mut stale = Vec::new();
    for (path, generated) in &files {
        let committed = std::fs::read_to_string(workspace.join(path)).unwrap_or_default();
        if &committed != generated {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "out of date (run `cargo xtask catalogues`): {stale:?}"
    );

    // No file the generator no longer writes is left behind.
    let mut on_disk = BTreeSet::new();
    for dir in [
        "graph-enum/src/v1",
        "graph-enum/src/beta",
        "tests/catalogue",
    ] {
        rust_files_under(&workspace.join(dir), &mut on_disk);
    }
    let generated: BTreeSet<PathBuf> = files.keys().map(|path| workspace.join(path)).collect();
    let leftover: Vec<&PathBuf> = on_disk.difference(&generated).collect();
    assert!(
        leftover.is_empty(),
        "files the generator does not write: {leftover:?}"
    );
    assert_eq!(
        files.keys().filter(|path| path.ends_with("mod.rs")).count(),
        37
    );
}
