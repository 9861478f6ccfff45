//! serde in every common format (SPEC.md, "serde"): single values and `Flags`,
//! declared and unknown, written and read back with the real format crates.

use graph_enum::{Flags, GraphEnum, VppTokenSyncStatus};
// Graph's chatMessageActions: bits, evolvable, lossless.
use graph_enum_test_support::fixtures::ChatMessageActions;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
enum Color {
    Red,
    DarkBlue,
}

/// A `vppToken`-like record, as a Graph client stores it.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Token {
    last_sync_status: VppTokenSyncStatus,
    actions: Flags<ChatMessageActions>,
}

fn tokens() -> Vec<Token> {
    vec![
        Token {
            last_sync_status: VppTokenSyncStatus::InProgress,
            actions: "reactionAdded,reactionRemoved".parse().unwrap(),
        },
        Token {
            last_sync_status: "pausedByApple".parse().unwrap(),
            actions: "reactionAdded,pinned,16".parse().unwrap(),
        },
        Token {
            last_sync_status: VppTokenSyncStatus::from(17),
            actions: Flags::empty(),
        },
    ]
}

/// Every token written and read back is the same value, written the same.
fn round_trips<Encoded>(write: impl Fn(&Token) -> Encoded, read: impl Fn(&Encoded) -> Token) {
    for token in tokens() {
        let encoded = write(&token);
        let back = read(&encoded);
        assert_eq!(back, token);
        assert_eq!(
            back.last_sync_status.to_string(),
            token.last_sync_status.to_string()
        );
        assert_eq!(back.actions.to_string(), token.actions.to_string());
    }
}

#[test]
fn json() {
    round_trips(
        |token| serde_json::to_string(token).unwrap(),
        |text| serde_json::from_str(text).unwrap(),
    );
    let token: Token = serde_json::from_str(r#"{"lastSyncStatus": 2, "actions": 17}"#).unwrap();
    assert_eq!(token.last_sync_status, VppTokenSyncStatus::Completed);
    assert_eq!(token.actions.to_string(), "reactionAdded,16");
}

#[test]
fn yaml() {
    round_trips(
        |token| serde_yaml::to_string(token).unwrap(),
        |text| serde_yaml::from_str(text).unwrap(),
    );
    let token: Token = serde_yaml::from_str("lastSyncStatus: 3\nactions: 3\n").unwrap();
    assert_eq!(token.last_sync_status, VppTokenSyncStatus::Failed);
    assert_eq!(token.actions.to_string(), "reactionAdded,reactionRemoved");
    let text = serde_yaml::to_string(&tokens()[1]).unwrap();
    assert_eq!(
        text,
        "lastSyncStatus: pausedByApple\nactions: reactionAdded,16,pinned\n"
    );
}

#[test]
fn toml() {
    round_trips(
        |token| toml::to_string(token).unwrap(),
        |text| toml::from_str(text).unwrap(),
    );
    let token: Token = toml::from_str("lastSyncStatus = 1\nactions = 2\n").unwrap();
    assert_eq!(token.last_sync_status, VppTokenSyncStatus::InProgress);
    assert_eq!(token.actions.to_string(), "reactionRemoved");
}

#[test]
fn xml_element_text() {
    round_trips(
        |token| quick_xml::se::to_string_with_root("token", token).unwrap(),
        |text| quick_xml::de::from_str(text).unwrap(),
    );
    let token: Token = quick_xml::de::from_str(
        "<token><lastSyncStatus>inProgress</lastSyncStatus><actions>reactionAdded, pinned</actions></token>",
    )
    .unwrap();
    assert_eq!(token.last_sync_status, VppTokenSyncStatus::InProgress);
    assert_eq!(token.actions.to_string(), "reactionAdded,pinned");
    let empty: Token =
        quick_xml::de::from_str("<token><lastSyncStatus>2</lastSyncStatus><actions/></token>")
            .unwrap();
    assert_eq!(empty.last_sync_status, VppTokenSyncStatus::Completed);
    assert!(empty.actions.is_empty());
    // An attribute of the element is not part of the value.
    let error = quick_xml::de::from_str::<Token>(
        r#"<token><lastSyncStatus kind="x">failed</lastSyncStatus><actions/></token>"#,
    )
    .unwrap_err();
    assert!(error.to_string().contains("@kind"), "{error}");
}

/// The record as XML attributes: `<token lastSyncStatus="..." actions="..."/>`.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Attributes {
    #[serde(rename = "@lastSyncStatus")]
    last_sync_status: VppTokenSyncStatus,
    #[serde(rename = "@actions")]
    actions: Flags<ChatMessageActions>,
}

