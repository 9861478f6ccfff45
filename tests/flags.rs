//! `#[graph_enum(flags)]` and `Flags<E>` on the shapes Graph's flags enums have.

use graph_enum::{Flags, GraphEnum, UnknownValue};
use proptest::prelude::*;

/// Graph's chatMessageActions: bits, evolvable, lossless.
#[derive(GraphEnum, Clone, Debug, PartialEq)]
#[repr(i32)]
#[graph_enum(flags)]
enum ChatMessageActions {
    ReactionAdded = 1,
    ReactionRemoved = 2,
    ActionUndefined = 4,
    UnknownFutureValue = 8,
    #[graph_enum(unknown)]
    Unknown(UnknownValue),
}

/// A zero member and a combination member; closed.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(flags)]
enum Permissions {
    None = 0,
    Read = 1,
    Write = 2,
    Delete = 4,
    Share = 8,
    Full = 15,
}

/// Numbered 0..6 like one of Graph's flags enums: 3, 5 and 6 are unions.
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

/// Lossy: unknown parts are dropped.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(flags)]
enum Lossy {
    A = 1,
    B = 2,
    #[graph_enum(unknown)]
    Other,
}

type Actions = Flags<ChatMessageActions>;

#[test]
fn parses_names_numbers_and_spaces() {
    let actions: Actions = "reactionAdded,reactionRemoved".parse().unwrap();
    assert_eq!(actions.bits(), 3);
    assert_eq!(actions, "reactionRemoved, reactionAdded".parse().unwrap());
    assert_eq!(actions, "1,2".parse().unwrap());
    assert_eq!(actions, "3".parse().unwrap());
    assert_eq!(actions, " reactionAdded ,2 ".parse().unwrap());
    assert!("".parse::<Actions>().unwrap().is_empty());
}

#[test]
fn writes_in_declaration_order_without_spaces() {
    let actions: Actions = "actionUndefined,reactionAdded".parse().unwrap();
    assert_eq!(actions.to_string(), "reactionAdded,actionUndefined");
    assert_eq!(
        format!("{actions:?}"),
        r#"Flags("reactionAdded,actionUndefined")"#
    );
    assert_eq!(Actions::empty().to_string(), "");
    assert_eq!(
        Actions::all().to_string(),
        "reactionAdded,reactionRemoved,actionUndefined,unknownFutureValue"
    );
}

#[test]
fn zero_and_combination_members_are_written_as_graph_does() {
    assert_eq!(Flags::<Permissions>::empty().to_string(), "none");
    assert_eq!(
        "none".parse::<Flags<Permissions>>().unwrap(),
        Flags::empty()
    );
    let full: Flags<Permissions> = "read,write,delete,share".parse().unwrap();
    assert_eq!(full.to_string(), "full");
    assert!(full.contains(&Permissions::Read));
    assert!(full.contains(&Permissions::Full));
    assert!(!full.contains(&Permissions::None));
    assert!(Flags::<Permissions>::empty().contains(&Permissions::None));
    let mut some = full.clone();
    some.remove(&Permissions::Share);
    assert_eq!(some.to_string(), "read,write,delete");
    assert!(!some.contains(&Permissions::Full));
    // Removing a part of a combination that has no member of its own.
    let mut only_full: Flags<Permissions> = Flags::empty();
    only_full.insert(Permissions::Full);
    only_full.remove(&Permissions::Share);
    assert_eq!(only_full.to_string(), "read,write,delete");
}

#[test]
fn unions_in_a_numbered_enum_are_decomposed_greedily() {
    let set: Flags<Numbered> = "one,two,four".parse().unwrap();
    assert_eq!(set.bits(), 7);
    // Largest first: six (2|4), then one; written in declaration order.
    assert_eq!(set.to_string(), "one,six");
    assert_eq!(set, set.to_string().parse().unwrap());
    assert_eq!(
        "three".parse::<Flags<Numbered>>().unwrap().to_string(),
        "three"
    );
    assert_eq!(Flags::<Numbered>::empty().to_string(), "zero");
}

