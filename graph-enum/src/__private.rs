//! What the derive's generated code calls. Not a public API: the derive and this
//! crate are always the same release (the dependency is pinned with `=`).

pub use core::convert::{From, TryFrom};
pub use core::fmt::{Display, Formatter, Result as FmtResult};
pub use core::option::Option::{self, None, Some};
pub use core::primitive::i64;
pub use core::result::Result::{self, Err, Ok};
pub use core::str::FromStr;

use crate::{Member, ParseError, UnknownValue, ValueError};

/// OData's numeric enum text (`"2"`), as an `i64`.
#[must_use]
pub const fn parse_integer(text: &str) -> Option<i64> {
    crate::integer::parse_integer(text)
}

/// A lossless unknown from text that matched no member.
#[must_use]
pub fn unknown_text(text: &str) -> UnknownValue {
    UnknownValue::from_text(text)
}

/// A lossless unknown from a value that matched no member.
#[must_use]
pub fn unknown_integer(value: impl Into<i64>) -> UnknownValue {
    UnknownValue::from_integer(value.into())
}

/// The value of a lossless unknown, when it is a number that fits `R`.
#[must_use]
pub fn unknown_value<R: TryFrom<i64>>(unknown: &UnknownValue) -> Option<R> {
    unknown.value().and_then(|value| R::try_from(value).ok())
}

/// A closed enum's parse failure.
#[cold]
#[must_use]
pub fn parse_error(type_name: &'static str, members: &'static [Member], input: &str) -> ParseError {
    ParseError::new(type_name, members, input)
}

/// A closed enum's `TryFrom<R>` failure.
#[cold]
#[must_use]
pub fn value_error(type_name: &'static str, value: impl Into<i64>) -> ValueError {
    ValueError::new(type_name, value.into())
}

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
