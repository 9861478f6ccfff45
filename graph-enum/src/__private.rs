//! What the derive's generated code calls. Not a public API: the derive and this
//! crate are always the same release (the dependency is pinned with `=`).
//!
//! The conversions live here as generic functions over [`GraphEnum`](crate::GraphEnum)'s hidden
//! items, so each derived enum expands to tables and one-line impls: `cargo
//! check` type-checks these bodies once, not once per enum.

pub use core::convert::{From, TryFrom};
pub use core::fmt::{Display, Formatter, Result as FmtResult};
pub use core::option::Option::{self, None, Some};
pub use core::result::Result::{self, Err, Ok};
pub use core::str::FromStr;

/// An enum's name lookup, built by the derive (`graph_enum_rules::lookup`).
pub type Lookup = graph_enum_rules::lookup::Lookup<'static>;
/// The perfect hash inside a [`Lookup`].
pub type Hash = graph_enum_rules::lookup::Hash<'static>;
pub use crate::parse::parse;

use crate::Member;

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
    fallback: Option<&'static str>,
) -> Option<&'static str> {
    if index < members.len() {
        members[index].description
    } else {
        fallback
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

/// The payload of a lossless fallback variant.
#[cfg(feature = "alloc")]
#[must_use]
pub fn undeclared_value(undeclared: Undeclared<'_>) -> crate::UnknownValue {
    match undeclared {
        Undeclared::Text(text) => crate::UnknownValue::from_text(text),
        Undeclared::Integer(value) => crate::UnknownValue::from_integer(value),
    }
}

/// A lossless unknown from a value that matched no member.
#[cfg(feature = "alloc")]
#[must_use]
pub fn unknown_integer(value: impl Into<i64>) -> crate::UnknownValue {
    crate::UnknownValue::from_integer(value.into())
}

/// The lossless fallback's payload, or a clear error without `alloc`.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_unknown_value {
    ($undeclared:expr) => {
        $crate::__private::undeclared_value($undeclared)
    };
    (integer $value:expr) => {
        $crate::__private::unknown_integer($value)
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
                <$crate::Flags<Self> as $crate::__private::From<Self>>::from(self) | other
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

#[cfg(feature = "serde")]
pub use crate::__graph_enum_impl_serde as impl_serde;
#[cfg(feature = "serde")]
pub use crate::serde::{deserialize, serialize};
#[cfg(feature = "serde")]
pub use ::serde;

/// Without the `serde` feature the derive's serde impls are nothing.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_no_serde {
    ($ty:ident) => {};
}
#[cfg(not(feature = "serde"))]
pub use crate::__graph_enum_no_serde as impl_serde;
