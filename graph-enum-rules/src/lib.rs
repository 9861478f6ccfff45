//! The rules of [graph-enum](https://docs.rs/graph-enum), written once and
//! shared by its three front ends: the derive (`graph-enum-derive`), the runtime
//! (`graph-enum`) and the generator (`graph-enum-codegen`).
//!
//! Each front end only translates: the derive turns `syn` input into a
//! [`model::EnumType`] and maps each [`model::Problem`] to a span; the generator
//! turns CSDL or JSON into the same model and maps problems to file positions;
//! the runtime reads the tables the derive built with [`lookup`]'s probe. So
//! what the generator accepts, the derive accepts, and what the derive builds,
//! the runtime reads.
//!
//! | Module | The rule |
//! |---|---|
//! | [`number`] | OData's numeric form of an enum value (`"-5"`, `"+09"`). |
//! | [`repr`] | The integer types a value can have, their ranges and `Edm` names. |
//! | [`flags`] | How a flags enum's members make up a set, and its size limit. |
//! | [`naming`] | Wire names from identifiers, `rename_all`, OData identifiers (feature `alloc`). |
//! | [`docs`] | Descriptions from doc comments (feature `alloc`). |
//! | [`lookup`] | The perfect hash over wire names: probe, and builder (feature `build`). |
//! | [`model`] | An enum type as plain data and every check on it (feature `alloc`). |
//!
//! This crate is not a public API of graph-enum: its crates pin it with `=`,
//! and it changes with them.
//!
//! It is written for its own build as well: the derive builds it unoptimised
//! for every user, and each iterator adapter, sort or string search of the
//! standard library it instantiates is code rustc generates there. So the
//! checks and the table builder use plain loops, one sort (of `(i128, usize)`
//! pairs) and `push_str` (BENCHMARKS.md, "Compile cost").

#![no_std]
#![forbid(unsafe_code)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(test)]
extern crate std;

#[cfg(feature = "alloc")]
pub mod docs;
pub mod flags;
pub mod lookup;
#[cfg(feature = "alloc")]
pub mod model;
#[cfg(feature = "alloc")]
pub mod naming;
pub mod number;
pub mod repr;

/// The namespace of an enum type that names none: Microsoft Graph's.
pub const DEFAULT_NAMESPACE: &str = "microsoft.graph";

/// The wire name of Graph's evolvable-enum sentinel. Graph sends it in place of
/// members declared after it to clients that did not ask for them.
pub const SENTINEL: &str = "unknownFutureValue";

/// Whether `name` is the sentinel: [`SENTINEL`] in any ASCII case, as Graph's
/// schemas spell it more than one way.
#[must_use]
pub fn is_sentinel(name: &str) -> bool {
    name.eq_ignore_ascii_case(SENTINEL)
}

/// Sorts `(key, position)` pairs. Every sort of the builder and the checks
/// sorts this one type (names by their hash), so the standard library's sort
/// is compiled once: each instantiation of it cost this crate's build about
/// 0.03 s of CPU, which every user of the derive pays.
#[cfg(feature = "alloc")]
pub(crate) fn sort_pairs(pairs: &mut [(i128, usize)]) {
    pairs.sort_unstable();
}
