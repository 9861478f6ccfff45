/**Conversions of the Graph enum type `microsoft.graph.vppTokenAccountType`.

| Variant | Wire name | Value | Description |
|---|---|---|---|
| `Business` | `business` | 0 |  |
| `Education` | `education` | 1 |  |
| `Enterprise` | `enterprise_v2` | 2 |  |*/
#[automatically_derived]
impl VppTokenAccountType {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::Business => 0usize,
            Self::Education => 1usize,
            Self::Enterprise => 2usize,
        }
    }
    /// The wire name: the member's name as Graph writes it (see the table above).
    #[must_use]
    #[inline]
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Business => "business",
            Self::Education => "education",
            Self::Enterprise => "enterprise_v2",
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
impl ::graph_enum::GraphEnum for VppTokenAccountType {
    type Value = ::core::primitive::i32;
    const NAME: &'static ::core::primitive::str = "vppTokenAccountType";
    const NAMESPACE: &'static ::core::primitive::str = "microsoft.graph";
    const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str> = ::core::option::Option::Some(
        "The type of a Volume Purchase Program account: no fallback, so unknown input is an error.",
    );
    const MEMBERS: &'static [::graph_enum::Member] = &::graph_enum::Member::__table(
        <Self as ::graph_enum::GraphEnum>::__NAMES,
        [0, 1, 2],
        ["", "", ""],
        ::core::primitive::usize::MAX,
    );
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Closed;
    const ALL: &'static [Self] = &[Self::Business, Self::Education, Self::Enterprise];
    const __NAMES: &'static [&'static ::core::primitive::str] = &[
        "business",
        "education",
        "enterprise_v2",
    ];
    const __VALUES: &'static [::core::primitive::i32] = &[0, 1, 2];
    const __LOOKUP: ::graph_enum::__private::Lookup = ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash {
        positions: &[],
        multiplier: 7960286522194355701u64,
        displacements: &[0u16],
        slots: &[2u16, 0u16, 1u16, 0u16],
    });
    #[inline]
    fn __fallback(
        undeclared: ::graph_enum::__private::Undeclared<'_>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::None
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
                0usize => Self::Business,
                1usize => Self::Education,
                2usize => Self::Enterprise,
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
::graph_enum::__private::impl_conversions!(VppTokenAccountType, i32, closed);
::graph_enum::__private::impl_serde!(VppTokenAccountType);
::graph_enum::__private::impl_integrations!(VppTokenAccountType);
