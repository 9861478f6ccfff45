/**Conversions of the Graph enum type `microsoft.graph.chatMessageActions`.

| Variant | Wire name | Value | Description |
|---|---|---|---|
| `ReactionAdded` | `reactionAdded` | 1 |  |
| `ReactionRemoved` | `reactionRemoved` | 2 |  |
| `ActionUndefined` | `actionUndefined` | 4 |  |
| `Reactions` | `reactions` | 3 | Both reactions, written for the two bits together. |
| `UnknownFutureValue` | `unknownFutureValue` | 8 |  |

`Unknown`: any other value, kept verbatim.*/
#[automatically_derived]
impl ChatMessageActions {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::ReactionAdded => 0usize,
            Self::ReactionRemoved => 1usize,
            Self::ActionUndefined => 2usize,
            Self::Reactions => 3usize,
            Self::UnknownFutureValue => 4usize,
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
impl ::graph_enum::GraphEnum for ChatMessageActions {
    type Value = ::core::primitive::i32;
    const NAME: &'static ::core::primitive::str = "chatMessageActions";
    const NAMESPACE: &'static ::core::primitive::str = "microsoft.graph";
    const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str> = ::core::option::Option::Some(
        "Graph's `chatMessageActions`: a set of bits, read and written as `\"reactionAdded,reactionRemoved\"`.",
    );
    const MEMBERS: &'static [::graph_enum::Member] = &::graph_enum::Member::__table(
        <Self as ::graph_enum::GraphEnum>::__NAMES,
        [1, 2, 4, 3, 8],
        ["", "", "", "Both reactions, written for the two bits together.", ""],
        4usize,
    );
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Lossless;
    const EVOLVABLE: ::core::primitive::bool = true;
    const ALL: &'static [Self] = &[
        Self::ReactionAdded,
        Self::ReactionRemoved,
        Self::ActionUndefined,
        Self::Reactions,
        Self::UnknownFutureValue,
    ];
    const IS_FLAGS: ::core::primitive::bool = true;
    const __NAMES: &'static [&'static ::core::primitive::str] = &[
        "reactionAdded",
        "reactionRemoved",
        "actionUndefined",
        "reactions",
        "unknownFutureValue",
    ];
    const __VALUES: &'static [::core::primitive::i32] = &[1, 2, 4, 3, 8];
    const __LOOKUP: ::graph_enum::__private::Lookup = ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash {
        positions: &[0u16],
        multiplier: 7960286522194355701u64,
        displacements: &[0u16],
        slots: &[0u16, 2u16, 4u16, 0u16, 0u16, 0u16, 1u16, 3u16],
    });
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
                0usize => Self::ReactionAdded,
                1usize => Self::ReactionRemoved,
                2usize => Self::ActionUndefined,
                3usize => Self::Reactions,
                4usize => Self::UnknownFutureValue,
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
                1 => 0usize,
                2 => 1usize,
                4 => 2usize,
                3 => 3usize,
                8 => 4usize,
                _ => return ::core::option::Option::None,
            },
        )
    }
}
::graph_enum::__private::impl_conversions!(ChatMessageActions, i32, open);
::graph_enum::__private::impl_flags!(ChatMessageActions, Bits, [2u16, 3u16, 1u16, 0u16]);
::graph_enum::__private::impl_serde!(ChatMessageActions);
::graph_enum::__private::impl_integrations!(ChatMessageActions);
