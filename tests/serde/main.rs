//! SPEC.md, "serde": every derived enum reads and writes Graph's JSON, loses
//! nothing, and fails clearly; every common format (`formats`); the field
//! adapters (`adapters`). Runs with the `serde` feature, which the workspace
//! root enables.

mod adapters;
mod formats;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};

use graph_enum::{Flags, GraphEnum, UnknownValue, VppTokenSyncStatus};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// Counts allocations, to prove declared names deserialize without any.
struct CountingAllocator;

thread_local! {
    // Per thread: tests run in parallel, and only this test's allocations count.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator unchanged; only counts calls.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `try_with`: during thread teardown the counter may already be gone.
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

fn allocations_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = f();
    (result, ALLOCATIONS.with(Cell::get) - before)
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Closed {
    Alpha = 1,
    Beta = -2,
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
enum Lossy {
    Low = 1,
    #[graph_enum(unknown)]
    Other,
}

/// A `vppToken` as Graph returns it (fields trimmed to what the test reads).
#[derive(Debug, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
struct VppToken {
    #[serde(rename = "@odata.type")]
    odata_type: String,
    id: String,
    last_sync_status: VppTokenSyncStatus,
    previous_status: Option<VppTokenSyncStatus>,
}

#[test]
fn serializes_the_wire_name() {
    assert_eq!(
        serde_json::to_string(&VppTokenSyncStatus::InProgress).unwrap(),
        r#""inProgress""#
    );
    assert_eq!(serde_json::to_value(Closed::Beta).unwrap(), json!("beta"));
    assert_eq!(serde_json::to_value(Lossy::Other).unwrap(), json!("other"));
}

#[test]
fn every_declared_value_round_trips_by_name_and_number() {
    for member in VppTokenSyncStatus::MEMBERS {
        let by_name: VppTokenSyncStatus = serde_json::from_value(json!(member.name)).unwrap();
        let by_text: VppTokenSyncStatus =
            serde_json::from_value(json!(member.value.to_string())).unwrap();
        let by_number: VppTokenSyncStatus = serde_json::from_value(json!(member.value)).unwrap();
        assert_eq!(by_name, by_text);
        assert_eq!(by_name, by_number);
        assert_eq!(
            serde_json::to_value(&by_number).unwrap(),
            json!(member.name)
        );
    }
    assert_eq!(serde_json::from_str::<Closed>("-2").unwrap(), Closed::Beta);
}

#[test]
fn a_graph_response_round_trips_unknown_values_unchanged() {
    let response = r##"{"@odata.type":"#microsoft.graph.vppToken","id":"9d1f","lastSyncStatus":"pausedByApple","previousStatus":null}"##;
    let mut token: VppToken = serde_json::from_str(response).unwrap();
    assert!(token.last_sync_status.is_unknown());
    assert_eq!(token.previous_status, None);
    assert_eq!(serde_json::to_string(&token).unwrap(), response);

    token.previous_status = Some(VppTokenSyncStatus::Completed);
    let written = serde_json::to_value(&token).unwrap();
    assert_eq!(written["lastSyncStatus"], json!("pausedByApple"));
    assert_eq!(written["previousStatus"], json!("completed"));
}

#[test]
fn unknown_integers_and_strings_lose_nothing() {
    for input in [
        json!(42),
        json!(-9_000_000_000_i64),
        json!(u64::MAX),
        json!(""),
        json!("ünïcode ✓"),
        json!("99999999999999999999"),
    ] {
        let status: VppTokenSyncStatus = serde_json::from_value(input.clone()).unwrap();
        assert!(status.is_unknown(), "{input}");
        let written = serde_json::to_value(&status).unwrap();
        let expected = match &input {
            serde_json::Value::String(_) => input.clone(),
            number => json!(number.to_string()),
        };
        assert_eq!(written, expected);
    }
    // Numeric text is a value: "+7", "07" and 7 are one unknown value, written
    // in canonical decimal (SPEC.md, "numeric text").
    for input in [json!("+7"), json!("07"), json!(7)] {
        let status: VppTokenSyncStatus = serde_json::from_value(input.clone()).unwrap();
        assert_eq!(status, VppTokenSyncStatus::from(7), "{input}");
        assert_eq!(serde_json::to_value(&status).unwrap(), json!("7"));
    }
    let status: VppTokenSyncStatus = serde_json::from_value(json!(42)).unwrap();
    assert_eq!(status.value(), Some(42));
}

#[test]
fn works_in_containers_and_every_entry_point() {
    let list: Vec<VppTokenSyncStatus> =
        serde_json::from_str(r#"["none", "1", 2, "later"]"#).unwrap();
    assert_eq!(
        serde_json::to_string(&list).unwrap(),
        r#"["none","inProgress","completed","later"]"#
    );

    let counts: HashMap<VppTokenSyncStatus, u32> =
        serde_json::from_str(r#"{"failed": 3, "later": 1}"#).unwrap();
    assert_eq!(counts[&VppTokenSyncStatus::Failed], 3);
    let keyed: BTreeMap<Closed, u8> = serde_json::from_str(r#"{"alpha": 1, "-2": 2}"#).unwrap();
    // std's derived `Ord` compares discriminants: beta (-2) sorts before alpha (1).
    assert_eq!(
        serde_json::to_string(&keyed).unwrap(),
        r#"{"beta":2,"alpha":1}"#
    );

    let from_slice: Closed = serde_json::from_slice(br#""alpha""#).unwrap();
    let from_reader: Closed = serde_json::from_reader(&br#""alpha""#[..]).unwrap();
    let from_value: Closed = serde_json::from_value(json!("alpha")).unwrap();
    assert_eq!(
        (from_slice, from_reader, from_value),
        (Closed::Alpha, Closed::Alpha, Closed::Alpha)
    );

    let optional: Option<Lossy> = serde_json::from_str("null").unwrap();
    assert_eq!(optional, None);
    let lossy: Lossy = serde_json::from_str(r#""high""#).unwrap();
    assert_eq!(lossy, Lossy::Other);
}

#[test]
fn closed_enums_fail_with_a_short_error_naming_type_and_value() {
    let error = serde_json::from_str::<Closed>(r#""gamma""#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"invalid value: string "gamma", expected a closed value at line 1 column 7"#
    );
    let error = serde_json::from_str::<Closed>("7").unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid value: integer `7`, expected a closed value at line 1 column 1"
    );
    let long = format!("\"{}\"", "x".repeat(10_000));
    let message = serde_json::from_str::<Closed>(&long)
        .unwrap_err()
        .to_string();
    assert!(message.len() < 200, "{message}");
}

#[test]
fn malformed_json_types_give_clear_errors() {
    for (input, found) in [
        ("{}", "map"),
        ("[]", "sequence"),
        ("true", "boolean `true`"),
        ("null", "null"),
        ("1.5", "floating point `1.5`"),
    ] {
        let error = serde_json::from_str::<VppTokenSyncStatus>(input)
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            format!(
                "invalid type: {found}, expected a vppTokenSyncStatus value at line 1 column {}",
                input.len()
            )
        );
    }
    let error =
        serde_json::from_str::<VppToken>(r#"{"@odata.type":"x","id":"1","lastSyncStatus":null}"#)
            .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("invalid type: null, expected a vppTokenSyncStatus value"),
        "{error}"
    );
}

#[test]
fn declared_names_deserialize_without_allocating() {
    let (status, allocations) =
        allocations_during(|| serde_json::from_str::<VppTokenSyncStatus>(r#""inProgress""#));
    assert_eq!(status.unwrap(), VppTokenSyncStatus::InProgress);
    assert_eq!(allocations, 0);
    let (status, allocations) =
        allocations_during(|| serde_json::from_slice::<VppTokenSyncStatus>(b"2"));
    assert_eq!(status.unwrap(), VppTokenSyncStatus::Completed);
    assert_eq!(allocations, 0);
    // Keeping an unknown value's text is the one allocation there is.
    let (status, allocations) =
        allocations_during(|| serde_json::from_str::<VppTokenSyncStatus>(r#""later""#));
    assert!(status.unwrap().is_unknown());
    assert_eq!(allocations, 1);
}

#[test]
fn lossless_enums_stay_lossless_inside_other_serde_types() {
    #[derive(GraphEnum, Debug, Clone, PartialEq)]
    #[repr(i64)]
    enum Wide {
        Big = 5_000_000_000,
        #[graph_enum(unknown)]
        Unknown(UnknownValue<Self>),
    }
    #[derive(Deserialize, Serialize, Debug, PartialEq)]
    #[serde(untagged)]
    enum Either {
        Wide(Wide),
    }
    let value: Either = serde_json::from_str("5000000000").unwrap();
    assert_eq!(value, Either::Wide(Wide::Big));
    let value: Either = serde_json::from_str(r#""novel""#).unwrap();
    assert_eq!(serde_json::to_string(&value).unwrap(), r#""novel""#);
}

/// A format that is not self-describing (like bincode): strings only, and
/// `deserialize_any` is unsupported. The enum must ask for a string there.
struct CompactStr<'a>(&'a str);

impl<'de> serde::Deserializer<'de> for CompactStr<'de> {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("deserialize_any is not supported"))
    }

    fn deserialize_str<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_borrowed_str(self.0)
    }

    fn is_human_readable(&self) -> bool {
        false
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

#[test]
fn formats_that_are_not_self_describing_get_a_string_request() {
    assert_eq!(
        VppTokenSyncStatus::deserialize(CompactStr("failed")).unwrap(),
        VppTokenSyncStatus::Failed
    );
    let kept = VppTokenSyncStatus::deserialize(CompactStr("later")).unwrap();
    assert_eq!(kept.to_string(), "later");
    let error = Closed::deserialize(CompactStr("gamma")).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"invalid value: string "gamma", expected a closed value"#
    );
}

#[test]
fn json_maps_are_not_xml_element_text() {
    #[derive(GraphEnum, Debug, Clone, PartialEq)]
    #[repr(i32)]
    #[graph_enum(flags)]
    enum Actions {
        A = 1,
        #[graph_enum(unknown)]
        Unknown(UnknownValue<Self>),
    }
    #[derive(Deserialize, Debug)]
    #[serde(untagged)]
    enum Either {
        Status(VppTokenSyncStatus),
    }
    #[derive(Deserialize, Debug)]
    struct Inner {
        actions: Flags<Actions>,
    }
    #[derive(Deserialize, Debug)]
    struct Outer {
        #[serde(flatten)]
        inner: Inner,
    }
    // quick-xml hands an element over as a map with one `$text` entry; in
    // JSON the same map is not a value, nor is `{}` the empty set.
    for input in [r#"{"$text": "completed"}"#, "{}"] {
        let error = serde_json::from_str::<VppTokenSyncStatus>(input).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("invalid type: map, expected a vppTokenSyncStatus value"),
            "{input}: {error}"
        );
        let error = serde_json::from_str::<Flags<Actions>>(input).unwrap_err();
        assert!(
            error.to_string().starts_with("invalid type: map"),
            "{input}: {error}"
        );
        let error = serde_json::from_str::<Option<Flags<Actions>>>(input).unwrap_err();
        assert!(
            error.to_string().starts_with("invalid type: map"),
            "{input}: {error}"
        );
    }
    // Nor when serde buffers the map first, for `untagged` and `flatten`.
    let Either::Status(read) = serde_json::from_str(r#""completed""#).unwrap();
    assert_eq!(read, VppTokenSyncStatus::Completed);
    assert!(serde_json::from_str::<Either>(r#"{"$text": "completed"}"#).is_err());
    let read: Outer = serde_json::from_str(r#"{"actions": "a"}"#).unwrap();
    assert_eq!(read.inner.actions.to_string(), "a");
    for input in [r#"{"actions": {}}"#, r#"{"actions": {"$text": "a"}}"#] {
        assert!(serde_json::from_str::<Outer>(input).is_err(), "{input}");
    }
}