#[test]
fn unknown_parts_are_kept_dropped_or_rejected_by_the_fallback() {
    let actions: Actions = "reactionAdded,pinned,64,-1".parse().unwrap();
    assert_eq!(actions.to_string(), "reactionAdded,pinned,64,-1");
    assert_eq!(actions.bits(), 1 | 64);
    assert!(actions.contains(&"pinned".parse().unwrap()));
    assert_eq!(actions, actions.to_string().parse().unwrap());

    let lossy: Flags<Lossy> = "a,zeta,8".parse().unwrap();
    assert_eq!(lossy.to_string(), "a");

    let error = "read,archive".parse::<Flags<Permissions>>().unwrap_err();
    assert_eq!(error.to_string(), r#"invalid permissions value "archive""#);
    assert!("read,16".parse::<Flags<Permissions>>().is_err());
}

#[test]
fn from_bits_keeps_or_rejects_undeclared_bits() {
    let actions = Actions::from_bits(1 | 32).unwrap();
    assert_eq!(actions.to_string(), "reactionAdded,32");
    assert_eq!(actions.bits(), 33);
    assert_eq!(
        Flags::<Permissions>::from_bits(15).unwrap().to_string(),
        "full"
    );
    assert_eq!(
        Flags::<Permissions>::from_bits(16).unwrap_err().to_string(),
        "invalid permissions value 16"
    );
    assert_eq!(Flags::<Lossy>::from_bits(7).unwrap().to_string(), "a,b");
    assert_eq!(Actions::from_bits(-4).unwrap().to_string(), "-4");
}

#[test]
fn set_operations() {
    let added = Actions::from(ChatMessageActions::ReactionAdded);
    let both = ChatMessageActions::ReactionAdded | ChatMessageActions::ReactionRemoved;
    assert_eq!(both.bits(), 3);
    assert_eq!(
        (both.clone() - added.clone()).to_string(),
        "reactionRemoved"
    );
    assert_eq!((both.clone() & added.clone()), added);
    assert_eq!(
        (added.clone() | ChatMessageActions::ActionUndefined).bits(),
        5
    );
    assert_eq!((both.clone() - ChatMessageActions::ReactionAdded).bits(), 2);
    let collected: Actions = [
        ChatMessageActions::ReactionRemoved,
        ChatMessageActions::ReactionAdded,
    ]
    .into_iter()
    .collect();
    assert_eq!(collected, both);
    let listed: Vec<ChatMessageActions> = both.iter().collect();
    assert_eq!(
        listed,
        [
            ChatMessageActions::ReactionAdded,
            ChatMessageActions::ReactionRemoved
        ]
    );
    let with_unknown: Actions = "reactionRemoved,pinned".parse().unwrap();
    let names: Vec<String> = (&with_unknown)
        .into_iter()
        .map(|flag| flag.to_string())
        .collect();
    assert_eq!(names, ["reactionRemoved", "pinned"]);
    assert_eq!(with_unknown.clone() | with_unknown.clone(), with_unknown);
    assert_eq!(Actions::default(), Actions::empty());
}

#[test]
fn odata_literal_of_a_set() {
    let both = ChatMessageActions::ReactionAdded | ChatMessageActions::ReactionRemoved;
    assert_eq!(
        both.to_odata_literal(),
        "microsoft.graph.chatMessageActions'reactionAdded,reactionRemoved'"
    );
    let odd: Actions = "it's".parse().unwrap();
    assert_eq!(
        format!("{}", odd.odata_literal()),
        "microsoft.graph.chatMessageActions'it''s'"
    );
}

#[test]
fn serde_round_trips_sets_with_unknown_parts() {
    let actions: Actions = serde_json::from_str(r#""reactionAdded,pinned""#).unwrap();
    assert_eq!(
        serde_json::to_string(&actions).unwrap(),
        r#""reactionAdded,pinned""#
    );
    let from_number: Actions = serde_json::from_str("3").unwrap();
    assert_eq!(
        serde_json::to_string(&from_number).unwrap(),
        r#""reactionAdded,reactionRemoved""#
    );
    let huge: Actions = serde_json::from_str("18446744073709551615").unwrap();
    assert_eq!(
        serde_json::to_string(&huge).unwrap(),
        r#""18446744073709551615""#
    );
    let error = serde_json::from_str::<Flags<Permissions>>(r#""read,archive""#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"invalid value: string "archive", expected a comma-separated list of permissions values at line 1 column 14"#
    );
    assert!(serde_json::from_str::<Flags<Permissions>>("true").is_err());
}

proptest! {
    #[test]
    fn any_set_of_members_round_trips(bits in 0_u64..16) {
        let set = Actions::from_bits(i64::try_from(bits).unwrap()).unwrap();
        let text = set.to_string();
        let again: Actions = text.parse().unwrap();
        prop_assert_eq!(&again, &set);
        prop_assert_eq!(again.to_string(), text);
    }

    #[test]
    fn unknown_parts_survive(names in proptest::collection::vec("[a-z][a-zA-Z]{0,8}", 0..5)) {
        let text = names.join(",");
        let set: Actions = text.parse().unwrap();
        let again: Actions = set.to_string().parse().unwrap();
        prop_assert_eq!(&again, &set);
        for name in &names {
            let flag: ChatMessageActions = name.parse().unwrap();
            prop_assert!(set.contains(&flag));
        }
    }

    #[test]
    fn numbered_sets_round_trip_by_value(bits in 0_i64..8) {
        let set = Flags::<Numbered>::from_bits(bits).unwrap();
        prop_assert_eq!(set.bits(), bits);
        let again: Flags<Numbered> = set.to_string().parse().unwrap();
        prop_assert_eq!(again.bits(), bits);
    }
}
