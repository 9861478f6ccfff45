//! SPEC.md's laws, each a check that panics with its input when the law
//! fails. The inputs are anything: text, numbers, steps decoded from bytes.

use std::collections::hash_map::DefaultHasher;
use std::fmt::Debug;
use std::hash::{Hash, Hasher};

use graph_enum::{Fallback, Flags, FlagsKind, GraphEnum, GraphFlags, Member};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// `value`'s hash, as a `HashMap` computes it.
#[must_use]
pub fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// OData's numeric form, as SPEC.md defines it: a sign and 1 to 19 digits.
#[must_use]
pub fn odata_integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    if digits.is_empty() || digits.len() > 19 || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Whether `text` is a name of `member` as reading takes it: its exact name,
/// or equal to it ignoring ASCII case when it is the sentinel or the enum is
/// `ascii_case_insensitive` (where text equal to two names names neither;
/// the fixtures with such names are checked where that matters).
#[must_use]
pub fn names_member<E: GraphEnum>(text: &str, member: &Member) -> bool {
    text == member.name
        || ((member.is_sentinel || E::ASCII_CASE_INSENSITIVE)
            && text.eq_ignore_ascii_case(member.name))
}

/// "Reading a single value" on `text`: a declared name (the sentinel in any
/// ASCII case) or a declared value's number gives that member; anything else
/// is the fallback (kept verbatim when lossless, a number in canonical
/// decimal) or an error naming the input; reading ignoring case agrees with
/// exact reading wherever that finds a member.
pub fn reading<E: GraphEnum + PartialEq + Debug>(text: &str) {
    match text.parse::<E>() {
        Ok(value) => {
            match value.member() {
                Some(member) => {
                    let numeric = odata_integer(text) == Some(member.value);
                    assert!(
                        names_member::<E>(text, member) || numeric,
                        "{text:?} gave {value:?}"
                    );
                    assert_eq!(value.as_str(), member.name);
                }
                None => {
                    assert!(value.is_unknown());
                    assert!(E::MEMBERS.iter().all(|member| member.name != text));
                    if E::FALLBACK == Fallback::Lossless {
                        match odata_integer(text) {
                            Some(number) => assert_eq!(value.to_string(), number.to_string()),
                            None => assert_eq!(value.to_string(), text),
                        }
                    }
                }
            }
            let again: E = value.to_string().parse().unwrap();
            assert_eq!(again, value);
        }
        Err(error) => {
            assert_eq!(E::FALLBACK, Fallback::Closed);
            assert!(text.starts_with(error.input()));
            assert!(E::MEMBERS.iter().all(|member| member.name != text));
            let message = error.to_string();
            assert!(message.starts_with("invalid "), "{message}");
        }
    }
    if let Ok(exact) = text.parse::<E>() {
        if exact.member().is_some() && odata_integer(text).is_none() {
            assert_eq!(
                E::from_str_ignore_ascii_case(text).ok(),
                Some(exact),
                "{text:?}"
            );
        }
    }
}

/// Laws 1, 2, 3 and 5 for the single values read from `texts`: each reads
/// back from its writing and writes the same; two are equal exactly when
/// they are written alike, and then hash alike; an undeclared value holds no
/// declared name or value.
pub fn single_values<E: GraphEnum + Eq + Hash + Debug>(texts: &[String]) {
    let values: Vec<E> = texts.iter().filter_map(|text| text.parse().ok()).collect();
    for value in &values {
        let written = value.to_string();
        let again: E = written
            .parse()
            .unwrap_or_else(|error| panic!("{written:?}: {error}"));
        assert_eq!(&again, value);
        assert_eq!(again.to_string(), written);
        if value.is_unknown() {
            assert!(
                E::MEMBERS.iter().all(|member| member.name != written),
                "{written:?}"
            );
            assert!(
                E::MEMBERS
                    .iter()
                    .all(|member| Some(member.value) != value.value().map(Into::into)),
                "{written:?}"
            );
        }
    }
    for a in &values {
        for b in &values {
            assert_eq!(a == b, a.to_string() == b.to_string(), "{a:?} {b:?}");
            if a == b {
                assert_eq!(hash_of(a), hash_of(b), "{a:?}");
            }
        }
    }
}

