//! The conversion rules of issue #2 on the three shapes of enum: closed (no
//! fallback), lossy (unit fallback) and lossless (`UnknownValue` fallback).

use graph_enum::{Fallback, GraphEnum, ParseError, UnknownValue, ValueError};
use proptest::prelude::*;

/// Closed: unknown input is an error.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Closed {
    Alpha = 1,
    BetaGamma = 2,
    Negative = -7,
}

/// Lossy: unknown input becomes `Other`, which stays `Copy`.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
enum Lossy {
    Unknown = 0,
    Low = 1,
    High = 2,
    #[graph_enum(unknown)]
    Other,
}

/// Lossless: unknown input is kept.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i64)]
enum Lossless {
    Small = 1,
    Big = 4_000_000_000,
    Minus = -2_016_336_109,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn fallback_kind_is_reported() {
    assert_eq!(Closed::FALLBACK, Fallback::Closed);
    assert_eq!(Lossy::FALLBACK, Fallback::Lossy);
    assert_eq!(Lossless::FALLBACK, Fallback::Lossless);
}

#[test]
fn declared_names_parse_exactly_and_case_sensitively() {
    assert_eq!("alpha".parse(), Ok(Closed::Alpha));
    assert_eq!("betaGamma".parse(), Ok(Closed::BetaGamma));
    assert_eq!(Closed::try_from("negative"), Ok(Closed::Negative));
    assert!("Alpha".parse::<Closed>().is_err());
    assert!("alpha ".parse::<Closed>().is_err());
    assert!(" alpha".parse::<Closed>().is_err());
    assert!("betagamma".parse::<Closed>().is_err());
    assert_eq!("HIGH".parse(), Ok(Lossy::Other));
}

#[test]
fn numeric_text_of_a_declared_value_gives_that_member() {
    assert_eq!("1".parse(), Ok(Closed::Alpha));
    assert_eq!("+2".parse(), Ok(Closed::BetaGamma));
    assert_eq!("-7".parse(), Ok(Closed::Negative));
    assert_eq!("002".parse(), Ok(Closed::BetaGamma));
    assert_eq!("4000000000".parse(), Ok(Lossless::Big));
    assert_eq!("-2016336109".parse(), Ok(Lossless::Minus));
    assert_eq!("0".parse(), Ok(Lossy::Unknown));
}

#[test]
fn closed_enums_reject_everything_else() {
    for input in [
        "",
        "gamma",
        "3",
        "1.0",
        "0x1",
        "99999999999999999999",
        "alpha,betaGamma",
    ] {
        let error: ParseError = input.parse::<Closed>().unwrap_err();
        assert_eq!(error.type_name(), "closed");
        assert_eq!(error.input(), input);
        assert!(!error.is_truncated());
    }
}

#[test]
fn parse_error_names_type_and_input_and_suggests() {
    let error = "betagamma".parse::<Closed>().unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"invalid closed value "betagamma"; did you mean "betaGamma"?"#
    );
    assert_eq!(error.suggestion(), Some("betaGamma"));

