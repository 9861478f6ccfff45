::graph_enum::__private::impl_enum!(
    Closed, #[doc =
    "Conversions of the Graph enum type `microsoft.graph.vppTokenAccountType`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `Business` | `business` | 0 |  |\n| `Education` | `education` | 1 |  |\n| `Enterprise` | `enterprise_v2` | 2 |  |"]
    VppTokenAccountType, i32, [[0usize] Business = 0 => "business", [1usize] Education =
    1 => "education", [2usize] Enterprise = 2 => "enterprise_v2"], &
    ::graph_enum::Member::__table(< Self as ::graph_enum::GraphEnum > ::__NAMES, [0, 1,
    2], ["", "", ""], ::core::primitive::usize::MAX,), { const NAME : & 'static
    ::core::primitive::str = "vppTokenAccountType"; const NAMESPACE : & 'static
    ::core::primitive::str = "microsoft.graph"; const DESCRIPTION :
    ::core::option::Option < & 'static ::core::primitive::str > =
    ::core::option::Option::Some("The type of a Volume Purchase Program account: no fallback, so unknown input is an error.");
    const __LOOKUP : ::graph_enum::__private::Lookup =
    ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash { positions : &
    [], multiplier : 7960286522194355701u64, displacements : & [0u16], slots : & [2u16,
    0u16, 1u16, 0u16], }); }
);
::graph_enum::__private::impl_conversions!(VppTokenAccountType, i32, closed);
::graph_enum::__private::impl_serde!(VppTokenAccountType);
::graph_enum::__private::impl_integrations!(VppTokenAccountType);
