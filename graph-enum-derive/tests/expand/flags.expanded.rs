::graph_enum::__private::impl_enum!(
    Lossless(Unknown), #[doc =
    "Conversions of the Graph enum type `microsoft.graph.chatMessageActions`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `ReactionAdded` | `reactionAdded` | 1 |  |\n| `ReactionRemoved` | `reactionRemoved` | 2 |  |\n| `ActionUndefined` | `actionUndefined` | 4 |  |\n| `Reactions` | `reactions` | 3 | Both reactions, written for the two bits together. |\n| `UnknownFutureValue` | `unknownFutureValue` | 8 |  |\n\n`Unknown`: any other value, kept verbatim."]
    ChatMessageActions, i32, [[0usize] ReactionAdded = 1 => "reactionAdded", [1usize]
    ReactionRemoved = 2 => "reactionRemoved", [2usize] ActionUndefined = 4 =>
    "actionUndefined", [3usize] Reactions = 3 => "reactions", [4usize] UnknownFutureValue
    = 8 => "unknownFutureValue"], & ::graph_enum::Member::__table(< Self as
    ::graph_enum::GraphEnum > ::__NAMES, [1, 2, 4, 3, 8], ["", "", "",
    "Both reactions, written for the two bits together.", ""], 4usize,), { const NAME : &
    'static ::core::primitive::str = "chatMessageActions"; const NAMESPACE : & 'static
    ::core::primitive::str = "microsoft.graph"; const DESCRIPTION :
    ::core::option::Option < & 'static ::core::primitive::str > =
    ::core::option::Option::Some("Graph's `chatMessageActions`: a set of bits, read and written as `\"reactionAdded,reactionRemoved\"`.");
    const EVOLVABLE : ::core::primitive::bool = true; const IS_FLAGS :
    ::core::primitive::bool = true; const __LOOKUP : ::graph_enum::__private::Lookup =
    ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash { positions : &
    [0u16], multiplier : 7960286522194355701u64, displacements : & [0u16], slots : &
    [0u16, 2u16, 4u16, 0u16, 0u16, 0u16, 1u16, 3u16], }); }
);
::graph_enum::__private::impl_conversions!(ChatMessageActions, i32, open);
::graph_enum::__private::impl_flags!(
    ChatMessageActions, Bits, [[2u16] ActionUndefined, [3u16] Reactions, [1u16]
    ReactionRemoved, [0u16] ReactionAdded]
);
::graph_enum::__private::impl_serde!(ChatMessageActions);
::graph_enum::__private::impl_integrations!(ChatMessageActions);
