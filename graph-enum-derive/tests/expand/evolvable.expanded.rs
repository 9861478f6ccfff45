::graph_enum::__private::impl_enum!(
    Lossless(Other), #[doc =
    "Conversions of the Graph enum type `microsoft.graph.bodyType`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `Text` | `text` | 0 |  |\n| `Html` | `html` | 1 |  |\n| `UnknownFutureValue` | `unknownFutureValue` | 2 |  |\n| `Markdown` | `markdown` | 3 | Added after the sentinel. |\n\n`Other`: any other value, kept verbatim."]
    BodyType, i32, [[0usize] Text = 0 => "text", [1usize] Html = 1 => "html", [2usize]
    UnknownFutureValue = 2 => "unknownFutureValue", [3usize] Markdown = 3 => "markdown"],
    & ::graph_enum::Member::__table(< Self as ::graph_enum::GraphEnum > ::__NAMES, [0, 1,
    2, 3], ["", "", "", "Added after the sentinel."], 2usize,), { const NAME : & 'static
    ::core::primitive::str = "bodyType"; const NAMESPACE : & 'static
    ::core::primitive::str = "microsoft.graph"; const DESCRIPTION :
    ::core::option::Option < & 'static ::core::primitive::str > =
    ::core::option::Option::Some("An evolvable enum: members after `unknownFutureValue` are sent only to clients that ask for them. Names are also read ignoring ASCII case, values are ordered in declaration order, unknowns last, and the std traits are written over the index, as the generated catalogues have them.");
    const EVOLVABLE : ::core::primitive::bool = true; const ASCII_CASE_INSENSITIVE :
    ::core::primitive::bool = true; const __LOOKUP : ::graph_enum::__private::Lookup =
    ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash { positions : &
    [0u16], multiplier : 17909611376780542445u64, displacements : & [0u16], slots : &
    [0u16, 0u16, 1u16, 0u16, 0u16, 3u16, 2u16, 0u16], }); }
);
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
