//! The prebuilt catalogues against their source: for every one of the 2,722
//! enum types of Graph v1.0 and beta, the Rust type says exactly what the
//! schema says, and every member round-trips through text, value and JSON.
//!
//! The truth is the JSON the catalogues were generated from (committed in
//! xtask/metadata), read here independently of the generated code.

#![cfg(feature = "catalogues")]

#[path = "catalogue/beta.rs"]
mod beta;
#[path = "catalogue/v1.rs"]
mod v1;

use std::collections::HashMap;
use std::fmt::Debug;

use graph_enum::{Fallback, Flags, FlagsKind, GraphEnum, GraphFlags};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// What the per-catalogue lists call for each type.
pub(crate) trait Check {
    fn enum_type<E: Checked>(&mut self);
    fn flags_enum<E: Checked + GraphFlags>(&mut self);
}

pub(crate) trait Checked: GraphEnum + Serialize + DeserializeOwned + Ord + Debug {}
impl<E: GraphEnum + Serialize + DeserializeOwned + Ord + Debug> Checked for E {}

#[derive(Deserialize)]
struct Expected {
    name: String,
    namespace: String,
    flags: bool,
    members: Vec<ExpectedMember>,
}

#[derive(Deserialize)]
struct ExpectedMember {
    name: String,
    value: i64,
}

struct Corpus {
    expected: HashMap<(String, String), Expected>,
    checked: usize,
    members: usize,
    flags_enums: usize,
    failures: Vec<String>,
}

impl Corpus {
    fn new(json: &str) -> Self {
        let list: Vec<Expected> = serde_json::from_str(json).unwrap();
        let expected = list
            .into_iter()
            .map(|entry| ((entry.namespace.clone(), entry.name.clone()), entry))
            .collect();
        Corpus {
            expected,
            checked: 0,
            members: 0,
            flags_enums: 0,
            failures: Vec::new(),
        }
    }

    fn fail(&mut self, what: String) {
        // Enough to diagnose, without drowning the report.
        if self.failures.len() < 50 {
            self.failures.push(what);
        }
    }

    fn finish(self, catalogue: &str, flags_enums: usize) {
        assert!(
            self.failures.is_empty(),
            "{catalogue}:\n{}",
            self.failures.join("\n")
        );
        assert_eq!(
            self.checked,
            self.expected.len(),
            "{catalogue}: types checked vs. types in the schema"
        );
        assert_eq!(
            self.flags_enums, flags_enums,
            "{catalogue}: flags enums whose laws were checked"
        );
        println!(
            "{catalogue}: {} enum types, {} members, the flags laws of {} flags enums checked",
            self.checked, self.members, self.flags_enums
        );
    }

    fn check_members<E: Checked>(&mut self) -> Option<&Expected> {
        let key = (E::NAMESPACE.to_owned(), E::NAME.to_owned());
        let Some(expected) = self.expected.get(&key) else {
            self.fail(format!("{}.{} is not in the schema", E::NAMESPACE, E::NAME));
            return None;
        };
        let mut failures = Vec::new();
        let actual: Vec<(&str, i64)> = E::MEMBERS
            .iter()
            .map(|member| (member.name, member.value))
            .collect();
        let wanted: Vec<(&str, i64)> = expected
            .members
            .iter()
            .map(|member| (member.name.as_str(), member.value))
            .collect();
        if actual != wanted {
            failures.push(format!(
                "{}: members {actual:?} != schema {wanted:?}",
                E::NAME
            ));
        }
        if E::FALLBACK != Fallback::Lossless {
            failures.push(format!("{}: fallback is {:?}", E::NAME, E::FALLBACK));
        }
        // `ALL` is `MEMBERS` as values, and the order is declaration order
        // with unknown values after every member, ordered by their text.
        let all: Vec<&str> = E::iter().map(GraphEnum::as_str).collect();
        let names: Vec<&str> = E::MEMBERS.iter().map(|member| member.name).collect();
        if all != names {
            failures.push(format!("{}: ALL {all:?} != MEMBERS {names:?}", E::NAME));
        }
        let ordered = E::ALL.windows(2).all(|pair| pair[0] < pair[1]);
        let unknowns: Vec<E> = ["zzUnknown", "aaUnknown"]
            .iter()
            .filter_map(|text| text.parse().ok())
            .collect();
        let unknowns_last = unknowns.len() == 2
            && unknowns[1] < unknowns[0]
            && E::ALL.iter().all(|member| *member < unknowns[1]);
        if !ordered || !unknowns_last {
            failures.push(format!(
                "{}: Ord is not declaration order, unknowns last",
                E::NAME
            ));
        }
        let sentinel = expected
            .members
            .iter()
            .position(|member| member.name.eq_ignore_ascii_case("unknownFutureValue"));
        if E::EVOLVABLE != sentinel.is_some() {
            failures.push(format!("{}: EVOLVABLE is {}", E::NAME, E::EVOLVABLE));
        }
        for (index, member) in expected.members.iter().enumerate() {
            if let Err(problem) =
                member_round_trips::<E>(member, sentinel.is_some_and(|sentinel| index > sentinel))
            {
                failures.push(format!("{}.{}: {problem}", E::NAME, member.name));
            }
        }
        if let Err(problem) = unknown_round_trips::<E>() {
            failures.push(format!("{}: {problem}", E::NAME));
        }
        if let Err(problem) = near_misses_are_unknown::<E>(expected) {
            failures.push(format!("{}: {problem}", E::NAME));
        }
        self.checked += 1;
        self.members += expected.members.len();
        for failure in failures {
            self.fail(failure);
        }
        self.expected.get(&key)
    }
}

