//! SPEC.md, "The sentinel": `unknownFutureValue` is a name of its own in any
//! ASCII case, never bits, in a set only if read or inserted, and never sent.

use graph_enum::{Flags, GraphEnum};
use graph_enum_test_support::fixtures::{
    Bits, ChatMessageActions, Lossless, SingleBits, UpdateWeeks,
};

type Actions = Flags<ChatMessageActions>;

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

        // A single value reads it so too, in a case-sensitive enum.
        let single: Lossless = text.parse().unwrap();
        assert_eq!(single, Lossless::UnknownFutureValue, "{text}");
        assert!(single.to_request_str().is_err());
        assert_eq!(Lossless::from(text), Lossless::UnknownFutureValue);
    }
}

#[test]
fn its_value_is_never_read_as_bits_nor_bits_as_it() {
    // windowsUpdateForBusinessUpdateWeeks: the sentinel is 22 = 16|4|2.
    let sentinel: Flags<UpdateWeeks> = "unknownFutureValue".parse().unwrap();
    assert!(!sentinel.contains(&UpdateWeeks::SecondWeek));
    assert!(sentinel.contains(&UpdateWeeks::UnknownFutureValue));
    assert_eq!(sentinel.bits(), 0);
    let number: Flags<UpdateWeeks> = "22".parse().unwrap();
    assert_eq!(number.to_string(), "secondWeek,thirdWeek,16");
    assert!(!number.contains(&UpdateWeeks::UnknownFutureValue));
    let both: Flags<UpdateWeeks> = "everyWeek,unknownFutureValue".parse().unwrap();
    assert_eq!(both.to_string(), "everyWeek,unknownFutureValue");

    // chatMessageActions: 8 is an undeclared remainder, not the sentinel.
    let eight: Actions = "8".parse().unwrap();
    assert!(!eight.contains(&ChatMessageActions::UnknownFutureValue));
    let parts: Vec<ChatMessageActions> = eight.iter().collect();
    assert_eq!(parts.len(), 1);
    assert!(parts[0].is_unknown());
    assert_eq!(parts[0].as_str(), "8");
    // Read alone, 8 is the sentinel (SPEC.md, law 5).
    assert_eq!(
        ChatMessageActions::from(8),
        ChatMessageActions::UnknownFutureValue
    );
    assert_eq!(eight.iter().collect::<Actions>(), eight);
    assert_eq!(Actions::from_bits(8).unwrap(), eight);
    assert_eq!(eight.to_request_str().as_deref(), Ok("8"));
}

#[test]
fn it_is_written_in_its_declared_place() {
    // As Graph writes a set: declaration order, `share` declared after it.
    let both: Flags<Bits> = "share,unknownFutureValue".parse().unwrap();
    assert_eq!(both.to_string(), "unknownFutureValue,share");
    assert_eq!(both.bits(), 16);
}

#[test]
fn all_is_every_member_a_client_may_send() {
    let all = Flags::<SingleBits>::all();
    assert_eq!(all.bits(), 1 | 2 | 4 | 32 | 64);
    assert!(!all.contains(&SingleBits::UnknownFutureValue));
    assert!(all.contains(&SingleBits::Archive));
    assert_eq!(
        all.to_request_str().as_deref(),
        Ok("read,write,delete,share,archive")
    );
    assert_eq!(
        Flags::<UpdateWeeks>::all().to_request_str().as_deref(),
        Ok("everyWeek")
    );
    let mut with_sentinel = all.clone();
    with_sentinel.insert(SingleBits::UnknownFutureValue);
    assert!(with_sentinel.to_request_str().is_err());
}
