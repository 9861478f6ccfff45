//! The contract between `#[derive(GraphEnum)]` and this crate: everything the
//! generated code names that is not public API. Not a public API itself: the
//! derive and this crate are always the same release (the dependency is pinned
//! with `=`), so any of it may change in any release.
//!
//! A facade: the macros the derive calls (`impls.rs`, and `integrations.rs`
//! for the optional features) and re-exports of the generic functions their
//! bodies call, which live in the modules that own them (reading in `parse`,
//! names and descriptions in `member`, the std traits in `std_traits`). Each
//! derived enum expands to tables and one-line impls: `cargo check`
//! type-checks the generic bodies once, not once per enum. No other module
//! of this crate imports from here. Generated code names items of `core` as
//! `::core::…`; the derive's own tokens name this crate as `<crate>::…`
//! (`::graph_enum`, or `#[graph_enum(crate = "...")]`), the macros as
//! `$crate`.
//!
//! | Item | Emitted or called for |
//! |---|---|
//! | [`GraphEnum`](crate::GraphEnum): `ALL`, `IS_FLAGS` (public), `__NAMES`, `__VALUES`, `__LOOKUP`, `__FALLBACK_DESCRIPTION` | The tables: wire names and values in `MEMBERS` order, the name lookup, the fallback's doc comment. |
//! | [`GraphEnum`](crate::GraphEnum): `__index`, `__from_index`, `__index_of`, `__fallback`, `__unknown_text` | The five matches the generic code cannot write: variant ↔ position, value → position, undeclared input → fallback, a lossless fallback's text. |
//! | `__graph_enum_index` (inherent, on the user's type) | The position as a `const fn`, so the inherent `description` and `is_unknown` are `const`. |
//! | [`GraphFlags`](crate::GraphFlags): `__BITS_BY_VALUE` (and the defaulted `__SENTINEL`, `__DECLARED_BITS`, `__ZERO`, `__MEMBER_OF_BIT`) | A bits set's writing order, computed by the derive; the rest by `const` evaluation of `MEMBERS`. |
//! | [`Member`](crate::Member): `__table`, `__localize` | `MEMBERS` from parallel arrays in one `const` call, translations per member. |
//! | [`Lookup`], [`Hash`](type@Hash) | The name lookup the derive built with `graph_enum_rules::lookup`. |
//! | [`Undeclared`], [`undeclared_value`] | Input no member matches, handed to `__fallback`; a lossless fallback's payload made of it. |
//! | [`impl_enum!`] | The inherent impl and the `GraphEnum` impl, from one list of the members (variant, position, wire name, value) and the derive's `MEMBERS` and per-enum items. |
//! | [`impl_conversions!`] | `FromStr`, `Display`, and `From` (open enums) or `TryFrom` (closed ones) of text and of the repr integer, `From<E>` for the integer (closed). |
//! | [`impl_std!`] | One std trait: `Ord` and `PartialOrd` for `#[graph_enum(ord)]`, `Clone`, `Debug`, `PartialEq`, `Eq` or `Hash` for `#[graph_enum(derive(...))]`. |
//! | [`parse`], [`parse_or_fallback`] | `FromStr`; `TryFrom<&str>` of a closed enum, `From<&str>` of an open one. |
//! | [`value`], [`description`] | The inherent `value` (closed and lossy enums) and `description`. |
//! | [`text`] | `""` as no description: `MEMBERS`' descriptions and `__FALLBACK_DESCRIPTION` are written as plain strings. |
//! | [`member_or_fallback`] | `From<integer>` of an open enum. |
//! | [`cmp`], [`clone`], [`debug`], [`eq`], [`hash`] | The bodies of [`impl_std!`] (`Eq` has none). |
//! | [`unknown_value!`] | A lossless fallback's payload, or a clear error without `alloc`. |
//! | [`impl_flags!`] | `GraphFlags` and `a \| b` for `#[graph_enum(flags)]`, or a clear error without `alloc`. |
//! | [`impl_serde!`] | `Serialize` and `Deserialize` with the `serde` feature, nothing without. |
//! | [`impl_integrations!`] | The five below, or nothing at once when none of their features is on. |
//! | [`impl_clap!`] | clap's `ValueParserFactory` with the `clap` feature, nothing without. |
//! | [`impl_sqlx!`] | sqlx's `Type`, `Encode`, `Decode` with the `sqlx` feature (calling `graph_enum::sqlx::{encode, decode}`), nothing without. |
//! | [`impl_schemars!`] | `JsonSchema` with the `schemars` feature (calling `graph_enum::schemars::{json_schema, schema_id}`), nothing without. |
//! | [`impl_utoipa!`] | `PartialSchema` and `ToSchema` with the `utoipa` feature (calling `graph_enum::utoipa::value_schema`), nothing without. |
//! | [`impl_arbitrary!`] | `Arbitrary` with the `arbitrary` feature (calling `graph_enum::arbitrary::arbitrary`), nothing without. |
//! | [`stub_impls!`] | On a derive error: the impls, with bodies never run, so the errors are the only ones. |

mod impls;
mod integrations;

pub use self::integrations::*;
pub use crate::lookup::{Hash, Lookup};
pub use crate::member::{description, text, value};
pub use crate::parse::{member_or_fallback, parse, parse_or_fallback};
pub use crate::std_traits::{clone, cmp, debug, eq, hash};
pub use crate::undeclared::Undeclared;
#[cfg(feature = "alloc")]
pub use crate::unknown::undeclared_value;

pub use crate::__graph_enum_impl_conversions as impl_conversions;
pub use crate::__graph_enum_impl_enum as impl_enum;
pub use crate::__graph_enum_impl_flags as impl_flags;
pub use crate::__graph_enum_impl_std as impl_std;
pub use crate::__graph_enum_stub_impls as stub_impls;
pub use crate::__graph_enum_unknown_value as unknown_value;

#[cfg(feature = "alloc")]
pub use alloc::borrow::Cow;
#[cfg(feature = "alloc")]
pub use alloc::string::String;
