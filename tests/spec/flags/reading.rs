//! SPEC.md, "Reading" (a set): split at commas, parts trimmed, each read as a
//! single value, numbers as bits (members plus a remainder) or names; what no
//! member covers kept, dropped or refused by the fallback.

use std::str::FromStr;

use graph_enum::{Flags, GraphEnum, UnknownValue};
use graph_enum_test_support::fixtures::{
    ChatMessageActions, ClosedBits, ClosedOverlap, LossyOverlap,
};
use proptest::prelude::*;

type Actions = Flags<ChatMessageActions>;

#[test]
fn names_numbers_and_spaces() {
    let actions: Actions = "reactionAdded,reactionRemoved".parse().unwrap();
    assert_eq!(actions.bits(), 3);
    assert_eq!(actions, "reactionRemoved, reactionAdded".parse().unwrap());
    assert_eq!(actions, "1,2".parse().unwrap());
    assert_eq!(actions, "3".parse().unwrap());
    assert_eq!(actions, " reactionAdded ,2 ".parse().unwrap());
    assert_eq!(actions, ",reactionAdded,,reactionRemoved,".parse().unwrap());
    assert!("".parse::<Actions>().unwrap().is_empty());
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
    // A negative number has no bits: undeclared as a whole.
    assert_eq!(Actions::from_bits(-4).unwrap().to_string(), "-4");
    assert_eq!(Actions::from_bits(-4).unwrap().bits(), 0);
}

#[test]
fn undeclared_parts_are_kept_dropped_or_refused() {
    // Kept: bits as one number after the members, then the names as received.
    let actions: Actions = "reactionAdded,pinned,64,-1".parse().unwrap();
    assert_eq!(actions.to_string(), "reactionAdded,64,pinned,-1");
    assert_eq!(actions.bits(), 1 | 64);
    assert!(actions.contains(&"pinned".parse().unwrap()));
    assert_eq!(actions, actions.to_string().parse().unwrap());
    assert_eq!(
        Actions::from_bits(1 | 32).unwrap().to_string(),
        "reactionAdded,32"
    );

    // Dropped: 19 is c (3) and d (16); 32 and `zeta` no member covers.
    let lossy: Flags<LossyOverlap> = "c,zeta,32".parse().unwrap();
    assert_eq!(lossy.to_string(), "c");
    assert_eq!(
        "19".parse::<Flags<LossyOverlap>>().unwrap().to_string(),
        "c,d"
    );
    assert_eq!(
        Flags::<LossyOverlap>::from_bits(7 | 32)
            .unwrap()
            .to_string(),
        "b,c"
    );

    // Refused, naming the part.
    let error = "read,archive".parse::<Flags<ClosedBits>>().unwrap_err();
    assert_eq!(error.to_string(), r#"invalid closedBits value "archive""#);
    assert!("read,16".parse::<Flags<ClosedBits>>().is_err());
    assert_eq!(
        Flags::<ClosedBits>::from_bits(16).unwrap_err().to_string(),
        "invalid closedBits value 16"
    );
    assert_eq!(
        Flags::<ClosedBits>::from_bits(11).unwrap().to_string(),
        "readWrite,delete"
    );
}

#[test]
fn a_closed_set_holds_only_bits_its_members_cover() {
    // No member is within 2: b is 6, c is 3.
    assert!("2".parse::<Flags<ClosedOverlap>>().is_err());
    assert!(Flags::<ClosedOverlap>::from_bits(2).is_err());
    assert!(Flags::<ClosedOverlap>::from_bits(16).is_err());
    // serde reads by the same rule, from text and from an integer.
    assert!(serde_json::from_str::<Flags<ClosedOverlap>>(r#""2""#).is_err());
    assert!(serde_json::from_str::<Flags<ClosedOverlap>>("2").is_err());
    assert_eq!(
        serde_json::from_str::<Flags<ClosedOverlap>>("7").unwrap(),
        ClosedOverlap::B | ClosedOverlap::C
    );
}

#[test]
fn serde_reads_and_writes_sets_as_text() {
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
    let error = serde_json::from_str::<Flags<ClosedBits>>(r#""read,archive""#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"invalid value: string "archive", expected a comma-separated list of closedBits values at line 1 column 14"#
    );
    assert!(serde_json::from_str::<Flags<ClosedBits>>("true").is_err());
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

proptest! {
    #[test]
    fn any_set_of_members_round_trips(bits in 0_i64..16) {
        let set = Actions::from_bits(bits).unwrap();
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
}