/// Law 4 for single values: `n` as text in any spelling, as a JSON integer
/// and as a value is the same value, or an error in every form.
pub fn number<E: GraphEnum + PartialEq + Debug + DeserializeOwned>(n: i64) {
    let Ok(value) = E::Value::try_from(n) else {
        return;
    };
    let by_text = n.to_string().parse::<E>();
    let by_json = serde_json::from_str::<E>(&n.to_string());
    let spelt = if n < 0 {
        format!("-0{}", n.unsigned_abs())
    } else {
        format!("+0{n}")
    };
    let by_spelling = spelt.parse::<E>();
    match E::from_value(value) {
        Ok(by_value) => {
            assert_eq!(by_text.as_ref(), Ok(&by_value), "{n}");
            assert_eq!(by_spelling.as_ref(), Ok(&by_value), "{spelt}");
            assert_eq!(by_json.as_ref().ok(), Some(&by_value), "{n}");
            if !(by_value.is_unknown() && E::FALLBACK == Fallback::Lossy) {
                assert_eq!(by_value.value(), Some(value), "{n}");
            }
        }
        Err(_) => assert!(by_text.is_err() && by_json.is_err(), "{n}"),
    }
}

/// The flags laws on `text`: the set reads back from its writing, writes the
/// same and hashes the same; its parts in reverse order are the same set
/// (`==`, `Hash`, `Ord`); the sentinel is written exactly when a part named
/// it; a names enum writes exactly the members read; one number reads as
/// `from_bits`.
pub fn flags<E: GraphFlags + Debug>(text: &str) {
    let Ok(set) = text.parse::<Flags<E>>() else {
        return;
    };
    let written = set.to_string();
    let again: Flags<E> = written
        .parse()
        .unwrap_or_else(|error| panic!("{text:?} wrote {written:?}: {error}"));
    assert_eq!(again, set, "{text:?} wrote {written:?}");
    assert_eq!(again.to_string(), written);
    assert_eq!(again.bits(), set.bits());
    assert_eq!(hash_of(&again), hash_of(&set));
    let reversed: Vec<&str> = text.split(',').rev().collect();
    let reversed: Flags<E> = reversed.join(",").parse().unwrap();
    assert_eq!(reversed, set, "{text:?} reversed");
    assert_eq!(hash_of(&reversed), hash_of(&set));
    assert_eq!(reversed.cmp(&set), std::cmp::Ordering::Equal);
    let parts: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    let written_parts: Vec<&str> = written.split(',').filter(|part| !part.is_empty()).collect();
    if let Some(sentinel) = E::MEMBERS.iter().find(|member| member.is_sentinel) {
        let read = parts.iter().any(|part| {
            part.eq_ignore_ascii_case(sentinel.name)
                || (E::KIND == FlagsKind::Names && odata_integer(part) == Some(sentinel.value))
        });
        assert_eq!(
            written_parts.contains(&sentinel.name),
            read,
            "{text:?} wrote {written:?}"
        );
    }
    if E::KIND == FlagsKind::Names {
        for member in E::MEMBERS {
            let read = parts.iter().any(|part| {
                names_member::<E>(part, member) || odata_integer(part) == Some(member.value)
            });
            assert_eq!(
                written_parts.contains(&member.name),
                read,
                "{text:?} wrote {written:?}"
            );
        }
    }
    if let [only] = parts[..] {
        if let Some(number) = odata_integer(only) {
            assert_eq!(Flags::<E>::from_bits(number).ok(), Some(set), "{text:?}");
        }
    }
}

/// Law 4 for sets: `n` as text, as a JSON integer and through `from_bits`
/// is the same set, or an error in every form.
pub fn flags_number<E: GraphFlags + Debug>(n: i64)
where
    Flags<E>: DeserializeOwned,
{
    let by_text = n.to_string().parse::<Flags<E>>();
    let by_json = serde_json::from_str::<Flags<E>>(&n.to_string());
    match Flags::<E>::from_bits(n) {
        Ok(by_bits) => {
            assert_eq!(by_text.as_ref(), Ok(&by_bits), "{n}");
            assert_eq!(by_json.as_ref().ok(), Some(&by_bits), "{n}");
        }
        Err(_) => assert!(by_text.is_err() && by_json.is_err(), "{n}"),
    }
}

