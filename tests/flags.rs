//! `#[graph_enum(flags)]` and `Flags<E>` on the shapes Graph's flags enums have.

use graph_enum::{Flags, FlagsKind, GraphEnum, GraphFlags, UnknownValue};
// Graph's chatMessageActions: bits, evolvable, lossless.
use graph_enum_test_support::fixtures::ChatMessageActions;
use proptest::prelude::*;
use std::str::FromStr;

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

/// Numbered 0..6 like one of Graph's flags enums: its values are not bits,
/// so it is a set of names (3, 5 and 6 are not unions).
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
fn a_numbered_enum_is_a_set_of_names() {
    assert_eq!(Numbered::KIND, FlagsKind::Names);
    assert_eq!(Permissions::KIND, FlagsKind::Bits);
    let set: Flags<Numbered> = "one,two,four".parse().unwrap();
    // What was read is what is written: no union is taken for another member.
    assert_eq!(set.to_string(), "one,two,four");
    assert!(!set.contains(&Numbered::Three) && !set.contains(&Numbered::Six));
    assert_eq!(set, set.to_string().parse().unwrap());
    let three: Flags<Numbered> = "three".parse().unwrap();
    assert_eq!(three.to_string(), "three");
    assert!(!three.contains(&Numbered::One));
    // A number names the member with that value, as for a single value.
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
    assert_eq!(Flags::<Numbered>::empty().to_odata_literal(), None);
}

