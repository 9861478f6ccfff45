//! `graph_enum::VppTokenSyncStatus` is exactly Graph's `vppTokenSyncStatus`.

use std::collections::HashSet;

use graph_enum::{Fallback, GraphEnum, VppTokenSyncStatus};

#[test]
fn schema_facts() {
    assert_eq!(VppTokenSyncStatus::NAME, "vppTokenSyncStatus");
    assert_eq!(VppTokenSyncStatus::NAMESPACE, "microsoft.graph");
    assert_eq!(
        VppTokenSyncStatus::DESCRIPTION,
        Some("Possible sync statuses associated with an Apple Volume Purchase Program token.")
    );
    assert_eq!(VppTokenSyncStatus::FALLBACK, Fallback::Lossless);
    let members: Vec<(&str, i64, Option<&str>)> = VppTokenSyncStatus::MEMBERS
        .iter()
        .map(|member| (member.name, member.value, member.description))
        .collect();
    assert_eq!(
        members,
        [
            ("none", 0, Some("Default status.")),
            ("inProgress", 1, Some("Last Sync in progress.")),
            ("completed", 2, Some("Last Sync completed successfully.")),
            ("failed", 3, Some("Last Sync failed.")),
        ]
    );
    assert!(!VppTokenSyncStatus::is_evolvable());
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

#[test]
fn german_texts_from_the_seed_page() {
    use VppTokenSyncStatus::{Completed, Failed, InProgress, None};
    assert_eq!(
        VppTokenSyncStatus::type_description_in("de-DE"),
        Some("Mögliche Sync Status mit einem Apple Volume Purchase Program Token verknüpft ist.")
    );
    let german: Vec<(Option<&str>, Option<&str>)> = [None, InProgress, Completed, Failed]
        .iter()
        .map(|status| (status.description_in("de"), status.display_name_in("de-DE")))
        .collect();
    assert_eq!(
        german,
        [
            (Some("Standardstatus."), Some("Keine")),
            (
                Some("Letzte Synchronisierung ausgeführt."),
                Some("in Bearbeitung")
            ),
            (
                Some("Letzte Synchronisierung erfolgreich abgeschlossen wurde."),
                Some("abgeschlossen")
            ),
            (
                Some("Fehler bei der letzten Synchronisierung."),
                Some("failed")
            ),
        ]
    );
    // Other languages fall back to the English description; there is no English display name.
    assert_eq!(
        Completed.description_in("fr-FR"),
        Some("Last Sync completed successfully.")
    );
    assert_eq!(Completed.display_name_in("fr-FR"), Option::None);
    assert_eq!(
        VppTokenSyncStatus::type_description_in("en"),
        Some("Possible sync statuses associated with an Apple Volume Purchase Program token.")
    );
}