    let error = "delta".parse::<Closed>().unwrap_err();
    assert_eq!(error.to_string(), r#"invalid closed value "delta""#);
    assert_eq!(error.suggestion(), None);

    // Quotes and control characters are escaped, not printed raw.
    let error = "a\"b\n".parse::<Closed>().unwrap_err();
    assert_eq!(error.to_string(), r#"invalid closed value "a\"b\n""#);

    let error: Box<dyn std::error::Error> = Box::new("x".parse::<Closed>().unwrap_err());
    assert!(error.source().is_none());
}

#[test]
fn long_input_is_cut_at_a_character_boundary() {
    let input = "é".repeat(100);
    let error = input.parse::<Closed>().unwrap_err();
    assert!(error.is_truncated());
    assert_eq!(error.input(), "é".repeat(32));
    assert_eq!(
        error.to_string(),
        format!(
            "invalid closed value \"{}\" (cut from 200 bytes)",
            "é".repeat(32)
        )
    );
}

#[test]
fn lossy_fallback_drops_the_input_and_prints_its_own_name() {
    for input in ["medium", "", "7", "Low"] {
        let value: Lossy = input.parse().unwrap();
        assert_eq!(value, Lossy::Other);
        assert!(value.is_unknown());
        assert_eq!(value.value(), None);
        assert_eq!(value.as_str(), "other");
        assert_eq!(value.to_string(), "other");
    }
    assert_eq!("other".parse(), Ok(Lossy::Other));
    assert_eq!(Lossy::from(9), Lossy::Other);
    assert_eq!(Lossy::from(2), Lossy::High);
    assert_eq!(Lossy::Other.member(), None);
}

#[test]
fn lossless_fallback_keeps_text_and_number() {
    let value: Lossless = "brandNew".parse().unwrap();
    let Lossless::Unknown(unknown) = &value else {
        panic!("{value:?} is not unknown")
    };
    assert_eq!(unknown.as_str(), "brandNew");
    assert_eq!(unknown.value(), None);
    assert_eq!(value.as_str(), "brandNew");
    assert_eq!(value.value(), None);
    assert!(value.is_unknown());

    // Numeric text is a value (SPEC.md, "numeric text"): every spelling of
    // 17 is one unknown value, written in canonical decimal.
    let value: Lossless = "+17".parse().unwrap();
    assert_eq!(value.to_string(), "17");
    assert_eq!(value.value(), Some(17));
    assert_eq!(value, "017".parse().unwrap());
    assert_eq!(value, Lossless::from(17));

    let value = Lossless::from(5);
    assert_eq!(value.to_string(), "5");
    assert_eq!(value.value(), Some(5));
    assert_eq!(value, "5".parse().unwrap());
}

#[test]
fn an_unknown_number_that_does_not_fit_the_repr_has_no_value() {
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
}

#[test]
fn integer_conversions() {
    assert_eq!(Closed::try_from(2), Ok(Closed::BetaGamma));
    assert_eq!(Closed::try_from(-7), Ok(Closed::Negative));
    let error: ValueError = Closed::try_from(3).unwrap_err();
    assert_eq!((error.type_name(), error.value()), ("closed", 3));
    assert_eq!(error.to_string(), "invalid closed value 3");
    assert_eq!(i32::from(Closed::Negative), -7);
    assert_eq!(Lossless::from(4_000_000_000), Lossless::Big);
    assert_eq!(Closed::from_value(1), Ok(Closed::Alpha));
    assert_eq!(
        Lossless::from_value(8).map(|value| value.to_string()),
        Ok("8".to_owned())
    );
}

#[test]
fn display_honours_width_and_alignment() {
    assert_eq!(format!("[{:>8}]", Closed::Alpha), "[   alpha]");
    assert_eq!(format!("[{:<8}]", Lossless::from(42)), "[42      ]");
}

#[test]
fn const_conversions() {
    const NAME: &str = Closed::BetaGamma.as_str();
    const VALUE: Option<i32> = Closed::Negative.value();
    const UNKNOWN: bool = Lossy::Other.is_unknown();
    const DESCRIPTION: Option<&str> = Lossy::High.description();
    assert_eq!(
        (NAME, VALUE, UNKNOWN, DESCRIPTION),
        ("betaGamma", Some(-7), true, None)
    );
}

fn every_member_round_trips<E: GraphEnum + PartialEq + std::fmt::Debug>() {
    for member in E::MEMBERS {
        let by_name: E = member.name.parse().unwrap();
        let by_number: E = member.value.to_string().parse().unwrap();
        assert_eq!(by_name, by_number);
        assert_eq!(by_name.as_str(), member.name);
        assert_eq!(by_name.to_string(), member.name);
        assert_eq!(by_name.value().map(Into::into), Some(member.value));
        assert_eq!(by_name.member(), Some(member));
        assert!(!by_name.is_unknown());
        let value = by_name.value().unwrap();
        assert_eq!(E::from_value(value).ok(), Some(by_name));
    }
}

#[test]
fn every_declared_member_round_trips_through_name_and_value() {
    every_member_round_trips::<Closed>();
    every_member_round_trips::<Lossy>();
    every_member_round_trips::<Lossless>();
    every_member_round_trips::<graph_enum::VppTokenSyncStatus>();
}

proptest! {
    #[test]
    fn any_text_survives_the_lossless_fallback(text in any::<String>()) {
        let value: Lossless = text.parse().unwrap();
        if value.is_unknown() {
            prop_assert_eq!(value.to_string(), text.clone());
            let again: Lossless = value.to_string().parse().unwrap();
            prop_assert_eq!(again, value);
        } else {
            // Only a declared name or the number of a declared value is known.
            let member = value.member().unwrap();
            prop_assert!(text == member.name || text.parse::<i64>() == Ok(member.value));
        }
    }

    #[test]
    fn any_integer_survives_the_lossless_fallback(number in any::<i64>()) {
        let value = Lossless::from(number);
        prop_assert_eq!(value.value(), Some(number));
        let again: Lossless = value.to_string().parse().unwrap();
        prop_assert_eq!(again.value(), Some(number));
        prop_assert_eq!(again, value);
    }

    #[test]
    fn closed_parse_is_ok_exactly_for_members(text in "[a-zA-Z0-9+-]{0,12}") {
        match text.parse::<Closed>() {
            Ok(value) => {
                let member = value.member().unwrap();
                prop_assert!(text == member.name || text.parse::<i64>() == Ok(member.value));
            }
            Err(error) => {
                prop_assert_eq!(error.input(), text.as_str());
                prop_assert!(Closed::MEMBERS.iter().all(|member| member.name != text));
            }
        }
    }

    #[test]
    fn identifiers_write_back_as_read(
        name in "[a-z][a-zA-Z0-9_]{0,20}",
    ) {
        let value: Lossless = name.parse().unwrap();
        prop_assert_eq!(value.as_str(), name.as_str());
    }
}

#[test]
fn a_fallback_discriminant_is_rustc_numbering_only() {
    // Without `Other = 2`, rustc would number the fallback 256 and reject the enum.
    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
    #[repr(u8)]
    enum Full {
        Low = 1,
        High = 255,
        #[graph_enum(unknown)]
        Other = 2,
    }
    assert_eq!(Full::Other.value(), None);
    assert_eq!(Full::from(2), Full::Other);
    assert_eq!("2".parse(), Ok(Full::Other));
    assert_eq!(Full::MEMBERS.len(), 2);
    assert_eq!(Full::High.value(), Some(255));
}
