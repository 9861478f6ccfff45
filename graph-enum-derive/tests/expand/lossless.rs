/// Possible sync statuses associated with an Apple Volume Purchase Program token.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum VppTokenSyncStatus {
    /// Default status.
    None = 0,
    /// Last Sync in progress.
    InProgress = 1,
    /// Last Sync completed successfully.
    Completed = 2,
    /// Last Sync failed.
    Failed = 3,
    /// A value this version of the crate does not know, kept verbatim.
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}
