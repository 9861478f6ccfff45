//! schemars (feature `schemars`): the schemas of every shape of enum and of
//! `Flags`, and real Graph JSON validated against them with a JSON Schema
//! validator.

use graph_enum::{Flags, GraphEnum};
use graph_enum_integrations::{
    ChatMessageActions, Permissions, VppTokenAccountType, VppTokenState, VppTokenSyncStatus,
};
use schemars::{schema_for, JsonSchema};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// Graph's `vppToken`, with the enum properties a client reads.
#[derive(JsonSchema, Deserialize, Serialize, Debug)]
// Graph's property names.
#[allow(clippy::struct_field_names)]
#[serde(rename_all = "camelCase")]
struct VppToken {
    id: String,
    vpp_token_account_type: VppTokenAccountType,
    state: VppTokenState,
    last_sync_status: VppTokenSyncStatus,
}

/// Graph's `chatMessageHistoryItem`, whose `actions` is a flags value.
#[derive(JsonSchema, Deserialize, Serialize, Debug)]
#[serde(rename_all = "camelCase")]
struct ChatMessageHistoryItem {
    modified_date_time: String,
    actions: Flags<ChatMessageActions>,
}

/// The example response of Graph's "Get vppToken" (v1.0 reference).
const VPP_TOKEN: &str = r##"{
  "@odata.type": "#microsoft.graph.vppToken",
  "id": "9aa0a3f5-a3f5-9aa0-f5a3-a09af5a3a09a",
  "organizationName": "Organization Name value",
  "vppTokenAccountType": "education",
  "appleId": "Apple Id value",
  "expirationDateTime": "2016-12-31T23:57:57.2481234-08:00",
  "lastSyncDateTime": "2017-01-01T00:02:49.3205976-08:00",
  "token": "Token value",
  "lastModifiedDateTime": "2017-01-01T00:00:35.1329464-08:00",
  "state": "valid",
  "lastSyncStatus": "completed",
  "automaticallyUpdateApps": true,
  "countryOrRegion": "Country Or Region value"
}"##;

/// A `chatMessage`'s `messageHistory` entry, as Graph returns it.
const HISTORY_ITEM: &str = r#"{
  "modifiedDateTime": "2023-06-26T21:32:14.2373183Z",
  "actions": "reactionAdded",
  "reaction": {"reactionType": "like", "createdDateTime": "2023-06-26T21:32:14.2373183Z"}
}"#;

