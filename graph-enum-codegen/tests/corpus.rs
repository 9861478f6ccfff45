//! The adversarial CSDL corpus (`tests/corpus/`): every invalid file is
//! refused with its expected message (`.err` beside it), every valid one
//! generates its expected source (`.rs` beside it), the same twice. The
//! valid ones are compiled and doctested by the `graph-enum-corpus` crate
//! (`tests/corpus-build/`). `GRAPH_ENUM_BLESS=1` re-blesses both.

use std::path::{Path, PathBuf};

use graph_enum_codegen::{Builder, Error};

fn files(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new("tests/corpus").join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "xml"))
        .collect();
    files.sort();
    files
}

fn generate(path: &Path) -> Result<String, Error> {
    Builder::new().root_namespace("Contoso").generate(&[path])
}

#[test]
fn the_corpus_has_at_least_25_quirks_of_each_outcome_together() {
    let (valid, invalid) = (files("valid").len(), files("invalid").len());
    assert!(valid >= 25, "{valid} valid files");
    assert!(invalid >= 10, "{invalid} invalid files");
}

#[test]
fn every_invalid_file_is_refused_with_its_message() {
    let bless = std::env::var_os("GRAPH_ENUM_BLESS").is_some();
    let mut wrong = Vec::new();
    for path in files("invalid") {
        let message = match generate(&path) {
            Ok(_) => {
                wrong.push(format!("{}: accepted", path.display()));
                continue;
            }
            Err(error) => format!("{error}\n"),
        };
        let expected_path = path.with_extension("err");
        if bless {
            std::fs::write(&expected_path, &message).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != message {
            wrong.push(format!(
                "{}: expected {expected:?}, got {message:?}",
                path.display()
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_valid_file_generates_its_expected_source() {
    let bless = std::env::var_os("GRAPH_ENUM_BLESS").is_some();
    let mut wrong = Vec::new();
    for path in files("valid") {
        let source = match generate(&path) {
            Ok(source) => source,
            Err(error) => {
                wrong.push(format!("{}: {error}", path.display()));
                continue;
            }
        };
        let expected_path = path.with_extension("rs");
        if bless {
            std::fs::write(&expected_path, &source).unwrap();
        }
        if std::fs::read_to_string(&expected_path).ok().as_ref() != Some(&source) {
            wrong.push(format!(
                "{}: differs from {}",
                path.display(),
                expected_path.display()
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_valid_file_generates_the_same_source_twice() {
    for path in files("valid") {
        let first = generate(&path);
        assert!(first.is_ok(), "{}: {first:?}", path.display());
        let second = generate(&path);
        assert_eq!(first.ok(), second.ok(), "{}", path.display());
    }
}
