//! SPEC.md's laws as property tests over the fixture enums of every shape,
//! on arbitrary input: names, their case variants, numeric text in every
//! spelling, and text no member has. The checks are `graph_enum_test_support`'s,
//! which the fuzz targets run too; proptest reports a failed check's panic
//! and shrinks its input.

use graph_enum::{Flags, GraphEnum};
use graph_enum_test_support::fixtures::{
    Bits, CaseInsensitive, ChatMessageActions, Closed, ClosedBits, ClosedOverlap,
    DetectionOperator, Large, Lossless, Lossy, LossyOverlap, Permissions, SettingsOverride,
    SingleBits, UpdateWeeks,
};
use graph_enum_test_support::laws::{self, Step};
use graph_enum_test_support::operations;
use proptest::prelude::*;

use crate::strategies::{flags_text, text};

/// Steps of every kind: values are read from text of every kind for `E`
/// (an open `E` keeps text with commas, spaces or nothing as one unknown
/// value), sets from flags text.
fn steps<E: GraphEnum>() -> impl Strategy<Value = Vec<Step>> {
    let value = || prop_oneof![text::<E>(), "[a-z ,]{0,8}"];
    let step = prop_oneof![
        flags_text::<E>().prop_map(Step::Parse),
        prop_oneof![-4_i64..64, any::<i64>()].prop_map(Step::FromBits),
        value().prop_map(Step::From),
        value().prop_map(Step::Insert),
        value().prop_map(Step::Remove),
        proptest::collection::vec(value(), 0..4).prop_map(Step::Extend),
        flags_text::<E>().prop_map(Step::Union),
        flags_text::<E>().prop_map(Step::Intersect),
        flags_text::<E>().prop_map(Step::Difference),
        value().prop_map(Step::OrValue),
        value().prop_map(Step::SubValue),
    ];
    proptest::collection::vec(step, 1..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn single_values_are_read_as_spec_says(
        closed in text::<Closed>(),
        lossy in text::<Lossy>(),
        lossless in text::<Lossless>(),
        case in text::<CaseInsensitive>(),
        large in text::<Large>(),
    ) {
        laws::reading::<Closed>(&closed);
        laws::reading::<Lossy>(&lossy);
        laws::reading::<Lossless>(&lossless);
        laws::reading::<CaseInsensitive>(&case);
        laws::reading::<Large>(&large);
    }

    #[test]
    fn single_values_round_trip_and_compare_by_their_writing(
        closed in proptest::collection::vec(text::<Closed>(), 1..6),
        lossy in proptest::collection::vec(text::<Lossy>(), 1..6),
        lossless in proptest::collection::vec(text::<Lossless>(), 1..6),
        case in proptest::collection::vec(text::<CaseInsensitive>(), 1..6),
    ) {
        laws::single_values::<Closed>(&closed);
        laws::single_values::<Lossy>(&lossy);
        laws::single_values::<Lossless>(&lossless);
        laws::single_values::<CaseInsensitive>(&case);
    }

    #[test]
    fn numbers_agree_in_every_form(n in prop_oneof![-10_i64..10, any::<i32>().prop_map(i64::from), any::<i64>()]) {
        laws::number::<Closed>(n);
        laws::number::<Lossy>(n);
        laws::number::<Lossless>(n);
        laws::number::<CaseInsensitive>(n);
    }

    #[test]
    fn flags_round_trip_in_any_order(
        bits in flags_text::<Bits>(),
        names in flags_text::<SettingsOverride>(),
        closed in flags_text::<ClosedBits>(),
        single in flags_text::<SingleBits>(),
        weeks in flags_text::<UpdateWeeks>(),
        operator in flags_text::<DetectionOperator>(),
    ) {
        laws::flags::<Bits>(&bits);
        laws::flags::<SingleBits>(&single);
        laws::flags::<SettingsOverride>(&names);
        laws::flags::<ClosedBits>(&closed);
        laws::flags::<UpdateWeeks>(&weeks);
        laws::flags::<DetectionOperator>(&operator);
    }

    #[test]
    fn flags_numbers_agree_in_every_form(n in prop_oneof![-4_i64..256, any::<i64>()]) {
        laws::flags_number::<Bits>(n);
        laws::flags_number::<SingleBits>(n);
        laws::flags_number::<SettingsOverride>(n);
        laws::flags_number::<ClosedBits>(n);
    }

    #[test]
    fn sets_made_every_way_round_trip(
        bits in steps::<Bits>(),
        single in steps::<SingleBits>(),
        names in steps::<SettingsOverride>(),
        closed in steps::<ClosedBits>(),
        overlap in steps::<ClosedOverlap>(),
        lossy in steps::<LossyOverlap>(),
    ) {
        laws::construction::<Bits>(&bits);
        laws::construction::<SingleBits>(&single);
        laws::construction::<SettingsOverride>(&names);
        laws::construction::<ClosedBits>(&closed);
        laws::construction::<ClosedOverlap>(&overlap);
        laws::construction::<LossyOverlap>(&lossy);
    }

    #[test]
    fn sets_of_bits_are_written_largest_member_first(n in 1_i64..256) {
        laws::flags_writing::<Bits>(n & !8);
        laws::flags_writing::<SingleBits>(n & !8);
        laws::flags_writing::<ClosedBits>(n);
    }

    #[test]
    fn set_operations_agree_with_a_plain_list(data in proptest::collection::vec(any::<u8>(), 0..96)) {
        operations::flags_operations(&data);
    }

    #[test]
    fn steps_decoded_from_bytes_keep_law_one(data in proptest::collection::vec(any::<u8>(), 0..96)) {
        let steps = Step::decode(&data);
        laws::construction::<ChatMessageActions>(&steps);
        laws::construction::<UpdateWeeks>(&steps);
        laws::construction::<DetectionOperator>(&steps);
    }

    #[test]
    fn json_read_writes_back(text in prop_oneof![
        text::<Lossless>().prop_map(|text| format!("{text:?}")),
        (-5_i64..300).prop_map(|n| n.to_string()),
        flags_text::<Permissions>().prop_map(|text| format!("{text:?}")),
    ]) {
        laws::json::<Closed>(text.as_bytes());
        laws::json::<Lossy>(text.as_bytes());
        laws::json::<Lossless>(text.as_bytes());
        laws::json::<Large>(text.as_bytes());
        laws::json::<Flags<Permissions>>(text.as_bytes());
    }
}

/// The plain model of writing, against SPEC.md's examples: a member whose
/// bits are exactly the set's alone, else the members largest first, in
/// declaration order, then the remainder.
#[test]
fn the_plain_writing_model_follows_the_spec() {
    assert_eq!(laws::written_plainly::<Bits>(7), "full");
    assert_eq!(laws::written_plainly::<Bits>(3), "read,write");
    assert_eq!(laws::written_plainly::<Bits>(16 | 1), "read,share");
    assert_eq!(laws::written_plainly::<SingleBits>(16 | 2), "write,16");
}
