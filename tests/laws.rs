//! SPEC.md's laws as property tests over derived enums of every shape, on
//! arbitrary input: names, their case variants, numeric text in every
//! spelling, and text no member has.

use std::collections::hash_map::DefaultHasher;
use std::fmt::Debug;
use std::hash::{Hash, Hasher};

use graph_enum::{Flags, GraphEnum, GraphFlags, UnknownValue};
use proptest::prelude::*;
use serde::de::DeserializeOwned;

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Closed {
    None = 0,
    InProgress = 1,
    Completed = 2,
    Failed = -3,
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Lossy {
    None = 0,
    InProgress = 1,
    Completed = 2,
    #[graph_enum(unknown)]
    Other,
}

#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
enum Lossless {
    None = 0,
    InProgress = 1,
    Completed = 2,
    UnknownFutureValue = 3,
    Paused = 4,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[graph_enum(ascii_case_insensitive)]
enum CaseInsensitive {
    Html,
    Text,
    #[graph_enum(rename = "iosUpdate")]
    IosUpdate,
    #[graph_enum(rename = "iOSUpdate")]
    IOsUpdate,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(flags)]
enum Bits {
    None = 0,
    Read = 1,
    Write = 2,
    Delete = 4,
    Full = 7,
    UnknownFutureValue = 8,
    Share = 16,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(flags)]
enum Names {
    UrlTemplate = 0,
    IsDiscoverabilityEnabled = 1,
    IsSearchEnabled = 2,
    IsItemVersioningEnabled = 3,
    ItemMajorVersionLimit = 4,
    UnknownFutureValue = 5,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// One bit per member, as nearly all of Graph's flags enums are (the writer
/// takes a shorter path for them), with a bit no member holds (16).
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(flags)]
enum SingleBits {
    None = 0,
    Read = 1,
    Write = 2,
    Delete = 4,
    UnknownFutureValue = 8,
    Share = 32,
    Archive = 64,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph_enum(flags)]
enum ClosedBits {
    Read = 1,
    Write = 2,
    ReadWrite = 3,
    Delete = 8,
}

/// Closed, with members whose bits overlap without nesting (`6` and `3`).
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph_enum(flags)]
enum ClosedOverlap {
    B = 6,
    C = 3,
    D = 8,
}

/// Lossy, with overlapping members and the sentinel.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph_enum(flags)]
enum LossyOverlap {
    B = 6,
    C = 3,
    UnknownFutureValue = 8,
    D = 16,
    #[graph_enum(unknown)]
    Other,
}

fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// Text of every kind for `E`: its names as declared and in other cases,
/// numbers spelt with signs and zeros, and other text.
fn text<E: GraphEnum>() -> impl Strategy<Value = String> {
    let names: Vec<&'static str> = E::MEMBERS.iter().map(|member| member.name).collect();
    let name = proptest::sample::select(names);
    prop_oneof![
        name.clone().prop_map(str::to_owned),
        name.prop_map(str::to_ascii_uppercase),
        (-20_i64..40, "[+]?", "0{0,2}").prop_map(|(n, sign, zeros)| if n < 0 {
            format!("-{zeros}{}", -n)
        } else {
            format!("{sign}{zeros}{n}")
        }),
        any::<i64>().prop_map(|n| n.to_string()),
        "[a-zA-Z ]{0,12}",
        "\\PC{0,6}",
    ]
}

/// Laws 1, 2, 3 and 5 for single values read from `texts`.
fn single_laws<E>(texts: &[String]) -> Result<(), TestCaseError>
where
    E: GraphEnum + Clone + Eq + Hash + Debug,
{
    let values: Vec<E> = texts.iter().filter_map(|text| text.parse().ok()).collect();
    for value in &values {
        let written = value.to_string();
        let again: E = written
            .parse()
            .map_err(|error| TestCaseError::fail(format!("{error}")))?;
        prop_assert_eq!(&again, value);
        prop_assert_eq!(again.to_string(), written.clone());
        if value.is_unknown() {
            // Law 5: an undeclared value never holds a declared name or value.
            prop_assert!(E::MEMBERS.iter().all(|member| member.name != written));
            prop_assert!(E::MEMBERS
                .iter()
                .all(|member| Some(member.value) != value.value().map(Into::into)));
        }
    }
    for a in &values {
        for b in &values {
            prop_assert_eq!(a == b, a.to_string() == b.to_string(), "{:?} {:?}", a, b);
            if a == b {
                prop_assert_eq!(hash_of(a), hash_of(b));
            }
        }
    }
    Ok(())
}

/// Law 4 for single values.
fn number_laws<E>(n: i64) -> Result<(), TestCaseError>
where
    E: GraphEnum + PartialEq + Debug + DeserializeOwned,
{
    let Ok(value) = E::Value::try_from(n) else {
        return Ok(());
    };
    let by_text = E::from_str(&n.to_string());
    let by_json = serde_json::from_str::<E>(&n.to_string());
    // Every spelling of the number is the same value.
    let spelt = if n < 0 {
        format!("-0{}", n.unsigned_abs())
    } else {
        format!("+0{n}")
    };
    let by_spelling = E::from_str(&spelt);
    match E::from_value(value) {
        Ok(by_value) => {
            prop_assert_eq!(by_text.as_ref(), Ok(&by_value));
            prop_assert_eq!(by_spelling.as_ref(), Ok(&by_value));
            prop_assert_eq!(by_json.as_ref().ok(), Some(&by_value));
            if !(by_value.is_unknown() && E::FALLBACK == graph_enum::Fallback::Lossy) {
                prop_assert_eq!(by_value.value(), Some(value));
            }
        }
        Err(_) => {
            prop_assert!(by_text.is_err() && by_json.is_err());
        }
    }
    Ok(())
}

/// A flags value: parts of every kind joined by commas with stray spaces.
fn flags_text<E: GraphEnum>() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            text::<E>(),
            (0_i64..64).prop_map(|n| n.to_string()),
            "[a-z]{1,6}",
        ],
        0..8,
    )
    .prop_map(|parts| parts.join(" , "))
}