fn member_round_trips<E: Checked>(
    member: &ExpectedMember,
    requires_opt_in: bool,
) -> Result<(), String> {
    let by_name: E = member
        .name
        .parse()
        .map_err(|error| format!("name does not parse: {error}"))?;
    let by_number: E = member
        .value
        .to_string()
        .parse()
        .map_err(|error| format!("value does not parse: {error}"))?;
    check(by_name == by_number, || {
        format!("{by_name:?} by name, {by_number:?} by value")
    })?;
    check(by_name.as_str() == member.name, || {
        format!("as_str is {:?}", by_name.as_str())
    })?;
    check(by_name.to_string() == member.name, || {
        format!("Display is {by_name}")
    })?;
    check(
        by_name.value().map(Into::into) == Some(member.value),
        || format!("value() is {:?}", by_name.value()),
    )?;
    check(!by_name.is_unknown(), || "parsed as unknown".to_owned())?;
    // Ignoring case finds the member an exact parse finds.
    let ignoring_case = E::from_str_ignore_ascii_case(&member.name);
    check(ignoring_case.as_ref() == Ok(&by_name), || {
        format!("from_str_ignore_ascii_case gives {ignoring_case:?}")
    })?;
    check(by_name.requires_opt_in() == requires_opt_in, || {
        format!("requires_opt_in is {}", by_name.requires_opt_in())
    })?;
    let from_value = by_name.value().map(E::from_value);
    check(from_value == Some(Ok(by_name)), || {
        format!("from_value gives {from_value:?}")
    })?;
    let json = serde_json::to_string(&by_number).map_err(|error| error.to_string())?;
    check(json == format!("\"{}\"", member.name), || {
        format!("JSON is {json}")
    })?;
    let back: E = serde_json::from_str(&json).map_err(|error| error.to_string())?;
    let by_json_number: E =
        serde_json::from_str(&member.value.to_string()).map_err(|error| error.to_string())?;
    check(
        back == by_json_number && back.as_str() == member.name,
        || format!("JSON gives {back:?}"),
    )
}

/// Text one edit away from a member's name (case changed, one byte changed,
/// prefix, suffix, a character added) parses as the member so named if there is
/// one (ignoring case, if exactly one), and otherwise as an unknown value kept verbatim: the name lookup (a scan
/// or a perfect hash, chosen per enum by the derive) neither misses a name nor
/// mistakes a near miss for one.
fn near_misses_are_unknown<E: Checked>(expected: &Expected) -> Result<(), String> {
    for member in &expected.members {
        let name = member.name.as_str();
        let mut misses = vec![
            name[1..].to_owned(),
            name[..name.len() - 1].to_owned(),
            format!("{name}x"),
            format!("x{name}"),
            name.to_ascii_uppercase(),
            name.to_ascii_lowercase(),
        ];
        for position in 0..name.len() {
            for change in [0x20, 0x01] {
                let mut bytes = name.as_bytes().to_vec();
                bytes[position] ^= change;
                misses.extend(String::from_utf8(bytes).ok());
            }
        }
        for miss in misses {
            let parsed: E = miss.parse().map_err(|error| format!("{miss:?}: {error}"))?;
            // The catalogues read names ignoring ASCII case when exactly one
            // matches (SPEC.md, "Case"); an exact name always wins.
            let ignoring_case: Vec<&ExpectedMember> = expected
                .members
                .iter()
                .filter(|member| member.name.eq_ignore_ascii_case(&miss))
                .collect();
            let declared = expected
                .members
                .iter()
                .find(|member| member.name == miss)
                .or(match ignoring_case[..] {
                    [only] if E::ASCII_CASE_INSENSITIVE => Some(only),
                    _ => None,
                });
            let right = match declared {
                Some(declared) => !parsed.is_unknown() && parsed.as_str() == declared.name,
                // A near miss that is a number ("1" from "0") may be a declared value.
                None if miss.parse::<i64>().is_ok() => {
                    parsed.as_str() == miss || !parsed.is_unknown()
                }
                None => parsed.is_unknown() && parsed.as_str() == miss,
            };
            check(right, || {
                format!("{miss:?} (near {name:?}) parses as {parsed:?}")
            })?;
        }
    }
    Ok(())
}

