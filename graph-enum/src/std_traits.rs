//! The std traits the derive writes for `#[graph_enum(ord)]` and
//! `#[graph_enum(derive(...))]`: generic bodies over the trait's hidden
//! items, each agreeing with what `#[derive]` on the enum would do.

use core::cmp::Ordering;
use core::fmt;
use core::hash::Hasher;

use crate::enum_trait::GraphEnum;
use crate::parse::open_fallback;
use crate::undeclared::Undeclared;

/// `Ord` for `#[graph_enum(ord)]`: declaration order, then an unknown
/// value's text (a lossy fallback is one value), which agrees with `==`.
#[inline]
pub fn cmp<E: GraphEnum>(a: &E, b: &E) -> Ordering {
    a.__index()
        .cmp(&b.__index())
        .then_with(|| a.__unknown_text().cmp(&b.__unknown_text()))
}

/// `Clone` for `#[graph_enum(derive(Clone))]`: the member at the same
/// position, or the fallback rebuilt from the unknown value's text, which
/// gives an equal `UnknownValue` (its text is all it holds).
#[inline]
pub fn clone<E: GraphEnum>(value: &E) -> E {
    match E::__from_index(value.__index()) {
        Some(member) => member,
        None => open_fallback(Undeclared::Text(value.__unknown_text().unwrap_or(""))),
    }
}

/// `PartialEq` for `#[graph_enum(derive(PartialEq))]`: the same member, or
/// unknown values with the same text, as `derive(PartialEq)` compares them.
#[inline]
pub fn eq<E: GraphEnum>(a: &E, b: &E) -> bool {
    a.__index() == b.__index() && a.__unknown_text() == b.__unknown_text()
}

/// `Hash` for `#[graph_enum(derive(Hash))]`: what [`eq`] compares, so equal
/// values hash alike.
#[inline]
pub fn hash<E: GraphEnum, H: Hasher>(value: &E, state: &mut H) {
    state.write_usize(value.__index());
    if let Some(text) = value.__unknown_text() {
        core::hash::Hash::hash(text, state);
    }
}

/// `Debug` for `#[graph_enum(derive(Debug))]`, written as `derive(Debug)`
/// writes it: the variant's identifier, and a lossless fallback's text as
/// its one field (`Unknown("text")`). `variants` are the identifiers in
/// `__index` order, the fallback's last.
///
/// # Errors
/// Those of the formatter.
pub fn debug<E: GraphEnum>(
    value: &E,
    formatter: &mut fmt::Formatter<'_>,
    variants: &[&str],
) -> fmt::Result {
    let variant = variants[value.__index()];
    match value.__unknown_text() {
        Some(text) => formatter.debug_tuple(variant).field(&text).finish(),
        None => formatter.write_str(variant),
    }
}
