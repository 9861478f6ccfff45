/**Conversions of the Graph enum type `microsoft.graph.vppTokenSyncStatus`.

| Variant | Wire name | Value | Description |
|---|---|---|---|
| `None` | `none` | 0 | Default status. |
| `InProgress` | `inProgress` | 1 | Last Sync in progress. |
| `Completed` | `completed` | 2 | Last Sync completed successfully. |

`Unknown`: any other value, dropped; written as `unknown`.*/
#[automatically_derived]
impl VppTokenSyncStatus {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::None => 0usize,
            Self::InProgress => 1usize,
            Self::Completed => 2usize,
            Self::Unknown => <Self as ::graph_enum::GraphEnum>::MEMBERS.len(),
        }
    }
    /// The wire name: the member's name as Graph writes it (see the table above).
    #[must_use]
    #[inline]
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::None => "none",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Unknown => "unknown",
        }
    }
    /// The member's integer value (see the table above); for a value the
    /// enum does not declare, `None` unless it is a number.
    #[must_use]
    #[inline]
    pub const fn value(&self) -> ::core::option::Option<::core::primitive::i32> {
        ::graph_enum::__private::value(
            <Self as ::graph_enum::GraphEnum>::__VALUES,
            self.__graph_enum_index(),
        )
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
    const MEMBERS: &'static [::graph_enum::Member] = &::graph_enum::Member::__localize(
        ::graph_enum::Member::__localize(
            ::graph_enum::Member::__table(
                <Self as ::graph_enum::GraphEnum>::__NAMES,
                [0, 1, 2],
                [
                    "Default status.",
                    "Last Sync in progress.",
                    "Last Sync completed successfully.",
                ],
                ::core::primitive::usize::MAX,
            ),
            0usize,
            &[("de", "Standardstatus.")],
            ::core::option::Option::Some("None"),
            &[],
        ),
        1usize,
        &[
            ("de", "Letzte Synchronisierung wird ausgeführt."),
            ("de-CH", "Synchronisierung läuft."),
        ],
        ::core::option::Option::None,
        &[("de", "In Bearbeitung")],
    );
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Lossy;
    const ALL: &'static [Self] = &[Self::None, Self::InProgress, Self::Completed];
    const DESCRIPTIONS: &'static [(
        &'static ::core::primitive::str,
        &'static ::core::primitive::str,
    )] = &[("de", "Mögliche Synchronisierungsstatus eines Apple-VPP-Tokens.")];
    const __NAMES: &'static [&'static ::core::primitive::str] = &[
        "none",
        "inProgress",
        "completed",
    ];
    const __VALUES: &'static [::core::primitive::i32] = &[0, 1, 2];
    const __LOOKUP: ::graph_enum::__private::Lookup = ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash {
        positions: &[],
        multiplier: 16294208416658607535u64,
        displacements: &[0u16],
        slots: &[2u16, 0u16, 1u16, 0u16],
    });
    #[inline]
    fn __fallback(
        undeclared: ::graph_enum::__private::Undeclared<'_>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(Self::Unknown)
    }
    #[inline]
    fn as_str(&self) -> &::core::primitive::str {
        Self::as_str(self)
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
                _ => return ::core::option::Option::None,
            },
        )
    }
}
::graph_enum::__private::impl_conversions!(VppTokenSyncStatus, i32, open);
::graph_enum::__private::impl_serde!(VppTokenSyncStatus);
::graph_enum::__private::impl_integrations!(VppTokenSyncStatus);
