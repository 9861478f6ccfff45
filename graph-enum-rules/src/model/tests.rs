//! Every check of the model, each problem on its own and together.

use super::{EnumType, Fallback, Member, Named, Problem};
use crate::flags::FlagsKind;
use crate::repr::Repr;
use std::vec;
use std::vec::Vec;

fn problems(members: &[Member], build: impl FnOnce(EnumType) -> EnumType) -> Vec<Problem> {
    build(EnumType {
        members,
        ..EnumType::new("x", Repr::I32, Fallback::Lossless)
    })
    .check()
}

#[test]
fn a_graph_enum_has_no_problems() {
    let members = [
        Member::new("none", 0),
        Member::new("inProgress", 1),
        Member::new("unknownFutureValue", 2),
        Member::new("in-progress", 3),
        // Numeric text is a fine name for the member with that value.
        Member::new("4", 4),
    ];
    assert_eq!(problems(&members, |e| e), vec![]);
}

#[test]
fn equal_names_are_found_whatever_the_hash() {
    let names = ["a", "b", "a", "c", "b", "a", ""];
    let expected = [None, None, Some(0), None, Some(1), Some(0), None];
    // A hash under which every name collides must give the same answer.
    assert_eq!(super::earlier_equal(&names, super::name_hash), expected);
    assert_eq!(super::earlier_equal(&names, |_| 0), expected);
    assert_eq!(
        super::earlier_equal(&names, |name| -(name.len() as i128)),
        expected
    );
}

#[test]
fn names_and_values_are_unique_and_reported_in_order() {
    let members = [
        Member::new("a", 1),
        Member::new("b", 2),
        Member::new("a", 3),
        Member::new("c", 1),
        Member::new("b", 2),
    ];
    assert_eq!(
        problems(&members, |e| e),
        vec![
            Problem::DuplicateName {
                first: Named::Member(0),
                second: Named::Member(2)
            },
            Problem::DuplicateName {
                first: Named::Member(1),
                second: Named::Member(4)
            },
            Problem::DuplicateValue {
                first: 0,
                second: 3,
                value: 1
            },
            Problem::DuplicateValue {
                first: 1,
                second: 4,
                value: 2
            },
        ]
    );
}

#[test]
fn a_lossy_fallback_has_a_name_a_lossless_one_does_not() {
    let members = [Member::new("unknown", 0)];
    assert!(problems(&members, |e| e).is_empty());
    assert_eq!(
        problems(&members, |e| EnumType {
            fallback: Fallback::Lossy("unknown"),
            ..e
        }),
        vec![Problem::DuplicateName {
            first: Named::Member(0),
            second: Named::Fallback
        }]
    );
    assert_eq!(
        problems(&members, |e| EnumType {
            fallback: Fallback::Lossy("7"),
            ..e
        }),
        vec![Problem::NumericName {
            named: Named::Fallback,
            number: 7
        }]
    );
}

#[test]
fn values_fit_the_repr_and_numeric_names_their_value() {
    let members = [
        Member::new("a", 300),
        Member::new("+1", 1),
        Member::new("02", 3),
        Member::new("", 4),
        Member {
            name: "b",
            value: None,
        },
    ];
    assert_eq!(
        problems(&members, |e| EnumType {
            repr: Repr::U8,
            ..e
        }),
        vec![
            Problem::OutOfRange {
                member: 0,
                value: 300
            },
            Problem::NumericName {
                named: Named::Member(2),
                number: 2
            },
            Problem::EmptyName {
                named: Named::Member(3)
            },
        ]
    );
}

#[test]
fn type_names_and_emptiness() {
    assert_eq!(
        EnumType {
            namespace: "a..b",
            ..EnumType::new("1x", Repr::I32, Fallback::Closed)
        }
        .check(),
        vec![
            Problem::InvalidName,
            Problem::InvalidNamespace,
            Problem::NoValues
        ]
    );
}

#[test]
fn flags_rules() {
    let members = [
        Member::new("a,b", 1),
        Member::new(" c", 2),
        Member::new("d", -4),
        Member::new("unknownFutureValue", 8),
        Member::new("UnknownFutureValue", 16),
    ];
    assert_eq!(
        problems(&members, |e| EnumType {
            flags: Some(None),
            ..e
        }),
        vec![
            Problem::FlagsNameNotAPart {
                named: Named::Member(0)
            },
            Problem::FlagsNameNotAPart {
                named: Named::Member(1)
            },
            Problem::DuplicateSentinel {
                first: 3,
                second: 4
            },
            Problem::NegativeFlag {
                member: 2,
                value: -4
            },
        ]
    );
    let many: Vec<Member> = (0..257).map(|value| Member::new("m", value)).collect();
    assert!(problems(&many, |e| EnumType {
        flags: Some(None),
        ..e
    })
    .contains(&Problem::TooManyFlags { count: 257 }));
}

#[test]
fn flags_kind_and_writing_order_leave_the_sentinel_out() {
    let members = [
        Member::new("none", 0),
        Member::new("a", 1),
        Member::new("b", 2),
        Member::new("unknownFutureValue", 22),
        Member::new("c", 4),
        Member::new("ab", 3),
    ];
    let flags = EnumType {
        members: &members,
        flags: Some(None),
        ..EnumType::new("x", Repr::I32, Fallback::Lossless)
    };
    assert_eq!(flags.flags_kind(), Some(FlagsKind::Bits));
    assert_eq!(flags.bits_by_value(), vec![4, 5, 2, 1]);
    let named = EnumType {
        members: &members[..3],
        flags: Some(Some(FlagsKind::Names)),
        ..flags
    };
    assert_eq!(named.flags_kind(), Some(FlagsKind::Names));
    assert!(named.bits_by_value().is_empty());
    assert_eq!(
        EnumType {
            flags: None,
            ..flags
        }
        .flags_kind(),
        None
    );
}