fn validator<T: JsonSchema>() -> jsonschema::Validator {
    let schema = serde_json::to_value(schema_for!(T)).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

/// `payload` with one property replaced.
fn with(payload: &str, property: &str, value: &str) -> Value {
    let mut payload: Value = serde_json::from_str(payload).unwrap();
    payload[property] = json!(value);
    payload
}

#[test]
fn real_graph_json_is_valid_and_values_graph_adds_later_are_valid_for_open_enums() {
    let vpp_token = validator::<VppToken>();
    assert!(vpp_token.is_valid(&serde_json::from_str(VPP_TOKEN).unwrap()));
    // Lossless and lossy enums read any string: the schema says so.
    assert!(vpp_token.is_valid(&with(VPP_TOKEN, "lastSyncStatus", "pausedByApple")));
    assert!(vpp_token.is_valid(&with(VPP_TOKEN, "state", "revoked")));
    // A closed enum reads only its names.
    let invalid = with(VPP_TOKEN, "vppTokenAccountType", "enterprise");
    assert!(!vpp_token.is_valid(&invalid));
    let error = vpp_token.iter_errors(&invalid).next().unwrap();
    assert_eq!(error.instance_path().to_string(), "/vppTokenAccountType");
    // Not a string at all.
    let mut number = with(VPP_TOKEN, "state", "valid");
    number["state"] = json!(true);
    assert!(!vpp_token.is_valid(&number));

    let history = validator::<ChatMessageHistoryItem>();
    assert!(history.is_valid(&serde_json::from_str(HISTORY_ITEM).unwrap()));
    assert!(history.is_valid(&with(
        HISTORY_ITEM,
        "actions",
        "reactionAdded,messageForwarded"
    )));
}

/// What the schema accepts, the type reads, and what the type writes, the
/// schema accepts: for members, unknowns, sets, and text in other cases.
#[test]
fn the_schema_agrees_with_serde() {
    fn check<T: JsonSchema + Serialize + for<'de> Deserialize<'de>>(inputs: &[&str]) {
        let validator = validator::<T>();
        for input in inputs {
            let json = json!(input);
            if validator.is_valid(&json) {
                let value: T = serde_json::from_value(json.clone())
                    .unwrap_or_else(|error| panic!("{input:?} is valid but not read: {error}"));
                let written = serde_json::to_value(&value).unwrap();
                assert!(
                    validator.is_valid(&written),
                    "{input:?} written as {written} is invalid"
                );
            }
        }
    }
    let inputs = [
        "business",
        "education",
        "enterprise",
        "Business",
        "",
        "2",
        "valid",
        "revoked",
        "other",
        "none",
        "inProgress",
        "pausedByApple",
        "read",
        "read,write",
        "read,delete,write",
        "read,execute",
        "reactionAdded",
        "reactionAdded,16,new",
        "read,,write",
    ];
    check::<VppTokenAccountType>(&inputs);
    check::<VppTokenState>(&inputs);
    check::<VppTokenSyncStatus>(&inputs);
    check::<Flags<Permissions>>(&inputs);
    check::<Flags<ChatMessageActions>>(&inputs);

    // Every member a closed enum writes is valid, and nothing else is.
    let closed = validator::<VppTokenAccountType>();
    for member in VppTokenAccountType::iter() {
        assert!(closed.is_valid(&serde_json::to_value(member).unwrap()));
    }
    assert!(!closed.is_valid(&json!("enterprise")));
    let closed_set = validator::<Flags<Permissions>>();
    for set in ["", "read", "read,write,delete", "write,delete"] {
        let set: Flags<Permissions> = set.parse().unwrap();
        assert!(
            closed_set.is_valid(&serde_json::to_value(&set).unwrap()),
            "{set}"
        );
    }
    assert!(!closed_set.is_valid(&json!("read,execute")));
}

#[test]
fn closed_enums_are_an_enum_of_names_with_the_descriptions() {
    let schema = serde_json::to_value(schema_for!(VppTokenAccountType)).unwrap();
    assert_eq!(
        schema,
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "vppTokenAccountType",
            "description": "Closed: Graph's `vppTokenAccountType`.",
            "type": "string",
            "enum": ["business", "education"],
            "x-enum-descriptions": ["Apple Business Manager.", "Apple School Manager."],
        })
    );
}

#[test]
fn open_enums_are_their_names_or_any_string() {
    let schema = serde_json::to_value(schema_for!(VppTokenSyncStatus)).unwrap();
    assert_eq!(schema["title"], "vppTokenSyncStatus");
    assert_eq!(
        schema["description"],
        "Possible sync statuses associated with an Apple Volume Purchase Program token."
    );
    assert_eq!(
        schema["anyOf"],
        json!([
            {
                "type": "string",
                "enum": ["none", "inProgress", "completed", "failed"],
                "x-enum-descriptions": [
                    "Default status.",
                    "Last Sync in progress.",
                    "Last Sync completed successfully.",
                    "Last Sync failed.",
                ],
            },
            {"type": "string"},
        ])
    );
}

#[test]
fn sets_are_their_comma_separated_string() {
    let schema = serde_json::to_value(schema_for!(Flags<Permissions>)).unwrap();
    assert_eq!(schema["title"], "Flags_permissions");
    assert_eq!(schema["type"], "string");
    assert_eq!(
        schema["pattern"],
        "^(?:(?:read|write|delete)(?:,(?:read|write|delete))*)?$"
    );
    // An open flags enum keeps any part.
    let schema = serde_json::to_value(schema_for!(Flags<ChatMessageActions>)).unwrap();
    assert_eq!(schema["type"], "string");
    assert_eq!(schema.get("pattern"), None);
}

#[test]
fn a_field_refers_to_the_enum_by_its_schema_name() {
    let schema = serde_json::to_value(schema_for!(VppToken)).unwrap();
    assert_eq!(
        schema["properties"]["lastSyncStatus"],
        json!({"$ref": "#/$defs/vppTokenSyncStatus"})
    );
    assert!(schema["$defs"]["vppTokenSyncStatus"]["anyOf"].is_array());
    assert_eq!(
        schema["$defs"]["vppTokenAccountType"]["enum"],
        json!(["business", "education"])
    );
}
