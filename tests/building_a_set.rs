//! Every way a value or a set is made keeps SPEC.md's laws ("Building a
//! set", "The sentinel"): the examples of issue #27, each a case the read
//! path kept and construction by hand did not.

use graph_enum::{Flags, GraphEnum, UnknownValue};

/// Graph's chatMessageActions: the sentinel's value 8 is no bit.
#[derive(GraphEnum, Clone, Debug, PartialEq)]
#[repr(i32)]
#[graph_enum(flags)]
enum ChatMessageActions {
    ReactionAdded = 1,
    ReactionRemoved = 2,
    ActionUndefined = 4,
    UnknownFutureValue = 8,
    Mover = 16,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

type Actions = Flags<ChatMessageActions>;

/// Closed, with members whose bits overlap without nesting.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(flags)]
enum Overlapping {
    B = 6,
    C = 3,
    D = 8,
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(flags)]
enum LossyFlags {
    A = 1,
    B = 2,
    #[graph_enum(unknown)]
    Other,
}

/// Case-sensitive, evolvable, single values.
#[derive(GraphEnum, Clone, Debug, PartialEq)]
enum Status {
    Done,
    UnknownFutureValue,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// `write(set)` reads back as `set`, and so does its `iter()`.
fn round_trips(set: &Actions) {
    let written = set.to_string();
    assert_eq!(&written.parse::<Actions>().unwrap(), set, "{written:?}");
    assert_eq!(&set.iter().collect::<Actions>(), set, "{written:?}");
}

#[test]
fn an_inserted_unknown_value_is_read_as_a_set_reads_its_text() {
    let two = Actions::from(ChatMessageActions::from("pinned,archived"));
    assert_eq!(two, "pinned,archived".parse().unwrap());
    assert_eq!(two.iter().count(), 2);
    round_trips(&two);

    let mut trimmed = Actions::empty();
    trimmed.insert(ChatMessageActions::from(" pinned "));
    assert_eq!(trimmed.to_string(), "pinned");
    assert!(trimmed.contains(&ChatMessageActions::from("pinned")));
    round_trips(&trimmed);

    // A part spelling a member is that member, as reading makes it.
    let member = Actions::from(ChatMessageActions::from(" reactionAdded"));
    assert_eq!(member, Actions::from(ChatMessageActions::ReactionAdded));

    // The empty text is no part: the set stays empty, as "" reads.
    let empty = Actions::from(ChatMessageActions::from(""));
    assert!(empty.is_empty());
    assert_eq!(empty, "".parse().unwrap());
    round_trips(&empty);

    let collected: Actions = ["a, b", "", "c"]
        .into_iter()
        .map(ChatMessageActions::from)
        .collect();
    assert_eq!(collected, "a,b,c".parse().unwrap());
    round_trips(&collected);

    let mut removed = collected.clone();
    removed.remove(&ChatMessageActions::from("c,a"));
    assert_eq!(removed.to_string(), "b");
}

#[test]
fn the_sentinel_is_never_bits() {
    let eight: Actions = "8".parse().unwrap();
    assert!(!eight.contains(&ChatMessageActions::UnknownFutureValue));
    // As bits, 8 is no member: one unknown part, although the single value
    // `8` is the sentinel (SPEC.md, law 5).
    let parts: Vec<ChatMessageActions> = eight.iter().collect();
    assert_eq!(parts.len(), 1);
    assert!(parts[0].is_unknown());
    assert_eq!(parts[0].as_str(), "8");
    assert_eq!(
        ChatMessageActions::from(8),
        ChatMessageActions::UnknownFutureValue
    );
    round_trips(&eight);
    assert_eq!(Actions::from_bits(8).unwrap(), eight);
    assert_eq!(eight.to_request_str().as_deref(), Ok("8"));
}

#[test]
fn the_sentinel_is_a_name_in_any_ascii_case() {
    for text in [
        "unknownFutureValue",
        "UnknownFutureValue",
        "UNKNOWNFUTUREVALUE",
    ] {
        let set: Actions = text.parse().unwrap();
        assert!(
            set.contains(&ChatMessageActions::UnknownFutureValue),
            "{text}"
        );
        assert_eq!(set.to_string(), "unknownFutureValue");
        assert!(set.to_request_str().is_err(), "{text}");
        assert_eq!(set.bits(), 0);

        let single: Status = text.parse().unwrap();
        assert_eq!(single, Status::UnknownFutureValue, "{text}");
        assert!(single.to_request_str().is_err());
        assert_eq!(Status::from(text), Status::UnknownFutureValue);
    }
    // Written in its declared place, as Graph writes a set: declaration order.
    let both: Actions = "mover,unknownFutureValue".parse().unwrap();
    assert_eq!(both.to_string(), "unknownFutureValue,mover");
}

#[test]
fn a_closed_set_holds_only_bits_its_members_cover() {
    assert!("2".parse::<Flags<Overlapping>>().is_err());
    assert!(Flags::<Overlapping>::from_bits(2).is_err());
    assert!(Flags::<Overlapping>::from_bits(16).is_err());
    // serde reads by the same rule, from text and from an integer.
    assert!(serde_json::from_str::<Flags<Overlapping>>(r#""2""#).is_err());
    assert!(serde_json::from_str::<Flags<Overlapping>>("2").is_err());
    assert!(serde_json::from_str::<Flags<Overlapping>>("7").is_ok());
    // `b,c` is 7: written with both members, not `b,1`.
    let both = Overlapping::B | Overlapping::C;
    assert_eq!(both.to_string(), "b,c");
    assert_eq!(
        both.to_string().parse::<Flags<Overlapping>>().unwrap(),
        both
    );
    assert_eq!(Flags::<Overlapping>::from_bits(7).unwrap(), both);
    // Taking `c` from `b` leaves 4, which no member covers: dropped.
    let mut left = Flags::from(Overlapping::B);
    left.remove(&Overlapping::C);
    assert!(left.is_empty());
    let cut = Flags::from(Overlapping::B) & Flags::from(Overlapping::C);
    assert!(cut.is_empty(), "{cut}");
    assert_eq!(cut.to_string().parse::<Flags<Overlapping>>().unwrap(), cut);
}

#[test]
fn a_lossy_set_drops_bits_no_member_covers() {
    let set = Flags::<LossyFlags>::from_bits(7).unwrap();
    assert_eq!(set.to_string(), "a,b");
    let mut set: Flags<LossyFlags> = "a,zzz".parse().unwrap();
    assert_eq!(set.to_string(), "a");
    set.insert(LossyFlags::Other);
    assert_eq!(set.to_string(), "a");
    assert!(!set.contains(&LossyFlags::Other));
}

#[test]
fn single_insertions_and_removals_agree_with_reading() {
    // Thousands of parts one at a time: the same set as reading them at once,
    // before and after every part is removed again.
    let texts: Vec<String> = (0..5_000)
        .map(|n| format!("p{}", (n * 7_919) % 5_000))
        .collect();
    let mut set = Actions::empty();
    for text in &texts {
        set.insert(ChatMessageActions::from(text.as_str()));
    }
    let read: Actions = texts.join(",").parse().unwrap();
    assert_eq!(set, read);
    assert_eq!(set.to_string(), read.to_string());
    for text in texts.iter().step_by(2) {
        set.remove(&ChatMessageActions::from(text.as_str()));
    }
    let odd: Vec<&str> = texts
        .iter()
        .skip(1)
        .step_by(2)
        .map(String::as_str)
        .collect();
    assert_eq!(set, odd.join(",").parse().unwrap());
    assert_eq!(set.to_string(), odd.join(","));
    for text in &odd {
        set.remove(&ChatMessageActions::from(*text));
    }
    assert!(set.is_empty());
    assert_eq!(set, Actions::empty());
}
