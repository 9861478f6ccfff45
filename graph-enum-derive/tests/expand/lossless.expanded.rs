/**Conversions of the Graph enum type `microsoft.graph.vppTokenSyncStatus`.

| Variant | Wire name | Value | Description |
|---|---|---|---|
| `None` | `none` | 0 | Default status. |
| `InProgress` | `inProgress` | 1 | Last Sync in progress. |
| `Completed` | `completed` | 2 | Last Sync completed successfully. |
| `Failed` | `failed` | 3 | Last Sync failed. |

`Unknown`: any other value, kept verbatim.*/
#[automatically_derived]
impl VppTokenSyncStatus {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::None => 0usize,
            Self::InProgress => 1usize,
            Self::Completed => 2usize,
            Self::Failed => 3usize,
            Self::Unknown(_) => <Self as ::graph_enum::GraphEnum>::MEMBERS.len(),
        }
    }
    /// The wire name: the member's name as Graph writes it (see the table above).
    #[must_use]
    #[inline]
    pub fn as_str(&self) -> &::core::primitive::str {
        <Self as ::graph_enum::GraphEnum>::as_str(self)
    }
    /// The member's integer value (see the table above); for a value the
    /// enum does not declare, `None` unless it is a number.
    #[must_use]
    #[inline]
    pub fn value(&self) -> ::core::option::Option<::core::primitive::i32> {
        <Self as ::graph_enum::GraphEnum>::value(self)
    }
    /// The member's description, from its doc comment.
    #[must_use]
    #[inline]
    pub const fn description(
        &self,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        ::graph_enum::__private::description(
            <Self as ::graph_enum::GraphEnum>::MEMBERS,
            self.__graph_enum_index(),
            <Self as ::graph_enum::GraphEnum>::__FALLBACK_DESCRIPTION,
        )
    }
    /// Whether this is a value the enum does not declare.
    #[must_use]
    #[inline]
    pub const fn is_unknown(&self) -> ::core::primitive::bool {
        self.__graph_enum_index() >= <Self as ::graph_enum::GraphEnum>::MEMBERS.len()
    }
}
#[allow(clippy::large_stack_arrays)]
#[automatically_derived]
impl ::graph_enum::GraphEnum for VppTokenSyncStatus {
    type Value = ::core::primitive::i32;
    const NAME: &'static ::core::primitive::str = "vppTokenSyncStatus";
    const NAMESPACE: &'static ::core::primitive::str = "microsoft.graph";
    const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str> = ::core::option::Option::Some(
        "Possible sync statuses associated with an Apple Volume Purchase Program token.",
    );
    const MEMBERS: &'static [::graph_enum::Member] = &::graph_enum::Member::__table(
        <Self as ::graph_enum::GraphEnum>::__NAMES,
        [0, 1, 2, 3],
        [
            "Default status.",
            "Last Sync in progress.",
            "Last Sync completed successfully.",
            "Last Sync failed.",
        ],
        ::core::primitive::usize::MAX,
    );
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Lossless;
    const ALL: &'static [Self] = &[
        Self::None,
        Self::InProgress,
        Self::Completed,
        Self::Failed,
    ];
    const __NAMES: &'static [&'static ::core::primitive::str] = &[
        "none",
        "inProgress",
        "completed",
        "failed",
    ];
    const __VALUES: &'static [::core::primitive::i32] = &[0, 1, 2, 3];
    const __LOOKUP: ::graph_enum::__private::Lookup = ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash {
        positions: &[],
        multiplier: 487617019471545679u64,
        displacements: &[0u16],
        slots: &[0u16, 0u16, 3u16, 0u16, 0u16, 0u16, 1u16, 2u16],
    });
    const __FALLBACK_DESCRIPTION: &'static ::core::primitive::str = "A value this version of the crate does not know, kept verbatim.";
    #[inline]
    fn __fallback(
        undeclared: ::graph_enum::__private::Undeclared<'_>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            Self::Unknown(::graph_enum::__private::unknown_value!(undeclared)),
        )
    }
    #[inline]
    fn __unknown_text(&self) -> ::core::option::Option<&::core::primitive::str> {
        match self {
            Self::Unknown(unknown) => ::core::option::Option::Some(unknown.as_str()),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    fn __index(&self) -> ::core::primitive::usize {
        Self::__graph_enum_index(self)
    }
    #[inline]
    fn __from_index(index: ::core::primitive::usize) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            match index {
                0usize => Self::None,
                1usize => Self::InProgress,
                2usize => Self::Completed,
                3usize => Self::Failed,
                _ => return ::core::option::Option::None,
            },
        )
    }
    #[inline]
    fn __index_of(
        value: ::core::primitive::i32,
    ) -> ::core::option::Option<::core::primitive::usize> {
        ::core::option::Option::Some(
            match value {
                0 => 0usize,
                1 => 1usize,
                2 => 2usize,
                3 => 3usize,
                _ => return ::core::option::Option::None,
            },
        )
    }
}
::graph_enum::__private::impl_conversions!(VppTokenSyncStatus, i32, open);
::graph_enum::__private::impl_serde!(VppTokenSyncStatus);
::graph_enum::__private::impl_integrations!(VppTokenSyncStatus);
