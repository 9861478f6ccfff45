//! Generates every valid file of the CSDL corpus (`../corpus/valid/`) and
//! every real schema (`../real/`, XML and JSON) into a module of its own, and Microsoft's v1.0 `$metadata` with its descriptions
//! into `graph_v1`, so the crate's build compiles all of them and its doctests
//! and docs cover their descriptions.

use std::fmt::Write;
use std::io::Read;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new("../corpus/valid");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<_, _>>()?;
    inputs.retain(|path| path.extension().is_some_and(|extension| extension == "xml"));
    inputs.sort();
    let mut modules = String::new();
    for input in &inputs {
        let stem = input
            .file_stem()
            .and_then(|stem| stem.to_str())
            .ok_or("a corpus file name is not UTF-8")?;
        let module = stem.replace('-', "_");
        let file_name = format!("{module}.rs");
        graph_enum_codegen::Builder::new()
            .root_namespace("Contoso")
            .file_name(&file_name)
            .compile(&[input])?;
        writeln!(
            modules,
            "#[doc = \"Generated from `tests/corpus/valid/{stem}.xml`.\"]\n\
             pub mod {module} {{\n    include!(concat!(env!(\"OUT_DIR\"), \"/{file_name}\"));\n}}"
        )?;
    }
    // The real schemas of other organisations, in both their forms.
    let real = Path::new("../real");
    println!("cargo:rerun-if-changed={}", real.display());
    let mut schemas: Vec<PathBuf> = std::fs::read_dir(real)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<_, _>>()?;
    schemas.retain(|path| {
        path.extension()
            .is_some_and(|extension| extension == "xml" || extension == "json")
    });
    schemas.sort();
    for input in &schemas {
        let name = input
            .file_name()
            .and_then(|name| name.to_str())
            .ok_or("a real schema's file name is not UTF-8")?;
        let module = format!("real_{}", name.replace(['.', '-'], "_").to_lowercase());
        let file_name = format!("{module}.rs");
        graph_enum_codegen::Builder::new()
            .file_name(&file_name)
            .compile(&[input])?;
        writeln!(
            modules,
            "#[doc = \"Generated from `tests/real/{name}`.\"]\n\
             pub mod {module} {{\n    include!(concat!(env!(\"OUT_DIR\"), \"/{file_name}\"));\n}}"
        )?;
    }
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(out.join("corpus.rs"), modules)?;

    let metadata = Path::new("../fixtures/v1.0-Prod.csdl.gz");
    println!("cargo:rerun-if-changed={}", metadata.display());
    let mut xml = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(metadata)?).read_to_string(&mut xml)?;
    let enums = graph_enum_codegen::csdl::parse(&xml)?;
    let source = graph_enum_codegen::Builder::new()
        .module_of(enums)?
        .for_include();
    std::fs::write(out.join("graph_v1.rs"), source)?;
    Ok(())
}
