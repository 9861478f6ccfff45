//! SPEC.md, "Writing" (of a set): declaration order without spaces, a
//! combination or the greedy split as Graph writes bits, then what no member
//! covers; `Display`'s formatting and the OData literal.

use graph_enum::Flags;
use graph_enum_test_support::fixtures::{
    ChatMessageActions, ClosedOverlap, DetectionOperator, Permissions,
};

type Actions = Flags<ChatMessageActions>;

#[test]
fn members_are_written_in_declaration_order_without_spaces() {
    let actions: Actions = "actionUndefined , reactionAdded".parse().unwrap();
    assert_eq!(actions.to_string(), "reactionAdded,actionUndefined");
    assert_eq!(
        format!("{actions:?}"),
        r#"Flags("reactionAdded,actionUndefined")"#
    );
    assert_eq!(Actions::empty().to_string(), "");
    // Every member a client may send: not the sentinel.
    assert_eq!(
        Actions::all().to_string(),
        "reactionAdded,reactionRemoved,actionUndefined"
    );
}

#[test]
fn zero_and_combination_members_are_written_as_graph_does() {
    assert_eq!(Flags::<Permissions>::empty().to_string(), "none");
    assert_eq!(
        "none".parse::<Flags<Permissions>>().unwrap(),
        Flags::empty()
    );
    let full: Flags<Permissions> = "read,write,share".parse().unwrap();
    assert_eq!(full.to_string(), "full");
    assert!(full.contains(&Permissions::Read));
    assert!(full.contains(&Permissions::Full));
    assert!(!full.contains(&Permissions::None));
    assert!(Flags::<Permissions>::empty().contains(&Permissions::None));
    let mut some = full.clone();
    some.remove(&Permissions::Share);
    assert_eq!(some.to_string(), "read,write");
    assert!(!some.contains(&Permissions::Full));
    // Removing a part of a combination inserted as itself.
    let mut only_full = Flags::from(Permissions::Full);
    only_full.remove(&Permissions::Write);
    assert_eq!(only_full.to_string(), "read,share");
}

#[test]
fn deliberate_unions_are_written_as_graph_writes_them() {
    type Operators = Flags<DetectionOperator>;
    let union: Operators = "equal,greaterThan".parse().unwrap();
    assert_eq!(union.to_string(), "greaterThanOrEqual");
    assert_eq!(union, "greaterThanOrEqual".parse().unwrap());
    assert!(union.contains(&DetectionOperator::Equal));
    // 1|4|8 as .NET (and so Graph) writes it: the largest member first.
    let two: Operators = "greaterThanOrEqual,lessThan".parse().unwrap();
    assert_eq!(two.to_string(), "greaterThan,lessThanOrEqual");
    assert_eq!(two, two.to_string().parse().unwrap());
    assert_eq!(Operators::empty().to_string(), "notConfigured");
    // Bits the greedy walk leaves, covered by a member within the set.
    let overlap: Flags<ClosedOverlap> = "7".parse().unwrap();
    assert_eq!(overlap.to_string(), "b,c");
}

#[test]
fn display_honours_width_fill_alignment_and_precision() {
    let both = ChatMessageActions::ReactionAdded | ChatMessageActions::ReactionRemoved;
    assert_eq!(
        format!("[{both:>32}]"),
        "[   reactionAdded,reactionRemoved]"
    );
    assert_eq!(format!("[{both:-<30}]"), "[reactionAdded,reactionRemoved-]");
    assert_eq!(format!("[{both:.8}]"), "[reaction]");
    assert_eq!(
        format!("[{:>8}]", ChatMessageActions::ReactionAdded),
        "[reactionAdded]"
    );
}

#[test]
fn the_odata_literal_follows_the_grammar() {
    let both = ChatMessageActions::ReactionAdded | ChatMessageActions::ReactionRemoved;
    assert_eq!(
        both.to_odata_literal().as_deref(),
        Some("microsoft.graph.chatMessageActions'reactionAdded,reactionRemoved'")
    );
    let odd: Actions = "it's".parse().unwrap();
    assert_eq!(
        odd.odata_literal()
            .map(|literal| literal.to_string())
            .as_deref(),
        Some("microsoft.graph.chatMessageActions'it''s'")
    );
    // The empty set: a value is needed between the quotes.
    assert_eq!(
        Actions::empty().to_odata_literal().as_deref(),
        Some("microsoft.graph.chatMessageActions'0'")
    );
    assert_eq!("0".parse::<Actions>().unwrap(), Actions::empty());
    assert_eq!(
        Flags::<Permissions>::empty().to_odata_literal().as_deref(),
        Some("microsoft.graph.permissions'none'")
    );
    assert_eq!(
        Flags::<graph_enum_test_support::fixtures::SettingsOverride>::empty().to_odata_literal(),
        None
    );
}
