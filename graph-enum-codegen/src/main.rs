//! `graph-enum-codegen`: Rust enums from OData CSDL enum types.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use graph_enum_codegen::{csdl, json, modules, Options};

const USAGE: &str = "\
usage: graph-enum-codegen [--root NAMESPACE] [--crate PATH] [--out DIR] [--ascii-case-insensitive] INPUT...

Reads enum types from OData CSDL ($metadata, *.xml) or graph-enum's JSON catalogue
(*.json) and writes #[derive(GraphEnum)] enums, a module per namespace.

  --root NAMESPACE  namespace of the top module (default: microsoft.graph)
  --crate PATH      path of the graph-enum crate in the code (default: ::graph_enum)
  --out DIR         write mod.rs files into DIR instead of one file to stdout
  --ascii-case-insensitive
                    also read a name that matches one member only ignoring ASCII case";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("graph-enum-codegen: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut options = Options::default();
    let mut out: Option<PathBuf> = None;
    let mut inputs = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"))
        };
        match arg.as_str() {
            "--root" => options.root_namespace = value("--root")?,
            "--crate" => options.crate_path = value("--crate")?,
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--ascii-case-insensitive" => options.ascii_case_insensitive = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option {flag}\n\n{USAGE}"))
            }
            input => inputs.push(PathBuf::from(input)),
        }
    }
    if inputs.is_empty() {
        return Err(format!("no input\n\n{USAGE}"));
    }
    let mut enums = Vec::new();
    for input in &inputs {
        let text = std::fs::read_to_string(input)
            .map_err(|error| format!("cannot read {}: {error}", input.display()))?;
        let parsed = if input
            .extension()
            .is_some_and(|extension| extension == "json")
        {
            json::parse(&text).map_err(|error| format!("{}: {error}", input.display()))?
        } else {
            csdl::parse(&text).map_err(|error| format!("{}: {error}", input.display()))?
        };
        enums.extend(parsed);
    }
    let tree = modules(&enums, &options).map_err(|error| error.to_string())?;
    match out {
        None => print!("{}", tree.single_file(&options)),
        Some(dir) => {
            for (path, source) in tree.files(&options) {
                write(&dir.join(path), &source)?;
            }
        }
    }
    Ok(())
}

fn write(path: &Path, source: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    std::fs::write(path, source)
        .map_err(|error| format!("cannot write {}: {error}", path.display()))
}
