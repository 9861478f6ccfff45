//! SPEC.md, "Order": `#[graph_enum(ord)]` is declaration order, then
//! undeclared values by their text; and
//! `#[graph_enum(derive(Clone, Debug, PartialEq, Eq, Hash))]` behaves as the
//! std derives do: each enum below is declared twice, once with the std
//! derives and once with the derive's, and every value of both (each member,
//! unknown text and numbers, and arbitrary input) must print, clone and
//! compare the same.

use std::fmt::Debug;
use std::hash::Hash;

use graph_enum::{GraphEnum, UnknownValue};
use graph_enum_test_support::laws::hash_of;
use proptest::prelude::*;

macro_rules! twins {
    ($std:ident, $ours:ident, $(#[$attr:meta])* { $($body:tt)* }) => {
        #[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
        $(#[$attr])*
        #[graph_enum(name = "twin")]
        #[allow(non_camel_case_types)]
        enum $std { $($body)* }

        #[derive(GraphEnum)]
        $(#[$attr])*
        #[graph_enum(name = "twin", derive(Clone, Debug, PartialEq, Eq, Hash))]
        #[allow(non_camel_case_types)]
        enum $ours { $($body)* }
    };
}

twins!(ClosedStd, ClosedOurs, #[repr(i8)] {
    None = 0,
    InProgress = 1,
    r#type = -3,
    lowerCase = 7,
});

twins!(LossyStd, LossyOurs, {
    None = 0,
    InProgress = 1,
    Completed = 2,
    #[graph_enum(unknown)]
    Other,
});

twins!(LosslessStd, LosslessOurs, #[repr(i64)] #[graph_enum(ascii_case_insensitive, ord)] {
    Unknown = 0,
    InProgress = 1,
    UnknownFutureValue = 2,
    r#match = 3,
    #[graph_enum(unknown)]
    Other(UnknownValue<Self>),
});

twins!(FlagsStd, FlagsOurs, #[repr(i32)] #[graph_enum(flags)] {
    None = 0,
    Read = 1,
    Write = 2,
    UnknownFutureValue = 4,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
});

