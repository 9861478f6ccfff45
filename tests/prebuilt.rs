//! `graph_enum::VppTokenSyncStatus` is exactly Graph's `vppTokenSyncStatus`.

use std::collections::HashSet;

use graph_enum::{Fallback, GraphEnum, Member, VppTokenSyncStatus};

#[test]
fn schema_facts() {
    assert_eq!(VppTokenSyncStatus::NAME, "vppTokenSyncStatus");
    assert_eq!(VppTokenSyncStatus::NAMESPACE, "microsoft.graph");
    assert_eq!(
        VppTokenSyncStatus::DESCRIPTION,
        Some("Possible sync statuses associated with an Apple Volume Purchase Program token.")
    );
    assert_eq!(VppTokenSyncStatus::FALLBACK, Fallback::Lossless);
    assert_eq!(
        VppTokenSyncStatus::MEMBERS,
        [
            Member::__new("none", 0, Some("Default status.")),
            Member::__new("inProgress", 1, Some("Last Sync in progress.")),
            Member::__new("completed", 2, Some("Last Sync completed successfully.")),
            Member::__new("failed", 3, Some("Last Sync failed.")),
        ]
    );
}

#[test]
fn variants_and_default() {
    use VppTokenSyncStatus::{Completed, Failed, InProgress, None};
    assert_eq!(VppTokenSyncStatus::default(), None);
    assert_eq!(None.description(), Some("Default status."));
    let values: Vec<Option<i32>> = [None, InProgress, Completed, Failed]
        .iter()
        .map(VppTokenSyncStatus::value)
        .collect();
    assert_eq!(values, [Some(0), Some(1), Some(2), Some(3)]);
    let names: Vec<&str> = [None, InProgress, Completed, Failed]
        .iter()
        .map(VppTokenSyncStatus::as_str)
        .collect();
    assert_eq!(names, ["none", "inProgress", "completed", "failed"]);
}

#[test]
fn unknown_values_round_trip_and_hash_soundly() {
    let new: VppTokenSyncStatus = "pausedByApple".parse().unwrap();
    assert!(new.is_unknown());
    assert_eq!(
        new.description(),
        Some("A value this version of the crate does not know, kept verbatim.")
    );
    assert_eq!(new.to_string(), "pausedByApple");
    assert_eq!(new.clone(), new);

    // A declared name never becomes an unknown, so equal text means equal values.
    let set: HashSet<VppTokenSyncStatus> = [
        "failed",
        "3",
        "failed",
        "pausedByApple",
        "pausedByApple",
        "4",
    ]
    .iter()
    .map(|text| text.parse().unwrap())
    .collect();
    assert_eq!(set.len(), 3);
    assert!(set.contains(&VppTokenSyncStatus::Failed));
    assert!(set.contains(&VppTokenSyncStatus::from(4)));
}