/// Laws 1 to 4 for sets read from `text`, and order independence.
fn flags_laws<E>(text: &str) -> Result<(), TestCaseError>
where
    E: GraphFlags + Debug,
{
    let Ok(set) = text.parse::<Flags<E>>() else {
        return Ok(());
    };
    let written = set.to_string();
    let again: Flags<E> = written
        .parse()
        .map_err(|error| TestCaseError::fail(format!("{error}")))?;
    prop_assert_eq!(&again, &set);
    prop_assert_eq!(again.to_string(), written.clone());
    prop_assert_eq!(hash_of(&again), hash_of(&set));
    // The parts in reverse order are the same set.
    let reversed: Vec<&str> = text.split(',').rev().collect();
    let reversed: Flags<E> = reversed
        .join(",")
        .parse()
        .map_err(|error| TestCaseError::fail(format!("{error}")))?;
    prop_assert_eq!(&reversed, &set);
    prop_assert_eq!(hash_of(&reversed), hash_of(&set));
    prop_assert_eq!(reversed.cmp(&set), std::cmp::Ordering::Equal);
    Ok(())
}

fn flags_number_laws<E>(n: i64) -> Result<(), TestCaseError>
where
    E: GraphFlags + Debug,
    Flags<E>: DeserializeOwned,
{
    let by_text = n.to_string().parse::<Flags<E>>();
    let by_json = serde_json::from_str::<Flags<E>>(&n.to_string());
    match Flags::<E>::from_bits(n) {
        Ok(by_bits) => {
            prop_assert_eq!(by_text.as_ref(), Ok(&by_bits));
            prop_assert_eq!(by_json.as_ref().ok(), Some(&by_bits));
        }
        Err(_) => prop_assert!(by_text.is_err() && by_json.is_err()),
    }
    Ok(())
}

/// One way to make or change a set, for law 1 over every constructor.
#[derive(Clone, Debug)]
enum Step {
    Parse(String),
    FromBits(i64),
    From(String),
    Insert(String),
    Remove(String),
    Extend(Vec<String>),
    Union(String),
    Intersect(String),
    Difference(String),
    OrValue(String),
    SubValue(String),
}

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

fn apply<E: GraphFlags>(set: &mut Flags<E>, step: &Step) {
    let value = |text: &str| text.parse::<E>().ok();
    let set_of = |text: &str| text.parse::<Flags<E>>().ok();
    match step {
        Step::Parse(text) => {
            if let Some(read) = set_of(text) {
                *set = read;
            }
        }
        Step::FromBits(n) => {
            if let Ok(read) = Flags::from_bits(*n) {
                *set = read;
            }
        }
        Step::From(text) => {
            if let Some(value) = value(text) {
                *set = Flags::from(value);
            }
        }
        Step::Insert(text) => {
            if let Some(value) = value(text) {
                set.insert(value);
            }
        }
        Step::Remove(text) => {
            if let Some(value) = value(text) {
                set.remove(&value);
            }
        }
        Step::Extend(texts) => set.extend(texts.iter().filter_map(|text| value(text))),
        Step::Union(text) => {
            if let Some(other) = set_of(text) {
                *set |= other;
            }
        }
        Step::Intersect(text) => {
            if let Some(other) = set_of(text) {
                *set &= other;
            }
        }
        Step::Difference(text) => {
            if let Some(other) = set_of(text) {
                *set -= other;
            }
        }
        Step::OrValue(text) => {
            if let Some(value) = value(text) {
                *set = set.clone() | value;
            }
        }
        Step::SubValue(text) => {
            if let Some(value) = value(text) {
                *set = set.clone() - value;
            }
        }
    }
}