/// SPEC.md's writing of a set of bits, done the plain way: every member (not
/// zero, not the sentinel) by value, largest first, taken when all its bits
/// are still left; the taken ones in declaration order, then what is left as
/// a number. Any faster walk the runtime takes must write what this one does.
#[must_use]
pub fn written_plainly<E: GraphEnum>(bits: u64) -> String {
    let mut by_value: Vec<(u64, usize)> = E::MEMBERS
        .iter()
        .enumerate()
        .filter(|(_, member)| !member.is_sentinel)
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

/// "Writing" a set of bits: the set of `n` (not zero, which is the zero
/// member's name) is written as [`written_plainly`] writes it.
pub fn flags_writing<E: GraphFlags + Debug>(n: i64) {
    if let (true, Ok(set)) = (n != 0, Flags::<E>::from_bits(n)) {
        assert_eq!(
            set.to_string(),
            written_plainly::<E>(n.unsigned_abs()),
            "{n}"
        );
    }
}

/// One way to make or change a set, for law 1 over every constructor
/// ("Building a set"); values and sets are read from the text.
#[derive(Clone, Debug)]
pub enum Step {
    /// `*set = text.parse()?`
    Parse(String),
    /// `*set = Flags::from_bits(n)?`
    FromBits(i64),
    /// `*set = Flags::from(text.parse()?)`
    From(String),
    /// `set.insert(text.parse()?)`
    Insert(String),
    /// `set.remove(&text.parse()?)`
    Remove(String),
    /// `set.extend(...)` with the values the texts read as.
    Extend(Vec<String>),
    /// `*set |= text.parse()?`
    Union(String),
    /// `*set &= text.parse()?`
    Intersect(String),
    /// `*set -= text.parse()?`
    Difference(String),
    /// `*set = set.clone() | value`
    OrValue(String),
    /// `*set = set.clone() - value`
    SubValue(String),
}

impl Step {
    /// Steps from bytes, as a fuzz target has them: an operation byte, a
    /// length byte, then that many bytes of text (`;` separates `Extend`'s).
    #[must_use]
    pub fn decode(data: &[u8]) -> Vec<Step> {
        let mut steps = Vec::new();
        let mut rest = data;
        while let [operation, len, tail @ ..] = rest {
            let len = usize::from(*len).min(tail.len());
            let text = String::from_utf8_lossy(&tail[..len]).into_owned();
            rest = &tail[len..];
            steps.push(match operation % 11 {
                0 => Step::Parse(text),
                1 => Step::FromBits(
                    text.bytes()
                        .fold(0_i64, |n, b| n.wrapping_mul(31).wrapping_add(i64::from(b)))
                        % 4096,
                ),
                2 => Step::From(text),
                3 => Step::Insert(text),
                4 => Step::Extend(text.split(';').map(str::to_owned).collect()),
                5 => Step::Remove(text),
                6 => Step::Union(text),
                7 => Step::Intersect(text),
                8 => Step::Difference(text),
                9 => Step::OrValue(text),
                _ => Step::SubValue(text),
            });
        }
        steps
    }

    /// Applies the step to `set`; text that reads as no value or set leaves
    /// it as it is.
    pub fn apply<E: GraphFlags>(&self, set: &mut Flags<E>) {
        let value = |text: &str| text.parse::<E>().ok();
        let set_of = |text: &str| text.parse::<Flags<E>>().ok();
        match self {
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
}

/// Law 1 (and 2, 3) after every step: what a set holds is what it writes,
/// that writing reads back as the set, it hashes the same, it holds each of
/// its parts, and its parts collected are the set.
pub fn construction<E: GraphFlags + Debug>(steps: &[Step]) {
    let mut set = Flags::<E>::empty();
    for step in steps {
        step.apply(&mut set);
        let written = set.to_string();
        let again: Flags<E> = written
            .parse()
            .unwrap_or_else(|error| panic!("{step:?}: {written:?}: {error}"));
        assert_eq!(again, set, "{step:?}: {written:?}");
        assert_eq!(again.to_string(), written, "{step:?}");
        assert_eq!(hash_of(&again), hash_of(&set), "{step:?}");
        for part in &set {
            assert!(set.contains(&part), "{part:?} in {written:?}");
        }
        assert_eq!(
            set.iter().collect::<Flags<E>>(),
            set,
            "{step:?}: {written:?}"
        );
    }
}

/// serde: whatever JSON `data` reads as writes back and reads back equal.
pub fn json<T: Serialize + DeserializeOwned + PartialEq + Debug>(data: &[u8]) {
    if let Ok(value) = serde_json::from_slice::<T>(data) {
        let written = serde_json::to_string(&value).unwrap();
        let again: T = serde_json::from_str(&written).unwrap();
        assert_eq!(again, value, "{written}");
    }
}
