//! The full expansion a user's crate compiles for each shape of enum: the
//! derive's output and then the runtime's macros, as rustc itself prints it
//! (`-Zunpretty=expanded`, unstable, so run with `RUSTC_BOOTSTRAP=1`). The
//! derive's own snapshots (`*.expanded.rs`) stop at the macro calls; these
//! (`*.full.rs`, beside them) show the impls.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the inputs and snapshots are, relative to the workspace.
pub const DIR: &str = "graph-enum-derive/tests/expand";

/// The full expansion of every shape, as `(snapshot path, text)`.
///
/// # Errors
/// When a shape cannot be read or does not compile.
pub fn full_expansions(workspace: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let scratch = workspace.join("target/expand-full");
    std::fs::create_dir_all(scratch.join("src"))
        .map_err(|error| format!("cannot create {}: {error}", scratch.display()))?;
    // A user's crate: graph-enum with serde, as a Graph client depends on it.
    let manifest = format!(
        "[package]\nname = \"expand-full\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\ngraph-enum = {{ path = {:?}, features = [\"serde\"] }}\n\n[workspace]\n",
        workspace.join("graph-enum").display().to_string()
    );
    write(&scratch.join("Cargo.toml"), &manifest)?;
    let mut out = Vec::new();
    for shape in shapes(&workspace.join(DIR))? {
        let input_path = workspace.join(DIR).join(format!("{shape}.rs"));
        let input = std::fs::read_to_string(&input_path)
            .map_err(|error| format!("cannot read {}: {error}", input_path.display()))?;
        // The inputs are items only; a user's crate imports the derive.
        let crate_root = format!(
            "#![allow(unused_imports)]\nuse graph_enum::{{GraphEnum, UnknownValue}};\n\n{input}"
        );
        write(&scratch.join("src/lib.rs"), &crate_root)?;
        let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .current_dir(&scratch)
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["rustc", "--quiet", "--lib", "--target-dir"])
            .arg(workspace.join("target/expand-full-target"))
            .args(["--", "-Zunpretty=expanded"])
            .output()
            .map_err(|error| format!("cannot run cargo rustc: {error}"))?;
        if !output.status.success() {
            return Err(format!(
                "{shape}: the expansion failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        let text = String::from_utf8(output.stdout)
            .map_err(|error| format!("{shape}: the expansion is not UTF-8: {error}"))?;
        let path = PathBuf::from(DIR).join(format!("{shape}.full.rs"));
        out.push((path, text));
    }
    Ok(out)
}

/// The shapes, whose inputs are `{shape}.rs` beside their snapshots, but those
/// whose derive output (`{shape}.expanded.rs`) is an error: they have no
/// expansion to show.
fn shapes(dir: &Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
    let mut shapes: Vec<String> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let shape = name.strip_suffix(".rs")?;
            let derived = std::fs::read_to_string(dir.join(format!("{shape}.expanded.rs")));
            let valid = derived.is_ok_and(|text| !text.contains("compile_error"));
            (!shape.contains('.') && valid).then(|| shape.to_owned())
        })
        .collect();
    shapes.sort();
    Ok(shapes)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|error| format!("cannot write {}: {error}", path.display()))
}
