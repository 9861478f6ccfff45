//! OData's numeric form of an enum value.

/// Parses OData's numeric form of an enum value: an optional sign and 1 to 19
/// decimal digits (`int64Value` in the OData ABNF), nothing else.
///
/// Returns `None` for anything that is not such a literal or does not fit in
/// `i64`. The runtime reads numbers with it and the derive checks numeric wire
/// names with it, so both agree on what "numeric" means.
///
/// ```
/// use graph_enum_rules::number::parse_integer;
/// assert_eq!(parse_integer("+09"), Some(9));
/// assert_eq!(parse_integer("-9223372036854775808"), Some(i64::MIN));
/// assert_eq!(parse_integer(" 9"), None);
/// assert_eq!(parse_integer("9223372036854775808"), None);
/// ```
#[must_use]
#[inline]
pub const fn parse_integer(text: &str) -> Option<i64> {
    // Inlined where it is called: most text an enum reads is a name, refused
    // here by its first byte without a call.
    match text.as_bytes().first() {
        Some(b'0'..=b'9' | b'+' | b'-') => parse_sign_and_digits(text),
        _ => None,
    }
}

/// [`parse_integer`] of text that starts like a number.
const fn parse_sign_and_digits(text: &str) -> Option<i64> {
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
    use std::string::ToString;

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
