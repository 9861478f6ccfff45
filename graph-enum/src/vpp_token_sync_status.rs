//! Graph's `vppTokenSyncStatus`, the first prebuilt enum.

use crate::{GraphEnum, UnknownValue};

/// Possible sync statuses associated with an Apple Volume Purchase Program token.
///
/// Graph's `microsoft.graph.vppTokenSyncStatus` (Intune), the type of
/// `vppToken.lastSyncStatus`. Values Graph adds later are kept in
/// [`Unknown`](Self::Unknown) and written back unchanged.
///
/// ```
/// use graph_enum::VppTokenSyncStatus;
///
/// let status: VppTokenSyncStatus = "inProgress".parse()?;
/// assert_eq!(status, VppTokenSyncStatus::InProgress);
/// assert_eq!(status.value(), Some(1));
/// assert_eq!(status.description(), Some("Last Sync in progress."));
/// assert_eq!(VppTokenSyncStatus::default(), VppTokenSyncStatus::None);
/// # Ok::<(), graph_enum::ParseError>(())
/// ```
#[derive(GraphEnum, Clone, Debug, Default, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(
    description = "Possible sync statuses associated with an Apple Volume Purchase Program token."
)]
pub enum VppTokenSyncStatus {
    /// Default status.
    #[default]
    None = 0,
    /// Last Sync in progress.
    InProgress = 1,
    /// Last Sync completed successfully.
    Completed = 2,
    /// Last Sync failed.
    Failed = 3,
    /// A value this version of the crate does not know, kept verbatim.
    #[graph_enum(unknown)]
    Unknown(UnknownValue),
}
