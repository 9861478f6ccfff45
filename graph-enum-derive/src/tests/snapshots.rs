//! The derive's output, pretty-printed and compared byte for byte with the
//! snapshots in `tests/expand/` (`*.expanded.rs`): the calls of the runtime's
//! macros, whose member lists read `[0usize] Business = 0 => "business"`.
//! What those macros write, the full expansion a user's crate compiles, is
//! in `*.full.rs` beside them (`cargo xtask expand [--check]`, as
//! pin-project's `tests/expand`), so a diff of either shows what a change
//! does to every user crate. After an intended change, re-bless with
//! `GRAPH_ENUM_BLESS=1 cargo test -p graph-enum-derive` and `cargo xtask
//! expand`, and read the diffs.
//!
//! Each input is one shape: `closed`, `lossy`, `lossless`, `flags`,
//! `evolvable`, `localized`, and `invalid` (errors with stub impls).

use std::path::{Path, PathBuf};

use quote::ToTokens;

use crate::expand::derive;

const SHAPES: [&str; 7] = [
    "closed",
    "lossy",
    "lossless",
    "flags",
    "evolvable",
    "localized",
    "invalid",
];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand")
}

/// The expansion of the enum in `input`, as prettyplease prints it.
fn expansion(input: &str) -> Result<String, String> {
    let file: syn::File = syn::parse_str(input).map_err(|error| format!("input: {error}"))?;
    let Some(item) = file
        .items
        .iter()
        .find(|item| matches!(item, syn::Item::Enum(_)))
    else {
        return Err("input: no enum".to_owned());
    };
    let output = derive(item.to_token_stream());
    let output: syn::File =
        syn::parse2(output).map_err(|error| format!("output is not items: {error}"))?;
    Ok(prettyplease::unparse(&output))
}

#[test]
fn expansions_match_the_snapshots() {
    let bless = std::env::var_os("GRAPH_ENUM_BLESS").is_some();
    let mut stale = Vec::new();
    for shape in SHAPES {
        let input_path = dir().join(format!("{shape}.rs"));
        let input = std::fs::read_to_string(&input_path);
        assert!(input.is_ok(), "cannot read {}", input_path.display());
        let expanded = expansion(&input.unwrap_or_default());
        assert!(expanded.is_ok(), "{shape}: {expanded:?}");
        let expanded = expanded.unwrap_or_default();
        assert_eq!(
            expanded.contains("compile_error"),
            shape == "invalid",
            "{shape}: errors only where the input is invalid"
        );
        let snapshot_path = dir().join(format!("{shape}.expanded.rs"));
        if bless {
            let written = std::fs::write(&snapshot_path, &expanded);
            assert!(written.is_ok(), "cannot write {}", snapshot_path.display());
        } else if std::fs::read_to_string(&snapshot_path).ok().as_ref() != Some(&expanded) {
            stale.push(snapshot_path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "the expansion changed (re-bless with GRAPH_ENUM_BLESS=1 and read the diff): {stale:?}"
    );
}

#[test]
fn every_snapshot_has_its_input() {
    let mut files: Vec<String> = std::fs::read_dir(dir())
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    // The input, the derive's output and (`cargo xtask expand`) the full
    // expansion, but where the derive's output is an error.
    let mut expected: Vec<String> = SHAPES
        .iter()
        .flat_map(|shape| {
            let derived = std::fs::read_to_string(dir().join(format!("{shape}.expanded.rs")));
            let valid = derived.is_ok_and(|text| !text.contains("compile_error"));
            let full = valid.then(|| format!("{shape}.full.rs"));
            [format!("{shape}.rs"), format!("{shape}.expanded.rs")]
                .into_iter()
                .chain(full)
        })
        .collect();
    expected.sort();
    assert_eq!(files, expected);
}
