//! The enum shapes the fuzz targets drive, and the properties they check.

use graph_enum::{Flags, GraphEnum, UnknownValue};

/// Closed: no fallback; negative and large values, Graph-like names.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i64)]
pub enum Closed {
    None = 0,
    InProgress = 1,
    #[graph_enum(rename = "tls1_2")]
    Tls12 = -2_016_336_109,
    AssignedToExternalMDM = 4_000_000_000,
}

/// Lossy: a unit fallback.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Lossy {
    Unknown = 0,
    Low = 1,
    High = 255,
    #[graph_enum(unknown)]
    Other = 2,
}

/// Lossless and evolvable.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum Lossless {
    None = 0,
    Completed = 2,
    UnknownFutureValue = 3,
    Later = 4,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Large enough for the perfect-hash lookup (the derive picks it from 3
/// members; this one keys on the length and three bytes): shared prefixes and suffixes,
/// acronyms, names that differ in case only, a 1- and a 63-character name.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum Large {
    #[graph_enum(rename = "a")]
    A = 0,
    #[graph_enum(rename = "A")]
    UpperA = 1,
    DeviceCompliance = 2,
    DeviceCompliancePolicy = 3,
    DeviceCompliancePolicyState = 4,
    DeviceConfiguration = 5,
    DeviceConfigurationState = 6,
    #[graph_enum(rename = "iosUpdateStatus")]
    IosUpdateStatus = 7,
    #[graph_enum(rename = "iOSUpdateStatus")]
    IOsUpdateStatus = 8,
    AzureADSignIn = 9,
    AzureADSignOut = 10,
    AzureAdSignIn = 11,
    MicrosoftTeamsAdmin = 12,
    MicrosoftTeamsAnalytics = 13,
    MicrosoftTeamsDevice = 14,
    MicrosoftTeamsShifts = 15,
    SharePointFileOperation = 16,
    SharePointListOperation = 17,
    SharePointSharingOperation = 18,
    ExchangeAdmin = 19,
    ExchangeItem = 20,
    ExchangeItemGroup = 21,
    ExchangeItemAggregated = 22,
    ThreatIntelligenceUrl = 23,
    ThreatIntelligenceAtpContent = 24,
    ThreatFinder = 25,
    ThreatIntelligence = 26,
    DlpEndpoint = 27,
    DlpSharePoint = 28,
    DlpRuleMatch = 29,
    #[graph_enum(rename = "dataLossPreventionEndpointPolicyRuleMatchAuditEventNotification")]
    LongName = 30,
    UnknownFutureValue = 31,
    RequiresOptIn = 32,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// A lossless flags enum with a zero member and a combination member.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[repr(i32)]
#[graph_enum(flags)]
pub enum Permissions {
    None = 0,
    Read = 1,
    Write = 2,
    Share = 8,
    Full = 11,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Graph's chatMessageActions: one bit per member, an evolvable sentinel,
/// lossless; sets of one-bit members are written through a table from bit
/// to member rather than the walk over members.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[repr(i32)]
#[graph_enum(flags)]
pub enum ChatMessageActions {
    ReactionAdded = 1,
    ReactionRemoved = 2,
    ActionUndefined = 4,
    UnknownFutureValue = 8,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// A closed flags enum.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[graph_enum(flags)]
pub enum Actions {
    Added = 1,
    Removed = 2,
    Undefined = 4,
}

/// The parse rules, checked on `text`: a declared name or a declared value's
/// number gives that member; anything else is the fallback (kept verbatim when
/// lossless) or an error naming the input; what is written reads back the same.
pub fn check_parse<E: GraphEnum + PartialEq + std::fmt::Debug>(text: &str) {
    match text.parse::<E>() {
        Ok(value) => {
            match value.member() {
                Some(member) => {
                    let numeric = graph_enum_integer(text) == Some(member.value);
                    // The sentinel is a name in any ASCII case (SPEC.md, "The sentinel").
                    let sentinel = member.is_sentinel && text.eq_ignore_ascii_case(member.name);
                    assert!(text == member.name || numeric || sentinel, "{text:?} gave {value:?}");
                    assert_eq!(value.as_str(), member.name);
                }
                None => {
                    assert!(value.is_unknown());
                    assert!(E::MEMBERS.iter().all(|member| member.name != text));
                    if E::FALLBACK == graph_enum::Fallback::Lossless {
                        // Numeric text is a value, kept in canonical decimal
                        // (SPEC.md, "Numeric text"); other text verbatim.
                        match graph_enum_integer(text) {
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
            assert_eq!(E::FALLBACK, graph_enum::Fallback::Closed);
            assert!(text.starts_with(error.input()));
            assert!(E::MEMBERS.iter().all(|member| member.name != text));
            let message = error.to_string();
            assert!(message.starts_with("invalid "), "{message}");
        }
    }
    // People's input: same result as exact parsing whenever exact parsing finds a member.
    if let Ok(exact) = text.parse::<E>() {
        if exact.member().is_some() && graph_enum_integer(text).is_none() {
            assert_eq!(E::from_str_ignore_ascii_case(text).ok(), Some(exact));
        }
    }
}

/// A set's text reads back as the same set.
pub fn check_flags<E: graph_enum::GraphFlags + PartialEq + std::fmt::Debug>(text: &str) {
    if let Ok(flags) = text.parse::<Flags<E>>() {
        let written = flags.to_string();
        let again: Flags<E> = written.parse().unwrap();
        assert_eq!(again, flags, "{text:?} wrote {written:?}");
        assert_eq!(again.bits(), flags.bits());
        assert_eq!(again.to_string(), written);
    }
}

/// Graph's fileStorageContainerTypeSettingsOverride: flags numbered 0..6,
/// so a set of names.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(flags)]
pub enum SettingsOverride {
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

/// Graph's windowsUpdateForBusinessUpdateWeeks: a zero member, a union, and
/// the sentinel at 22 = 16|4|2.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(flags)]
pub enum UpdateWeeks {
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

/// Beta's win32LobAppDetectionOperator: overlapping unions, closed.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph_enum(flags)]
pub enum DetectionOperator {
    NotConfigured = 0,
    Equal = 1,
    NotEqual = 2,
    GreaterThan = 4,
    GreaterThanOrEqual = 5,
    LessThan = 8,
    LessThanOrEqual = 9,
}

fn hash_of<T: std::hash::Hash>(value: &T) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// SPEC.md's flags laws on `text`: the set reads back from its writing and
/// writes the same; the parts in another order are the same set (`==`,
/// `Hash`); the sentinel is written only if a part named it; a names enum
/// writes exactly the member names read; a number reads as `from_bits`.
pub fn check_flags_laws<E>(text: &str)
where
    E: graph_enum::GraphFlags + PartialEq + std::fmt::Debug,
{
    let Ok(flags) = text.parse::<Flags<E>>() else {
        return;
    };
    let written = flags.to_string();
    let again: Flags<E> = written.parse().unwrap();
    assert_eq!(again, flags, "{text:?} wrote {written:?}");
    assert_eq!(again.to_string(), written);
    assert_eq!(hash_of(&again), hash_of(&flags));
    let parts: Vec<&str> = text.split(',').map(str::trim).filter(|part| !part.is_empty()).collect();
    let reversed: Flags<E> = parts.iter().rev().copied().collect::<Vec<_>>().join(",").parse().unwrap();
    assert_eq!(reversed, flags, "{text:?} reversed");
    assert_eq!(hash_of(&reversed), hash_of(&flags));
    let written_parts: Vec<&str> = written.split(',').filter(|part| !part.is_empty()).collect();
    if let Some(sentinel) = E::MEMBERS.iter().find(|member| member.is_sentinel) {
        let read = parts.iter().any(|part| part.eq_ignore_ascii_case(sentinel.name))
            || parts.iter().any(|part| {
                graph_enum_integer(part) == Some(sentinel.value) && E::KIND == graph_enum::FlagsKind::Names
            });
        assert_eq!(written_parts.contains(&sentinel.name), read, "{text:?} wrote {written:?}");
    }
    if E::KIND == graph_enum::FlagsKind::Names {
        for member in E::MEMBERS {
            let read = parts.iter().any(|part| {
                *part == member.name
                    || graph_enum_integer(part) == Some(member.value)
                    || (member.is_sentinel && part.eq_ignore_ascii_case(member.name))
            });
            assert_eq!(written_parts.contains(&member.name), read, "{text:?} wrote {written:?}");
        }
    }
    if let [only] = parts[..] {
        if let Some(number) = graph_enum_integer(only) {
            assert_eq!(Flags::<E>::from_bits(number).ok(), Some(flags));
        }
    }
}

/// OData's numeric form, as the crate defines it: sign and 1 to 19 digits.
fn graph_enum_integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    if digits.is_empty() || digits.len() > 19 || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The undeclared texts `flags_ops` adds and removes: alike in their first
/// eight bytes, prefixes of each other, empty-adjacent, non-ASCII, and one
/// that sorts between the others only by its last byte.
pub const PART_TEXTS: [&str; 10] = [
    "a",
    "ab",
    "b",
    "unknownF",
    "unknownFuture1",
    "unknownFuture10",
    "unknownFuture2",
    "é",
    "zz",
    "p5x",
];

/// What a `Flags<Permissions>` should hold after a sequence of operations: the
/// members' bits, and the undeclared parts in the order they were received.
#[derive(Clone, Debug, Default)]
pub struct FlagsModel {
    bits: i64,
    unknown: Vec<&'static str>,
}

impl FlagsModel {
    fn insert(&mut self, text: &'static str) {
        if !self.unknown.contains(&text) {
            self.unknown.push(text);
        }
    }

    /// The same set built another way: its parts in reverse order, through
    /// `insert` one by one.
    fn rebuilt(&self) -> Flags<Permissions> {
        let mut set = Flags::from_bits(self.bits).unwrap();
        for text in self.unknown.iter().rev() {
            set.insert(text.parse().unwrap());
        }
        set
    }
}

/// Member `index` of `Permissions` that has bits of its own (read, write, share).
fn member(index: u8) -> (Permissions, i64) {
    match index % 3 {
        0 => (Permissions::Read, 1),
        1 => (Permissions::Write, 2),
        _ => (Permissions::Share, 8),
    }
}

/// Runs the operations `data` encodes (two bytes each: an operation, an
/// argument) on two sets and their models, and checks after each one that the
/// set holds what the model does, reads back from its writing, and is equal,
/// ordered and hashed as the same parts received in another order.
pub fn check_flags_operations(data: &[u8]) {
    let mut sets = [Flags::<Permissions>::empty(), Flags::empty()];
    let mut models = [FlagsModel::default(), FlagsModel::default()];
    for pair in data.chunks_exact(2) {
        let (operation, argument) = (pair[0], pair[1]);
        let target = usize::from(operation & 1);
        let text = PART_TEXTS[usize::from(argument) % PART_TEXTS.len()];
        let other = sets[1 - target].clone();
        let other_model = models[1 - target].clone();
        let (set, model) = (&mut sets[target], &mut models[target]);
        match (operation >> 1) % 8 {
            0 => {
                set.insert(text.parse().unwrap());
                model.insert(text);
            }
            1 => {
                set.remove(&text.parse().unwrap());
                model.unknown.retain(|&held| held != text);
            }
            2 => {
                let (flag, bits) = member(argument);
                set.insert(flag);
                model.bits |= bits;
            }
            3 => {
                let (flag, bits) = member(argument);
                set.remove(&flag);
                model.bits &= !bits;
            }
            4 => {
                *set |= other;
                model.bits |= other_model.bits;
                for &text in &other_model.unknown {
                    model.insert(text);
                }
            }
            5 => {
                *set &= other;
                model.bits &= other_model.bits;
                model.unknown.retain(|held| other_model.unknown.contains(held));
            }
            6 => {
                *set -= other;
                model.bits &= !other_model.bits;
                model.unknown.retain(|held| !other_model.unknown.contains(held));
            }
            _ => {
                // Several at once, repeats included, through `extend`.
                let batch = PART_TEXTS.iter().cycle().skip(usize::from(argument)).step_by(3).take(usize::from(argument % 5));
                set.extend(batch.clone().map(|text| text.parse::<Permissions>().unwrap()));
                for &text in batch {
                    model.insert(text);
                }
            }
        }
        let unknown: Vec<String> = set.iter().filter(|part| part.is_unknown()).map(|part| part.to_string()).collect();
        assert_eq!(unknown, model.unknown, "{set:?}");
        assert_eq!(set.bits(), model.bits, "{set:?}");
        for text in PART_TEXTS {
            assert_eq!(set.contains(&text.parse().unwrap()), model.unknown.contains(&text), "{text:?} in {set:?}");
        }
        let written = set.to_string();
        let again: Flags<Permissions> = written.parse().unwrap();
        assert_eq!(&again, &*set, "{written:?}");
        let rebuilt = model.rebuilt();
        assert_eq!(&rebuilt, &*set);
        assert_eq!(rebuilt.cmp(set), std::cmp::Ordering::Equal);
        assert_eq!(hash_of(&rebuilt), hash_of(&*set));
    }
    // Sets that differ compare unequal, and order agrees with that.
    let [first, second] = &sets;
    let same = models[0].bits == models[1].bits && {
        let mut ours = models[0].unknown.clone();
        let mut theirs = models[1].unknown.clone();
        ours.sort_unstable();
        theirs.sort_unstable();
        ours == theirs
    };
    assert_eq!(first == second, same);
    assert_eq!(first.cmp(second) == std::cmp::Ordering::Equal, same);
    assert_eq!(first.cmp(second), second.cmp(first).reverse());
}

/// SPEC.md's "Building a set" on the steps `data` encodes (an operation byte,
/// a length byte, then that many bytes of text): every constructor (`FromStr`,
/// `from_bits`, `From`, `insert`, `remove`, `extend`, `|`, `&`, `-` of sets
/// and of values) with values and sets read from arbitrary text, and after
/// each step law 1: the set reads back from its writing, writes the same,
/// hashes the same, holds each of its parts, and its parts collected are it.
pub fn check_construction<E>(data: &[u8])
where
    E: graph_enum::GraphFlags + PartialEq + std::fmt::Debug,
{
    let mut set = Flags::<E>::empty();
    let mut rest = data;
    while let [operation, len, tail @ ..] = rest {
        let len = usize::from(*len).min(tail.len());
        let text = String::from_utf8_lossy(&tail[..len]);
        rest = &tail[len..];
        let value = text.parse::<E>().ok();
        let other = text.parse::<Flags<E>>().ok();
        match operation % 11 {
            0 => set = other.unwrap_or(set),
            1 => {
                let bits = text.bytes().fold(0_i64, |n, b| n.wrapping_mul(31).wrapping_add(i64::from(b)));
                set = Flags::from_bits(bits % 4096).unwrap_or(set);
            }
            2 => set = value.map_or(set, Flags::from),
            3 => set.extend(value),
            4 => set.extend(text.split(';').filter_map(|part| part.parse::<E>().ok())),
            5 => {
                if let Some(value) = value {
                    set.remove(&value);
                }
            }
            6 => set = other.map_or(set.clone(), |other| set.clone() | other),
            7 => set = other.map_or(set.clone(), |other| set.clone() & other),
            8 => set = other.map_or(set.clone(), |other| set.clone() - other),
            9 => set = value.map_or(set.clone(), |value| set.clone() | value),
            _ => set = value.map_or(set.clone(), |value| set.clone() - value),
        }
        let written = set.to_string();
        let again: Flags<E> = written.parse().unwrap();
        assert_eq!(again, set, "{written:?}");
        assert_eq!(again.to_string(), written);
        assert_eq!(hash_of(&again), hash_of(&set));
        let parts: Vec<E> = set.iter().collect();
        for part in &parts {
            assert!(set.contains(part), "{part:?} in {written:?}");
        }
        assert_eq!(parts.into_iter().collect::<Flags<E>>(), set, "{written:?}");
    }
}
