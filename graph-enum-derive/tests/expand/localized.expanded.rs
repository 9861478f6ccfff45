::graph_enum::__private::impl_enum!(
    Lossy(Unknown "unknown"), #[doc =
    "Conversions of the Graph enum type `microsoft.graph.vppTokenSyncStatus`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `None` | `none` | 0 | Default status. |\n| `InProgress` | `inProgress` | 1 | Last Sync in progress. |\n| `Completed` | `completed` | 2 | Last Sync completed successfully. |\n\n`Unknown`: any other value, dropped; written as `unknown`."]
    VppTokenSyncStatus, i32, [[0usize] None = 0 => "none", [1usize] InProgress = 1 =>
    "inProgress", [2usize] Completed = 2 => "completed"], &
    ::graph_enum::Member::__localize(::graph_enum::Member::__localize(::graph_enum::Member::__table(<
    Self as ::graph_enum::GraphEnum > ::__NAMES, [0, 1, 2], ["Default status.",
    "Last Sync in progress.", "Last Sync completed successfully."],
    ::core::primitive::usize::MAX,), 0usize, & [("de", "Standardstatus.")],
    ::core::option::Option::Some("None"), & []), 1usize, & [("de",
    "Letzte Synchronisierung wird ausgeführt."), ("de-CH", "Synchronisierung läuft.")],
    ::core::option::Option::None, & [("de", "In Bearbeitung")]), { const NAME : & 'static
    ::core::primitive::str = "vppTokenSyncStatus"; const NAMESPACE : & 'static
    ::core::primitive::str = "microsoft.graph"; const DESCRIPTION :
    ::core::option::Option < & 'static ::core::primitive::str > =
    ::core::option::Option::Some("Possible sync statuses associated with an Apple Volume Purchase Program token.");
    const DESCRIPTIONS : & 'static [(& 'static ::core::primitive::str, & 'static
    ::core::primitive::str)] = & [("de",
    "Mögliche Synchronisierungsstatus eines Apple-VPP-Tokens.")]; const __LOOKUP :
    ::graph_enum::__private::Lookup =
    ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash { positions : &
    [], multiplier : 16294208416658607535u64, displacements : & [0u16], slots : & [2u16,
    0u16, 1u16, 0u16], }); }
);
::graph_enum::__private::impl_conversions!(VppTokenSyncStatus, i32, open);
::graph_enum::__private::impl_serde!(VppTokenSyncStatus);
::graph_enum::__private::impl_integrations!(VppTokenSyncStatus);