/// Law 1 (and 2, 3) after every step: what a set holds is what it writes,
/// and that writing reads back as the set; its parts, collected, are the set.
fn construction_laws<E>(steps: &[Step]) -> Result<(), TestCaseError>
where
    E: GraphFlags + Debug,
{
    let mut set = Flags::<E>::empty();
    for step in steps {
        apply(&mut set, step);
        let written = set.to_string();
        let again: Flags<E> = written
            .parse()
            .map_err(|error| TestCaseError::fail(format!("{step:?}: {error}")))?;
        prop_assert_eq!(&again, &set, "{:?}", step);
        prop_assert_eq!(again.to_string(), written.clone(), "{:?}", step);
        prop_assert_eq!(hash_of(&again), hash_of(&set));
        prop_assert_eq!(&set.iter().collect::<Flags<E>>(), &set, "{:?}", step);
        for part in &set {
            prop_assert!(set.contains(&part), "{:?} in {}", part, written);
        }
    }
    Ok(())
}

/// SPEC.md's writing of a set of bits, done the plain way: every member
/// (not zero, not the sentinel) by value, largest first, taken when all its
/// bits are still left; the taken ones in declaration order, then what is left
/// as a number. Any faster walk the runtime takes must write what this one does.
fn written_plainly<E: GraphEnum>(bits: u64) -> String {
    let mut by_value: Vec<(u64, usize)> = E::MEMBERS
        .iter()
        .enumerate()
        .filter(|(_, member)| !member.name.eq_ignore_ascii_case("unknownFutureValue"))
        .filter_map(|(index, member)| {
            Some((
                u64::try_from(member.value)
                    .ok()
                    .filter(|value| *value > 0)?,
                index,
            ))
        })
        .collect();
    by_value.sort_unstable_by(|a, b| b.cmp(a));
    let mut left = bits;
    let mut taken = Vec::new();
    for (value, index) in by_value {
        if value & left == value {
            taken.push(index);
            left &= !value;
        }
    }
    taken.sort_unstable();
    let mut parts: Vec<String> = taken
        .iter()
        .map(|&index| E::MEMBERS[index].name.to_owned())
        .collect();
    if left != 0 {
        parts.push(left.to_string());
    }
    parts.join(",")
}

fn flags_writing_law<E>(n: i64) -> Result<(), TestCaseError>
where
    E: GraphFlags + Debug,
{
    // Zero is written as the zero member, if there is one: not this law.
    if let (true, Ok(set)) = (n != 0, Flags::<E>::from_bits(n)) {
        prop_assert_eq!(
            set.to_string(),
            written_plainly::<E>(n.unsigned_abs()),
            "{}",
            n
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn single_values_round_trip_and_compare_by_their_writing(
        closed in proptest::collection::vec(text::<Closed>(), 1..6),
        lossy in proptest::collection::vec(text::<Lossy>(), 1..6),
        lossless in proptest::collection::vec(text::<Lossless>(), 1..6),
        case in proptest::collection::vec(text::<CaseInsensitive>(), 1..6),
    ) {
        single_laws::<Closed>(&closed)?;
        single_laws::<Lossy>(&lossy)?;
        single_laws::<Lossless>(&lossless)?;
        single_laws::<CaseInsensitive>(&case)?;
    }

    #[test]
    fn numbers_agree_in_every_form(n in prop_oneof![-10_i64..10, any::<i32>().prop_map(i64::from), any::<i64>()]) {
        number_laws::<Closed>(n)?;
        number_laws::<Lossy>(n)?;
        number_laws::<Lossless>(n)?;
        number_laws::<CaseInsensitive>(n)?;
    }

    #[test]
    fn flags_round_trip_in_any_order(
        bits in flags_text::<Bits>(),
        names in flags_text::<Names>(),
        closed in flags_text::<ClosedBits>(),
        single in flags_text::<SingleBits>(),
    ) {
        flags_laws::<Bits>(&bits)?;
        flags_laws::<SingleBits>(&single)?;
        flags_laws::<Names>(&names)?;
        flags_laws::<ClosedBits>(&closed)?;
    }

    #[test]
    fn flags_numbers_agree_in_every_form(n in prop_oneof![-4_i64..256, any::<i64>()]) {
        flags_number_laws::<Bits>(n)?;
        flags_number_laws::<SingleBits>(n)?;
        flags_number_laws::<Names>(n)?;
        flags_number_laws::<ClosedBits>(n)?;
    }

    #[test]
    fn sets_made_every_way_round_trip(
        bits in steps::<Bits>(),
        single in steps::<SingleBits>(),
        names in steps::<Names>(),
        closed in steps::<ClosedBits>(),
        overlap in steps::<ClosedOverlap>(),
        lossy in steps::<LossyOverlap>(),
    ) {
        construction_laws::<Bits>(&bits)?;
        construction_laws::<SingleBits>(&single)?;
        construction_laws::<Names>(&names)?;
        construction_laws::<ClosedBits>(&closed)?;
        construction_laws::<ClosedOverlap>(&overlap)?;
        construction_laws::<LossyOverlap>(&lossy)?;
    }

    #[test]
    fn sets_of_bits_are_written_largest_member_first(n in 1_i64..256) {
        flags_writing_law::<Bits>(n & !8)?;
        flags_writing_law::<SingleBits>(n & !8)?;
        flags_writing_law::<ClosedBits>(n)?;
    }
}
