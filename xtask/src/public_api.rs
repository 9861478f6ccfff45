//! The runtime crate's public API as the paths a user writes: rustdoc's JSON
//! output (unstable, so built with `RUSTC_BOOTSTRAP=1`) walked from the crate
//! root through modules and re-exports, one line per item. A file move that
//! changed a public path, or an item that went public by accident, shows as a
//! diff against the committed `graph-enum/public-api.txt`.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// Every feature but the catalogues, whose 2,722 enums would drown the list.
const FEATURES: &str = "serde,quick-xml,clap,sqlx,schemars,utoipa,arbitrary,tracing";

/// The committed list, relative to the workspace.
pub const FILE: &str = "graph-enum/public-api.txt";

/// The public paths of graph-enum, sorted, one per line.
///
/// # Errors
/// When rustdoc fails or its JSON is not of a shape this reader knows.
pub fn public_api(workspace: &Path) -> Result<String, String> {
    let target = workspace.join("target/public-api");
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(workspace)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUSTDOCFLAGS", "-Z unstable-options --output-format json")
        .args(["doc", "--quiet", "--no-deps", "--package", "graph-enum"])
        .args(["--features", FEATURES, "--target-dir"])
        .arg(&target)
        .status()
        .map_err(|error| format!("cannot run cargo doc: {error}"))?;
    if !status.success() {
        return Err(format!("cargo doc (rustdoc JSON) failed: {status}"));
    }
    let path = target.join("doc/graph_enum.json");
    let text = std::fs::read_to_string(&path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    let json: Value =
        serde_json::from_str(&text).map_err(|error| format!("{}: {error}", path.display()))?;
    let mut lines = BTreeSet::new();
    let walker = Walker {
        index: &json["index"],
        lines: &mut lines,
    };
    walker
        .walk_root(&json)
        .map_err(|error| format!("{error} (rustdoc JSON format {})", json["format_version"]))?;
    let mut out = String::new();
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

struct Walker<'a> {
    index: &'a Value,
    lines: &'a mut BTreeSet<String>,
}

impl Walker<'_> {
    fn walk_root(mut self, json: &Value) -> Result<(), String> {
        let root = item_id(&json["root"])?;
        self.module(&root, "graph_enum", &mut vec![root.clone()])
    }

    fn item(&self, id: &str) -> Option<&Value> {
        self.index.get(id)
    }

    /// The items of the module `id`, public at `prefix`.
    fn module(&mut self, id: &str, prefix: &str, open: &mut Vec<String>) -> Result<(), String> {
        let module = self.item(id).ok_or_else(|| format!("no item {id}"))?;
        let items = module["inner"]["module"]["items"]
            .as_array()
            .ok_or_else(|| format!("{prefix} is not a module"))?
            .clone();
        for child in &items {
            let child = item_id(child)?;
            let Some(item) = self.item(&child).cloned() else {
                continue;
            };
            if let Some(reexport) = item["inner"].get("use") {
                self.reexport(reexport, prefix, open)?;
            } else {
                let name = item["name"].as_str().unwrap_or_default().to_owned();
                self.public(&child, &item, &format!("{prefix}::{name}"), open)?;
            }
        }
        Ok(())
    }

    /// A `pub use`: the item it names, at the name it gives.
    fn reexport(
        &mut self,
        reexport: &Value,
        prefix: &str,
        open: &mut Vec<String>,
    ) -> Result<(), String> {
        let name = reexport["name"].as_str().unwrap_or_default();
        let target = match reexport["id"].as_null() {
            Some(()) => None,
            None => Some(item_id(&reexport["id"])?),
        };
        let Some((target, item)) = target.and_then(|t| self.item(&t).cloned().map(|i| (t, i)))
        else {
            // An item of another crate: its path is the source's.
            let source = reexport["source"].as_str().unwrap_or_default();
            self.lines.insert(format!("{prefix}::{name} = {source}"));
            return Ok(());
        };
        if reexport["is_glob"].as_bool() == Some(true) {
            return self.module(&target, prefix, open);
        }
        self.public(&target, &item, &format!("{prefix}::{name}"), open)
    }

    /// One public item at `path`, with what a user reaches through it.
    fn public(
        &mut self,
        id: &str,
        item: &Value,
        path: &str,
        open: &mut Vec<String>,
    ) -> Result<(), String> {
        let kind = item["inner"]
            .as_object()
            .and_then(|inner| inner.keys().next())
            .ok_or_else(|| format!("{path}: an item of no kind"))?
            .clone();
        self.lines.insert(format!("{path} {kind}"));
        match kind.as_str() {
            "module" if !open.contains(&id.to_owned()) => {
                open.push(id.to_owned());
                self.module(id, path, open)?;
                open.pop();
            }
            "enum" => {
                for variant in array(&item["inner"]["enum"]["variants"]) {
                    self.member(&item_id(variant)?, path);
                }
                self.inherent(&item["inner"]["enum"]["impls"], path)?;
            }
            "struct" => self.inherent(&item["inner"]["struct"]["impls"], path)?,
            "trait" => {
                for member in array(&item["inner"]["trait"]["items"]) {
                    self.member(&item_id(member)?, path);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The items of a type's inherent impls.
    fn inherent(&mut self, impls: &Value, path: &str) -> Result<(), String> {
        for imp in array(impls) {
            let Some(imp) = self.item(&item_id(imp)?).cloned() else {
                continue;
            };
            if imp["inner"]["impl"]["trait"].is_null() {
                for member in array(&imp["inner"]["impl"]["items"]) {
                    self.member(&item_id(member)?, path);
                }
            }
        }
        Ok(())
    }

    fn member(&mut self, id: &str, path: &str) {
        if let Some(item) = self.item(id) {
            let name = item["name"].as_str().unwrap_or_default();
            let kind = item["inner"]
                .as_object()
                .and_then(|inner| inner.keys().next())
                .map_or("item", String::as_str);
            self.lines.insert(format!("{path}::{name} {kind}"));
        }
    }
}

fn array(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

/// An item id, a number or a string depending on the format version.
fn item_id(value: &Value) -> Result<String, String> {
    match value {
        Value::Number(number) => Ok(number.to_string()),
        Value::String(text) => Ok(text.clone()),
        other => Err(format!("not an item id: {other}")),
    }
}
