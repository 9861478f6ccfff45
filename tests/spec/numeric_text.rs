//! SPEC.md, "Numeric text": OData's `int64Value` (a sign, 1 to 19 digits,
//! within `i64`) is a value, never a name; an undeclared one is kept in
//! canonical decimal.

use graph_enum::{GraphEnum, UnknownValue};
use graph_enum_test_support::fixtures::{Closed, Lossless, Lossy};
use proptest::prelude::*;

/// The number an undeclared value of `Lossless` holds, whatever its repr.
fn number(value: &Lossless) -> Option<i64> {
    match value {
        Lossless::Unknown(unknown) => unknown.value(),
        _ => None,
    }
}

#[test]
fn numeric_text_of_a_declared_value_gives_that_member() {
    assert_eq!("1".parse(), Ok(Closed::InProgress));
    assert_eq!("+1".parse(), Ok(Closed::InProgress));
    assert_eq!("001".parse(), Ok(Closed::InProgress));
    assert_eq!("-3".parse(), Ok(Closed::Failed));
    assert_eq!("-0003".parse(), Ok(Closed::Failed));
    assert_eq!("4000000000".parse(), Ok(Closed::AssignedToExternalMDM));
    assert_eq!("-2016336109".parse(), Ok(Closed::Tls12));
    assert_eq!("0".parse(), Ok(Lossy::Unknown));
    assert_eq!("+02".parse(), Ok(Lossless::Completed));
    // `-0` is zero.
    assert_eq!("-0".parse(), Ok(Lossless::None));
}

#[test]
fn an_undeclared_number_is_kept_in_canonical_decimal() {
    for text in ["17", "+17", "017", "+0017"] {
        let value: Lossless = text.parse().unwrap();
        assert!(value.is_unknown(), "{text:?}");
        assert_eq!(value.to_string(), "17");
        assert_eq!(value.value(), Some(17));
        assert_eq!(value, Lossless::from(17));
    }
    assert_eq!("-07".parse::<Lossless>().unwrap().to_string(), "-7");
    let value = Lossless::from(5);
    assert_eq!(value.to_string(), "5");
    assert_eq!(value, "5".parse().unwrap());
    // Refused and dropped by the other shapes, as any undeclared value.
    assert_eq!("+09".parse::<Closed>().unwrap_err().input(), "+09");
    assert_eq!("+09".parse(), Ok(Lossy::Other));
}

#[test]
fn the_limits_of_i64_are_numeric_text() {
    for (text, written, n) in [
        ("9223372036854775807", "9223372036854775807", i64::MAX),
        ("+9223372036854775807", "9223372036854775807", i64::MAX),
        ("0000000000000000009", "9", 9),
        ("-9223372036854775808", "-9223372036854775808", i64::MIN),
    ] {
        let value: Lossless = text.parse().unwrap();
        assert_eq!((value.as_str(), number(&value)), (written, Some(n)));
    }
}

#[test]
fn other_text_is_not_numeric_text() {
    for text in [
        " 2",
        "2 ",
        "2.0",
        "0x2",
        "2e0",
        "++2",
        "+-2",
        "+",
        "-",
        "",
        "١٢",
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999",
        // 20 digits, although the value is small: OData's grammar allows 19.
        "00000000000000000009",
    ] {
        // Kept byte for byte, with no number; never a member.
        let value: Lossless = text.parse().unwrap();
        assert_eq!((value.as_str(), number(&value)), (text, None), "{text:?}");
        assert_eq!(value.value(), None);
        assert!(text.parse::<Closed>().is_err(), "{text:?}");
    }
}

#[test]
fn a_number_that_does_not_fit_the_repr_has_no_value() {
    #[derive(GraphEnum, Clone, Debug, PartialEq)]
    #[repr(u8)]
    enum Byte {
        Zero = 0,
        #[graph_enum(unknown)]
        Unknown(UnknownValue<Self>),
    }
    let value: Byte = "300".parse().unwrap();
    assert_eq!(value.to_string(), "300");
    assert_eq!(value.value(), None);
    let Byte::Unknown(unknown) = &value else {
        panic!("{value:?} is not unknown")
    };
    assert_eq!(unknown.value(), Some(300));
    assert_eq!("-1".parse::<Byte>().unwrap().value(), None);
    // Lossless is an `i32`: 2^31 is kept with its number.
    let wide: Lossless = "2147483648".parse().unwrap();
    assert_eq!((wide.value(), number(&wide)), (None, Some(2_147_483_648)));
}

proptest! {
    #[test]
    fn every_spelling_of_a_number_is_one_value(
        n in any::<i64>(),
        zeros in 0_usize..3,
        plus in any::<bool>(),
    ) {
        let digits = n.unsigned_abs().to_string();
        let sign = if n < 0 { "-" } else if plus { "+" } else { "" };
        let spelt = format!("{sign}{}{digits}", "0".repeat(zeros));
        prop_assume!(digits.len() + zeros <= 19);
        let value: Lossless = spelt.parse().unwrap();
        let canonical: Lossless = n.to_string().parse().unwrap();
        prop_assert_eq!(&value, &canonical);
        prop_assert_eq!(value.to_string().parse::<Lossless>().unwrap(), value.clone());
        if value.is_unknown() {
            prop_assert_eq!(value.to_string(), n.to_string());
            prop_assert_eq!(number(&value), Some(n));
        } else {
            prop_assert_eq!(value.member().map(|member| member.value), Some(n));
        }
    }
}
