//! SPEC.md, "Kinds": values numbered like a plain enum's make a set of names,
//! anything else a set of bits.

use graph_enum::{Flags, FlagsKind, GraphEnum, GraphFlags};
use graph_enum_test_support::fixtures::{Bits, DetectionOperator, SettingsOverride, UpdateWeeks};
use proptest::prelude::*;

/// Numbered 0..6 and closed: its values are not bits, so it is a set of
/// names (3, 5 and 6 are not unions).
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(flags)]
enum Numbered {
    Zero,
    One,
    Two,
    Three,
    Four,
    Five,
    Six,
}

/// Each kind named outright, against what the values alone would give.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(flags = "bits")]
enum NumberedAsBits {
    Zero,
    One,
    Two,
    Three,
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(flags = "names")]
enum BitsAsNames {
    One = 1,
    Two = 2,
    Four = 4,
}

#[test]
fn the_values_decide_the_kind() {
    assert_eq!(Numbered::KIND, FlagsKind::Names);
    // Graph's fileStorageContainerTypeSettingsOverride, the sentinel left out.
    assert_eq!(SettingsOverride::KIND, FlagsKind::Names);
    assert_eq!(Bits::KIND, FlagsKind::Bits);
    // A sentinel of 22 = 16|4|2 and a union do not make it numbered.
    assert_eq!(UpdateWeeks::KIND, FlagsKind::Bits);
    assert_eq!(DetectionOperator::KIND, FlagsKind::Bits);
}

#[test]
fn the_attribute_overrides_the_values() {
    assert_eq!(NumberedAsBits::KIND, FlagsKind::Bits);
    assert_eq!(
        "3".parse::<Flags<NumberedAsBits>>().unwrap().to_string(),
        "three"
    );
    assert_eq!(
        "one,two"
            .parse::<Flags<NumberedAsBits>>()
            .unwrap()
            .to_string(),
        "three"
    );
    assert_eq!(BitsAsNames::KIND, FlagsKind::Names);
    assert!("3".parse::<Flags<BitsAsNames>>().is_err());
    assert_eq!(
        "one,two".parse::<Flags<BitsAsNames>>().unwrap().to_string(),
        "one,two"
    );
}

#[test]
fn a_set_of_names_writes_back_what_it_read() {
    let set: Flags<Numbered> = "one,two,four".parse().unwrap();
    // No union is taken for another member.
    assert_eq!(set.to_string(), "one,two,four");
    assert!(!set.contains(&Numbered::Three) && !set.contains(&Numbered::Six));
    assert_eq!(set, set.to_string().parse().unwrap());
    let three: Flags<Numbered> = "three".parse().unwrap();
    assert_eq!(three.to_string(), "three");
    assert!(!three.contains(&Numbered::One));
    for text in [
        "isDiscoverabilityEnabled,isSearchEnabled",
        "urlTemplate,isSearchEnabled",
        "urlTemplate",
        "isItemVersioningEnabled,maxStoragePerContainerInBytes",
    ] {
        let settings: Flags<SettingsOverride> = text.parse().unwrap();
        assert_eq!(settings.to_string(), text);
    }
}

#[test]
fn in_a_set_of_names_a_number_is_the_member_of_that_value() {
    let three: Flags<Numbered> = "three".parse().unwrap();
    assert_eq!("3".parse::<Flags<Numbered>>().unwrap(), three);
    assert_eq!(Flags::<Numbered>::from_bits(3).unwrap(), three);
    assert_eq!(
        Flags::<Numbered>::from_bits(7).unwrap_err().to_string(),
        "invalid numbered value 7"
    );
    // `zero` is a member like the others here, not the empty set.
    assert_eq!(Flags::<Numbered>::empty().to_string(), "");
    let zero: Flags<Numbered> = "zero".parse().unwrap();
    assert!(!zero.is_empty());
    assert_eq!(zero.to_string(), "zero");
}

proptest! {
    #[test]
    fn sets_of_names_round_trip_by_name(members in proptest::collection::vec(0_usize..7, 0..7)) {
        let set: Flags<Numbered> = members
            .iter()
            .map(|&index| Numbered::MEMBERS[index].name)
            .collect::<Vec<_>>()
            .join(",")
            .parse()
            .unwrap();
        for (index, member) in Numbered::MEMBERS.iter().enumerate() {
            let flag: Numbered = member.name.parse().unwrap();
            prop_assert_eq!(set.contains(&flag), members.contains(&index));
        }
        let again: Flags<Numbered> = set.to_string().parse().unwrap();
        prop_assert_eq!(again, set);
    }
}
