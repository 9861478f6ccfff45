//! SPEC.md, "Canonicalisations": each row of the table, read and written
//! back; and that nothing else changes, in a single value or in a set's
//! undeclared names (kept trimmed, once each, in the order received).

use graph_enum::{Flags, GraphEnum};
use graph_enum_test_support::fixtures::{
    CaseInsensitive, ChatMessageActions, Closed, DetectionOperator, Lossless,
};
use graph_enum_test_support::laws::{names_member, odata_integer};
use proptest::prelude::*;

use crate::strategies::text;

/// `text` read as `T` and written back.
fn rewritten<T: std::str::FromStr + std::fmt::Display>(text: &str) -> String
where
    T::Err: std::fmt::Debug,
{
    text.parse::<T>().unwrap().to_string()
}

#[test]
fn each_row_of_the_table() {
    type Actions = Flags<ChatMessageActions>;
    // Numeric text of a member: its name.
    assert_eq!(rewritten::<Closed>("1"), "inProgress");
    // Undeclared numeric text: canonical decimal.
    assert_eq!(rewritten::<Lossless>("+09"), "9");
    // Another case, in a case-insensitive enum: the schema's spelling.
    assert_eq!(rewritten::<CaseInsensitive>("HTML"), "html");
    // The sentinel in another case, in any enum: its declared spelling.
    assert_eq!(
        rewritten::<Lossless>("UNKNOWNFUTUREVALUE"),
        "unknownFutureValue"
    );
    // Flags: spaces, empty parts and repeats are removed.
    assert_eq!(
        rewritten::<Actions>(" reactionAdded ,, reactionAdded ,"),
        "reactionAdded"
    );
    // Flags: members in declaration order.
    assert_eq!(
        rewritten::<Actions>("actionUndefined,reactionAdded"),
        "reactionAdded,actionUndefined"
    );
    // Bits: members making up a combination are the combination.
    assert_eq!(
        rewritten::<Flags<DetectionOperator>>("equal,greaterThan"),
        "greaterThanOrEqual"
    );
    // Bits: a number is members and one remainder.
    assert_eq!(rewritten::<Actions>("17"), "reactionAdded,16");
    // Undeclared bits among names: after the members, before undeclared names.
    assert_eq!(
        rewritten::<Actions>("pinned,32,reactionAdded,64"),
        "reactionAdded,96,pinned"
    );
}

/// What may differ in `E`: numeric text, the sentinel in another case, and,
/// where the enum reads so, a name in another case.
fn may_differ<E: GraphEnum>(text: &str) -> bool {
    odata_integer(text).is_some()
        || E::MEMBERS
            .iter()
            .any(|member| names_member::<E>(text, member))
}

/// A set's undeclared names as SPEC.md says they are written: trimmed, each
/// once, in the order received.
fn undeclared_names<E: GraphEnum>(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for part in text.split(',').map(str::trim) {
        let declared = E::MEMBERS
            .iter()
            .any(|member| names_member::<E>(part, member));
        if !part.is_empty() && !declared && odata_integer(part).is_none() && !names.contains(&part)
        {
            names.push(part);
        }
    }
    names
}

proptest! {
    #[test]
    fn a_sets_undeclared_names_change_in_nothing_else(
        parts in proptest::collection::vec(
            prop_oneof![
                text::<ChatMessageActions>(),
                "[a-c]{1,2}",
                "[ \t\u{2003}]?[a-c]{1,2}[ \t\u{2003}]?",
            ],
            0..8,
        ),
    ) {
        let text = parts.join(",");
        let written = text.parse::<Flags<ChatMessageActions>>().unwrap().to_string();
        prop_assert_eq!(
            undeclared_names::<ChatMessageActions>(&written),
            undeclared_names::<ChatMessageActions>(&text),
            "{:?} became {:?}", text, written
        );
    }

    #[test]
    fn a_single_value_changes_nothing_else(
        exact in text::<Lossless>(),
        any_case in text::<CaseInsensitive>(),
    ) {
        let written = Lossless::from(exact.as_str()).to_string();
        prop_assert!(written == exact || may_differ::<Lossless>(&exact), "{exact:?} became {written:?}");
        let written = CaseInsensitive::from(any_case.as_str()).to_string();
        prop_assert!(
            written == any_case || may_differ::<CaseInsensitive>(&any_case),
            "{any_case:?} became {written:?}"
        );
    }
}
