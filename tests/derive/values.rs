//! Member values: rustc's discriminants, `#[graph_enum(value)]` and `#[repr]`,
//! the integer conversions, and what is usable in `const`.

use graph_enum::{Fallback, GraphEnum, ValueError, VppTokenSyncStatus};
use graph_enum_test_support::fixtures::{Closed, Lossless, Lossy};

#[test]
fn fallback_kind_is_reported() {
    assert_eq!(Closed::FALLBACK, Fallback::Closed);
    assert_eq!(Lossy::FALLBACK, Fallback::Lossy);
    assert_eq!(Lossless::FALLBACK, Fallback::Lossless);
}

#[test]
fn values_follow_rustc_discriminants() {
    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
    enum Counted {
        Zero,
        One,
        Ten = 10,
        Eleven,
        MinusFive = -5,
        MinusFour,
        Shifted = 1 << 20,
        Combined = 0x10 | 0x01,
    }
    let values: Vec<i64> = Counted::MEMBERS.iter().map(|member| member.value).collect();
    assert_eq!(values, [0, 1, 10, 11, -5, -4, 1 << 20, 17]);
    // The derive's numbering agrees with rustc's own.
    for variant in [
        Counted::Zero,
        Counted::One,
        Counted::Ten,
        Counted::Eleven,
        Counted::MinusFive,
        Counted::MinusFour,
        Counted::Shifted,
        Counted::Combined,
    ] {
        assert_eq!(variant.value(), Some(variant as i32));
    }
}

#[test]
fn value_attribute_sets_values_discriminants_cannot() {
    const BASE: isize = 100;
    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
    enum FromConstants {
        #[graph_enum(value = 100)]
        Base = BASE,
        #[graph_enum(value = 101)]
        Next,
        Literal = 7,
        #[graph_enum(value = -3)]
        Negative,
        Implicit,
    }
    let values: Vec<i64> = FromConstants::MEMBERS
        .iter()
        .map(|member| member.value)
        .collect();
    // `Implicit` follows rustc: the discriminant after `Negative` (8), not its value -3.
    assert_eq!(values, [100, 101, 7, -3, 9]);
    assert_eq!(FromConstants::try_from(-3), Ok(FromConstants::Negative));
}

#[test]
fn repr_sets_the_value_type() {
    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
    #[repr(u8)]
    enum Byte {
        Max = 255,
    }
    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
    #[repr(i64)]
    enum Wide {
        Big = 9_000_000_000,
        Small = 0,
    }
    let max: u8 = Byte::Max.value().unwrap();
    assert_eq!(max, 255);
    let big: i64 = Wide::Big.value().unwrap();
    assert_eq!(big, 9_000_000_000);
    assert_eq!(Wide::try_from(0), Ok(Wide::Small));
    assert_eq!(u8::from(Byte::Max), 255);
}

#[test]
fn integer_conversions() {
    assert_eq!(Closed::try_from(1), Ok(Closed::InProgress));
    assert_eq!(Closed::try_from(-3), Ok(Closed::Failed));
    assert_eq!(
        Closed::try_from(4_000_000_000),
        Ok(Closed::AssignedToExternalMDM)
    );
    let error: ValueError = Closed::try_from(3).unwrap_err();
    assert_eq!((error.type_name(), error.value()), ("closed", 3));
    assert_eq!(error.to_string(), "invalid closed value 3");
    assert_eq!(i64::from(Closed::Tls12), -2_016_336_109);
    assert_eq!(Lossy::from(255), Lossy::High);
    assert_eq!(Closed::from_value(1), Ok(Closed::InProgress));
    assert_eq!(
        Lossless::from_value(8).map(|value| value.to_string()),
        Ok("8".to_owned())
    );
}

#[test]
fn const_conversions() {
    const NAME: &str = Closed::InProgress.as_str();
    const VALUE: Option<i64> = Closed::Failed.value();
    const UNKNOWN: bool = Lossy::Other.is_unknown();
    const DESCRIPTION: Option<&str> = Lossy::High.description();
    assert_eq!(
        (NAME, VALUE, UNKNOWN, DESCRIPTION),
        ("inProgress", Some(-3), true, None)
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
    every_member_round_trips::<VppTokenSyncStatus>();
}

#[test]
fn a_fallback_discriminant_is_rustc_numbering_only() {
    // The fixture's `Other = 2`: without it rustc would number the fallback
    // 256, past `High = 255`, and reject the `u8` enum.
    assert_eq!(Lossy::Other.value(), None);
    assert_eq!(Lossy::from(2), Lossy::Other);
    assert_eq!("2".parse(), Ok(Lossy::Other));
    assert_eq!(Lossy::MEMBERS.len(), 3);
    assert_eq!(Lossy::High.value(), Some(255));
}
