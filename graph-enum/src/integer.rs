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

/// Parses OData's numeric form of an enum value: an optional sign and 1 to 19
/// decimal digits (`int64Value` in the OData ABNF), nothing else.
///
/// Returns `None` for anything that is not such a literal or does not fit in
/// `i64`. Deliberately stricter than `i64::from_str` in nothing and looser in
/// nothing, so every implementation of the derive agrees on what "numeric" means.
#[must_use]
pub(crate) const fn parse_integer(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    let (negative, start) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        Some(_) => (false, 0),
        None => return None,
    };
    let digits = bytes.len() - start;
    if digits == 0 || digits > 19 {
        return None;
    }
    // Accumulate towards the negative side: i64::MIN has no positive twin.
    let mut value: i64 = 0;
    let mut index = start;
    while index < bytes.len() {
        let byte = bytes[index];
        if !byte.is_ascii_digit() {
            return None;
        }
        let digit = (byte - b'0') as i64;
        value = match value.checked_mul(10) {
            Some(shifted) => match shifted.checked_sub(digit) {
                Some(next) => next,
                None => return None,
            },
            None => return None,
        };
        index += 1;
    }
    if negative {
        Some(value)
    } else {
        value.checked_neg()
    }
}

#[cfg(test)]
mod tests {
    use super::parse_integer;
    use alloc::string::ToString;

    #[test]
    fn accepts_odata_int64_literals() {
        assert_eq!(parse_integer("0"), Some(0));
        assert_eq!(parse_integer("42"), Some(42));
        assert_eq!(parse_integer("+42"), Some(42));
        assert_eq!(parse_integer("-42"), Some(-42));
        assert_eq!(parse_integer("007"), Some(7));
        assert_eq!(parse_integer("9223372036854775807"), Some(i64::MAX));
        assert_eq!(parse_integer("-9223372036854775808"), Some(i64::MIN));
    }

    #[test]
    fn rejects_everything_else() {
        for text in [
            "",
            "-",
            "+",
            " 1",
            "1 ",
            "1.0",
            "0x10",
            "1e3",
            "--1",
            "+-1",
            "١",
            "9223372036854775808",
            "-9223372036854775809",
            "00000000000000000001",
        ] {
            assert_eq!(parse_integer(text), None, "{text:?}");
        }
    }

    #[test]
    fn agrees_with_std_on_every_short_literal() {
        for n in -1000_i64..=1000 {
            assert_eq!(parse_integer(&n.to_string()), Some(n));
        }
    }
}

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