fn unknown_round_trips<E: Checked>() -> Result<(), String> {
    let probe = "graphEnumCorpusProbe";
    let unknown: E =
        serde_json::from_str(&format!("\"{probe}\"")).map_err(|error| error.to_string())?;
    check(unknown.is_unknown() && unknown.to_string() == probe, || {
        format!("unknown probe gives {unknown:?}")
    })?;
    let json = serde_json::to_string(&unknown).map_err(|error| error.to_string())?;
    check(json == format!("\"{probe}\""), || {
        format!("unknown writes {json}")
    })
}

fn check(ok: bool, problem: impl FnOnce() -> String) -> Result<(), String> {
    if ok {
        Ok(())
    } else {
        Err(problem())
    }
}

impl Check for Corpus {
    fn enum_type<E: Checked>(&mut self) {
        if let Some(expected) = self.check_members::<E>() {
            if expected.flags {
                let name = E::NAME;
                self.fail(format!(
                    "{name} is a flags enum in the schema but not in Rust"
                ));
            }
        }
    }

    fn flags_enum<E: Checked + GraphFlags>(&mut self) {
        let Some(expected) = self.check_members::<E>() else {
            return;
        };
        let problem = if expected.flags {
            flags_laws::<E>().err()
        } else {
            Some("is a flags enum in Rust but not in the schema".to_owned())
        };
        if let Some(problem) = problem {
            self.fail(format!("{}: {problem}", E::NAME));
        }
        self.flags_enums += 1;
    }
}

fn read<E: Checked + GraphFlags>(text: &str) -> Result<Flags<E>, String> {
    text.parse()
        .map_err(|error| format!("{text:?} does not parse: {error}"))
}

/// The names a set is written with, in order.
fn written<E: Checked + GraphFlags>(flags: &Flags<E>) -> Vec<String> {
    let text = flags.to_string();
    if text.is_empty() {
        Vec::new()
    } else {
        text.split(',').map(str::to_owned).collect()
    }
}

/// SPEC.md's flags laws on one catalogue enum: every member alone and every
/// pair of members round-trip; the sentinel alone holds nothing else and is
/// written only when it was read; a names enum writes exactly the names it
/// read, a bits enum at most Graph's own combination names; the numeric
/// forms (text, JSON integer, `from_bits`) agree; an unknown part survives.
fn flags_laws<E: Checked + GraphFlags>() -> Result<(), String> {
    let members = E::MEMBERS;
    let sentinel = members.iter().position(|member| member.is_sentinel);
    let zero = |index: usize| E::KIND == FlagsKind::Bits && members[index].value == 0;
    for (index, member) in members.iter().enumerate() {
        let alone = read::<E>(member.name)?;
        check(written(&alone) == [member.name], || {
            format!("{} alone is written {alone}", member.name)
        })?;
        let flag: E = member.name.parse().map_err(|error| format!("{error}"))?;
        check(alone.contains(&flag), || {
            format!("{alone} does not contain {}", member.name)
        })?;
        if Some(index) == sentinel {
            for (other, other_member) in members.iter().enumerate() {
                let other_flag: E = other_member
                    .name
                    .parse()
                    .map_err(|error| format!("{error}"))?;
                check(other == index || !alone.contains(&other_flag), || {
                    format!("the sentinel alone contains {}", other_member.name)
                })?;
            }
        } else {
            let by_value =
                Flags::<E>::from_bits(member.value).map_err(|error| error.to_string())?;
            let by_text = read::<E>(&member.value.to_string())?;
            let by_json: Flags<E> = serde_json::from_str(&member.value.to_string())
                .map_err(|error| error.to_string())?;
            check(
                by_value == alone && by_text == alone && by_json == alone,
                || {
                    format!(
                        "{}: from_bits {by_value}, text {by_text}, JSON {by_json}",
                        member.name
                    )
                },
            )?;
        }
    }
    for (a, first) in members.iter().enumerate() {
        for (b, second) in members.iter().enumerate().skip(a + 1) {
            let text = format!("{},{}", first.name, second.name);
            let pair = read::<E>(&text)?;
            let names = written(&pair);
            let again = read::<E>(&pair.to_string())?;
            check(
                again == pair && again.to_string() == pair.to_string(),
                || format!("{text:?} is written {pair}, which reads back as {again}"),
            )?;
            let sentinel_name = sentinel.map(|index| members[index].name);
            let sent = sentinel.is_some_and(|index| index == a || index == b);
            check(
                sentinel_name.map_or(true, |name| names.iter().any(|part| part == name) == sent),
                || format!("{text:?} is written {pair}"),
            )?;
            let expected: Vec<&str> = [(a, first.name), (b, second.name)]
                .into_iter()
                .filter(|(index, _)| !zero(*index))
                .map(|(_, name)| name)
                .collect();
            let exact = names == expected || (expected.is_empty() && names.len() == 1);
            let legitimate = match E::KIND {
                FlagsKind::Names => exact,
                // Graph's combination writing: other member names, never a
                // number or an unknown part.
                FlagsKind::Bits => {
                    exact
                        || names
                            .iter()
                            .all(|part| members.iter().any(|member| member.name == part))
                }
            };
            check(legitimate, || format!("{text:?} is written {pair}"))?;
        }
    }
    let probe = "graphEnumCorpusProbe";
    let with_unknown = read::<E>(&format!("{},{probe}", members[0].name))?;
    check(
        written(&with_unknown).last().map(String::as_str) == Some(probe),
        || format!("unknown part lost: {with_unknown}"),
    )?;
    let json = serde_json::to_string(&with_unknown).map_err(|error| error.to_string())?;
    let back: Flags<E> = serde_json::from_str(&json).map_err(|error| error.to_string())?;
    check(back == with_unknown, || {
        format!("JSON {json} reads back as {back}")
    })
}

