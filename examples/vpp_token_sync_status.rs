//! The prebuilt `VppTokenSyncStatus`, a closed enum of your own, and a Graph
//! `vppToken` read, changed and written back with an enum value this code has
//! never heard of.
//!
//! Run with `cargo run --example vpp_token_sync_status`.

use graph_enum::{GraphEnum, UnknownValue, VppTokenSyncStatus, INCLUDE_UNKNOWN_ENUM_MEMBERS};
use serde::{Deserialize, Serialize};

/// Graph's `vppTokenState` as v1.0 declares it. Beta has since added
/// `duplicateLocationId`; the lossless fallback keeps it.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[repr(i32)]
enum VppTokenState {
    /// Default state.
    Unknown = 0,
    /// Token is valid.
    Valid = 1,
    /// Token is expired.
    Expired = 2,
    /// Token is invalid.
    Invalid = 3,
    /// Token is managed by another MDM service.
    AssignedToExternalMDM = 4,
    /// A state added after this code was written. Graph has a real member
    /// called `unknown`, so the fallback has another name.
    #[graph_enum(unknown)]
    Other(UnknownValue<Self>),
}

/// A closed enum: no fallback variant, so unknown input is an error.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum VppTokenAccountType {
    /// Apple Volume Purchase Program for business.
    Business = 0,
    /// Apple Volume Purchase Program for education.
    Education = 1,
}

/// The fields of a `vppToken` this example uses; serde keeps the enums typed.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
struct VppToken {
    #[serde(rename = "@odata.type")]
    odata_type: String,
    id: String,
    organization_name: String,
    #[serde(rename = "vppTokenAccountType")]
    account_type: VppTokenAccountType,
    state: VppTokenState,
    last_sync_status: VppTokenSyncStatus,
    automatically_update_apps: bool,
}

/// What `GET /deviceAppManagement/vppTokens/{id}` on the beta endpoint returns,
/// with a `state` that v1.0 does not declare.
const RESPONSE: &str = r##"{
  "@odata.type": "#microsoft.graph.vppToken",
  "id": "9d1f5bcb-5bcb-9d1f-cb5b-1f9dcb5b1f9d",
  "organizationName": "Contoso",
  "vppTokenAccountType": "education",
  "state": "duplicateLocationId",
  "lastSyncStatus": "failed",
  "automaticallyUpdateApps": false
}"##;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    members();
    parsing();
    closed_enum();
    graph_round_trip()?;
    Ok(())
}

fn members() {
    println!(
        "{}.{}",
        VppTokenSyncStatus::NAMESPACE,
        VppTokenSyncStatus::NAME
    );
    if let Some(description) = VppTokenSyncStatus::DESCRIPTION {
        println!("  {description}");
    }
    println!();
    println!(
        "  {:<12} {:>5}  {:<36} German",
        "wire name", "value", "description"
    );
    for member in VppTokenSyncStatus::MEMBERS {
        println!(
            "  {:<12} {:>5}  {:<36} {} ({})",
            member.name,
            member.value,
            member.description.unwrap_or(""),
            member.display_name_in("de").unwrap_or(""),
            member.description_in("de").unwrap_or(""),
        );
    }
}

fn parsing() {
    println!();
    for input in ["inProgress", "2", "pausedByApple", "42"] {
        match input.parse::<VppTokenSyncStatus>() {
            Ok(status) if status.is_unknown() => println!(
                "parse {input:?} -> unknown value, kept: writes back as {:?}, value {:?}",
                status.to_string(),
                status.value()
            ),
            Ok(status) => println!(
                "parse {input:?} -> {status:?} (wire name {:?}, value {:?})",
                status.as_str(),
                status.value()
            ),
            Err(error) => println!("parse {input:?} -> error: {error}"),
        }
    }
}

fn closed_enum() {
    println!();
    println!(
        "{} is closed (no fallback variant):",
        VppTokenAccountType::NAME
    );
    for input in ["education", "1", "Education", "buisness", "government"] {
        match input.parse::<VppTokenAccountType>() {
            Ok(kind) => println!("parse {input:?} -> {kind:?}"),
            Err(error) => println!("parse {input:?} -> error: {error}"),
        }
    }
    match VppTokenAccountType::try_from(9) {
        Ok(kind) => println!("from 9 -> {kind:?}"),
        Err(error) => println!("from 9 -> error: {error}"),
    }
    println!(
        "Education as u8 -> {}",
        u8::from(VppTokenAccountType::Education)
    );
}

fn graph_round_trip() -> Result<(), serde_json::Error> {
    println!();
    let mut token: VppToken = serde_json::from_str(RESPONSE)?;
    println!(
        "read vppToken {}: state {:?}, lastSyncStatus {:?}",
        token.id, token.state, token.last_sync_status
    );

    // Read, modify, write: the state this code does not know goes back unchanged.
    token.automatically_update_apps = true;
    let written = serde_json::to_value(&token)?;
    println!(
        "written back: state {}, lastSyncStatus {}, automaticallyUpdateApps {}",
        written["state"], written["lastSyncStatus"], written["automaticallyUpdateApps"]
    );
    assert_eq!(written["state"], "duplicateLocationId");

    // $filter wants OData enum literals; odata_literal() writes one without allocating.
    let filter = format!(
        "lastSyncStatus eq {} or state eq {}",
        VppTokenSyncStatus::Failed.odata_literal(),
        VppTokenState::AssignedToExternalMDM.odata_literal()
    );
    println!("$filter={filter}");

    let (name, value) = INCLUDE_UNKNOWN_ENUM_MEMBERS;
    println!("to receive members declared after unknownFutureValue, send `{name}: {value}`");
    Ok(())
}
