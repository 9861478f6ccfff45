//! `cargo xtask`: see the crate docs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask catalogues [--check] | expand [--check] | public-api [--check]

  catalogues          regenerate graph-enum's v1 and beta catalogues from xtask/metadata/
  catalogues --check  fail if the committed catalogues are out of date
  expand              write each shape's full expansion, graph-enum-derive/tests/expand/*.full.rs
  expand --check      fail if a full expansion differs from its snapshot
  public-api          write graph-enum/public-api.txt, every public path of graph-enum
  public-api --check  fail if the public paths differ from graph-enum/public-api.txt";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["catalogues"] => write_catalogues(),
        ["catalogues", "--check"] => check_catalogues(),
        ["expand"] => write_expansions(),
        ["expand", "--check"] => check_expansions(),
        ["public-api"] => write_public_api(),
        ["public-api", "--check"] => check_public_api(),
        ["-h" | "--help"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown task {args:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn write_catalogues() -> Result<(), String> {
    let workspace = xtask::workspace();
    let files = xtask::catalogue_files(&workspace).map_err(|error| error.to_string())?;
    for (path, source) in &files {
        write(&workspace.join(path), source)?;
    }
    eprintln!("wrote {} files", files.len());
    Ok(())
}

fn check_catalogues() -> Result<(), String> {
    let workspace = xtask::workspace();
    let files = xtask::catalogue_files(&workspace).map_err(|error| error.to_string())?;
    up_to_date(&workspace, &files, "cargo xtask catalogues")
}

/// Fails naming every file of `files` whose committed text differs, and the
/// command that rewrites them.
fn up_to_date<'a>(
    workspace: &Path,
    files: impl IntoIterator<Item = (&'a PathBuf, &'a String)>,
    command: &str,
) -> Result<(), String> {
    let stale: Vec<String> = files
        .into_iter()
        .filter(|(path, text)| {
            std::fs::read_to_string(workspace.join(path)).ok().as_ref() != Some(*text)
        })
        .map(|(path, _)| path.display().to_string())
        .collect();
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "out of date (run `{command}` and read the diff): {stale:?}"
        ))
    }
}

fn write_expansions() -> Result<(), String> {
    let workspace = xtask::workspace();
    let expansions = xtask::full_expansions(&workspace)?;
    for (path, text) in &expansions {
        write(&workspace.join(path), text)?;
    }
    eprintln!("wrote {} expansions", expansions.len());
    Ok(())
}

fn check_expansions() -> Result<(), String> {
    let workspace = xtask::workspace();
    let expansions = xtask::full_expansions(&workspace)?;
    let expansions = expansions.iter().map(|(path, text)| (path, text));
    up_to_date(&workspace, expansions, "cargo xtask expand")
}

fn write_public_api() -> Result<(), String> {
    let workspace = xtask::workspace();
    let api = xtask::public_api(&workspace)?;
    write(&workspace.join(xtask::PUBLIC_API_FILE), &api)?;
    eprintln!("wrote {} public paths", api.lines().count());
    Ok(())
}

fn check_public_api() -> Result<(), String> {
    let workspace = xtask::workspace();
    let api = xtask::public_api(&workspace)?;
    let path = workspace.join(xtask::PUBLIC_API_FILE);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if api == committed {
        return Ok(());
    }
    let old: std::collections::BTreeSet<&str> = committed.lines().collect();
    let new: std::collections::BTreeSet<&str> = api.lines().collect();
    let removed = old.difference(&new).map(|line| format!("\n  - {line}"));
    let added = new.difference(&old).map(|line| format!("\n  + {line}"));
    let diff: String = removed.chain(added).collect();
    Err(format!(
        "the public API differs from {} (run `cargo xtask public-api` if intended):{diff}",
        xtask::PUBLIC_API_FILE
    ))
}

fn write(path: &Path, source: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    std::fs::write(path, source)
        .map_err(|error| format!("cannot write {}: {error}", path.display()))
}