#[test]
fn unknown_parts_are_kept_dropped_or_rejected_by_the_fallback() {
    // Undeclared bits are written as one number after the members, then the
    // unknown names in the order received.
    let actions: Actions = "reactionAdded,pinned,64,-1".parse().unwrap();
    assert_eq!(actions.to_string(), "reactionAdded,64,pinned,-1");
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
    fn numbered_sets_round_trip_by_name(members in proptest::collection::vec(0_usize..7, 0..7)) {
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

/// Graph's fileStorageContainerTypeSettingsOverride: `IsFlags`, numbered 0..6.
#[derive(GraphEnum, Clone, Debug, PartialEq)]
#[repr(i32)]
#[graph_enum(flags)]
enum FileStorageContainerTypeSettingsOverride {
    UrlTemplate = 0,
    IsDiscoverabilityEnabled = 1,
    IsSearchEnabled = 2,
    IsItemVersioningEnabled = 3,
    ItemMajorVersionLimit = 4,
    MaxStoragePerContainerInBytes = 5,
    UnknownFutureValue = 6,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Graph's windowsUpdateForBusinessUpdateWeeks: the sentinel's value 22 is 16|4|2.
#[derive(GraphEnum, Clone, Debug, PartialEq)]
#[repr(i32)]
#[graph_enum(flags)]
enum WindowsUpdateForBusinessUpdateWeeks {
    UserDefined = 0,
    FirstWeek = 1,
    SecondWeek = 2,
    ThirdWeek = 4,
    FourthWeek = 8,
    EveryWeek = 15,
    UnknownFutureValue = 22,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Beta's win32LobAppDetectionOperator: deliberate unions of bits.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(flags)]
enum Win32LobAppDetectionOperator {
    NotConfigured = 0,
    Equal = 1,
    NotEqual = 2,
    GreaterThan = 4,
    GreaterThanOrEqual = 5,
    LessThan = 8,
    LessThanOrEqual = 9,
}

#[test]
fn graphs_numbered_flags_enum_writes_back_what_it_read() {
    type Settings = Flags<FileStorageContainerTypeSettingsOverride>;
    assert_eq!(
        FileStorageContainerTypeSettingsOverride::KIND,
        FlagsKind::Names
    );
    for text in [
        "isDiscoverabilityEnabled,isSearchEnabled",
        "urlTemplate,isSearchEnabled",
        "urlTemplate",
        "isItemVersioningEnabled,maxStoragePerContainerInBytes",
    ] {
        let settings: Settings = text.parse().unwrap();
        assert_eq!(settings.to_string(), text);
    }
}

#[test]
fn the_sentinel_is_a_name_of_its_own() {
    type Weeks = Flags<WindowsUpdateForBusinessUpdateWeeks>;
    assert_eq!(WindowsUpdateForBusinessUpdateWeeks::KIND, FlagsKind::Bits);
    let sentinel: Weeks = "unknownFutureValue".parse().unwrap();
    assert!(!sentinel.contains(&WindowsUpdateForBusinessUpdateWeeks::SecondWeek));
    assert!(sentinel.contains(&WindowsUpdateForBusinessUpdateWeeks::UnknownFutureValue));
    assert_eq!(sentinel.bits(), 0);
    let both: Weeks = "everyWeek,unknownFutureValue".parse().unwrap();
    assert_eq!(both.to_string(), "everyWeek,unknownFutureValue");
    // The sentinel's value is not read as the sentinel: 22 is 16 and two weeks.
    let number: Weeks = "22".parse().unwrap();
    assert_eq!(number.to_string(), "secondWeek,thirdWeek,16");
    assert!(!number.contains(&WindowsUpdateForBusinessUpdateWeeks::UnknownFutureValue));
    // Graph rejects the sentinel in a request; all() is what may be sent.
    assert!(both.to_request_str().is_err());
    assert_eq!(Weeks::all().to_request_str().as_deref(), Ok("everyWeek"));
}

#[test]
fn deliberate_unions_are_written_as_graph_writes_them() {
    type Operators = Flags<Win32LobAppDetectionOperator>;
    assert_eq!(Win32LobAppDetectionOperator::KIND, FlagsKind::Bits);
    let union: Operators = "equal,greaterThan".parse().unwrap();
    assert_eq!(union.to_string(), "greaterThanOrEqual");
    assert_eq!(union, "greaterThanOrEqual".parse().unwrap());
    assert!(union.contains(&Win32LobAppDetectionOperator::Equal));
    // 1|4|8 as .NET (and so Graph) writes it: the largest member first.
    let two: Operators = "greaterThanOrEqual,lessThan".parse().unwrap();
    assert_eq!(two.to_string(), "greaterThan,lessThanOrEqual");
    assert_eq!(two, two.to_string().parse().unwrap());
    assert_eq!(Operators::empty().to_string(), "notConfigured");
}

#[test]
fn a_number_is_its_declared_members_plus_a_remainder() {
    let text: Actions = "17".parse().unwrap();
    assert!(text.contains(&ChatMessageActions::ReactionAdded));
    assert_eq!(text, Actions::from_bits(17).unwrap());
    assert_eq!(text, serde_json::from_str("17").unwrap());
    assert_eq!(text, "reactionAdded,16".parse().unwrap());
    assert_eq!(text, "1,16".parse().unwrap());
    assert_eq!(text.bits(), 17);
    // A lossy enum drops only the undeclared remainder.
    let lossy: Flags<Lossy> = "5".parse().unwrap();
    assert_eq!(lossy, Flags::from_bits(5).unwrap());
    assert_eq!(lossy.to_string(), "a");
}

#[test]
fn display_honours_width_fill_and_alignment() {
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
fn the_empty_sets_odata_literal_follows_the_grammar() {
    assert_eq!(
        Actions::empty().to_odata_literal().as_deref(),
        Some("microsoft.graph.chatMessageActions'0'")
    );
    assert_eq!("0".parse::<Actions>().unwrap(), Actions::empty());
    assert_eq!(
        Flags::<Permissions>::empty().to_odata_literal().as_deref(),
        Some("microsoft.graph.permissions'none'")
    );
}

#[test]
fn ignoring_case_part_by_part() {
    let actions =
        Actions::from_str_ignore_ascii_case("ReactionAdded, REACTIONREMOVED, pinned").unwrap();
    assert_eq!(actions.to_string(), "reactionAdded,reactionRemoved,pinned");
    assert_eq!(
        Actions::from_str("ReactionAdded").unwrap().to_string(),
        "ReactionAdded"
    );
}

#[test]
fn sets_order_agrees_with_equality() {
    let a: Actions = "pinned,archived,reactionAdded".parse().unwrap();
    let b: Actions = "archived,reactionAdded,pinned".parse().unwrap();
    assert_eq!(a.cmp(&b), std::cmp::Ordering::Equal);
    let mut keys = std::collections::BTreeSet::new();
    keys.insert(a);
    assert!(!keys.insert(b));
}

/// A case-insensitive flags enum reads each part by the same rule as a single
/// value (SPEC.md, "Case"): a unique match ignoring case is the member.
#[derive(GraphEnum, Clone, Debug, PartialEq)]
#[repr(i32)]
#[graph_enum(flags, ascii_case_insensitive)]
enum MailTipsType {
    AutomaticReplies = 1,
    MailboxFullStatus = 2,
    #[graph_enum(rename = "customMailTip")]
    CustomMailTip = 4,
    #[graph_enum(rename = "customMAILTip")]
    CustomMailTipShouting = 8,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn case_insensitive_flags_follow_the_single_value_rule() {
    let tips: Flags<MailTipsType> = "AutomaticReplies, MAILBOXFULLSTATUS, customMAILTip"
        .parse()
        .unwrap();
    assert_eq!(
        tips.to_string(),
        "automaticReplies,mailboxFullStatus,customMAILTip"
    );
    // Equal ignoring case to two names: not guessed at, kept as received.
    let ambiguous: Flags<MailTipsType> = "CUSTOMMAILTIP".parse().unwrap();
    assert_eq!(ambiguous.to_string(), "CUSTOMMAILTIP");
    assert!(!ambiguous.contains(&MailTipsType::CustomMailTip));
}
