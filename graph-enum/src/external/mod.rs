//! The integrations with other crates, one file (or folder) per crate, each
//! behind the feature of the same name and public at the crate root
//! (`graph_enum::serde`, `graph_enum::clap`, ...). They build on the core
//! modules and nothing builds on them.
//!
//! Adding one, for a crate `foo`:
//! 1. `Cargo.toml`: an optional dependency and a feature `foo = ["dep:foo"]`
//!    (adding `std` or `alloc` when it needs them); features stay additive.
//! 2. `external/foo.rs`: the public, generic functions the impls call, the
//!    impls for `Flags<E>`, and module docs with a runnable example.
//! 3. `__private/integrations.rs`: the `__graph_enum_impl_foo!` macro the
//!    derive's output invokes for each enum, a line in `integration!` and in
//!    `impl_integrations!`, so it expands to nothing without the feature.
//! 4. `lib.rs`: `pub use crate::external::foo;` under the feature.
//! 5. Tests with the real crate in `tests/integrations/tests/foo.rs`, and a
//!    line in the README's "Works with".

#[cfg(feature = "arbitrary")]
pub mod arbitrary;
#[cfg(feature = "clap")]
pub mod clap;
#[cfg(any(feature = "schemars", feature = "utoipa"))]
mod schema;
#[cfg(feature = "schemars")]
pub mod schemars;
#[cfg(feature = "serde")]
pub mod serde;
#[cfg(feature = "sqlx")]
pub mod sqlx;
#[cfg(feature = "utoipa")]
pub mod utoipa;
