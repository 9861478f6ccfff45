//! The contract between `#[derive(GraphEnum)]` and this crate: everything the
//! generated code names that is not public API. Not a public API itself: the
//! derive and this crate are always the same release (the dependency is pinned
//! with `=`), so any of it may change in any release.
//!
//! The conversions live here as generic functions over [`GraphEnum`]'s hidden
//! items, so each derived enum expands to tables and one-line impls: `cargo
//! check` type-checks these bodies once, not once per enum. The expansion
//! snapshots (`graph-enum-derive/tests/expand/*.expanded.rs`) show the calls;
//! the impls the macros write are in `derived_impls.rs`. Generated code names
//! items of `core` as `::core::…`; the derive's own tokens name this crate as
//! `<crate>::…` (`::graph_enum`, or `#[graph_enum(crate = "...")]`), the
//! macros as `$crate`.
//!
//! | Item | Emitted or called for |
//! |---|---|
//! | [`GraphEnum`]: `ALL`, `IS_FLAGS` (public), `__NAMES`, `__VALUES`, `__LOOKUP`, `__FALLBACK_DESCRIPTION` | The tables: wire names and values in `MEMBERS` order, the name lookup, the fallback's doc comment. |
//! | [`GraphEnum`]: `__index`, `__from_index`, `__index_of`, `__fallback`, `__unknown_text` | The five matches the generic code cannot write: variant ↔ position, value → position, undeclared input → fallback, a lossless fallback's text. |
//! | `__graph_enum_index` (inherent, on the user's type) | The position as a `const fn`, so the inherent `description` and `is_unknown` are `const`. |
//! | [`GraphFlags`](crate::GraphFlags): `__BITS_BY_VALUE` (and the defaulted `__SENTINEL`, `__DECLARED_BITS`, `__ZERO`, `__MEMBER_OF_BIT`) | A bits set's writing order, computed by the derive; the rest by `const` evaluation of `MEMBERS`. |
//! | [`Member`]: `__table`, `__localize` | `MEMBERS` from parallel arrays in one `const` call, translations per member. |
//! | [`Lookup`], [`Hash`] | The name lookup the derive built with `graph_enum_rules::lookup`. |
//! | [`Undeclared`] | Input no member matches, handed to `__fallback`. |
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

use crate::{GraphEnum, Member};

/// An enum's name lookup, built by the derive (`graph_enum_rules::lookup`).
pub type Lookup = graph_enum_rules::lookup::Lookup<'static>;
/// The perfect hash inside a [`Lookup`].
pub type Hash = graph_enum_rules::lookup::Hash<'static>;
pub use crate::parse::{parse, parse_or_fallback};

/// The inherent `value` of a closed or lossy enum.
#[inline]
#[must_use]
pub const fn value<R: Copy>(values: &[R], index: usize) -> Option<R> {
    if index < values.len() {
        Some(values[index])
    } else {
        None
    }
}

/// The inherent `description`: the member's, the fallback's past the end.
#[inline]
#[must_use]
pub const fn description(
    members: &[Member],
    index: usize,
    fallback: &'static str,
) -> Option<&'static str> {
    if index < members.len() {
        members[index].description
    } else {
        text(fallback)
    }
}

/// A description the derive wrote as a plain string, `""` for none: in the
/// v1 catalogue's self-profile a string constant took about a third of the
/// time of one written `Option::Some(..)` through its path (BENCHMARKS.md),
/// and a crate of hundreds of enums has thousands of them (the derive reads
/// an empty description as none).
#[inline]
#[must_use]
pub const fn text(text: &'static str) -> Option<&'static str> {
    if text.is_empty() {
        None
    } else {
        Some(text)
    }
}

/// Input no declared member matches, for `GraphEnum::__fallback`.
#[derive(Clone, Copy, Debug)]
pub enum Undeclared<'a> {
    /// Text that is neither a declared name nor a declared value's number.
    Text(&'a str),
    /// An integer that is no declared value.
    Integer(i64),
}

impl core::fmt::Display for Undeclared<'_> {
    fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Undeclared::Text(text) => formatter.write_str(text),
            Undeclared::Integer(value) => value.fmt(formatter),
        }
    }
}

/// The payload of a lossless fallback variant.
#[cfg(feature = "alloc")]
#[must_use]
pub fn undeclared_value<E>(undeclared: Undeclared<'_>) -> crate::UnknownValue<E> {
    match undeclared {
        Undeclared::Text(text) => crate::UnknownValue::from_text(text),
        Undeclared::Integer(value) => crate::UnknownValue::from_integer(value),
    }
}