#[test]
fn xml_attributes() {
    for token in tokens() {
        let attributes = Attributes {
            last_sync_status: token.last_sync_status,
            actions: token.actions,
        };
        let text = quick_xml::se::to_string_with_root("token", &attributes).unwrap();
        let back: Attributes = quick_xml::de::from_str(&text).unwrap();
        assert_eq!(back, attributes, "{text}");
    }
    let read: Attributes =
        quick_xml::de::from_str(r#"<token lastSyncStatus="failed" actions="1,2"/>"#).unwrap();
    assert_eq!(read.last_sync_status, VppTokenSyncStatus::Failed);
    assert_eq!(read.actions.to_string(), "reactionAdded,reactionRemoved");
}

fn binary_round_trips<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(
    value: &T,
    write: impl Fn(&T) -> Vec<u8>,
    read: impl Fn(&[u8]) -> T,
) {
    assert_eq!(&read(&write(value)), value);
}

/// A record whose fields also read integers in a binary format.
#[derive(Deserialize)]
struct Numeric {
    #[serde(with = "graph_enum::serde::self_describing")]
    status: VppTokenSyncStatus,
    #[serde(with = "graph_enum::serde::self_describing")]
    actions: Flags<ChatMessageActions>,
}

#[test]
fn cbor() {
    let write = |token: &Token| {
        let mut bytes = Vec::new();
        ciborium::into_writer(token, &mut bytes).unwrap();
        bytes
    };
    round_trips(write, |bytes| {
        ciborium::from_reader(bytes.as_slice()).unwrap()
    });
    // CBOR integers, as another implementation may write them, with the adapter.
    let mut bytes = Vec::new();
    ciborium::into_writer(
        &ciborium::Value::Map(vec![
            ("status".into(), 2.into()),
            ("actions".into(), 17.into()),
        ]),
        &mut bytes,
    )
    .unwrap();
    let numeric: Numeric = ciborium::from_reader(bytes.as_slice()).unwrap();
    assert_eq!(numeric.status, VppTokenSyncStatus::Completed);
    assert_eq!(numeric.actions.to_string(), "reactionAdded,16");
    let mut bytes = Vec::new();
    ciborium::into_writer(
        &ciborium::Value::Map(vec![
            ("status".into(), "inProgress".into()),
            ("actions".into(), "reactionRemoved".into()),
        ]),
        &mut bytes,
    )
    .unwrap();
    let text: Numeric = ciborium::from_reader(bytes.as_slice()).unwrap();
    assert_eq!(text.status, VppTokenSyncStatus::InProgress);
    assert_eq!(text.actions.to_string(), "reactionRemoved");
}

#[test]
fn message_pack() {
    round_trips(
        |token| rmp_serde::to_vec_named(token).unwrap(),
        |bytes| rmp_serde::from_slice(bytes).unwrap(),
    );
    round_trips(
        |token| rmp_serde::to_vec(token).unwrap(),
        |bytes| rmp_serde::from_slice(bytes).unwrap(),
    );
    // A MessagePack integer, as another implementation may write it.
    let status: VppTokenSyncStatus =
        rmp_serde::from_slice(&rmp_serde::to_vec(&3).unwrap()).unwrap();
    assert_eq!(status, VppTokenSyncStatus::Failed);
}

#[test]
fn bincode() {
    let config = bincode::config::standard();
    round_trips(
        |token| bincode::serde::encode_to_vec(token, config).unwrap(),
        |bytes| bincode::serde::decode_from_slice(bytes, config).unwrap().0,
    );
    binary_round_trips(
        &Color::DarkBlue,
        |value| bincode::serde::encode_to_vec(value, config).unwrap(),
        |bytes| bincode::serde::decode_from_slice(bytes, config).unwrap().0,
    );
}

#[test]
fn postcard() {
    round_trips(
        |token| postcard::to_allocvec(token).unwrap(),
        |bytes| postcard::from_bytes(bytes).unwrap(),
    );
    binary_round_trips(
        &Color::Red,
        |value| postcard::to_allocvec(value).unwrap(),
        |bytes| postcard::from_bytes(bytes).unwrap(),
    );
}

#[test]
fn a_closed_enums_error_suggests_the_nearest_name() {
    let error = serde_json::from_str::<Color>(r#""darkblue""#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"invalid value: string "darkblue", expected a color value (did you mean "darkBlue"?) at line 1 column 10"#
    );
    let error = serde_yaml::from_str::<Color>("purple").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"invalid value: string "purple", expected a color value"#),
        "{error}"
    );
}

