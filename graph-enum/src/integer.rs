//! The integer types a Graph enum's values can have, and the parser for OData's
//! numeric enum text.

use core::fmt::{Debug, Display};
use core::hash::Hash;

/// An integer type that can carry the values of a [`GraphEnum`](crate::GraphEnum):
/// the enum's `#[repr]` type.
///
/// Implemented for `i8`, `i16`, `i32` (Graph's `Edm.Int32`, the default),
/// `i64` (`Edm.Int64`), `u8` (`Edm.Byte`), `u16` and `u32`: every type whose
/// values all fit in the `i64` of [`Member::value`](crate::Member::value).
/// The trait is sealed; it exists so generic code can name `E::Value`.
pub trait Integer:
    Copy + Eq + Ord + Hash + Debug + Display + Into<i64> + TryFrom<i64> + sealed::Sealed + 'static
{
}

macro_rules! integers {
    ($($ty:ty)*) => {$(
        impl sealed::Sealed for $ty {}
        impl Integer for $ty {}
    )*};
}
integers!(i8 i16 i32 i64 u8 u16 u32);

mod sealed {
    pub trait Sealed {}
}

/// OData's numeric form of an enum value (`int64Value`): the rule the derive
/// checks numeric wire names with.
pub(crate) use graph_enum_rules::number::parse_integer;

/// The decimal text of an integer, on the stack: turns a JSON number into the
/// text `FromStr` takes without allocating.
#[cfg(any(feature = "alloc", feature = "serde"))]
pub(crate) struct IntegerText {
    buffer: [u8; 40],
    start: usize,
}

#[cfg(any(feature = "alloc", feature = "serde"))]
impl IntegerText {
    pub(crate) fn new(value: i128) -> Self {
        let mut buffer = [0u8; 40];
        let mut start = buffer.len();
        let mut rest = value.unsigned_abs();
        loop {
            start -= 1;
            // `rest % 10` is a single digit, so the cast cannot truncate.
            buffer[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if value < 0 {
            start -= 1;
            buffer[start] = b'-';
        }
        IntegerText { buffer, start }
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits and '-' were written.
        core::str::from_utf8(&self.buffer[self.start..]).unwrap_or_default()
    }
}

#[cfg(test)]
mod text_tests {
    use super::IntegerText;
    use alloc::string::ToString;

    #[test]
    fn matches_std_formatting() {
        for value in [
            0,
            1,
            -1,
            9,
            10,
            -10,
            i128::from(i64::MIN),
            i128::from(u64::MAX),
            i128::MIN,
            i128::MAX,
        ] {
            assert_eq!(IntegerText::new(value).as_str(), value.to_string());
        }
    }
}
