/**Conversions of the Graph enum type `Contoso.Sales.orderState`.

| Variant | Wire name | Value | Description |
|---|---|---|---|
| `Open` | `open` | 1 |  |
| `InTransit` | `in_transit` | 2 |  |
| `Delivered` | `delivered` | 4 |  |

`Other`: any other value, dropped; written as `other`.*/
#[automatically_derived]
impl OrderState {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::Open => 0usize,
            Self::InTransit => 1usize,
            Self::Delivered => 2usize,
            Self::Other => <Self as ::graph_enum::GraphEnum>::MEMBERS.len(),
        }
    }
    /// The wire name: the member's name as Graph writes it (see the table above).
    #[must_use]
    #[inline]
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Open => "open",
            Self::InTransit => "in_transit",
            Self::Delivered => "delivered",
            Self::Other => "other",
        }
    }
    /// The member's integer value (see the table above); for a value the
    /// enum does not declare, `None` unless it is a number.
    #[must_use]
    #[inline]
    pub const fn value(&self) -> ::core::option::Option<::core::primitive::u8> {
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
impl ::graph_enum::GraphEnum for OrderState {
    type Value = ::core::primitive::u8;
    const NAME: &'static ::core::primitive::str = "orderState";
    const NAMESPACE: &'static ::core::primitive::str = "Contoso.Sales";
    const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str> = ::core::option::Option::Some(
        "A `Copy` enum of another service's spelling: unknown input becomes `Other`.",
    );
    const MEMBERS: &'static [::graph_enum::Member] = &::graph_enum::Member::__table(
        <Self as ::graph_enum::GraphEnum>::__NAMES,
        [1, 2, 4],
        ["", "", ""],
        ::core::primitive::usize::MAX,
    );
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Lossy;
    const ALL: &'static [Self] = &[Self::Open, Self::InTransit, Self::Delivered];
    const __NAMES: &'static [&'static ::core::primitive::str] = &[
        "open",
        "in_transit",
        "delivered",
    ];
    const __VALUES: &'static [::core::primitive::u8] = &[1, 2, 4];
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
        ::core::option::Option::Some(Self::Other)
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
                0usize => Self::Open,
                1usize => Self::InTransit,
                2usize => Self::Delivered,
                _ => return ::core::option::Option::None,
            },
        )
    }
    #[inline]
    fn __index_of(
        value: ::core::primitive::u8,
    ) -> ::core::option::Option<::core::primitive::usize> {
        ::core::option::Option::Some(
            match value {
                1 => 0usize,
                2 => 1usize,
                4 => 2usize,
                _ => return ::core::option::Option::None,
            },
        )
    }
}
::graph_enum::__private::impl_conversions!(OrderState, u8, open);
::graph_enum::__private::impl_serde!(OrderState);
::graph_enum::__private::impl_integrations!(OrderState);
