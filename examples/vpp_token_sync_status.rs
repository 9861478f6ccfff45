//! The prebuilt `VppTokenSyncStatus`, and a closed enum of your own, end to end.
//!
//! Run with `cargo run --example vpp_token_sync_status`.

use graph_enum::{GraphEnum, VppTokenSyncStatus};

/// A closed enum: no fallback variant, so unknown input is an error.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum DeviceEnrollmentType {
    /// Default value, enrollment type was not collected.
    Unknown = 0,
    /// User driven enrollment through BYOD channel.
    UserEnrollment = 1,
    /// User enrollment with a device enrollment manager account.
    DeviceEnrollmentManager = 2,
}

fn main() {
    println!(
        "{} ({})",
        VppTokenSyncStatus::NAME,
        VppTokenSyncStatus::NAMESPACE
    );
    if let Some(description) = VppTokenSyncStatus::DESCRIPTION {
        println!("  {description}");
    }
    println!();
    println!("  {:<12} {:>5}  description", "wire name", "value");
    for member in VppTokenSyncStatus::MEMBERS {
        let description = member.description.unwrap_or("");
        println!("  {:<12} {:>5}  {description}", member.name, member.value);
    }

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

    println!();
    println!(
        "{} is closed (no fallback variant):",
        DeviceEnrollmentType::NAME
    );
    for input in [
        "userEnrollment",
        "1",
        "UserEnrollment",
        "deviceEnrolmentManager",
        "autopilot",
    ] {
        match input.parse::<DeviceEnrollmentType>() {
            Ok(kind) => println!("parse {input:?} -> {kind:?}"),
            Err(error) => println!("parse {input:?} -> error: {error}"),
        }
    }
    match DeviceEnrollmentType::try_from(9) {
        Ok(kind) => println!("from 9 -> {kind:?}"),
        Err(error) => println!("from 9 -> error: {error}"),
    }
    println!(
        "from DeviceEnrollmentManager -> {}",
        u8::from(DeviceEnrollmentType::DeviceEnrollmentManager)
    );
}
