//! Graph's `vppTokenSyncStatus`, the first prebuilt enum.

use crate::{GraphEnum, UnknownValue};

/// Possible sync statuses associated with an Apple Volume Purchase Program token.
///
/// Graph's `microsoft.graph.vppTokenSyncStatus` (Intune), the type of
/// `vppToken.lastSyncStatus`. Values Graph adds later are kept in
/// [`Unknown`](Self::Unknown) and written back unchanged. The German texts
/// (`description_in("de")`, `display_name_in("de")`) are those of Graph's
/// German reference page, which gives "failed" untranslated.
///
/// ```
/// use graph_enum::VppTokenSyncStatus;
///
/// let status: VppTokenSyncStatus = "inProgress".parse()?;
/// assert_eq!(status, VppTokenSyncStatus::InProgress);
/// assert_eq!(status.value(), Some(1));
/// assert_eq!(status.description(), Some("Last Sync in progress."));
/// assert_eq!(VppTokenSyncStatus::default(), VppTokenSyncStatus::None);
///
/// use graph_enum::GraphEnum;
/// assert_eq!(status.description_in("de-DE"), Some("Letzte Synchronisierung ausgeführt."));
/// assert_eq!(status.display_name_in("de"), Some("in Bearbeitung"));
/// # Ok::<(), graph_enum::ParseError>(())
/// ```
#[derive(GraphEnum, Clone, Debug, Default, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(
    description = "Possible sync statuses associated with an Apple Volume Purchase Program token.",
    description(
        de = "Mögliche Sync Status mit einem Apple Volume Purchase Program Token verknüpft ist."
    )
)]
pub enum VppTokenSyncStatus {
    /// Default status.
    #[default]
    #[graph_enum(description(de = "Standardstatus."), display_name(de = "Keine"))]
    None = 0,
    /// Last Sync in progress.
    #[graph_enum(
        description(de = "Letzte Synchronisierung ausgeführt."),
        display_name(de = "in Bearbeitung")
    )]
    InProgress = 1,
    /// Last Sync completed successfully.
    #[graph_enum(
        description(de = "Letzte Synchronisierung erfolgreich abgeschlossen wurde."),
        display_name(de = "abgeschlossen")
    )]
    Completed = 2,
    /// Last Sync failed.
    #[graph_enum(
        description(de = "Fehler bei der letzten Synchronisierung."),
        display_name(de = "failed")
    )]
    Failed = 3,
    /// A value this version of the crate does not know, kept verbatim.
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}
