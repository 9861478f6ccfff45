//! Microsoft's own v1.0 `$metadata` (`tests/fixtures/v1.0-Prod.csdl.gz`, CSDL
//! XML with its `Core.Description` annotations) through the generator: it
//! reproduces the committed `graph_enum::v1` catalogue, which was generated
//! from the same schema's enum types without their descriptions. That the
//! output with descriptions compiles, documents and has no failing doctest is
//! the `graph-enum-corpus` crate's build (module `graph_v1`).

use std::io::Read;
use std::path::Path;

use graph_enum_codegen::{csdl, modules, Options};

fn graph_v1() -> Vec<graph_enum_codegen::schema::EnumType> {
    let file = std::fs::File::open(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1.0-Prod.csdl.gz"),
    )
    .unwrap();
    let mut xml = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut xml)
        .unwrap();
    csdl::parse(&xml).unwrap()
}

#[test]
fn graphs_metadata_reproduces_the_v1_catalogue() {
    let mut enums = graph_v1();
    assert_eq!(enums.len(), 861);
    let described = enums
        .iter()
        .filter(|enum_type| enum_type.description.is_some())
        .count();
    assert!(described > 0, "the schema's descriptions are read");
    for enum_type in &mut enums {
        enum_type.description = None;
        for member in &mut enum_type.members {
            member.description = None;
        }
    }
    // The catalogue's options (xtask/src/catalogues.rs).
    let options = Options {
        ascii_case_insensitive: true,
        ord: true,
        non_exhaustive: true,
        ..Options::default()
    };
    let files = modules(&enums, &options).unwrap().files(&options);
    let catalogue = Path::new(env!("CARGO_MANIFEST_DIR")).join("../graph-enum/src/v1");
    let mut differ = Vec::new();
    for (path, generated) in &files {
        let committed = std::fs::read_to_string(catalogue.join(path)).unwrap_or_default();
        // The top module's `//!` lines are the catalogue's own docs.
        let strip = |text: &str| -> String {
            text.lines()
                .skip_while(|line| line.starts_with("//!") || line.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        };
        if strip(&committed) != strip(generated) {
            differ.push(path.clone());
        }
    }
    assert!(differ.is_empty(), "differ from the catalogue: {differ:?}");
    // And no catalogue file is left that the schema does not generate.
    let mut committed = Vec::new();
    let mut dirs = vec![catalogue.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                committed.push(path.strip_prefix(&catalogue).unwrap().display().to_string());
            }
        }
    }
    committed.sort();
    let generated: Vec<&String> = files.keys().collect();
    assert_eq!(generated, committed.iter().collect::<Vec<_>>());
}
