/// Possible sync statuses associated with an Apple Volume Purchase Program token.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph_enum(description(de = "Mögliche Synchronisierungsstatus eines Apple-VPP-Tokens."))]
pub enum VppTokenSyncStatus {
    /// Default status.
    #[graph_enum(description(de = "Standardstatus."), display_name = "None")]
    None = 0,
    /// Last Sync in progress.
    #[graph_enum(
        description(de = "Letzte Synchronisierung wird ausgeführt.", de_CH = "Synchronisierung läuft."),
        display_name(de = "In Bearbeitung")
    )]
    InProgress = 1,
    #[graph_enum(description = "Last Sync completed successfully.")]
    Completed = 2,
    #[graph_enum(unknown)]
    Unknown,
}