#[test]
fn every_v1_enum_matches_the_schema() {
    let mut corpus = Corpus::new(include_str!("../xtask/metadata/v1.0-enums.json"));
    v1::each(&mut corpus);
    corpus.finish("v1.0", 64);
}

#[test]
fn every_beta_enum_matches_the_schema() {
    let mut corpus = Corpus::new(include_str!("../xtask/metadata/beta-enums.json"));
    beta::each(&mut corpus);
    corpus.finish("beta", 135);
}

/// The values of Graph's own v1.0 documentation that differ from the schema
/// in case only read as the member (SPEC.md, "Case"), written back in the
/// schema's spelling; flags parts follow the same rule.
#[test]
fn graphs_documented_spellings_read_as_members() {
    use graph_enum::v1::{BodyType, DayOfWeek, OperationStatus, ServiceHealthStatus};
    let body: BodyType = serde_json::from_str(r#""HTML""#).unwrap();
    assert_eq!(body, BodyType::Html);
    assert_eq!(serde_json::to_string(&body).unwrap(), r#""html""#);
    assert_eq!("Monday".parse(), Ok(DayOfWeek::Monday));
    assert_eq!(
        "ServiceOperational".parse(),
        Ok(ServiceHealthStatus::ServiceOperational)
    );
    assert_eq!("running".parse(), Ok(OperationStatus::Running));
    assert_eq!(OperationStatus::Running.to_string(), "Running");
    assert!("runnin".parse::<OperationStatus>().unwrap().is_unknown());
}

/// The flags examples of issue #11 on the real catalogue types.
#[test]
fn catalogue_flags_write_back_what_they_read() {
    use graph_enum::v1::{
        ChatMessageActions, FileStorageContainerTypeSettingsOverride, MailTipsType,
        WindowsUpdateForBusinessUpdateWeeks,
    };
    for text in [
        "isDiscoverabilityEnabled,isSearchEnabled",
        "urlTemplate,isSearchEnabled",
    ] {
        let settings: Flags<FileStorageContainerTypeSettingsOverride> = text.parse().unwrap();
        assert_eq!(settings.to_string(), text);
    }
    let weeks: Flags<WindowsUpdateForBusinessUpdateWeeks> = "unknownFutureValue".parse().unwrap();
    assert!(!weeks.contains(&WindowsUpdateForBusinessUpdateWeeks::SecondWeek));
    let weeks: Flags<WindowsUpdateForBusinessUpdateWeeks> =
        "everyWeek,unknownFutureValue".parse().unwrap();
    assert_eq!(weeks.to_string(), "everyWeek,unknownFutureValue");
    let actions: Flags<ChatMessageActions> = "17".parse().unwrap();
    assert!(actions.contains(&ChatMessageActions::ReactionAdded));
    assert_eq!(actions, serde_json::from_str("17").unwrap());
    assert_eq!(actions, Flags::from_bits(17).unwrap());
    // A listed canonicalisation: the space after the comma is not kept.
    let tips: Flags<MailTipsType> = "automaticReplies, mailboxFullStatus".parse().unwrap();
    assert_eq!(tips.to_string(), "automaticReplies,mailboxFullStatus");
}
