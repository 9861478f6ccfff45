/**Conversions of the Graph enum type `microsoft.graph.bodyType`.

| Variant | Wire name | Value | Description |
|---|---|---|---|
| `Text` | `text` | 0 |  |
| `Html` | `html` | 1 |  |
| `UnknownFutureValue` | `unknownFutureValue` | 2 |  |
| `Markdown` | `markdown` | 3 | Added after the sentinel. |

`Other`: any other value, kept verbatim.*/
#[automatically_derived]
impl BodyType {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::Text => 0usize,
            Self::Html => 1usize,
            Self::UnknownFutureValue => 2usize,
            Self::Markdown => 3usize,
            Self::Other(_) => <Self as ::graph_enum::GraphEnum>::MEMBERS.len(),
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
impl ::graph_enum::GraphEnum for BodyType {
    type Value = ::core::primitive::i32;
    const NAME: &'static ::core::primitive::str = "bodyType";
    const NAMESPACE: &'static ::core::primitive::str = "microsoft.graph";
    const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str> = ::core::option::Option::Some(
        "An evolvable enum: members after `unknownFutureValue` are sent only to clients that ask for them. Names are also read ignoring ASCII case, values are ordered in declaration order, unknowns last, and the std traits are written over the index, as the generated catalogues have them.",
    );
    const MEMBERS: &'static [::graph_enum::Member] = &::graph_enum::Member::__table(
        <Self as ::graph_enum::GraphEnum>::__NAMES,
        [0, 1, 2, 3],
        ["", "", "", "Added after the sentinel."],
        2usize,
    );
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Lossless;
    const EVOLVABLE: ::core::primitive::bool = true;
    const ALL: &'static [Self] = &[
        Self::Text,
        Self::Html,
        Self::UnknownFutureValue,
        Self::Markdown,
    ];
    const ASCII_CASE_INSENSITIVE: ::core::primitive::bool = true;
    const __NAMES: &'static [&'static ::core::primitive::str] = &[
        "text",
        "html",
        "unknownFutureValue",
        "markdown",
    ];
    const __VALUES: &'static [::core::primitive::i32] = &[0, 1, 2, 3];
    const __LOOKUP: ::graph_enum::__private::Lookup = ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash {
        positions: &[0u16],
        multiplier: 17909611376780542445u64,
        displacements: &[0u16],
        slots: &[0u16, 0u16, 1u16, 0u16, 0u16, 3u16, 2u16, 0u16],
    });
    #[inline]
    fn __fallback(
        undeclared: ::graph_enum::__private::Undeclared<'_>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            Self::Other(::graph_enum::__private::unknown_value!(undeclared)),
        )
    }
    #[inline]
    fn __unknown_text(&self) -> ::core::option::Option<&::core::primitive::str> {
        match self {
            Self::Other(unknown) => ::core::option::Option::Some(unknown.as_str()),
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
                0usize => Self::Text,
                1usize => Self::Html,
                2usize => Self::UnknownFutureValue,
                3usize => Self::Markdown,
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
::graph_enum::__private::impl_conversions!(BodyType, i32, open);
::graph_enum::__private::impl_std!(Ord, BodyType);
::graph_enum::__private::impl_std!(Clone, BodyType);
::graph_enum::__private::impl_std!(
    Debug, BodyType, ["Text", "Html", "UnknownFutureValue", "Markdown", "Other"]
);
::graph_enum::__private::impl_std!(PartialEq, BodyType);
::graph_enum::__private::impl_std!(Eq, BodyType);
::graph_enum::__private::impl_std!(Hash, BodyType);
::graph_enum::__private::impl_serde!(BodyType);
::graph_enum::__private::impl_integrations!(BodyType);