/// An enum with only its fallback: every value is unknown.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[graph_enum(name = "empty")]
enum OnlyFallbackStd {
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[derive(GraphEnum)]
#[graph_enum(name = "empty", derive(Clone, Debug, PartialEq, Eq, Hash))]
enum OnlyFallbackOurs {
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Every way `Debug` can be asked to write, so flags the std derive honours
/// or ignores are honoured or ignored alike.
fn debug_forms<T: Debug>(value: &T) -> Vec<String> {
    vec![
        format!("{value:?}"),
        format!("{value:#?}"),
        format!("{value:>24?}"),
        format!("{value:<8?}|"),
    ]
}

/// Inputs that reach every variant: each member by name and by value, and
/// unknown text that needs escaping in `Debug`.
fn inputs<E: GraphEnum>() -> Vec<String> {
    let mut inputs: Vec<String> = E::MEMBERS
        .iter()
        .flat_map(|member| [member.name.to_owned(), member.value.to_string()])
        .collect();
    inputs.extend(
        [
            "",
            "paused",
            "INPROGRESS",
            "say \"hi\"\n",
            "tab\there",
            "ünïcödé",
            "42",
            "-7",
            "+02",
        ]
        .map(str::to_owned),
    );
    inputs
}

/// Values of both twins read from the same inputs (the closed enums only
/// from names they know).
fn pairs<S, O>(
    read_std: impl Fn(&str) -> Option<S>,
    read_ours: impl Fn(&str) -> Option<O>,
) -> Vec<(S, O)>
where
    S: GraphEnum,
{
    let pairs: Vec<(S, O)> = inputs::<S>()
        .iter()
        .filter_map(|input| match (read_std(input), read_ours(input)) {
            (Some(std), Some(ours)) => Some((std, ours)),
            (None, None) => None,
            _ => panic!("the twins read {input:?} differently"),
        })
        .collect();
    assert!(!pairs.is_empty());
    pairs
}

fn same_behaviour<S, O>(pairs: &[(S, O)])
where
    S: Clone + Debug + PartialEq + Eq + Hash,
    O: Clone + Debug + PartialEq + Eq + Hash,
{
    for (std, ours) in pairs {
        assert_eq!(debug_forms(std), debug_forms(ours));
        let (std_clone, ours_clone) = (std.clone(), ours.clone());
        assert_eq!(debug_forms(&std_clone), debug_forms(&ours_clone));
        assert!(ours_clone == *ours);
        assert_eq!(hash_of(&ours_clone), hash_of(ours));
        for (other_std, other_ours) in pairs {
            assert_eq!(
                std == other_std,
                ours == other_ours,
                "{std:?} == {other_std:?} differs between the twins"
            );
            if ours == other_ours {
                assert_eq!(hash_of(ours), hash_of(other_ours));
            }
        }
    }
}

#[test]
fn closed_enums_print_clone_and_compare_as_the_std_derives() {
    let pairs = pairs(
        |text| text.parse::<ClosedStd>().ok(),
        |text| text.parse::<ClosedOurs>().ok(),
    );
    // Every member, by name and by value, and nothing else.
    assert_eq!(pairs.len(), 2 * ClosedStd::MEMBERS.len());
    assert_eq!(format!("{:?}", ClosedOurs::r#type), "type");
    same_behaviour(&pairs);
}

#[test]
fn lossy_enums_print_clone_and_compare_as_the_std_derives() {
    let pairs = pairs(
        |text| Some(LossyStd::from(text)),
        |text| Some(LossyOurs::from(text)),
    );
    assert!(pairs
        .iter()
        .any(|(_, ours)| matches!(ours, LossyOurs::Other)));
    same_behaviour(&pairs);
}

#[test]
fn lossless_enums_print_clone_and_compare_as_the_std_derives() {
    let pairs = pairs(
        |text| Some(LosslessStd::from(text)),
        |text| Some(LosslessOurs::from(text)),
    );
    let unknown = LosslessOurs::from("say \"hi\"\n");
    assert_eq!(format!("{unknown:?}"), r#"Other("say \"hi\"\n")"#);
    assert_eq!(format!("{:?}", LosslessOurs::r#match), "match");
    // Unknown values with different text are different values.
    assert!(LosslessOurs::from("a") != LosslessOurs::from("b"));
    assert!(LosslessOurs::from("a") != LosslessOurs::Unknown);
    same_behaviour(&pairs);
}

#[test]
fn flags_enums_print_clone_and_compare_as_the_std_derives() {
    let pairs = pairs(
        |text| Some(FlagsStd::from(text)),
        |text| Some(FlagsOurs::from(text)),
    );
    assert!(pairs
        .iter()
        .any(|(_, ours)| matches!(ours, FlagsOurs::Unknown(_))));
    same_behaviour(&pairs);
}

#[test]
fn an_enum_of_only_a_fallback_prints_clones_and_compares_as_the_std_derives() {
    let pairs = pairs(
        |text| Some(OnlyFallbackStd::from(text)),
        |text| Some(OnlyFallbackOurs::from(text)),
    );
    same_behaviour(&pairs);
}

#[test]
fn a_cloned_unknown_value_keeps_its_text_and_number() {
    for text in ["paused", "42", "-7", "+07", ""] {
        let value = LosslessOurs::from(text);
        let clone = value.clone();
        assert_eq!(clone.as_str(), value.as_str());
        assert_eq!(clone.value(), value.value());
        assert!(clone.is_unknown());
    }
    let from_number = LosslessOurs::from(42_i64);
    assert_eq!(from_number.clone().as_str(), "42");
    assert_eq!(from_number.clone(), LosslessOurs::from("42"));
}

proptest! {
    #[test]
    fn arbitrary_input_reads_prints_and_compares_as_the_std_derives(
        a in ".{0,12}",
        b in prop_oneof![Just("inProgress".to_owned()), Just("3".to_owned()), ".{0,12}"],
    ) {
        let pairs = [
            (LosslessStd::from(a.as_str()), LosslessOurs::from(a.as_str())),
            (LosslessStd::from(b.as_str()), LosslessOurs::from(b.as_str())),
        ];
        same_behaviour(&pairs);
        let lossy = [
            (LossyStd::from(a.as_str()), LossyOurs::from(a.as_str())),
            (LossyStd::from(b.as_str()), LossyOurs::from(b.as_str())),
        ];
        same_behaviour(&lossy);
    }
}

/// Values out of declaration order, as in Graph's `iosUpdatesInstallStatus`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[repr(i32)]
#[graph_enum(ord)]
enum InstallStatus {
    Success = 0,
    Available = 1,
    Idle = 2,
    DeviceOsHigherThanDesiredOsVersion = -2_016_330_712,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn ord_is_declaration_order_with_unknowns_last_by_text() {
    let mut values: Vec<InstallStatus> = [
        "zeta",
        "deviceOsHigherThanDesiredOsVersion",
        "idle",
        "alpha",
        "success",
    ]
    .iter()
    .map(|text| (*text).into())
    .collect();
    values.sort();
    assert_eq!(values[2], InstallStatus::DeviceOsHigherThanDesiredOsVersion);
    let written: Vec<String> = values.iter().map(ToString::to_string).collect();
    // `derive(Ord)` would put the negative value first: it orders by value.
    assert_eq!(
        written,
        [
            "success",
            "idle",
            "deviceOsHigherThanDesiredOsVersion",
            "alpha",
            "zeta"
        ]
    );
    assert!(InstallStatus::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    // `==` agrees: equal values compare equal.
    assert_eq!(
        InstallStatus::from("zeta").cmp(&InstallStatus::from("zeta")),
        std::cmp::Ordering::Equal
    );
    let keyed: std::collections::BTreeMap<InstallStatus, u8> =
        [(InstallStatus::Idle, 1), (InstallStatus::from("new"), 2)].into();
    assert_eq!(keyed[&InstallStatus::Idle], 1);
}
