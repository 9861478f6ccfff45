//! SPEC.md, "Building a set": every way a set is made holds only what its
//! writing reads back as: values inserted by hand are read as text is,
//! operators on members, bits and undeclared parts, `iter` and `collect`.

use graph_enum::Flags;
use graph_enum_test_support::fixtures::{ChatMessageActions, ClosedOverlap, LossyOverlap};

type Actions = Flags<ChatMessageActions>;

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
fn a_closed_set_keeps_only_bits_its_members_cover() {
    // `b,c` is 7: written with both members, not `b,1`.
    let both = ClosedOverlap::B | ClosedOverlap::C;
    assert_eq!(both.to_string(), "b,c");
    assert_eq!(
        both.to_string().parse::<Flags<ClosedOverlap>>().unwrap(),
        both
    );
    assert_eq!(Flags::<ClosedOverlap>::from_bits(7).unwrap(), both);
    // Taking `c` from `b` leaves 4, which no member covers: dropped.
    let mut left = Flags::from(ClosedOverlap::B);
    left.remove(&ClosedOverlap::C);
    assert!(left.is_empty());
    let cut = Flags::from(ClosedOverlap::B) & Flags::from(ClosedOverlap::C);
    assert!(cut.is_empty(), "{cut}");
    let less = Flags::from(ClosedOverlap::B) - ClosedOverlap::C;
    assert!(less.is_empty(), "{less}");
}

#[test]
fn a_lossy_set_drops_bits_no_member_covers_and_its_fallback() {
    let mut set = Flags::<LossyOverlap>::from_bits(7 | 32).unwrap();
    assert_eq!(set.to_string(), "b,c");
    // Less c (3), b (6) leaves 4, which no member covers: dropped.
    set.remove(&LossyOverlap::C);
    assert!(set.is_empty(), "{set}");
    set.insert(LossyOverlap::B);
    assert_eq!(set.to_string(), "b");
    // The fallback stands for a value that was dropped: it adds nothing.
    set.insert(LossyOverlap::Other);
    assert_eq!(set.to_string(), "b");
    assert!(!set.contains(&LossyOverlap::Other));
}

#[test]
fn operators_and_iteration() {
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
    let with_unknown: Actions = "reactionRemoved,pinned,16".parse().unwrap();
    let parts: Vec<String> = (&with_unknown)
        .into_iter()
        .map(|part| part.to_string())
        .collect();
    assert_eq!(parts, ["reactionRemoved", "16", "pinned"]);
    round_trips(&with_unknown);
    assert_eq!(with_unknown.clone() | with_unknown.clone(), with_unknown);
    assert_eq!(
        with_unknown.clone() & "pinned,16".parse::<Actions>().unwrap(),
        "16,pinned".parse().unwrap()
    );
    assert_eq!(Actions::default(), Actions::empty());
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
