::graph_enum::__private::impl_enum!(
    Lossy(Other "other"), #[doc =
    "Conversions of the Graph enum type `Contoso.Sales.orderState`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `Open` | `open` | 1 |  |\n| `InTransit` | `in_transit` | 2 |  |\n| `Delivered` | `delivered` | 4 |  |\n\n`Other`: any other value, dropped; written as `other`."]
    OrderState, u8, [[0usize] Open = 1 => "open", [1usize] InTransit = 2 => "in_transit",
    [2usize] Delivered = 4 => "delivered"], & ::graph_enum::Member::__table(< Self as
    ::graph_enum::GraphEnum > ::__NAMES, [1, 2, 4], ["", "", ""],
    ::core::primitive::usize::MAX,), { const NAME : & 'static ::core::primitive::str =
    "orderState"; const NAMESPACE : & 'static ::core::primitive::str = "Contoso.Sales";
    const DESCRIPTION : ::core::option::Option < & 'static ::core::primitive::str > =
    ::core::option::Option::Some("A `Copy` enum of another service's spelling: unknown input becomes `Other`.");
    const __LOOKUP : ::graph_enum::__private::Lookup =
    ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash { positions : &
    [], multiplier : 16294208416658607535u64, displacements : & [0u16], slots : & [2u16,
    0u16, 1u16, 0u16], }); }
);
::graph_enum::__private::impl_conversions!(OrderState, u8, open);
::graph_enum::__private::impl_serde!(OrderState);
::graph_enum::__private::impl_integrations!(OrderState);