#[test]
fn xml_element_text_inside_other_serde_types() {
    // serde buffers the element for `untagged` and `flatten`; it is still
    // quick-xml's, so its text is still the value.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(untagged)]
    enum Either {
        Status(VppTokenSyncStatus),
    }
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Inner {
        last_sync_status: Either,
        actions: Option<Flags<ChatMessageActions>>,
    }
    #[derive(Debug, PartialEq, Deserialize)]
    struct Outer {
        #[serde(flatten)]
        inner: Inner,
    }
    #[derive(Debug, Deserialize)]
    struct Strict {
        #[serde(with = "graph_enum::serde::strict")]
        actions: Flags<ChatMessageActions>,
    }
    #[derive(Debug, Deserialize)]
    struct AnyCase {
        #[serde(with = "graph_enum::serde::ignore_ascii_case")]
        status: VppTokenSyncStatus,
        #[serde(with = "graph_enum::serde::ignore_ascii_case")]
        actions: Flags<ChatMessageActions>,
    }
    #[derive(Debug, Deserialize)]
    struct SelfDescribing {
        #[serde(with = "graph_enum::serde::self_describing")]
        status: VppTokenSyncStatus,
        #[serde(with = "graph_enum::serde::self_describing")]
        actions: Flags<ChatMessageActions>,
    }
    let read: Outer = quick_xml::de::from_str(
        "<token><lastSyncStatus>completed</lastSyncStatus><actions>pinned,1</actions></token>",
    )
    .unwrap();
    assert_eq!(
        read.inner.last_sync_status,
        Either::Status(VppTokenSyncStatus::Completed)
    );
    assert_eq!(
        read.inner.actions.map(|actions| actions.to_string()),
        Some("reactionAdded,pinned".to_owned())
    );
    let read: Strict =
        quick_xml::de::from_str("<token><actions>reactionAdded</actions></token>").unwrap();
    assert_eq!(read.actions.to_string(), "reactionAdded");
    let error =
        quick_xml::de::from_str::<Strict>("<token><actions>pinned</actions></token>").unwrap_err();
    assert!(error.to_string().contains("pinned"), "{error}");
    // The other two adapters read element text too.
    let read: AnyCase = quick_xml::de::from_str(
        "<token><status>COMPLETED</status><actions>REACTIONADDED</actions></token>",
    )
    .unwrap();
    assert_eq!(read.status, VppTokenSyncStatus::Completed);
    assert_eq!(read.actions.to_string(), "reactionAdded");
    let read: SelfDescribing =
        quick_xml::de::from_str("<token><status>2</status><actions/></token>").unwrap();
    assert_eq!(read.status, VppTokenSyncStatus::Completed);
    assert!(read.actions.is_empty());
}

/// A map of the element-text shape is no value in the other text formats.
#[test]
fn maps_of_other_formats_are_not_element_text() {
    for yaml in [
        "lastSyncStatus: {}\nactions: a\n",
        "lastSyncStatus: {$text: completed}\nactions: a\n",
    ] {
        let error = serde_yaml::from_str::<Token>(yaml).unwrap_err();
        assert!(
            error.to_string().contains("invalid type: map"),
            "{yaml}: {error}"
        );
    }
    for yaml in [
        "lastSyncStatus: 2\nactions: {}\n",
        "lastSyncStatus: 2\nactions: {$text: a}\n",
    ] {
        let error = serde_yaml::from_str::<Token>(yaml).unwrap_err();
        assert!(
            error.to_string().contains("invalid type: map"),
            "{yaml}: {error}"
        );
    }
    for toml in [
        "lastSyncStatus = 2\nactions = {}\n",
        "lastSyncStatus = {\"$text\" = \"completed\"}\nactions = \"\"\n",
    ] {
        let error = toml::from_str::<Token>(toml).unwrap_err();
        assert!(
            error.to_string().contains("invalid type: map"),
            "{toml}: {error}"
        );
    }
}
