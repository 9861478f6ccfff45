//! graph-enum's repository tooling, run as `cargo xtask <task>` (the alias is
//! in `.cargo/config.toml`). Not published: it knows this repository's layout,
//! which the published generator must not.
//!
//! | Task | What it does |
//! |---|---|
//! | `cargo xtask catalogues` | Regenerates `graph_enum::v1` and `graph_enum::beta` and the corpus tests' lists of their types from `xtask/metadata/`. |
//! | `cargo xtask catalogues --check` | Fails if the committed files differ from what the metadata generates. |

mod catalogues;

pub use crate::catalogues::catalogue_files;

use std::path::{Path, PathBuf};

/// The workspace root, where the catalogues are.
#[must_use]
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}
