//! SPEC.md, "serde", with `serde` on and `quick-xml` off: quick-xml hands an
//! element's text over as a map, and without the feature no map is a value,
//! so an element is an error and attributes (plain strings) still read. CI
//! runs it with `cargo test -p graph-enum --features serde`; wherever the
//! feature is on, as under `--all-features`, this file is empty.

#![cfg(all(feature = "serde", not(feature = "quick-xml")))]

use std::collections::BTreeMap;

use graph_enum::{Flags, GraphEnum, UnknownValue, VppTokenSyncStatus};
use serde::Deserialize;

/// Graph's chatMessageActions, declared here: the shared fixtures' crate
/// turns `serde` on, and as a dev-dependency it would do so for every test of
/// this crate, `cargo test -p graph-enum` without features included.
#[derive(GraphEnum, Clone, Debug, PartialEq)]
#[repr(i32)]
#[graph_enum(flags)]
enum ChatMessageActions {
    ReactionAdded = 1,
    ReactionRemoved = 2,
    ActionUndefined = 4,
    UnknownFutureValue = 8,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[derive(Debug, Deserialize)]
struct Attributes {
    #[serde(rename = "@lastSyncStatus")]
    last_sync_status: VppTokenSyncStatus,
    #[serde(rename = "@actions")]
    actions: Flags<ChatMessageActions>,
}

#[test]
fn element_text_is_a_map_and_no_value() {
    let error = quick_xml::de::from_str::<BTreeMap<String, VppTokenSyncStatus>>(
        "<token><lastSyncStatus>completed</lastSyncStatus></token>",
    )
    .unwrap_err();
    assert!(error.to_string().contains("invalid type: map"), "{error}");
    let error = quick_xml::de::from_str::<BTreeMap<String, Flags<ChatMessageActions>>>(
        "<token><actions>reactionAdded</actions></token>",
    )
    .unwrap_err();
    assert!(error.to_string().contains("invalid type: map"), "{error}");
    // Nor the empty element, which the feature reads as the empty set.
    assert!(
        quick_xml::de::from_str::<BTreeMap<String, Flags<ChatMessageActions>>>(
            "<token><actions/></token>"
        )
        .is_err()
    );
}

#[test]
fn attributes_read_as_strings() {
    let read: Attributes =
        quick_xml::de::from_str(r#"<token lastSyncStatus="failed" actions="1,pinned"/>"#).unwrap();
    assert_eq!(read.last_sync_status, VppTokenSyncStatus::Failed);
    assert_eq!(read.actions.to_string(), "reactionAdded,pinned");
}

#[test]
fn other_formats_maps_are_no_value_either() {
    let error =
        serde_json::from_str::<VppTokenSyncStatus>(r#"{"$text": "completed"}"#).unwrap_err();
    assert!(error.to_string().contains("invalid type: map"), "{error}");
}
