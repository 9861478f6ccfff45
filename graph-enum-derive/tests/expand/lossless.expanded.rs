::graph_enum::__private::impl_enum!(
    Lossless(Unknown), #[doc =
    "Conversions of the Graph enum type `microsoft.graph.vppTokenSyncStatus`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `None` | `none` | 0 | Default status. |\n| `InProgress` | `inProgress` | 1 | Last Sync in progress. |\n| `Completed` | `completed` | 2 | Last Sync completed successfully. |\n| `Failed` | `failed` | 3 | Last Sync failed. |\n\n`Unknown`: any other value, kept verbatim."]
    VppTokenSyncStatus, i32, [[0usize] None = 0 => "none", [1usize] InProgress = 1 =>
    "inProgress", [2usize] Completed = 2 => "completed", [3usize] Failed = 3 =>
    "failed"], & ::graph_enum::Member::__table(< Self as ::graph_enum::GraphEnum >
    ::__NAMES, [0, 1, 2, 3], ["Default status.", "Last Sync in progress.",
    "Last Sync completed successfully.", "Last Sync failed."],
    ::core::primitive::usize::MAX,), { const NAME : & 'static ::core::primitive::str =
    "vppTokenSyncStatus"; const NAMESPACE : & 'static ::core::primitive::str =
    "microsoft.graph"; const DESCRIPTION : ::core::option::Option < & 'static
    ::core::primitive::str > =
    ::core::option::Option::Some("Possible sync statuses associated with an Apple Volume Purchase Program token.");
    const __LOOKUP : ::graph_enum::__private::Lookup =
    ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash { positions : &
    [], multiplier : 487617019471545679u64, displacements : & [0u16], slots : & [0u16,
    0u16, 3u16, 0u16, 0u16, 0u16, 1u16, 2u16], }); const __FALLBACK_DESCRIPTION : &
    'static ::core::primitive::str =
    "A value this version of the crate does not know, kept verbatim."; }
);
::graph_enum::__private::impl_conversions!(VppTokenSyncStatus, i32, open);
::graph_enum::__private::impl_serde!(VppTokenSyncStatus);
::graph_enum::__private::impl_integrations!(VppTokenSyncStatus);
