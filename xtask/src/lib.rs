//! graph-enum's repository tooling, run as `cargo xtask <task>` (the alias is
//! in `.cargo/config.toml`). Not published: it knows this repository's layout,
//! which the published generator must not.
//!
//! | Task | What it does |
//! |---|---|
//! | `cargo xtask catalogues` | Regenerates `graph_enum::v1` and `graph_enum::beta` and the corpus tests' lists of their types from `xtask/metadata/`. |
//! | `cargo xtask catalogues --check` | Fails if the committed files differ from what the metadata generates. |
//! | `cargo xtask expand` | Writes `graph-enum-derive/tests/expand/*.full.rs`: each shape's full expansion, the runtime's macros expanded, as rustc prints it. |
//! | `cargo xtask expand --check` | Fails if an expansion differs from its snapshot. |
//! | `cargo xtask public-api` | Writes `graph-enum/public-api.txt`: every public path of the runtime crate, from rustdoc's JSON. |
//! | `cargo xtask public-api --check` | Fails if the public paths differ from the committed list. |

mod catalogues;
mod expand;
mod public_api;

pub use crate::catalogues::catalogue_files;
pub use crate::expand::full_expansions;
pub use crate::public_api::{public_api, FILE as PUBLIC_API_FILE};

use std::path::{Path, PathBuf};

/// The workspace root, where the catalogues are.
#[must_use]
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}
