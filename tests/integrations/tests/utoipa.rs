//! utoipa (feature `utoipa`): every shape of enum and `Flags` in a real
//! OpenAPI document, in the shape schemars gives them.

use graph_enum::Flags;
use graph_enum_integrations::{
    ChatMessageActions, Permissions, VppTokenAccountType, VppTokenState, VppTokenSyncStatus,
};
use serde_json::{json, Value};
use utoipa::{OpenApi, ToSchema};

/// Graph's `vppToken`, re-exposed by a user's API.
#[derive(ToSchema)]
#[allow(dead_code)]
struct VppToken {
    last_sync_status: VppTokenSyncStatus,
    vpp_token_account_type: VppTokenAccountType,
}

/// Graph's `chatMessageHistoryItem`, whose `actions` is a flags value.
#[derive(ToSchema)]
#[allow(dead_code)]
struct ChatMessageHistoryItem {
    actions: Flags<ChatMessageActions>,
}

#[derive(OpenApi)]
#[openapi(components(schemas(
    VppToken,
    ChatMessageHistoryItem,
    VppTokenSyncStatus,
    VppTokenAccountType,
    VppTokenState,
    Flags<ChatMessageActions>,
    Flags<Permissions>,
)))]
struct Api;

fn schemas() -> Value {
    serde_json::to_value(Api::openapi()).unwrap()["components"]["schemas"].clone()
}

#[test]
fn the_document_has_every_shape() {
    let schemas = schemas();
    assert_eq!(
        schemas["vppTokenAccountType"],
        json!({
            "type": "string",
            "description": "Closed: Graph's `vppTokenAccountType`.",
            "enum": ["business", "education"],
            "x-enum-descriptions": ["Apple Business Manager.", "Apple School Manager."],
        })
    );
    assert_eq!(
        schemas["vppTokenSyncStatus"]["anyOf"][1],
        json!({"type": "string"})
    );
    assert_eq!(
        schemas["vppTokenState"]["anyOf"][0]["enum"][4],
        "assignedToExternalMDM"
    );
    assert_eq!(
        schemas["Flags_permissions"]["pattern"],
        "^(?:(?:read|write|delete)(?:,(?:read|write|delete))*)?$"
    );
    assert_eq!(schemas["Flags_chatMessageActions"]["type"], "string");
    assert_eq!(
        schemas["VppToken"]["properties"]["last_sync_status"],
        json!({"$ref": "#/components/schemas/vppTokenSyncStatus"})
    );
    assert_eq!(
        schemas["ChatMessageHistoryItem"]["properties"]["actions"],
        json!({"$ref": "#/components/schemas/Flags_chatMessageActions"})
    );
}

/// One shape, whichever library writes it: the OpenAPI component is the JSON
/// Schema schemars gives, without the document keywords (`$schema`, `title`).
#[test]
fn the_shape_is_the_one_schemars_gives() {
    fn schemars<T: schemars::JsonSchema>() -> Value {
        let mut schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
        let object = schema.as_object_mut().unwrap();
        object.remove("$schema");
        object.remove("title");
        schema
    }
    let schemas = schemas();
    assert_eq!(
        schemas["vppTokenSyncStatus"],
        schemars::<VppTokenSyncStatus>()
    );
    assert_eq!(
        schemas["vppTokenAccountType"],
        schemars::<VppTokenAccountType>()
    );
    assert_eq!(schemas["vppTokenState"], schemars::<VppTokenState>());
    assert_eq!(
        schemas["Flags_chatMessageActions"],
        schemars::<Flags<ChatMessageActions>>()
    );
    assert_eq!(
        schemas["Flags_permissions"],
        schemars::<Flags<Permissions>>()
    );
}