/// `Ord` for `#[graph_enum(ord)]`: declaration order, then an unknown
/// value's text (a lossy fallback is one value), which agrees with `==`.
#[inline]
pub fn cmp<E: GraphEnum>(a: &E, b: &E) -> core::cmp::Ordering {
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
pub fn hash<E: GraphEnum, H: core::hash::Hasher>(value: &E, state: &mut H) {
    state.write_usize(value.__index());
    if let Some(text) = value.__unknown_text() {
        core::hash::Hash::hash(text, state);
    }
}

/// `Debug` for `#[graph_enum(derive(Debug))]`, written as `derive(Debug)`
/// writes it: the variant's identifier, and a lossless fallback's text as
/// its one field (`Unknown("text")`). `variants` are the identifiers in
/// `__index` order, the fallback's last.
pub fn debug<E: GraphEnum>(
    value: &E,
    formatter: &mut core::fmt::Formatter<'_>,
    variants: &[&str],
) -> core::fmt::Result {
    let variant = variants[value.__index()];
    match value.__unknown_text() {
        Some(text) => formatter.debug_tuple(variant).field(&text).finish(),
        None => formatter.write_str(variant),
    }
}

/// `From<integer>` of an open enum: the member with `value`, else the
/// fallback made of it.
#[inline]
pub fn member_or_fallback<E: GraphEnum>(value: E::Value) -> E {
    match E::__index_of(value).and_then(E::__from_index) {
        Some(member) => member,
        None => {
            let undeclared = Undeclared::Integer(value.into());
            crate::trace::undeclared::<E>(undeclared);
            open_fallback(undeclared)
        }
    }
}

/// An open enum's fallback, which `GraphEnum::__fallback` always returns: the
/// generic conversions call it, so no derived impl carries a closure of its
/// own to build it (one body fewer per enum to type-check).
#[inline]
pub(crate) fn open_fallback<E: GraphEnum>(undeclared: Undeclared<'_>) -> E {
    match E::__fallback(undeclared) {
        Some(fallback) => fallback,
        None => unreachable!("only an enum with a fallback has values no member matches"),
    }
}

/// The lossless fallback's payload, or a clear error without `alloc`.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_unknown_value {
    ($ty:ty, $undeclared:expr) => {
        $crate::__private::undeclared_value::<$ty>($undeclared)
    };
}
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_unknown_value {
    ($($input:tt)*) => {
        ::core::compile_error!(
            "a lossless fallback variant (holding an `UnknownValue`) needs graph-enum's `alloc` feature"
        )
    };
}
pub use crate::__graph_enum_unknown_value as unknown_value;

/// A flags enum's `GraphFlags` and `a | b`, or a clear error without `alloc`
/// (a `Flags` set keeps its unknown parts in a `Vec`).
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_flags {
    ($ty:ident, $kind:ident, [$($by_value:literal),*]) => {
        #[automatically_derived]
        impl $crate::GraphFlags for $ty {
            const KIND: $crate::FlagsKind = $crate::FlagsKind::$kind;
            const __BITS_BY_VALUE: &'static [::core::primitive::u16] = &[$($by_value),*];
        }

        #[automatically_derived]
        impl ::core::ops::BitOr for $ty {
            type Output = $crate::Flags<Self>;

            #[inline]
            fn bitor(self, other: Self) -> $crate::Flags<Self> {
                <$crate::Flags<Self> as ::core::convert::From<Self>>::from(self) | other
            }
        }
    };
}
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_flags {
    ($($input:tt)*) => {
        ::core::compile_error!("`#[graph_enum(flags)]` needs graph-enum's `alloc` feature");
    };
}
pub use crate::__graph_enum_impl_flags as impl_flags;

pub use crate::__graph_enum_impl_conversions as impl_conversions;
pub use crate::__graph_enum_impl_enum as impl_enum;
pub use crate::__graph_enum_impl_std as impl_std;
pub use crate::__graph_enum_stub_impls as stub_impls;

/// The impls of an optional integration: the feature's macro with the
/// feature, else one that expands to nothing, so the derive always invokes it.
macro_rules! integration {
    ($feature:literal, $name:ident, $with:ident, $without:ident $(, $reexport:path)*) => {
        #[cfg(feature = $feature)]
        pub use crate::$with as $name;
        $(
            #[cfg(feature = $feature)]
            pub use $reexport;
        )*
        #[cfg(not(feature = $feature))]
        pub use crate::$without as $name;
    };
}

/// The derive's call of an integration whose feature is off.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_without_feature {
    ($ty:ident) => {};
}

integration!(
    "serde",
    impl_serde,
    __graph_enum_impl_serde,
    __graph_enum_without_feature,
    crate::serde::deserialize,
    crate::serde::serialize,
    ::serde
);
integration!(
    "clap",
    impl_clap,
    __graph_enum_impl_clap,
    __graph_enum_without_feature,
    ::clap
);
integration!(
    "sqlx",
    impl_sqlx,
    __graph_enum_impl_sqlx,
    __graph_enum_without_feature,
    ::sqlx
);
integration!(
    "schemars",
    impl_schemars,
    __graph_enum_impl_schemars,
    __graph_enum_without_feature,
    ::schemars
);
integration!(
    "utoipa",
    impl_utoipa,
    __graph_enum_impl_utoipa,
    __graph_enum_without_feature,
    ::utoipa
);
integration!(
    "arbitrary",
    impl_arbitrary,
    __graph_enum_impl_arbitrary,
    __graph_enum_without_feature,
    ::arbitrary
);

/// The integrations other than serde, in one invocation per enum: with none
/// of their features on (the default, and a serde-only build) it expands to
/// nothing at once, so the catalogues' 2,722 enums pay for one empty macro
/// each, not five.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_integrations {
    ($ty:ident) => {
        $crate::__private::impl_clap!($ty);
        $crate::__private::impl_sqlx!($ty);
        $crate::__private::impl_schemars!($ty);
        $crate::__private::impl_utoipa!($ty);
        $crate::__private::impl_arbitrary!($ty);
    };
}
#[cfg(any(
    feature = "clap",
    feature = "sqlx",
    feature = "schemars",
    feature = "utoipa",
    feature = "arbitrary"
))]
pub use crate::__graph_enum_impl_integrations as impl_integrations;
#[cfg(not(any(
    feature = "clap",
    feature = "sqlx",
    feature = "schemars",
    feature = "utoipa",
    feature = "arbitrary"
)))]
pub use crate::__graph_enum_without_feature as impl_integrations;

#[cfg(feature = "alloc")]
pub use alloc::borrow::Cow;
#[cfg(feature = "alloc")]
pub use alloc::string::String;
